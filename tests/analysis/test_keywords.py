"""The keywords analysis, checked against answers worked out independently of its code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from seokit.analysis.keyphrase import Place
from seokit.analysis.keywords import KeywordStats, analyze_keywords, page_slug
from seokit.context import Context, Settings
from seokit.parse import parse_document

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_PATH = "examples/articles/massage-therapy.txt"
ARTICLE = (ROOT / ARTICLE_PATH).read_text(encoding="utf-8")
NOT_WORD = r"[\w'’-]"  # what may not touch a whole word on either side


def measure(text: str, fmt: str = "text", *, keyphrase: str | None = None,
            language: str | None = None, path: str | None = None,
            url: str | None = None) -> KeywordStats:
    doc = parse_document(text, fmt, path=path, url=url)
    return analyze_keywords(Context(doc, Settings(keyphrase=keyphrase, language=language)))


def line_column(source: str, offset: int) -> tuple[int, int]:
    return source.count("\n", 0, offset) + 1, offset - (source.rfind("\n", 0, offset) + 1) + 1


def whole_word(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!{NOT_WORD}){pattern}(?!{NOT_WORD})")


# --- the example article, keyphrase "massage therapy" ------------------------------------------

@pytest.fixture(scope="module")
def article() -> KeywordStats:
    return measure(ARTICLE, keyphrase="massage therapy", path=ARTICLE_PATH)


def test_article_word_total(article: KeywordStats) -> None:
    # every line of the plain-text article is main content, headings included (a documented
    # choice), so the total is every whitespace-separated chunk holding a letter or digit
    expected = sum(1 for chunk in ARTICLE.split() if re.search(r"\w", chunk))
    assert expected == 844
    assert article.total_words == expected


def test_article_keyphrase_count_and_density(article: KeywordStats) -> None:
    matches = list(whole_word(r"massage\s+therap(?:y|ies|y's)").finditer(ARTICLE))
    exact = whole_word(r"massage\s+therapy").findall(ARTICLE)
    phrase = article.keyphrase
    assert phrase is not None
    assert phrase.count == len(matches) == 16
    assert phrase.exact_count == len(exact)
    words = sum(1 for chunk in ARTICLE.split() if re.search(r"\w", chunk))
    assert phrase.density == pytest.approx(len(matches) / words * 100)
    out = article.to_json(parse_document(ARTICLE, path=ARTICLE_PATH))["keyphrase"]
    assert out["density"] == round(len(matches) / words * 100, 2) == 1.9
    assert [(o["line"], o["column"]) for o in out["occurrences"]] == [
        line_column(ARTICLE, m.start()) for m in matches
    ]
    assert [o["text"] for o in out["occurrences"]] == [m.group(0) for m in matches]


def test_article_placements(article: KeywordStats) -> None:
    phrase = article.keyphrase
    assert phrase is not None
    assert phrase.in_title is True  # "... through Massage Therapy"
    assert phrase.in_h1 is True  # a text file's first line is its H1
    assert phrase.in_first_paragraph is True  # "... alternative: massage therapy."
    assert phrase.in_slug is True  # the file is massage-therapy.txt
    assert phrase.in_description is None and phrase.in_image_alt is None
    # seven "Label:" subheadings, one of them "The Holistic Approach of Massage Therapy:"
    labels = re.findall(r"(?m)^[A-Z][^.\n]{0,80}:$", ARTICLE)
    assert phrase.subheadings == len(labels) == 7
    assert phrase.subheadings_with_keyphrase == 1


def test_article_longest_gap(article: KeywordStats) -> None:
    # an independent sentence split: blank-line blocks, then ". ", "! ", "? " boundaries
    sentences = [s for block in re.split(r"\n\s*\n", ARTICLE) if block.strip()
                 for s in re.split(r"(?<=[.!?])\s+", block.strip()) if s]
    assert article.total_sentences == len(sentences)
    # per word: a sentence counts when it holds both words, in any form, anywhere
    massage, therapy = whole_word(r"massage[sd]?"), whole_word(r"therap(?:y|ies)")
    longest = run = 0
    for sentence in sentences:
        run = 0 if massage.search(sentence) and therapy.search(sentence) else run + 1
        longest = max(longest, run)
    assert article.keyphrase is not None
    assert article.keyphrase.longest_gap_sentences == longest


def test_article_top_terms(article: KeywordStats) -> None:
    pain = len(whole_word(r"pains?").findall(ARTICLE))  # "pain-free" is another word
    chronic_pain = len(whole_word(r"chronic\s+pain").findall(ARTICLE))
    top1 = article.top_of_size(1)
    assert (top1[0].term, top1[0].count) == ("pain", pain)
    assert round(article.density(pain), 2) == round(pain / 844 * 100, 2) == 4.62
    top2 = {t.term: t.count for t in article.top_of_size(2)}
    assert top2["massage therapy"] == 16 and top2["chronic pain"] == chronic_pain == 11
    # the two Korean spam words appear once each: not keywords
    assert not any("마사지" in t.term for t in article.top)


# --- placements on small documents ---------------------------------------------------------

MARKDOWN = """---
title: Massage Therapy for Runners
description: How massage therapies help runners recover
slug: massage-therapy-runners
keyphrase: massage therapy
---

