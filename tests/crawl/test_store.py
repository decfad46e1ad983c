"""The SQLite store: WAL mode, all-or-nothing saves, and what a resumed crawl reads back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from seokit.crawl.store import NewLink, Store
from seokit.errors import InputError


def test_a_page_its_links_and_its_result_are_saved_together_or_not_at_all(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        store.add_url("https://e.com/", 0, origin="start")
        store.add_url("https://e.com/a", 1, origin="link")
        with pytest.raises(RuntimeError), store.transaction():
            store.record_result("https://e.com/", state="done", status=200, final_url="https://e.com/",
                                redirects=(), error=None, error_kind=None, stopped=None,
                                media_type="text/html")
            store.save_page("https://e.com/", path=None, format="html", source="<p>hi</p>",
                            facts={"title": "Hi"}, links=[NewLink("a", "https://e.com/a", True, "a", (),
                                                                  1, 4, True)])
            raise RuntimeError("killed half-way")
        assert store.page_count() == 0 and [r.state for r in store.queued()] == ["queued", "queued"]
        with store.transaction():
            store.record_result("https://e.com/", state="done", status=200, final_url="https://e.com/",
                                redirects=[("https://e.com/x", 301, "https://e.com/")], error=None,
                                error_kind=None, stopped=None, media_type="text/html")
            store.save_page("https://e.com/", path=None, format="html", source="<p>한국어</p>",
                            facts={"title": "Hi"}, links=[NewLink("a", "https://e.com/a", True, "a",
                                                                  ("nofollow",), 1, 4, False)])
    with Store(db) as store:  # a new process reading the same file
        assert [r.url for r in store.queued()] == ["https://e.com/a"]
        assert store.page_source("https://e.com/") == ("html", "<p>한국어</p>")
        [link] = list(store.links(depth=0))
        assert (link.target, link.rel, link.follow, link.line) == ("https://e.com/a", ("nofollow",), False, 1)
        assert store.known("https://e.com/") is not None
        assert store.known("https://e.com/").redirects == (("https://e.com/x", 301, "https://e.com/"),)  # type: ignore[union-attr]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_file_that_is_not_a_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("my notes", encoding="utf-8")
    with pytest.raises(InputError, match="not a seokit crawl store"):
        Store(path)
    assert path.read_text(encoding="utf-8") == "my notes"
