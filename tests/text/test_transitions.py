"""Transition words and phrases."""

from __future__ import annotations

import pytest

from seokit.data.readability_transitions import TRANSITIONS
from seokit.text.transitions import find_transition


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("en", "However, it works.", "however"),
        ("en", "It works, for example, on sore backs.", "for example"),
        ("en", "On the other hand, it costs money.", "on the other hand"),
        ("en", "The cat sat on the mat.", None),
        ("en", "The hand on the other side.", None),  # not the phrase "on the other hand"
        ("de", "Zum Beispiel hilft es bei Rückenschmerzen.", "zum beispiel"),
        ("de", "Außerdem schläft man besser.", "außerdem"),
        ("fr", "Tout d'abord, il faut dormir.", "tout d'abord"),
        ("fr", "Cependant, le prix est élevé.", "cependant"),
        ("es", "Sin embargo, funciona.", "sin embargo"),
        ("nl", "Bovendien helpt het.", "bovendien"),
        ("it", "Tuttavia funziona bene.", "tuttavia"),
        ("pt", "No entanto, funciona.", "no entanto"),
        ("fi", "Kuitenkin se toimii.", None),  # no list for Finnish
    ],
)
def test_find_transition(language: str, sentence: str, expected: str | None) -> None:
    assert find_transition(sentence, language) == expected


def test_lists_for_english_and_at_least_four_more_languages() -> None:
    assert "en" in TRANSITIONS and len(TRANSITIONS) - 1 >= 4
    for language, entries in TRANSITIONS.items():
        assert len(entries) >= 50, language
        assert all(entry == " ".join(entry.split()) for entry in entries), language
