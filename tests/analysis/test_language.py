"""The language analysis: document language, foreign spans and their classification, the JSON
section, the LG rules on real inputs, determinism and robustness."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from seokit.analysis.language import LanguageStats, analyze_language
from seokit.audit import audit_document
from seokit.context import Context, Settings
from seokit.document import Document
from seokit.parse import parse_document
from seokit.text.langid import identify, language_name, primary_language

KEYWORDS = ("칠곡출장마사지", "영주출장마사지")

CLEAN_ENGLISH = """\
How We Built a Calmer Booking Page

Last spring, Dr. Jürgen Müller and his colleague Zoë Okafor opened a small massage studio next
to a café on Market Street. Their first website was slow, and clients kept calling to ask
whether a slot was free. This article explains what we changed and why it helped.

The old page loaded a calendar widget from https://booking.example.com/widget.js?v=3 and made
four requests before anything appeared. We replaced it with a plain list of free times that
the server renders once a minute. The function getUserId() now reads the session cookie
instead of calling the API, and the handler render_free_slots caches its result for sixty
seconds. Nothing about this is clever, but the page now appears almost at once.

We also rewrote the text. The old copy promised a naïve "total détente" and was full of
jargon. The new one says what a session costs, how long it lasts, and what to wear. Clients
who read a résumé of each therapist's training book more often, so every profile now lists
courses, languages and favourite techniques. One client told us she felt a sense of déjà vu
when the reminder arrived: the tone matched the friendly note on the front desk.

Our receptionist, Siobhán O'Connor, keeps the rota in a spreadsheet called staff_rota_2024.xlsx,
and the logo, a lotus drawn by a designer from Kraków, now appears on every invoice and on the
gift vouchers we sell over the holidays. A regular guest, Mr. Nguyễn, suggested it.

Finally, we checked every link. Support questions go to hello@example.com, directions point
to the map on our contact page, and the cancellation policy is a short paragraph rather than
a PDF. Since the change, phone calls about availability have dropped by half, and the studio
in Oakland, California, is copying the same approach for its own site next month.
"""

GERMAN = ("Die Behandlung hat mir sehr geholfen, und ich würde sie jedem empfehlen, der unter "
          "Rückenschmerzen leidet.")
ENGLISH_BEFORE = "Our team reviewed the new treatment options with several local clinics last month."
ENGLISH_AFTER = "The results were encouraging, and we plan to publish a longer report in the spring."

JAPANESE = ("東京のAppleストアで新しいiPhone 15を買いました。店員さんはとても親切で、設定も手伝ってく"
            "れました。価格は少し高いですが、カメラの性能は素晴らしいです。東京大学大学院情報理工学系"
            "研究科の友人もGoogle Pixelより良いと言っていました。")


def analyze(text: str, fmt: str | None = None, language: str | None = None) -> LanguageStats:
    doc = parse_document(text, fmt)
    return analyze_language(Context(doc, Settings(language=language)))


def section(text: str, fmt: str | None = None) -> dict[str, Any]:
    doc = parse_document(text, fmt)
    stats = analyze_language(Context(doc))
    result: dict[str, Any] = stats.to_json(doc)
    return result


def line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column, worked out by splitting the source into lines."""
    before = source[:offset].split("\n")
    return len(before), len(before[-1]) + 1


# ---- the example article ---------------------------------------------------------------


def test_example_article_has_exactly_the_two_korean_keywords(example_text: str) -> None:
    report = section(example_text, "text")
    assert report["detected"] == "en"
    assert report["language"] == "en"
    assert report["declared"] is None
    assert report["confidence"] > 0.95
    spans = report["spans"]
    assert [s["text"] for s in spans] == list(KEYWORDS)
    for span, keyword in zip(spans, KEYWORDS, strict=True):
        start = example_text.find(keyword)
        assert start > 0 and example_text.count(keyword) == 1
        assert (span["start"], span["end"]) == (start, start + len(keyword))
        assert example_text[span["start"]:span["end"]] == keyword
        line, column = line_column(example_text, start)
        assert (span["line"], span["column"]) == (line, column)
        assert (span["end_line"], span["end_column"]) == (line, column + len(keyword))
        assert span["language"] == "ko"
        assert span["script"] == "Hangul"
        assert span["kind"] == "injected-keyword"
        assert span["tagged"] is False
    assert [s["line"] for s in spans] == [8, 23]


