"""Terms, phrases and n-grams counted on small texts whose answers were worked out by hand."""

from __future__ import annotations

from seokit.text.stemming import word_stemmer
from seokit.text.stopwords import stop_words
from seokit.text.terms import count_ngrams, find_phrase, text_terms

# Worked out by hand (stop words from the English list: good, and, all, help, in):
#   S1 fresh green tea tastes good
#   S2 fresh green tea , green tea leaves and black tea all help    (the comma breaks adjacency)
#   S3 green tea leaves                                              (second block)
#   S4 tea leaves in 2024 and 2024 tea                               (2024 is no keyword)
BLOCKS = (
    "Fresh green tea tastes good. Fresh green tea, green tea leaves and black tea all help.",
    "Green tea leaves. Tea leaves in 2024 and 2024 tea.",
)


def _counts() -> dict[int, list[tuple[str, int]]]:
    terms = text_terms(BLOCKS, word_stemmer("en"))
    ranked = count_ngrams(terms, (1, 2, 3), stop_words("en"))
    return {n: [(t.term, t.count) for t in ranked[n]] for n in ranked}


def test_words_and_sentences() -> None:
    terms = text_terms(BLOCKS, word_stemmer("en"))
    assert len(terms) == 5 + 11 + 3 + 7
    assert terms[-1].sentence == 3  # four sentences, numbered from 0
    assert [t.word for t in terms[:3]] == ["fresh", "green", "tea"]
    assert terms[0].adjacent is False  # first word of a sentence
    assert terms[5].word == "fresh" and terms[5].adjacent is False  # a new sentence
    assert terms[7].word == "tea" and terms[7].adjacent is True
    assert terms[8].word == "green" and terms[8].adjacent is False  # after the comma


def test_unigrams_skip_stop_words_numbers_and_single_uses() -> None:
    assert _counts()[1] == [("tea", 7), ("green", 4), ("leaves", 3), ("fresh", 2)]


def test_bigrams_stay_inside_sentences_and_skip_punctuation() -> None:
    # "tea green" (across the comma), "leaves tea" (across the sentence end) and
    # "tea tea" (across the block) never count; "tea tastes" and "black tea" are used once
    assert _counts()[2] == [("green tea", 4), ("tea leaves", 3), ("fresh green", 2)]


def test_trigrams_may_hold_a_stop_word_inside_but_not_at_the_ends() -> None:
    terms = text_terms(BLOCKS, word_stemmer("en"))
    every = count_ngrams(terms, (3,), stop_words("en"), min_count=1)[3]
    assert [(t.term, t.count) for t in every] == [
        ("fresh green tea", 2), ("green tea leaves", 2),
        ("green tea tastes", 1), ("leaves and black", 1),
    ]
    assert _counts()[3] == [("fresh green tea", 2), ("green tea leaves", 2)]


def test_word_forms_are_counted_together_under_the_most_used_form() -> None:
    terms = text_terms(("Massage therapies work. Massage therapy helps. Massage therapy heals.",),
                       word_stemmer("en"))
    ranked = count_ngrams(terms, (2,), stop_words("en"))[2]
    assert [(t.term, t.count, t.key) for t in ranked] == [
        ("massage therapy", 3, ("massag", "therapi")),
    ]


def test_find_phrase_exact_and_stemmed() -> None:
    stem = word_stemmer("en")
    terms = text_terms(("Massage therapies help. MASSAGE THERAPY helps. Massage, therapy. "
                        "Massage-therapy is one word.",), stem)
    assert len(find_phrase(terms, ["massage", "therapy"], stemmed=False)) == 1
    assert len(find_phrase(terms, [stem("massage"), stem("therapy")], stemmed=True)) == 2


def test_find_phrase_does_not_overlap() -> None:
    terms = text_terms(("go go go go go",), word_stemmer("en"))
    assert find_phrase(terms, ["go", "go"], stemmed=False) == [0, 2]


def test_without_a_stemmer_only_the_written_form_counts() -> None:
    terms = text_terms(("칠곡출장마사지 칠곡출장마사지 영주출장마사지",), word_stemmer("ko"))
    ranked = count_ngrams(terms, (1,), stop_words("ko"))[1]
    assert [(t.term, t.count) for t in ranked] == [("칠곡출장마사지", 2)]
