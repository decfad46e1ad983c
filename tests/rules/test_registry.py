"""Meta-tests over the rule registry: the contract every rule keeps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from seokit.audit import audit_document
from seokit.parse import parse_document
from seokit.rules import all_rules
from seokit.rules.base import Category, Rule

RULES = all_rules()
CASES = Path(__file__).parent / "cases"
HEADINGS = ("What it does", "Why is this bad?", "Example")


def test_registry_is_not_empty_and_covers_every_document_category() -> None:
    prefixes = {code[:2] for code in RULES}
    assert {"CT", "RD", "KW", "LG", "LN", "MT", "ST"} <= prefixes
    for prefix in ("RD", "KW", "LG", "LN"):
        assert sum(code.startswith(prefix) for code in RULES) >= 2, prefix


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_declaration(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]{2}\d{3}", rule.code)
    assert rule.code[:2] in Category.__members__
    assert re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)+", rule.name), rule.name
    assert rule.title and not rule.title.endswith(".")
    for heading in HEADINGS:
        assert f"## {heading}" in rule.docs, f"{rule.code} docs lack '## {heading}'"
    for option in rule.options:
        assert option.help.strip(), f"{rule.code} option {option.name} has no help"
        assert re.fullmatch(r"[a-z][a-z0-9_]*", option.name)


def test_names_are_unique() -> None:
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_case_file_has_a_pass_and_a_fail(rule: Rule) -> None:
    path = CASES / f"{rule.code}.yaml"
    assert path.exists(), f"missing {path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["code"] == rule.code
    outcomes = {bool(case["expect"]) for case in data["cases"]}
    assert outcomes == {True, False}, "needs at least one passing and one failing case"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_docstring_examples_pass_and_fail(rule: Rule) -> None:
    assert any(e.fails for e in rule.examples) and any(not e.fails for e in rule.examples)
    for example in rule.examples:
        doc = parse_document(example.text, example.format)
        report = audit_document(doc, keyphrase=example.keyphrase, config={"select": [rule.code]})
        fired = any(f.code == rule.code for f in report.findings)
        assert fired == example.fails, (rule.code, example.text[:60])