def test_example_article_script_counts(example_text: str) -> None:
    report = section(example_text, "text")
    hangul = sum(len(k) for k in KEYWORDS)
    latin = sum(1 for ch in example_text if ch.isascii() and ch.isalpha())
    assert report["scripts"] == {"Latin": latin, "Hangul": hangul}


def test_example_article_findings(example_text: str) -> None:
    doc = parse_document(example_text, "text")
    report = audit_document(doc, config={"select": ["LG"]})
    lg101 = [f for f in report.findings if f.code == "LG101"]
    assert [doc.source[f.span.start:f.span.end] for f in lg101 if f.span] == list(KEYWORDS)
    assert "Korean" in lg101[0].message and "English" in lg101[0].message
    assert "spam" in lg101[0].message
    assert lg101[0].data["language"] == "ko"
    assert {f.code for f in report.findings} == {"LG101"}  # text: LG102/LG104 do not apply


# ---- staying quiet on clean text ----------------------------------------------------------


def test_clean_english_article_has_no_foreign_span() -> None:
    assert 280 <= len(CLEAN_ENGLISH.split()) <= 340
    stats = analyze(CLEAN_ENGLISH, "text")
    assert stats.detected == "en"
    assert stats.spans == ()


def test_clean_english_article_as_markdown_with_code() -> None:
    markdown = CLEAN_ENGLISH + "\n```python\ndef getUserId(request):\n    return request.user.id\n```\n"
    stats = analyze(markdown, "markdown")
    assert stats.detected == "en"
    assert stats.spans == ()


def test_japanese_with_latin_brand_names_and_kanji_has_no_foreign_span() -> None:
    stats = analyze(JAPANESE, "text")
    assert stats.detected == "ja"
    assert stats.spans == ()


def test_korean_with_latin_brand_names_has_no_foreign_span() -> None:
    text = ("서울에서 새로운 iPhone을 샀습니다. 직원이 매우 친절했고 Google 계정 설정도 "
            "도와주었습니다. 가격은 조금 비싸지만 카메라 성능은 훌륭합니다.")
    stats = analyze(text, "text")
    assert stats.detected == "ko"
    assert stats.spans == ()


# ---- foreign spans ---------------------------------------------------------------------


def test_german_sentence_in_english_prose_is_a_foreign_passage() -> None:
    source = f"{ENGLISH_BEFORE} {GERMAN} {ENGLISH_AFTER}\n"
    stats = analyze(source, "text")
    assert stats.detected == "en"
    assert len(stats.spans) == 1
    span = stats.spans[0]
    start = source.find(GERMAN)
    assert (span.span.start, span.span.end) == (start, start + len(GERMAN))
    assert (span.language, span.kind, span.script, span.tagged) == (
        "de", "foreign-passage", "Latin", False)


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Le traitement m'a beaucoup aidé et je le recommanderais à tous ceux qui souffrent."),
    ("es", "El tratamiento me ayudó mucho y se lo recomendaría a cualquier persona que sufra."),
    ("nl", "De behandeling heeft me enorm geholpen en ik zou het iedereen aanraden die pijn heeft."),
])
def test_other_latin_languages_are_identified(language: str, sentence: str) -> None:
    stats = analyze(f"{ENGLISH_BEFORE} {sentence} {ENGLISH_AFTER}", "text")
    assert [(s.language, s.text) for s in stats.spans] == [(language, sentence)]


def test_english_sentence_in_german_text() -> None:
    german = ("Die Massage kann chronische Schmerzen lindern und verspannte Muskeln lockern. "
              "Viele Menschen fühlen sich nach einer Sitzung ruhiger und schlafen besser.")
    stats = analyze(f"{german} {ENGLISH_AFTER} {german}", "text")
    assert stats.detected == "de"
    assert [(s.language, s.text) for s in stats.spans] == [("en", ENGLISH_AFTER)]


