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


def test_a_batch_counted_by_its_audits_gives_the_terms_counted_afterwards(tmp_path) -> None:
    # `seokit audit a b` counts each file's terms in the (worker) audit, with its tokens and
    # language, instead of analysing every document again in the parent process
    from seokit.audit import audit_document, with_distinctive_terms
    from seokit.cli import main

    texts = {"massage.txt": "Massage therapies help. Massage therapy helps backs. Backs ache.",
             "shoes.txt": "Running shoes help. Good shoes last. Shoes matter for backs.",
             "tea.txt": "Green tea calms. Tea helps backs. Green tea, more tea."}
    docs = [parse_document(text, "text") for text in texts.values()]
    counted = [audit_document(d, count_terms=True) for d in docs]
    assert all(r.term_counts for r in counted)
    by_audit = with_distinctive_terms(counted)
    afterwards = with_distinctive_terms([audit_document(d) for d in docs])
    assert [r.distinctive for r in by_audit] == [r.distinctive for r in afterwards]
    assert by_audit[0].distinctive and ("massage therapies", 2) in {
        (t.term, t.count) for t in by_audit[0].distinctive}
    assert all(r.term_counts is None for r in by_audit)  # not carried into the report

    for name, text in texts.items():
        (tmp_path / name).write_text(text)
    files = [str(tmp_path / name) for name in texts]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.json"
        main(["audit", *files, "--jobs", jobs, "-f", "json", "-o", str(out)])
        outputs.append(out.read_text())
    assert outputs[0] == outputs[1]
    import json

    reported = json.loads(outputs[0])["documents"][1]["keywords"]["distinctive"]
    assert [(t["term"], t["count"]) for t in reported] == [
        (t.term, t.count) for t in afterwards[1].distinctive or ()]
