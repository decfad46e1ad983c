"""LN: more link rules: anchors in another language or script pointing to other domains, image
links without alt text, bare web addresses as link text, many outbound domains, and nofollow
on internal links. Loaded with ``seokit.rules.links``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.language import LanguageStats
from seokit.analysis.language_spans import native_scripts
from seokit.analysis.links import LinkKind, LinkStats
from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.text.langid import primary_language
from seokit.text.scripts import Script

_BARE_URL = re.compile(r"^(?:https?://|www\.)[^\s]{3,}$", re.IGNORECASE)
_ENGLISH = "<p>" + "Massage therapy eases muscle tension and helps people with chronic pain. " * 4


def _links(ctx: Context) -> LinkStats:
    stats: LinkStats = ctx.metric("links")
    return stats


def _quote(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register
class ForeignAnchorOutboundLink(Rule):
    """Flags links to other sites whose text is in another language or script than the page.

    ## What it does
    Finds links to another domain whose anchor text the language analysis marks as foreign
    (an untagged span in another language, such as an injected keyword), or whose letters
    are mostly in a script the page's language is not written in (Hangul in an English
    page). Text marked with its own `lang` attribute is a declared quotation and passes.

    ## Why is this bad?
    A keyword in another language linking away from the page is the signature of spam
    backlinks planted in a hacked or user-editable page ("칠곡출장마사지" linking to an
    escort site in an English article about massage). Search engines penalise pages that
    carry them, and readers cannot read them.

    ## Example
    ```html
    <p>Massage eases pain. <a href="https://spam.example/">칠곡출장마사지</a></p>  <!-- flagged -->
    <p>Massage eases pain. <a href="https://example.org/">a massage study</a></p>
    ```
    """

    code = "LN107"
    name = "foreign-anchor-outbound-link"
    title = "Outbound link text is in another language or script"
    severity = Severity.WARNING
    examples = (
        Example(_ENGLISH + '<a href="https://example.org/study">a massage study</a></p>',
                fails=False, format="html"),
        Example(_ENGLISH + '<a href="https://spam.example/">칠곡출장마사지</a></p>',
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(item.kind is LinkKind.EXTERNAL and item.script for item in _links(ctx).items)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        language: LanguageStats = ctx.metric("language")
        dominant = next((Script(name) for name, _ in language.scripts if name in Script.__members__.values()),
                        None)
        native = native_scripts(language.language, dominant)
        foreign = [s for s in language.spans if not s.tagged]
        page_lang = primary_language(ctx.document.meta.lang)
        for item in _links(ctx).items:
            span = item.link.span
            if item.kind is not LinkKind.EXTERNAL or not item.script or span is None:
                continue
            if primary_language(item.link.lang) not in (None, page_lang):
                continue  # the author declared the anchor's own language
            overlapping = next((s for s in foreign if s.span.start < span.end and span.start < s.span.end),
                               None)
            other_script = item.script not in {str(s) for s in native} and item.script != "Other"
            if overlapping is None and not other_script:
                continue
            what = (f"in {overlapping.language}" if overlapping is not None and overlapping.language
                    not in ("", "und") else f"in {item.script} script")
            yield self.finding(
                ctx, f'The link text "{_quote(item.link.text.strip())}" is {what}, not the page\'s '
                f"language, and points to another site ({item.host}). Links like this are typical "
                "of injected spam; remove it unless it belongs here.",
                span=span, data={"text": item.link.text.strip(), "href": item.link.href,
                                 "host": item.host, "script": item.script,
                                 "language": overlapping.language if overlapping else None,
                                 "page_language": language.language})


@register
class ImageLinkWithoutAlt(Rule):
    """Flags links that contain only images, none of which has alt text.

    ## What it does
    Finds links with no text of their own whose images all lack an `alt` attribute or have
    an empty one. For such a link the image's alt text is the link text.

    ## Why is this bad?
    Search engines use an image link's alt text as its anchor text, and screen readers
    announce the link by it; without it the link is just "link" or a file name.
    Lighthouse and axe report "Links do not have a discernible name" (WCAG 2.4.4).

    ## Example
    ```html
    <a href="/"><img src="logo.png" alt=""></a>                  <!-- flagged -->
    <a href="/"><img src="logo.png" alt="Clinic home page"></a>
    ```
    """

    code = "LN108"
    name = "image-link-without-alt"
    title = "Image link has no alt text"
    severity = Severity.WARNING
    examples = (
        Example('<p><a href="/"><img src="logo.png" alt="Clinic home page"></a></p>',
                fails=False, format="html"),
        Example('<p><a href="/"><img src="logo.png" alt=""></a></p>', fails=True, format="html"),
        Example('<p><a href="/"><img src="logo.png"></a></p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(item.link.has_image for item in _links(ctx).items)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        images = ctx.document.images
        for item in _links(ctx).items:
            if item.link.text.strip() or not item.link.has_image or not item.images:
                continue  # has text, no image, or its image could not be located
            if any((images[i].alt or "").strip() for i in item.images):
                continue
            sources = [images[i].src for i in item.images]
            yield self.finding(
                ctx, f"This link holds only an image ({_quote(sources[0], 40)}) without alt text, "
                "so it has no name. Describe where the link goes in the image's alt.",
                span=item.link.span, data={"href": item.link.href, "images": sources})


@register
class BareUrlAnchor(Rule):
    """Flags links whose text is a bare web address.

    ## What it does
    Finds links whose whole text is an address (`https://…`, `http://…` or `www.…`) instead of
    words.

    ## Why is this bad?
    An address says little about what the reader will find, reads badly (screen readers
    spell it out) and wastes the anchor text search engines use to learn what the target is
    about.

    ## Example
    ```html
    <a href="https://example.org/study">https://example.org/study</a>   <!-- flagged -->
    <a href="https://example.org/study">the 2023 massage study</a>
    ```
    """

    code = "LN109"
    name = "bare-url-anchor"
    title = "Link text is a bare web address"
    severity = Severity.INFO
    examples = (
        Example('<p>Read <a href="https://example.org/study">the 2023 massage study</a>.</p>',
                fails=False, format="html"),
        Example('<p>Read <a href="https://example.org/study">https://example.org/study</a>.</p>',
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(item.link.text.strip() for item in _links(ctx).items)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            text = item.link.text.strip()
            if item.kind in (LinkKind.MAILTO, LinkKind.TEL) or not _BARE_URL.match(text):
                continue
            yield self.finding(
                ctx, f'The link text is a bare web address ("{_quote(text)}"). Use words that '
                "describe the page instead.", span=item.link.span,
                data={"text": text, "href": item.link.href})


@register
class ManyOutboundDomains(Rule):
    """Flags pages that link out to a great many different domains.

    ## What it does
    Counts the distinct hosts (without `www.`) of a page's links to other sites and reports
    the page when there are more than `max_domains` (default 25).

    ## Why is this bad?
    Ordinary articles cite a handful of sources. Dozens of unrelated outbound domains are
    the pattern of link farms, comment spam and hacked pages selling links, and search
    engines treat such pages with suspicion.

    ## Example
    A blog post whose comments link to 40 different casino and pharmacy domains is flagged.
    """

    code = "LN110"
    name = "many-outbound-domains"
    title = "Page links to many different domains"
    severity = Severity.INFO
    options = (Option("max_domains", 25, "Most distinct external domains a page may link to."),)
    examples = (
        Example("<p>" + " ".join(f'<a href="https://site{i}.example/">source {i}</a>' for i in range(3))
                + "</p>", fails=False, format="html"),
        Example("<p>" + " ".join(f'<a href="https://site{i}.example/">source {i}</a>' for i in range(30))
                + "</p>", fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _links(ctx).external > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        domains = _links(ctx).domains
        if len(domains) > opts["max_domains"]:
            yield self.finding(
                ctx, f"The page links to {len(domains)} different domains (more than "
                f"{opts['max_domains']}). Check that each outbound link is one you vouch for.",
                data={"domains": len(domains), "threshold": opts["max_domains"],
                      "examples": list(domains[:10])})


@register
class NofollowInternalLink(Rule):
    """Flags links to the page's own site marked `nofollow`, `sponsored` or `ugc`.

    ## What it does
    Finds internal links whose `rel` includes `nofollow`, `sponsored` or `ugc`. The links
    measures (`rel_summary`) count these qualifiers for internal and external links alike.

    ## Why is this bad?
    These qualifiers ask search engines not to follow a link or pass value through it. On
    your own pages they keep link value from your content and can leave pages undiscovered;
    they are meant for links to other sites you do not vouch for.

    ## Example
    ```html
    <a href="/pricing" rel="nofollow">Pricing</a>      <!-- flagged -->
    <a href="https://partner.example/" rel="sponsored">Our partner</a>
    ```
    """

    code = "LN111"
    name = "nofollow-internal-link"
    title = "Internal link is marked nofollow"
    severity = Severity.INFO
    examples = (
        Example('<p><a href="https://partner.example/" rel="sponsored">Our partner</a></p>',
                fails=False, format="html"),
        Example('<p><a href="/pricing" rel="nofollow">Pricing</a></p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _links(ctx).internal > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            rels = sorted({r.lower() for r in item.link.rel} & {"nofollow", "sponsored", "ugc"})
            if item.kind is LinkKind.INTERNAL and rels:
                yield self.finding(
                    ctx, f"This link to the site's own page {_quote(item.link.href, 50)} is marked "
                    f"{'/'.join(rels)}, which tells search engines not to pass value through it.",
                    span=item.link.span, data={"href": item.link.href, "rel": rels})

