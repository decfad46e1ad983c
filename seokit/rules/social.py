"""MT: what a page's head tells social networks, browsers and crawlers besides title and
description: Open Graph, Twitter cards, meta keywords, the viewport. HTML pages only."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.rules.onpage import _PAGE, head

_OG = ('<meta property="og:title" content="Massage therapy">'
       '<meta property="og:type" content="article">'
       '<meta property="og:image" content="https://example.com/massage.jpg">'
       '<meta property="og:url" content="https://example.com/massage">')
_VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">'


@register
class OpenGraphIncomplete(Rule):
    """Flags pages whose Open Graph tags lack a required property.

    ## What it does
    Looks for the properties the Open Graph protocol requires of every page, listed in
    `required` (by default `og:title`, `og:type`, `og:image` and `og:url`), and reports the
    missing ones in one finding. Pages with no Open Graph tag at all are reported too, unless
    `only_when_present` is set.

    ## Why is this bad?
    Facebook, LinkedIn, Slack, messengers and many other apps build the preview of a shared
    link from these tags. Without them they guess a title and pick any image, or show a bare
    link, and fewer people click.

    ## Example
    ```html
    <meta property="og:title" content="Massage therapy for back pain">
    <meta property="og:type" content="article">
    <meta property="og:image" content="https://example.com/massage.jpg">
    <meta property="og:url" content="https://example.com/massage-therapy">
    ```
    """

    code = "MT111"
    name = "open-graph-incomplete"
    title = "Open Graph tags are missing or incomplete"
    severity = Severity.INFO
    options = (
        Option("required", "og:title og:type og:image og:url",
               "Space-separated Open Graph properties every page should have."),
        Option("only_when_present", False,
               "Judge only pages that have at least one Open Graph tag."),
    )
    examples = (
        Example(_PAGE.format(head=_OG), fails=False, format="html"),
        Example(_PAGE.format(head='<meta property="og:title" content="Massage">'), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        info = head(ctx)
        return info is not None and (bool(info.open_graph) or not opts["only_when_present"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        if info is None:
            return
        required = str(opts["required"]).lower().split()
        missing = [name for name in required if not info.property_value(info.open_graph, name)]
        if not missing:
            return
        what = ("has no Open Graph tags" if not info.open_graph
                else "lacks " + ", ".join(missing))
        yield self.finding(
            ctx, f"The page {what}; add {', '.join(missing)} so shared links show a proper "
                 "preview.", span=info.open_graph[0].span if info.open_graph else None,
            data={"missing": missing})


@register
class TwitterCardMissing(Rule):
    """Flags pages without a Twitter (X) card type.

    ## What it does
    Looks for `<meta name="twitter:card">` (`summary` or `summary_large_image`, usually).
    X reads the title, description and image from Open Graph when its own tags are missing,
    but it needs the card type to show a card at all.

    ## Why is this bad?
    Without a card type, a link to the page shared on X shows as a bare link, with no title,
    picture or description to draw clicks.

    ## Example
    ```html
    <meta name="twitter:card" content="summary_large_image">
    ```
    """

    code = "MT112"
    name = "twitter-card-missing"
    title = "Twitter card type is missing"
    severity = Severity.INFO
    examples = (
        Example(_PAGE.format(head='<meta name="twitter:card" content="summary">'), fails=False,
                format="html"),
        Example(_PAGE.format(head=""), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return head(ctx) is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        if info is not None and not info.property_value(info.twitter, "twitter:card"):
            yield self.finding(
                ctx, 'The page has no <meta name="twitter:card">; add one ("summary_large_image" '
                     "or \"summary\") so links shared on X show a card.")


@register
class MetaKeywordsPresent(Rule):
    """Flags pages that still declare meta keywords.

    ## What it does
    Reports a `<meta name="keywords">` tag, at the tag.

    ## Why is this bad?
    Google has ignored meta keywords for ranking since 2009 and Bing treats a stuffed keywords
    tag as a spam signal. The tag does nothing for the page and tells competitors exactly
    which phrases it targets.

    ## Example
    ```html
    <meta name="keywords" content="massage, massage therapy, cheap massage">  <!-- flagged -->
    ```
    """

    code = "MT113"
    name = "meta-keywords-present"
    title = "Meta keywords tag is present"
    severity = Severity.INFO
    examples = (
        Example(_PAGE.format(head=""), fails=False, format="html"),
        Example(_PAGE.format(head='<meta name="keywords" content="massage, spa">'), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return head(ctx) is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        for tag in info.keywords if info is not None else ():
            content = (tag.get("content") or "").strip()
            yield self.finding(
                ctx, "The page declares meta keywords. Search engines ignore them for ranking "
                     "and some read a long list as spam; remove the tag.",
                span=tag.span, data={"content": content})


@register
class ViewportMissing(Rule):
    """Flags pages without a usable viewport meta tag.

    ## What it does
    Looks for `<meta name="viewport">` whose content sets `width` or `initial-scale`, as
    Lighthouse's `viewport` audit does ("Does not have a `<meta name="viewport">` tag with
    `width` or `initial-scale`").

    ## Why is this bad?
    Without it, phones render the page at desktop width and shrink it, so text is tiny and
    the page fails Google's mobile-friendliness, which mobile-first indexing relies on.

    ## Example
    ```html
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ```
    """

    code = "MT114"
    name = "viewport-missing"
    title = "Viewport meta tag is missing"
    severity = Severity.WARNING
    examples = (
        Example(_PAGE.format(head=_VIEWPORT), fails=False, format="html"),
        Example(_PAGE.format(head='<meta name="viewport" content="user-scalable=no">'),
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return head(ctx) is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        info = head(ctx)
        if info is None:
            return
        tags = info.viewport
        content = " ".join((t.get("content") or "").lower() for t in tags)
        if "width" in content or "initial-scale" in content:
            return
        message = ("The viewport tag sets neither width nor initial-scale" if tags
                   else 'The page has no <meta name="viewport">')
        yield self.finding(
            ctx, f'{message}; add <meta name="viewport" content="width=device-width, '
                 'initial-scale=1"> so phones show it at their own width.',
            span=tags[0].span if tags else None)
