"""The docs: generated rule pages are current, and the site builds without warnings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from seokit.docsgen import main as docsgen
from seokit.rules import every_rule
from tests.conftest import ROOT


def test_generated_pages_are_current() -> None:
    assert docsgen([str(ROOT / "docs"), "--check"]) == 0, (
        "run: python -m seokit.docsgen docs/")


def test_every_rule_has_a_page_with_its_docs_and_options() -> None:
    for code, rule in every_rule().items():
        page = (ROOT / "docs" / "rules" / f"{code}.md").read_text(encoding="utf-8")
        assert page.count("## What it does") == 1 and "## Why is this bad?" in page
        for option in rule.options:
            assert f"| `{option.name}` |" in page


def test_stale_pages_are_detected(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    page = docs / "rules" / "LG101.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nhand edit\n", encoding="utf-8")
    (docs / "rules" / "ZZ999.md").write_text("old rule\n", encoding="utf-8")
    assert docsgen([str(docs), "--check"]) == 1
    assert docsgen([str(docs)]) == 0
    assert docsgen([str(docs), "--check"]) == 0
    assert not (docs / "rules" / "ZZ999.md").exists()


def test_docs_build_strict_without_warnings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site" / "rules" / "LG101" / "index.html").exists()
