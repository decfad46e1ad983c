"""LG: hreflang alternates (``<link rel="alternate" hreflang="…" href="…">``): valid codes,
absolute URLs, no duplicates, a self-reference, an x-default, and a code for this page that
matches its text. Reciprocity between pages needs a crawl and is the site rules' business."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.language_data import same_language
from seokit.analysis.language_head import X_DEFAULT, Alternate, normalise_url, page_urls
from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.rules.language_common import ENGLISH, language_stats, name_of
from seokit.text.langid import detector_languages, primary_language

_PAGE = ('<html lang="en"><head><title>Massage therapy</title>{links}</head>'
         f"<body><p>{ENGLISH}</p></body></html>")
_EN = '<link rel="alternate" hreflang="en" href="https://example.com/en/">'
_DE = '<link rel="alternate" hreflang="de" href="https://example.com/de/">'
_X = '<link rel="alternate" hreflang="x-default" href="https://example.com/">'
_CANONICAL = '<link rel="canonical" href="https://example.com/en/">'


def _alternates(ctx: Context) -> tuple[Alternate, ...]:
    return language_stats(ctx).alternates


class _HreflangRule(Rule):
    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_alternates(ctx))


@register
class InvalidHreflang(_HreflangRule):
    """Flags an hreflang value that is not a valid language code.

    ## What it does
    Checks every `hreflang` of the page's alternate links: it must be a BCP 47 language tag
    (`en`, `en-GB`, `zh-Hant`) or `x-default`. Underscores (`en_GB`), country codes alone
    (`uk` means Ukrainian, not the United Kingdom: `en-GB`) and names (`english`) are wrong
    or misleading.

    ## Why is this bad?
    Search engines ignore alternates with codes they cannot read, so searchers in that
    market are shown the wrong version of the page.

    ## Example
    ```html
    <link rel="alternate" hreflang="en_GB" href="https://example.com/uk/">  <- flagged
    <link rel="alternate" hreflang="en-GB" href="https://example.com/uk/">  <- fine
    ```
    """

    code = "LG109"
    name = "invalid-hreflang"
    title = "hreflang is not a valid language code"
    severity = Severity.ERROR
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE.replace('"de"', '"de_DE"') + _X),
                fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for alt in _alternates(ctx):
            if alt.valid:
                continue
            hint = alt.hreflang.replace("_", "-")
            suggestion = f' (perhaps "{hint}")' if "_" in alt.hreflang else ""
            message = (
                f'hreflang="{alt.hreflang}" is not a valid language code{suggestion}; search '
                'engines ignore this alternate. Use a BCP 47 tag such as "de" or "en-GB", or '
                '"x-default".'
            )
            yield self.finding(ctx, message, span=alt.span,
                               data={"hreflang": alt.hreflang, "href": alt.href})


@register
class RelativeHreflangUrl(_HreflangRule):
    """Flags an hreflang alternate whose address is relative.

    ## What it does
    Checks that every alternate link's `href` is a full address with scheme and host
    (`https://example.com/de/`), not a path (`/de/`).

    ## Why is this bad?
    Search engines require fully qualified URLs in hreflang annotations and may drop
    relative ones, leaving the language versions unconnected.

    ## Example
    ```html
    <link rel="alternate" hreflang="de" href="/de/">                     <- flagged
    <link rel="alternate" hreflang="de" href="https://example.com/de/">  <- fine
    ```
    """

    code = "LG110"
    name = "relative-hreflang-url"
    title = "hreflang alternate uses a relative URL"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE.replace("https://example.com", "")
                             + _X), fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for alt in _alternates(ctx):
            if alt.relative:
                message = (
                    f'The hreflang="{alt.hreflang}" alternate points to "{alt.href}", a relative '
                    "address. Search engines require full URLs (https://host/path) here."
                )
                yield self.finding(ctx, message, span=alt.span,
                                   data={"hreflang": alt.hreflang, "href": alt.href})


@register
class DuplicateHreflang(_HreflangRule):
    """Flags an hreflang code listed more than once.

    ## What it does
    Finds alternate links that repeat a language code already listed (codes compared without
    regard to case), whether they point to the same URL or to another.

    ## Why is this bad?
    With two URLs for one language the search engine has to guess which one to show, and
    conflicting annotations may be ignored altogether.

    ## Example
    ```html
    <link rel="alternate" hreflang="de" href="https://example.com/de/">
    <link rel="alternate" hreflang="de" href="https://example.de/">      <- flagged
    ```
    """

    code = "LG111"
    name = "duplicate-hreflang"
    title = "hreflang code listed more than once"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _DE.replace("example.com/de/",
                                                                        "example.de/") + _X),
                fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        seen: dict[str, Alternate] = {}
        for alt in _alternates(ctx):
            key = alt.hreflang.lower()
            first = seen.setdefault(key, alt)
            if first is alt:
                continue
            same = (first.url or first.href) == (alt.url or alt.href)
            detail = "the same address again" if same else f'"{alt.href}" as well as "{first.href}"'
            message = (
                f'hreflang="{alt.hreflang}" is listed more than once, with {detail}. Keep one '
                "alternate per language so search engines know which page to show."
            )
            yield self.finding(ctx, message, span=alt.span, data={
                "hreflang": alt.hreflang, "href": alt.href, "first_href": first.href})


@register
class MissingHreflangSelfReference(_HreflangRule):
    """Flags hreflang alternates that do not include the page itself.

    ## What it does
    When a page lists language alternates, one of them must point to the page itself (its own
    URL or its canonical URL). Applies when the page's address is known: audited from a URL,
    or with a canonical link.

    ## Why is this bad?
    Search engines expect every version to list all versions, itself included; without the
    self-reference the set may be treated as incomplete and ignored.

    ## Example
    ```html
    <!-- on https://example.com/en/ -->
    <link rel="alternate" hreflang="de" href="https://example.com/de/">  <- flagged: no "en" entry
    ```
    """

    code = "LG112"
    name = "missing-hreflang-self-reference"
    title = "hreflang alternates do not include the page itself"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _DE + _X), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_alternates(ctx)) and bool(page_urls(ctx.document))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        own = page_urls(ctx.document)
        if any(alt.url and normalise_url(alt.url) in own for alt in _alternates(ctx)):
            return
        message = (
            "The page lists hreflang alternates but none points to the page itself "
            f"({', '.join(sorted(own))}). Add an alternate with this page's language and URL."
        )
        yield self.finding(ctx, message, data={"page_urls": sorted(own)})


@register
class MissingHreflangXDefault(_HreflangRule):
    """Flags hreflang alternates without an `x-default` entry.

    ## What it does
    When a page lists language alternates, checks that one of them is `hreflang="x-default"`:
    the page for searchers whose language none of the versions matches.

    ## Why is this bad?
    Without x-default, search engines pick a version for everyone else themselves, often not
    the language selector or international page you would choose.

    ## Example
    ```html
    <link rel="alternate" hreflang="x-default" href="https://example.com/">  <- add this
    ```
    """

    code = "LG113"
    name = "missing-hreflang-x-default"
    title = "hreflang alternates without x-default"
    severity = Severity.INFO
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE), fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        if any(alt.hreflang.lower() == X_DEFAULT for alt in _alternates(ctx)):
            return
        message = ('The hreflang alternates have no hreflang="x-default" entry for searchers '
                   "whose language none of the versions matches. Add one.")
        yield self.finding(ctx, message, data={"count": len(_alternates(ctx))})


@register
class HreflangLanguageMismatch(_HreflangRule):
    """Flags a page whose own hreflang entry names another language than its text.

    ## What it does
    Finds the alternate that points to this page (its URL or canonical URL) and compares its
    language with the language measured from the text, given enough text (`min_words`) and a
    confident detection (`min_confidence`).

    ## Why is this bad?
    The annotation then sends searchers of one language to a page in another: a copied block
    of alternates whose URLs were never updated, or versions swapped by mistake.

    ## Example
    ```html
    <!-- an English page at https://example.com/en/ -->
    <link rel="alternate" hreflang="de" href="https://example.com/en/">  <- flagged
    ```
    """

    code = "LG114"
    name = "hreflang-language-mismatch"
    title = "The page's own hreflang names another language than its text"
    severity = Severity.WARNING
    options = (
        Option("min_words", 50, "Texts with fewer words than this are not judged."),
        Option("min_confidence", 0.9, "Detections less confident than this are not judged."),
    )
    examples = (
        Example(_PAGE.format(links=_CANONICAL + _EN + _DE + _X), fails=False, format="html"),
        Example(_PAGE.format(links=_CANONICAL + _EN.replace('"en"', '"de"')
                             + _DE.replace('"de"', '"en"') + _X), fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        own = page_urls(ctx.document)
        if stats.detected is None or stats.words < opts["min_words"] \
                or stats.confidence < opts["min_confidence"]:
            return
        for alt in _alternates(ctx):
            code = primary_language(alt.hreflang)
            if not alt.url or normalise_url(alt.url) not in own or code is None:
                continue
            if same_language(code, stats.detected, detector_languages()) is not False:
                continue
            message = (
                f'This page is listed as hreflang="{alt.hreflang}" ({name_of(code)}) but its text '
                f"is {name_of(stats.detected)}. Searchers of {name_of(code)} would be sent here; "
                "fix the code or the URL."
            )
            yield self.finding(ctx, message, span=alt.span, data={
                "hreflang": alt.hreflang, "detected": stats.detected,
                "confidence": stats.confidence})
