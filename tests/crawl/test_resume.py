"""An interrupted crawl resumes with every page stored exactly once and nothing fetched again:
after SIGKILL (no chance to clean up) and after Ctrl-C (SIGINT, a clean stop)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.crawl.server import Route, Site, page, serve
from tests.crawl.sites import html, prose

PAGES = 80


def tree_site() -> Site:
    """Page i links to pages 2i+1 and 2i+2: 80 pages, seven levels."""
    routes: dict[str, Route] = {"/robots.txt": Route(200, b"User-agent: *\nAllow: /\n",
                                                     {"Content-Type": "text/plain"})}
    for i in range(PAGES):
        links = "".join(f'<a href="/p{j}.html">Page {j}</a> ' for j in (2 * i + 1, 2 * i + 2) if j < PAGES)
        routes["/" if i == 0 else f"/p{i}.html"] = page(html(f"Page {i}", prose(i) + f"<p>{links}</p>"))
    return Site(routes)


@pytest.fixture
def tree() -> Iterator[tuple[Site, str]]:
    site = tree_site()
    with serve(site) as base:
        yield site, base


def _command(base: str, db: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "seokit", "crawl", base + "/", "--db", str(db), "--format", "json",
            "--output", str(out), "--no-progress", "--concurrency", "2", "--delay", "0.03",
            "--allow-private", *extra]


def _stored(db: Path) -> set[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            rows = conn.execute("SELECT u.url FROM pages p JOIN urls u ON u.id = p.url_id").fetchall()
        except sqlite3.OperationalError:  # not created yet
            return set()
    conn.close()
    return {r[0] for r in rows}


def _wait_for(db: Path, pages: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists() and len(_stored(db)) >= pages:
            return
        time.sleep(0.02)
    raise AssertionError(f"the crawl did not store {pages} pages in time")


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_crawl_resumes_with_every_page_once(tree: tuple[Site, str], tmp_path: Path,
                                                         sig: signal.Signals) -> None:
    site, base = tree
    db, out = tmp_path / "crawl.sqlite", tmp_path / "report.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(_command(base, db, out), cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for(db, 20, process)
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    if sig is signal.SIGINT:
        assert process.returncode == 130, stderr
        assert b"--resume" in stderr and not out.exists()
    before = _stored(db)
    assert 20 <= len(before) < PAGES
    gets_before = Counter(site.requests("GET"))

    resumed = subprocess.run(_command(base, db, out, "--resume"), cwd=tmp_path, env=env,
                             capture_output=True, timeout=120, check=False)
    assert resumed.returncode in (0, 1), resumed.stderr.decode()
    with sqlite3.connect(db) as conn:
        count, distinct = conn.execute("SELECT COUNT(*), COUNT(DISTINCT url_id) FROM pages").fetchone()
    conn.close()
    assert count == distinct == PAGES  # every page, exactly once
    gets = Counter(site.requests("GET"))
    again = {p for p in (_path(u) for u in before) if gets[p] != gets_before[p]}
    assert not again, f"fetched again after the resume: {sorted(again)}"
    assert all(n <= 2 for p, n in gets.items() if p != "/robots.txt")  # at most the in-flight ones twice

    # the resumed crawl reports exactly what an uninterrupted one does
    fresh_db, fresh_out = tmp_path / "fresh.sqlite", tmp_path / "fresh.json"
    fresh = subprocess.run(_command(base, fresh_db, fresh_out), cwd=tmp_path, env=env,
                           capture_output=True, timeout=120, check=False)
    assert fresh.returncode in (0, 1), fresh.stderr.decode()
    assert out.read_text(encoding="utf-8") == fresh_out.read_text(encoding="utf-8")


def test_resume_needs_a_store_and_a_new_crawl_replaces_the_old_one(tree: tuple[Site, str],
                                                                   tmp_path: Path) -> None:
    _, base = tree
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    db, out = tmp_path / "c.sqlite", tmp_path / "r.json"
    missing = subprocess.run(_command(base, db, out, "--resume"), cwd=tmp_path, env=env,
                             capture_output=True, timeout=60, check=False)
    assert missing.returncode == 2 and b"no crawl store to resume" in missing.stderr
    db.write_text("not a database, do not delete me", encoding="utf-8")
    refused = subprocess.run(_command(base, db, out), cwd=tmp_path, env=env, capture_output=True,
                             timeout=60, check=False)
    assert refused.returncode == 2 and b"not a seokit crawl store" in refused.stderr
    assert db.read_text(encoding="utf-8").startswith("not a database")
