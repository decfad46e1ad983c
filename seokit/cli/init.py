"""``seokit init``: write a commented starter config."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from seokit.cli.common import EXIT_CLEAN, EXIT_ERROR, error

ORDER = 30

STARTER = '''\
# seokit configuration: https://seokit.readthedocs.io/en/latest/configuration/
# Every key is optional. `seokit rules` lists the rules; `seokit rule CODE` explains one.

# Start from a profile: "default", "yoast", "rankmath" or "strict".
extends = "default"

# Exit with 1 when a finding is at least this severe: "error", "warning" or "info".
fail_on = "warning"

# Run only some rules, or skip some: codes (LG101), prefixes (LG, LN2) or names.
# select = ["RD", "KW", "LG", "LN", "MT", "ST", "IM", "CT"]
ignore = []

# Files and folders `seokit check` skips (gitignore patterns; .gitignore is honoured too).
exclude = ["node_modules/", "_site/", "public/"]

# Change a rule's severity.
[severity]
# RD104 = "info"

# Change a rule's thresholds (see `seokit rule CODE` for each rule's options).
[options]
# RD102 = { max_words = 20, max_percent = 25.0 }
# KW101 = { min_density = 0.5, max_density = 3.0 }

# Settings for some paths only (gitignore patterns, relative to this file).
# [[overrides]]
# paths = ["docs/reference/**"]
# ignore = ["CT101", "KW"]

# Settings for documents in one language.
# [languages.de]
# options = { RD102 = { max_words = 25 } }
'''


def register(subparsers: Any) -> None:
    init = subparsers.add_parser("init", help="write a commented starter config (seokit.toml)")
    init.add_argument("--path", type=Path, default=Path("seokit.toml"),
                      help="where to write it (default: ./seokit.toml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.atomicwrite import write_atomic

    path: Path = args.path
    if path.exists() and not args.force:
        error(f"{path}: already exists (use --force to overwrite it)")
        return EXIT_ERROR
    try:
        write_atomic(path, STARTER)
    except OSError as exc:
        error(f"{path}: cannot be written ({exc.strerror})")
        return EXIT_ERROR
    print(f"Wrote {path}. Run 'seokit check' to check your content with it.")
    return EXIT_CLEAN
