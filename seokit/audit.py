"""The public pipeline: load, parse once, measure, run the selected rules, score."""

from __future__ import annotations

import dataclasses
import gc
import os
import traceback
from collections.abc import Mapping
from typing import Any

from seokit.config import Config, Layer, parse_layer
from seokit.context import Context, Settings
from seokit.document import Document, Format
from seokit.findings import Finding
from seokit.parse import parse_document
from seokit.report.model import Analysis, DocumentReport, Report, RuleResult, RuleStatus
from seokit.rules.base import Rule
from seokit.scoring import category_scores
from seokit.sources import Loaded, load
from seokit.suppressions import apply_suppressions, find_suppressions

Source = str | bytes | os.PathLike[str] | Document
METRICS = ("language", "readability", "keywords", "links", "structure")


def parse(source: Source, *, format: str | None = None, url: str | None = None,
          allow_private: bool = False) -> Document:
    """Load (if needed) and parse a source into a Document. A URL on a private, loopback or
    link-local address is refused unless ``allow_private``."""
    if isinstance(source, Document):
        return source
    loaded = load(source, allow_private=allow_private)
    return parse_loaded(loaded, format=format, url=url)


def parse_loaded(loaded: Loaded, *, format: str | None = None, url: str | None = None) -> Document:
    # stdin and strings have no path, but reports still need to name them
    path = loaded.path or (None if loaded.url else loaded.name)
    document = parse_document(
        loaded.text, format, path=path, url=url or loaded.url, media_type=loaded.media_type
    )
    if loaded.x_robots_tag or loaded.content_language:
        meta = dataclasses.replace(document.meta, x_robots_tag=loaded.x_robots_tag,
                                   content_language=loaded.content_language)
        document = dataclasses.replace(document, meta=meta)
    return document


def analyze(source: Source, *, keyphrase: str | None = None, language: str | None = None,
            allow_private: bool = False) -> Analysis:
    """Numbers only: every analyzer's measurements, no rules, no scores."""
    ctx = Context(parse(source, allow_private=allow_private),
                  Settings(keyphrase=keyphrase, language=language))
    return Analysis(ctx.document, {name: ctx.metric(name) for name in METRICS})


def audit(
    source: Source,
    *,
    keyphrase: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    allow_private: bool = False,
) -> Report:
    """Audit one source (a path, URL, string, bytes or Document) and return its Report."""
    document = parse(source, allow_private=allow_private)
    return Report((audit_document(document, keyphrase=keyphrase, config=config),))


def audit_document(
    document: Document,
    *,
    keyphrase: str | None = None,
    config: Config | Mapping[str, Any] | None = None,
    count_terms: bool = False,
) -> DocumentReport:
    """Run the selected rules on one parsed document.

    Settings are resolved in layers: ``config`` (a config file's and the command line's),
    then the document's front matter (disabled rules, keyphrase, synonyms, language), then
    the ``languages`` table for the document's language once that is known. Findings that an
    inline suppression covers are kept apart in ``suppressed``, never dropped silently.
    ``count_terms`` keeps the document's keyword counts for ``with_distinctive_terms`` (an
    audit that is part of a batch), counted with this audit's tokens and language.
    """
    from seokit.rules import all_rules

    cfg = config if isinstance(config, Config) else Config.from_mapping(config or {})
    _settle_after_first_audit(begun=True)
    cfg = cfg.merge(_front_matter_layer(document))
    if cfg.content_selector:
        from seokit.parse.boilerplate import select_main_content  # bs4: only when asked for

        document = select_main_content(document, cfg.content_selector)
    settings = Settings(keyphrase=keyphrase or cfg.keyphrase, keyphrases=cfg.keyphrases,
                        synonyms=cfg.synonyms, language=cfg.language)
    ctx = Context(document, settings)
    cfg = cfg.for_language(ctx.metric("language").language)
    rules = all_rules()
    findings: list[Finding] = []
    results: list[RuleResult] = []
    for rule in cfg.selected(rules):
        result, found = _run_rule(rule, ctx, cfg)
        results.append(result)
        findings.extend(found)
    suppressions = find_suppressions(document)
    kept, suppressed, used = apply_suppressions(findings, suppressions, rules)
    kept.sort(key=Finding.sort_key)
    if suppressed:  # a suppressed finding no longer counts against its rule's score
        results = [_rescored(r, rules[r.code], kept) for r in results]
    weights = {code: rule.weight for code, rule in rules.items()}
    metrics = {name: ctx.metric(name) for name in METRICS}
    counted = None
    if count_terms:
        from seokit.analysis.distinctive import term_counts

        counted = term_counts(ctx)
    _settle_after_first_audit(begun=False)
    return DocumentReport(
        document, metrics, tuple(kept), tuple(results), category_scores(results, weights),
        suppressed=tuple(sorted(suppressed, key=lambda pair: pair[0].sort_key())),
        suppressions=tuple(zip(suppressions, used, strict=True)), term_counts=counted,
    )


