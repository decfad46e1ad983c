"""KW rules: what they say, with which severity and numbers, beyond the case files."""

from __future__ import annotations

from pathlib import Path

import pytest

from seokit.audit import analyze, audit_document
from seokit.findings import Finding, Severity
from seokit.parse import parse_document
from seokit.report.model import RuleStatus
from seokit.rules.keywords import _FILLER

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_PATH = "examples/articles/massage-therapy.txt"
ARTICLE = (ROOT / ARTICLE_PATH).read_text(encoding="utf-8")
SENTENCE = "Regular visits ease tight muscles, lower stress and help clients sleep better. "  # 12


def run(text: str, code: str, *, keyphrase: str | None = None, fmt: str = "text",
        options: dict[str, object] | None = None, path: str | None = None) -> list[Finding]:
    doc = parse_document(text, fmt, path=path)
    config = {"select": [code], "options": {code: options or {}}}
    report = audit_document(doc, keyphrase=keyphrase, config=config)
    assert not [r for r in report.results if r.error]
    return [f for f in report.findings if f.code == code]


def test_density_too_low_says_by_how_much() -> None:
    text = SENTENCE * 20 + "Ask about massage therapy."  # 240 + 4 = 244 words, 1 use
    [finding] = run(text, "KW101", keyphrase="massage therapy")
    assert finding.severity is Severity.WARNING and finding.span is None
    assert finding.data == {"keyphrase": "massage therapy", "value": 0.41, "count": 1,
                            "words": 244, "min_density": 0.5, "max_density": 3.0,
                            "threshold": 0.5}
    # 0.5 % of 244 words is 1.22 uses, so 2 are needed: 1 more
    assert "used once in 244 words (0.41 %)" in finding.message
    assert "below the recommended minimum of 0.5 %" in finding.message
    assert "1 more time." in finding.message


def test_density_too_high_is_a_warning() -> None:
    text = SENTENCE * 8 + "Massage therapy works. " * 4  # 96 + 12 = 108 words, 4 uses
    [finding] = run(text, "KW101", keyphrase="massage therapy")
    assert finding.severity is Severity.WARNING
    assert finding.data["value"] == 3.7  # 4 / 108 = 3.70 %
    # 3 % of 108 words is 3.24 uses, so at most 3: 1 fewer
    assert "above the recommended maximum of 3 %" in finding.message
    assert "1 fewer time," in finding.message


def test_density_way_over_the_maximum_is_an_error_that_says_stuffing() -> None:
    text = SENTENCE * 8 + "Massage therapy works. " * 10  # 126 words, 10 uses, 7.94 %
    [finding] = run(text, "KW101", keyphrase="massage therapy")
    assert finding.severity is Severity.ERROR and finding.data["stuffing"] is True
    assert finding.data["value"] == 7.94
    assert "keyword stuffing" in finding.message
    assert "7 fewer times" in finding.message  # at most 3 of 126 words
    [relaxed] = run(text, "KW101", keyphrase="massage therapy",
                    options={"way_over_density": 8.0})
    assert relaxed.severity is Severity.WARNING and relaxed.data["stuffing"] is False


def test_density_exactly_on_the_bounds_passes() -> None:
    # 1 use in 200 words is exactly 0.5 %; 6 uses in 200 words exactly 3 %
    low = SENTENCE * 16 + "Regular visits help today. Ask about massage therapy."  # 192 + 8
    high = SENTENCE * 15 + "Massage therapy works. " * 6 + "Regular visits."  # 180+18+2
    for text, density in ((low, 0.5), (high, 3.0)):
        stats = analyze(text, keyphrase="massage therapy").metrics["keywords"]
        assert stats.total_words == 200 and stats.keyphrase.density == density
        assert run(text, "KW101", keyphrase="massage therapy") == []
        below = {"min_density": density + 0.01, "max_density": density - 0.01}
        assert len(run(text, "KW101", keyphrase="massage therapy", options=below)) == 1


def test_title_finding_points_at_the_title() -> None:
    [finding] = run("Ten Ways to Relax\n\nMassage therapy is one.", "KW102",
                    keyphrase="massage therapy")
    assert finding.location is not None and (finding.location.line, finding.location.column) \
        == (1, 1)
    assert '"Ten Ways to Relax"' in finding.message and '"massage therapy"' in finding.message


def test_introduction_finding_points_at_the_first_paragraph() -> None:
    text = "Guide\n\nStress builds up.\n\nMassage therapy eases it."
    [finding] = run(text, "KW103", keyphrase="massage therapy")
    assert finding.span is not None and text[finding.span.start:].startswith("Stress builds up.")


def test_stuffing_message_names_the_term_and_numbers() -> None:
    text = "Buy cheap shoes online today. " * 25  # 125 words
    findings = run(text, "KW104")
    assert sorted(f.data["term"] for f in findings) == ["buy cheap shoes", "cheap shoes online"]
    for finding in findings:
        assert finding.data["value"] == 20.0 and finding.data["threshold"] == 3.0
        assert "25 times in 125 words (20 %)" in finding.message


