"""``seokit audit --jobs N``: worker processes, the same report as one process, in input order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_ARTICLE
from tests.test_cli import run_offline


@pytest.fixture()
def batch(tmp_path: Path) -> list[str]:
    article = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    paragraphs = [p for p in article.split("\n\n") if p.strip()]
    files = []
    for i in range(6):  # six different documents: parts of the article, as text and Markdown
        path = tmp_path / (f"page{i}.md" if i % 2 else f"page{i}.txt")
        path.write_text((f"# Part {i}\n\n" if i % 2 else "") + "\n\n".join(paragraphs[i:i + 8]),
                        encoding="utf-8")
        files.append(str(path))
    files.insert(3, str(tmp_path / "missing.md"))  # a bad input in the middle of the batch
    return files


def test_two_jobs_give_the_same_report_as_one(batch: list[str]) -> None:
    one = run_offline("audit", *batch, "-f", "json", "--jobs", "1")
    two = run_offline("audit", *batch, "-f", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 2  # the missing file
    assert one.stdout == two.stdout  # byte for byte: order and content
    assert one.stderr == two.stderr
    report = json.loads(two.stdout)
    assert [d["source"] for d in report["documents"]] == [p for p in batch
                                                                  if "missing" not in p]
    assert [e["source"] for e in report["errors"]] == [batch[3]]
    assert two.stderr.decode().count("\n") == 1 and "missing.md" in two.stderr.decode()


def test_stdin_is_read_in_this_process_even_with_jobs(batch: list[str]) -> None:
    text = EXAMPLE_ARTICLE.read_bytes()
    result = run_offline("audit", "-", batch[0], "-f", "json", "--jobs", "2", stdin=text)
    report = json.loads(result.stdout)
    assert len(report["documents"]) == 2
    assert "칠곡출장마사지" in result.stdout.decode()