def test_short_foreign_sentence_in_the_same_script_is_found_by_its_words() -> None:
    # four words are too few for langdetect, but each is common German and rare English
    stats = analyze(f"{ENGLISH_BEFORE} Das ist sehr gut. {ENGLISH_AFTER}", "text")
    assert [(s.text, s.language, s.kind) for s in stats.spans] == [
        ("Das ist sehr gut", "de", "injected-keyword")]


def test_short_ambiguous_words_are_not_guessed() -> None:
    # "also", "die", "Gift": German words too, but common English ones in English text
    stats = analyze(f"{ENGLISH_BEFORE} The die is cast, and the gift also arrived. {ENGLISH_AFTER}")
    assert stats.spans == ()


def test_chinese_sentence_in_japanese_text() -> None:
    chinese = "我们昨天在公园里散步，天气非常好，大家都很开心，然后一起去餐厅吃了晚饭。"
    stats = analyze(JAPANESE + chinese, "text")
    assert stats.detected == "ja"
    assert [(s.language, s.text, s.kind) for s in stats.spans] == [
        ("zh", chinese, "foreign-passage")]


def test_japanese_phrase_in_chinese_text_is_japanese_with_its_kanji() -> None:
    text = "我们昨天在公园里散步，天气非常好，大家都很开心。東京に行きました。然后我们一起去餐厅吃了晚饭。"
    stats = analyze(text, "text")
    assert stats.detected == "zh"
    assert [(s.language, s.text) for s in stats.spans] == [("ja", "東京に行きました")]


def test_cyrillic_word_and_sentence_in_english() -> None:
    word = analyze(f"{ENGLISH_BEFORE} Массаж", "text").spans
    assert [(s.text, s.script, s.kind) for s in word] == [("Массаж", "Cyrillic", "injected-keyword")]
    assert word[0].language == "ru" and word[0].confidence < 1  # one word: the likeliest guess
    ukrainian = "Ми відвідали клініку минулого тижня і поговорили з лікарями про лікування."
    sentence = analyze(f"{ENGLISH_BEFORE} {ukrainian} {ENGLISH_AFTER}", "text").spans
    assert [(s.language, s.kind) for s in sentence] == [("uk", "foreign-passage")]


def test_korean_tag_list() -> None:
    tags = "칠곡출장마사지 영주출장마사지 구미출장마사지 안동출장마사지 대구출장마사지"
    stats = analyze(f"{ENGLISH_BEFORE}\n\n{tags}\n", "text")
    assert [(s.text, s.kind, s.language) for s in stats.spans] == [(tags, "tag-list", "ko")]
    listed = analyze(f"{ENGLISH_BEFORE}\n\nTags: 칠곡출장마사지, 영주출장마사지, 구미출장마사지\n")
    assert [s.kind for s in listed.spans] == ["tag-list"]


def test_korean_sentence_in_english_is_a_passage() -> None:
    korean = "마사지는 만성 통증을 겪는 많은 사람들에게 매일 도움이 됩니다"
    stats = analyze(f"{ENGLISH_BEFORE} {korean}. {ENGLISH_AFTER}", "text")
    assert [(s.text, s.kind) for s in stats.spans] == [(korean, "foreign-passage")]


# ---- HTML: lang attributes, entities, declared language ------------------------------------


def _html(lang: str, body: str) -> str:
    return f'<html{lang}><head><title>Massage</title></head><body>{body}</body></html>'


