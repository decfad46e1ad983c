"""Keyphrase and keyword rules (KW): how often and where the focus keyphrase is used, and
whether any word or phrase is repeated so often that the text reads as keyword stuffing.

The bands are Yoast's published defaults; every threshold is an option.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

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
_STUFFED = " ".join(["Buy cheap shoes online today."] * 25)


def keywords(ctx: Context) -> KeywordStats:
    stats: KeywordStats = ctx.metric("keywords")
    return stats


def keyphrase(ctx: Context) -> KeyphraseStats | None:
    return keywords(ctx).keyphrase


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
    """Flags a focus keyphrase used too rarely or too often for the length of the text.

    ## What it does
    Counts the keyphrase in the main text, in all its word forms ("massage therapies" counts for
    "massage therapy"), and divides by the number of words: the density, in percent. It reports
    a density below `min_density` or above `max_density`; above `error_factor` times the
    maximum the finding is an error. Texts shorter than `min_words` are not judged.

    ## Why is this bad?
    A keyphrase that hardly appears tells search engines little about what the page is about.
    One repeated far more than natural writing would reads as keyword stuffing, which search
    engines demote and readers dislike. Yoast recommends 0.5 % to 3 %.

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
        Option("error_factor", 2.0,
               "A density above this many times max_density is reported as an error."),
        Option("min_words", 100, "Texts with fewer words than this are not judged."),
    )
    examples = (
        Example(f"{_FILLER} Ask about massage therapy when you book.", fails=False,
                keyphrase="massage therapy"),
        Example(_FILLER, fails=True, keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return keyphrase(ctx) is not None and keywords(ctx).total_words >= int(opts["min_words"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = keywords(ctx)
        phrase = keyphrase(ctx)
        if phrase is None:
            return
        words, count, density = stats.total_words, phrase.count, phrase.density
        low, high = float(opts["min_density"]), float(opts["max_density"])
        used = (f'The keyphrase "{phrase.phrase}" is used {times(count)} in {words} words '
                f"({percent(density)})")
        data = {"value": round(density, 2), "count": count, "words": words,
                "min_density": low, "max_density": high}
        if density < low:
            missing = max(1, math.ceil(round(low * words / 100, 9)) - count)
            yield self.finding(
                ctx, f"{used}, below the recommended minimum of {percent(low)}: use it about "
                     f"{times(missing, 'more')}.",
                data=data | {"threshold": low})
        elif density > high:
            extra = max(1, count - math.floor(round(high * words / 100, 9)))
            severity = Severity.ERROR if density > high * float(opts["error_factor"]) else None
            yield self.finding(
                ctx, f"{used}, above the recommended maximum of {percent(high)}: use it about "
                     f"{times(extra, 'fewer')}, or vary the wording.",
                data=data | {"threshold": high}, severity=severity)


@register
class KeyphraseMissingFromTitle(Rule):
    """Flags a page title that does not contain the focus keyphrase.

    ## What it does
    Looks for the keyphrase, in any word form, in the page title (HTML `<title>`, the Markdown
    front matter's `title` or first H1, a text file's first line). Pages without a title are
    left to the title rules.

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
                span=ctx.document.meta.title_span, data={"title": title})


@register
class KeyphraseMissingFromIntroduction(Rule):
    """Flags a first paragraph that does not contain the focus keyphrase.

    ## What it does
    Looks for the keyphrase, in any word form, in the first paragraph of the main content
    (headings do not count as the introduction).

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
        phrase = keyphrase(ctx)
        return phrase is not None and phrase.in_first_paragraph is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = keyphrase(ctx)
        if phrase is not None and phrase.in_first_paragraph is False:
            yield self.finding(
                ctx, f'The first paragraph does not mention the keyphrase "{phrase.phrase}": '
                     "say what the page is about in its opening.",
                span=phrase.first_paragraph_span)


@register
class KeywordStuffing(Rule):
    """Flags a word or phrase repeated far more often than natural writing would, keyphrase or not.

    ## What it does
    Takes the most used words and two- and three-word phrases of the main text (stop words
    such as "the" or "and" never start or end one; word forms count together) and reports any
    single word above `max_word_density` percent of all words, or any phrase above
    `max_phrase_density` percent. The focus keyphrase is left to KW101, and uses of a word
    inside a reported phrase or the keyphrase do not count again for the word alone. Texts
    shorter than `min_words` are not judged: in a short text a few repetitions make a large
    percentage.

    The defaults: 3 % for phrases is Yoast's upper bound for a focus keyphrase, and no other
    phrase should be used more than the keyphrase itself. For single words, natural prose
    rarely puts its most frequent content word above 3 to 4.5 % even in a tightly focused
    article (the topic word "pain" makes 4.6 % of the bundled massage-therapy example), so 5 %
    leaves room for a topic word while catching repetition for its own sake.

    ## Why is this bad?
    Search engines treat repeating a term to rank for it as spam and may demote the page;
    readers find such text clumsy and untrustworthy.

    ## Example
    "Buy cheap shoes online today." repeated 25 times: "cheap shoes" makes 20 % of the words.
    """

    code = "KW104"
    name = "keyword-stuffing"
    title = "A word or phrase is repeated unnaturally often"
    severity = Severity.WARNING
    options = (
        Option("max_word_density", 5.0, "Highest natural density of a single word, in percent."),
        Option("max_phrase_density", 3.0,
               "Highest natural density of a two- or three-word phrase, in percent."),
        Option("min_words", 100, "Texts with fewer words than this are not judged."),
    )
    examples = (
        Example(_FILLER, fails=False),
        Example(_STUFFED, fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return keywords(ctx).total_words >= int(opts["min_words"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = keywords(ctx)
        phrase = keyphrase(ctx)
        # phrases already judged, with their counts: the keyphrase (KW101's) and each reported one
        judged = [(phrase.stems, phrase.count)] if phrase is not None else []
        for n in (3, 2, 1):  # longest first, so the parts of a stuffed phrase stay quiet
            limit = float(opts["max_word_density"] if n == 1 else opts["max_phrase_density"])
            for term in stats.top_of_size(n):
                # uses inside a judged phrase were judged there; count only the rest
                inside = max((c for key, c in judged if _contains(key, term.key)), default=0)
                if stats.density(term.count - inside) <= limit:
                    continue
                judged.append((term.key, term.count))
                density = stats.density(term.count)
                kind = "word" if n == 1 else "phrase"
                yield self.finding(
                    ctx, f'The {kind} "{term.term}" is used {times(term.count)} in '
                         f"{stats.total_words} words ({percent(density)}), above the natural "
                         f"maximum of {percent(limit)}: it reads as keyword stuffing. Use it "
                         "less often or vary the wording.",
                    data={"term": term.term, "n": n, "count": term.count,
                          "value": round(density, 2), "threshold": limit})


def _contains(longer: tuple[str, ...], part: tuple[str, ...]) -> bool:
    size = len(part)
    return any(longer[i:i + size] == part for i in range(len(longer) - size + 1))


@register
class KeyphraseMissingFromSubheadings(Rule):
    """Flags an article whose H2/H3 subheadings rarely or never contain the focus keyphrase.

    ## What it does
    Counts the H2 and H3 subheadings of the main content that contain the keyphrase in any
    word form, and reports a share below `min_share` (Yoast recommends at least 30 %).
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
    """Flags a meta description that does not contain the focus keyphrase.

    ## What it does
    Looks for the keyphrase, in any word form, in the meta description (HTML
    `<meta name="description">` or the Markdown front matter's `description`). Pages without a
    description are left to the meta rules.

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
        phrase = keyphrase(ctx)
        return phrase is not None and phrase.in_description is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = keyphrase(ctx)
        if phrase is not None and phrase.in_description is False:
            description = ctx.document.meta.description or ""
            yield self.finding(
                ctx, f'The meta description does not contain the keyphrase "{phrase.phrase}": '
                     "name it there, since search results highlight it.",
                span=ctx.document.meta.description_span, data={"description": description})
