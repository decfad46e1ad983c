"""The crawl store: one SQLite file (WAL mode) with every URL met, every page fetched and every
link found, so a crawl can stop at any moment (Ctrl-C, a crash, SIGKILL) and ``--resume``
continue where it was.

Durability rule: a page's result, its links and its facts are written in one transaction, so
after a kill a URL is either done with everything it found, or still queued. Only the crawler's
main thread writes; workers fetch and parse and hand their results over.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seokit.errors import InputError

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS urls (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    depth INTEGER NOT NULL,          -- crawl level it was queued at
    state TEXT NOT NULL,             -- queued | done | skipped | checked
    reason TEXT,                     -- why it was skipped
    origin TEXT,                     -- start | sitemap | folder | link | redirect | check
    in_sitemap INTEGER NOT NULL DEFAULT 0,
    external INTEGER NOT NULL DEFAULT 0,
    status INTEGER,
    final_url TEXT,
    redirects TEXT,                  -- JSON [[url, status, target], ...]
    error TEXT,
    error_kind TEXT,
    stopped TEXT,
    media_type TEXT
);
CREATE INDEX IF NOT EXISTS urls_queue ON urls (state, depth, id);
CREATE TABLE IF NOT EXISTS pages (
    url_id INTEGER PRIMARY KEY REFERENCES urls (id),
    path TEXT,                       -- the file, in an offline crawl of a folder
    format TEXT NOT NULL,
    source BLOB NOT NULL,            -- zlib-compressed page text, to rebuild the report
    facts TEXT NOT NULL              -- JSON: title, description, h1, canonical, hreflang, ...
);
CREATE TABLE IF NOT EXISTS links (
    source_id INTEGER NOT NULL REFERENCES urls (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,              -- a | canonical | hreflang
    target TEXT NOT NULL,
    internal INTEGER NOT NULL,
    text TEXT NOT NULL,
    rel TEXT NOT NULL,
    line INTEGER,
    col INTEGER,
    follow INTEGER NOT NULL,         -- 0 when rel or the page's robots meta says nofollow
    PRIMARY KEY (source_id, position)
);
CREATE INDEX IF NOT EXISTS links_target ON links (target);
"""


@dataclass(frozen=True, slots=True)
class UrlRow:
    id: int
    url: str
    depth: int
    state: str
    reason: str | None
    origin: str | None
    in_sitemap: bool
    external: bool
    status: int | None
    final_url: str | None
    redirects: tuple[tuple[str, int, str], ...]
    error: str | None
    error_kind: str | None
    stopped: str | None
    media_type: str | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    source: str
    position: int
    kind: str
    target: str
    internal: bool
    text: str
    rel: tuple[str, ...]
    line: int | None
    column: int | None
    follow: bool


@dataclass(frozen=True, slots=True)
class PageRow:
    url: str
    path: str | None
    format: str
    facts: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class NewLink:
    """A link as the crawler saves it with its page."""

    kind: str
    target: str
    internal: bool
    text: str
    rel: tuple[str, ...]
    line: int | None
    column: int | None
    follow: bool


