"""``seokit batch``: audit many files, URLs or WARC records on a Dask cluster and stream the
results to JSON lines or Parquet (needs ``seokit[dask]``)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from seokit.cli.common import EXIT_ERROR, add_debug, error, exit_code, split_codes
from seokit.findings import Severity

ORDER = 25


def register(subparsers: Any) -> None:
    batch = subparsers.add_parser(
        "batch", help="audit many files, URLs or WARC files on a Dask cluster (seokit[dask])",
        description="Audit files, folders, globs, URLs, @lists (one input per line) and WARC "
                    "files (.warc, .warc.gz: their HTML and text responses) on a Dask cluster, "
                    "writing one result per input to JSON lines or Parquet, in input order, as "
                    "the results come in. Needs: pip install 'seokit[dask]'.")
    batch.add_argument("inputs", nargs="+", metavar="INPUT",
                       help="a file, folder, glob, http(s) URL, WARC file, or @FILE listing "
                            "inputs one per line (@- reads the list from stdin)")
    batch.add_argument("--output", "-o", required=True, metavar="FILE",
                       help="results.jsonl (or .ndjson; - for stdout) or results.parquet")
    batch.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="a running Dask scheduler (default: start a local cluster)")
    batch.add_argument("--workers", type=int, metavar="N",
                       help="worker processes of the local cluster (default: one per CPU)")
    batch.add_argument("--keyphrase", "-k", help="the focus keyphrase to check")
    batch.add_argument("--config", type=Path,
                       help="a config file for every input (default: each file's own, found by "
                            "walking up from it; for URLs and WARC records, the working folder's)")
    batch.add_argument("--select", action="append", default=[], metavar="CODES",
                       help="run only these rules (codes, prefixes or names; comma-separated)")
    batch.add_argument("--ignore", action="append", default=[], metavar="CODES",
                       help="skip these rules (codes, prefixes or names; comma-separated)")
    batch.add_argument("--lang", help="the documents' language, instead of detecting it")
    batch.add_argument("--fail-on", choices=[s.value for s in Severity], default="error",
                       help="exit with 1 when a finding is at least this severe (default: error)")
    batch.add_argument("--allow-private", action="store_true",
                       help="let URLs reach private and loopback addresses")
    batch.add_argument("--chunk-size", type=int, default=None, metavar="N",
                       help="inputs per task (default: 4); 1 spreads a small batch evenly")
    add_debug(batch)
    batch.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from seokit.scale import MissingExtraError, require
    from seokit.scale.sinks import output_kind

    try:
        output_kind(args.output)
    except ValueError as exc:
        error(str(exc))
        return EXIT_ERROR
    if args.config is not None and not args.config.is_file():
        error(f"{args.config}: no such config file")
        return EXIT_ERROR
    if (args.workers is not None and args.workers < 1) or (args.chunk_size is not None
                                                           and args.chunk_size < 1):
        error("--workers and --chunk-size must be at least 1")
        return EXIT_ERROR
    try:
        require("dask", "distributed", "warcio", "pyarrow")
    except MissingExtraError as exc:
        error(str(exc))
        return EXIT_ERROR
    return _run_batch(args)


def _run_batch(args: argparse.Namespace) -> int:
    from seokit.config import parse_layer
    from seokit.configfile import ConfigFile, find_config, load_config, settings_for
    from seokit.scale.dask_runner import Summary, connect, stream_results
    from seokit.scale.inputs import DEFAULT_CHUNK, expand, tasks
    from seokit.scale.sinks import open_sink
    from seokit.scale.work import Job

    flags: dict[str, Any] = {}
    if args.keyphrase:
        flags["keyphrase"] = args.keyphrase
    if args.select:
        flags["select"] = split_codes(args.select)
    if args.ignore:
        flags["ignore"] = split_codes(args.ignore)
    if args.lang:
        flags["language"] = args.lang
    parse_layer(flags, "command line")  # a typo fails here, not on every worker
    here = args.config or find_config(Path.cwd())
    top = load_config(here) if here else ConfigFile(None)
    # "-" has no folder of its own: the settings `seokit audit` uses for a URL or stdin
    job = Job(config_path=str(args.config) if args.config else None, cli_layer=flags,
              remote_config=settings_for("-", args.config),
              allow_private=args.allow_private)
    skipped: Counter[str] = Counter()
    work = tasks(expand(args.inputs, top.excluded, skipped), args.chunk_size or DEFAULT_CHUNK)
    summary = Summary()
    counter = _Counter()
    with connect(args.scheduler, args.workers) as client:
        sink = open_sink(args.output)  # only once connected: no empty file for a wrong address
        try:
            for results in stream_results(client, work, job):
                sink.write(results)
                summary.add(results)
                for result in results:
                    if "error" in result:
                        counter.clear()
                        error(f"{result['input']}: {result['error']}")
                counter.show(summary)
        finally:
            counter.clear()
            sink.close()
    _report(summary, skipped, args.output)
    return exit_code(failed=bool(summary.failures), severities=map(Severity, summary.severities),
                     fail_on=Severity(args.fail_on))


def _report(summary: Any, skipped: Counter[str], output: str) -> None:
    line = f"seokit: {summary.documents} document(s) audited, {summary.failures} failed"
    if skipped:
        reasons = ", ".join(f"{count} {reason}" for reason, count in sorted(skipped.items()))
        line += f"; WARC records skipped: {reasons}"
    if output != "-":
        line += f"; results in {output}"
    print(line, file=sys.stderr)


class _Counter:
    """A one-line running count on stderr, only on a terminal (CI logs and pipes stay clean);
    the total is unknown while WARC files are still being read, so it is a count, not a bar."""

    def __init__(self) -> None:
        self._live = sys.stderr.isatty()
        self._shown = False

    def show(self, summary: Any) -> None:
        if self._live:
            print(f"\rAuditing: {summary.documents + summary.failures} done, "
                  f"{summary.failures} failed", end="", file=sys.stderr, flush=True)
            self._shown = True

    def clear(self) -> None:
        if self._shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            self._shown = False
