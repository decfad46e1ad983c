"""``seokit check``: the CI gate over files, folders and globs, with config files,
baselines and parallel workers."""

from __future__ import annotations

import argparse
import functools
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from seokit.cli.common import (
    EXIT_CLEAN,
    EXIT_ERROR,
    add_debug,
    add_format_options,
    error,
    exit_code,
    split_codes,
    write_output,
)
from seokit.cli.parallel import add_jobs_option, run_all
from seokit.errors import SeokitError
from seokit.findings import Severity

ORDER = 20


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="the CI gate: check files, folders and globs against the config",
        description="Check content files (Markdown, HTML, text) and exit 1 when a finding "
                    "reaches --fail-on. Settings come from seokit.toml or [tool.seokit] in "
                    "pyproject.toml, found by walking up from each file.")
    check.add_argument("paths", nargs="*", default=["."], metavar="PATH",
                       help="files, folders (searched recursively) or globs (default: .)")
    check.add_argument("--config", type=Path, help="use this config file for every path")
    add_format_options(check)
    check.add_argument("--fail-on", choices=[s.value for s in Severity],
                       help="exit 1 when a finding is at least this severe (default: the "
                            "config's fail_on, else warning)")
    check.add_argument("--select", action="append", default=[], metavar="CODES")
    check.add_argument("--ignore", action="append", default=[], metavar="CODES")
    check.add_argument("--baseline", type=Path, metavar="FILE",
                       help="report only findings that are not in this baseline, or worse")
    check.add_argument("--write-baseline", action="store_true",
                       help="write the current findings to --baseline FILE and exit 0")
    add_jobs_option(check)
    add_debug(check)
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.configfile import ConfigFile, find_config, load_config
    from seokit.discover import discover
    from seokit.report import plan_outputs, render_for
    from seokit.report.model import InputFailure, Report

    try:
        targets = plan_outputs(args.format, args.output, args.output_dir)
    except ValueError as exc:
        error(str(exc))
        return EXIT_ERROR
    if args.write_baseline and args.baseline is None:
        error("--write-baseline needs --baseline FILE")
        return EXIT_ERROR
    cli_layer = {"select": split_codes(args.select)} if args.select else {}
    if args.ignore:
        cli_layer["ignore"] = split_codes(args.ignore)
    if args.config is not None and not args.config.is_file():
        error(f"{args.config}: no such config file")
        return EXIT_ERROR
    here = args.config or find_config(Path.cwd())
    top = load_config(here) if here else ConfigFile(None)
    _validate(cli_layer)
    files = discover(args.paths, top.excluded)
    if not files:
        error(f"{', '.join(args.paths)}: no Markdown, HTML or text files to check")
        return EXIT_ERROR
    work = functools.partial(check_file, config=str(args.config) if args.config else None,
                             cli_layer=cli_layer, count_terms=len(files) > 1,
                             json_ready=any(name == "json" for name, _ in targets))
    outcomes = run_all(work, [str(f) for f in files], "Checking", args.jobs)
    documents = []
    failures = []
    for outcome in outcomes:
        if isinstance(outcome, InputFailure):
            error(f"{outcome.source}: {outcome.error}")
            failures.append(outcome)
        else:
            documents.append(outcome)
    if args.baseline is not None:
        filtered = _apply_baseline(args, documents)
        if filtered is None:  # the baseline was written
            return EXIT_CLEAN
        documents = filtered
    from seokit.audit import with_distinctive_terms

    report = Report(tuple(with_distinctive_terms(documents)), tuple(failures))
    for name, path in targets:
        if not write_output(render_for(report, name, sys.stdout if path is None else None), path):
            return EXIT_ERROR
    fail_on = Severity(args.fail_on) if args.fail_on else (top.base.fail_on or Severity.WARNING)
    return exit_code(failed=bool(failures), severities=(f.severity for f in report.findings),
                     fail_on=fail_on)


def _validate(cli_layer: dict[str, Any]) -> None:
    from seokit.config import parse_layer

    parse_layer(cli_layer, "command line")


def _apply_baseline(args: argparse.Namespace, documents: list[Any]) -> list[Any] | None:
    from seokit.baseline import new_or_worse, read_baseline, write_baseline

    root = args.baseline.resolve().parent
    named = [(_relative(Path(d.document.path or d.source), root), d) for d in documents]
    if args.write_baseline:
        count = write_baseline(args.baseline, named)
        print(f"seokit: wrote {count} finding(s) to the baseline {args.baseline}",
              file=sys.stderr)
        return None
    table = read_baseline(args.baseline)
    kept = []
    covered_total = 0
    for name, document in named:
        fresh, covered = new_or_worse(document, name, table)
        covered_total += covered
        kept.append(replace(document, findings=tuple(fresh)))
    if covered_total:
        print(f"seokit: {covered_total} finding(s) are in the baseline {args.baseline} and "
              "are not reported", file=sys.stderr)
    return kept


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def check_file(path: str, *, config: str | None, cli_layer: dict[str, Any],
               count_terms: bool = False, json_ready: bool = False) -> Any:
    """Audit one file with its resolved settings; runs in a worker process with --jobs.
    Returns a DocumentReport (with its keyword counts when ``count_terms``: one of several
    files; with its metrics' JSON form when ``json_ready``), or an InputFailure naming what
    is wrong."""
    from seokit.audit import audit_document, parse
    from seokit.config import parse_layer
    from seokit.configfile import nearest_config_file
    from seokit.report.model import InputFailure

    try:
        config_file = nearest_config_file(config, str(Path(path).resolve().parent))
        settings = config_file.config_for(Path(path))
        if cli_layer:
            settings = settings.merge(parse_layer(cli_layer, "command line"))
        report = audit_document(parse(Path(path)), config=settings, count_terms=count_terms)
        return report.with_metrics_json() if json_ready else report
    except SeokitError as exc:
        return InputFailure(path, exc.problem if exc.source == path else str(exc))
    except Exception as exc:  # a bug in one file must not lose the others
        return InputFailure(path, f"internal error ({type(exc).__name__}: {exc}); "
                                  "please report it")
