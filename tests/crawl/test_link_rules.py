"""The example article rendered as HTML, its Korean keywords linked to another domain: both
links are flagged as foreign-anchor outbound links (LN107), and nothing else is."""

from __future__ import annotations

import html

from seokit.audit import audit_document
from seokit.parse import parse_document

KEYWORDS = ("칠곡출장마사지", "영주출장마사지")


def _article_html(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    title, body = paragraphs[0], paragraphs[1:]
    out = [f'<!doctype html><html lang="en"><head><title>{html.escape(title)}</title></head><body>',
           f"<h1>{html.escape(title)}</h1>"]
    for i, para in enumerate(body):
        para = html.escape(para)
        for n, keyword in enumerate(KEYWORDS):
            para = para.replace(keyword, f'<a href="https://outcall-{n}.example/">{keyword}</a>')
        if i == 2:  # an ordinary outbound citation, which must not be flagged
            para += ' See <a href="https://example.org/massage-study">the massage study</a>.'
        out.append(f"<p>{para}</p>")
    return "\n".join(out) + "</body></html>"


def test_korean_keywords_linked_to_another_domain_are_flagged(example_text: str) -> None:
    source = _article_html(example_text)
    doc = parse_document(source, "html", url="https://clinic.example/massage-therapy")
    report = audit_document(doc, keyphrase="massage therapy")
    flagged = [f for f in report.findings if f.code == "LN107"]
    assert [source[f.span.start:f.span.end] for f in flagged if f.span] == list(KEYWORDS)
    assert [f.data["host"] for f in flagged] == ["outcall-0.example", "outcall-1.example"]
    assert all(f.data["script"] == "Hangul" and f.data["page_language"] == "en" for f in flagged)
    lines = source.splitlines()
    for finding, keyword in zip(flagged, KEYWORDS, strict=True):
        assert finding.location is not None
        assert lines[finding.location.line - 1][finding.location.column - 1:].startswith(keyword)
    # the same keywords linked within the site are LG101's business, not this rule's
    internal = source.replace("https://outcall-0.example/", "/ko/")
    internal = internal.replace("https://outcall-1.example/", "/ko/")
    doc = parse_document(internal, "html", url="https://clinic.example/massage-therapy")
    assert not [f for f in audit_document(doc).findings if f.code == "LN107"]
