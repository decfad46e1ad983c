"""The real-page corpus: HTML pages of the Python documentation, as Debian ships it
(``apt-get install python3-doc``; ``benchmarks/peers/setup.sh`` does it).

Real pages written by people for people: prose, headings, navigation, tables, code, links.
The selection is reproducible: every page of 4-300 KB, sorted by path, taken at an even stride
until there are enough (the same machine image gives the same list).
"""

from __future__ import annotations

from pathlib import Path

MIN_BYTES, MAX_BYTES = 4_000, 300_000
# generated listings, not pages anyone reads
_SKIP = ("genindex", "py-modindex", "search.html", "/_", "whatsnew/changelog")


# python3-doc's own link to the versioned docs. Not a glob over python3*/html: python3-pip,
# python3-venv and others ship an html folder of their own.
DOCUMENTATION_ROOT = Path("/usr/share/doc/python3-doc/html")


def documentation_root() -> Path:
    if not DOCUMENTATION_ROOT.is_dir():
        raise SystemExit("no Python HTML documentation: apt-get install python3-doc "
                         "(or run benchmarks/peers/setup.sh)")
    return DOCUMENTATION_ROOT


def corpus_files(count: int) -> list[Path]:
    """``count`` pages (repeating the list if the documentation has fewer)."""
    root = documentation_root()
    pages = [p for p in sorted(root.rglob("*.html"))
             if MIN_BYTES <= p.stat().st_size <= MAX_BYTES
             and not any(s in p.as_posix() for s in _SKIP)]
    if count <= len(pages):
        stride = len(pages) / count
        return [pages[int(i * stride)] for i in range(count)]
    return [pages[i % len(pages)] for i in range(count)]


if __name__ == "__main__":
    import sys

    for path in corpus_files(int(sys.argv[1]) if len(sys.argv) > 1 else 200):
        print(path)
