"""Script segmentation, checked on hand-made strings and against Unicode character names."""

from __future__ import annotations

import itertools
import random
import sys
import unicodedata

import pytest

from seokit.text import scripts
from seokit.text.scripts import Script, ScriptRun, count_words, script_of, script_runs

S = Script


def runs(text: str) -> list[tuple[str, str]]:
    return [(str(r.script), text[r.start:r.end]) for r in script_runs(text)]


def test_english_with_a_korean_keyword() -> None:
    text = "quality of life. 칠곡출장마사지"
    assert script_runs(text) == [
        ScriptRun(S.LATIN, 0, 15, 13),  # "quality of life" (13 letters), the final "." is Common
        ScriptRun(S.HANGUL, 17, 24, 7),
    ]


def test_common_characters_never_start_a_run_but_stay_inside_one() -> None:
    text = "  123, (hello-world) 42! "
    assert runs(text) == [("Latin", "hello-world")]
    assert script_runs("12:30 — 3.5% !?") == []


def test_scripts_alternating() -> None:
    text = "Hello 안녕 мир שלום 東京に行く タクシー ok"
    assert runs(text) == [
        ("Latin", "Hello"), ("Hangul", "안녕"), ("Cyrillic", "мир"), ("Hebrew", "שלום"),
        ("Han", "東京"), ("Hiragana", "に"), ("Han", "行"), ("Hiragana", "く"),
        ("Katakana", "タクシー"), ("Latin", "ok"),
    ]


def test_combining_marks_inherit_the_script_before_them() -> None:
    decomposed = "cafe\u0301 ok"  # "café" with a combining acute accent
    assert runs(decomposed) == [("Latin", "cafe\u0301 ok")]
    assert script_runs(decomposed)[0].letters == 6  # the mark is not a letter
    hindi = "हिन्दी"  # vowel signs and virama are marks
    assert runs(hindi) == [("Devanagari", hindi)]
    assert runs("\u0301abc") == [("Latin", "abc")]  # a leading mark has nothing to inherit


def test_thai_arabic_greek_and_other() -> None:
    assert runs("สวัสดี") == [("Thai", "สวัสดี")]
    assert runs("مرحبا بكم") == [("Arabic", "مرحبا بكم")]
    assert runs("Καλημέρα") == [("Greek", "Καλημέρα")]
    assert runs("ܫܠܡܐ") == [("Other", "ܫܠܡܐ")]  # Syriac is not in the table


def test_emoji_and_symbols_are_common() -> None:
    assert script_runs("🎉👍 ★ © ™ ∑ ¼") == []


def test_prolonged_sound_mark_and_iteration_mark() -> None:
    assert runs("ラーメン") == [("Katakana", "ラーメン")]
    assert runs("人々") == [("Han", "人々")]


def test_script_of() -> None:
    assert script_of("a") is S.LATIN
    assert script_of("ß") is S.LATIN
    assert script_of("한") is S.HANGUL
    assert script_of("ㄱ") is S.HANGUL  # compatibility jamo
    assert script_of("字") is S.HAN
    assert script_of("𠀀") is S.HAN  # CJK extension B, outside the BMP
    assert script_of("ｱ") is S.KATAKANA  # halfwidth
    assert script_of("Ａ") is S.LATIN  # fullwidth
    for common in "1 .,;!?-—()\"'\n\t€$%@#。、・１":
        assert script_of(common) is None, repr(common)


def test_range_table_is_sorted_and_disjoint() -> None:
    table = scripts._RANGES
    for (first, last, _), (next_first, _, _) in itertools.pairwise(table):
        assert first <= last < next_first


# Character names start with the script for these (an independent source of truth).
_NAME_PREFIXES = {
    "LATIN ": S.LATIN, "GREEK ": S.GREEK, "CYRILLIC ": S.CYRILLIC, "ARMENIAN ": S.ARMENIAN,
    "HEBREW ": S.HEBREW, "ARABIC ": S.ARABIC, "DEVANAGARI ": S.DEVANAGARI, "BENGALI ": S.BENGALI,
    "GURMUKHI ": S.GURMUKHI, "GUJARATI ": S.GUJARATI, "TAMIL ": S.TAMIL, "TELUGU ": S.TELUGU,
    "KANNADA ": S.KANNADA, "MALAYALAM ": S.MALAYALAM, "SINHALA ": S.SINHALA, "THAI ": S.THAI,
    "LAO ": S.LAO, "TIBETAN ": S.TIBETAN, "MYANMAR ": S.MYANMAR, "GEORGIAN ": S.GEORGIAN,
    "HANGUL ": S.HANGUL, "ETHIOPIC ": S.ETHIOPIC, "KHMER ": S.KHMER, "HIRAGANA ": S.HIRAGANA,
    "KATAKANA ": S.KATAKANA, "BOPOMOFO ": S.BOPOMOFO, "CJK UNIFIED IDEOGRAPH": S.HAN,
    "CJK COMPATIBILITY IDEOGRAPH": S.HAN,
}


def test_every_named_letter_gets_the_script_its_name_says() -> None:
    checked = 0
    wrong = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char)[0] != "L":
            continue
        name = unicodedata.name(char, "")
        expected = next((s for p, s in _NAME_PREFIXES.items() if name.startswith(p)), None)
        if expected is None:
            continue
        checked += 1
        if script_of(char) is not expected:
            wrong.append(f"U+{code:04X} {name}: {script_of(char)}")
    assert checked > 100_000
    assert wrong == []


@pytest.mark.parametrize(("text", "expected"), [
    ("", 0),
    ("hello world", 2),
    ("don't stop well-being", 3),
    ("getUserId() returns 42", 2),
    ("café crème", 2),
    ("칠곡출장마사지, 영주출장마사지", 2),
    ("東京マッサージ", 4),  # 7 letters without spaces: one word per two letters, rounded up
    ("हिन्दी भाषा", 2),
    ("ยินดีต้อนรับ", 3),  # Thai words are longer: one per three letters (marks are no letters)
    ("123 456 !!!", 0),
])
def test_count_words(text: str, expected: int) -> None:
    assert count_words(text) == expected


def test_runs_of_a_long_text_are_linear_and_exact() -> None:
    unit = "Massage helps. 칠곡출장마사지 "
    text = unit * 5000
    found = script_runs(text)
    assert len(found) == 10_000
    hangul = [r for r in found if r.script is S.HANGUL]
    assert [r.start for r in hangul[:2]] == [unit.index("칠"), len(unit) + unit.index("칠")]
    assert sum(r.letters for r in hangul) == 7 * 5000


def _runs_one_character_at_a_time(text: str) -> list[ScriptRun]:
    found: list[ScriptRun] = []
    current, start, end, letters = None, 0, 0, 0
    for i, char in enumerate(text):
        current, start, end, letters = scripts._step(found, char, i, current, start, end, letters)
    if current is not None:
        found.append(ScriptRun(current, start, end, letters))
    return found


def test_stretches_of_ascii_taken_whole_give_the_same_runs() -> None:
    rng = random.Random(7)
    alphabet = "abXY .,1-'\"\n\u00a0é\u0301ñ’“”—…한국中文カナ\u2070\u2071ⁿ"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert script_runs(text) == _runs_one_character_at_a_time(text), repr(text)

