"""Keyphrase rules (KW): how often the keyphrases are used and whether the title, the opening,
the subheadings and the description name them. Stuffing is in ``seokit.rules.stuffing``, the
other placements and the keyphrase itself in ``seokit.rules.keyphrase``.

The bands are Yoast's published defaults; every threshold is an option. Rules that Yoast also
runs for related keyphrases judge every keyphrase; the others judge the focus keyphrase.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.keyphrase import Place
from seokit.analysis.keywords import KeyphraseStats, KeywordStats
from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule

# about 110 words of plain prose that never names the keyphrase used in the examples
_FILLER = (
    "Regular sessions can ease tight muscles and lower stress. A trained practitioner works "
    "slowly on the back, neck and shoulders, using steady pressure that feels firm but never "
    "painful. Many clients sleep better after a few weeks, and some notice that old aches fade. "
    "Drink water afterwards, rest for an hour and tell the practitioner about any injury before "
    "the next visit. Prices vary by city, so compare a few clinics, read their reviews and ask "
    "whether a first visit costs less. Book a short trial first and see how your body responds "
    "before you commit to a longer plan. Bring loose clothes, arrive early and switch off your "
    "phone so the hour is truly yours."
)



def keywords(ctx: Context) -> KeywordStats:
    stats: KeywordStats = ctx.metric("keywords")
    return stats


def keyphrase(ctx: Context) -> KeyphraseStats | None:
    """The focus keyphrase."""
    return keywords(ctx).keyphrase


def keyphrases(ctx: Context) -> tuple[KeyphraseStats, ...]:
    """Every keyphrase: the focus keyphrase, then related ones."""
    return keywords(ctx).keyphrases


def which(phrase: KeyphraseStats) -> str:
    """How a message names a keyphrase: "keyphrase" or "related keyphrase"."""
    return "keyphrase" if phrase.focus else "related keyphrase"


def percent(value: float) -> str:
    """A percentage as people write it: "1.9 %", "0.47 %", "3 %"."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + " %"


def times(count: int, comparison: str = "") -> str:
    """ "once", "3 times", "1 more time", "2 fewer times"."""
    if not comparison:
        return "once" if count == 1 else f"{count} times"
    return f"{count} {comparison} time{'' if count == 1 else 's'}"


