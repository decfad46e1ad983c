"""Helpers shared by the LG rule modules: the language metric, names, quoting, examples."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from seokit.analysis.language import LanguageStats
from seokit.analysis.language_spans import ForeignSpan
from seokit.context import Context
from seokit.text.langid import language_name


def language_stats(ctx: Context) -> LanguageStats:
    stats: LanguageStats = ctx.metric("language")
    return stats


def name_of(code: str) -> str:
    return "foreign-language" if code == "und" else language_name(code)


def quote(text: str, limit: int = 60) -> str:
    return f"“{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}”"


def span_data(span: ForeignSpan, stats: LanguageStats) -> dict[str, Any]:
    return {
        "language": span.language, "language_name": name_of(span.language),
        "script": str(span.script), "kind": str(span.kind), "text": span.text, "words": span.words,
        "confidence": span.confidence, "document_language": stats.language,
    }


ENGLISH = (
    "Massage therapy can ease chronic pain and help tight muscles relax. Many people feel calm "
    "after a session, and regular visits can improve sleep and mood. Ask your doctor first if "
    "you have an injury, and tell the therapist where it hurts. A good therapist will adjust "
    "the pressure and check how you feel. Drink water afterwards and rest if you are sore."
)
HTML = '<html{lang}><head><title>Massage therapy</title></head><body>{body}</body></html>'


def foreign_link_host(ctx: Context, span: ForeignSpan) -> str | None:
    """The host of another site that a link around ``span`` points to, if any: injected
    keywords are often links to the spammer's domain."""
    own = {urlsplit(u).hostname for u in (ctx.document.url, ctx.document.meta.canonical) if u}
    for link in ctx.document.links:
        if link.span is None or link.url is None:
            continue
        if (link.span.start <= span.span.start and span.span.end <= link.span.end) or (
                span.span.start <= link.span.start and link.span.end <= span.span.end):
            host = urlsplit(link.url).hostname
            if host and host not in own and urlsplit(link.url).scheme in ("http", "https"):
                return host
    return None
