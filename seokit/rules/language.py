"""LG: language rules. They judge ``seokit.analysis.language``: foreign keywords and passages,
and whether the page declares the language it is written in."""

from __future__ import annotations

from collections import Counter
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
    foreign_link_host,
    language_stats,
    name_of,
    quote,
    span_data,
)
from seokit.text.langid import detector_languages, is_valid_tag, primary_language


@register
class InjectedForeignKeyword(Rule):
    """Flags short phrases in another language than the text around them.

    ## What it does
    Finds keywords of one to four words written in another language than the document: a
    Korean keyword after an English sentence, a Spanish "masaje a domicilio" in an English
    paragraph. A word in a script the document's language does not use is foreign even on its
    own; in a shared script the words must be common in the other language and rare in the
    document's, so names and loanwords (café, déjà vu) are not flagged, nor are code, URLs and
    numbers. Latin brand names inside Korean, Japanese or Chinese text are normal. Text inside
    an element whose `lang` attribute names its language is intended and not flagged. The
    finding says when the keyword repeats or links to another site, the marks of injected
    spam. Lists of such keywords are LG106's.

    ## Why is this bad?
    Short keywords in another language stuck between sentences are keyword stuffing aimed at
    another market, and a typical sign that the page was hacked and spam was injected into it.
    Search engines may treat the page as spam and demote or drop it, and readers lose trust.

    ## Example
    ```text
    ... and diminished quality of life. 칠곡출장마사지      <- flagged (Korean keyword)
    ... and diminished quality of life.                   <- fine
    ```
    """

    code = "LG101"
    name = "injected-foreign-keyword"
    title = "Foreign-language keyword injected into the text"
    severity = Severity.WARNING
    options = (
        Option("ignore_languages", [], "Language codes never flagged (for example [\"ko\"]), "
                                       "for sites that mix these languages on purpose."),
        Option("include_boilerplate", True, "Also check navigation, sidebars and footers, "
                                            "where injected keyword links often hide."),
    )
    examples = (
        Example(ENGLISH, fails=False),
        Example(ENGLISH + " 칠곡출장마사지", fails=True),
    )

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        blocks = ctx.document.blocks
        ignored = {primary_language(code) for code in opts["ignore_languages"]}
        repeats = Counter(s.text for s in stats.spans if s.kind is SpanKind.INJECTED_KEYWORD)
        for span in stats.spans:
            if span.kind is not SpanKind.INJECTED_KEYWORD or span.tagged \
                    or span.language in ignored:
                continue
            if not opts["include_boilerplate"] and not blocks[span.block].main:
                continue
            language, around = name_of(span.language), name_of(stats.language)
            host = foreign_link_host(ctx, span)
            signs = []
            if repeats[span.text] > 1:
                signs.append(f"it appears {repeats[span.text]} times")
            if host:
                signs.append(f"it links to another site, {host}")
            extra = f" ({'; '.join(signs)})" if signs else ""
            mark = "a lang attribute" if span.language == "und" else f'lang="{span.language}"'
            message = (
                f"The {language} keyword {quote(span.text)} sits in {around} text{extra}. "
                "Keywords in another language stuck into a page are keyword stuffing aimed at "
                "another market and a typical sign of injected spam; search engines may treat "
                f"the page as spam. Remove it, or mark it with {mark} if it belongs there."
            )
            data = {**span_data(span, stats), "repeated": repeats[span.text], "links_to": host}
            yield self.finding(ctx, message, span=span.span, data=data)