@register
class KeyphraseDensityOutOfBand(Rule):
    """Flags a keyphrase used too rarely or too often for the length of the text.

    ## What it does
    Counts each keyphrase in the main text, in all its word forms ("massage therapies" counts
    for "massage therapy"), and divides by the number of words: the density, in percent. It
    reports a density below `min_density` or above `max_density`; above `way_over_density`
    the finding is an error, since that much repetition reads as keyword stuffing. Texts
    shorter than `min_words` are not judged. With `include_synonyms` the synonyms count too
    (Rank Math counts every keyword it is given; Yoast counts the keyphrase alone).

    Defaults are Yoast's `KeyphraseDensityAssessment` for texts matched without its premium
    word forms: 0.5 % to 3 %, "way over" above 4 %, and only texts of 100 words or more. Rank
    Math's `keywordDensity` test fails below 0.5 % and above 2.5 % (see the `rankmath`
    profile). Related keyphrases are judged the same way.

    ## Why is this bad?
    A keyphrase that hardly appears tells search engines little about what the page is about.
    One repeated far more than natural writing would reads as keyword stuffing, which search
    engines demote and readers dislike.

    ## Example
    With the keyphrase "massage therapy", a 300-word article that names it once (0.33 %) is
    below the band; one that names it 4 times (1.33 %) is inside it.
    """

    code = "KW101"
    name = "keyphrase-density-out-of-band"
    title = "Keyphrase density too low or too high"
    severity = Severity.WARNING
    options = (
        Option("min_density", 0.5, "Lowest acceptable keyphrase density, in percent of words."),
        Option("max_density", 3.0, "Highest acceptable keyphrase density, in percent of words."),
        Option("way_over_density", 4.0,
               "A density above this is reported as an error (keyword stuffing)."),
        Option("min_words", 100, "Texts with fewer words than this are not judged."),
        Option("include_synonyms", False, "Count the synonyms as uses of the keyphrase."),
    )
    examples = (
        Example(f"{_FILLER} Ask about massage therapy when you book.", fails=False,
                keyphrase="massage therapy"),
        Example(_FILLER, fails=True, keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(keyphrases(ctx)) and keywords(ctx).total_words >= int(opts["min_words"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = keywords(ctx)
        for phrase in keyphrases(ctx):
            yield from self._judge(ctx, stats, phrase, opts)

    def _judge(self, ctx: Context, stats: KeywordStats, phrase: KeyphraseStats,
               opts: Mapping[str, Any]) -> Iterator[Finding]:
        synonyms = bool(opts["include_synonyms"]) and bool(phrase.synonyms)
        words = stats.total_words
        count = phrase.count + (phrase.synonym_count if synonyms else 0)
        density = phrase.synonym_density if synonyms else phrase.density
        low, high = float(opts["min_density"]), float(opts["max_density"])
        named = f'The {which(phrase)} "{phrase.phrase}"' + (" with its synonyms" if synonyms else "")
        used = f"{named} is used {times(count)} in {words} words ({percent(density)})"
        data = {"keyphrase": phrase.phrase, "value": round(density, 2), "count": count,
                "words": words, "min_density": low, "max_density": high}
        if density < low:
            missing = max(1, math.ceil(round(low * words / 100, 9)) - count)
            yield self.finding(
                ctx, f"{used}, below the recommended minimum of {percent(low)}: use it about "
                     f"{times(missing, 'more')}.",
                data=data | {"threshold": low})
        elif density > high:
            extra = max(1, count - math.floor(round(high * words / 100, 9)))
            stuffing = density > float(opts["way_over_density"])
            advice = ("that much repetition reads as keyword stuffing. Use it about "
                      if stuffing else "use it about ")
            yield self.finding(
                ctx, f"{used}, above the recommended maximum of {percent(high)}: {advice}"
                     f"{times(extra, 'fewer')}, or vary the wording.",
                data=data | {"threshold": high, "stuffing": stuffing},
                severity=Severity.ERROR if stuffing else None)


@register
class KeyphraseMissingFromTitle(Rule):
    """Flags a page title that does not contain the focus keyphrase.

    ## What it does
    Looks for every content word of the focus keyphrase, in any word form and order, in the
    page title (HTML `<title>`, the Markdown front matter's `title` or first H1, a text file's
    first line). Pages without a title are left to the title rules. The finding's data says
    whether the words were found but not as the exact phrase (`exact`).

    Yoast's `KeyphraseInSEOTitleAssessment` asks for the keyphrase in the title, ideally at
    its start; Rank Math's "Focus Keyword in SEO Title" test does the same.

    ## Why is this bad?
    The title is what search results show and one of the strongest signals of what a page is
    about. A title without the keyphrase wastes it.

    ## Example
    For the keyphrase "massage therapy", the title "Ten Ways to Relax" fails and "Massage
    Therapy for Back Pain" passes.
    """

    code = "KW102"
    name = "keyphrase-missing-from-title"
    title = "Keyphrase missing from the title"
    severity = Severity.WARNING
    examples = (
        Example("Massage Therapy for Back Pain\n\nA gentle start.", fails=False,
                keyphrase="massage therapy"),
        Example("Ten Ways to Relax\n\nMassage therapy is one of them.", fails=True,
                keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = keyphrase(ctx)
        return phrase is not None and phrase.in_title is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = keyphrase(ctx)
        if phrase is not None and phrase.in_title is False:
            title = ctx.document.meta.title or ""
            yield self.finding(
                ctx, f'The title "{title}" does not contain the keyphrase "{phrase.phrase}": '
                     "put it in the title, ideally near the start.",
                span=ctx.document.meta.title_span,
                data={"keyphrase": phrase.phrase, "title": title})


@register
class KeyphraseMissingFromIntroduction(Rule):
    """Flags a first paragraph that does not contain a keyphrase or one of its synonyms.

    ## What it does
    Looks in the first paragraph of the main content (headings do not count as the
    introduction) for a sentence that holds every content word of the keyphrase, or of one of
    its synonyms, in any word form and order. This is Yoast's `IntroductionKeywordAssessment`,
    which it runs for related keyphrases too; Rank Math's "Focus Keyword at the beginning of
    the content" looks at the first 10 % of the text instead.

    ## Why is this bad?
    Readers and search engines both decide from the opening what a page is about. Naming the
    topic in the first paragraph confirms the reader is in the right place.

    ## Example
    For the keyphrase "massage therapy", an article that opens with "Stress builds up in the
    body." and names massage therapy only later fails.
    """

    code = "KW103"
    name = "keyphrase-missing-from-introduction"
    title = "Keyphrase missing from the first paragraph"
    severity = Severity.WARNING
    examples = (
        Example("Why It Helps\n\nMassage therapy eases stress.\n\nMore to come.", fails=False,
                keyphrase="massage therapy"),
        Example("Why It Helps\n\nStress builds up in the body.\n\nMassage therapy eases it.",
                fails=True, keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(p.in_first_paragraph is not None for p in keyphrases(ctx))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for phrase in keyphrases(ctx):
            placement = phrase.placement(Place.INTRODUCTION)
            if placement is None or placement.found or placement.synonym:
                continue
            yield self.finding(
                ctx, f'The first paragraph does not mention the {which(phrase)} '
                     f'"{phrase.phrase}": say what the page is about in its opening.',
                span=phrase.first_paragraph_span, data={"keyphrase": phrase.phrase})


@register
class KeyphraseMissingFromSubheadings(Rule):
    """Flags an article whose H2/H3 subheadings rarely or never contain the focus keyphrase.

    ## What it does
    Counts the H2 and H3 subheadings of the main content that hold every content word of the
    focus keyphrase or of a synonym, in any word form and order, and reports a share below
    `min_share`. Yoast's `SubHeadingsKeywordAssessment` asks for 30 % to 75 %; Rank Math
    only asks for the keyphrase in at least one subheading.
    Pages without subheadings are left to the structure rules.

    ## Why is this bad?
    Subheadings tell readers who scan, and search engines, what each part of the page covers.
    When none of them name the topic, the page's structure does not support its keyphrase.

    ## Example
    For the keyphrase "massage therapy", an article whose only subheadings are "What to
    Expect" and "Prices" fails; adding "Why Massage Therapy Helps" passes (1 of 3, 33 %).
    """

    code = "KW105"
    name = "keyphrase-missing-from-subheadings"
    title = "Keyphrase missing from the subheadings"
    severity = Severity.INFO
    options = (
        Option("min_share", 0.3,
               "Lowest share (0 to 1) of H2/H3 subheadings that should contain the keyphrase."),
    )
    examples = (
        Example("Guide\n\nAn intro.\n\nWhy Massage Therapy Helps\n\nIt eases stress.\n\n"
                "What to Expect\n\nA calm room.", fails=False, keyphrase="massage therapy"),
        Example("Guide\n\nAn intro.\n\nWhat to Expect\n\nA calm room.\n\nPrices\n\nFair.",
                fails=True, keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = keyphrase(ctx)
        return phrase is not None and phrase.subheadings > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = keyphrase(ctx)
        if phrase is None or phrase.subheading_share is None:
            return
        share, minimum = phrase.subheading_share, float(opts["min_share"])
        if share >= minimum:
            return
        found, total = phrase.subheadings_with_keyphrase, phrase.subheadings
        which = "None" if found == 0 else f"Only {found}"
        verb = "names" if found == 1 else "name"
        yield self.finding(
            ctx, f'{which} of the {total} subheadings (H2/H3) {verb} the keyphrase '
                 f'"{phrase.phrase}" ({percent(share * 100)}); aim for at least '
                 f"{percent(minimum * 100)}.",
            data={"value": round(share, 2), "threshold": minimum, "subheadings": total,
                  "with_keyphrase": found})


@register
class KeyphraseMissingFromDescription(Rule):
    """Flags a meta description that does not contain a keyphrase or one of its synonyms.

    ## What it does
    Looks for a sentence of the meta description (HTML `<meta name="description">` or the
    Markdown front matter's `description`) that holds every content word of the keyphrase, or
    of a synonym, in any word form and order: Yoast's `MetaDescriptionKeywordAssessment`,
    which it also runs for related keyphrases. Pages without a description are left to the
    meta rules.

    ## Why is this bad?
    Search engines often show the description under the title in results and highlight the
    searched words in it; a description that names the keyphrase draws more clicks.

    ## Example
    For the keyphrase "massage therapy", the description "Ten ways to unwind after work" fails.
    """

    code = "KW106"
    name = "keyphrase-missing-from-description"
    title = "Keyphrase missing from the meta description"
    severity = Severity.WARNING
    examples = (
        Example("---\ndescription: How massage therapy eases back pain\n---\n\nText.",
                fails=False, format="markdown", keyphrase="massage therapy"),
        Example("---\ndescription: Ten ways to unwind after work\n---\n\nText.",
                fails=True, format="markdown", keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(p.in_description is not None for p in keyphrases(ctx))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        description = ctx.document.meta.description or ""
        for phrase in keyphrases(ctx):
            placement = phrase.placement(Place.DESCRIPTION)
            if placement is None or placement.found or placement.synonym:
                continue
            yield self.finding(
                ctx, f'The meta description does not contain the {which(phrase)} '
                     f'"{phrase.phrase}": name it there, since search results highlight it.',
                span=ctx.document.meta.description_span,
                data={"keyphrase": phrase.phrase, "description": description})
