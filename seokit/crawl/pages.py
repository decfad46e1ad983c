"""What the crawl keeps about each page: the facts site analyses need (title, description, H1s,
canonical, robots directives, hreflang, content fingerprints, main term, injected keywords)
and its links, resolved and normalised. Computed once from the page's audit; stored as JSON.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin

from seokit.crawl.store import NewLink
from seokit.document import BlockKind, Document
from seokit.report.model import DocumentReport
from seokit.text.tokens import words

Normalize = Callable[[str], "str | None"]
_SPACE = re.compile(r"\s+")
SHINGLE = 3  # words per shingle for the near-duplicate fingerprint


def robots_directives(meta_robots: tuple[str, ...], header: str | None) -> tuple[str, ...]:
    """Directives from ``<meta name="robots">`` and the X-Robots-Tag header (only those that
    are not aimed at one named bot, ``googlebot: noindex``)."""
    found = [d.strip().lower() for d in meta_robots]
    for part in (header or "").split(","):
        part = part.strip().lower()
        if ":" in part:
            continue
        if part:
            found.append(part)
    return tuple(dict.fromkeys(found))


def page_facts(doc: Document, report: DocumentReport | None, *, x_robots: str | None,
               normalize: Normalize) -> dict[str, Any]:
    meta = doc.meta
    directives = robots_directives(meta.robots, x_robots)
    base = doc.url or ""
    canonical_raw = meta.canonical
    canonical = normalize(urljoin(base, canonical_raw)) if canonical_raw else None
    main_text = " ".join(b.text for b in doc.text_blocks(main_only=True))
    tokens = [w.lower for w in words(main_text)]
    facts: dict[str, Any] = {
        "title": _clean(meta.title),
        "description": _clean(meta.description),
        "h1": [_clean(b.text) for b in doc.blocks if b.kind is BlockKind.HEADING and b.level == 1],
        "canonical": canonical,
        "canonical_raw": canonical_raw,
        "robots": list(directives),
        "noindex": "noindex" in directives or "none" in directives,
        "nofollow": "nofollow" in directives or "none" in directives,
        "lang": meta.lang,
        "hreflang": sorted([lang.lower(), url] for lang, href in meta.hreflang
                           if (url := normalize(urljoin(base, href))) is not None),
        "words": len(tokens),
        "content_hash": hashlib.sha1(" ".join(tokens).encode("utf-8")).hexdigest() if tokens else None,
        "simhash": simhash(tokens) if len(tokens) >= SHINGLE else None,
        "keyphrase": meta.keyphrase,
        "main_term": None,
        "injected": [],
        "score": None,
    }
    if report is not None:
        facts["main_term"] = main_term(report, meta.keyphrase, meta.title)
        facts["injected"] = injected_keywords(report)
        facts["score"] = report.scores.get("overall")
    return facts


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text or None


def simhash(tokens: list[str]) -> int:
    """A 64-bit SimHash of the text's word shingles (Charikar): texts that share most shingles
    get fingerprints a few bits apart, which finds near-duplicate pages without comparing
    texts pairwise."""
    votes = [0] * 64
    for i in range(len(tokens) - SHINGLE + 1):
        shingle = " ".join(tokens[i:i + SHINGLE]).encode("utf-8")
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            votes[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if votes[bit] > 0)


def main_term(report: DocumentReport, keyphrase: str | None, title: str | None) -> str | None:
    """The term a page competes for: its declared focus keyphrase, else its most used two- or
    three-word term that its title also contains (lower case). None when there is none."""
    if keyphrase and keyphrase.strip():
        return " ".join(keyphrase.lower().split())
    stats = report.metrics.get("keywords")
    title_text = " ".join(w.text for w in words((title or "").lower()))
    if stats is None or not title_text:
        return None
    for term in getattr(stats, "top", ()):
        if getattr(term, "n", 1) >= 2:
            text = " ".join(w.text for w in words(str(term.term).lower()))
            if text and f" {text} " in f" {title_text} ":
                return text
    return None


def injected_keywords(report: DocumentReport) -> list[str]:
    """Foreign-language keywords slipped into the page (the language analysis's
    ``injected-keyword`` spans)."""
    stats = report.metrics.get("language")
    found = [str(span.text) for span in getattr(stats, "spans", ())
             if str(getattr(span, "kind", "")) == "injected-keyword"]
    return sorted(set(found))


def page_links(doc: Document, facts: dict[str, Any], normalize: Normalize,
               on_site: Callable[[str], bool]) -> list[NewLink]:
    """The page's links to web addresses (in source order), then its canonical and hreflang
    alternates, which the crawl also fetches so their status is known."""
    links: list[NewLink] = []
    follow_page = not facts.get("nofollow")
    for link in doc.links:
        if not link.url:
            continue
        target = normalize(link.url)
        if target is None:
            continue
        where = doc.locate(link.span) if link.span is not None else None
        rel = tuple(sorted({r.lower() for r in link.rel}))
        follow = follow_page and not {"nofollow", "sponsored", "ugc"} & set(rel)
        links.append(NewLink("a", target, on_site(target), link.text.strip()[:500], rel,
                             where.line if where else None, where.column if where else None, follow))
    if facts.get("canonical"):
        links.append(NewLink("canonical", facts["canonical"], on_site(facts["canonical"]), "", (),
                             None, None, True))
    for lang, url in facts.get("hreflang", ()):
        links.append(NewLink("hreflang", url, on_site(url), lang, (), None, None, True))
    return links
