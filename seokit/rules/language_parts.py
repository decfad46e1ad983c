"""LG: rules on the parts of a page in other languages: keyword lists, elements whose ``lang``
does not match their text, and how much of the page is in another language."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.language_data import same_language
from seokit.analysis.language_spans import SpanKind
from seokit.context import Context
from seokit.document import Format
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.rules.language_common import (
    ENGLISH,
    HTML,
    language_stats,
    name_of,
    quote,
    span_data,
)
from seokit.text.langid import detector_languages, primary_language


@register
class ForeignTagList(Rule):
    """Flags a block or list of keywords in another language than the page.

    ## What it does
    Finds blocks made of short keywords in another language: a tag cloud, a comma-separated
    list or a run of words sharing an ending (town + "outcall massage", repeated for town after
    town), usually under the article or in the footer. Lists inside an element whose `lang`
    names their language are not flagged.

    ## Why is this bad?
    A list of foreign keywords is the classic payload of search spam injected into hacked
    pages: it targets searches in another market and links to the spammer's sites. Search
    engines demote or de-index pages carrying it, and readers cannot read it.

    ## Example
    ```text
    칠곡출장마사지, 영주출장마사지, 구미출장마사지    <- flagged (Korean keyword list)
    massage, therapy, wellness                       <- fine
    ```
    """

    code = "LG106"
    name = "foreign-tag-list"
    title = "List of keywords in another language"
    severity = Severity.WARNING
    options = (
        Option("ignore_languages", [], "Language codes never flagged (for example [\"ko\"])."),
    )
    examples = (
        Example(ENGLISH + "\n\nmassage, therapy, wellness\n", fails=False),
        Example(ENGLISH + "\n\n칠곡출장마사지, 영주출장마사지, 구미출장마사지\n", fails=True),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        ignored = {primary_language(code) for code in opts["ignore_languages"]}
        for span in stats.spans:
            if span.kind is not SpanKind.TAG_LIST or span.tagged or span.language in ignored:
                continue
            message = (
                f"A list of {name_of(span.language)} keywords {quote(span.text)} sits in "
                f"{name_of(stats.language)} text. Keyword lists in another language are typical "
                "injected spam; search engines may demote the page. Remove the list, or mark it "
                f'with lang="{span.language}" if it belongs there.'
            )
            yield self.finding(ctx, message, span=span.span, data=span_data(span, stats))


@register
class LangAttributeMismatch(Rule):
    """Flags an element whose `lang` attribute does not match the language of its text.

    ## What it does
    Reads every element that declares a language of its own (`<blockquote lang="de">`,
    `<span lang="fr">`) and identifies its text. When the text is long enough and clearly in
    another language (`min_words`, `min_confidence`), the attribute is wrong. Short texts and
    languages seokit cannot tell apart (Serbian and Croatian) are not judged.

    ## Why is this bad?
    A wrong `lang` is worse than none: screen readers switch to the wrong voice, browsers
    offer the wrong translation and hyphenate with the wrong rules, and search engines are
    told the wrong language for that part of the page (WCAG 3.1.2, Language of Parts).

    ## Example
    ```html
    <blockquote lang="fr">The massage helped me more than anything.</blockquote>  <- flagged
    <blockquote lang="en">The massage helped me more than anything.</blockquote>  <- fine
    ```
    """

    code = "LG107"
    name = "lang-attribute-mismatch"
    title = "An element's lang attribute does not match its text"
    severity = Severity.WARNING
    options = (
        Option("min_words", 6, "Elements with fewer words than this are not judged."),
        Option("min_confidence", 0.8, "Detections less confident than this (0 to 1) are not "
                                      "judged."),
    )
    _QUOTE = ("The massage helped me more than anything else I tried, and I would recommend it "
              "to anyone with back pain.")
    examples = (
        Example(HTML.format(lang=' lang="de"', body=f'<blockquote lang="en"><p>{_QUOTE}</p>'
                            "</blockquote>"), fails=False, format="html"),
        Example(HTML.format(lang=' lang="de"', body=f'<blockquote lang="fr"><p>{_QUOTE}</p>'
                            "</blockquote>"), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return ctx.document.format is Format.HTML and bool(language_stats(ctx).elements)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for element in language_stats(ctx).elements:
            declared = primary_language(element.declared)
            if declared is None or element.detected == "und":
                continue  # an invalid tag is LG105's; an unknown text cannot be judged
            if element.words < opts["min_words"] or element.confidence < opts["min_confidence"]:
                continue
            if same_language(declared, element.detected, detector_languages()) is not False:
                continue
            message = (
                f'This element is marked lang="{element.declared}" ({name_of(declared)}) but its '
                f"text {quote(element.text)} is {name_of(element.detected)}. Screen readers and "
                f'browsers will treat it as {name_of(declared)}; set lang="{element.detected}".'
            )
            yield self.finding(ctx, message, span=element.span, data={
                "declared": element.declared, "detected": element.detected,
                "confidence": element.confidence, "words": element.words,
            })


@register
class MixedLanguageShare(Rule):
    """Flags a page with a large share of its text in other languages.

    ## What it does
    Measures which share of the main text's letters is in another language than the page's
    and reports it when it exceeds `max_share`. Tagged passages count too: the rule is about
    the page's audience, not about markup.

    ## Why is this bad?
    A page mixing languages in large parts serves no audience well: search engines cannot
    decide which searchers it is for, and readers of either language skip half of it. Separate
    language versions linked with hreflang rank and read better.

    ## Example
    ```text
    An English article with one German quotation          <- fine
    An English article with half its paragraphs in German  <- flagged
    ```
    """

    code = "LG108"
    name = "mixed-language-content"
    title = "Large share of the text in other languages"
    severity = Severity.INFO
    options = (
        Option("max_share", 0.25, "Largest share (0 to 1) of the text allowed in other "
                                  "languages."),
    )
    _GERMAN = ("Die Massage kann chronische Schmerzen lindern und verspannte Muskeln lockern. "
               "Viele Menschen fühlen sich nach einer Sitzung ruhiger, und regelmäßige Besuche "
               "verbessern den Schlaf und die Stimmung. Fragen Sie zuerst Ihren Arzt, wenn Sie "
               "eine Verletzung haben, und sagen Sie dem Therapeuten, wo es weh tut.")
    examples = (
        Example(ENGLISH, fails=False),
        Example(f"{ENGLISH}\n\n{_GERMAN}\n", fails=True),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        foreign = {code: share for code, share in stats.shares if code != stats.language}
        total = round(sum(foreign.values()), 4)
        if total <= opts["max_share"]:
            return
        parts = ", ".join(f"{name_of(code)} {share:.0%}" for code, share in foreign.items())
        message = (
            f"{total:.0%} of the text is not in {name_of(stats.language)} ({parts}). Pages that "
            "mix languages serve no audience well; consider separate language versions linked "
            "with hreflang."
        )
        yield self.finding(ctx, message, data={"share": total, "max_share": opts["max_share"],
                                               "languages": foreign})
