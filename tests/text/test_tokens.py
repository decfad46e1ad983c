from __future__ import annotations

import unicodedata

from seokit.text.tokens import words


def test_words_keep_apostrophes_hyphens_and_combining_marks() -> None:
    decomposed = unicodedata.normalize("NFD", "café")
    text = f"हिन्दी भाषा {decomposed}, don't stop: well-being & COVID-19 ภาษาไทย_x"
    assert [t.text for t in words(text)] == [
        "हिन्दी", "भाषा", decomposed, "don't", "stop", "well-being", "COVID-19", "ภาษาไทย", "x"]


def test_offsets_slice_back() -> None:
    text = "  Hello, wörld — 칠곡출장마사지!"
    for token in words(text):
        assert text[token.start:token.end] == token.text
    assert [t.text for t in words(text)] == ["Hello", "wörld", "칠곡출장마사지"]


def test_count_tokens_is_the_number_of_words() -> None:
    from seokit.text.tokens import count_tokens

    for text in ("", "don't stop well-being COVID-19", "café 東京 x² — a_b", "é\u0301 naïve"):
        assert count_tokens(text) == len(words(text)), text
