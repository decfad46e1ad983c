"""Every rule's case file: passing and failing inputs with the expected (line, column) set.

A case file is tests/rules/cases/<CODE>.yaml:

    code: RD101
    cases:
      - name: what the case shows
        format: text            # text (default), markdown or html
        keyphrase: optional
        options: {}             # rule options for this case
        input: |
          ...
        expect: [[3, 1]]        # (line, column) of each finding; [null, null] for document-level
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from seokit.audit import audit_document
from seokit.parse import parse_document

CASES = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


@pytest.mark.parametrize(("code", "case"), _load())
def test_rule_case(code: str, case: dict[str, Any]) -> None:
    doc = parse_document(case["input"], case.get("format", "text"),
                         url=case.get("url"), path=case.get("path"))
    config = {"select": [code], "options": {code: case.get("options", {})}}
    report = audit_document(doc, keyphrase=case.get("keyphrase"), config=config)
    errors = [r for r in report.results if r.error]
    assert not errors, errors
    found = sorted(
        (f.location.line, f.location.column) if f.location else (None, None)
        for f in report.findings if f.code == code
    )
    expected = sorted(tuple(x) for x in case["expect"])
    assert found == expected, [f.message for f in report.findings]
