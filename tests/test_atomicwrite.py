"""Reports and baselines are replaced atomically: a failure mid-write leaves the previous file
whole and no temporary file behind."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from seokit.atomicwrite import write_atomic
from seokit.cli import main
from tests.conftest import EXAMPLE_ARTICLE


def _audit(out: Path, *extra: str) -> int:
    return main(["audit", str(EXAMPLE_ARTICLE), str(EXAMPLE_ARTICLE), "--format", "json",
                 "--output", str(out), *extra])


@pytest.mark.parametrize("failing", ["replace", "fsync", "interrupt"])
def test_a_failed_write_leaves_the_previous_report_and_no_temporary_file(
        failing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "reports" / "report.json"
    assert _audit(out) in (0, 1)
    before = out.read_bytes()
    assert json.loads(before)["documents"]
    capsys.readouterr()

    def disk_full(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    target = {"replace": "replace", "fsync": "fsync", "interrupt": "fsync"}[failing]
    monkeypatch.setattr(os, target, interrupted if failing == "interrupt" else disk_full)
    if failing == "interrupt":  # Ctrl-C mid-write
        assert _audit(out, "--select", "MT") == 130
    else:
        assert _audit(out, "--select", "MT") == 2
        assert capsys.readouterr().err == (f"seokit: error: {out}: cannot write the report "
                                           "(No space left on device)\n")
    monkeypatch.undo()
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.json"]


def test_the_new_report_replaces_the_old_one_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    out.write_text("stale and much longer than the report that replaces it " * 1000, encoding="utf-8")
    assert _audit(out, "--select", "MT101") in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]


def test_modes_new_files_follow_the_umask_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "new.txt", "fresh")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640
    kept = tmp_path / "kept.txt"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o600)
    write_atomic(kept, b"new")
    assert kept.read_bytes() == b"new" and stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_writing_through_a_symlink_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "[1]")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "[1]"


def test_the_baseline_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from seokit.baseline import write_baseline

    baseline = tmp_path / "baseline.json"
    baseline.write_text('{"seokit_baseline": 1, "findings": []}\n', encoding="utf-8")
    before = baseline.read_bytes()

    def broken(*args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="Input/output error"):
        write_baseline(baseline, [])
    monkeypatch.undo()
    assert baseline.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["baseline.json"]
