"""Keyword stuffing rules (KW): a word or phrase far above natural density, text repeated
word for word, and keyword lists. They judge ``seokit.analysis.keywords`` and
``seokit.analysis.stuffing``, with or without a keyphrase."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.rules.keywords import _FILLER, keywords, percent, times

_STUFFED = " ".join(["Buy cheap shoes online today."] * 25)
_CITIES = ("We offer outcall massage in Seoul, massage Busan, massage Incheon, massage Daegu, "
           "massage Daejeon, massage Gwangju, massage Suwon and massage Ulsan.")


@register
class KeywordStuffing(Rule):
    """Flags a word or phrase repeated far more often than natural writing would, keyphrase or not.

    ## What it does
    Takes the most used words and two- and three-word phrases of the main text (stop words
    such as "the" or "and" never start or end one; word forms count together) and reports any
    single word above `max_word_density` percent of all words, or any phrase above
    `max_phrase_density` percent. The focus keyphrase is left to KW101, and uses of a word
    inside a reported phrase or a keyphrase do not count again for the word alone. Keyphrases
    are left to KW101, which reports a keyphrase above 4 % as stuffing. Texts
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
        # phrases already judged, with their counts: the keyphrases (KW101's) and each reported one
        judged = [(phrase.stems, phrase.count) for phrase in stats.keyphrases]
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
class RepeatedTextBlock(Rule):
    """Flags a paragraph or sentence repeated word for word.

    ## What it does
    Compares the paragraphs and sentences of the main text by their words (case, punctuation
    and spacing aside) and reports text of at least `min_words` words that occurs
    `min_repeats` times or more: one finding per repeated text, at its first occurrence, with
    every occurrence's line in the data. A repeated paragraph is reported once, not sentence by
    sentence.

    The defaults are seokit's: natural writing repeats a short formula ("Read more.", "Call
    us today.") but hardly ever a six-word sentence three times, while doorway and spun pages
    paste the same block again and again.

    ## Why is this bad?
    Google's spam policies name "repeating the same words or phrases so often that it sounds
    unnatural" as keyword stuffing. Repeated blocks add words without adding anything to read,
    and they inflate the density of whatever they contain.

    ## Example
    "Book your massage therapy session in Seoul today." pasted after every paragraph.
    """

    code = "KW107"
    name = "repeated-text"
    title = "Text repeated word for word"
    severity = Severity.WARNING
    options = (
        Option("min_words", 6, "Shortest text (in words) whose repetition is reported."),
        Option("min_repeats", 3, "Fewest occurrences that count as stuffing."),
    )
    examples = (
        Example(_FILLER, fails=False),
        Example(" ".join([_FILLER[:200], "Book your massage session in Seoul today."] * 3),
                fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return keywords(ctx).total_words > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        lines = ctx.document.source_map
        for repeat in keywords(ctx).repeated:
            if repeat.words < int(opts["min_words"]) or repeat.count < int(opts["min_repeats"]):
                continue
            what = "paragraph" if repeat.whole_block else "sentence"
            shown = repeat.text if len(repeat.text) <= 80 else repeat.text[:79] + "…"
            yield self.finding(
                ctx, f'This {what} appears {times(repeat.count)} word for word: "{shown}". '
                     "Say it once; repeated blocks read as keyword stuffing.",
                span=repeat.spans[0],
                data={"text": repeat.text, "words": repeat.words, "count": repeat.count,
                      "lines": [lines.position(s.start)[0] for s in repeat.spans],
                      "threshold": int(opts["min_repeats"])})


@register
class KeywordListInText(Rule):
    """Flags lists of keywords: a run of short items that repeat a word, or a very long run.

    ## What it does
    Finds runs of short items (at most 4 words each) in the main text: items separated by
    commas, semicolons, pipes, slashes or bullets inside one paragraph, and consecutive list
    items that are not links. It reports a run of at least `min_items` items in which at
    least `min_shared_share` of the items share a content word ("massage Seoul, massage
    Busan, massage Incheon, ..."), and a separated run of at least `min_items_any` items
    whatever they hold (a list of place names). Lists of links are navigation or tables of
    contents and are left to the link rules.

    The defaults are seokit's: prose lists rarely run past four or five items, and a shared
    word in half of six or more items is the pattern of a keyword or city list.

    ## Why is this bad?
    Google's spam policies name "lists or groups of words and numbers that appear out of
    context" and "blocks of text that list cities and regions that a web page is trying to
    rank for" as keyword stuffing.

    ## Example
    "We offer outcall massage in Seoul, massage Busan, massage Incheon, massage Daegu, ..."
    """

    code = "KW108"
    name = "keyword-list"
    title = "List of keywords in the text"
    severity = Severity.WARNING
    options = (
        Option("min_items", 6, "Fewest items of a list whose items share a word."),
        Option("min_shared_share", 0.5,
               "Share (0 to 1) of the items that must hold the same content word."),
        Option("min_items_any", 12,
               "Fewest separated items that make a keyword list whatever they hold."),
    )
    examples = (
        Example("Massage can ease arthritis, fibromyalgia, back pain and stress.", fails=False),
        Example(_CITIES, fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return keywords(ctx).total_words > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for found in keywords(ctx).keyword_lists:
            items = len(found.items)
            shared = items >= int(opts["min_items"]) and found.shared is not None \
                and found.shared_share >= float(opts["min_shared_share"])
            long_run = not found.list_items and items >= int(opts["min_items_any"])
            if not (shared or long_run):
                continue
            because = (f'{found.shared_items} of them repeat "{found.shared}"' if shared
                       else "a run that long reads as a list of keywords")
            sample = ", ".join(found.items[:4]) + (", …" if items > 4 else "")
            yield self.finding(
                ctx, f"This is a list of {items} short items ({sample}); {because}. Write "
                     "about the topic in sentences instead of listing keywords.",
                span=found.span,
                data={"items": list(found.items), "count": items, "shared": found.shared,
                      "shared_items": found.shared_items})
