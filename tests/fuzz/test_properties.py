"""Property-based tests over loading, parsing, every analyzer and the reporters.

CI runs a short pass. The long run is a documented command:

    SEOKIT_FUZZ_EXAMPLES=100000 .venv/bin/python -m pytest tests/fuzz -q

Invariants: only SeokitError escapes; every span slices back into the source; every finding
has a valid position; every score is finite and within 0-100; the JSON validates.
"""

from __future__ import annotations

import json
import math
import os
from importlib import resources

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seokit.audit import audit_document
from seokit.document import Document
from seokit.errors import SeokitError
from seokit.parse import parse_document
from seokit.report.model import Report
from seokit.sources import decode

EXAMPLES = int(os.environ.get("SEOKIT_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SCHEMA = json.loads(resources.files("seokit").joinpath("schemas/report-v1.json").read_text("utf-8"))

HTML_SEED = ('<!doctype html><html lang="en"><head><title>Massage &amp; pain</title>'
             '<meta name="description" content="d"></head><body><nav><a href="/">Home</a></nav>'
             '<h1>Title</h1><p>Some <b>text</b> with a <a href="https://x.test/a">link</a>. '
             '칠곡출장마사지 here.</p><ul><li>One</li></ul><img src="a.png"><pre>code</pre>'
             '<p lang="ko">안녕하세요</p></body></html>')
MD_SEED = ('---\ntitle: T\nkeyphrase: massage\n---\n# Heading\n\nPara with [a link](/x) and '
           '*emphasis* 영주출장마사지.\n\n- item\n\n> quote\n\n```\ncode\n```\n')
TEXT_SEED = "Title Line\n\nFirst paragraph. Second sentence here.\r\n\r\nLabel:\n\nMore text.\n"
SPECIAL = ["\u202e", "\u200b", "\u0301", "\ud800", "\x00", "\r", "\r\n", "\n", "<", ">", "&",
           "&amp;", "]]>", "<!--", "-->", "<a href='", "<h1>", "</p>", "\\", "*", "#", "---\n",
           "칠곡", "日本語", "ملف", "שלום", "ไทย", "\ufeff", " " * 50, "." * 20, "é"]


def mutated(seed: str) -> st.SearchStrategy[str]:
    """The seed with random insertions and deletions of special characters and markup."""
    edits = st.lists(st.tuples(st.integers(0, len(seed)), st.integers(0, 5),
                               st.one_of(st.sampled_from(SPECIAL), st.text(max_size=8))),
                     max_size=12)

    def apply(changes: list[tuple[int, int, str]]) -> str:
        text = seed
        for position, delete, insert in changes:
            position = min(position, len(text))
            text = text[:position] + insert + text[position + delete:]
        return text

    return edits.map(apply)


ANY_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(SPECIAL), max_size=60).map("".join),
    mutated(HTML_SEED), mutated(MD_SEED), mutated(TEXT_SEED),
)


def check_document(doc: Document) -> None:
    n = len(doc.source)
    for block in doc.blocks:
        assert 0 <= block.span.start <= block.span.end <= n
        for segment in block.segments:
            piece = doc.source[segment.source_start:segment.source_start + segment.length]
            assert piece == block.text[segment.text_start:segment.text_start + segment.length]
    for item in (*doc.links, *doc.images):
        if item.span is not None:
            assert 0 <= item.span.start <= item.span.end <= n


def check_report(doc: Document) -> None:
    report = audit_document(doc)
    n = len(doc.source)
    for finding in report.findings:
        if finding.span is not None:
            assert 0 <= finding.span.start <= finding.span.end <= n
            assert finding.location is not None and finding.location.line >= 1
            assert finding.location.column >= 1
    for result in report.results:
        assert result.error is None, (result.code, result.error)
        if result.score is not None:
            assert math.isfinite(result.score) and 0 <= result.score <= 1
    for value in report.scores.values():
        assert value is None or 0 <= value <= 100
    data = json.loads(Report((report,)).to_json())
    jsonschema.validate(data, SCHEMA)


@FUZZ
@given(ANY_TEXT, st.sampled_from(["html", "markdown", "text", None]))
def test_parse_and_audit_anything(text: str, fmt: str | None) -> None:
    try:
        doc = parse_document(text, fmt)
    except SeokitError:
        return
    check_document(doc)
    check_report(doc)


@FUZZ
@given(st.binary(max_size=600))
def test_decode_arbitrary_bytes(data: bytes) -> None:
    try:
        text = decode(data, "fuzz.bin")
    except SeokitError as exc:
        assert str(exc).startswith("fuzz.bin: ")
        return
    assert isinstance(text, str) and text.strip()


def test_pathological_inputs_finish() -> None:
    """Long runs of one character: no regular expression may backtrack catastrophically."""
    for text in ("a" * 200_000, " " * 200_000 + "x", "." * 100_000, "<" * 50_000,
                 "<p>" * 20_000, "# " * 50_000, "[" * 50_000 + "](", "&" * 50_000,
                 ("word " * 30 + "\n") * 2_000):
        for fmt in ("html", "markdown", "text"):
            doc = parse_document(text, fmt)
            check_document(doc)


def test_regressions_found_by_fuzzing() -> None:
    """Inputs these properties found: letters that make no word ("aA") divided by zero in
    language detection, and bytes that only Python's str.strip() calls blank (U+001C, a lone
    BOM) passed as content."""
    for fmt in ("html", "markdown", "text"):
        doc = parse_document("aA", fmt)
        check_report(doc)
    for blank in (b"\x1c", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", b"\xc2\xa0\x1f"):
        try:
            decode(blank, "blank.txt")
        except SeokitError as exc:
            assert str(exc) == "blank.txt: is empty (only whitespace)"
        else:
            raise AssertionError(f"{blank!r} decoded as content")
