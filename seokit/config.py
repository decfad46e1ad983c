"""Audit configuration: which rules run, at what severity, with which options.

Settings come in layers, each a table of the same keys: a profile, the config file's
top level, its per-path ``overrides``, its per-language ``languages`` tables, the
document's front matter, and the command line. Later layers win; ``ignore`` accumulates.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from seokit.errors import ConfigError, UnknownRuleError
from seokit.findings import Severity
from seokit.rules.base import Rule

LAYER_KEYS = frozenset({"select", "ignore", "severity", "options", "keyphrase", "keyphrases",
                        "synonyms", "language", "fail_on", "content_selector"})


@dataclass(frozen=True, slots=True)
class Layer:
    """One table of settings, validated against the rule registry."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    keyphrase: str | None = None
    keyphrases: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    language: str | None = None
    fail_on: Severity | None = None
    content_selector: str | None = None


@dataclass(frozen=True, slots=True)
class Config:
    """Resolved settings for one document. ``select``/``ignore`` take codes, code prefixes
    (``LG``, ``LN2``) or rule names; ``languages`` are applied once the language is known."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    keyphrase: str | None = None
    keyphrases: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()
    language: str | None = None
    fail_on: Severity | None = None
    content_selector: str | None = None
    languages: Mapping[str, Layer] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], origin: str = "<config>") -> Config:
        """A config from one table of layer keys (the API's ``config=`` and the CLI)."""
        unknown = sorted(set(data) - LAYER_KEYS)
        if unknown:
            raise ConfigError(origin, f"unknown key {unknown[0]!r}; known keys: {sorted(LAYER_KEYS)}")
        return cls().merge(parse_layer(data, origin))

    def merge(self, layer: Layer) -> Config:
        options = {code: dict(values) for code, values in self.options.items()}
        for code, values in layer.options.items():
            options.setdefault(code, {}).update(values)
        return replace(
            self,
            select=self.select if layer.select is None else layer.select,
            ignore=self.ignore + tuple(i for i in layer.ignore if i not in self.ignore),
            severity={**self.severity, **layer.severity},
            options=options,
            keyphrase=layer.keyphrase or self.keyphrase,
            keyphrases=layer.keyphrases or self.keyphrases,
            synonyms=layer.synonyms or self.synonyms,
            language=layer.language or self.language,
            fail_on=layer.fail_on or self.fail_on,
            content_selector=layer.content_selector or self.content_selector,
        )

    def for_language(self, language: str | None) -> Config:
        """The settings with the ``languages`` table for this language applied."""
        if not language:
            return self
        primary = language.split("-")[0].lower()
        layer = self.languages.get(language.lower()) or self.languages.get(primary)
        return self.merge(layer) if layer else self

    def selected(self, rules: Mapping[str, Rule]) -> list[Rule]:
        chosen = []
        for rule in rules.values():
            if self.select and not any(matches(s, rule) for s in self.select):
                continue
            if any(matches(s, rule) for s in self.ignore):
                continue
            chosen.append(rule)
        return chosen

    def options_for(self, rule: Rule) -> dict[str, Any]:
        return {**rule.defaults(), **self.options.get(rule.code, {})}

    def severity_for(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, rule.severity)


def matches(selector: str, rule: Rule) -> bool:
    """A code, a code prefix ("LG", "LN2") or a rule name."""
    return rule.code.startswith(selector.upper()) or selector == rule.name


def parse_layer(data: Mapping[str, Any], origin: str, *, where: str = "") -> Layer:
    """Validate one table of layer keys; every error names the origin and the key."""
    from seokit.rules import every_rule

    rules = every_rule()
    prefix = f"{where}." if where else ""

    def err(key: str, problem: str) -> ConfigError:
        return ConfigError(origin, f"{prefix}{key}: {problem}")

    select = None
    if "select" in data:
        select = _selectors(data["select"], f"{prefix}select", origin, rules)
    ignore = _selectors(data.get("ignore", ()), f"{prefix}ignore", origin, rules)
    severity: dict[str, Severity] = {}
    raw_severity = data.get("severity", {})
    if not isinstance(raw_severity, Mapping):
        raise err("severity", "must be a table of rule = severity")
    for key, value in raw_severity.items():
        rule = _rule(key, rules, origin, f"{prefix}severity.{key}")
        try:
            severity[rule.code] = Severity(value)
        except ValueError:
            raise err(f"severity.{key}", "must be error, warning or info") from None
    options: dict[str, dict[str, Any]] = {}
    raw_options = data.get("options", {})
    if not isinstance(raw_options, Mapping):
        raise err("options", "must be a table of rule tables")
    for key, values in raw_options.items():
        rule = _rule(key, rules, origin, f"{prefix}options.{key}")
        if not isinstance(values, Mapping):
            raise err(f"options.{key}", "must be a table of option = value")
        known = {o.name: o for o in rule.options}
        for name, value in values.items():
            if name not in known:
                raise err(f"options.{key}.{name}",
                          f"rule {rule.code} has no option {name!r}; options: "
                          f"{', '.join(sorted(known)) or 'none'}")
            options.setdefault(rule.code, {})[name] = known[name].coerce(
                value, f"{origin}: {prefix}options.{key}.{name}")
    fail_on = data.get("fail_on")
    if fail_on is not None and fail_on not in {s.value for s in Severity}:
        raise err("fail_on", "must be error, warning or info")
    synonyms = _phrases(data.get("synonyms", ()))
    keyphrases = _phrases(data.get("keyphrases", ()))
    for key in ("keyphrase", "language", "content_selector"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise err(key, "must be a string")
    return Layer(
        select=select, ignore=ignore, severity=severity, options=options,
        keyphrase=data.get("keyphrase"), keyphrases=keyphrases, synonyms=synonyms,
        language=data.get("language"), fail_on=Severity(fail_on) if fail_on else None,
        content_selector=data.get("content_selector"),
    )


def _phrases(value: Any) -> tuple[str, ...]:
    """A list of phrases, or one comma-separated string of them."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    return tuple(str(item).strip() for item in items if str(item).strip())


def _selectors(values: Iterable[str] | str, key: str, origin: str,
               rules: Mapping[str, Rule]) -> tuple[str, ...]:
    items = (values,) if isinstance(values, str) else tuple(values)
    for item in items:
        if not isinstance(item, str) or not any(matches(item, r) for r in rules.values()):
            raise UnknownRuleError(origin, f"{key}: no rule matches {item!r}")
    return items


def _rule(key: str, rules: Mapping[str, Rule], origin: str, where: str) -> Rule:
    for rule in rules.values():
        if key.upper() == rule.code or key == rule.name:
            return rule
    raise UnknownRuleError(origin, f"{where}: unknown rule {key!r}")


def path_matches(path: str, patterns: Iterable[str]) -> bool:
    """Glob match against a /-separated path relative to the config file; ``**`` spans
    directories, and a pattern without a slash matches the file name anywhere."""
    for pattern in patterns:
        if "/" not in pattern and fnmatch.fnmatchcase(path.rsplit("/", 1)[-1], pattern):
            return True
        if fnmatch.fnmatchcase(path, pattern) or (
                pattern.startswith("**/") and fnmatch.fnmatchcase(path, pattern[3:])):
            return True
    return False
