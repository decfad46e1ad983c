from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_audit_article_example_writes_both_reports() -> None:
    output = ROOT / "examples" / "output"
    for name in ("massage-therapy.json", "massage-therapy.txt"):
        (output / name).unlink(missing_ok=True)
    result = subprocess.run([sys.executable, "examples/audit_article.py"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads((output / "massage-therapy.json").read_text(encoding="utf-8"))
    spans = report["documents"][0]["language"]["spans"]
    assert [s["text"] for s in spans] == ["칠곡출장마사지", "영주출장마사지"]
    text = (output / "massage-therapy.txt").read_text(encoding="utf-8")
    assert "LG101" in text and text in result.stdout
