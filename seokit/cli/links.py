"""``seokit links PATH|URL... [--check]``: a document's links, judged by the LN rules; with
``--check``, every link requested (HEAD, then GET) and problems reported at the link's line."""

from __future__ import annotations

import argparse
import threading
import traceback
from pathlib import Path
from typing import Any

from seokit.cli.common import (
    EXIT_ERROR,
    add_debug,
    error,
    exit_code,
    split_codes,
    write_output,
)
from seokit.errors import SeokitError
from seokit.findings import Severity
from seokit.report import FORMATS

ORDER = 20


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "links", help="audit (and with --check, request) the links of files or URLs",
        description="Judge the links of files or URLs with the LN rules; with --check, request "
                    "every link once (HEAD, then GET), follow and record redirects, and report "
                    "broken, unreachable and redirecting links at their line and column.")
    p.add_argument("inputs", nargs="+", metavar="PATH|URL|-")
    p.add_argument("--check", action="store_true", help="request every link")
    p.add_argument("--root", type=Path, help="the site root for a local file's links such as "
                   "/about/ (default: the file's folder)")
    p.add_argument("--concurrency", type=int, default=8, help="parallel requests (8)")
    p.add_argument("--per-host", type=int, default=2, help="parallel requests to one host (2)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds (10)")
    p.add_argument("--retries", type=int, default=2, help="retries after 429/503 (2)")
    p.add_argument("--max-retry-after", type=float, default=30.0,
                   help="longest Retry-After honoured, seconds (30)")
    p.add_argument("--max-redirects", type=int, default=10, help="redirects followed (10)")
    p.add_argument("--user-agent", help="the User-Agent header")
    p.add_argument("--allow-private", action="store_true",
                   help="also fetch private, loopback and link-local addresses (local servers)")
    p.add_argument("--format", "-f", choices=sorted(FORMATS), default="text")
    p.add_argument("--output", "-o", type=Path, help="write the report to this file")
    p.add_argument("--fail-on", choices=[s.value for s in Severity], default="error")
    p.add_argument("--select", action="append", default=[], metavar="CODES",
                   help="rules to run (default: LN, and the SI link rules with --check)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODES")
    p.add_argument("--lang", help="the document language, instead of detecting it")
    add_debug(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.audit import audit_document, parse
    from seokit.config import Config
    from seokit.crawl.checkpage import CheckSettings, PageChecker, with_link_checks
    from seokit.crawl.fetch import FetchSettings
    from seokit.report import render
    from seokit.report.model import InputFailure, Report
    from seokit.rules.site import split_selectors
    from seokit.sources import USER_AGENT

    select = split_codes(args.select) or ["LN", *(["SI1"] if args.check else [])]
    ignore = split_codes(args.ignore)
    doc_select, _ = split_selectors(select)
    doc_ignore, _ = split_selectors(ignore)
    if not doc_select:
        from seokit.rules import all_rules

        doc_ignore = list(all_rules())
    config = Config.from_mapping({"select": doc_select, "ignore": doc_ignore, "language": args.lang},
                                 origin="command line")
    fetch = FetchSettings(user_agent=args.user_agent or USER_AGENT, timeout=args.timeout,
                          retries=args.retries, max_retry_after=args.max_retry_after,
                          max_redirects=args.max_redirects, per_host=max(1, args.per_host),
                          pool_size=max(16, args.concurrency), allow_private=args.allow_private)
    documents, failures = [], []
    with PageChecker(CheckSettings(fetch, max(1, args.concurrency), args.root), threading.Event()) as checker:
        for source in args.inputs:
            try:
                report = audit_document(parse(source, allow_private=args.allow_private), config=config)
                if args.check:
                    report = with_link_checks(report, checker.facts(report.document), select, ignore)
                documents.append(report)
            except SeokitError as exc:
                if args.debug:
                    traceback.print_exc()
                error(str(exc))
                failures.append(InputFailure(source, exc.problem))
    report_all = Report(tuple(documents), tuple(failures))
    if not write_output(render(report_all, args.format), args.output):
        return EXIT_ERROR
    return exit_code(failed=bool(failures), severities=(f.severity for f in report_all.findings),
                     fail_on=Severity(args.fail_on))
