"""Audit configuration: which rules run, at what severity, with which options."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from seokit.errors import ConfigError, UnknownRuleError
from seokit.findings import Severity
from seokit.rules.base import Rule

_KEYS = frozenset({"select", "ignore", "severity", "options", "keyphrase", "language", "fail_on"})


@dataclass(frozen=True, slots=True)
class Config:
    """``select``/``ignore`` take codes, code prefixes (``LG``, ``LN2``) or rule names."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    keyphrase: str | None = None
    language: str | None = None
    fail_on: Severity | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], origin: str = "<config>") -> Config:
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            raise ConfigError(origin, f"unknown key {unknown[0]!r}; known keys: {sorted(_KEYS)}")
        from seokit.rules import all_rules

        rules = all_rules()
        select = _selectors(data.get("select", ()), "select", origin, rules)
        ignore = _selectors(data.get("ignore", ()), "ignore", origin, rules)
        severity: dict[str, Severity] = {}
        for key, value in dict(data.get("severity", {})).items():
            rule = _rule(key, rules, origin)
            try:
                severity[rule.code] = Severity(value)
            except ValueError:
                raise ConfigError(origin, f"severity of {key} must be error, warning or info") from None
        options: dict[str, dict[str, Any]] = {}
        for key, values in dict(data.get("options", {})).items():
            rule = _rule(key, rules, origin)
            known = {o.name: o for o in rule.options}
            for name, value in dict(values).items():
                if name not in known:
                    raise ConfigError(origin, f"rule {rule.code} has no option {name!r}; "
                                              f"options: {sorted(known) or 'none'}")
                options.setdefault(rule.code, {})[name] = known[name].coerce(
                    value, f"{origin}: {rule.code}")
        fail_on = data.get("fail_on")
        return cls(
            select=select, ignore=ignore, severity=severity, options=options,
            keyphrase=data.get("keyphrase"), language=data.get("language"),
            fail_on=Severity(fail_on) if fail_on else None,
        )

    def selected(self, rules: Mapping[str, Rule]) -> list[Rule]:
        chosen = []
        for rule in rules.values():
            if self.select and not any(_matches(s, rule) for s in self.select):
                continue
            if any(_matches(s, rule) for s in self.ignore):
                continue
            chosen.append(rule)
        return chosen

    def options_for(self, rule: Rule) -> dict[str, Any]:
        return {**rule.defaults(), **self.options.get(rule.code, {})}

    def severity_for(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)


def _matches(selector: str, rule: Rule) -> bool:
    return rule.code.startswith(selector.upper()) or selector == rule.name


def _selectors(values: Iterable[str] | str, key: str, origin: str,
               rules: Mapping[str, Rule]) -> tuple[str, ...]:
    items = (values,) if isinstance(values, str) else tuple(values)
    for item in items:
        if not any(_matches(item, r) for r in rules.values()):
            raise UnknownRuleError(origin, f"{key}: no rule matches {item!r}")
    return items


def _rule(key: str, rules: Mapping[str, Rule], origin: str) -> Rule:
    for rule in rules.values():
        if key.upper() == rule.code or key == rule.name:
            return rule
    raise UnknownRuleError(origin, f"unknown rule {key!r}")
