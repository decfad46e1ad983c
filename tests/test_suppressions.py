from __future__ import annotations

from seokit.audit import audit_document
from seokit.parse import parse_document
from seokit.suppressions import SuppressionKind, find_suppressions

SPAM = "A sentence about massage 칠곡출장마사지 in English text."


def _doc(body: str, fmt: str = "markdown"):  # type: ignore[no-untyped-def]
    return parse_document(body, fmt, path="post.md")


def test_directives_are_parsed_with_their_lines() -> None:
    doc = _doc("<!-- seokit-disable-file KW -->\n# T\n\n<!-- seokit-disable RD102, LG101 -->\n"
               "text\n<!-- seokit-enable -->\n<!-- seokit-disable-next-line -->\nx\n")
    got = [(s.kind, s.codes, s.first_line, s.last_line) for s in find_suppressions(doc)]
    assert got == [
        (SuppressionKind.FILE, ("KW",), 1, 9),  # the text ends with a newline: 9 lines
        (SuppressionKind.REGION, ("RD102", "LG101"), 4, 6),
        (SuppressionKind.NEXT_LINE, (), 8, 8),
    ]


def test_next_line_suppression_moves_the_finding_to_suppressed() -> None:
    body = f"# Title\n\n<!-- seokit-disable-next-line LG101 -->\n{SPAM}\n\n{SPAM}\n"
    report = audit_document(_doc(body), config={"select": ["LG101"]})
    assert [(f.location.line if f.location else None) for f in report.findings] == [6]
    assert [(f.code, f.location.line if f.location else None, s.line)
            for f, s in report.suppressed] == [("LG101", 4, 3)]
    data = report.to_dict()
    assert data["suppressions"] == [{"kind": "next-line", "codes": ["LG101"], "line": 3,
                                     "first_line": 4, "last_line": 4, "used": 1}]
    assert data["suppressed"][0]["suppressed_by"] == 3


def test_region_by_rule_name_and_unused_directives_are_reported() -> None:
    body = (f"# Title\n\n<!-- seokit-disable injected-foreign-keyword -->\n{SPAM}\n"
            f"<!-- seokit-enable injected-foreign-keyword -->\n\n{SPAM}\n"
            "<!-- seokit-disable-line RD101 -->\n")
    report = audit_document(_doc(body), config={"select": ["LG101", "RD101"]})
    assert [f.location.line for f in report.findings if f.location] == [7]
    uses = [(s.kind.value, used) for s, used in report.suppressions]
    assert uses == [("region", 1), ("line", 0)]


def test_html_comments_work_and_plain_text_has_no_directives() -> None:
    html = f"<html><body><!-- seokit-disable-file LG101 --><p>{SPAM}</p></body></html>"
    report = audit_document(parse_document(html, "html"), config={"select": ["LG101"]})
    assert not report.findings and len(report.suppressed) == 1
    text = f"Title\n\n<!-- seokit-disable-file LG101 -->\n\n{SPAM}\n"
    assert find_suppressions(parse_document(text, "text")) == ()


def test_a_suppressed_finding_does_not_cost_score() -> None:
    body = f"# Title\n\n<!-- seokit-disable-next-line LG101 -->\n{SPAM}\n"
    report = audit_document(_doc(body), config={"select": ["LG101"]})
    (result,) = report.results
    assert (result.status, result.score) == ("passed", 1.0)
