"""ST: heading structure rules. They judge ``seokit.analysis.structure``."""

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


@register
class MissingOrMultipleH1(Rule):
    """Flags documents without a main heading (H1) or with more than one.

    ## What it does
    Counts level-1 headings: `<h1>` in HTML, `#` headings in Markdown, and the title line
    of a plain-text article. No H1 gives one document-level finding; each H1 after the first
    gives a finding at that heading. A Markdown file whose front matter has a `title` and
    whose body has no `#` heading passes by default, since site generators render that
    title as the H1 (option `front_matter_title_is_h1`).

    Yoast SEO's "Single title" assessment flags every H1 but the first
    (`SingleH1Assessment`); Screaming Frog lists pages with "Missing" and "Multiple" H1s.

    ## Why is this bad?
    The H1 tells readers and search engines what the page is about. Without one the page
    has no visible headline; with several, no single topic stands out and the outline
    screen-reader users navigate by starts in more than one place.

    ## Example
    ```markdown
    # Massage Therapy for Chronic Pain
    ## How it works                       <- fine
    # Book a session                      <- flagged: make it "## Book a session"
    ```
    """

    code = "ST101"
    name = "missing-or-multiple-h1"
    title = "Page should have exactly one H1"
    severity = Severity.WARNING
    options = (
        Option("front_matter_title_is_h1", True,
               "Count a Markdown front-matter title as the H1 when the body has none."),
    )
    examples = (
        Example("# Massage Therapy\n\n## How it works\n\nText.\n", fails=False,
                format="markdown"),
        Example("# Massage Therapy\n\nText.\n\n# Book a session\n\nText.\n", fails=True,
                format="markdown"),
        Example("<p>Massage helps.</p><h2>How it works</h2>", fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(ctx.document.blocks) or bool(_structure(ctx).headings)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _structure(ctx)
        h1s = [h for h in stats.headings if h.level == 1]
        if not h1s:
            doc = ctx.document
            if opts["front_matter_title_is_h1"] and doc.format is Format.MARKDOWN \
                    and stats.front_matter and stats.title:
                return
            yield self.finding(
                ctx, "The page has no main heading (H1). Add one headline that says what "
                "the page is about.", data={"h1_count": 0})
            return
        for number, heading in enumerate(h1s[1:], start=2):
            yield self.finding(
                ctx, f"This is main heading (H1) number {number} of {len(h1s)}; a page "
                "should have only one. Make this one a subheading (H2).",
                span=heading.span, data={"h1_count": len(h1s), "text": heading.text})


@register
class SkippedHeadingLevel(Rule):
    """Flags headings that skip a level, such as an H4 right after an H2.

    ## What it does
    Walks the headings in order and reports each one that is more than one level deeper
    than the heading before it. Going back up (H4, then H2) is fine, and so is the first
    heading, whatever its level. This is axe-core's `heading-order` check, which Lighthouse
    runs as "Heading elements are not in a sequentially-descending order".

    ## Why is this bad?
    Headings form the page's outline. A skipped level suggests a missing section to
    screen-reader users, who jump between headings, and blurs for search engines which
    parts of the text belong together. Style headings with CSS, not by picking a level.

    ## Example
    ```html
    <h2>Treatments</h2>
    <h4>Deep tissue massage</h4>   <!-- flagged: use <h3> -->
    ```
    """

    code = "ST102"
    name = "skipped-heading-level"
    title = "Heading level is skipped"
    severity = Severity.WARNING
    examples = (
        Example("<h1>Massage</h1><h2>Treatments</h2><h3>Deep tissue</h3><h2>Prices</h2>",
                fails=False, format="html"),
        Example("<h1>Massage</h1><h2>Treatments</h2><h4>Deep tissue</h4>", fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return len(_structure(ctx).headings) > 1

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for skip in _structure(ctx).skipped_levels:
            before, after = skip.previous.level, skip.heading.level
            yield self.finding(
                ctx, f"This H{after} comes right after an H{before}, skipping a level. Use "
                f"an H{before + 1} here so the outline has no gaps.",
                span=skip.heading.span, data={"from": before, "to": after,
                                              "expected": before + 1})


@register
class EmptyHeading(Rule):
    """Flags headings that have no text.

    ## What it does
    Finds `<h1>`-`<h6>` elements with no text (only white space, `&nbsp;` or markup) and
    Markdown headings with nothing after the `#` marks. A heading named by an image with
    alt text is not empty. This is axe-core's `empty-heading` check.

    ## Why is this bad?
    An empty heading adds a blank stop to the outline that screen-reader users navigate by,
    and it is usually left over from a template or an editor, holding a place where a real
    heading should be.

    ## Example
    ```html
    <h2></h2>                       <!-- flagged -->
    <h2>What to expect</h2>
    ```
    """

    code = "ST103"
    name = "empty-heading"
    title = "Heading is empty"
    severity = Severity.WARNING
    examples = (
        Example("<h1>Massage</h1><h2>What to expect</h2><p>Text.</p>", fails=False,
                format="html"),
        Example("<h1>Massage</h1><h2>  </h2><p>Text.</p>", fails=True, format="html"),
        Example("# Massage\n\n##\n\nText.\n", fails=True, format="markdown"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_structure(ctx).headings)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for heading in _structure(ctx).empty_headings:
            yield self.finding(
                ctx, f"This H{heading.level} heading is empty. Give it text that names the "
                "section, or remove it.", span=heading.span, data={"level": heading.level})


@register
class InvalidStructuredData(Rule):
    """Flags JSON-LD structured data that does not parse.

    ## What it does
    Parses every `<script type="application/ld+json">` block as JSON and reports each one
    that fails, at the place the parser stopped (a trailing comma, a missing quote, an
    unescaped line break), with the parser's message.

    ## Why is this bad?
    Search engines drop a JSON-LD block they cannot parse, so the page loses the rich results
    (stars, FAQs, breadcrumbs, article data) the block was written for, silently.

    ## Example
    ```html
    <script type="application/ld+json">{"@type": "Article",}</script>   <!-- flagged -->
    ```
    """

    code = "ST104"
    name = "invalid-structured-data"
    title = "JSON-LD structured data does not parse"
    severity = Severity.ERROR
    examples = (
        Example('<script type="application/ld+json">{"@type": "Article"}</script><p>Text.</p>',
                fails=False, format="html"),
        Example('<script type="application/ld+json">{"@type": "Article",}</script><p>Text.</p>',
                fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_structure(ctx).json_ld)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for number, block in enumerate(_structure(ctx).json_ld, start=1):
            if block.valid:
                continue
            yield self.finding(
                ctx, f"JSON-LD block {number} is not valid JSON ({block.error}); search engines "
                     "ignore all of it. Fix the syntax.",
                span=block.error_span or block.span, data={"error": block.error, "block": number})
