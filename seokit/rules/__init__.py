"""The rule registry: every rule, by code. Importing a category module registers its rules."""

from __future__ import annotations

from seokit.rules.base import Rule

RULES: dict[str, Rule] = {}


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add one instance of the rule to the registry."""
    rule = cls()
    if rule.code in RULES:
        raise ValueError(f"duplicate rule code {rule.code}")
    RULES[rule.code] = rule
    return cls


def all_rules() -> dict[str, Rule]:
    """The registry, sorted by code, with every rule module loaded."""
    from seokit.rules import (  # noqa: F401  (imported for their registrations)
        content,
        images,
        keyphrase,
        keywords,
        language,
        links,
        meta,
        onpage,
        readability,
        social,
        structure,
        stuffing,
    )

    return dict(sorted(RULES.items()))


def every_rule() -> dict[str, Rule]:
    """Document rules and site rules (SI, judged over a crawl), sorted by code: what the
    docs, ``seokit rules`` and ``seokit rule`` show."""
    from seokit.rules.site import all_site_rules

    return dict(sorted({**all_rules(), **all_site_rules()}.items()))
