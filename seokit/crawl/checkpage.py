"""``seokit links --check``: check every link of one document and report the problems at the
link's own line and column.

Web links are checked over HTTP with one shared ``LinkChecker`` (so a URL linked from several
inputs is checked once per run). Relative links of a local file are checked against the file
system: the folder given as the site root (by default the file's own folder) is served as a
site, so ``../img/a.png`` or ``/docs/`` resolve exactly as they would on a static host.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from seokit.analysis.links import LinkStats, clean_href
from seokit.crawl.fetch import Fetcher, FetchResult, FetchSettings
from seokit.crawl.folder import DEFAULT_BASE, FolderFetcher
from seokit.crawl.linkcheck import LinkChecker
from seokit.crawl.model import Page, SiteFacts, SiteLink, Target
from seokit.crawl.report import run_site_rules, selected_site_rules
from seokit.crawl.urls import QueryPolicy, host_of, normalize_url
from seokit.document import Document
from seokit.findings import Finding
from seokit.report.model import DocumentReport, RuleResult, RuleStatus
from seokit.rules.site import SiteFinding, all_site_rules


def _keep(url: str) -> str | None:
    # checking asks for exactly what the page links to: no parameter is dropped or reordered
    return normalize_url(url, QueryPolicy.KEEP, ())


@dataclass(frozen=True, slots=True)
class CheckSettings:
    fetch: FetchSettings = dataclasses.field(default_factory=FetchSettings)
    concurrency: int = 8
    root: Path | None = None          # the site root for a local file's links


class PageChecker:
    """Checks documents' links; one per run, closed when done."""

    def __init__(self, settings: CheckSettings, stop: threading.Event | None = None) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self.fetcher = Fetcher(settings.fetch, stop=self.stop, normalize=_keep)
        self.web = LinkChecker(self.fetcher.fetch, concurrency=settings.concurrency, stop=self.stop)
        self._folders: dict[Path, LinkChecker] = {}

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> PageChecker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def facts(self, doc: Document) -> SiteFacts:
        """The document as a one-page site whose links have all been requested."""
        folder = self._folder(doc)
        page_url = doc.url or (folder.url_of(Path(doc.path)) if folder and doc.path else DEFAULT_BASE)
        page_host = host_of(page_url)
        links: list[SiteLink] = []
        for position, link in enumerate(doc.links):
            href = clean_href(link.href)
            if href.startswith("#"):
                continue  # same-page fragments are LN104's business
            url = link.url or (urljoin(page_url, href) if folder is not None and href else None)
            target = _keep(url) if url else None
            if target is None:
                continue
            where = doc.locate(link.span) if link.span is not None else None
            links.append(SiteLink(page_url, position, "a", target, host_of(target) == page_host,
                                  link.text.strip(), tuple(link.rel), where.line if where else None,
                                  where.column if where else None))
        targets: dict[str, Target] = {}
        local = [lk.target for lk in links if folder is not None and folder.file_base == _base_of(lk.target)]
        web = [lk.target for lk in links if lk.target not in local]
        results = dict(self.web.check_many(web))
        if folder is not None and local:
            results.update(self._folder_checker(folder).check_many(local))
        for url, result in results.items():
            targets[url] = _target(url, result)
        page = Page(page_url, 200, depth=0)
        return SiteFacts(page_url, frozenset({page_host}), (page,), tuple(links), targets,
                         external_checked=True)

    def _folder(self, doc: Document) -> _Folder | None:
        if doc.url or not doc.path or doc.path.startswith("<"):
            return None
        root = self.settings.root or Path(doc.path).resolve().parent
        return _Folder(root.resolve(), DEFAULT_BASE)

    def _folder_checker(self, folder: _Folder) -> LinkChecker:
        if folder.root not in self._folders:
            fetcher = FolderFetcher(folder.root, folder.file_base)
            self._folders[folder.root] = LinkChecker(fetcher.fetch, concurrency=1, stop=self.stop)
        return self._folders[folder.root]


@dataclass(frozen=True, slots=True)
class _Folder:
    root: Path
    file_base: str

    def url_of(self, path: Path) -> str:
        return FolderFetcher(self.root, self.file_base).url_of(path)


def _base_of(url: str) -> str:
    return url.split("/", 3)[0] + "//" + host_of(url) + "/"


def _target(url: str, result: FetchResult) -> Target:
    return Target(url, "checked", result.status, result.final_url,
                  tuple((h.url, h.status, h.target) for h in result.redirects), result.error,
                  result.error_kind.value if result.error_kind else None, None, False, result.stopped)


def with_link_checks(report: DocumentReport, facts: SiteFacts, select: list[str],
                     ignore: list[str]) -> DocumentReport:
    """The document's report with each link's status in its ``links`` measures and the link
    rules' findings at the links they concern."""
    link_rules = [r for r in selected_site_rules(select, ignore) if r.code in _LINK_RULES]
    found, scores = run_site_rules(facts, link_rules)
    doc = report.document
    findings = list(report.findings)
    for site_finding in found:
        findings.extend(_located(doc, site_finding))
    results = [r for r in report.results if r.code not in scores]
    rules = all_site_rules()
    for code, score in scores.items():
        failed = any(f.code == code for f in found)
        results.append(RuleResult(code, RuleStatus.FAILED if failed else RuleStatus.PASSED, score))
        assert code in rules
    metrics = dict(report.metrics)
    stats = metrics.get("links")
    if isinstance(stats, LinkStats):
        metrics["links"] = _with_statuses(stats, facts)
    return dataclasses.replace(report, metrics=metrics,
                               findings=tuple(sorted(findings, key=Finding.sort_key)),
                               results=tuple(sorted(results, key=lambda r: r.code)))


_LINK_RULES = frozenset({"SI101", "SI102", "SI103", "SI104", "SI105", "SI106", "SI107"})


def _located(doc: Document, finding: SiteFinding) -> list[Finding]:
    out = []
    for link in finding.links:
        span = doc.links[link.position].span
        data = dict(finding.data) | {"href": doc.links[link.position].href}
        out.append(Finding(finding.code, finding.name, finding.severity, finding.message, span,
                           doc.locate(span) if span is not None else None, data, finding.help_url))
    return out


def _with_statuses(stats: LinkStats, facts: SiteFacts) -> LinkStats:
    by_position: Mapping[int, Target] = {
        link.position: facts.targets[link.target] for link in facts.links if link.target in facts.targets}
    return statuses_by_position(stats, by_position)


def statuses_by_position(stats: LinkStats, by_position: Mapping[int, Target]) -> LinkStats:
    """The measures with each requested link's status and check (by its index in the page)."""
    items = tuple(
        dataclasses.replace(item, status=by_position[i].status, check=_check_json(by_position[i]))
        if i in by_position else item for i, item in enumerate(stats.items))
    return dataclasses.replace(stats, items=items)


def _check_json(target: Target) -> dict[str, object]:
    return {"url": target.url, "status": target.status, "final": target.chain[-1],
            "chain": list(target.chain), "statuses": list(target.statuses),
            "error": target.error, "error_kind": target.error_kind}
