"""What the HTML report shows for a site (``Report.site``): the pages table in every sort order,
the filters, the click-depth chart, orphans, broken links, redirects and duplicates.

The report has no JavaScript, so "sortable" means the table is rendered once per sort order and
CSS shows the one whose radio button is checked; "filterable" means rows carry classes that
the checked filter hides. Both work in any browser with scripts disabled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from seokit.report import charts
from seokit.report.common import severity_counts

DEEP = 4  # pages this many clicks from the start or more are hard to find


@dataclass(frozen=True, slots=True)
class PageRow:
    url: str
    status: str
    depth: int | None
    inlinks: int
    outlinks: int
    link_score: float | None
    title: str
    indexable: bool | None
    css: str  # filter classes
    doc_id: str | None
    overall: int | None
    overall_css: str


@dataclass(frozen=True, slots=True)
class SortOrder:
    key: str
    label: str
    rows: tuple[PageRow, ...]


@dataclass(frozen=True, slots=True)
class Filter:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class SiteView:
    root: str
    pages: int
    scores: Mapping[str, Any]
    sorts: tuple[SortOrder, ...]
    filters: tuple[Filter, ...]
    depth_chart: charts.ColumnChart
    orphans: tuple[str, ...]
    broken: tuple[Mapping[str, Any], ...]
    redirects: tuple[Mapping[str, Any], ...]
    duplicates: tuple[Mapping[str, Any], ...]
    findings: tuple[Mapping[str, Any], ...]
    counts: Mapping[str, int]


def site_view(site: Mapping[str, Any], documents: Mapping[str, tuple[str, int | None]]) -> SiteView:
    """``documents`` maps a page URL (or source name) to its section id and overall score."""
    orphans = tuple(sorted(str(u) for u in site.get("orphans") or []))
    broken_sources = {str(b.get("source")) for b in site.get("broken_links") or []}
    rows = [_row(p, documents, set(orphans), broken_sources) for p in site.get("pages") or []]
    sorts = (
        SortOrder("url", "URL", _sorted(rows, lambda r: (r.url,))),
        SortOrder("depth", "Click depth", _sorted(rows, lambda r: (_missing_last(r.depth), r.url))),
        SortOrder("inlinks", "Most linked", _sorted(rows, lambda r: (-r.inlinks, r.url))),
        SortOrder("score", "Link score", _sorted(
            rows, lambda r: (-(r.link_score if r.link_score is not None else -1.0), r.url))),
        SortOrder("overall", "Lowest audit score", _sorted(
            rows, lambda r: (_missing_last(r.overall), r.url))),
    )
    filters = (
        Filter("all", "All pages", len(rows)),
        Filter("ok", "Status 200", sum("ok" in r.css.split() for r in rows)),
        Filter("failed", "Not 200", sum("failed" in r.css.split() for r in rows)),
        Filter("brokenlinks", "Has broken links", sum("brokenlinks" in r.css.split() for r in rows)),
        Filter("orphan", "Orphans", sum("orphan" in r.css.split() for r in rows)),
        Filter("noindex", "Not indexable", sum("noindex" in r.css.split() for r in rows)),
        Filter("deep", f"{DEEP}+ clicks deep", sum("deep" in r.css.split() for r in rows)),
    )
    findings = tuple(dict(f) for f in site.get("findings") or [])
    return SiteView(
        root=str(site.get("root") or ""),
        pages=len(rows),
        scores=dict(site.get("scores") or {}),
        sorts=sorts,
        filters=filters,
        depth_chart=_depth_chart(rows),
        orphans=orphans,
        broken=tuple(sorted((dict(b) for b in site.get("broken_links") or []),
                            key=lambda b: (str(b.get("target")), str(b.get("source"))))),
        redirects=tuple(dict(r) for r in site.get("redirects") or []),
        duplicates=tuple(dict(d) for d in site.get("duplicates") or []),
        findings=findings,
        counts=severity_counts(findings),
    )


def _row(page: Mapping[str, Any], documents: Mapping[str, tuple[str, int | None]],
         orphans: set[str], broken_sources: set[str]) -> PageRow:
    url = str(page.get("url") or "")
    status = page.get("status")
    depth = page.get("depth")
    indexable = page.get("indexable")
    classes = ["ok" if status == 200 else "failed"]
    if url in orphans:
        classes.append("orphan")
    if url in broken_sources:
        classes.append("brokenlinks")
    if indexable is False:
        classes.append("noindex")
    if isinstance(depth, int) and depth >= DEEP:
        classes.append("deep")
    doc_id, overall = documents.get(url, (None, None))
    score = page.get("link_score")
    return PageRow(url, "" if status is None else str(status), depth if isinstance(depth, int) else None,
                   int(page.get("inlinks") or 0), int(page.get("outlinks") or 0),
                   float(score) if isinstance(score, (int, float)) else None,
                   str(page.get("title") or ""), indexable if isinstance(indexable, bool) else None,
                   " ".join(classes), doc_id, overall, charts.score_class(overall))


def _missing_last(value: int | None) -> tuple[int, int]:
    return (1, 0) if value is None else (0, value)


def _sorted(rows: Sequence[PageRow], key: Callable[[PageRow], tuple[Any, ...]]) -> tuple[PageRow, ...]:
    return tuple(sorted(rows, key=key))


def _depth_chart(rows: Sequence[PageRow]) -> charts.ColumnChart:
    depths = [r.depth for r in rows if r.depth is not None]
    columns = [(str(d), depths.count(d), "deep" if d >= DEEP else "depth")
               for d in range(max(depths) + 1)] if depths else []
    unreached = sum(r.depth is None for r in rows)
    if unreached:
        columns.append(("not reached", unreached, "unreached"))
    return charts.column_chart(columns)
