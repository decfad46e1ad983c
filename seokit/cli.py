"""The ``seokit`` command: a thin layer over the API."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from seokit._version import __version__
from seokit.errors import SeokitError
from seokit.findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seokit",
        description="Audit content for readability, keywords, mixed-language text and links.",
    )
    parser.add_argument("--version", action="version", version=f"seokit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    audit = commands.add_parser("audit", help="audit files, URLs or stdin (-)",
                                description="Audit one or more files, URLs or stdin (-).")
    audit.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    audit.add_argument("--keyphrase", "-k", help="the focus keyphrase to check")
    audit.add_argument("--format", "-f", choices=("text", "json"), default="text")
    audit.add_argument("--output", "-o", type=Path, help="write the report to this file")
    audit.add_argument("--fail-on", choices=[s.value for s in Severity], default="error",
                       help="exit with 1 when a finding is at least this severe (default: error)")
    audit.add_argument("--select", action="append", default=[], metavar="CODES",
                       help="run only these rules (codes, prefixes such as LG, or names; comma-separated)")
    audit.add_argument("--ignore", action="append", default=[], metavar="CODES",
                       help="skip these rules (codes, prefixes or names; comma-separated)")
    audit.add_argument("--lang", help="the document language, instead of detecting it")
    audit.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help=argparse.SUPPRESS)

    rules = commands.add_parser("rules", help="list every rule")
    rules.add_argument("--format", "-f", choices=("text", "json"), default="text")
    rule = commands.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("code", help="a rule code (LG101) or name (injected-foreign-keyword)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        if args.command == "audit":
            return _audit(args)
        if args.command == "rules":
            return _rules(args)
        return _rule(args)
    except SeokitError as exc:
        if args.debug:
            traceback.print_exc()
        print(f"seokit: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("seokit: interrupted", file=sys.stderr)
        return 130


def _split(values: list[str]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _audit(args: argparse.Namespace) -> int:
    from seokit.audit import audit_document, parse
    from seokit.config import Config
    from seokit.report.model import InputFailure, Report
    from seokit.report.text import render_text

    config = Config.from_mapping(
        {"select": _split(args.select), "ignore": _split(args.ignore), "language": args.lang},
        origin="command line",
    )
    documents = []
    failures = []
    for source in args.inputs:
        try:
            document = parse(source)
            documents.append(audit_document(document, keyphrase=args.keyphrase, config=config))
        except SeokitError as exc:
            if args.debug:
                traceback.print_exc()
            print(f"seokit: error: {exc}", file=sys.stderr)
            failures.append(InputFailure(source, exc.problem))
        except Exception as exc:  # a bug must not lose the rest of the batch
            if args.debug:
                traceback.print_exc()
            problem = f"internal error ({type(exc).__name__}: {exc}); please report it"
            print(f"seokit: error: {source}: {problem}", file=sys.stderr)
            failures.append(InputFailure(source, problem))
    report = Report(tuple(documents), tuple(failures))
    output = report.to_json() if args.format == "json" else render_text(report)
    if args.output:
        try:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(output, encoding="utf-8")
        except OSError as exc:
            print(f"seokit: error: {args.output}: cannot write the report ({exc.strerror})",
                  file=sys.stderr)
            return EXIT_ERROR
    else:
        sys.stdout.write(output)
    if failures:
        return EXIT_ERROR
    threshold = Severity(args.fail_on).rank
    if any(f.severity.rank >= threshold for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _rules(args: argparse.Namespace) -> int:
    import json

    from seokit.rules import all_rules

    rules = all_rules()
    if args.format == "json":
        print(json.dumps([_rule_dict(r) for r in rules.values()], indent=2, ensure_ascii=False))
        return EXIT_CLEAN
    for rule in rules.values():
        print(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<40}  {rule.title}")
    return EXIT_CLEAN


def _rule(args: argparse.Namespace) -> int:
    from seokit.errors import UnknownRuleError
    from seokit.rules import all_rules

    key = args.code
    for rule in all_rules().values():
        if key.upper() == rule.code or key == rule.name:
            print(f"{rule.code} {rule.name}: {rule.title}")
            print(f"Category: {rule.category.value} · default severity: {rule.severity.value}")
            print()
            print(rule.docs)
            if rule.options:
                print("\n## Options\n")
                for option in rule.options:
                    print(f"- {option.name} (default {option.default!r}): {option.help}")
            print(f"\nMore: {rule.help_url}")
            return EXIT_CLEAN
    raise UnknownRuleError(key, "no rule has this code or name (see 'seokit rules')")


def _rule_dict(rule: Any) -> dict[str, Any]:
    return {
        "code": rule.code, "name": rule.name, "title": rule.title,
        "category": rule.category.value, "severity": rule.severity.value,
        "options": [{"name": o.name, "default": o.default, "help": o.help} for o in rule.options],
        "help_url": rule.help_url,
    }


if __name__ == "__main__":
    sys.exit(main())