_audited = _settled = False


def _settle_after_first_audit(*, begun: bool) -> None:
    """Move what the first audit loaded (dictionaries, language profiles: a few hundred
    thousand long-lived containers) out of the garbage collector's sight, once per process.

    Python's cyclic collector walks every tracked object on each full collection, and parsing
    a large page creates enough objects to trigger several; with the models in view that was a
    fifth of a batch's time (2.9 s of 12.5 s over 80 documentation pages), and half as much
    once they are frozen. Collected first, so no garbage of this moment is frozen with them.
    Done when a second audit begins: a one-file run never pays for the collection.
    """
    global _audited, _settled
    if not begun:
        _audited = True
    elif _audited and not _settled:
        _settled = True
        gc.collect()
        gc.freeze()


def _run_rule(rule: Rule, ctx: Context, cfg: Config) -> tuple[RuleResult, list[Finding]]:
    opts = cfg.options_for(rule)
    try:
        if not rule.applies(ctx, opts):
            return RuleResult(rule.code, RuleStatus.NOT_APPLICABLE), []
        found = list(rule.check(ctx, opts))
    except Exception as exc:  # a crash in one rule must not end the audit
        where = traceback.extract_tb(exc.__traceback__)[-1]
        error = (f"{type(exc).__name__}: {exc} "
                 f"({os.path.basename(where.filename)}:{where.lineno})")
        return RuleResult(rule.code, RuleStatus.ERROR, error=error), []
    severity = cfg.severity_for(rule)
    if severity is not rule.severity:
        found = [dataclasses.replace(f, severity=severity) for f in found]
    status = RuleStatus.FAILED if found else RuleStatus.PASSED
    return RuleResult(rule.code, status, rule.score(found)), found


def _rescored(result: RuleResult, rule: Rule, kept: list[Finding]) -> RuleResult:
    if result.status not in (RuleStatus.PASSED, RuleStatus.FAILED):
        return result
    own = [f for f in kept if f.code == result.code]
    status = RuleStatus.FAILED if own else RuleStatus.PASSED
    return RuleResult(result.code, status, rule.score(own))


def _front_matter_layer(document: Document) -> Layer:
    """Per-document settings from Markdown front matter, validated like a config table."""
    meta = document.meta
    data: dict[str, Any] = {}
    if meta.disabled_rules:
        data["ignore"] = list(meta.disabled_rules)
    if meta.synonyms:
        data["synonyms"] = list(meta.synonyms)
    if meta.lang and document.format is not Format.HTML:
        data["language"] = meta.lang
    return parse_layer(data, document.name, where="front matter") if data else Layer()


def with_distinctive_terms(reports: list[DocumentReport]) -> list[DocumentReport]:
    """Each report with the terms that set its document apart from the others (TF-IDF); a
    single document has nothing to be compared with and is returned as it is."""
    if len(reports) < 2:  # (one left of a batch whose other inputs failed: counts unused)
        return [dataclasses.replace(r, term_counts=None) for r in reports]
    from seokit.analysis.distinctive import distinctive_from_counts, term_counts

    # counted by the audit when it was asked to (a batch worker); else here, which means
    # analysing the document's language and tokens a second time
    counted = [r.term_counts if r.term_counts is not None else term_counts(Context(r.document))
               for r in reports]
    terms = distinctive_from_counts(counted)
    return [dataclasses.replace(r, distinctive=tuple(t), term_counts=None)
            for r, t in zip(reports, terms, strict=True)]
