"""The JSON report is written by orjson for speed; it must be the very bytes json.dumps would
write, on real reports (many languages, every analysis, a batch with distinctive terms)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from seokit.audit import audit_document, parse, with_distinctive_terms
from seokit.report.model import Report

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _json_dumps(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def test_real_reports_are_the_bytes_json_dumps_writes() -> None:
    files = sorted(p for p in (EXAMPLES / "articles").rglob("*") if p.is_file())
    files += sorted(p for p in (EXAMPLES / "site").rglob("*.html"))[:6]
    assert len(files) >= 4
    reports = [audit_document(parse(p), count_terms=True) for p in files]
    batch = Report(tuple(with_distinctive_terms(reports)))
    text = batch.to_json()
    assert text == _json_dumps(batch)
    assert '"distinctive"' in text and "\\u" not in text.replace("\\u0000", "")  # not ASCII-escaped
    # characters JSON must escape, lines separators and astral ones, come out the same too
    odd = parse("Tab\there, quote \" and back\\slash, \u2028 and \U0001f600 and \x01 and 칠곡\n",
                format="text")
    single = Report((audit_document(odd),))
    assert single.to_json() == _json_dumps(single)


def test_compact_json_and_out_of_range_numbers_keep_json_dumps_behaviour() -> None:
    report = Report((audit_document(parse("A short plain sentence.", format="text")),))
    assert report.to_json(indent=None) == json.dumps(
        report.to_dict(), ensure_ascii=False, allow_nan=False) + "\n"
    broken = Report((), site={"ratio": math.nan})
    with pytest.raises(ValueError, match="not JSON compliant"):
        broken.to_json()
    huge = Report((), site={"count": 2**70})  # past orjson's 64 bits: json writes it
    assert huge.to_json() == _json_dumps(huge)
