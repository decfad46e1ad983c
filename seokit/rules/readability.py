"""RD: readability rules. They judge ``seokit.analysis.readability``; defaults are Yoast SEO's."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.readability import ReadabilityStats
from seokit.analysis.readability_formulas import flesch_band
from seokit.context import Context
from seokit.document import Span
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule


def _readability(ctx: Context) -> ReadabilityStats:
    stats: ReadabilityStats = ctx.metric("readability")
    return stats


def _sentences(*lengths: int) -> str:
    """Sentences of the given word counts, for the rule examples."""
    return " ".join(" ".join(["word"] * n).capitalize() + "." for n in lengths)


_PLAIN = (
    "Massage can ease pain. It helps tight muscles relax. Many people feel calm after a "
    "session. Ask your doctor first if you have an injury. A good therapist will ask how you "
    "feel. Start with a short visit. Drink water after it. Rest if you feel sore the next day."
)
_DENSE = (
    "Comprehensive therapeutic interventions incorporating myofascial manipulation demonstrate "
    "considerable effectiveness regarding musculoskeletal discomfort. Practitioners "
    "characteristically individualize treatment modalities, integrating physiological "
    "assessment alongside psychological evaluation. Consequently, interdisciplinary "
    "collaboration facilitates comprehensive rehabilitation, particularly regarding "
    "individuals experiencing persistent neuropathic symptomatology."
)


@register
class ReadingEaseTooLow(Rule):
    """Flags English text whose Flesch reading ease is below a threshold.

    ## What it does
    Computes the Flesch reading ease of the main text (206.835 - 1.015 x words per sentence
    - 84.6 x syllables per word) and flags the document when it is below `min_score`. The
    score runs from about 0 (very hard) to 100 (very easy); 60 to 70 is plain English. The
    rule does not apply to text in other languages (the constants are fitted to English) or
    to texts shorter than `min_words`, whose score swings with every sentence.

    Yoast SEO's Flesch reading ease assessment treats 60 and above as good.

    ## Why is this bad?
    Long sentences and long words make readers work harder, and most visitors skim. Text that
    needs a college education to follow loses readers who came from a search result and
    leave when the answer is hard to find.

    ## Example
    ```text
    Comprehensive therapeutic interventions incorporating myofascial manipulation
    demonstrate considerable effectiveness regarding musculoskeletal discomfort.   <- flagged
    Massage can ease pain. It helps tight muscles relax.                         <- fine
    ```
    """

    code = "RD101"
    name = "reading-ease-too-low"
    title = "Flesch reading ease too low"
    severity = Severity.WARNING
    options = (
        Option("min_score", 60.0, "A Flesch reading ease below this is flagged (60-70 is "
                                  "plain English, 30-50 difficult, below 30 very difficult)."),
        Option("min_words", 50, "Texts with fewer words than this are not scored."),
    )
    examples = (
        Example(_PLAIN + " " + _PLAIN, fails=False),
        Example(_DENSE + " " + _DENSE, fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return stats.flesch_reading_ease is not None and stats.words >= opts["min_words"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        score = _readability(ctx).flesch_reading_ease
        if score is None or score >= opts["min_score"]:
            return
        yield self.finding(
            ctx,
            f"The Flesch reading ease is {score:.1f}, which reads as {flesch_band(score)}; aim "
            f"for at least {opts['min_score']:g} with shorter sentences and shorter words.",
            data={"value": round(score, 2), "threshold": opts["min_score"]},
        )


@register
class TooManyLongSentences(Rule):
    """Flags text where too many sentences are long.

    ## What it does
    Counts the sentences with more than `max_words` words. When their share of all sentences
    is above `max_percent`, one finding says so, placed at the longest sentence; its message
    names the longest few by line, and its data lists every long sentence with its line and
    column (the readability section of the report lists them too). One finding rather than one
    per sentence: the problem is the share, and two dozen identical warnings would bury the
    rest of the audit. Texts with fewer than `min_sentences` sentences, and languages written
    without spaces between words, are not judged.

    Yoast SEO's sentence length assessment uses the same defaults: 20 words, 25 %.

    ## Why is this bad?
    A reader has to hold a long sentence in mind until it ends. A few long sentences are
    fine; when a quarter of the text is made of them, the text becomes tiring to read,
    especially on a phone.

    ## Example
    ```text
    Living with chronic pain can be an overwhelming and debilitating experience, impacting
    every aspect of daily life for millions of people.   <- flagged when over 25 % are this long
    ```
    """

    code = "RD102"
    name = "too-many-long-sentences"
    title = "Too many long sentences"
    severity = Severity.WARNING
    options = (
        Option("max_words", 20, "A sentence with more words than this is long."),
        Option("max_percent", 25.0, "Flag when long sentences make up more than this "
                                    "percentage of all sentences."),
        Option("min_sentences", 3, "Texts with fewer sentences than this are not judged."),
    )
    examples = (
        Example(_sentences(8, 12, 25, 9, 10), fails=False),
        Example(_sentences(8, 24, 25, 9, 30), fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return not stats.unspaced and stats.sentences >= opts["min_sentences"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        long = stats.long_sentences(opts["max_words"])
        percent = 100 * len(long) / stats.sentences if stats.sentences else 0.0
        if percent <= opts["max_percent"]:
            return
        doc = ctx.document
        located = [(sentence, doc.locate(sentence.span(doc))) for sentence in long]
        longest = sorted(located, key=lambda item: (-item[0].words, item[1].line, item[1].column))
        named = ", ".join(f"line {loc.line} ({sentence.words} words)"
                          for sentence, loc in longest[:3])
        yield self.finding(
            ctx,
            f"{len(long)} of {stats.sentences} sentences ({percent:.0f} %) have more than "
            f"{opts['max_words']} words; keep that to {opts['max_percent']:g} % or less by "
            f"splitting some. The longest: {named}.",
            span=longest[0][0].span(doc),
            data={"percent": round(percent, 2), "threshold": opts["max_percent"],
                  "max_words": opts["max_words"], "long_sentences": len(long),
                  "sentences": stats.sentences,
                  "locations": [{"line": loc.line, "column": loc.column, "words": sentence.words}
                                for sentence, loc in located]},
        )


@register
class ParagraphTooLong(Rule):
    """Flags paragraphs with too many words.

    ## What it does
    Counts the words of every paragraph, list item, quote and table cell of the main text and
    flags each one with more than `max_words` words, at the paragraph. Languages written
    without spaces between words are not judged.

    Yoast SEO's paragraph length assessment recommends at most 150 words.

    ## Why is this bad?
    A wall of text is hard to scan and harder still on a phone, where a 150-word paragraph
    fills the screen. Readers skip it, and with it whatever it says.

    ## Example
    ```text
    One paragraph of 200 words.                        <- flagged
    The same text as two paragraphs of 100 words.      <- fine
    ```
    """

    code = "RD103"
    name = "paragraph-too-long"
    title = "Paragraph too long"
    severity = Severity.WARNING
    options = (Option("max_words", 150, "A paragraph with more words than this is flagged."),)
    examples = (
        Example(_sentences(*[10] * 12), fails=False),
        Example(_sentences(*[10] * 16), fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return not stats.unspaced and bool(stats.paragraphs)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for paragraph in _readability(ctx).paragraphs:
            if paragraph.words > opts["max_words"]:
                yield self.finding(
                    ctx,
                    f"This paragraph has {paragraph.words} words; keep paragraphs to "
                    f"{opts['max_words']} words or fewer so readers can scan them.",
                    span=paragraph.span,
                    data={"value": paragraph.words, "threshold": opts["max_words"]},
                )


@register
class ConsecutiveSentencesSameStart(Rule):
    """Flags runs of consecutive sentences that begin with the same word.

    ## What it does
    Looks at the first word of each sentence of running text (paragraphs and quotes; list
    items are parallel on purpose) and flags every run of at least `min_consecutive`
    sentences in a row that start with the same word, at the run. After an article, numeral
    or demonstrative ("The", "One", "This") the first two words count, so "The cat... The
    dog..." is varied. Those words are listed per language. Languages written without spaces
    between words are not judged.

    Yoast SEO's consecutive sentences assessment flags three or more.

    ## Why is this bad?
    Sentences that all start alike sound monotonous and read like a list someone forgot to
    format. Varying the openings keeps the reader's attention and usually shows the links
    between ideas ("because", "so", "however").

    ## Example
    ```text
    Massage eases pain. Massage improves sleep. Massage lowers stress.   <- flagged
    Massage eases pain. It also improves sleep, and it lowers stress.    <- fine
    ```
    """

    code = "RD104"
    name = "consecutive-sentences-same-start"
    title = "Consecutive sentences start with the same word"
    severity = Severity.WARNING
    options = (
        Option("min_consecutive", 3, "Flag this many or more sentences in a row that start "
                                     "with the same word."),
    )
    examples = (
        Example("Massage eases pain. It also improves sleep. Many clients feel calmer.",
                fails=False),
        Example("Massage eases pain. Massage improves sleep. Massage lowers stress.",
                fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return not stats.unspaced and stats.sentences >= opts["min_consecutive"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        for run in stats.beginning_runs:
            if run.count < opts["min_consecutive"]:
                continue
            first = stats.sentence_list[run.first].span(ctx.document)
            last = stats.sentence_list[run.last].span(ctx.document)
            yield self.finding(
                ctx,
                f'{run.count} sentences in a row start with "{run.beginning}"; vary how '
                f"sentences begin (at most {opts['min_consecutive'] - 1} in a row).",
                span=Span(first.start, max(first.start, last.end)),
                data={"beginning": run.beginning, "value": run.count,
                      "threshold": opts["min_consecutive"]},
            )
