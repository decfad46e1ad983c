"""``seokit audit``: audit files, URLs or stdin and print or write the report."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import Any

from seokit.cli.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    add_debug,
    add_format_options,
    error,
    split_codes,
    write_output,
)
from seokit.config import Config
from seokit.errors import SeokitError
from seokit.findings import Severity

ORDER = 10


def register(subparsers: Any) -> None:
    audit = subparsers.add_parser("audit", help="audit files, URLs or stdin (-)",
                                  description="Audit one or more files, URLs or stdin (-).")
    audit.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    audit.add_argument("--keyphrase", "-k", help="the focus keyphrase to check")
    add_format_options(audit)
    audit.add_argument("--fail-on", choices=[s.value for s in Severity], default="error",
                       help="exit with 1 when a finding is at least this severe (default: error)")
    audit.add_argument("--select", action="append", default=[], metavar="CODES",
                       help="run only these rules (codes, prefixes such as LG, or names; "
                            "comma-separated)")
    audit.add_argument("--ignore", action="append", default=[], metavar="CODES",
                       help="skip these rules (codes, prefixes or names; comma-separated)")
    audit.add_argument("--lang", help="the document language, instead of detecting it")
    audit.add_argument("--config", type=Path,
                       help="a config file (default: seokit.toml or [tool.seokit] in "
                            "pyproject.toml, found by walking up from each file)")
    add_debug(audit)
    audit.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.audit import audit_document, parse
    from seokit.config import parse_layer
    from seokit.report import plan_outputs, render_for
    from seokit.report.model import InputFailure, Report
    from seokit.report.progress import tracked

    try:
        targets = plan_outputs(args.format, args.output, args.output_dir)
    except ValueError as exc:
        error(str(exc))
        return EXIT_ERROR

    flags: dict[str, Any] = {}
    if args.select:
        flags["select"] = split_codes(args.select)
    if args.ignore:
        flags["ignore"] = split_codes(args.ignore)
    if args.lang:
        flags["language"] = args.lang
    cli_layer = parse_layer(flags, "command line")
    if args.config is not None and not args.config.is_file():
        error(f"{args.config}: no such config file")
        return EXIT_ERROR
    documents = []
    failures = []
    for source in tracked(args.inputs, "Auditing"):
        try:
            config = _config_for(source, args.config).merge(cli_layer)
            documents.append(audit_document(parse(source), keyphrase=args.keyphrase, config=config))
        except SeokitError as exc:
            if args.debug:
                traceback.print_exc()
            error(str(exc))
            failures.append(InputFailure(source, exc.problem))
        except Exception as exc:  # a bug must not lose the rest of the batch
            if args.debug:
                traceback.print_exc()
            problem = f"internal error ({type(exc).__name__}: {exc}); please report it"
            error(f"{source}: {problem}")
            failures.append(InputFailure(source, problem))
    from seokit.audit import with_distinctive_terms

    report = Report(tuple(with_distinctive_terms(documents)), tuple(failures))
    for name, path in targets:
        if not write_output(render_for(report, name, sys.stdout if path is None else None), path):
            return EXIT_ERROR
    if failures:
        return EXIT_ERROR
    threshold = Severity(args.fail_on).rank
    if any(f.severity.rank >= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _config_for(source: str, explicit: Path | None) -> Config:
    """The settings of the config file that governs ``source``: the one given, else the
    nearest above the file (or above the working folder, for URLs and stdin)."""
    from seokit.configfile import find_config, load_config
    from seokit.sources import is_url

    if explicit is not None:
        return load_config(explicit).base
    start = Path.cwd() if source == "-" or is_url(source) or not Path(source).exists() \
        else Path(source)
    found = find_config(start)
    if found is None:
        return Config()
    config_file = load_config(found)
    return config_file.config_for(Path(source)) if start != Path.cwd() else config_file.base
