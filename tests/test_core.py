"""The registries' plumbing: memoised metrics, configuration, selection and scoring."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from seokit import analysis
from seokit.config import Config
from seokit.context import Context
from seokit.errors import ConfigError, UnknownRuleError
from seokit.findings import Finding, Severity
from seokit.parse import parse_document
from seokit.report.model import RuleResult, RuleStatus
from seokit.rules import all_rules
from seokit.rules.base import Rule
from seokit.scoring import category_scores


def test_metrics_are_computed_once_per_document(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = analysis.ANALYZERS["links"]

    def counting(ctx: Context) -> Any:
        calls.append(ctx.document.source)
        return real(ctx)

    monkeypatch.setitem(analysis.ANALYZERS, "links", counting)
    ctx = Context(parse_document("Title\n\nSome text.", "text"))
    assert ctx.metric("links") is ctx.metric("links")
    assert len(calls) == 1
    other = Context(parse_document("Other\n\nText.", "text"))
    other.metric("links")
    assert len(calls) == 2


def test_unknown_metric_names_the_known_ones() -> None:
    ctx = Context(parse_document("x", "text"))
    with pytest.raises(KeyError, match="readability"):
        ctx.metric("nope")


def test_config_selection_by_code_prefix_and_name() -> None:
    rules = all_rules()
    lg = Config.from_mapping({"select": ["LG"]}).selected(rules)
    assert lg and all(r.code.startswith("LG") for r in lg)
    no_lg101 = Config.from_mapping({"ignore": ["injected-foreign-keyword"]}).selected(rules)
    assert "LG101" not in {r.code for r in no_lg101}
    assert len(no_lg101) == len(rules) - 1


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        ({"colour": "red"}, ConfigError, "unknown key 'colour'"),
        ({"select": ["QQ1"]}, UnknownRuleError, "no rule matches 'QQ1'"),
        ({"severity": {"LG101": "fatal"}}, ConfigError, "must be error, warning or info"),
        ({"options": {"LG999": {}}}, UnknownRuleError, "unknown rule 'LG999'"),
    ],
)
def test_config_errors_name_the_origin_and_key(data: dict[str, Any], error: type[Exception],
                                               message: str) -> None:
    with pytest.raises(error, match=message) as info:
        Config.from_mapping(data, origin="seokit.toml")
    assert str(info.value).startswith("seokit.toml: ")


def test_options_are_validated_and_coerced() -> None:
    rule = next(r for r in all_rules().values() if r.options)
    option = rule.options[0]
    with pytest.raises(ConfigError, match="has no option 'bogus'"):
        Config.from_mapping({"options": {rule.code: {"bogus": 1}}})
    if isinstance(option.default, float):
        cfg = Config.from_mapping({"options": {rule.code: {option.name: 3}}})
        assert cfg.options_for(rule)[option.name] == 3.0
    cfg = Config.from_mapping({"options": {rule.code: {}}})
    assert cfg.options_for(rule) == rule.defaults()


def test_severity_override_applies_to_findings() -> None:
    from seokit.audit import audit_document

    doc = parse_document("Title\n\nSome text with 칠곡출장마사지 in it. More English words follow here.",
                         "text")
    report = audit_document(doc, config={"select": ["LG101"], "severity": {"LG101": "error"}})
    assert report.findings and all(f.severity is Severity.ERROR for f in report.findings)


def test_scores_are_weighted_means_and_not_applicable_weighs_nothing() -> None:
    results = [
        RuleResult("RD101", RuleStatus.PASSED, 1.0),
        RuleResult("RD102", RuleStatus.FAILED, 0.5),
        RuleResult("CT101", RuleStatus.FAILED, 0.0),  # CT counts towards readability
        RuleResult("KW101", RuleStatus.NOT_APPLICABLE),
        RuleResult("LG101", RuleStatus.ERROR),
        RuleResult("LN101", RuleStatus.PASSED, 1.0),
    ]
    scores = category_scores(results, {"RD101": 2.0})
    # readability: (2*1.0 + 1*0.5 + 1*0.0) / 4 = 0.625
    assert scores["readability"] == 62
    assert scores["keywords"] is None and scores["language"] is None
    assert scores["links"] == 100
    assert scores["overall"] == round((62 + 100) / 2)


class _Probe(Rule):
    """Probe.

    ## What it does
    x
    ## Why is this bad?
    x
    ## Example
    x
    """

    code = "CT999"
    name = "probe-rule"
    title = "Probe"

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        yield self.finding(ctx, "info", severity=Severity.INFO)
        yield self.finding(ctx, "warn")


def test_rule_score_follows_the_worst_severity() -> None:
    probe = _Probe()
    ctx = Context(parse_document("x", "text"))
    findings = list(probe.check(ctx, {}))
    assert probe.score(findings) == 0.5
    assert probe.score(findings[:1]) == 0.8
    assert probe.score([]) == 1.0
    assert findings[1].help_url.endswith("/CT999/")
