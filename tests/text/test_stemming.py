"""Word forms through Snowball stemmers, per language, with no stemming where none exists."""

from __future__ import annotations

import subprocess
import sys

from seokit.text.stemming import stemmer_name, word_stemmer


def test_english_word_forms_share_a_stem() -> None:
    stem = word_stemmer("en")
    assert stem("therapies") == stem("therapy") == "therapi"
    assert stem("massages") == stem("massage") == stem("massaging")
    assert stem("improving") == stem("improve") == stem("improved")
    assert stem("therapist") != stem("therapy")  # a different word, not a form of it


def test_other_languages_use_their_own_stemmer() -> None:
    german = word_stemmer("de")
    assert german("häuser") == german("haus")
    assert german("massagen") == german("massage")
    french = word_stemmer("fr")
    assert french("thérapies") == french("thérapie")


def test_languages_without_a_stemmer_keep_words_as_they_are() -> None:
    for code in ("ko", "ja", "zh", "xx"):
        assert stemmer_name(code) is None
        assert word_stemmer(code)("마사지를") == "마사지를"
    assert stemmer_name("en") == "english"
    assert stemmer_name("nb") == "norwegian"


def test_importing_the_module_does_not_import_snowball() -> None:
    code = "import sys, seokit.text.stemming; print('snowballstemmer' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
