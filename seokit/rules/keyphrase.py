"""Keyphrase rules (KW) beyond density and the main placements: slug, H1, image alt text,
distribution, competing links, and the keyphrase itself (length, function words only).
They judge ``seokit.analysis.keyphrase``; defaults are Yoast's unless a docstring says
otherwise."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from seokit.analysis.keyphrase import KeyphraseStats, Place
from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules import register
from seokit.rules.base import Example, Option, Rule
from seokit.rules.keywords import _FILLER, keyphrase, keyphrases, percent, which


def _focus(ctx: Context) -> KeyphraseStats | None:
    return keyphrase(ctx)


@register
class KeyphraseMissingFromSlug(Rule):
    """Flags a page address (slug) that does not contain the focus keyphrase.

    ## What it does
    Takes the slug (the front matter's `slug`, else the last segment of the URL or file name,
    without its extension) and looks for every content word of the focus keyphrase in it, in
    any word form and order, hyphens and underscores read as spaces. Documents without a URL,
    a file name or a slug are not judged. Yoast (`UrlKeywordAssessment`) and Rank Math
    ("Focus Keyword in the URL") both run this check.

    ## Why is this bad?
    The address shows in search results and in links shared without anchor text; words of the
    topic in it tell readers and search engines what the page is about.

    ## Example
    For the keyphrase "massage therapy", `/blog/post-1234` fails and `/blog/massage-therapy`
    passes.
    """

    code = "KW109"
    name = "keyphrase-missing-from-slug"
    title = "Keyphrase missing from the slug"
    severity = Severity.INFO
    examples = (
        Example("---\nslug: massage-therapy-guide\n---\n\nText.", fails=False, format="markdown",
                keyphrase="massage therapy"),
        Example("---\nslug: post-1234\n---\n\nText.", fails=True, format="markdown",
                keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = _focus(ctx)
        return phrase is not None and phrase.in_slug is not None

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        from seokit.analysis.keywords import page_slug

        phrase = _focus(ctx)
        if phrase is not None and phrase.in_slug is False:
            slug = page_slug(ctx.document) or ""
            yield self.finding(
                ctx, f'The slug "{slug}" does not contain the keyphrase "{phrase.phrase}": '
                     "use the keyphrase's words in the page address.",
                data={"keyphrase": phrase.phrase, "slug": slug})


@register
class KeyphraseMissingFromH1(Rule):
    """Flags a main heading (H1) that does not contain the focus keyphrase.

    ## What it does
    Looks for every content word of the focus keyphrase, in any word form and order, in the
    first H1. When the H1 is also the title (a text file's first line, a Markdown file whose
    title is its `#` heading, or an H1 that reads exactly like the `<title>`), the title rule
    KW102 judges it and this rule does not apply.

    ## Why is this bad?
    The H1 is the headline readers see first on the page; when it names the topic they
    searched for, they know they are in the right place, and search engines read it as a
    strong signal of the page's subject.

    ## Example
    ```html
    <title>Massage therapy for back pain | Clinic</title>
    <h1>Welcome to our clinic</h1>    <!-- flagged for "massage therapy" -->
    ```
    """

    code = "KW110"
    name = "keyphrase-missing-from-h1"
    title = "Keyphrase missing from the main heading"
    severity = Severity.INFO
    examples = (
        Example("<title>Massage therapy | Clinic</title><h1>Massage therapy that helps</h1>"
                "<p>Text.</p>", fails=False, format="html", keyphrase="massage therapy"),
        Example("<title>Massage therapy | Clinic</title><h1>Welcome to our clinic</h1>"
                "<p>Text.</p>", fails=True, format="html", keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = _focus(ctx)
        if phrase is None:
            return False
        h1 = phrase.placement(Place.H1)
        title = phrase.placement(Place.TITLE)
        if h1 is None:
            return False
        if title is not None and (title.span == h1.span or _same(
                ctx.document.meta.title, _h1_text(ctx))):
            return False
        return True

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = _focus(ctx)
        h1 = phrase.placement(Place.H1) if phrase is not None else None
        if phrase is not None and h1 is not None and not h1.found:
            yield self.finding(
                ctx, f'The main heading "{_h1_text(ctx)}" does not contain the keyphrase '
                     f'"{phrase.phrase}": name the topic in the headline.',
                span=h1.span, data={"keyphrase": phrase.phrase, "h1": _h1_text(ctx)})


def _h1_text(ctx: Context) -> str:
    from seokit.document import BlockKind

    return next((b.text for b in ctx.document.blocks
                 if b.kind is BlockKind.HEADING and b.level == 1), "")


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and " ".join(a.lower().split()) == " ".join(
        b.lower().split())


@register
class KeyphraseInImageAltOutOfBand(Rule):
    """Flags pages whose image alt texts name the focus keyphrase too rarely or too often.

    ## What it does
    Counts the images of the main content and those whose alt text holds every content word
    of the focus keyphrase or of a synonym. With fewer than `min_images_for_share` images, at
    least one should; with more, between `min_share` and `max_share` of them should. These
    are Yoast's `KeyphraseInImageTextAssessment` bounds (30 % and 75 % from 5 images on);
    Rank Math only asks for one. Pages without images are not judged.

    ## Why is this bad?
    Alt text tells search engines what an image shows; an image that illustrates the topic
    should say so. Putting the keyphrase in every alt text, though, is stuffing, and describes
    the images badly for people who cannot see them.

    ## Example
    Five photos whose alt texts are "Hands on a back", "Oil bottle", ... and never the
    keyphrase "massage therapy" fail.
    """

    code = "KW111"
    name = "keyphrase-in-image-alt-out-of-band"
    title = "Too few or too many alt texts name the keyphrase"
    severity = Severity.INFO
    options = (
        Option("min_images_for_share", 5, "From this many images on, the share is judged."),
        Option("min_share", 0.3, "Lowest share (0 to 1) of images naming the keyphrase."),
        Option("max_share", 0.75, "Highest share (0 to 1) of images naming the keyphrase."),
    )
    examples = (
        Example('<p>Text.</p><p><img src="a.jpg" alt="Massage therapy on the back"></p>',
                fails=False, format="html", keyphrase="massage therapy"),
        Example('<p>Text.</p><p><img src="a.jpg" alt="Hands on a back"></p>', fails=True,
                format="html", keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = _focus(ctx)
        return phrase is not None and phrase.images > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = _focus(ctx)
        if phrase is None:
            return
        total, found = phrase.images, phrase.images_with_keyphrase
        data = {"keyphrase": phrase.phrase, "images": total, "with_keyphrase": found}
        if total < int(opts["min_images_for_share"]):
            if found == 0:
                yield self.finding(
                    ctx, f'None of the {total} image alt texts names the keyphrase '
                         f'"{phrase.phrase}": describe a relevant image with it.', data=data)
            return
        low = math.ceil(round(total * float(opts["min_share"]), 9))
        high = math.floor(round(total * float(opts["max_share"]), 9))
        if found < low:
            yield self.finding(
                ctx, f'Only {found} of the {total} image alt texts name the keyphrase '
                     f'"{phrase.phrase}"; aim for {low} to {high}.', data=data | {"min": low})
        elif found > high:
            yield self.finding(
                ctx, f'{found} of the {total} image alt texts name the keyphrase '
                     f'"{phrase.phrase}", more than {high}: only use it where it describes '
                     "the image.", data=data | {"max": high})


@register
class KeyphraseUnevenlyDistributed(Rule):
    """Flags a text with a long stretch that never mentions the focus keyphrase.

    ## What it does
    Marks each sentence of the main text that holds every content word of the focus keyphrase
    or of a synonym, finds the longest run of sentences without one, and reports it when it
    is more than `max_gap_share` percent of all sentences, at the sentence where the run
    starts. Texts with fewer than `min_sentences` sentences, or without the keyphrase at all
    (KW101's finding), are not judged.

    This is Yoast's `KeyphraseDistributionAssessment`: the longest topic-free stretch, in
    percent of the sentences; above 50 % is "very uneven" (the default), above 30 % "uneven"
    (the `strict` setting); it applies from 15 sentences on.

    ## Why is this bad?
    A long part of the text that never returns to the topic is a part readers and search
    engines cannot tie to it; often it is a digression, or the keyphrase was crammed into
    the opening only.

    ## Example
    A 40-sentence article that names its keyphrase only in the first three sentences.
    """

    code = "KW112"
    name = "keyphrase-unevenly-distributed"
    title = "Long stretch of text without the keyphrase"
    severity = Severity.INFO
    options = (
        Option("max_gap_share", 50.0,
               "Longest acceptable run of sentences without the keyphrase, in percent."),
        Option("min_sentences", 15, "Texts with fewer sentences than this are not judged."),
    )
    examples = (
        Example(" ".join([_FILLER[:120] + " Massage therapy helps."] * 5), fails=False,
                keyphrase="massage therapy"),
        Example("Massage therapy helps. " + _FILLER + " " + _FILLER, fails=True,
                keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        phrase = _focus(ctx)
        return phrase is not None and phrase.sentences >= int(opts["min_sentences"]) \
            and phrase.sentences_with_keyphrase > 0

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = _focus(ctx)
        if phrase is None or phrase.gap_share is None:
            return
        share, limit = phrase.gap_share * 100, float(opts["max_gap_share"])
        if share > limit:
            yield self.finding(
                ctx, f"{phrase.longest_gap_sentences} sentences in a row, {percent(share)} of "
                     f'the text, never mention the keyphrase "{phrase.phrase}" (at most '
                     f"{percent(limit)} recommended). Bring the topic back in that part.",
                span=phrase.longest_gap_span,
                data={"keyphrase": phrase.phrase, "sentences": phrase.longest_gap_sentences,
                      "value": round(share, 2), "threshold": limit})


@register
class CompetingKeyphraseLink(Rule):
    """Flags links to other pages whose anchor text is the focus keyphrase.

    ## What it does
    Reports every link in the main content to another page (on this site or elsewhere) whose
    anchor text holds every content word of the focus keyphrase, at the link. Links to the
    page itself and to sections of it do not count. This is Yoast's
    `TextCompetingLinksAssessment`.

    ## Why is this bad?
    Anchor text tells search engines what the linked page is about. Linking the words you
    want this page to rank for to another page tells them the other page is the better
    answer, so the two compete.

    ## Example
    On a page about "massage therapy": `<a href="/spa">massage therapy</a>` is flagged;
    `<a href="/spa">our spa's price list</a>` is not.
    """

    code = "KW113"
    name = "competing-keyphrase-link"
    title = "Link with the keyphrase as its anchor text"
    severity = Severity.WARNING
    examples = (
        Example('<p>Massage therapy helps. See <a href="/spa">our price list</a>.</p>',
                fails=False, format="html", keyphrase="massage therapy"),
        Example('<p>Massage therapy helps. See <a href="/spa">massage therapy</a>.</p>',
                fails=True, format="html", keyphrase="massage therapy"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return _focus(ctx) is not None and bool(ctx.document.links)

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        phrase = _focus(ctx)
        if phrase is None:
            return
        for link in phrase.competing_links:
            yield self.finding(
                ctx, f'This link to another page uses the keyphrase "{phrase.phrase}" as its '
                     f'text ("{link.text}"), so that page competes with this one for it. Link '
                     "with other words.",
                span=link.span, data={"keyphrase": phrase.phrase, "url": link.url,
                                      "text": link.text})


@register
class KeyphraseTooLong(Rule):
    """Flags keyphrases with too many words.

    ## What it does
    Counts the content words of each keyphrase (its words minus function words such as "to"
    or "the"; all its words in a language without a function-word list, or when it is in
    double quotes) and reports more than `max_words`, as an error above `error_words`.
    Languages without a function-word list get `max_words_no_function_words` and
    `error_words_no_function_words`. Keyphrases written without spaces (Chinese, Japanese)
    are not judged: their words cannot be counted reliably.

    The defaults are Yoast's `KeyphraseLengthAssessment`: 1 to 4 content words is good, 5 to
    8 too long, more than 8 far too long; 6 and 9 where function words cannot be told apart.

    ## Why is this bad?
    Few people search for a long phrase word for word, and a long keyphrase is hard to use
    naturally in titles, headings and text.

    ## Example
    "best deep tissue massage therapy clinic near downtown Seoul" (8 content words) is too
    long; "deep tissue massage Seoul" is fine.
    """

    code = "KW114"
    name = "keyphrase-too-long"
    title = "Keyphrase has too many words"
    severity = Severity.WARNING
    options = (
        Option("max_words", 4, "Most content words a keyphrase should have."),
        Option("error_words", 8, "Above this many content words the finding is an error."),
        Option("max_words_no_function_words", 6,
               "Most words, for languages without a function-word list."),
        Option("error_words_no_function_words", 9,
               "Error above this many words, for languages without a function-word list."),
    )
    examples = (
        Example(_FILLER, fails=False, keyphrase="deep tissue massage"),
        Example(_FILLER, fails=True,
                keyphrase="best deep tissue massage therapy clinic near downtown Seoul"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return any(not p.unspaced for p in keyphrases(ctx))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        from seokit.text.stopwords import stop_words

        has_list = bool(stop_words(ctx.metric("keywords").language))
        most = int(opts["max_words" if has_list else "max_words_no_function_words"])
        error = int(opts["error_words" if has_list else "error_words_no_function_words"])
        for phrase in keyphrases(ctx):
            if phrase.unspaced:
                continue
            n = len(phrase.content_words)
            if n <= most:
                continue
            kind = "content words" if has_list and not phrase.exact_match else "words"
            yield self.finding(
                ctx, f'The {which(phrase)} "{phrase.phrase}" has {n} {kind}; keep it to '
                     f"{most} or fewer, a phrase people actually search for.",
                severity=Severity.ERROR if n > error else None,
                data={"keyphrase": phrase.phrase, "value": n, "threshold": most})


@register
class KeyphraseOnlyFunctionWords(Rule):
    """Flags keyphrases made only of function words.

    ## What it does
    Reports a keyphrase whose every word is a function word of the text's language ("how to",
    "what is it"), from the stop-word lists of the `stop-words` package. Languages without a
    list are not judged. This is Yoast's `FunctionWordsInKeyphraseAssessment`.

    ## Why is this bad?
    Function words carry no topic: a page cannot rank for "how to", and every keyphrase check
    becomes meaningless.

    ## Example
    The keyphrase "how to" fails; "how to massage a stiff neck" passes.
    """

    code = "KW115"
    name = "keyphrase-only-function-words"
    title = "Keyphrase is only function words"
    severity = Severity.ERROR
    examples = (
        Example(_FILLER, fails=False, keyphrase="how to massage a stiff neck"),
        Example(_FILLER, fails=True, keyphrase="how to"),
    )

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        from seokit.text.stopwords import stop_words

        return bool(keyphrases(ctx)) and bool(stop_words(ctx.metric("keywords").language))

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        for phrase in keyphrases(ctx):
            if phrase.function_words_only and not phrase.exact_match:
                yield self.finding(
                    ctx, f'The {which(phrase)} "{phrase.phrase}" is made only of function '
                         "words, which say nothing about a topic. Add the words that name it.",
                    data={"keyphrase": phrase.phrase})