# Recovery Guide

Runners often skip recovery. Massage therapy can help.

## What Massage Therapy Does

Text here without it.

### Costs

Prices vary.

![Massage therapist at work](img.png)
"""


def test_markdown_front_matter_placements() -> None:
    stats = measure(MARKDOWN, "markdown")  # the keyphrase comes from the front matter
    phrase = stats.keyphrase
    assert phrase is not None and phrase.phrase == "massage therapy"
    assert phrase.in_title is True
    assert phrase.in_description is True  # "therapies" is a form of "therapy"
    assert phrase.in_slug is True
    assert phrase.in_h1 is False  # "Recovery Guide"
    assert phrase.in_first_paragraph is True
    assert (phrase.subheadings, phrase.subheadings_with_keyphrase) == (2, 1)  # H2 yes, H3 no
    assert phrase.in_image_alt is False  # a therapist is not a therapy
    assert phrase.count == 2
    # Recovery Guide / Runners often skip recovery / Massage therapy can help /
    # What Massage Therapy Does / Text here without it / Costs / Prices vary
    assert stats.total_words == 2 + 4 + 4 + 4 + 4 + 1 + 2


def test_markdown_with_another_keyphrase_option_wins_over_front_matter() -> None:
    stats = measure(MARKDOWN, "markdown", keyphrase="recovery")
    assert stats.keyphrase is not None and stats.keyphrase.phrase == "recovery"
    assert stats.keyphrase.in_h1 is True and stats.keyphrase.count == 2


HTML = """<html lang="en-GB"><head><title>Relax Now</title>
<meta name="description" content="Unwind after work"></head>
<body><nav><p>Massage therapy shop menu</p></nav><h1>Relax</h1><p>Intro here.</p>
<img src="a.png" alt="massage therapies in a room">
<h2>Why Massage Therapy</h2><p>Massage therapy works.</p></body></html>"""


def test_html_placements_and_main_content_only() -> None:
    stats = measure(HTML, "html", keyphrase="Massage Therapy",
                    url="https://example.com/blog/massage-therapy/")
    phrase = stats.keyphrase
    assert phrase is not None
    assert stats.total_words == 1 + 2 + 3 + 3  # the navigation is not counted
    assert phrase.count == 2  # the H2 and the last paragraph, not the nav
    assert phrase.in_title is False and phrase.in_description is False
    assert phrase.in_h1 is False
    assert phrase.in_first_paragraph is False  # "Intro here.", the nav's paragraph is no intro
    assert phrase.in_slug is True
    assert phrase.in_image_alt is True
    assert phrase.subheading_share == 1.0
    doc = parse_document(HTML, "html")
    occurrences = stats.to_json(doc)["keyphrase"]["occurrences"]
    h2 = HTML.index("Massage Therapy</h2>")
    last = HTML.index("Massage therapy works")
    assert [(o["line"], o["column"], o["text"]) for o in occurrences] == [
        (*line_column(HTML, h2), "Massage Therapy"), (*line_column(HTML, last), "Massage therapy")
    ]
    assert stats.language == "en"  # from <html lang="en-GB">


def test_exact_and_stemmed_counts_differ_on_word_forms() -> None:
    stats = measure("Massage therapies help. Massage therapy helps. Massage, therapy. "
                    "Massage-therapy is hyphenated.", keyphrase="massage therapy")
    assert stats.keyphrase is not None
    assert (stats.keyphrase.exact_count, stats.keyphrase.count) == (1, 2)


def test_longest_gap_on_a_hand_count() -> None:
    text = ("One a. Massage therapy b. Three c. Four d. Five e. Massage therapy f. Seven g.")
    stats = measure(text, keyphrase="massage therapy")
    assert stats.keyphrase is not None
    assert stats.total_sentences == 7
    assert stats.keyphrase.longest_gap_sentences == 3  # sentences three to five


def test_gap_is_every_sentence_when_the_keyphrase_is_absent() -> None:
    stats = measure("One. Two. Three.", keyphrase="massage therapy")
    assert stats.keyphrase is not None
    assert stats.keyphrase.count == 0 and stats.keyphrase.longest_gap_sentences == 3
    assert stats.keyphrase.density == 0.0


@pytest.mark.parametrize(("slug_source", "expected"), [
    ({"url": "https://example.com/blog/massage-therapy/"}, "massage-therapy"),
    ({"url": "https://example.com/blog/massage-therapy.html?x=1"}, "massage-therapy"),
    ({"url": "https://example.com/massage-therapy/index.html"}, "massage-therapy"),
    ({"url": "https://example.com/caf%C3%A9-guide"}, "café-guide"),
    ({"url": "https://example.com/"}, None),
    ({"path": "content/posts/massage_therapy.md"}, "massage_therapy"),
    ({}, None),
])
def test_page_slug(slug_source: dict[str, str], expected: str | None) -> None:
    doc = parse_document("Some text.", "text", **slug_source)
    assert page_slug(doc) == expected


def test_underscores_in_a_slug_are_spaces() -> None:
    stats = measure("Some text.", keyphrase="massage therapy", path="posts/massage_therapy.txt")
    assert stats.keyphrase is not None and stats.keyphrase.in_slug is True


# --- without a keyphrase, languages, odd inputs --------------------------------------------

def test_without_a_keyphrase_the_section_is_null() -> None:
    doc = parse_document(ARTICLE, path=ARTICLE_PATH)
    out = analyze_keywords(Context(doc)).to_json(doc)
    assert out["keyphrase"] is None
    assert out["total_words"] == 844 and out["language"] == "en"


def test_a_keyphrase_without_words_is_no_keyphrase() -> None:
    assert measure("Some text here.", keyphrase=" !!! ").keyphrase is None


def test_top_lists_at_most_ten_per_size_most_used_first() -> None:
    stats = measure(ARTICLE)
    for n in (1, 2, 3):
        terms = stats.top_of_size(n)
        assert 0 < len(terms) <= 10
        keys = [(-t.count, t.term) for t in terms]
        assert keys == sorted(keys)
        assert all(t.count >= 2 and len(t.term.split()) == n for t in terms)


def test_json_shape_and_rounding() -> None:
    doc = parse_document(ARTICLE, path=ARTICLE_PATH)
    out = analyze_keywords(Context(doc, Settings(keyphrase="massage therapy"))).to_json(doc)
    assert set(out["keyphrase"]) >= {
        "phrase", "count", "exact_count", "density", "in_title", "in_first_paragraph",
        "in_description", "in_slug", "in_h1", "subheading_share", "in_image_alt",
        "occurrences", "longest_gap_sentences"}
    assert out["keyphrase"]["subheading_share"] == 0.14
    for item in out["top"]:
        assert set(item) == {"term", "n", "count", "density"}
        assert item["density"] == round(item["density"], 2)


def test_language_option_wins_then_declared_language() -> None:
    german = "Die Massage hilft. Die Massagen helfen bei Schmerzen und die Massage entspannt."
    stats = measure(german, language="de-AT", keyphrase="Massage")
    assert stats.language == "de" and stats.stemmed
    assert stats.keyphrase is not None and stats.keyphrase.count == 3  # Massage, Massagen
    assert "die" not in {t.term for t in stats.top}  # German stop words
    assert measure(german).language in ("en", "de")  # whatever detection says, never a crash
    html = '<html lang="fr"><body><p>Le massage aide. Les massages aident.</p></body></html>'
    assert measure(html, "html").language == "fr"


@pytest.mark.parametrize(("text", "fmt"), [
    ("", "text"),
    ("   \n\n  ", "text"),
    ("```\nprint('massage therapy')\n```\n", "markdown"),
    ("<html><body><nav>Massage therapy</nav></body></html>", "html"),
    ("!!! ??? ...", "text"),
    ("😀😀 😀 🎉", "text"),
    ("按摩疗法很好。按摩疗法很好。", "text"),
    ("마사지 치료는 좋습니다. 마사지 치료는 좋습니다.", "text"),
])
def test_never_raises_and_counts_what_is_there(text: str, fmt: str) -> None:
    stats = measure(text, fmt, keyphrase="massage therapy")
    doc = parse_document(text, fmt)
    out = stats.to_json(doc)
    json.dumps(out)
    # a run of Han characters counts as its overlapping character bigrams
    expected_words = sum(max(1, len(w) - 1) if re.fullmatch(r"[\u4e00-\u9fff]+", w) else 1
                         for b in doc.text_blocks()
                         for w in re.findall(r"[^\W_]+(?:['’\-][^\W_]+)*", b.text))
    assert stats.total_words == expected_words
    assert stats.keyphrase is not None and stats.keyphrase.density >= 0


def test_cjk_words_repeat_as_keywords() -> None:
    stats = measure("마사지 치료는 좋습니다. 마사지 치료는 좋습니다.", language="ko")
    assert {(t.term, t.count) for t in stats.top_of_size(2)} == {("마사지 치료는", 2),
                                                                  ("치료는 좋습니다", 2)}


def test_huge_document() -> None:
    paragraph = "Massage therapy eases chronic pain in the back and neck. " * 20
    text = "\n\n".join([paragraph] * 1000)  # 200,000 words
    # the language is given, so this measures the keyword analysis alone
    stats = measure(text, keyphrase="massage therapy", language="en")
    assert stats.total_words == 10 * 20 * 1000
    assert stats.keyphrase is not None and stats.keyphrase.count == 20 * 1000
    assert stats.keyphrase.longest_gap_sentences == 0


def test_output_is_deterministic() -> None:
    doc = parse_document(ARTICLE, path=ARTICLE_PATH)
    first = json.dumps(analyze_keywords(Context(doc, Settings(keyphrase="massage therapy")))
                       .to_json(doc), ensure_ascii=False)
    again = parse_document(ARTICLE, path=ARTICLE_PATH)
    second = json.dumps(analyze_keywords(Context(again, Settings(keyphrase="massage therapy")))
                        .to_json(again), ensure_ascii=False)
    assert first == second


# --- must-show: the plural keyphrase, several keyphrases, synonyms -----------------------------

def test_plural_keyphrase_still_finds_the_singular() -> None:
    stats = measure(ARTICLE, keyphrase="massage therapies", path=ARTICLE_PATH)
    phrase = stats.keyphrase
    assert phrase is not None
    # "massage therapy" 16 times in the article, "massage therapies" never
    assert len(whole_word(r"massage\s+therapy").findall(ARTICLE)) == 16
    assert not whole_word(r"massage\s+therapies").findall(ARTICLE)
    assert (phrase.count, phrase.exact_count) == (16, 0)
    assert phrase.in_title is True and phrase.in_slug is True  # the slug is massage-therapy


def test_per_word_placements_ignore_order_and_function_words() -> None:
    # "massage for nerve pain": content words massage, nerve, pain; the H2 "Relieving Nerve
    # Pain:" lacks "massage", but its paragraph's second sentence has all three
    stats = measure(ARTICLE, keyphrase="massage for nerve pain", path=ARTICLE_PATH)
    phrase = stats.keyphrase
    assert phrase is not None and phrase.content_words == ("massage", "nerve", "pain")
    assert phrase.count == 0  # never written as that phrase
    assert phrase.in_title is False and phrase.in_first_paragraph is False
    assert phrase.sentences_with_keyphrase == sum(
        1 for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", ARTICLE)
        if re.search(r"(?i)\bmassage", s) and re.search(r"(?i)\bnerves?\b", s)
        and re.search(r"(?i)\bpains?\b", s))


FRONT = """---
title: Massage for Runners
description: How sports massage helps runners recover
keyphrase: [massage therapy, runner recovery]
synonyms: sports massage, bodywork
---