@register
class UntaggedForeignPassage(Rule):
    """Flags sentences in another language that no `lang` attribute marks.

    ## What it does
    Finds passages of a sentence or more in another language than the document (a German
    quotation in an English article) whose element has no `lang` attribute naming that
    language. A passage in the document's own script is only reported when it is long enough
    to identify reliably and clearly in another language. Plain text files cannot carry
    `lang` attributes, so the rule applies to HTML and Markdown only.

    ## Why is this bad?
    Screen readers pronounce untagged text with the page's language and make it hard to
    follow; browsers offer the wrong translation; search engines may misjudge which audience
    the page serves. Wrapping the passage in an element with `lang` (for example
    `<blockquote lang="de">`) fixes all three.

    ## Example
    ```html
    <p>Die Behandlung hat mir sehr geholfen, und ich würde sie jedem empfehlen.</p>  <- flagged
    <p lang="de">Die Behandlung hat mir sehr geholfen, ...</p>                       <- fine
    ```
    """

    code = "LG102"
    name = "untagged-foreign-passage"
    title = "Foreign-language passage without a lang attribute"
    severity = Severity.INFO
    options = (
        Option("ignore_languages", [], "Language codes never flagged (for example [\"la\"])."),
    )
    _QUOTE = ("Die Behandlung hat mir sehr geholfen, und ich würde sie jedem empfehlen, der "
              "unter Rückenschmerzen leidet.")
    examples = (
        Example(HTML.format(lang=' lang="en"', body=f"<p>{ENGLISH}</p><blockquote lang=\"de\">"
                             f"<p>{_QUOTE}</p></blockquote>"), fails=False, format="html"),
        Example(HTML.format(lang=' lang="en"', body=f"<p>{ENGLISH}</p><blockquote><p>{_QUOTE}"
                             "</p></blockquote>"), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return ctx.document.format is not Format.TEXT

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        ignored = {primary_language(code) for code in opts["ignore_languages"]}
        for span in stats.spans:
            if span.kind is not SpanKind.FOREIGN_PASSAGE or span.tagged \
                    or span.language in ignored:
                continue
            language = name_of(span.language)
            message = (
                f"This {language} passage {quote(span.text)} in {name_of(stats.language)} text "
                f'is not marked with lang="{span.language}". Screen readers will mispronounce '
                "it and search engines may misjudge the page's audience; wrap it in an element "
                f'with lang="{span.language}".'
            )
            yield self.finding(ctx, message, span=span.span, data=span_data(span, stats))


@register
class DeclaredLanguageMismatch(Rule):
    """Flags a page whose declared language is not the language its text is written in.

    ## What it does
    Compares every language the page declares (`<html lang>`, `lang` in Markdown front
    matter, `og:locale`, a `Content-Language` meta header) with the language measured from its
    main text, one finding per declaration that disagrees. It reports a mismatch only with enough text
    (`min_words`) and a confident detection (`min_confidence`), and never between languages
    that statistical identification cannot tell apart (Serbian and Croatian, Malay and
    Indonesian). Region subtags are ignored: `en-GB` and English text agree.

    ## Why is this bad?
    Search engines use the declared language to decide which searchers see the page, browsers
    use it to offer translation, and screen readers to choose a voice. A page declared German
    but written in English is offered to the wrong audience and read aloud wrongly; it is often
    a copied template whose `lang` was never updated.

    ## Example
    ```html
    <html lang="de"> ... English text ...   <- flagged
    <html lang="en"> ... English text ...   <- fine
    ```
    """

    code = "LG103"
    name = "declared-language-mismatch"
    title = "Declared language differs from the text's language"
    severity = Severity.WARNING
    options = (
        Option("min_words", 50, "Texts with fewer words than this are not judged: the "
                                "detection is not reliable enough."),
        Option("min_confidence", 0.9, "Detections less confident than this (0 to 1) are not "
                                      "judged."),
    )
    examples = (
        Example(HTML.format(lang=' lang="en"', body=f"<p>{ENGLISH}</p>"), fails=False,
                format="html"),
        Example(HTML.format(lang=' lang="de"', body=f"<p>{ENGLISH}</p>"), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(d.language for d in language_stats(ctx).declarations)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        stats = language_stats(ctx)
        detected = stats.detected
        if detected is None:
            return
        if stats.words < opts["min_words"] or stats.confidence < opts["min_confidence"]:
            return
        for declaration in stats.declarations:
            declared = declaration.language
            if declared is None:
                continue
            if same_language(declared, detected, detector_languages()) is not False:
                continue
            where = _WHERE.get(declaration.source, declaration.source)
            message = (
                f"The page declares its language as {name_of(declared)} in {where} "
                f'("{declaration.value}") but its text is {name_of(detected)} '
                f"({stats.confidence:.0%} confidence from {stats.words} words). Search engines, "
                f"browsers and screen readers trust the declaration; declare {detected!r} or "
                "translate the text."
            )
            yield self.finding(ctx, message, data={
                "declared": declaration.value, "source": declaration.source,
                "detected": detected, "confidence": stats.confidence, "words": stats.words,
                "min_words": opts["min_words"], "min_confidence": opts["min_confidence"],
            })


_WHERE = {"html": "<html lang>", "front-matter": "the front matter", "og:locale": "og:locale",
          "content-language": "the Content-Language header"}


@register
class MissingLanguageDeclaration(Rule):
    """Flags an HTML page that does not declare its language.

    ## What it does
    Checks that the `<html>` element has a `lang` attribute. Plain text and Markdown have no
    such element, so the rule applies to HTML only.

    ## Why is this bad?
    Without `lang`, screen readers guess the voice, browsers guess whether to offer a
    translation, and search engines must guess the audience from the text alone. The WCAG
    success criterion 3.1.1 (Language of Page) requires it.

    ## Example
    ```html
    <html><head>...           <- flagged
    <html lang="en"><head>... <- fine
    ```
    """

    code = "LG104"
    name = "missing-language-declaration"
    title = "Page does not declare its language"
    severity = Severity.WARNING
    examples = (
        Example(HTML.format(lang=' lang="en"', body=f"<p>{ENGLISH}</p>"), fails=False,
                format="html"),
        Example(HTML.format(lang="", body=f"<p>{ENGLISH}</p>"), fails=True, format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return ctx.document.format is Format.HTML

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        if (ctx.document.meta.lang or "").strip():
            return
        detected = language_stats(ctx).detected
        hint = f' (the text looks {name_of(detected)}: lang="{detected}")' if detected else ""
        message = (
            "The page does not declare its language. Add a lang attribute to the <html> "
            f"element{hint} so screen readers, browsers and search engines do not have to guess."
        )
        yield self.finding(ctx, message, data={"detected": detected})


@register
class InvalidLanguageTag(Rule):
    """Flags a declared language that is not a valid language tag.

    ## What it does
    Checks that the page's declared language (`<html lang>`, or `lang` in Markdown front
    matter) is a well-formed BCP 47 tag such as `en`, `en-GB` or `zh-Hant`. Values such as
    `english` or `xx` are not.

    ## Why is this bad?
    Browsers, screen readers and search engines ignore a tag they cannot parse, so the page is
    treated as if it declared no language at all, while its author believes it does.

    ## Example
    ```html
    <html lang="english">   <- flagged
    <html lang="en">        <- fine
    ```
    """

    code = "LG105"
    name = "invalid-language-tag"
    title = "Declared language is not a valid language tag"
    severity = Severity.WARNING
    examples = (
        Example(HTML.format(lang=' lang="en-GB"', body=f"<p>{ENGLISH}</p>"), fails=False,
                format="html"),
        Example(HTML.format(lang=' lang="english"', body=f"<p>{ENGLISH}</p>"), fails=True,
                format="html"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return bool((ctx.document.meta.lang or "").strip())

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        tag = (ctx.document.meta.lang or "").strip()
        if is_valid_tag(tag):
            return
        message = (
            f'The declared language "{tag}" is not a valid language tag, so browsers and search '
            'engines ignore it. Use a code such as "en", "en-GB" or "de".'
        )
        yield self.finding(ctx, message, data={"declared": tag})


# the other LG rule modules register on import
from seokit.rules import language_hreflang, language_parts  # noqa: E402, F401
