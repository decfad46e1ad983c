"""Site analyses over a crawl: the link graph (click depth, inlinks, outlinks, PageRank-style
link score), orphans, broken links with their source pages, redirect chains and duplicates;
and the ``site`` section of the report in the shape DESIGN.md fixes.

Everything is sorted, and floats are rounded by the report, so the same store always gives the
same bytes.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from seokit.crawl.model import Page, SiteFacts, SiteLink, Target
from seokit.crawl.store import Store

DAMPING = 0.85
SIMHASH_BITS = 3     # fingerprints at most this many bits apart are near-duplicates


def facts_from_store(store: Store) -> SiteFacts:
    root = str(store.get_meta("root"))
    targets = {row.url: Target(row.url, row.state, row.status, row.final_url, row.redirects,
                               row.error, row.error_kind, row.reason, row.external, row.stopped)
               for row in store.urls()}
    targets = {url: target.joined(targets) for url, target in targets.items()}
    origins = {row.url: (row.origin, row.in_sitemap) for row in store.urls()}
    links = tuple(SiteLink(r.source, r.position, r.kind, r.target, r.internal, r.text, r.rel,
                           r.line, r.column, r.follow) for r in store.links())
    pages = []
    for row in store.pages():
        f = row.facts
        origin, in_sitemap = origins.get(row.url, (None, False))
        status = targets[row.url].status if row.url in targets else None
        pages.append(Page(
            url=row.url, status=status, title=f.get("title"), description=f.get("description"),
            h1=tuple(f.get("h1") or ()), canonical=f.get("canonical"),
            canonical_raw=f.get("canonical_raw"), noindex=bool(f.get("noindex")),
            hreflang=tuple((str(a), str(b)) for a, b in f.get("hreflang") or ()),
            content_hash=f.get("content_hash"), simhash=f.get("simhash"),
            words=int(f.get("words") or 0), main_term=f.get("main_term"),
            injected=tuple(f.get("injected") or ()), in_sitemap=in_sitemap, origin=origin,
            path=row.path, score=f.get("score")))
    hosts = frozenset(store.get_meta("hosts") or ())
    seeded = any(o in ("sitemap", "folder") or s for o, s in origins.values())
    checked = any(t.state == "checked" for t in targets.values())
    return measure(SiteFacts(root, hosts, tuple(pages), links, targets, checked, seeded))


def measure(facts: SiteFacts) -> SiteFacts:
    """The facts with every page's click depth, inlinks, outlinks, link score and indexability."""
    urls = [p.url for p in facts.pages]
    known = set(urls)
    edges: dict[str, set[str]] = defaultdict(set)      # every clickable internal link
    followed: dict[str, set[str]] = defaultdict(set)   # the ones that pass link value
    inlinks: dict[str, set[str]] = defaultdict(set)
    outlinks: dict[str, set[str]] = defaultdict(set)
    for link in facts.links:
        if link.kind != "a":
            continue
        target = facts.resolve(link.target) if link.internal else link.target
        if target == link.source:
            continue
        outlinks[link.source].add(link.target)
        if link.internal:
            inlinks[target].add(link.source)
            if target in known:
                edges[link.source].add(target)
                if link.follow:
                    followed[link.source].add(target)
    depth = click_depths(facts.resolve(facts.root), edges)
    scores = link_scores(urls, followed)
    pages = []
    for page in facts.pages:
        canonical_elsewhere = page.canonical is not None and page.canonical != page.url
        pages.append(dataclasses.replace(
            page, depth=depth.get(page.url), inlinks=len(inlinks[page.url]),
            outlinks=len(outlinks[page.url]), link_score=scores.get(page.url, 0.0),
            indexable=page.status == 200 and not page.noindex and not canonical_elsewhere))
    return SiteFacts(facts.root, facts.hosts, tuple(sorted(pages, key=lambda p: p.url)), facts.links,
                     facts.targets, facts.external_checked, facts.seeded_files)


def click_depths(root: str, edges: Mapping[str, Iterable[str]]) -> dict[str, int]:
    """Fewest clicks from the root to each page (breadth-first search)."""
    depth = {root: 0}
    queue = deque([root])
    while queue:
        url = queue.popleft()
        for target in sorted(edges.get(url, ())):
            if target not in depth:
                depth[target] = depth[url] + 1
                queue.append(target)
    return depth


def link_scores(urls: Sequence[str], edges: Mapping[str, Iterable[str]],
                iterations: int = 100, tolerance: float = 1e-10) -> dict[str, float]:
    """PageRank (damping 0.85; pages without outgoing links share their rank with all pages),
    scaled so the best-linked page scores 100. networkx computes the same, but needs SciPy for
    it; this power iteration over sorted nodes is exact enough and deterministic."""
    n = len(urls)
    if n == 0:
        return {}
    index = {url: i for i, url in enumerate(sorted(urls))}
    out = [sorted(index[t] for t in set(edges.get(url, ())) if t in index) for url in sorted(urls)]
    rank = [1.0 / n] * n
    for _ in range(iterations):
        dangling = sum(rank[i] for i in range(n) if not out[i])
        new = [(1.0 - DAMPING) / n + DAMPING * dangling / n] * n
        for i, targets in enumerate(out):
            if targets:
                share = DAMPING * rank[i] / len(targets)
                for j in targets:
                    new[j] += share
        delta = sum(abs(a - b) for a, b in zip(new, rank, strict=True))
        rank = new
        if delta < tolerance:
            break
    best = max(rank)
    return {url: round(100.0 * rank[i] / best, 2) for url, i in index.items()}


