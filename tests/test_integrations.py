"""The pre-commit hook and the GitHub Action call seokit with flags that exist."""

from __future__ import annotations

import re

import yaml

from seokit.cli import build_parser
from seokit.report import FORMATS
from tests.conftest import ROOT


def _check_flags() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    check = sub.choices["check"]  # type: ignore[attr-defined]
    return {flag for action in check._actions for flag in action.option_strings}


def test_pre_commit_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "seokit" and hook["entry"] == "seokit check"
    assert hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("docs/post.md") and files.search("site/index.html")
    assert not files.search("setup.py")


def test_action_runs_the_check_with_real_flags_and_formats() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    script = next(s["run"] for s in action["runs"]["steps"] if s.get("id") == "check")
    used = set(re.findall(r"(--[a-z-]+)", script))
    assert used <= _check_flags(), used - _check_flags()
    formats = set(re.findall(r"--format (\w+)", script))
    assert formats == {"github", "markdown", "sarif"}
    assert formats <= set(FORMATS), formats - set(FORMATS)
    # inputs are passed through the environment, never interpolated into the script
    assert "${{" not in script
    uploads = [s for s in action["runs"]["steps"] if "upload-sarif" in str(s.get("uses", ""))]
    assert uploads and uploads[0]["with"]["sarif_file"] == "seokit.sarif"
