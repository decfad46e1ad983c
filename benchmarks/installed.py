"""seokit as ``pip install`` leaves it: byte-compiled.

pip compiles every module to ``__pycache__`` at install time. A checkout (or an editable
install) on a machine with ``PYTHONDONTWRITEBYTECODE`` set compiles seokit's sources again in
every process it starts (0.14 s of compiling in a profile, 0.2-0.3 s of wall time per ``seokit``
command side by side), and in every ``--jobs`` worker: what no user of an installed seokit
pays. Benchmarks that time fresh processes call this first.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "seokit"


def byte_compile() -> None:
    """Compile seokit's modules to ``__pycache__``, as pip does when it installs them."""
    if not compileall.compile_dir(str(PACKAGE), quiet=1):
        raise SystemExit(f"could not byte-compile {PACKAGE}")
