"""MT: canonical URL and robots rules. They judge ``seokit.analysis.head`` through the
structure analysis; they apply to HTML pages, where these tags live."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from seokit.analysis.head import HeadInfo
from seokit.analysis.structure import StructureStats
from seokit.context import Context
from seokit.document import Format
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Rule

_PAGE = ("<html><head><title>Massage therapy</title>{head}</head>"
         "<body><p>Massage eases pain.</p></body></html>")
_CANONICAL = '<link rel="canonical" href="{href}">'


def head(ctx: Context) -> HeadInfo | None:
    stats: StructureStats = ctx.metric("structure")
    return stats.head


def _is_html(ctx: Context) -> bool:
    return ctx.document.format is Format.HTML and head(ctx) is not None


@register
class CanonicalMissing(Rule):
    """Flags HTML pages without a canonical URL.

    ## What it does
    Looks for `<link rel="canonical" href="...">` on HTML pages. Markdown and text files
    have no head, so the rule does not apply to them.

    ## Why is this bad?
    The same page is often reachable at several addresses (with tracking parameters, with and
    without `www.`, with a trailing slash or not). A canonical link tells search engines which
    one to index and to credit with links; without it they guess, and may split the page's
    signals between duplicates. Google recommends a self-referencing canonical on every page.

    ## Example
    ```html
    <link rel="canonical" href="https://example.com/massage-therapy">
    ```
    """

    code = "MT105"
    name = "canonical-missing"
    title = "Canonical URL is missing"
    severity = Severity.INFO
    examples = (
        Example(_PAGE.format(head=_CANONICAL.format(href="https://example.com/massage")),
                fails=False, format="html"),
        Example(_PAGE.format(head=""), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _is_html(ctx)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        if info is not None and not info.canonicals:
            yield self.finding(
                ctx, 'The page has no canonical URL. Add <link rel="canonical" href="..."> with '
                     "the page's preferred absolute address.")


@register
class MultipleCanonicals(Rule):
    """Flags pages that declare more than one canonical URL.

    ## What it does
    Reports every `<link rel="canonical">` after the first, at that tag, when the page has
    several (whatever they point to).

    ## Why is this bad?
    Google ignores all canonical declarations of a page that gives more than one, so none of
    them has any effect. It usually means two plugins or a template and a plugin both add one.

    ## Example
    ```html
    <link rel="canonical" href="https://example.com/massage">
    <link rel="canonical" href="https://example.com/massage?ref=menu">  <!-- flagged -->
    ```
    """

    code = "MT106"
    name = "multiple-canonicals"
    title = "More than one canonical URL"
    severity = Severity.ERROR
    examples = (
        Example(_PAGE.format(head=_CANONICAL.format(href="https://example.com/massage")),
                fails=False, format="html"),
        Example(_PAGE.format(head=_CANONICAL.format(href="https://example.com/massage")
                             + _CANONICAL.format(href="https://example.com/spa")),
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        info = head(ctx)
        return info is not None and bool(info.canonicals)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        if info is None or len(info.canonicals) < 2:
            return
        first = info.canonicals[0]
        for extra in info.canonicals[1:]:
            same = extra.url == first.url
            yield self.finding(
                ctx, f'This is canonical link number {info.canonicals.index(extra) + 1} of '
                     f'{len(info.canonicals)} ("{extra.href}"'
                     + (", the same address as the first" if same else "") + "); search engines "
                     "ignore them all when there are several. Keep exactly one.",
                span=extra.span, data={"href": extra.href, "first": first.href,
                                       "count": len(info.canonicals)})


@register
class CanonicalNotAbsolute(Rule):
    """Flags a canonical URL that is not an absolute http(s) address.

    ## What it does
    Reports a `<link rel="canonical">` whose href is relative (`/massage`), protocol-relative
    (`//example.com/massage`) or empty, at the tag.

    ## Why is this bad?
    Google accepts relative canonicals but recommends absolute ones: a relative canonical
    copied to a staging host, a mirror or a scraped copy points at that copy, and an empty
    one points at whatever address the page was fetched from.

    ## Example
    ```html
    <link rel="canonical" href="/massage">                          <!-- flagged -->
    <link rel="canonical" href="https://example.com/massage">
    ```
    """

    code = "MT107"
    name = "canonical-not-absolute"
    title = "Canonical URL is not absolute"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(head=_CANONICAL.format(href="https://example.com/massage")),
                fails=False, format="html"),
        Example(_PAGE.format(head=_CANONICAL.format(href="/massage")), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        info = head(ctx)
        return info is not None and bool(info.canonicals)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        for canonical in info.canonicals if info is not None else ():
            if not canonical.absolute:
                yield self.finding(
                    ctx, f'The canonical URL "{canonical.href}" is not an absolute address; '
                         "write it in full, starting with https://.",
                    span=canonical.span, data={"href": canonical.href, "url": canonical.url})


def comparable(url: str) -> str:
    """A URL as search engines compare addresses: no fragment, lower-case scheme and host,
    default port dropped, empty path as "/"."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port in (None, default) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


