"""CT: content and length rules. They judge ``seokit.analysis.readability``; defaults are
Yoast SEO's."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.readability import ReadabilityStats, SectionStats
from seokit.context import Context
from seokit.document import Span
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule


def _readability(ctx: Context) -> ReadabilityStats:
    stats: ReadabilityStats = ctx.metric("readability")
    return stats


def _words(n: int) -> str:
    """A paragraph of ``n`` words in ten-word sentences, for the rule examples."""
    sentences = [" ".join(["word"] * min(10, n - i)).capitalize() + "." for i in range(0, n, 10)]
    return " ".join(sentences)


@register
class TextTooShort(Rule):
    """Flags pages with too little text.

    ## What it does
    Counts the words of the main text (headings, navigation, footers and code not included)
    and flags the document when there are fewer than `min_words`; below `far_too_short_words`
    the finding is an error. Languages written without spaces between words (Japanese,
    Chinese, Thai) are measured in characters against `min_characters` instead.

    Defaults: Yoast SEO's text length assessment recommends at least 300 words for a post
    (600 characters for Japanese) and calls fewer than 100 far too short.

    ## Why is this bad?
    A short page rarely answers a searcher's question fully. Search engines see it as thin
    content, it gives the keyphrase little context, and it seldom ranks against longer,
    more helpful pages.

    ## Example
    ```text
    A 120-word product blurb.       <- flagged: fewer than 300 words
    A 900-word guide.               <- fine
    ```
    """

    code = "CT101"
    name = "text-too-short"
    title = "Text too short"
    severity = Severity.WARNING
    options = (
        Option("min_words", 300, "Flag a text with fewer words than this."),
        Option("far_too_short_words", 100, "Below this many words the finding is an error."),
        Option("min_characters", 600, "For languages written without spaces: flag a text with "
                                      "fewer letters and digits than this."),
    )
    examples = (
        Example(_words(320), fails=False),
        Example(_words(120), fails=True),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        if stats.unspaced:
            if stats.characters < opts["min_characters"]:
                yield self.finding(
                    ctx,
                    f"The text has {stats.characters} characters; aim for at least "
                    f"{opts['min_characters']} so the page covers its topic.",
                    data={"value": stats.characters, "threshold": opts["min_characters"],
                          "unit": "characters"},
                )
            return
        if stats.words >= opts["min_words"]:
            return
        far = stats.words < opts["far_too_short_words"]
        yield self.finding(
            ctx,
            f"The text has {stats.words} words{', far too few' if far else ''}; aim for at "
            f"least {opts['min_words']} so the page covers its topic.",
            data={"value": stats.words, "threshold": opts["min_words"], "unit": "words"},
            severity=Severity.ERROR if far else None,
        )


@register
class TooMuchTextWithoutSubheading(Rule):
    """Flags long stretches of text without a subheading.

    ## What it does
    Splits the main text at its headings and counts the words under each one (and before the
    first). Every stretch with more than `max_words` words gets a finding at its heading, or
    at its first paragraph when no heading comes before it. A text of `max_words` words or
    fewer in all needs no subheadings and is not judged. Languages written without spaces
    between words are measured in letters and digits against `max_characters`.

    Defaults: Yoast SEO's subheading distribution assessment recommends a subheading at least
    every 300 words, and every 600 characters in Japanese (its
    languages/ja/config/subheadingsTooLong.js).

    ## Why is this bad?
    Readers scan subheadings to find the part they came for, and search engines use them to
    understand how a page is organised. A long stretch without one is a wall of text that
    hides its content from both.

    ## Example
    ```text
    Title
    (450 words of text)              <- flagged: no subheading for 450 words
    ```
    """

    code = "CT102"
    name = "too-much-text-without-subheading"
    title = "Too much text without a subheading"
    severity = Severity.WARNING
    options = (
        Option("max_words", 300, "Flag a stretch of text with more words than this between "
                                 "two headings (or before the first one)."),
        Option("max_characters", 600, "For languages written without spaces: flag a stretch "
                                      "with more letters and digits than this."),
    )
    examples = (
        Example("Title\n\n" + _words(200) + "\n\nA subheading\n\n" + _words(200), fails=False),
        Example("Title\n\n" + _words(200) + "\n\n" + _words(200), fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        if stats.unspaced:
            return bool(stats.characters > opts["max_characters"])
        return bool(stats.words > opts["max_words"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        unit, limit = ("characters", opts["max_characters"]) if stats.unspaced else \
            ("words", opts["max_words"])
        for section in stats.sections:
            length = section.characters if stats.unspaced else section.words
            if length > limit:
                yield self.finding(
                    ctx,
                    f"{self._where(ctx, section)} has {length} {unit} without a "
                    f"subheading; add one at least every {limit} {unit}.",
                    span=self._span(ctx, section),
                    data={"value": length, "threshold": limit, "unit": unit},
                )

    @staticmethod
    def _where(ctx: Context, section: SectionStats) -> str:
        if section.heading is None:
            return "The text before the first heading"
        heading = ctx.document.blocks[section.heading]
        text = heading.text if len(heading.text) <= 60 else heading.text[:57] + "..."
        return f'The text under "{text}"'

    @staticmethod
    def _span(ctx: Context, section: SectionStats) -> Span | None:
        index = section.heading if section.heading is not None else section.blocks[0]
        return ctx.document.blocks[index].span
