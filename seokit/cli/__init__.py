"""The ``seokit`` command: a thin layer over the API. Each subcommand is a module in this
package with a ``register(subparsers)`` function and an ``ORDER`` number for the help listing;
adding a command is adding a module."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType

from seokit._version import __version__
from seokit.cli.common import EXIT_ERROR
from seokit.errors import SeokitError

_NOT_COMMANDS = frozenset({"common", "parallel", "__main__"})


def command_modules() -> list[ModuleType]:
    """Every subcommand module, in help order."""
    import seokit.cli as package

    modules = [
        importlib.import_module(f"seokit.cli.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if info.name not in _NOT_COMMANDS and not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seokit",
        description="Audit content for readability, keywords, mixed-language text and links.",
    )
    parser.add_argument("--version", action="version", version=f"seokit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        code: int = args.run(args)
        return code
    except SeokitError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"seokit: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("seokit: interrupted", file=sys.stderr)
        return 130