@register
class CanonicalPointsElsewhere(Rule):
    """Flags pages whose canonical URL names another page.

    ## What it does
    Compares the canonical URL (resolved against the page) with the page's own URL, ignoring
    the fragment, the case of scheme and host, a default port and an empty path. Only pages
    audited from a URL (or given one) are judged; a file has no address to compare.

    ## Why is this bad?
    A canonical pointing elsewhere asks search engines to index the other page instead of this
    one. That is right for a duplicate or a print version, and a common accident for a page
    that should rank itself (a template that puts the home page's URL on every page).

    ## Example
    The page `https://example.com/massage` with
    `<link rel="canonical" href="https://example.com/">` is flagged.
    """

    code = "MT108"
    name = "canonical-points-elsewhere"
    title = "Canonical URL points to another page"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(head=_CANONICAL.format(href="https://example.com/massage")),
                fails=False, format="html"),
        Example(_PAGE.format(head='<base href="https://example.com/massage">'
                             + _CANONICAL.format(href="https://example.com/")),
                fails=True, format="html"),
    )

    def _page(self, ctx: Context) -> str | None:
        info = head(ctx)
        return ctx.document.url or (info.base if info is not None else None)

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        info = head(ctx)
        return info is not None and len(info.canonicals) == 1 and self._page(ctx) is not None \
            and info.canonicals[0].url is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info, page = head(ctx), self._page(ctx)
        if info is None or page is None or not info.canonicals:
            return
        canonical = info.canonicals[0]
        if canonical.url is None or comparable(canonical.url) == comparable(page):
            return
        yield self.finding(
            ctx, f'The canonical URL "{canonical.url}" is not this page ("{page}"), so search '
                 "engines are asked to index that page instead. Point it at this page unless "
                 "this page is a duplicate.",
            span=canonical.span, data={"canonical": canonical.url, "page": page})


@register
class NoindexDirective(Rule):
    """Flags pages that ask search engines not to index them.

    ## What it does
    Reads the robots directives of `<meta name="robots">`, `<meta name="googlebot">` and the
    `X-Robots-Tag` HTTP header (when the page was fetched) and reports `noindex` or `none`,
    once, at the first tag that says it. Lighthouse's `is-crawlable` audit fails such pages.

    ## Why is this bad?
    A page with noindex does not appear in search results at all, whatever its content. That
    is right for thank-you pages and internal search results, and a costly accident when a
    staging setting reaches the live site.

    ## Example
    ```html
    <meta name="robots" content="noindex, follow">   <!-- flagged -->
    ```
    """

    code = "MT109"
    name = "page-not-indexable"
    title = "Page asks not to be indexed"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(head='<meta name="robots" content="index, follow">'), fails=False,
                format="html"),
        Example(_PAGE.format(head='<meta name="robots" content="noindex">'), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _is_html(ctx)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        found = info.has_directive("noindex", "none") if info is not None else None
        if found is not None:
            yield self.finding(
                ctx, f'The {found.source} says "{found.directive}": search engines will leave '
                     "this page out of their results. Remove it if the page should be found.",
                span=found.span, data={"directive": found.directive, "source": found.source})


@register
class NofollowDirective(Rule):
    """Flags pages that ask search engines not to follow any of their links.

    ## What it does
    Reads the same robots directives as MT109 and reports `nofollow` (or `none`) for the whole
    page, once, at the first tag that says it. A `none` reported by MT109 is reported here too:
    it blocks both indexing and following.

    ## Why is this bad?
    A page-wide nofollow stops search engines from discovering pages through this one and
    from passing any value along its links, internal ones included. It is rarely what a
    content page wants; mark single links with `rel="nofollow"` instead.

    ## Example
    ```html
    <meta name="robots" content="index, nofollow">   <!-- flagged -->
    ```
    """

    code = "MT110"
    name = "page-links-not-followed"
    title = "Page asks not to follow its links"
    severity = Severity.INFO
    examples = (
        Example(_PAGE.format(head='<meta name="robots" content="index, follow">'), fails=False,
                format="html"),
        Example(_PAGE.format(head='<meta name="robots" content="nofollow">'), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _is_html(ctx)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        found = info.has_directive("nofollow", "none") if info is not None else None
        if found is not None:
            yield self.finding(
                ctx, f'The {found.source} says "{found.directive}": search engines will not '
                     "follow any link on this page. Use rel=\"nofollow\" on single links instead.",
                span=found.span, data={"directive": found.directive, "source": found.source})