def test_tagged_korean_quote_is_not_flagged_by_lg101() -> None:
    quote = "마사지 정말 감사합니다"
    paragraph = f"<p>{ENGLISH_BEFORE} {ENGLISH_AFTER}</p>"
    tagged = _html(' lang="en"', f'{paragraph}<blockquote lang="ko"><p>{quote}</p></blockquote>')
    doc = parse_document(tagged, "html")
    stats = analyze_language(Context(doc))
    assert [(s.text, s.tagged) for s in stats.spans] == [(quote, True)]
    assert doc.source[stats.spans[0].span.start:stats.spans[0].span.end] == quote
    report = audit_document(doc, config={"select": ["LG101", "LG102"]})
    assert report.findings == ()
    untagged = parse_document(_html(' lang="en"', f"{paragraph}<blockquote><p>{quote}</p>"
                                                  "</blockquote>"), "html")
    found = audit_document(untagged, config={"select": ["LG101"]}).findings
    assert [f.code for f in found] == ["LG101"]


def test_source_offsets_survive_entities_and_inline_markup() -> None:
    source = _html("", f"<p>Massage &amp; <b>stretching</b> help. {KEYWORDS[0]} Book now.</p>")
    report = section(source, "html")
    (span,) = report["spans"]
    assert source[span["start"]:span["end"]] == KEYWORDS[0]
    assert span["start"] == source.find(KEYWORDS[0])


def test_html_lang_de_on_english_text_triggers_lg103() -> None:
    body = f"<p>{CLEAN_ENGLISH}</p>"
    doc = parse_document(_html(' lang="de"', body), "html")
    stats = analyze_language(Context(doc))
    assert (stats.declared, stats.detected, stats.language) == ("de", "en", "en")
    findings = audit_document(doc, config={"select": ["LG103"]}).findings
    assert [(f.code, f.location) for f in findings] == [("LG103", None)]
    assert "German" in findings[0].message and "English" in findings[0].message
    right = parse_document(_html(' lang="en-US"', body), "html")
    assert audit_document(right, config={"select": ["LG103"]}).findings == ()


def test_declared_language_is_used_when_nothing_can_be_detected() -> None:
    stats = analyze(_html(' lang="fr-CA"', "<p>Bonjour</p>"), "html")
    assert (stats.declared, stats.detected, stats.language) == ("fr-CA", None, "fr")


def test_language_override_wins() -> None:
    stats = analyze(f"{ENGLISH_BEFORE} {ENGLISH_AFTER}", "text", language="de")
    assert stats.detected == "en"
    assert stats.language == "de"
    # judged as German, the English sentences are now the foreign ones
    assert {s.language for s in stats.spans} == {"en"}


# ---- robustness and determinism ------------------------------------------------------------


@pytest.mark.parametrize(("text", "fmt", "detected"), [
    ("", "text", None),
    ("12345 67890 !!! ???", "text", None),
    ("🎉🎉🎉 😀 👍", "text", None),
    ("```\nint main() { return 0; }\n```\n", "markdown", None),
    ("مرحبا بكم في موقعنا. نحن نقدم خدمات التدليك العلاجي لجميع العملاء في المدينة.", "text", "ar"),
    ("שלום לכולם, אנחנו מציעים עיסוי טיפולי לכל הלקוחות בעיר.", "text", "he"),
    ("ยินดีต้อนรับสู่เว็บไซต์ของเรา เราให้บริการนวดบำบัดสำหรับลูกค้าทุกคน", "text", "th"),
    ("我们昨天在公园里散步，天气非常好，大家都很开心。", "text", "zh"),
    ("<html><body></body></html>", "html", None),
])
def test_never_raises_and_measures(text: str, fmt: str, detected: str | None) -> None:
    doc = parse_document(text, fmt)
    stats = analyze_language(Context(doc))
    assert stats.detected == detected
    assert stats.spans == ()
    json.dumps(stats.to_json(doc))


def test_large_document(example_text: str) -> None:
    big = "\n\n".join([example_text] * 30)
    stats = analyze(big, "text")
    assert stats.detected == "en"
    assert len(stats.spans) == 60
    assert {s.text for s in stats.spans} == set(KEYWORDS)


MIXED = (f"{ENGLISH_BEFORE} {GERMAN} {ENGLISH_AFTER} 칠곡출장마사지\n\n"
         "Мы посетили клинику на прошлой неделе и поговорили с врачами о лечении.\n\n"
         f"{JAPANESE}\n\n{CLEAN_ENGLISH}")


