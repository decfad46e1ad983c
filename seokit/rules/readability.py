"""RD: readability rules. They judge ``seokit.analysis.readability``; defaults are Yoast SEO's
(each rule's docs say where its defaults come from)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from seokit.analysis.readability import ReadabilityStats, SentenceStats
from seokit.analysis.readability_data import (
    LONG_SENTENCE_CHARACTERS,
    LONG_SENTENCE_WORDS_BY_LANGUAGE,
)
from seokit.analysis.readability_formulas import flesch_band
from seokit.analysis.readability_registry import label
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
    """Flags text whose reading ease (Flesch, or its adaptation to the language) is low.

    ## What it does
    Computes the main text's reading ease with the formula made for its language: Flesch
    for English (206.835 - 1.015 x words per sentence - 84.6 x syllables per word), Amstad
    for German, Fernández Huerta for Spanish, Kandel-Moles for French, Flesch-Vacca for
    Italian, Douma for Dutch, Oborneva for Russian and Martins for Portuguese. All run from
    about 0 (very hard) to 100 (very easy) with the same bands; 60 to 70 is plain language.
    The document is flagged when its score is below `min_score`. The rule does not apply to
    languages without such a formula (a formula's constants mean nothing outside its own
    language) or to texts shorter than `min_words`, whose score swings with every sentence.

    Default: Yoast SEO's Flesch reading ease assessment treats 60 and above as good, in every
    language it scores (its per-language formulas are the ones above).

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
        return stats.reading_ease is not None and stats.words >= opts["min_words"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        score, formula = stats.reading_ease, stats.reading_ease_formula
        if score is None or formula is None or score >= opts["min_score"]:
            return
        yield self.finding(
            ctx,
            f"The reading ease ({label(formula)}) is {score:.1f}, which reads as "
            f"{flesch_band(score)}; aim for at least {opts['min_score']:g} with shorter "
            "sentences and shorter words.",
            data={"value": round(score, 2), "threshold": opts["min_score"], "formula": formula},
        )


@register
class TooManyLongSentences(Rule):
    """Flags text where too many sentences are long.

    ## What it does
    Counts the sentences longer than the language's limit: `max_words_by_language` for the
    languages it lists, `max_words` for the others, and `max_characters` letters and digits
    for languages written without spaces (Japanese, Chinese, Thai). When their share of all
    sentences is above `max_percent`, one finding says so, placed at the longest sentence; its
    message names the longest few by line, and its data lists every long sentence with its
    line and column (the readability section of the report lists them too). One finding rather
    than one per sentence: the problem is the share, and two dozen identical warnings would
    bury the rest of the audit. Texts with fewer than `min_sentences` sentences are not judged.

    Defaults are Yoast SEO's sentence length assessment: 20 words and 25 %; 25 words for
    Spanish, Italian, Portuguese and Catalan, 15 for Russian and Hebrew, 11 for Turkish
    (Yoast's per-language content configuration); 40 characters for Japanese.

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
        Option("max_words", 20, "A sentence with more words than this is long (languages not "
                                "in max_words_by_language)."),
        Option("max_words_by_language", dict(LONG_SENTENCE_WORDS_BY_LANGUAGE),
               "Per-language word limits, by ISO 639-1 code; they take precedence over "
               "max_words."),
        Option("max_characters", LONG_SENTENCE_CHARACTERS,
               "For languages written without spaces: a sentence with more letters and digits "
               "than this is long."),
        Option("max_percent", 25.0, "Flag when long sentences make up more than this "
                                    "percentage of all sentences."),
        Option("min_sentences", 3, "Texts with fewer sentences than this are not judged."),
    )
    examples = (
        Example(_sentences(8, 12, 25, 9, 10), fails=False),
        Example(_sentences(8, 24, 25, 9, 30), fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_readability(ctx).sentences >= opts["min_sentences"])

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        unit = "characters" if stats.unspaced else "words"
        limit = opts["max_characters"] if stats.unspaced else \
            opts["max_words_by_language"].get(stats.language, opts["max_words"])
        long = stats.long_sentences(limit)
        percent = 100 * len(long) / stats.sentences if stats.sentences else 0.0
        if percent <= opts["max_percent"]:
            return
        doc = ctx.document
        located = [(sentence, doc.locate(sentence.span(doc))) for sentence in long]
        longest = sorted(located, key=lambda item: (-item[0].length, item[1].line, item[1].column))
        named = ", ".join(f"line {loc.line} ({sentence.length} {unit})"
                          for sentence, loc in longest[:3])
        yield self.finding(
            ctx,
            f"{len(long)} of {stats.sentences} sentences ({percent:.0f} %) have more than "
            f"{limit} {unit}; keep that to {opts['max_percent']:g} % or less by splitting "
            f"some. The longest: {named}.",
            span=longest[0][0].span(doc),
            data={"percent": round(percent, 2), "threshold": opts["max_percent"],
                  "max_length": limit, "unit": unit, "long_sentences": len(long),
                  "sentences": stats.sentences,
                  "locations": [{"line": loc.line, "column": loc.column,
                                 "length": sentence.length}
                                for sentence, loc in located]},
        )


@register
class ParagraphTooLong(Rule):
    """Flags paragraphs with too many words.

    ## What it does
    Counts the words of every paragraph, list item, quote and table cell of the main text and
    flags each one with more than `max_words` words, at the paragraph. Languages written
    without spaces between words are measured in letters and digits against `max_characters`.

    Defaults: Yoast SEO's paragraph length assessment recommends at most 150 words, and 300
    characters for Japanese (its languages/ja/config/paragraphLength.js).

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
    options = (
        Option("max_words", 150, "A paragraph with more words than this is flagged."),
        Option("max_characters", 300, "For languages written without spaces: a paragraph "
                                      "with more letters and digits than this is flagged."),
    )
    examples = (
        Example(_sentences(*[10] * 12), fails=False),
        Example(_sentences(*[10] * 16), fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool(_readability(ctx).paragraphs)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        unit, limit = ("characters", opts["max_characters"]) if stats.unspaced else \
            ("words", opts["max_words"])
        for paragraph in stats.paragraphs:
            length = paragraph.characters if stats.unspaced else paragraph.words
            if length > limit:
                yield self.finding(
                    ctx,
                    f"This paragraph has {length} {unit}; keep paragraphs to {limit} {unit} "
                    "or fewer so readers can scan them.",
                    span=paragraph.span,
                    data={"value": length, "threshold": limit, "unit": unit},
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

    Default: Yoast SEO's sentence beginnings assessment flags three or more.

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


def _located(ctx: Context, sentences: Iterable[SentenceStats]) -> list[dict[str, int]]:
    doc = ctx.document
    return [{"line": loc.line, "column": loc.column}
            for loc in (doc.locate(s.span(doc)) for s in sentences)]


_PASSIVE = (
    "The massage was booked by my sister. The room had been cleaned before we arrived. "
    "The oils were chosen by the therapist. Our coats were taken at the door. "
    "Tea was served afterwards."
)
_ACTIVE = (
    "My sister booked the massage. Someone had cleaned the room before we arrived. "
    "The therapist chose the oils. A receptionist took our coats at the door. "
    "The staff served tea afterwards."
)


@register
class PassiveVoiceTooFrequent(Rule):
    """Flags text where too many sentences are in the passive voice.

    ## What it does
    Finds the sentences with a passive clause ("was booked", "wird gebaut", "est construite",
    "fue construido", "è stato costruito", "wordt gebouwd") and flags the document when their
    share is above `max_percent`, at the first passive sentence; its data lists every passive
    sentence by line and column. Passive voice is recognised in English, German, French,
    Spanish, Portuguese, Dutch and Italian from auxiliaries and participles; the rule does not
    apply to other languages or to texts with fewer than `min_sentences` sentences.

    Default: Yoast SEO's passive voice assessment accepts at most 10 % passive sentences. The
    minimum of 5 sentences is seokit's: in a shorter text one sentence is 20 % or more.

    ## Why is this bad?
    The passive hides who does what ("mistakes were made"), needs more words and makes the
    reader work out the actor. Active sentences are shorter, clearer and easier to follow.

    ## Example
    ```text
    The massage was booked by my sister. The oils were chosen by the therapist.   <- flagged
    My sister booked the massage. The therapist chose the oils.                   <- fine
    ```
    """

    code = "RD105"
    name = "passive-voice-too-frequent"
    title = "Too many sentences in the passive voice"
    severity = Severity.WARNING
    options = (
        Option("max_percent", 10.0, "Flag when passive sentences make up more than this "
                                    "percentage of all sentences."),
        Option("min_sentences", 5, "Texts with fewer sentences than this are not judged."),
    )
    examples = (Example(_ACTIVE, fails=False), Example(_PASSIVE, fails=True))

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return stats.passive_sentences is not None and stats.sentences >= opts["min_sentences"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        percent = stats.percent(stats.passive_sentences)
        if percent is None or percent <= opts["max_percent"]:
            return
        passive = [s for s in stats.sentence_list if s.passive]
        yield self.finding(
            ctx,
            f"{len(passive)} of {stats.sentences} sentences ({percent:.0f} %) are in the "
            f"passive voice; keep that to {opts['max_percent']:g} % or less by saying who "
            "does what.",
            span=passive[0].span(ctx.document),
            data={"percent": round(percent, 2), "threshold": opts["max_percent"],
                  "passive_sentences": len(passive), "sentences": stats.sentences,
                  "locations": _located(ctx, passive)},
        )


def _linked(n: int) -> str:
    """``n`` sentences of which every other one opens with a transition word."""
    linked = ("Massage eases tight muscles after a long week at work. However, it is not a "
              "cure for every kind of pain. ")
    plain = "Many clients book a session once a month. A short walk keeps the body loose. "
    return ((linked if n % 2 else plain) * 14).strip()


@register
class TooFewTransitionWords(Rule):
    """Flags text where too few sentences contain a transition word.

    ## What it does
    Counts the sentences that contain a transition word or phrase ("however", "because",
    "for example", "in addition"; "außerdem", "cependant", "sin embargo", "bovendien",
    "tuttavia", ...) and flags the document when their share is below `min_percent`. Lists
    exist for English, German, French, Spanish, Portuguese, Dutch and Italian; the rule does
    not apply to other languages or to texts shorter than `min_words` words.

    Defaults: Yoast SEO's transition words assessment wants at least 30 % of sentences to
    contain one, and judges only texts of 200 words or more.

    ## Why is this bad?
    Transition words tell the reader how one idea leads to the next: a contrast, a cause, an
    example, a conclusion. Without them a text reads as a list of separate claims and is
    harder to follow.

    ## Example
    ```text
    Massage eases tight muscles. It is not a cure for every pain.            <- flagged
    Massage eases tight muscles. However, it is not a cure for every pain.   <- fine
    ```
    """

    code = "RD106"
    name = "too-few-transition-words"
    title = "Too few transition words"
    severity = Severity.INFO
    options = (
        Option("min_percent", 30.0, "Flag when fewer than this percentage of sentences "
                                    "contain a transition word."),
        Option("min_words", 200, "Texts with fewer words than this are not judged."),
    )
    examples = (Example(_linked(1), fails=False), Example(_linked(0), fails=True))

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return stats.transition_sentences is not None and stats.words >= opts["min_words"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        percent = stats.percent(stats.transition_sentences)
        if percent is None or percent >= opts["min_percent"]:
            return
        yield self.finding(
            ctx,
            f"Only {stats.transition_sentences} of {stats.sentences} sentences ({percent:.0f} "
            f"%) contain a transition word; aim for at least {opts['min_percent']:g} % "
            '("however", "because", "for example") so the ideas connect.',
            data={"percent": round(percent, 2), "threshold": opts["min_percent"],
                  "transition_sentences": stats.transition_sentences,
                  "sentences": stats.sentences},
        )


@register
class TooManyComplexWords(Rule):
    """Flags English text with too many complex words.

    ## What it does
    Counts Gunning's complex words in the main text: words of three or more syllables, not
    counting proper names, hyphenated compounds, and words made three syllables long only by
    -es, -ed or -ing. The document is flagged when they are more than `max_percent` of its
    words. English only (the definition and the syllable counts are English); texts shorter
    than `min_words` are not judged.

    Default: 10 %, the share that keeps Gunning's fog index at 12 (readable by a wide
    audience) with 20-word sentences, 0.4 x (20 + 10) = 12; it is also the share Yoast SEO's
    word complexity assessment accepts.

    ## Why is this bad?
    Long, abstract words slow every reader down and lose readers whose first language is not
    English. Most have a shorter, plainer equivalent ("use" for "utilise", "help" for
    "facilitate").

    ## Example
    ```text
    Comprehensive interventions facilitate rehabilitation.   <- flagged
    Good care helps you heal.                                  <- fine
    ```
    """

    code = "RD107"
    name = "too-many-complex-words"
    title = "Too many complex words"
    severity = Severity.INFO
    options = (
        Option("max_percent", 10.0, "Flag when complex words make up more than this "
                                    "percentage of all words."),
        Option("min_words", 50, "Texts with fewer words than this are not judged."),
    )
    examples = (
        Example(_PLAIN + " " + _PLAIN, fails=False),
        Example(_DENSE + " " + _DENSE, fails=True),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        stats = _readability(ctx)
        return stats.complex_words is not None and stats.words >= opts["min_words"]

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = _readability(ctx)
        if stats.complex_words is None or not stats.words:
            return
        percent = 100 * stats.complex_words / stats.words
        if percent <= opts["max_percent"]:
            return
        yield self.finding(
            ctx,
            f"{stats.complex_words} of {stats.words} words ({percent:.0f} %) have three or "
            f"more syllables; keep that to {opts['max_percent']:g} % or less with shorter, "
            "plainer words.",
            data={"percent": round(percent, 2), "threshold": opts["max_percent"],
                  "complex_words": stats.complex_words, "words": stats.words},
        )
