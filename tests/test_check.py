"""The CI gate on a sample content repository (tests/fixtures/content_repo): a config with
a profile and per-path overrides, an inline suppression, a baseline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

REPO = ROOT / "tests" / "fixtures" / "content_repo"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(REPO, target)
    return target


def seokit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "seokit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_gate_passes_then_fails_on_a_new_problem(repo: Path) -> None:
    clean = seokit(repo, "check", "--format", "json")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    report = json.loads(clean.stdout)
    sources = [d["source"] for d in report["documents"]]
    assert sources == ["docs/guides/massage.md", "docs/reference/glossary.md"]  # drafts/ excluded
    glossary = report["documents"][1]
    assert [(s["codes"], s["used"]) for s in glossary["suppressions"]] == [(["LN101"], 1)]
    assert [f["code"] for f in glossary["findings"]] == []

    guide = repo / "docs" / "guides" / "massage.md"
    text = guide.read_text(encoding="utf-8")
    guide.write_text(text.replace("Massage therapy helps many people",
                                  "Massage therapy 칠곡출장마사지 helps many people"), encoding="utf-8")
    failing = seokit(repo, "check")
    assert failing.returncode == 1
    line = next(i for i, row in enumerate(guide.read_text("utf-8").splitlines(), 1) if "칠곡" in row)
    assert f"{line}:17" in failing.stdout and "LG101" in failing.stdout
    assert "docs/guides/massage.md" in failing.stdout


def test_baseline_reports_only_new_or_worse_findings(repo: Path) -> None:
    guide = repo / "docs" / "guides" / "massage.md"
    spam = guide.read_text("utf-8").replace("helps many people", "helps many people 칠곡출장마사지")
    guide.write_text(spam, encoding="utf-8")
    assert seokit(repo, "check").returncode == 1
    written = seokit(repo, "check", "--baseline", ".seokit-baseline.json", "--write-baseline")
    assert written.returncode == 0 and "wrote 1 finding(s)" in written.stderr
    assert seokit(repo, "check", "--baseline", ".seokit-baseline.json").returncode == 0
    # an edit above the old finding moves it down a line: still matched, still not reported
    guide.write_text(spam.replace("# How massage", "Intro line.\n\n# How massage"), encoding="utf-8")
    moved = seokit(repo, "check", "--baseline", ".seokit-baseline.json", "--select", "LG")
    assert moved.returncode == 0, moved.stdout
    # a second injected keyword is new
    guide.write_text(spam.replace("slow, steady pressure", "slow, 영주출장마사지 steady pressure"),
                     encoding="utf-8")
    new = seokit(repo, "check", "--baseline", ".seokit-baseline.json", "-f", "json")
    assert new.returncode == 1
    findings = [f for d in json.loads(new.stdout)["documents"] for f in d["findings"]]
    assert [(f["code"], f["data"].get("language")) for f in findings] == [("LG101", "ko")]
    assert "영주" in guide.read_text("utf-8").splitlines()[findings[0]["line"] - 1]


def test_config_typo_exits_2_naming_file_and_key(repo: Path) -> None:
    config = repo / "seokit.toml"
    config.write_text(config.read_text("utf-8").replace('RD104 = "info"', 'RD1O4 = "info"'),
                      encoding="utf-8")
    result = seokit(repo, "check")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"seokit: error: {config.resolve()}: severity.RD1O4: "
                                     "unknown rule 'RD1O4'")


def test_parallel_jobs_give_the_same_report(repo: Path) -> None:
    (repo / "docs" / "guides" / "copy.md").write_text(
        (repo / "docs" / "guides" / "massage.md").read_text("utf-8"), encoding="utf-8")
    one = seokit(repo, "check", "-f", "json", "--jobs", "1")
    two = seokit(repo, "check", "-f", "json", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout


def test_globs_explicit_files_and_missing_paths(repo: Path) -> None:
    result = seokit(repo, "check", "docs/**/*.md", "drafts/unfinished.md", "-f", "json")
    sources = [d["source"] for d in json.loads(result.stdout)["documents"]]
    assert "drafts/unfinished.md" in sources  # named explicitly, so checked despite exclude
    missing = seokit(repo, "check", "nope/")
    assert missing.returncode == 2 and "nope/: no such file or folder" in missing.stderr


def test_init_writes_a_config_that_loads(repo: Path) -> None:
    (repo / "seokit.toml").unlink()
    assert seokit(repo, "init").returncode == 0
    assert seokit(repo, "init").returncode == 2  # never overwrites by accident
    from seokit.configfile import load_config

    config = load_config(repo / "seokit.toml")
    assert config.base.fail_on == "warning"
    assert seokit(repo, "check").returncode in (0, 1)


def test_audit_uses_the_config_above_the_file(repo: Path) -> None:
    guide = "docs/guides/massage.md"
    (repo / "seokit.toml").write_text('ignore = ["RD", "CT", "KW", "MT", "ST", "LN", "IM"]\n'
                                      '[severity]\nLG101 = "error"\n', encoding="utf-8")
    text = (repo / guide).read_text("utf-8").replace("helps many", "helps 칠곡출장마사지 many")
    (repo / guide).write_text(text, encoding="utf-8")
    result = seokit(repo, "audit", guide, "-f", "json")
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert [(f["code"], f["severity"]) for f in findings] == [("LG101", "error")]
    assert result.returncode == 1  # the default --fail-on error now trips
    other = seokit(repo, "audit", guide, "--config", str(REPO / "seokit.toml"), "-f", "json")
    assert {f["code"] for f in json.loads(other.stdout)["documents"][0]["findings"]} >= {"LG101"}


def test_jobs_1_stays_in_one_process(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    import concurrent.futures

    from seokit.cli import main

    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("--jobs 1 must not start worker processes")

    # seokit.cli.parallel imports the pool where it starts one
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", no_pool)
    monkeypatch.chdir(repo)
    assert main(["check", "-f", "json"]) == 0  # the default is one job
    assert main(["check", "-f", "json", "--jobs", "1"]) == 0
    capsys.readouterr()