class Store:
    """A crawl store. Use as a context manager; it closes the connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None)
        try:
            tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "meta" not in tables:  # someone else's database: leave it alone
                raise sqlite3.DatabaseError("it has tables of its own")
            self._db.execute("PRAGMA journal_mode=WAL")
            # WAL + NORMAL: a commit survives the process being killed (not a power cut)
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            version = self.get_meta("schema_version")
            if version is None:
                self.set_meta("schema_version", SCHEMA_VERSION)
            elif version != SCHEMA_VERSION:
                raise InputError(str(path), f"crawl store version {version} is not {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise InputError(str(path), f"not a seokit crawl store ({exc})") from None

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta ---------------------------------------------------------------------------------
    def get_meta(self, key: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         (key, json.dumps(value, sort_keys=True)))

    # -- urls ---------------------------------------------------------------------------------
    def transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def known(self, url: str) -> UrlRow | None:
        row = self._db.execute(f"SELECT {_URL_COLUMNS} FROM urls WHERE url = ?", (url,)).fetchone()
        return None if row is None else _url_row(row)

    def add_url(self, url: str, depth: int, *, state: str = "queued", origin: str | None = None,
                reason: str | None = None, in_sitemap: bool = False, external: bool = False) -> int:
        cursor = self._db.execute(
            "INSERT INTO urls (url, depth, state, origin, reason, in_sitemap, external) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (url, depth, state, origin, reason, int(in_sitemap), int(external)))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def requeue(self, url: str, depth: int) -> None:
        """A URL skipped for a reason that no longer holds (found again by a followed link)."""
        self._db.execute("UPDATE urls SET state = 'queued', reason = NULL, depth = ? WHERE url = ?",
                         (depth, url))

    def mark_in_sitemap(self, url: str) -> None:
        self._db.execute("UPDATE urls SET in_sitemap = 1 WHERE url = ?", (url,))

    def record_result(self, url: str, *, state: str, status: int | None, final_url: str | None,
                      redirects: Iterable[tuple[str, int, str]], error: str | None,
                      error_kind: str | None, stopped: str | None, media_type: str | None,
                      reason: str | None = None) -> None:
        self._db.execute(
            "UPDATE urls SET state = ?, status = ?, final_url = ?, redirects = ?, error = ?, "
            "error_kind = ?, stopped = ?, media_type = ?, reason = ? WHERE url = ?",
            (state, status, final_url, json.dumps([list(h) for h in redirects]), error, error_kind,
             stopped, media_type, reason, url))

    def save_page(self, url: str, *, path: str | None, format: str, source: str,
                  facts: Mapping[str, Any], links: Iterable[NewLink]) -> None:
        url_id = self._id(url)
        self._db.execute(
            "INSERT OR REPLACE INTO pages (url_id, path, format, source, facts) VALUES (?, ?, ?, ?, ?)",
            (url_id, path, format, zlib.compress(source.encode("utf-8"), 6),
             json.dumps(facts, sort_keys=True, ensure_ascii=False)))
        self._db.execute("DELETE FROM links WHERE source_id = ?", (url_id,))
        self._db.executemany(
            "INSERT INTO links (source_id, position, kind, target, internal, text, rel, line, col, "
            "follow) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(url_id, i, link.kind, link.target, int(link.internal), link.text, " ".join(link.rel),
              link.line, link.column, int(link.follow)) for i, link in enumerate(links)])

    def _id(self, url: str) -> int:
        row = self._db.execute("SELECT id FROM urls WHERE url = ?", (url,)).fetchone()
        if row is None:
            raise KeyError(url)
        return int(row[0])

    def queued(self, depth: int | None = None) -> list[UrlRow]:
        """Queued URLs in crawl order (level, then the order they were found)."""
        where, args = ("state = 'queued'", ()) if depth is None else \
            ("state = 'queued' AND depth = ?", (depth,))
        rows = self._db.execute(f"SELECT {_URL_COLUMNS} FROM urls WHERE {where} ORDER BY depth, id",
                                args).fetchall()
        return [_url_row(r) for r in rows]

    def lowest_queued_depth(self) -> int | None:
        row = self._db.execute("SELECT MIN(depth) FROM urls WHERE state = 'queued'").fetchone()
        return None if row[0] is None else int(row[0])

    def count(self, where: str = "1", args: tuple[Any, ...] = ()) -> int:
        return int(self._db.execute(f"SELECT COUNT(*) FROM urls WHERE {where}", args).fetchone()[0])

    def urls(self) -> Iterator[UrlRow]:
        for row in self._db.execute(f"SELECT {_URL_COLUMNS} FROM urls ORDER BY id"):
            yield _url_row(row)

    def page_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0])

    def pages(self) -> Iterator[PageRow]:
        query = ("SELECT u.url, p.path, p.format, p.facts FROM pages p JOIN urls u ON u.id = p.url_id "
                 "ORDER BY u.url")
        for url, path, fmt, facts in self._db.execute(query):
            yield PageRow(url, path, fmt, json.loads(facts))

    def page_source(self, url: str) -> tuple[str, str] | None:
        """The stored page's format and text."""
        row = self._db.execute("SELECT p.format, p.source FROM pages p JOIN urls u ON u.id = p.url_id "
                               "WHERE u.url = ?", (url,)).fetchone()
        return None if row is None else (row[0], zlib.decompress(row[1]).decode("utf-8"))

    def links(self, depth: int | None = None) -> Iterator[LinkRow]:
        """Every stored link in page order; with ``depth``, only those of pages queued at that
        crawl level (what expanding the level to the next one reads)."""
        query = ("SELECT u.url, l.position, l.kind, l.target, l.internal, l.text, l.rel, l.line, l.col, "
                 "l.follow "
                 "FROM links l JOIN urls u ON u.id = l.source_id")
        args: tuple[Any, ...] = ()
        if depth is not None:
            query += " WHERE u.depth = ?"
            args = (depth,)
        for url, pos, kind, target, internal, text, rel, line, col, follow in self._db.execute(
                query + " ORDER BY u.id, l.position", args):
            yield LinkRow(url, pos, kind, target, bool(internal), text,
                          tuple(rel.split()) if rel else (), line, col, bool(follow))


class _Transaction:
    """``with store.transaction():`` — all or nothing, even if the process is killed."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._db.execute("ROLLBACK" if exc_type is not None else "COMMIT")


_URL_COLUMNS = ("id, url, depth, state, reason, origin, in_sitemap, external, status, final_url, "
                "redirects, error, error_kind, stopped, media_type")


def _url_row(row: tuple[Any, ...]) -> UrlRow:
    redirects = tuple((str(u), int(s), str(t)) for u, s, t in json.loads(row[10])) if row[10] else ()
    return UrlRow(int(row[0]), row[1], int(row[2]), row[3], row[4], row[5], bool(row[6]),
                  bool(row[7]), row[8], row[9], redirects, row[11], row[12], row[13], row[14])
