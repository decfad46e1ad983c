"""What a worker runs: audit the entries of one task and return one result dict per entry.

Pure apart from reading its inputs: no cluster, no output. A bad input or a crash inside one
audit becomes that entry's error record, so one task never loses the rest of its entries.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO, Any

from seokit.config import Config, parse_layer
from seokit.errors import InputError, SeokitError
from seokit.scale.inputs import Entry, Kind, Task, media_type, skip_reason
from seokit.sources import MAX_BYTES, Loaded, decode

Result = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Job:
    """The settings every task of one batch shares; resolved on the client, sent to workers."""

    config_path: str | None = None  # --config; without it each file's own config is found
    cli_layer: Mapping[str, Any] = field(default_factory=dict)  # keyphrase, select, … as a table
    # URLs and WARC records have no folder to find a config in: the client resolves theirs
    # (cli_layer still goes on top, as for files)
    remote_config: Config = field(default_factory=Config)
    allow_private: bool = False
    max_bytes: int = MAX_BYTES


def run_task(task: Task, job: Job) -> list[Result]:
    """One result per entry, in the task's order."""
    from seokit.configfile import nearest_config_file

    # workers outlive a batch on a real cluster: a config edited since the last one must count
    nearest_config_file.cache_clear()
    remote = job.remote_config.merge(parse_layer(job.cli_layer, "command line"))
    with ExitStack() as stack:
        warcs: dict[str, IO[bytes]] = {}
        results = []
        for entry in task.entries:
            if entry.kind is Kind.WARC and entry.error is None and entry.source not in warcs:
                try:
                    warcs[entry.source] = stack.enter_context(open(entry.source, "rb"))
                except OSError as exc:
                    results.append(failure(entry, f"cannot open the WARC file ({exc.strerror})"))
                    continue
            results.append(audit_entry(entry, job, remote, warcs.get(entry.source)))
        return results


def audit_entry(entry: Entry, job: Job, remote: Config, warc: IO[bytes] | None = None) -> Result:
    """Audit one entry; ``remote`` is the config for a URL or a WARC record."""
    if entry.error is not None:
        return failure(entry, entry.error)
    if entry.kind is Kind.FILE:
        return _audit_file(entry, job)
    try:
        from seokit.audit import audit_document, parse_loaded

        loaded = _load_record(entry, warc, job) if entry.kind is Kind.WARC else _load_url(entry, job)
        report = audit_document(parse_loaded(loaded), config=remote)
    except SeokitError as exc:
        return failure(entry, exc.problem if exc.source in (entry.address, entry.source) else str(exc))
    except Exception as exc:  # a bug on one page must not lose the rest of the batch
        return failure(entry, internal_error(exc))
    return document_result(entry, report)


def _audit_file(entry: Entry, job: Job) -> Result:
    # the same resolution as `seokit check`: the file's own config, overrides, then the flags
    from seokit.cli.check import check_file
    from seokit.report.model import InputFailure

    outcome = check_file(entry.source, config=job.config_path, cli_layer=dict(job.cli_layer))
    if isinstance(outcome, InputFailure):
        return failure(entry, outcome.error)
    return document_result(entry, outcome)


def _load_url(entry: Entry, job: Job) -> Loaded:
    from seokit.sources import load

    return load(entry.source, max_bytes=job.max_bytes, allow_private=job.allow_private)


def _load_record(entry: Entry, warc: IO[bytes] | None, job: Job) -> Loaded:
    """A WARC response record as if it had just been fetched: the HTTP headers' charset,
    X-Robots-Tag and Content-Language count, the target URI is the document's URL."""
    from requests.utils import get_encoding_from_headers
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    address = entry.address
    if warc is None or entry.offset is None:
        raise InputError(address, "is not a WARC record")
    warc.seek(entry.offset)
    records = ArchiveIterator(warc)
    try:
        record = next(iter(records), None)
        if record is None:
            raise InputError(address, "no WARC record at this offset")
        reason = skip_reason(record)
        if reason:
            raise InputError(address, f"is not an auditable record ({reason})")
        data = record.content_stream().read(job.max_bytes + 1)
        headers = record.http_headers
        url = record.rec_headers.get_header("WARC-Target-URI") or address
    finally:
        records.close()
    if len(data) > job.max_bytes:
        raise InputError(address, f"the body is larger than the {job.max_bytes:,}-byte limit")
    content_type = headers.get_header("Content-Type") or ""
    # like sources.load_url: requests reads the charset parameter, and only a declared one counts
    declared = get_encoding_from_headers({"content-type": content_type}) \
        if "charset" in content_type.lower() else None
    if declared is not None and not _known_charset(declared):
        declared = None  # as load_url does: an unknown name counts as no declaration
    robots = tuple(value.strip() for name, value in headers.headers
                   if name.lower() == "x-robots-tag" and value.strip())
    return Loaded(decode(data, address, declared=declared), address, url=url,
                  media_type=media_type(record), charset=declared, x_robots_tag=robots,
                  content_language=headers.get_header("Content-Language"))


def document_result(entry: Entry, report: Any) -> Result:
    """The document's object of the schema-version-1 JSON report, named by its input."""
    from seokit.report.model import Report

    document: Result = Report((report,)).to_dict()["documents"][0]
    return {"input": entry.address} | document


def failure(entry: Entry, error: str) -> Result:
    return {"input": entry.address, "error": error}


def internal_error(exc: BaseException) -> str:
    return f"internal error ({type(exc).__name__}: {exc}); please report it"


def _known_charset(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def seokit_version() -> str:
    """Run on each worker to check it has the client's seokit."""
    from seokit._version import __version__

    return __version__
