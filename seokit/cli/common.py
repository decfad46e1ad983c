"""What every subcommand shares: exit codes, error lines, writing the output."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from seokit.findings import Severity

from seokit.atomicwrite import write_atomic

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def error(message: str) -> None:
    """One line on stderr, naming what is wrong."""
    print(f"seokit: error: {message}", file=sys.stderr)


def exit_code(*, failed: bool, severities: Iterable[Severity], fail_on: Severity) -> int:
    """2 when an input failed, else 1 when a finding is at least ``fail_on``, else 0."""
    if failed:
        return EXIT_ERROR
    if any(severity.rank >= fail_on.rank for severity in severities):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def write_output(text: str, path: Path | None) -> bool:
    """Write to the file, or stdout without one; False (after saying why) if it cannot. The
    file is replaced atomically: a failure leaves the previous report as it was."""
    if path is None:
        sys.stdout.write(text)
        return True
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except OSError as exc:
        error(f"{path}: cannot write the report ({exc.strerror or exc})")
        return False
    return True


def split_codes(values: list[str]) -> list[str]:
    """``--select LG,KW --select MT101`` becomes ``["LG", "KW", "MT101"]``."""
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def add_debug(parser: argparse.ArgumentParser) -> None:
    """Accept --debug after the subcommand too (``seokit audit x.md --debug``)."""
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help=argparse.SUPPRESS)


def add_format_options(parser: argparse.ArgumentParser) -> None:
    """--format (one or several, comma-separated), --output FILE and --output-dir DIR."""
    from seokit.report import FORMATS

    parser.add_argument("--format", "-f", type=formats_arg, default=["text"],
                        metavar="FORMAT[,FORMAT]",
                        help=f"report format(s), comma-separated: {', '.join(sorted(FORMATS))} "
                             "(default: text)")
    parser.add_argument("--output", "-o", type=Path, help="write the report to this file")
    parser.add_argument("--output-dir", type=Path, metavar="DIR",
                        help="write each format to its own file in DIR (report.html, ...)")


def formats_arg(value: str) -> list[str]:
    from seokit.report import parse_formats

    try:
        return parse_formats(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
