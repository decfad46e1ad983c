"""Crawl + audit throughput on loopback, peak memory, and a store holding 100,000 URLs.

    .venv/bin/python benchmarks/crawl_throughput.py [--pages 1000] [--store-urls 100000]

1. Generates a site of ``--pages`` articles (prose, a nav, ten links each, a sitemap), serves it
   with ``python -m http.server`` in its own process on 127.0.0.1, and crawls it with seokit
   (robots.txt, sitemap, every page parsed and audited, SQLite store), then builds the report.
2. Crawls the same files offline as a folder (no HTTP).
3. Fills a store with ``--store-urls`` fetched pages and ten links each, then times what a
   resumed crawl and the report do with it: loading the frontier and the site analyses
   (click depth, link score, duplicates) over the whole graph.

Prints one JSON object; the last results and what they mean are in benchmarks/crawl-results.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from installed import byte_compile  # noqa: E402

from seokit.crawl.analyses import facts_from_store  # noqa: E402
from seokit.crawl.crawler import Crawler  # noqa: E402
from seokit.crawl.report import build_report, run_site_rules  # noqa: E402
from seokit.crawl.settings import CrawlSettings  # noqa: E402
from seokit.crawl.store import NewLink, Store  # noqa: E402
from seokit.rules.site import all_site_rules  # noqa: E402

WORDS = ("massage therapy muscle tension chronic pain relief posture stretching circulation sleep "
         "recovery clinic therapist session shoulder back neck relaxation stress injury treatment "
         "gentle pressure body health exercise strength mobility comfort care routine").split()


def generate(folder: Path, pages: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(pages):
        sentences = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "."
                     for _ in range(rng.randint(15, 40))]
        links = " ".join(f'<a href="/a/{j}.html">{rng.choice(WORDS)} {j}</a>'
                         for j in sorted({(i * 7 + k * 131) % pages for k in range(1, 11)}))
        body = (f'<!doctype html><html lang="en"><head><title>Article {i}: {rng.choice(WORDS)}</title>'
                f'<meta name="description" content="About {rng.choice(WORDS)} {i}."></head><body>'
                f'<nav><a href="/">Home</a></nav><main><h1>Article {i}</h1><p>{" ".join(sentences)}</p>'
                f"<p>{links}</p></main></body></html>")
        path = folder / "a" / f"{i}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    index = " ".join(f'<a href="/a/{i}.html">Article {i}</a>' for i in range(0, pages, 50))
    (folder / "index.html").write_text(f"<html><head><title>Home</title></head><body><p>{index}</p>"
                                       "</body></html>", encoding="utf-8")
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def crawl(settings: CrawlSettings, db: Path) -> dict[str, float]:
    started = time.perf_counter()
    with Store(db) as store:
        outcome = Crawler(settings, store).run()
        crawled = time.perf_counter() - started
        report = build_report(store, settings, outcome.reports)
    total = time.perf_counter() - started
    return {"pages": outcome.pages, "requests": outcome.requests, "crawl_seconds": round(crawled, 2),
            "pages_per_second": round(outcome.pages / crawled, 1),
            "report_seconds": round(total - crawled, 2), "documents": len(report.documents),
            "site_findings": len((report.site or {}).get("findings", [])),
            "db_mb": round(db.stat().st_size / 1e6, 1)}


def big_store(db: Path, urls: int) -> dict[str, float]:
    rng = random.Random(3)
    started = time.perf_counter()
    with Store(db) as store:
        with store.transaction():
            for i in range(urls):
                store.add_url(f"https://big.example/p/{i}", min(i, 12), state="done", origin="link")
            store.set_meta("root", "https://big.example/p/0")
            store.set_meta("hosts", ["big.example"])
        with store.transaction():
            for i in range(urls):
                facts = {"title": f"Page {i}", "description": None, "h1": [f"Page {i % 5000}"],
                         "canonical": None, "noindex": False, "hreflang": [], "words": 300,
                         "content_hash": f"{i:040x}", "simhash": rng.getrandbits(64),
                         "main_term": None, "injected": [], "score": 80}
                links = [NewLink("a", f"https://big.example/p/{(i * 13 + k * 7919) % urls}", True, "x", (),
                                 1, 1, True) for k in range(10)]
                store.save_page(f"https://big.example/p/{i}", path=None, format="html",
                                source="<p>x</p>", facts=facts, links=links)
                store.record_result(f"https://big.example/p/{i}", state="done", status=200,
                                    final_url=None, redirects=(), error=None, error_kind=None,
                                    stopped=None, media_type="text/html")
        filled = time.perf_counter() - started
        t = time.perf_counter()
        Crawler(CrawlSettings("https://big.example/p/0"), store)  # what --resume loads first
        resume_load = time.perf_counter() - t
        t = time.perf_counter()
        facts = facts_from_store(store)
        analyses = time.perf_counter() - t
        t = time.perf_counter()
        findings, _ = run_site_rules(facts, all_site_rules().values())
        rules = time.perf_counter() - t
    return {"urls": urls, "links": urls * 10, "fill_seconds": round(filled, 1),
            "resume_load_seconds": round(resume_load, 2), "analyses_seconds": round(analyses, 1),
            "site_rules_seconds": round(rules, 1), "findings": len(findings),
            "db_mb": round(db.stat().st_size / 1e6, 1)}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # Linux: KiB


def main() -> None:
    byte_compile()  # as pip installs it (benchmarks/installed.py)
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--store-urls", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--audit-jobs", type=int, default=0, help="audit processes (0: per core)")
    parser.add_argument("--store-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store_only:  # in its own process, so the peak memory is the store's alone
        with tempfile.TemporaryDirectory() as tmp:
            store = big_store(Path(tmp) / "big.sqlite", args.store_urls)
        print(json.dumps({**store, "peak_rss_mb": peak_rss_mb()}))
        return
    results: dict[str, object] = {"python": sys.version.split()[0], "audit_jobs": args.audit_jobs}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        generate(site, args.pages)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                                   "--directory", str(site)], stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        try:
            time.sleep(1.0)
            settings = CrawlSettings(f"http://127.0.0.1:{port}/", max_pages=args.pages + 10,
                                     max_per_pattern=args.pages + 10, concurrency=args.concurrency,
                                     per_host=args.concurrency, audit_jobs=args.audit_jobs,
                                     allow_private=True)  # loopback
            results["http"] = crawl(settings, Path(tmp) / "http.sqlite")
        finally:
            server.terminate()
            server.wait()
        results["folder"] = crawl(CrawlSettings(str(site), max_pages=args.pages + 10,
                                                max_per_pattern=args.pages + 10,
                                                audit_jobs=args.audit_jobs), Path(tmp) / "f.sqlite")
        results["peak_rss_mb_after_crawls"] = peak_rss_mb()
    out = subprocess.run([sys.executable, __file__, "--store-only", "--store-urls",
                          str(args.store_urls)], capture_output=True, text=True, check=True).stdout
    results["store"] = json.loads(out)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
