"""Pieces of tokens: spaced scripts whole, unspaced scripts as overlapping character bigrams."""

from __future__ import annotations

from seokit.text.segment import Piece, is_function_piece, pieces
from seokit.text.stopwords import stop_words
from seokit.text.terms import text_terms
from seokit.text.tokens import Token, words


def cut(text: str) -> list[tuple[str, int, int, bool, bool]]:
    return [(p.text, p.start, p.end, p.unspaced, p.joined) for t in words(text) for p in pieces(t)]


def test_spaced_words_stay_whole() -> None:
    assert cut("Massage 마사지를 well-being") == [
        ("Massage", 0, 7, False, False), ("마사지를", 8, 12, False, False),
        ("well-being", 13, 23, False, False)]


def test_han_run_becomes_overlapping_bigrams() -> None:
    assert cut("按摩治疗") == [("按摩", 0, 2, True, False), ("摩治", 1, 3, True, True),
                            ("治疗", 2, 4, True, True)]


def test_a_lone_han_character_is_one_piece() -> None:
    assert cut("好 test") == [("好", 0, 1, True, False), ("test", 2, 6, False, False)]


def test_mixed_token_splits_by_script() -> None:
    # "SEO优化" is one \\w token; the Latin part stays a word, the Han part a bigram
    assert cut("SEO优化") == [("SEO", 0, 3, False, False), ("优化", 3, 5, True, True)]


def test_thai_marks_stay_with_their_consonant() -> None:
    # น ว ด: "นวด" (massage) has no marks; "ที่" is ท + two marks, one cluster
    assert [p.text for p in pieces(Token("นวดที่", 0, 6))] == ["นว", "วด", "ดที่"]


def test_hiragana_and_stop_character_pieces_are_function_pieces() -> None:
    ja = stop_words("ja")
    assert is_function_piece("です", ja)  # all hiragana
    assert is_function_piece("の効", ja)  # holds the particle の
    assert not is_function_piece("効果", ja)
    zh = stop_words("zh")
    assert is_function_piece("的按", zh) and not is_function_piece("按摩", zh)


def test_terms_of_unspaced_text_are_adjacent_inside_a_run_only() -> None:
    terms = text_terms(["按摩治疗，服务"], lambda w: w)
    assert [(t.word, t.adjacent) for t in terms] == [
        ("按摩", False), ("摩治", True), ("治疗", True), ("服务", False)]
    assert all(t.unspaced and t.stem == t.word for t in terms)


def test_piece_defaults() -> None:
    assert Piece("a", 0, 1) == Piece("a", 0, 1, False, False)
