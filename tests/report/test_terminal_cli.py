"""The terminal report (colour only on a terminal, the same text at any width) and the
command line's formats, ``--output-dir`` and progress on stderr."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import tempfile
import termios
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import seokit
from seokit.cli import main
from seokit.report import FILE_NAMES, FORMATS
from seokit.report.common import printable
from seokit.report.text import render_text
from tests.conftest import EXAMPLE_ARTICLE, ROOT

OFFLINE = ROOT / "tests" / "fixtures" / "offline"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS")}
    return {**env, "PYTHONPATH": f"{OFFLINE}{os.pathsep}{ROOT}", "TERM": "xterm-256color", **extra}


def _run_piped(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "seokit.cli", *args], capture_output=True,
                          env=_env(**env), cwd=ROOT, timeout=120, check=False)


def _run_in_terminal(*args: str, columns: int = 80, stream: str = "stdout", **env: str) -> str:
    """Run the command with stdout (or stderr) on a pseudo-terminal; what the terminal got."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    # the other stream goes to a file: a pipe nobody reads would fill up and block the child
    # while this loop waits for the terminal to close
    other = tempfile.TemporaryFile()
    process = subprocess.Popen([sys.executable, "-m", "seokit.cli", *args], env=_env(**env), cwd=ROOT,
                               stdout=slave if stream == "stdout" else other,
                               stderr=slave if stream == "stderr" else other)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    other.close()
    os.close(master)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_colour_on_a_terminal_plain_when_piped_or_no_color() -> None:
    args = ("audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy")
    piped = _run_piped(*args).stdout.decode("utf-8")
    assert "\x1b" not in piped and "칠곡출장마사지" in piped and "LG101" in piped
    coloured = _run_in_terminal(*args)
    assert ANSI.search(coloured), coloured[:200]
    # colour only styles the same text
    assert ANSI.sub("", coloured) == piped
    assert "\x1b" not in _run_in_terminal(*args, NO_COLOR="1")
    assert _run_in_terminal(*args, NO_COLOR="1") == piped


def test_the_same_text_at_any_width() -> None:
    args = ("audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy")
    narrow = _run_piped(*args, COLUMNS="20").stdout
    wide = _run_piped(*args, COLUMNS="300").stdout
    assert narrow == wide
    lines = narrow.decode("utf-8").splitlines()
    # nothing is cut: each finding's whole message is on its line
    report = seokit.audit(EXAMPLE_ARTICLE, keyphrase="massage therapy")
    for finding in report.findings:
        assert any(finding.message in line and finding.code in line for line in lines)
    assert ANSI.sub("", _run_in_terminal(*args, columns=30)) == \
        ANSI.sub("", _run_in_terminal(*args, columns=200))


def test_terminal_escapes_from_a_page_are_shown_not_obeyed(tmp_path: Path) -> None:
    page = tmp_path / "escape.html"
    page.write_text("<html lang=en><head><title>Clear \x1b[2J\x1b]0;owned\x07 \u202eevil</title></head>"
                    "<body><h1>Hi</h1><p>Short text here with 칠곡출장마사지 inside.</p></body></html>",
                    encoding="utf-8")
    report = seokit.audit(page, keyphrase="massage")
    for color in (False, True):
        text = render_text(report, color=color)
        assert "\x07" not in text and "\u202e" not in text and "\x1b]" not in text
        assert "\x1b[2J" not in text
    assert printable("a\x1b[2Jb\u202ec\td") == "a\\x1b[2Jb\\u202ec\\x09d"


def test_several_formats_into_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reports"
    code = main(["audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy",
                 "--format", "html,json,sarif,junit,csv", "--output-dir", str(out)])
    assert code == 0
    assert capsys.readouterr().out == ""
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(FILE_NAMES[f] for f in ("html", "json", "sarif", "junit", "csv"))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [s["text"] for s in report["documents"][0]["language"]["spans"]] == \
        ["칠곡출장마사지", "영주출장마사지"]
    assert "칠곡출장마사지" in (out / "report.html").read_text(encoding="utf-8")
    assert ET.parse(out / "report.junit.xml").getroot().tag == "testsuites"
    assert json.loads((out / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


@pytest.mark.parametrize("args", [
    ["--format", "html,json"],                                   # several formats, one stdout
    ["--format", "html", "--output", "x.html", "--output-dir", "d"],
])
def test_impossible_output_plans_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(EXAMPLE_ARTICLE), *args]) == 2
    assert capsys.readouterr().err.startswith("seokit: error: ")


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["audit", str(EXAMPLE_ARTICLE), "--format", "json,pdf"])
    assert info.value.code == 2
    assert "unknown format 'pdf'" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_from_the_command_line(name: str, tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert main(["audit", str(EXAMPLE_ARTICLE), "-k", "massage therapy", "-f", name,
                 "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert text and "\x1b" not in text


def test_progress_goes_to_a_terminal_stderr_only(tmp_path: Path) -> None:
    second = tmp_path / "second.md"
    second.write_text("# Second\n\nA second document with a few words in it.\n", encoding="utf-8")
    args = ("audit", str(EXAMPLE_ARTICLE), str(second), "-f", "json")
    piped = _run_piped(*args)
    assert piped.stderr == b""
    assert json.loads(piped.stdout)["documents"][1]["source"] == str(second)
    shown = _run_in_terminal(*args, stream="stderr")
    assert "Auditing" in shown
