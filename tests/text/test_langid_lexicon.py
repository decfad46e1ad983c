"""Word-level language evidence: word lists, how much a language's list merely quotes another,
its grammar words, the character models, and the quick count of prose words."""

from __future__ import annotations

import random

from seokit.text.langid import count_prose_words, prose_words
from seokit.text.lexicon import contamination, grammar_words, lexicon_ranking, zipf
from seokit.text.ngram_profiles import word_log_likelihood


def test_a_list_quotes_another_language_at_a_rate_of_its_own() -> None:
    # German web text quotes English far more than English text quotes German
    assert -3.0 < contamination("de", "en") < -1.5
    assert contamination("en", "de") < -3.5
    # "the" is in the German list only as a quotation; "Team" is a German word
    the = zipf("the", "de", large=True) - zipf("the", "en")
    team = zipf("team", "de", large=True) - zipf("team", "en")
    assert the < contamination("de", "en") + 0.5 < team


def test_grammar_words_are_the_commonest_words() -> None:
    assert {"the", "of", "and"} <= grammar_words("en")
    assert {"und", "der", "nicht"} <= grammar_words("de")
    assert not {"make", "help", "computer"} & grammar_words("en")  # stop-word lists have them
    assert grammar_words("xx") == frozenset()


def test_lexicon_ranking_is_a_unigram_model_with_coverage() -> None:
    ranked = lexicon_ranking("die katze sitzt auf der warmen matte".split(),
                             frozenset({"de", "en", "nl", "xx"}))
    assert [code for code, _, _ in ranked] == ["de", "nl", "en"]
    assert ranked[0][2] == 1.0 > ranked[2][2]


def test_character_models_tell_words_no_list_has() -> None:
    def favours(word: str, code: str, other: str) -> bool:
        mine, theirs = word_log_likelihood(word, code), word_log_likelihood(word, other)
        assert mine is not None and theirs is not None
        return mine > theirs

    assert favours("authentifizierungstoken", "de", "en")
    assert favours("невірний", "uk", "ru")  # і is Ukrainian
    assert favours("graváveis", "pt", "fr")
    assert favours("readonly", "en", "it")
    assert word_log_likelihood("word", "xx") is None


def test_count_prose_words_is_the_length_of_prose_words() -> None:
    rng = random.Random(3)
    alphabet = "aBcZé\u0301 -'’.,()1_東“”—\n/"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert count_prose_words(text) == len(prose_words(text)), repr(text)
