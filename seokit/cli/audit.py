"""``seokit audit``: audit files, URLs or stdin and print or write the report."""

from __future__ import annotations

import argparse
import functools
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seokit.cli.common import (
    EXIT_ERROR,
    add_debug,
    add_format_options,
    error,
    exit_code,
    split_codes,
    write_output,
)
from seokit.cli.parallel import add_jobs_option, run_all
from seokit.config import Layer
from seokit.errors import SeokitError
from seokit.findings import Severity

if TYPE_CHECKING:
    from seokit.report.model import DocumentReport, InputFailure

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
    audit.add_argument("--allow-private", action="store_true",
                       help="also fetch URLs on private, loopback and link-local addresses "
                            "(local servers)")
    add_jobs_option(audit)
    audit.add_argument("--config", type=Path,
                       help="a config file (default: seokit.toml or [tool.seokit] in "
                            "pyproject.toml, found by walking up from each file)")
    add_debug(audit)
    audit.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.config import parse_layer
    from seokit.report import plan_outputs, render_for
    from seokit.report.model import InputFailure, Report

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
    work = functools.partial(
        audit_input, explicit_config=args.config, cli_layer=cli_layer, keyphrase=args.keyphrase,
        allow_private=args.allow_private, debug=bool(getattr(args, "debug", False)),
        count_terms=len(args.inputs) > 1, json_ready=any(name == "json" for name, _ in targets))
    # stdin can only be read by this process
    jobs = 1 if "-" in args.inputs else args.jobs
    documents = []
    failures = []
    for outcome in run_all(work, args.inputs, "Auditing", jobs):
        if isinstance(outcome, InputFailure):
            error(f"{outcome.source}: {outcome.error}")
            failures.append(outcome)
        else:
            documents.append(outcome)
    from seokit.audit import with_distinctive_terms

    report = Report(tuple(with_distinctive_terms(documents)), tuple(failures))
    for name, path in targets:
        if not write_output(render_for(report, name, sys.stdout if path is None else None), path):
            return EXIT_ERROR
    return exit_code(failed=bool(failures), severities=(f.severity for f in report.findings),
                     fail_on=Severity(args.fail_on))


def audit_input(source: str, *, explicit_config: Path | None, cli_layer: Layer, keyphrase: str | None,
                allow_private: bool, debug: bool, count_terms: bool = False,
                json_ready: bool = False) -> DocumentReport | InputFailure:
    """Audit one input with the settings that govern it; runs in a worker process with --jobs.
    A bad input, or a bug, becomes an InputFailure naming it: the rest of the batch goes on.
    ``count_terms``: keep its keyword counts, for the batch's distinctive terms;
    ``json_ready``: make its metrics' JSON form (``DocumentReport.with_metrics_json``)."""
    from seokit.audit import audit_document, parse
    from seokit.configfile import settings_for
    from seokit.report.model import InputFailure

    try:
        config = settings_for(source, explicit_config).merge(cli_layer)
        report = audit_document(parse(source, allow_private=allow_private), keyphrase=keyphrase,
                                config=config, count_terms=count_terms)
        return report.with_metrics_json() if json_ready else report
    except SeokitError as exc:
        if debug:
            traceback.print_exc()
        # an error about something else (the config file, a redirect target) keeps its name
        return InputFailure(source, exc.problem if exc.source == source else str(exc))
    except Exception as exc:  # a bug must not lose the rest of the batch
        if debug:
            traceback.print_exc()
        return InputFailure(source, f"internal error ({type(exc).__name__}: {exc}); please report it")
