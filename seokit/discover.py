"""Which files ``seokit check`` audits: files, folders (recursively) and globs, minus the
config's ``exclude`` patterns, .gitignore and the usual tool folders."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from seokit.errors import InputError

CONTENT_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".html", ".htm", ".xhtml",
                              ".txt"})


def discover(
    paths: Iterable[str],
    excluded: Callable[[Path], bool],
    suffixes: frozenset[str] = CONTENT_SUFFIXES,
) -> list[Path]:
    """Content files under ``paths``, sorted and without duplicates. A file named explicitly is
    always checked; files found in folders or by globs skip what ``excluded`` says."""
    found: dict[str, Path] = {}
    for raw in paths:
        if any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputError(raw, "no file matches this pattern")
            for match in matches:
                path = Path(match)
                if path.is_file() and path.suffix.lower() in suffixes and not excluded(path):
                    found.setdefault(str(path), path)
            continue
        path = Path(raw)
        if path.is_file():
            found.setdefault(str(path), path)
        elif path.is_dir():
            for file in _walk(path, excluded, suffixes):
                found.setdefault(str(file), file)
        else:
            raise InputError(raw, "no such file or folder")
    return sorted(found.values(), key=lambda p: p.as_posix())


def _walk(root: Path, excluded: Callable[[Path], bool], suffixes: frozenset[str]) -> list[Path]:
    files = []
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        # prune excluded folders so their contents are never even listed
        dirs[:] = sorted(d for d in dirs if not excluded(base / d))
        for name in sorted(names):
            path = base / name
            if path.suffix.lower() in suffixes and not excluded(path):
                files.append(path)
    return files
