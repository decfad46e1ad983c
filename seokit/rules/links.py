"""LN: link rules. They judge the measurements of ``seokit.analysis.links``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.links import LinkKind, LinkStats
from seokit.context import Context
from seokit.data.generic_anchors import generic_anchors, normalize_anchor
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule

_NOT_NAVIGATION = (LinkKind.FRAGMENT, LinkKind.MAILTO, LinkKind.TEL, LinkKind.JAVASCRIPT)


def _links(ctx: Context) -> LinkStats:
    stats: LinkStats = ctx.metric("links")
    return stats


def _quote(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@register
class GenericAnchorText(Rule):
    """Flags links whose text says nothing about where they go ("click here", "read more").

    ## What it does
    Compares each link's text with a list of generic link texts in the link's language (its
    `lang`, else the page's, else every language seokit knows: English, German, French,
    Spanish, Italian, Dutch, Portuguese, Swedish). Case, accents and punctuation around the
    text do not matter. Same-page, email, phone and JavaScript links are skipped, as
    Lighthouse's `link-text` audit does. (Link texts that are bare web addresses are LN109's.)

    ## Why is this bad?
    Search engines read link text to learn what the target page is about, and screen-reader
    users often list a page's links out of context, where "click here" means nothing.
    Google and Lighthouse ("Links do not have descriptive text") both ask for link text
    that describes the destination.

    ## Example
    ```html
    <p>Compare plans on <a href="/pricing">click here</a>.</p>   <!-- flagged -->
    <p>Compare plans on <a href="/pricing">our pricing page</a>.</p>
    ```
    """

    code = "LN101"
    name = "generic-anchor-text"
    title = "Link text is generic"
    severity = Severity.WARNING
    options = (Option("extra_phrases", [], "More link texts to flag, in any language."),)
    examples = (
        Example('<p>Compare plans on <a href="/pricing">our pricing page</a>.</p>', fails=False,
                format="html"),
        Example('<p>Compare plans <a href="/pricing">click here</a>.</p>', fails=True,
                format="html"),
        Example('<html lang="de"><p>Preise <a href="/preise">hier klicken</a>.</p></html>',
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(item.link.text for item in _links(ctx).items)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        extra = {normalize_anchor(str(p)) for p in opts["extra_phrases"]}
        page_lang = ctx.document.meta.lang or ctx.settings.language
        for item in _links(ctx).items:
            text = item.link.text.strip()
            if not text or item.kind in _NOT_NAVIGATION:
                continue
            lang = item.link.lang or page_lang
            normalized = normalize_anchor(text)
            if normalized in generic_anchors(lang) or normalized in extra:
                yield self.finding(
                    ctx, f'The link text "{_quote(text)}" does not say where the link goes. '
                    "Describe the page it leads to instead.",
                    span=item.link.span, data={"text": text, "href": item.link.href,
                                               "language": lang})


@register
class EmptyAnchorText(Rule):
    """Flags links that have no text and no image inside them.

    ## What it does
    Finds links whose visible text is empty and which wrap no image. (A link that holds
    only an image is named by the image's `alt` text; one without it is LN108's.)

    ## Why is this bad?
    A link without text gives search engines no anchor text for the page it points to, and
    screen readers announce it as just "link" or read out the address. Lighthouse and axe
    report this as "Links do not have a discernible name" (WCAG 2.4.4, 4.1.2).

    ## Example
    ```html
    <a href="/cart"></a>                  <!-- flagged -->
    <a href="/cart">Shopping cart</a>
    ```
    """

    code = "LN102"
    name = "empty-anchor-text"
    title = "Link has no text"
    severity = Severity.WARNING
    examples = (
        Example('<p><a href="/cart"><img src="cart.svg" alt="Shopping cart"></a></p>',
                fails=False, format="html"),
        Example('<p>See <a href="/cart"></a> now.</p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(ctx.document.links)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            if item.link.text.strip() or item.link.has_image:
                continue
            yield self.finding(
                ctx, "This link contains nothing, so search engines and screen readers "
                "cannot tell where it goes. Give it text that says where it leads.",
                span=item.link.span, data={"href": item.link.href})


@register
class UnsafeLinkHref(Rule):
    """Flags links whose address is not a web address a visitor or crawler can follow.

    ## What it does
    Finds links to `javascript:` code, to `file:` paths on someone's own computer, links with
    an empty `href`, and links whose address is malformed (such as `http://[::1`). The
    checks follow Lighthouse's `crawlable-anchors` audit and Google's guidance that a link
    must be an `<a>` with an `href` that resolves to a real web address.

    ## Why is this bad?
    Search engines do not run `javascript:` links, so the pages behind them are not
    discovered; `file:` links only work on the author's machine; empty and malformed
    addresses go nowhere or reload the page. JavaScript URLs are also a common way to
    inject script.

    ## Example
    ```html
    <a href="javascript:openMenu()">Menu</a>   <!-- flagged -->
    <a href="/menu">Menu</a>
    ```
    """

    code = "LN103"
    name = "unsafe-link-href"
    title = "Link address is not a followable URL"
    severity = Severity.WARNING
    examples = (
        Example('<p><a href="/menu">Our menu</a></p>', fails=False, format="html"),
        Example('<p><a href="javascript:openMenu()">Our menu</a></p>', fails=True,
                format="html"),
        Example('<p><a href="file:///C:/menu.pdf">Our menu</a></p>', fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(ctx.document.links)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            href = _quote(item.link.href.strip(), 40)
            if item.kind is LinkKind.JAVASCRIPT:
                message = (f'This link runs JavaScript ("{href}") instead of pointing to a web '
                           "address, so search engines cannot follow it.")
            elif item.scheme == "file":
                message = (f'This link points to a file on a local computer ("{href}"), which '
                           "visitors cannot open.")
            elif item.error == "empty href":
                message = "This link has an empty address, so it only reloads the page."
            elif item.error is not None:
                message = f'This link\'s address is not a valid web address ("{href}").'
            else:
                continue
            yield self.finding(ctx, message, span=item.link.span,
                               data={"href": item.link.href, "scheme": item.scheme,
                                     "error": item.error})


@register
class BrokenFragmentLink(Rule):
    """Flags same-page links (`#section`) whose target id is not on the page.

    ## What it does
    Checks every link to `#id` on the same page against the ids the page has: `id` (and
    legacy `<a name>`) attributes in HTML; in Markdown, also the ids common renderers give
    headings (GitHub, Hugo, markdown-it-anchor, Pandoc, kramdown, Python-Markdown) and
    `{#id}` attributes. `#`, `#top` and app routes such as `#/settings` are not checked.

    ## Why is this bad?
    A table-of-contents or "jump to" link whose target is missing does nothing when clicked,
    usually because a heading was renamed. Visitors lose the shortcut and search engines
    lose the chance to offer "jump to" links in results.

    ## Example
    ```markdown
    See [pricing](#pricing).     <!-- flagged when no heading or id is "pricing" -->

    ## Pricing
    ```
    """

    code = "LN104"
    name = "broken-fragment-link"
    title = "Same-page link points to a missing section"
    severity = Severity.WARNING
    examples = (
        Example('<p><a href="#faq">FAQ</a></p><h2 id="faq">FAQ</h2>', fails=False,
                format="html"),
        Example('<p><a href="#faq">FAQ</a></p><h2 id="questions">FAQ</h2>', fails=True,
                format="html"),
        Example("See [the prices](#pricing).\n\n## Pricing\n\nText.\n", fails=False,
                format="markdown"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(item.target_found is not None for item in _links(ctx).items)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            if item.target_found is False:
                yield self.finding(
                    ctx, f'This link jumps to "#{_quote(item.fragment or "", 40)}", but nothing '
                    "on the page has that id, so the link goes nowhere.",
                    span=item.link.span, data={"fragment": item.fragment,
                                               "href": item.link.href})


@register
class InsecureLinkFromHttpsPage(Rule):
    """Flags `http://` links on a page served over `https://`.

    ## What it does
    When the page's address (its URL, or else its canonical URL) is `https://`, finds links
    to `http://` addresses. Site auditors report the same issue (Semrush "HTTPS page links to
    HTTP page", Ahrefs "HTTPS page has internal links to HTTP").

    ## Why is this bad?
    Visitors leave the secure connection: browsers may warn, the target page can be altered
    on the way, and internal `http://` links make every visit go through a redirect (or
    reach an unencrypted copy of your own page). Most sites now serve `https://`; link to
    that address.

    ## Example
    ```html
    <!-- on https://example.com/post -->
    <a href="http://example.com/pricing">Pricing</a>    <!-- flagged -->
    <a href="https://example.com/pricing">Pricing</a>
    ```
    """

    code = "LN105"
    name = "insecure-link-from-https-page"
    title = "Secure page links to an insecure http:// address"
    severity = Severity.WARNING
    options = (Option("internal_only", False, "Only flag links to the page's own site."),)
    examples = (
        Example('<link rel="canonical" href="https://example.com/post">'
                '<p><a href="https://example.org/guide">The guide</a></p>', fails=False,
                format="html"),
        Example('<link rel="canonical" href="https://example.com/post">'
                '<p><a href="http://example.org/guide">The guide</a></p>', fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _links(ctx)
        return bool(stats.items) and (stats.page_url or "").lower().startswith("https:")

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for item in _links(ctx).items:
            if item.scheme != "http" or item.kind not in (LinkKind.INTERNAL, LinkKind.EXTERNAL):
                continue
            if opts["internal_only"] and item.kind is not LinkKind.INTERNAL:
                continue
            yield self.finding(
                ctx, "This link uses an insecure http:// address on a secure https:// page. "
                "Link to the https:// version if the site has one.",
                span=item.link.span, data={"href": item.link.href, "kind": item.kind.value})


@register
class TooManyLinks(Rule):
    """Flags text with so many links per word that it reads like a link list.

    ## What it does
    Counts the links in the main content per 100 words of main text (navigation, footers and
    sidebars excluded) and reports the page when that density is above `max_per_100_words`.
    Texts shorter than `min_words` are skipped: a few links in a short blurb say little.

    No tool publishes a density threshold. Google's early webmaster guidelines asked to keep
    "the links on a given page to a reasonable number"; seokit's default of 10 per 100
    words (a link every tenth word) is its own, deliberately loose choice.

    ## Why is this bad?
    Dense links make text hard to read, split the attention (and the link value) a page
    passes on, and are typical of link schemes and auto-generated pages.

    ## Example
    A 120-word paragraph with 15 links (12.5 per 100 words) is flagged; the same paragraph
    with 3 links is not.
    """

    code = "LN106"
    name = "too-many-links"
    title = "Too many links for the amount of text"
    severity = Severity.INFO
    options = (
        Option("max_per_100_words", 10.0, "Most links allowed per 100 words of main text."),
        Option("min_words", 50, "Only judge texts with at least this many words."),
    )
    examples = (
        Example("<p>" + "Plain words without links here. " * 12 + '<a href="/a">a guide</a></p>',
                fails=False, format="html"),
        Example("<p>" + " ".join(f'<a href="/p{i}">page {i}</a> and' for i in range(25))
                + "</p>", fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _links(ctx)
        return bool(stats.items) and stats.main_words >= opts["min_words"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _links(ctx)
        density = stats.per_100_words
        if density is not None and density > opts["max_per_100_words"]:
            yield self.finding(
                ctx, f"The text has {stats.main_links} links in {stats.main_words} words "
                f"({density:.1f} per 100 words; at most {opts['max_per_100_words']:g} "
                "recommended). Keep the links that help the reader most.",
                data={"links": stats.main_links, "words": stats.main_words,
                      "per_100_words": round(density, 2),
                      "threshold": opts["max_per_100_words"]})


# The rest of the LN rules (anchor language, image links, bare addresses, outbound domains,
# nofollow) live in their own module; importing this one registers them too.
from seokit.rules import links_anchors  # noqa: E402, F401
