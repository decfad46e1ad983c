"""A crawl's ``Report``: one ``DocumentReport`` per page (from this run's audits, or rebuilt
from the stored source for pages an earlier, interrupted run fetched) and the ``site`` section
with the SI rules' findings and scores."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from seokit.crawl.analyses import facts_from_store, site_section
from seokit.crawl.model import SiteFacts
from seokit.crawl.settings import CrawlSettings
from seokit.crawl.store import Store
from seokit.crawl.urls import Normalizer
from seokit.report.model import DocumentReport, InputFailure, Report
from seokit.rules.site import SiteFinding, SiteRule, all_site_rules, split_selectors

_SCORE = {"info": 0.8, "warning": 0.5, "error": 0.0}


def selected_site_rules(select: Sequence[str], ignore: Sequence[str]) -> list[SiteRule]:
    """The site rules a ``--select``/``--ignore`` pair keeps: with a selection that names no
    site rule, none (``--select LN`` asks for link rules only)."""
    _, chosen = split_selectors(select)
    _, dropped = split_selectors(ignore)
    rules = []
    for rule in all_site_rules().values():
        if select and not any(_matches(s, rule) for s in chosen):
            continue
        if any(_matches(s, rule) for s in dropped):
            continue
        rules.append(rule)
    return rules


def _matches(selector: str, rule: SiteRule) -> bool:
    return rule.code.startswith(selector.upper()) or selector == rule.name


def run_site_rules(facts: SiteFacts, rules: Iterable[SiteRule],
                   options: Mapping[str, Mapping[str, Any]] | None = None,
                   ) -> tuple[list[SiteFinding], dict[str, float]]:
    """Every rule's findings (sorted) and score (1.0 clean, lower by the worst severity;
    rules with nothing to judge are left out)."""
    findings: list[SiteFinding] = []
    scores: dict[str, float] = {}
    for rule in rules:
        opts = {**rule.defaults(), **(options or {}).get(rule.code, {})}
        if not rule.applies_to_site(facts, opts):
            continue
        found = list(rule.check_site(facts, opts))
        scores[rule.code] = min((_SCORE[f.severity.value] for f in found), default=1.0)
        findings.extend(found)
    return sorted(findings, key=SiteFinding.sort_key), scores


def build_report(store: Store, settings: CrawlSettings,
                 reports: Mapping[str, DocumentReport] | None = None, *,
                 documents: bool = True) -> Report:
    from seokit.crawl.crawler import _document_config, audit_error

    facts = facts_from_store(store)
    rules = selected_site_rules(settings.select, settings.ignore)
    findings, rule_scores = run_site_rules(facts, rules)
    page_scores = [p.score for p in facts.pages if isinstance(p.score, int)]
    overall = round(100 * sum(rule_scores.values()) / len(rule_scores)) if rule_scores else None
    site = site_section(facts, [f.to_json() for f in findings], extra={"crawl": _summary(store)})
    site["scores"] = {"overall": overall,
                      "pages": round(sum(page_scores) / len(page_scores)) if page_scores else None}
    docs: list[DocumentReport] = []
    failures: list[InputFailure] = []
    if documents:
        config = _document_config(settings)
        known = reports or {}
        normalize = Normalizer(settings.query, settings.ignore_params)
        for page in facts.pages:
            try:
                report = known.get(page.url) or _rebuild(store, page.url, page.path, config)
            except Exception as exc:  # the same analyzer bug as during the crawl: say so, go on
                failures.append(InputFailure(page.url, audit_error(exc)))
                continue
            if report is not None:
                docs.append(_with_link_statuses(report, facts, normalize))
    return Report(tuple(docs), tuple(failures), site)


def _with_link_statuses(report: DocumentReport, facts: SiteFacts,
                        normalize: Normalizer) -> DocumentReport:
    """Each link of the page with the status the crawl found for its target."""
    from seokit.analysis.links import LinkStats
    from seokit.crawl.checkpage import statuses_by_position

    stats = report.metrics.get("links")
    if not isinstance(stats, LinkStats):
        return report
    found = {}
    for i, item in enumerate(stats.items):
        target = normalize(item.link.url) if item.link.url else None
        if target is not None and target in facts.targets and facts.targets[target].requested:
            found[i] = facts.targets[target]
    if not found:
        return report
    return dataclasses.replace(report, metrics={**report.metrics,
                                                "links": statuses_by_position(stats, found)})


def _rebuild(store: Store, url: str, path: str | None, config: Any) -> DocumentReport | None:
    """Audit a stored page again: the same source gives the same report."""
    from seokit.audit import audit_document
    from seokit.parse import parse_document

    stored = store.page_source(url)
    if stored is None:
        return None
    fmt, source = stored
    return audit_document(parse_document(source, fmt, url=url, path=path), config=config)


def _summary(store: Store) -> dict[str, Any]:
    skipped: Counter[str] = Counter()
    states: Counter[str] = Counter()
    for row in store.urls():
        states[row.state] += 1
        if row.state == "skipped" and row.reason:
            skipped[_reason_key(row.reason)] += 1
    return {"complete": bool(store.get_meta("complete")), "pages": store.page_count(),
            "fetched": states["done"], "checked": states["checked"], "queued": states["queued"],
            "skipped": dict(sorted(skipped.items())), "sitemaps": store.get_meta("sitemaps") or []}


def _reason_key(reason: str) -> str:
    """Skip reasons without the URL-specific part ("more than ... URLs like /cal/{n}")."""
    return reason.split(" URLs like ")[0]
