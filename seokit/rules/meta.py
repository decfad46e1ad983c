"""MT: title and meta description rules. They judge ``seokit.analysis.structure``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.structure import StructureStats
from seokit.context import Context
from seokit.document import Format
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule


def _structure(ctx: Context) -> StructureStats:
    stats: StructureStats = ctx.metric("structure")
    return stats


def _where(ctx: Context) -> str:
    return {Format.HTML: "The page has no <title>", Format.MARKDOWN:
            "The document has no title (no 'title' in the front matter and no # heading)",
            Format.TEXT: "The text does not start with a title line"}[ctx.document.format]


@register
class TitleMissing(Rule):
    """Flags documents without a title.

    ## What it does
    Looks for the title: the `<title>` element of an HTML page, the `title` of a Markdown
    file's front matter (or its first `#` heading), or the first line of a plain-text article
    when it reads as a heading. An empty `<title></title>` counts as missing.

    ## Why is this bad?
    The title is the headline of the search result and the name of the browser tab. Without
    one, search engines make one up from the page. Lighthouse fails such pages ("Document
    doesn't have a `<title>` element").

    ## Example
    ```html
    <head><title>Massage therapy for chronic pain | Example Clinic</title></head>
    ```
    """

    code = "MT101"
    name = "title-missing"
    title = "Title is missing"
    severity = Severity.ERROR
    examples = (
        Example("Massage Therapy for Chronic Pain\n\nMassage can ease pain.\n", fails=False),
        Example("<html><head></head><body><p>Massage can ease pain.</p></body></html>",
                fails=True, format="html"),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        if not _structure(ctx).title:
            yield self.finding(ctx, f"{_where(ctx)}. Add a short title that says what the "
                               "page is about; it is the headline of the search result.")


@register
class TitleLengthOutOfRange(Rule):
    """Flags titles shorter than 30 or longer than 60 characters or 600 pixels.

    ## What it does
    Counts the title's characters and estimates its width in Arial 20 px, the font of
    Google's result titles, and reports a title shorter than `min_length`, or longer than
    `max_length` characters or wider than `max_pixels` (one finding either way; the data has
    both numbers). The character defaults, 30 and 60, are Screaming Frog SEO Spider's "Below
    30 Characters" and "Over 60 Characters" page-title filters (Moz also advises under 60);
    600 px is the width Yoast's `PageTitleWidthAssessment` allows, since search engines cut
    titles by width: 60 narrow letters fit, 50 wide ones may not. Set `max_pixels` to 0 to
    judge by characters alone.

    ## Why is this bad?
    A long title is cut off with "…" in search results, often losing the words that would
    earn the click; a very short one wastes the most prominent space in the result and is
    more likely to be rewritten by the search engine.

    ## Example
    ```text
    Massage                                                        <- too short (7)
    Massage Therapy for Chronic Pain: What the Research Says       <- 56, fine
    ```
    """

    code = "MT102"
    name = "title-length-out-of-range"
    title = "Title is too short or too long"
    severity = Severity.WARNING
    options = (
        Option("min_length", 30, "Fewest characters a title should have."),
        Option("max_length", 60, "Most characters a title should have."),
        Option("max_pixels", 600.0,
               "Widest a title should be, in pixels of Arial 20 px (0: do not judge width)."),
    )
    examples = (
        Example("Massage Therapy for Chronic Pain: What Research Says\n\nText.\n", fails=False),
        Example("Massage\n\nText.\n", fails=True),
        Example("<title>Massage therapy for chronic pain, back pain, neck pain, nerve pain and "
                "stress | Clinic</title>", fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_structure(ctx).title)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _structure(ctx)
        length, low, high = stats.title_length, opts["min_length"], opts["max_length"]
        pixels, widest = stats.title_pixels or 0.0, float(opts["max_pixels"])
        too_wide = bool(widest) and pixels > widest
        if low <= length <= high and not too_wide:
            return
        if length > high or too_wide:
            size = (f"{length} characters" if not too_wide else
                    f"{length} characters and about {round(pixels)} pixels")
            message = (f"The title has {size}, so search results will likely cut it off "
                       f"(aim for {low} to {high} characters" +
                       (f" and at most {round(widest)} pixels" if widest else "") +
                       "). Put the important words first and shorten the rest.")
        else:
            message = (f"The title has {length} characters; titles of {low} to {high} "
                       "characters use the space in search results best. Add what makes the "
                       "page worth clicking.")
        data = {"length": length, "min": low, "max": high, "max_pixels": widest,
                "pixels": None if stats.title_pixels is None else round(stats.title_pixels, 1)}
        yield self.finding(ctx, message, span=ctx.document.meta.title_span, data=data)


def _description_expected(ctx: Context) -> bool:
    doc = ctx.document
    return doc.format is Format.HTML or (doc.format is Format.MARKDOWN and bool(
        doc.meta.front_matter))


@register
class MetaDescriptionMissing(Rule):
    """Flags HTML pages (and Markdown files with front matter) without a meta description.

    ## What it does
    Looks for `<meta name="description" content="…">` in HTML, or a `description` key in a
    Markdown file's front matter. Plain text and Markdown without front matter have no place
    for one, so the rule does not apply to them. An empty description counts as missing.

    ## Why is this bad?
    Search engines often show the meta description as the snippet under the title. Without
    one they pick text from the page, which may not sell the click. Lighthouse's SEO audit
    fails pages without it ("Document does not have a meta description").

    ## Example
    ```html
    <meta name="description" content="How massage therapy eases chronic, nerve and muscle
    pain, what the studies show, and what to expect from your first session.">
    ```
    """

    code = "MT103"
    name = "meta-description-missing"
    title = "Meta description is missing"
    severity = Severity.WARNING
    examples = (
        Example('<head><title>Massage</title><meta name="description" content="How massage '
                'eases chronic pain."></head>', fails=False, format="html"),
        Example("<head><title>Massage</title></head><p>Text.</p>", fails=True, format="html"),
        Example("---\ntitle: Massage\n---\n\nText.\n", fails=True, format="markdown"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _description_expected(ctx)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        if not _structure(ctx).description:
            where = ("a 'description' in the front matter" if ctx.document.format is
                     Format.MARKDOWN else 'a <meta name="description">')
            yield self.finding(ctx, f"There is no meta description. Add {where}: one or two "
                               "sentences that make searchers want to click.")


@register
class MetaDescriptionLengthOutOfRange(Rule):
    """Flags meta descriptions shorter than 120 or longer than 156 characters.

    ## What it does
    Counts the description's characters and reports it when outside
    `min_length`..`max_length`. The defaults are Yoast SEO's: it calls a description of 120
    characters or fewer too short and one over 156 too long
    (`MetaDescriptionLengthAssessment`, `recommendedMaximumLength: 120`, `maximumLength: 156`);
    seokit accepts exactly 120.

    ## Why is this bad?
    A long description is cut off in search results; a short one leaves the snippet space
    unused, and search engines are more likely to replace it with text from the page.

    ## Example
    ```html
    <meta name="description" content="Massage helps.">    <!-- too short (14) -->
    ```
    """

    code = "MT104"
    name = "meta-description-length-out-of-range"
    title = "Meta description is too short or too long"
    severity = Severity.WARNING
    options = (
        Option("min_length", 120, "Fewest characters a meta description should have."),
        Option("max_length", 156, "Most characters a meta description should have."),
    )
    examples = (
        Example('<meta name="description" content="How massage therapy eases chronic back, '
                'neck and nerve pain, what the research shows, and what to expect from a '
                'first session.">', fails=False, format="html"),
        Example('<meta name="description" content="Massage helps.">', fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _description_expected(ctx) and bool(_structure(ctx).description)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        length = _structure(ctx).description_length
        low, high = opts["min_length"], opts["max_length"]
        if length < low:
            message = (f"The meta description has {length} characters; use {low} to {high} "
                       "to fill the search snippet.")
        elif length > high:
            message = (f"The meta description has {length} characters, so search results "
                       f"will likely cut it off (aim for {low} to {high}).")
        else:
            return
        yield self.finding(ctx, message, span=ctx.document.meta.description_span,
                           data={"length": length, "min": low, "max": high})
