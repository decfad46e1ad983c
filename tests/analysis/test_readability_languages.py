"""Readability in other languages, hotspots, and robustness. Every expected value is worked out by
hand in the comments from counts made by hand (syllables as spoken, split with hyphens)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from seokit.analysis.readability import ReadabilityStats, analyze_readability
from seokit.context import Context, Settings
from seokit.document import Document
from seokit.parse import parse_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "articles" / "massage-therapy.txt"
ENGLISH_ONLY = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "coleman_liau_index", "automated_readability_index", "dale_chall",
                "linsear_write", "spache", "mcalpine_eflaw")


def analyze(text: str, language: str | None, format: str = "text") -> ReadabilityStats:
    return analyze_readability(Context(parse_document(text, format), Settings(language=language)))


def english_formulas_are_none(stats: ReadabilityStats) -> bool:
    return all(stats.score(name) is None for name in ENGLISH_ONLY)


def test_spanish() -> None:
    # El(1) ma-sa-je(3) a-li-via(3) el(1) do-lor(2): 5 words, 10 syllables, 21 letters
    # La(1) te-ra-pia(3) a-yu-da(3) a(1) los(1) mús-cu-los(3) can-sa-dos(3): 7, 15, 34
    stats = analyze("El masaje alivia el dolor. La terapia ayuda a los músculos cansados.", "es")
    assert (stats.words, stats.sentences, stats.syllables, stats.letters) == (12, 2, 25, 55)
    assert stats.reading_ease_formula == "fernandez_huerta" and english_formulas_are_none(stats)
    # 206.84 - 0.60 x (100 x 25/12 = 208.333333) - 1.02 x 6 = 75.72
    assert stats.score("fernandez_huerta") == pytest.approx(75.72)
    # 206.835 - 62.3 x 2.083333 - 6 = 71.043333
    assert stats.score("szigriszt_pazos") == pytest.approx(71.043333, abs=1e-5)
    # 95.2 - 9.7 x 55/12 - 0.35 x 6 = 95.2 - 44.458333 - 2.1 = 48.641667
    assert stats.score("gutierrez_polini") == pytest.approx(48.641667, abs=1e-5)
    # -0.205 x 16.666667 + 0.049 x 208.333333 - 3.407 = 3.384667
    assert stats.score("crawford") == pytest.approx(3.384667, abs=1e-5)
    assert stats.score("amstad") is None and stats.score("gulpease") is None


def test_german() -> None:
    # Die(1) Mas-sa-ge(3) lin-dert(2) Schmer-zen(2): 4 words, 8 syllables
    # Re-gel-mä-ßi-ge(5) An-wen-dun-gen(4) hel-fen(2) dem(1) Kör-per(2): 5 words, 14 syllables
    stats = analyze("Die Massage lindert Schmerzen. Regelmäßige Anwendungen helfen dem Körper.",
                    "de")
    assert (stats.words, stats.sentences, stats.syllables) == (9, 2, 22)
    assert english_formulas_are_none(stats)
    # 180 - 4.5 - 58.5 x 22/9 = 32.5
    assert stats.score("amstad") == pytest.approx(32.5)
    # three of nine words have 3+ syllables (33.333 %), five have more than six letters
    # (Massage lindert Schmerzen Regelmäßige Anwendungen: 55.556 %), two have one (22.222 %):
    # 0.1935 x 33.3333 + 0.1672 x 4.5 + 0.1297 x 55.5556 - 0.0327 x 22.2222 - 0.875
    assert stats.score("wiener_sachtextformel") == pytest.approx(12.806289, abs=1e-5)
    assert stats.score("lix") == pytest.approx(4.5 + 100 * 5 / 9)


def test_french() -> None:
    # Le(1) mas-sage(2) sou-lage(2) la(1) dou-leur(2): 5 words, 8 spoken syllables
    # Le(1) muscle(1) ten-du(2) se(1) dé-tend(2): 5 words, 7
    stats = analyze("Le massage soulage la douleur. Le muscle tendu se détend.", "fr")
    assert (stats.words, stats.sentences, stats.syllables) == (10, 2, 15)
    assert english_formulas_are_none(stats)
    # 207 - 1.015 x 5 - 73.6 x 1.5 = 91.525
    assert stats.score("kandel_moles") == pytest.approx(91.525)
    assert stats.reading_ease == pytest.approx(91.525)


def test_italian() -> None:
    # Il(1) mas-sag-gio(3) ri-du-ce(3) il(1) do-lo-re(3): 5 words, 11 syllables, 25 letters
    # La(1) schie-na(2) di-ven-ta(3) più(1) sciol-ta(2): 5 words, 9 syllables, 26 letters
    stats = analyze("Il massaggio riduce il dolore. La schiena diventa più sciolta.", "it")
    assert (stats.words, stats.sentences, stats.syllables, stats.letters) == (10, 2, 20, 51)
    assert english_formulas_are_none(stats)
    # Gulpease: 89 + (300 x 2 - 10 x 51) / 10 = 98
    assert stats.score("gulpease") == pytest.approx(98.0)
    # Flesch-Vacca: 217 - 1.3 x 5 - 0.6 x 200 = 90.5
    assert stats.score("flesch_vacca") == pytest.approx(90.5)


def test_dutch() -> None:
    # De(1) mas-sa-ge(3) ver-min-dert(3) de(1) pijn(1): 5 words, 9 syllables
    # Spie-ren(2) wor-den(2) soe-pel(2): 3 words, 6 syllables
    stats = analyze("De massage vermindert de pijn. Spieren worden soepel.", "nl")
    assert (stats.words, stats.sentences, stats.syllables) == (8, 2, 15)
    assert english_formulas_are_none(stats)
    # Douma: 206.835 - 0.93 x 4 - 77 x 1.875 = 58.74; Brouwer: 195 - 8 - 67 x 1.875 = 61.375
    assert stats.score("douma") == pytest.approx(58.74)
    assert stats.score("brouwer") == pytest.approx(61.375)


def test_russian_and_portuguese() -> None:
    # Мас-саж(2) сни-ма-ет(3) боль(1); Мыш-цы(2) рас-сла-бля-ют-ся(5): 5 words, 13 syllables
    ru = analyze("Массаж снимает боль. Мышцы расслабляются.", "ru")
    assert (ru.words, ru.sentences, ru.syllables) == (5, 2, 13)
    assert ru.score("oborneva") == pytest.approx(206.835 - 1.3 * 2.5 - 60.1 * 2.6)
    # A(1) mas-sa-gem(3) a-li-vi-a(4) a(1) dor(1): 5 words, 10 syllables
    pt = analyze("A massagem alivia a dor.", "pt")
    assert (pt.words, pt.sentences, pt.syllables) == (5, 1, 10)
    assert pt.score("flesch_martins") == pytest.approx(248.835 - 1.015 * 5 - 84.6 * 2)
    assert english_formulas_are_none(ru) and english_formulas_are_none(pt)


@pytest.mark.parametrize(
    ("text", "language"),
    [("마사지는 통증을 줄여 줍니다. 치료 전에 의사와 상담하세요.", "ko"),
     ("マッサージは痛みを和らげます。施術の前に医師に相談してください。", "ja")],
)
def test_korean_and_japanese_get_not_applicable(text: str, language: str) -> None:
    stats = analyze(text, language)
    assert stats.sentences == 2
    assert stats.applicable_formulas == () and all(v is None for _, v in stats.scores)
    assert stats.reading_ease is None and stats.passive_sentences is None
    assert stats.transition_sentences is None and stats.complex_words is None
    out = stats.to_json(parse_document(text, "text"))
    assert all(out[name] is None for name in ENGLISH_ONLY)


# --- style measures -----------------------------------------------------------------------------

def test_passive_and_transition_counts() -> None:
    stats = analyze("The house was built in 1990. However, nobody lived there. It was sold "
                    "twice. We bought it because it was cheap.", "en")
    assert [s.passive for s in stats.sentence_list] == [True, False, True, False]
    assert [s.transition for s in stats.sentence_list] == [None, "however", None, "because"]
    assert (stats.passive_sentences, stats.transition_sentences) == (2, 2)
    assert stats.percent(stats.passive_sentences) == 50.0


def test_a_language_without_a_passive_check_says_so() -> None:
    stats = analyze("Hieronta lievittää kipua. Lihakset rentoutuvat.", "fi")
    assert stats.passive_sentences is None and stats.transition_sentences is None
    assert stats.score("lix") is not None and stats.reading_ease is None
    # Finnish has no syllable rules of its own: the output says how it counted
    assert stats.syllable_method.startswith("runs of vowel letters")


# --- the example article ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def article() -> tuple[Document, ReadabilityStats]:
    doc = parse_document(EXAMPLE.read_text("utf-8"), "text", path=str(EXAMPLE))
    return doc, analyze_readability(Context(doc))


def test_example_article_hotspots(article: tuple[Document, ReadabilityStats]) -> None:
    doc, stats = article
    out = stats.to_json(doc)
    for name in stats.applicable_formulas:  # every English formula is reported
        assert isinstance(out[name], float), name
    hardest = stats.hardest_sentences(5)
    assert len(hardest) == 5
    headings = {b.text for b in doc.blocks if b.kind.value == "heading"}
    for sentence in hardest:
        span = sentence.span(doc)
        assert doc.source[span.start:span.end] == sentence.text
        assert sentence.text not in headings and sentence.words >= 3
        assert "long" in sentence.reasons  # every one of them is over 20 words
        # its difficulty is 100 minus its own Flesch score, clamped to 0-100
        fre = 206.835 - 1.015 * sentence.words - 84.6 * sentence.syllables / sentence.words
        assert sentence.difficulty == pytest.approx(min(100.0, max(0.0, 100 - fre)))
    ranked = [s.hardness for s in hardest]
    assert ranked == sorted(ranked, reverse=True)
    # the long-sentence share: 24 of 35 sentences have more than 20 words
    assert out["long_sentence_count"] == 24 and out["long_sentence_percent"] == 68.57
    assert not any(s.text.rstrip(":") in {h.rstrip(":") for h in headings}
                   for s in stats.sentence_list)
    assert [h["line"] for h in out["hardest_sentences"][:5]] == \
        [doc.locate(s.span(doc)).line for s in hardest]
    assert stats.out_of_dictionary_words == 18 and out["out_of_dictionary_share"] == 2.23


# --- robustness ---------------------------------------------------------------------------------

def _finite_json(stats: ReadabilityStats, doc: Document) -> dict[str, object]:
    text = json.dumps(stats.to_json(doc), allow_nan=False)
    return dict(json.loads(text))


@pytest.mark.parametrize("language", ["en", "de", "ja"])
def test_empty_text(language: str) -> None:
    doc = parse_document("", "text")
    stats = analyze_readability(Context(doc, Settings(language=language)))
    out = _finite_json(stats, doc)
    assert out["words"] == 0 and out["reading_ease"] is None and out["paragraphs"] == []


def test_one_word() -> None:
    doc = parse_document("Massage.", "text")  # without the stop a lone line is a title
    stats = analyze_readability(Context(doc, Settings(language="en")))
    assert (stats.words, stats.sentences, stats.syllables) == (1, 1, 2)
    # 206.835 - 1.015 - 84.6 x 2 = 36.62
    assert stats.flesch_reading_ease == pytest.approx(36.62)
    assert stats.hardest_sentences() == ()  # one word is never a hotspot
    _finite_json(stats, doc)


def test_text_without_punctuation_is_one_sentence_per_paragraph() -> None:
    stats = analyze("massage eases pain and helps tight muscles relax\n\nrest afterwards", "en")
    assert (stats.words, stats.sentences) == (10, 2)


def test_five_megabytes() -> None:
    unit = ("Massage eases pain in tight muscles. However, it was never meant to replace a "
            "doctor's advice, and it should be combined with rest.\n\n")
    text = unit * (5_000_000 // len(unit) + 1)
    doc = parse_document(text, "text")
    stats = analyze_readability(Context(doc, Settings(language="en")))
    paragraphs = text.count("\n\n")
    assert len(text) >= 5_000_000
    # 6 + 17 words: Massage eases pain in tight muscles / However it was never meant to
    # replace a doctor's advice and it should be combined with rest
    assert (stats.words, stats.sentences) == (23 * paragraphs, 2 * paragraphs)
    assert stats.passive_sentences == paragraphs  # "was never meant"
    assert stats.transition_sentences == paragraphs  # "However"
    out = _finite_json(stats, doc)
    assert len(out["long_sentences"]) == 0 and len(out["hardest_sentences"]) == 10
    assert all(math.isfinite(p["difficulty"]) for p in out["paragraphs"][:10])