# Massage for Runners

Runners often skip rest days. Sports massage can help them.

Massage therapy loosens tight calves. Runner recovery takes time.

## Bodywork after a race

Text without the words.
"""


def test_several_keyphrases_and_synonyms_from_front_matter() -> None:
    stats = measure(FRONT, "markdown")
    focus, related = stats.keyphrases
    assert (focus.phrase, focus.focus, focus.synonyms) == (
        "massage therapy", True, ("sports massage", "bodywork"))
    assert (related.phrase, related.focus, related.synonyms) == ("runner recovery", False, ())
    assert (focus.count, focus.synonym_count) == (1, 2)  # "Sports massage", "Bodywork"
    assert focus.density == pytest.approx(1 / stats.total_words * 100)
    assert focus.synonym_density == pytest.approx(3 / stats.total_words * 100)
    intro = focus.placement(Place.INTRODUCTION)
    assert intro is not None and (intro.found, intro.synonym) == (False, "sports massage")
    description = focus.placement(Place.DESCRIPTION)
    assert description is not None and description.synonym == "sports massage"
    assert (focus.subheadings, focus.subheadings_with_keyphrase) == (1, 1)  # via "bodywork"
    assert related.count == 1 and related.in_title is False


def test_quoted_keyphrase_matches_only_as_written() -> None:
    text = "Massage therapies help. They help a lot. " * 10
    assert measure(text, keyphrase="massage therapy").keyphrase.count == 10  # type: ignore[union-attr]
    quoted = measure(text, keyphrase='"massage therapy"').keyphrase
    assert quoted is not None and quoted.count == 0 and quoted.exact_match


# --- must-show: boilerplate does not change the article's density ----------------------------

ARTICLE_HTML = """<html><body><main><article>
<h1>Massage therapy</h1>
<p>Massage therapy eases tight muscles. Regular visits lower stress and help sleep.</p>
<p>Ask your doctor before booking if you have an injury or a heart condition.</p>
</article></main>{extra}</body></html>"""
TAG_CLOUD = ('<div class="tag-cloud"><a href="/t/1">massage therapy</a> '
             '<a href="/t/2">massage therapy deals</a> <a href="/t/3">massage therapy seoul</a></div>')
FOOTER = "<footer><p>Massage therapy, massage therapy, massage therapy near you.</p></footer>"
NAV = '<nav><ul><li><a href="/">Massage therapy home</a></li></ul></nav>'
COOKIE = ('<div id="cookie-consent"><p>We use cookies to improve massage therapy '
          'bookings.</p></div>')


@pytest.mark.parametrize("extra", [TAG_CLOUD, FOOTER, NAV, COOKIE, TAG_CLOUD + FOOTER + NAV + COOKIE])
def test_tag_clouds_and_footers_do_not_change_density(extra: str) -> None:
    bare = measure(ARTICLE_HTML.format(extra=""), "html", keyphrase="massage therapy")
    full = measure(ARTICLE_HTML.format(extra=extra), "html", keyphrase="massage therapy")
    # 2 + (5 + 7) + 14 words; the keyphrase twice (H1 and first sentence)
    assert bare.total_words == full.total_words == 28
    assert bare.keyphrase is not None and full.keyphrase is not None
    assert bare.keyphrase.count == full.keyphrase.count == 2
    assert full.keyphrase.density == bare.keyphrase.density == pytest.approx(2 / 28 * 100)
    assert full.top == bare.top


# --- stuffing measurements --------------------------------------------------------------------

def test_repeated_sentences_and_keyword_lists_are_recorded() -> None:
    text = ("Book your massage therapy session in Seoul today. Our team is friendly. "
            "Book your massage therapy session in Seoul today. Prices are fair. "
            "Book your massage therapy session in Seoul today.\n\n"
            "We serve massage Seoul, massage Busan, massage Incheon, massage Daegu, "
            "massage Ulsan and massage Suwon.")
    stats = measure(text)
    [repeat] = stats.repeated
    assert (repeat.text, repeat.words, repeat.count, repeat.whole_block) == (
        "Book your massage therapy session in Seoul today", 8, 3, False)
    assert [text[s.start:s.end] for s in repeat.spans] == [repeat.text] * 3
    [found] = stats.keyword_lists
    assert found.items == ("We serve massage Seoul", "massage Busan", "massage Incheon",
                           "massage Daegu", "massage Ulsan", "massage Suwon")
    assert (found.shared, found.shared_items, found.list_items) == ("massage", 6, False)


def test_cjk_keyphrase_is_found_as_a_character_sequence() -> None:
    text = "专业按摩治疗服务。按摩治疗很好。我们提供按摩。"
    stats = measure(text, keyphrase="按摩治疗", language="zh")
    phrase = stats.keyphrase
    assert phrase is not None and phrase.count == 2 and phrase.unspaced
    assert [o.text for o in phrase.occurrences] == ["按摩治疗", "按摩治疗"]
    # 8 + 6 + 6 characters: 7 + 5 + 5 bigrams
    assert stats.total_words == stats.unspaced_words == 17


@pytest.mark.parametrize("name", ["<string>", "<stdin>", "<bytes>"])
def test_sources_without_a_name_have_no_slug(name: str) -> None:
    assert page_slug(parse_document("Text.", "text", path=name)) is None
