"""The SI rules keep the registry's contract (see tests/rules/test_registry.py), against sites:
declarations and docs, a case file with passing and failing sites, and docstring examples that
pass and fail when their site is really served and crawled."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from seokit.crawl.report import run_site_rules
from seokit.rules import all_rules
from seokit.rules.base import Category
from seokit.rules.site import SiteRule, all_site_rules, split_selectors
from tests.crawl.siterun import SiteCase, case_from, crawl_case

RULES = all_site_rules()
CASES = Path(__file__).parent / "cases"
HEADINGS = ("What it does", "Why is this bad?", "Example")


def test_site_rules_are_the_si_category_and_share_no_code_or_name_with_document_rules() -> None:
    assert len(RULES) >= 20
    documents = all_rules()
    assert not set(RULES) & set(documents)
    assert not {r.name for r in RULES.values()} & {r.name for r in documents.values()}
    assert len({r.name for r in RULES.values()}) == len(RULES)
    assert split_selectors(["SI101", "LN", "broken-internal-link", "SI2"]) == (
        ["LN", "SI2"], ["SI101", "broken-internal-link"])


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_declaration(rule: SiteRule) -> None:
    assert re.fullmatch(r"SI\d{3}", rule.code) and rule.category is Category.SI
    assert re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)+", rule.name), rule.name
    assert rule.title and not rule.title.endswith(".")
    for heading in HEADINGS:
        assert f"## {heading}" in rule.docs, f"{rule.code} docs lack '## {heading}'"
    for option in rule.options:
        assert option.help.strip() and re.fullmatch(r"[a-z][a-z0-9_]*", option.name)


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_site_examples_pass_and_fail(rule: SiteRule, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    examples = rule.site_examples
    assert any(e.fails for e in examples) and any(not e.fails for e in examples)
    for i, example in enumerate(examples):
        case = SiteCase(dict(example.pages), example.redirects, example.sitemap, example.check_external)
        facts, _ = crawl_case(case, tmp_path / str(i), monkeypatch)
        findings, _ = run_site_rules(facts, [rule])
        assert bool(findings) == example.fails, (rule.code, i, [f.message for f in findings])


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_case_file_has_a_pass_and_a_fail(rule: SiteRule) -> None:
    path = CASES / f"{rule.code}.yaml"
    assert path.exists(), f"missing {path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["code"] == rule.code
    assert {bool(case["expect"]) for case in data["cases"]} == {True, False}


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("SI*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            params.append(pytest.param(data["code"], case, id=f"{data['code']}-{case['name']}"))
    return params


@pytest.mark.parametrize(("code", "case"), _cases())
def test_site_case(code: str, case: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``expect`` lists each finding's pages as paths, in the order findings are reported."""
    facts, base = crawl_case(case_from(case), tmp_path, monkeypatch)
    findings, _ = run_site_rules(facts, [RULES[code]], {code: case.get("options", {})})
    found = [[p.removeprefix(base) for p in f.pages] for f in findings]
    assert found == case["expect"], [f.message for f in findings]
