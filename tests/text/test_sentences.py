"""Sentence splitting: boundaries, abbreviations, offsets, and linear time on huge blocks."""

from __future__ import annotations

import time

import pytest

from seokit.text.sentences import sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Smith went home. He slept.", ["Dr. Smith went home.", "He slept."]),
        ("It costs 3.5 dollars. Cheap!", ["It costs 3.5 dollars.", "Cheap!"]),
        ("See e.g. this one. And that.", ["See e.g. this one.", "And that."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        ("Wait... What? Really?! Yes.", ["Wait...", "What?", "Really?!", "Yes."]),
        ("J. R. R. Tolkien wrote it. Good.", ["J. R. R. Tolkien wrote it.", "Good."]),
        ("In the U.S. Army there are many. Fine.", ["In the U.S. Army there are many.", "Fine."]),
        ("Version 2.0 is out. Try it.", ["Version 2.0 is out.", "Try it."]),
        ("(Parenthetical.) Next one.", ["(Parenthetical.)", "Next one."]),
        ("“Quoted.” Next.", ["“Quoted.”", "Next."]),
        ("日本語です。次の文。", ["日本語です。", "次の文。"]),
        ("No terminal punctuation", ["No terminal punctuation"]),
        ("Pain fades. 칠곡출장마사지", ["Pain fades.", "칠곡출장마사지"]),
        ("", []),
        ("   ", []),
        ("Visit https://example.com/a.b?c=1. Then go.", ["Visit https://example.com/a.b?c=1.",
                                                         "Then go."]),
        ("Mail me at a.b@c.com. Thanks!", ["Mail me at a.b@c.com.", "Thanks!"]),
        ("Apples, pears etc. The next one.", ["Apples, pears etc.", "The next one."]),
        ("Apples, pears etc. and more.", ["Apples, pears etc. and more."]),
        ("1. Massage helps. 2. Rest helps.", ["1. Massage helps.", "2. Rest helps."]),
        ('"Stop!" he said. Fine.', ['"Stop!" he said.', "Fine."]),
        ("Wait… What?", ["Wait…", "What?"]),
        ("هل هذا صحيح؟ نعم.", ["هل هذا صحيح؟", "نعم."]),
        ("यह ठीक है। वह भी।", ["यह ठीक है।", "वह भी।"]),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Am 3. Oktober war es kalt. Dann kam Schnee.", "de",
         ["Am 3. Oktober war es kalt.", "Dann kam Schnee."]),
        ("Es gibt z. B. Äpfel. Gut.", "de", ["Es gibt z. B. Äpfel.", "Gut."]),
        ("He paid 3. Then he left.", "en", ["He paid 3.", "Then he left."]),
        ("¿Qué es? ¡Nada! Sr. López vino.", "es", ["¿Qué es?", "¡Nada!", "Sr. López vino."]),
        ("Voir p. ex. Paris. Oui.", "fr", ["Voir p. ex. Paris.", "Oui."]),
    ],
)
def test_language_rules(text: str, language: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, language)] == expected


def test_offsets_slice_back_to_the_sentence() -> None:
    text = "  First one.   Second, with a comma!  Third?"
    found = sentences(text)
    assert [(s.start, s.end) for s in found] == [(2, 12), (15, 36), (38, 44)]
    assert all(text[s.start:s.end] == s.text for s in found)


def test_a_huge_block_with_many_dots_splits_in_linear_time() -> None:
    """Abbreviation checks look back a bounded window, not the whole text before each dot."""
    unit = "Dr. Who is here. We saw e.g. this one. "

    def seconds(copies: int) -> float:
        start = time.perf_counter()
        assert len(sentences(unit * copies)) == 2 * copies
        return time.perf_counter() - start

    small, large = seconds(2_000), seconds(16_000)
    assert large < 8 * small * 3  # 8 times the text in well under 24 times the time
