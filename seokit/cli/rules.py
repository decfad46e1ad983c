"""``seokit rules`` and ``seokit rule CODE``: the rule registry, browsable."""

from __future__ import annotations

import argparse
import json
from typing import Any

from seokit.cli.common import EXIT_CLEAN
from seokit.errors import UnknownRuleError
from seokit.rules.base import Rule

ORDER = 90


def register(subparsers: Any) -> None:
    rules = subparsers.add_parser("rules", help="list every rule")
    rules.add_argument("--format", "-f", choices=("text", "json"), default="text")
    rules.set_defaults(run=run_rules)
    rule = subparsers.add_parser("rule", help="show one rule's documentation")
    rule.add_argument("code", help="a rule code (LG101) or name (injected-foreign-keyword)")
    rule.set_defaults(run=run_rule)


def run_rules(args: argparse.Namespace) -> int:
    from seokit.rules import every_rule

    rules = every_rule()
    if args.format == "json":
        print(json.dumps([rule_dict(r) for r in rules.values()], indent=2, ensure_ascii=False))
        return EXIT_CLEAN
    for rule in rules.values():
        print(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<40}  {rule.title}")
    return EXIT_CLEAN


def run_rule(args: argparse.Namespace) -> int:
    from seokit.rules import every_rule

    key = args.code
    for rule in every_rule().values():
        if key.upper() == rule.code or key == rule.name:
            print(f"{rule.code} {rule.name}: {rule.title}")
            print(f"Category: {rule.category.value} · default severity: {rule.severity.value}")
            print()
            print(rule.docs)
            if rule.options:
                print("\n## Options\n")
                for option in rule.options:
                    print(f"- {option.name} (default {option.default!r}): {option.help}")
            print(f"\nMore: {rule.help_url}")
            return EXIT_CLEAN
    raise UnknownRuleError(key, "no rule has this code or name (see 'seokit rules')")


def rule_dict(rule: Rule) -> dict[str, Any]:
    return {
        "code": rule.code, "name": rule.name, "title": rule.title,
        "category": rule.category.value, "severity": rule.severity.value,
        "options": [{"name": o.name, "default": o.default, "help": o.help} for o in rule.options],
        "help_url": rule.help_url,
    }
