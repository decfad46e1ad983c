"""Stop words come from the installed stop-words package, per language, read offline."""

from __future__ import annotations

import subprocess
import sys

import pytest

from seokit.text.stopwords import stop_words


def test_english_function_words_are_stop_words() -> None:
    english = stop_words("en")
    for word in ("the", "and", "of", "with", "can", "often", "we'll", "it's"):
        assert word in english, word


def test_topic_words_are_not_stop_words() -> None:
    english = stop_words("en")
    for word in ("pain", "massage", "therapy", "chronic", "shoes", "relief"):
        assert word not in english, word


def test_content_words_the_package_lists_are_given_back() -> None:
    from stop_words import get_stop_words

    listed = set(get_stop_words("en"))
    for word in ("computer", "research", "free", "buy", "website"):
        assert word in listed  # the package does call them stop words...
        assert word not in stop_words("en")  # ...but they name what pages are about


def test_entries_are_normalised_like_tokens() -> None:
    # the list spells contractions with a straight apostrophe and lower case
    assert all(w == w.lower() and "\u2019" not in w for w in stop_words("en"))


def test_other_languages_have_their_own_lists() -> None:
    assert {"der", "und", "nicht"} <= stop_words("de")
    assert {"le", "et", "avec"} <= stop_words("fr")
    assert "the" not in stop_words("de")
    assert stop_words("no") == stop_words("nb")  # Norwegian under either code


@pytest.mark.parametrize("code", ["xx", "tlh", ""])
def test_unknown_languages_have_no_stop_words(code: str) -> None:
    assert stop_words(code) == frozenset()


def test_the_list_is_the_file_shipped_inside_the_package() -> None:
    import stop_words as package

    shipped = (package.STOP_WORDS_DIR / "english.txt").read_text(encoding="utf-8").split()
    expected = {w.lower() for w in shipped} - {"computer", "research", "free", "buy", "website"}
    assert expected >= stop_words("en")
    assert len(expected - stop_words("en")) < 80  # only the few content words are given back


def test_importing_the_module_does_not_import_the_package() -> None:
    code = ("import sys, seokit.text.stopwords; "
            "print('stop_words' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