def test_stuffing_on_the_example_article() -> None:
    # measured honestly: the topic word "pain" is 39 of 844 words (4.62 %), the densest term,
    # under the 5 % default; a stricter 4.5 % flags exactly that word and nothing else
    assert run(ARTICLE, "KW104") == []
    [finding] = run(ARTICLE, "KW104", options={"max_word_density": 4.5})
    assert finding.data == {"term": "pain", "n": 1, "count": 39, "value": 4.62,
                            "threshold": 4.5}


def test_the_example_article_with_its_keyphrase() -> None:
    doc = parse_document(ARTICLE, path=ARTICLE_PATH)
    report = audit_document(doc, keyphrase="massage therapy", config={"select": ["KW"]})
    results = {r.code: r.status for r in report.results}
    assert results == {
        "KW101": RuleStatus.PASSED,  # 1.9 %
        "KW102": RuleStatus.PASSED,
        "KW103": RuleStatus.PASSED,
        "KW104": RuleStatus.PASSED,
        "KW105": RuleStatus.FAILED,  # 1 of 7 subheadings
        "KW106": RuleStatus.NOT_APPLICABLE,  # a text file has no description
        "KW107": RuleStatus.PASSED,  # nothing repeated word for word
        "KW108": RuleStatus.PASSED,  # no keyword list
        "KW109": RuleStatus.PASSED,  # massage-therapy.txt
        "KW110": RuleStatus.NOT_APPLICABLE,  # the H1 is the title line, judged by KW102
        "KW111": RuleStatus.NOT_APPLICABLE,  # no images
        "KW112": RuleStatus.PASSED,  # longest stretch 11 of 43 sentences
        "KW113": RuleStatus.NOT_APPLICABLE,  # no links
        "KW114": RuleStatus.PASSED,  # two content words
        "KW115": RuleStatus.PASSED,
    }
    [finding] = report.findings
    assert finding.severity is Severity.INFO
    assert finding.message == ('Only 1 of the 7 subheadings (H2/H3) names the keyphrase '
                               '"massage therapy" (14.29 %); aim for at least 30 %.')


@pytest.mark.parametrize("code", ["KW101", "KW102", "KW103", "KW105", "KW106"])
def test_keyphrase_rules_do_not_apply_without_a_keyphrase(code: str) -> None:
    doc = parse_document(ARTICLE, path=ARTICLE_PATH)
    report = audit_document(doc, config={"select": [code]})
    assert [r.status for r in report.results] == [RuleStatus.NOT_APPLICABLE]


# --- must-show: stuffing is flagged with and without a keyphrase; boilerplate is not counted ---

STUFFED_SENTENCES = [
    "Massage therapy eases pain in the back and neck",
    "Our massage therapy team works in a quiet room downtown",
    "Book massage therapy online before the weekend fills up",
    "Massage therapy helps runners recover after long races",
    "Ask about massage therapy for stress and poor sleep",
    "Gift cards for massage therapy make a thoughtful present",
    "Massage therapy sessions last one hour or ninety minutes",
    "Students get massage therapy at half price on Mondays",
    "Massage therapy suits most adults with tight muscles",
    "Call today and start massage therapy this very week",
    "Massage therapy prices include oils and hot towels",
    "Many doctors recommend massage therapy after surgery",
]
STUFFED_PAGE = ("<html><body><main>" + "".join(f"<p>{s}.</p>" for s in STUFFED_SENTENCES)
                + "</main></body></html>")


def test_keyphrase_in_every_sentence_is_stuffing_with_a_keyphrase() -> None:
    words = sum(len(s.split()) for s in STUFFED_SENTENCES)
    assert words == 104  # 12 sentences, every one with the keyphrase
    [finding] = run(STUFFED_PAGE, "KW101", keyphrase="massage therapy", fmt="html")
    assert finding.severity is Severity.ERROR and finding.data["stuffing"] is True
    assert (finding.data["count"], finding.data["words"]) == (12, words)
    assert finding.data["value"] == round(12 / words * 100, 2) == 11.54
    assert "keyword stuffing" in finding.message


def test_keyphrase_in_every_sentence_is_stuffing_without_a_keyphrase() -> None:
    findings = run(STUFFED_PAGE, "KW104", fmt="html")
    assert [(f.data["term"], f.data["count"]) for f in findings] == [("massage therapy", 12)]
    assert "keyword stuffing" in findings[0].message


def test_the_same_words_in_a_tag_cloud_or_footer_do_not_flag_the_article() -> None:
    article = _FILLER + " Ask about massage therapy when you book."
    words = len(article.split())
    cloud = " ".join(f'<a href="/tag/{n}">massage therapy</a>' for n in range(40))
    page = (f"<html><body><main><p>{article}</p></main>"
            f'<aside class="tag-cloud">{cloud}</aside>'
            "<footer><p>" + "Massage therapy. " * 30 + "</p></footer></body></html>")
    assert run(page, "KW101", keyphrase="massage therapy", fmt="html") == []  # 1 use in 123 words: 0.81 %
    assert run(page, "KW104", fmt="html") == []
    stats = analyze(page, keyphrase="massage therapy").metrics["keywords"]
    assert (stats.total_words, stats.keyphrase.count) == (words, 1) == (123, 1)
    # without the boilerplate split the footer alone would make it 31 uses
    assert page.count("massage therapy") + page.count("Massage therapy") == 1 + 40 + 30