def orphans(facts: SiteFacts) -> list[str]:
    """Pages the sitemaps or the folder list that no other crawled page links to."""
    root = facts.resolve(facts.root)
    return sorted(p.url for p in facts.pages
                  if (p.in_sitemap or p.origin in ("sitemap", "folder")) and p.inlinks == 0
                  and p.url != root and p.status == 200)


def broken_links(facts: SiteFacts) -> list[dict[str, Any]]:
    out = []
    for link in facts.links:
        if link.kind != "a":
            continue
        target = facts.targets.get(link.target)
        if target is None or not target.broken:
            continue
        out.append({"source": link.source, "target": link.target, "status": target.status,
                    "error": target.error, "text": link.text, "line": link.line,
                    "column": link.column, "internal": link.internal})
    return sorted(out, key=lambda b: (b["target"], b["source"], b["line"] or 0, b["column"] or 0))


def redirects(facts: SiteFacts) -> list[dict[str, Any]]:
    out = []
    for url in sorted(facts.targets):
        target = facts.targets[url]
        if not target.redirects:
            continue
        out.append({"source": url, "chain": list(target.chain), "final": target.chain[-1],
                    "statuses": list(target.statuses), "permanent": target.permanent,
                    "to_http": target.to_http, "error": target.error})
    return out


def duplicates(facts: SiteFacts) -> list[dict[str, Any]]:
    """Indexable pages that share a title, description, first H1 or main text, and groups of
    near-duplicate texts (SimHash fingerprints at most 3 bits apart)."""
    pages = [p for p in facts.pages if p.indexable]
    groups: list[dict[str, Any]] = []
    keys: Mapping[str, Any] = {
        "title": lambda p: p.title, "description": lambda p: p.description,
        "h1": lambda p: p.h1[0] if p.h1 else None, "content": lambda p: p.content_hash,
    }
    for kind, key in keys.items():
        by_value: dict[str, list[Page]] = defaultdict(list)
        for page in pages:
            value = key(page)
            if value:
                by_value[value.casefold() if kind != "content" else value].append(page)
        for members in by_value.values():
            if len(members) > 1:
                value = key(members[0])
                groups.append({"kind": kind, "value": value, "pages": sorted(p.url for p in members)})
    groups += near_duplicates(pages)
    return sorted(groups, key=lambda g: (g["kind"], g["pages"]))


def near_duplicates(pages: Sequence[Page]) -> list[dict[str, Any]]:
    """Clusters of pages whose fingerprints differ in at most ``SIMHASH_BITS`` bits and whose
    texts are not identical. Candidates come from four 16-bit bands: two fingerprints that
    differ in 3 bits or fewer agree exactly on at least one band."""
    prints = [(p.url, int(p.simhash), p.content_hash) for p in pages if p.simhash is not None]
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (_, value, _) in enumerate(prints):
        for band in range(4):
            buckets[(band, value >> (16 * band) & 0xFFFF)].append(i)
    parent = list(range(len(prints)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in buckets.values():
        for a_pos, a in enumerate(members):
            for b in members[a_pos + 1:]:
                close = bin(prints[a][1] ^ prints[b][1]).count("1") <= SIMHASH_BITS
                if close and prints[a][2] != prints[b][2]:
                    parent[find(a)] = find(b)
    clusters: dict[int, list[str]] = defaultdict(list)
    for i in range(len(prints)):
        clusters[find(i)].append(prints[i][0])
    return [{"kind": "near-content", "value": min(urls), "pages": sorted(urls)}
            for urls in clusters.values() if len(urls) > 1]


def site_section(facts: SiteFacts, findings: Sequence[Mapping[str, Any]],
                 extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The report's ``site`` object."""
    page_rows = []
    pages = {p.url: p for p in facts.pages}
    for url in sorted(facts.targets):
        target = facts.targets[url]
        if target.external or target.state != "done":
            continue
        page = pages.get(url)
        page_rows.append({
            "url": url, "status": target.statuses[0] if target.redirects else target.status,
            "depth": page.depth if page else None,
            "inlinks": page.inlinks if page else _inlinks(facts, url),
            "outlinks": page.outlinks if page else 0,
            "link_score": page.link_score if page else None,
            "title": page.title if page else None,
            "canonical": page.canonical if page else None,
            "indexable": page.indexable if page else False,
            "in_sitemap": page.in_sitemap if page else False,
            "final": target.final_url if target.final_url not in (None, url) else None,
            "error": target.error,
        })
    out: dict[str, Any] = {
        "root": facts.root, "pages": page_rows, "broken_links": broken_links(facts),
        "redirects": redirects(facts), "orphans": orphans(facts), "duplicates": duplicates(facts),
        "findings": list(findings), "scores": {},
    }
    if extra:
        out.update(extra)
    return out


def _inlinks(facts: SiteFacts, url: str) -> int:
    return len({link.source for link in facts.links
                if link.kind == "a" and link.target == url and link.source != url})
