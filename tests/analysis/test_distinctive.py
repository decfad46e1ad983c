"""TF-IDF distinctiveness, on counts whose scores were worked out by hand."""

from __future__ import annotations

import math

import pytest

from seokit.analysis.distinctive import distinctive_for_documents, distinctive_terms
from seokit.parse import parse_document


def test_scores_by_hand() -> None:
    counts = [
        {"massage": 4, "pain": 2, "oil": 2},  # 8 terms
        {"massage": 2, "shoes": 6},  # 8 terms
        {"massage": 1, "pain": 1, "tea": 3},  # 5 terms
    ]
    a, b, c = distinctive_terms(counts)
    # "massage" is in every document: idf ln(3/3) = 0, distinguishes none of them
    assert [(t.term, t.count, t.documents) for t in a] == [("oil", 2, 1), ("pain", 2, 2)]
    assert a[0].score == pytest.approx(2 / 8 * math.log(3))  # 0.274653
    assert a[1].score == pytest.approx(2 / 8 * math.log(3 / 2))  # 0.101366
    assert [(t.term, t.score) for t in b] == [("shoes", pytest.approx(6 / 8 * math.log(3)))]
    # "pain" once in c is under min_count, but still made its df 2
    assert [(t.term, t.score) for t in c] == [("tea", pytest.approx(3 / 5 * math.log(3)))]


def test_one_document_has_nothing_distinctive() -> None:
    assert distinctive_terms([{"massage": 5}]) == [[]]


def test_top_and_ties_are_deterministic() -> None:
    [first, _] = distinctive_terms([{"b": 2, "a": 2, "c": 2}, {"z": 2}], top=2)
    assert [t.term for t in first] == ["a", "b"]


def test_documents_word_forms_count_together() -> None:
    docs = [
        parse_document("Massage therapies help. Massage therapy helps backs. Backs ache.", "text"),
        parse_document("Running shoes help. Good shoes last. Shoes matter for backs.", "text"),
    ]
    first, second = distinctive_for_documents(docs, language="en")
    # "backs" is in both: not distinctive; "massage therapy" (2 forms, once each: the tie
    # goes to the alphabetically first form) only in the first
    assert "backs" not in {t.term for t in first} | {t.term for t in second}
    assert {(t.term, t.count) for t in first} >= {("massage therapies", 2), ("massage", 2)}
    assert ("shoes", 3) in {(t.term, t.count) for t in second}
