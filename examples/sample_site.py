"""Audit the bundled sample site (examples/site/) as a folder, for the site report examples.

Each HTML file is parsed as if it were served from https://harbor-wellness.example/ and
audited with ``seokit.audit``; the site section of the report (click depth from the home page,
inlinks, orphans, broken links) is worked out here from the links between the files. This
stands in for ``seokit crawl``, which audits real sites: the folder needs no server and the
example stays offline.
"""

from __future__ import annotations

import dataclasses
import posixpath
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

import seokit

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
BASE = "https://harbor-wellness.example/"
START = "index.html"


def audit_site(folder: Path = SITE, base: str = BASE, start: str = START) -> seokit.Report:
    files = sorted(folder.rglob("*.html"))
    urls = {urljoin(base, path.relative_to(folder).as_posix()): path for path in files}
    reports = []
    for url, path in urls.items():
        document = seokit.parse(path, url=url)
        # reports name the file relative to the repository, as CI annotations need
        relative = posixpath.join("examples", folder.name, path.relative_to(folder).as_posix())
        reports.extend(seokit.audit(dataclasses.replace(document, path=relative)).documents)
    return seokit.Report(tuple(reports), site=site_section(reports, base, urljoin(base, start)))


def site_section(reports: list[seokit.DocumentReport], base: str, start: str) -> dict[str, Any]:
    pages = {r.document.url: r for r in reports if r.document.url}
    links: dict[str, set[str]] = {url: set() for url in pages}
    broken = []
    for url, report in pages.items():
        for link in report.document.links:
            target = urldefrag(link.url or "")[0]
            if not target.startswith(base) or target == url:
                continue  # external, mail, phone, or a link to itself
            if target in pages:
                links[url].add(target)
            else:
                broken.append({"source": url, "target": target, "status": 404, "error": None})
    inlinks = {url: sum(url in targets for targets in links.values()) for url in pages}
    depth = _depths(links, start)
    rank = _pagerank(links)
    rows = []
    for url, report in sorted(pages.items()):
        structure = report.metrics["structure"].to_json(report.document)
        rows.append({"url": url, "status": 200, "depth": depth.get(url), "inlinks": inlinks[url],
                     "outlinks": len(links[url]), "link_score": rank[url],
                     "title": structure.get("title"), "canonical": structure.get("canonical"),
                     "indexable": not structure.get("noindex")})
    scores = [r.scores.get("overall") for r in reports]
    present = [s for s in scores if s is not None]
    return {
        "root": base,
        "pages": rows,
        "broken_links": sorted(broken, key=lambda b: (b["target"], b["source"])),
        "redirects": [],
        "orphans": sorted(url for url in pages if url != start and inlinks[url] == 0),
        "duplicates": [],
        "findings": [],
        "scores": {"overall": round(sum(present) / len(present)) if present else None},
    }


def _depths(links: dict[str, set[str]], start: str) -> dict[str, int]:
    """Clicks from the start page (breadth-first); pages it cannot reach have none."""
    depth = {start: 0}
    queue = deque([start])
    while queue:
        url = queue.popleft()
        for target in sorted(links.get(url, ())):
            if target not in depth:
                depth[target] = depth[url] + 1
                queue.append(target)
    return depth


def _pagerank(links: dict[str, set[str]], damping: float = 0.85, rounds: int = 50) -> dict[str, float]:
    """Plain PageRank over the internal links (a page without links shares its rank evenly),
    scaled so the best-linked page scores 100, as the crawler reports it."""
    n = len(links)
    rank = dict.fromkeys(links, 1.0 / n)
    for _ in range(rounds):
        dangling = sum(rank[u] for u, targets in links.items() if not targets)
        new = dict.fromkeys(links, (1 - damping) / n + damping * dangling / n)
        for url, targets in links.items():
            for target in targets:
                new[target] += damping * rank[url] / len(targets)
        rank = new
    best = max(rank.values())
    return {url: round(100 * value / best, 2) for url, value in rank.items()}
