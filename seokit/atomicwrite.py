"""Writing a file all at once or not at all.

A report or baseline is written to a new file next to the old one, flushed to the disk, then
renamed over it (a rename within one directory is atomic). A crash, a full disk or Ctrl-C in
the middle leaves the previous file whole, never a half-written one that CI would read as a
clean report, and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def write_atomic(path: Path, data: str | bytes, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` atomically. A new file gets the usual mode (0o666 less
    the umask, as ``open`` would give it); a replaced file keeps its own."""
    target = Path(os.path.realpath(path))  # through a symlink: replace the file, keep the link
    payload = data.encode(encoding) if isinstance(data, str) else data
    try:
        mode: int | None = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    temp, fd = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_directory(target.parent)


def _create_temp(target: Path) -> tuple[Path, int]:
    """A new file beside ``target``, created exclusively (never an existing file or a link
    someone planted), with the mode ``open`` would give it: the kernel applies the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temp = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a directory, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
