"""What ``seokit batch`` audits: files, folders, globs, URLs, ``@list`` files and the records of
WARC files, expanded lazily and in input order, then grouped into tasks for the cluster.

A WARC record is addressed as ``file.warc.gz#offset``: the byte offset of its gzip member (or
of the record, uncompressed), so a worker seeks straight to it instead of reading the file
from the start. Only ``response`` records with a 2xx status and an HTML or text content type
are audited; the rest (requests, metadata, images, redirects, errors) are skipped and counted.
"""

from __future__ import annotations

import enum
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seokit.discover import CONTENT_SUFFIXES, discover
from seokit.errors import InputError
from seokit.sources import is_url

# what a WARC record must be to be audited: a page or a text document, not an asset
AUDITED_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", "text/markdown",
                                 "text/x-markdown"})
WARC_SUFFIXES = (".warc", ".warc.gz")
DEFAULT_CHUNK = 4  # inputs per task: see tasks()


class Kind(enum.StrEnum):
    FILE = "file"
    URL = "url"
    WARC = "warc"


@dataclass(frozen=True, slots=True)
class Entry:
    """One input to audit, or one input that could not even be listed (``error`` set)."""

    kind: Kind
    source: str  # the path, URL or WARC file as the user named it
    offset: int | None = None  # a WARC record's byte offset in its file
    error: str | None = None

    @property
    def address(self) -> str:
        return self.source if self.offset is None else f"{self.source}#{self.offset}"


@dataclass(frozen=True, slots=True)
class Task:
    """What one worker call audits: a file, a URL, or a run of records of one WARC file."""

    entries: tuple[Entry, ...]


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def expand(
    inputs: Iterable[str],
    excluded: Callable[[Path], bool],
    skipped: Counter[str] | None = None,
) -> Iterator[Entry]:
    """Every entry named by ``inputs``, lazily: a WARC file is read only as far as the tasks
    submitted so far need. ``skipped`` counts the WARC records that are not audited."""
    yield from _expand(inputs, excluded, skipped if skipped is not None else Counter(), set())


def _expand(inputs: Iterable[str], excluded: Callable[[Path], bool], skipped: Counter[str],
            seen_lists: set[str]) -> Iterator[Entry]:
    for raw in inputs:
        if raw.startswith("@"):
            yield from _expand_list(raw[1:], excluded, skipped, seen_lists)
        elif is_url(raw):
            yield Entry(Kind.URL, raw)
        elif raw == "-":
            yield Entry(Kind.FILE, raw, error="stdin cannot be sent to workers; "
                                              "use @- to read a list of inputs from stdin")
        else:
            try:
                # folders also yield the WARC files in them; .gz alone would take any archive
                files = discover([raw], excluded, CONTENT_SUFFIXES | {".warc", ".gz"})
            except InputError as exc:
                yield Entry(Kind.FILE, raw, error=exc.problem)
                continue
            for path in files:
                name = raw if Path(raw) == path else str(path)
                if is_warc(name):
                    yield from scan_warc(name, skipped)
                elif path.suffix.lower() != ".gz" or name == raw:
                    yield Entry(Kind.FILE, name)


def _expand_list(name: str, excluded: Callable[[Path], bool], skipped: Counter[str],
                 seen_lists: set[str]) -> Iterator[Entry]:
    """``@list.txt``: one input per line (blank lines and ``#`` comments skipped), relative
    paths taken from the working folder like the command line's; ``@-`` reads stdin."""
    if name in seen_lists:
        yield Entry(Kind.FILE, f"@{name}", error="lists itself (directly or through another list)")
        return
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield Entry(Kind.FILE, f"@{name}", error=f"cannot read the input list ({_one_line(exc)})")
        return
    lines = [line.strip() for line in text.splitlines()]
    yield from _expand([line for line in lines if line and not line.startswith("#")], excluded,
                       skipped, seen_lists | {name})


def scan_warc(path: str, skipped: Counter[str] | None = None) -> Iterator[Entry]:
    """The auditable records of a WARC file, with their offsets. Only headers are parsed here;
    the bodies are read again by the worker that audits them."""
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]

    counts = skipped if skipped is not None else Counter()
    found = 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                if record.format != "warc":  # warcio reads anything else as an old ARC record
                    raise ValueError(f"the record at offset {records.get_record_offset()} is "
                                     f"not a WARC record ({record.format})")
                reason = skip_reason(record)
                if reason:
                    counts[reason] += 1
                    continue
                found += 1
                yield Entry(Kind.WARC, path, offset=records.get_record_offset())
    except Exception as exc:  # a damaged archive still yields the records before the damage
        where = f"after {found} record(s): " if found else ""
        yield Entry(Kind.WARC, path, error=f"not a readable WARC file ({where}{_one_line(exc)})")


def skip_reason(record: Any) -> str | None:
    """Why a WARC record is not audited, or None when it is a page to audit."""
    if record.rec_type != "response":
        return f"{record.rec_type} records"
    if record.http_headers is None:
        return "responses without HTTP headers"
    if not str(record.http_headers.get_statuscode() or "").startswith("2"):
        return "responses with a non-2xx status"
    if media_type(record) not in AUDITED_MEDIA_TYPES:
        return "responses that are not HTML or text"
    return None


def media_type(record: Any) -> str | None:
    """The response's declared media type; Common Crawl's identified payload type when the
    server sent none."""
    declared = record.http_headers.get_header("Content-Type") or \
        record.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
    return str(declared).split(";")[0].strip().lower() or None


def tasks(entries: Iterable[Entry], chunk_size: int = DEFAULT_CHUNK) -> Iterator[Task]:
    """Consecutive entries, ``chunk_size`` to a task: a document takes tens of milliseconds to
    audit, about what the scheduler spends on a task, and a crawl of millions of records must
    not become millions of tasks. A task's WARC records come from one file, opened once."""
    chunk: list[Entry] = []
    for entry in entries:
        if chunk and (len(chunk) >= chunk_size or _warc_file(entry) != _warc_file(chunk[-1])):
            yield Task(tuple(chunk))
            chunk = []
        chunk.append(entry)
    if chunk:
        yield Task(tuple(chunk))


def _warc_file(entry: Entry) -> str | None:
    return entry.source if entry.kind is Kind.WARC and entry.error is None else None


def _one_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__