def _json(text: str) -> str:
    doc = parse_document(text, "text")
    return json.dumps(analyze_language(Context(doc)).to_json(doc), ensure_ascii=False,
                      sort_keys=True)


def test_same_input_same_output_in_any_order(example_text: str) -> None:
    first = _json(MIXED)
    assert _json(MIXED) == first
    _json(example_text)
    _json(CLEAN_ENGLISH)
    assert _json(MIXED) == first
    spans = json.loads(first)["spans"]
    assert {s["language"] for s in spans} >= {"de", "ko", "ru", "ja"}


def test_output_is_identical_across_processes_and_hash_seeds() -> None:
    script = ("import json, sys; from seokit.parse import parse_document; "
              "from seokit.context import Context; "
              "from seokit.analysis.language import analyze_language; "
              "doc = parse_document(sys.stdin.read(), 'text'); "
              "print(json.dumps(analyze_language(Context(doc)).to_json(doc), sort_keys=True))")
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script], input=MIXED, text=True,
                              capture_output=True, env=env, check=True, timeout=120)
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop()) == json.loads(_json(MIXED))


# ---- language codes and identification ----------------------------------------------------


@pytest.mark.parametrize(("tag", "expected"), [
    ("en-US", "en"), ("EN_gb", "en"), ("zh-Hant-TW", "zh"), ("iw", "he"), ("nb", "no"),
    ("", None), (None, None), ("english", None), ("123", None),
])
def test_primary_language(tag: str | None, expected: str | None) -> None:
    assert primary_language(tag) == expected


def test_language_names() -> None:
    assert language_name("ko") == "Korean"
    assert language_name("de") == "German"


def test_identify_is_seeded_and_respects_candidates() -> None:
    text = "Die Behandlung hat mir sehr geholfen und ich würde sie empfehlen"
    first = identify(text)
    assert first[0][0] == "de"
    assert identify(text) == first
    restricted = identify(text, {"en", "fr"})
    assert {code for code, _ in restricted} <= {"en", "fr"}
    assert identify("1234 5678") == ()


def test_document_is_frozen_and_analysis_is_memoised(example_text: str) -> None:
    doc: Document = parse_document(example_text, "text")
    ctx = Context(doc)
    assert ctx.metric("language") is ctx.metric("language")


def test_inline_span_with_matching_lang_is_tagged_not_injected() -> None:
    from seokit.audit import audit_document
    from seokit.parse import parse_document

    source = ('<html lang="en"><body><p>Our Seoul office greets visitors with '
              '<span lang="ko">안녕하세요</span> every morning, and the phrase means hello. '
              'Visitors often learn it on their first day in the city.</p></body></html>')
    report = audit_document(parse_document(source, "html"), config={"select": ["LG101"]})
    spans = report.metrics["language"].spans
    assert [(s.text, s.tagged) for s in spans] == [("안녕하세요", True)]
    assert not report.findings


def test_short_undecided_units_are_not_sent_to_langdetect_when_longer_ones_vote(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # headings and argument lists ("self host port") are guesses for langdetect (5 ms each);
    # they are only identified when nothing longer votes
    from seokit.analysis import language_detect

    asked: list[str] = []
    real = language_detect.identify

    def spy(text: str, *args: object, **kwargs: object) -> object:
        asked.append(text)
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(language_detect, "identify", spy)
    page = ("# Data marshalling support\n\nself host port\n\nThe module reads the file, checks "
            "that every record is complete and then writes the results to the database.\n")
    assert analyze_language(Context(parse_document(page, "markdown"))).language == "en"
    assert not any(len(text.split()) < language_detect.MIN_IDENTIFIED_WORDS for text in asked)
    asked.clear()
    only_short = "# Data marshalling support\n\nself host port\n"
    analyze_language(Context(parse_document(only_short, "markdown")))
    assert asked  # nothing longer: the short units are all there is
