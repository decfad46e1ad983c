"""The keyword and on-page profile tables name real options with values of the right type."""

from __future__ import annotations

import pytest

from seokit.data.profiles_keywords import PROFILES_KEYWORDS
from seokit.rules import all_rules

RULES = all_rules()


@pytest.mark.parametrize("profile", sorted(PROFILES_KEYWORDS))
def test_profile_options_exist_and_coerce(profile: str) -> None:
    for code, options in PROFILES_KEYWORDS[profile].items():
        rule = RULES[code]
        known = {o.name: o for o in rule.options}
        for name, value in options.items():
            assert name in known, (profile, code, name)
            assert known[name].coerce(value, f"{profile}.{code}") == value


def test_rankmath_density_band() -> None:
    from seokit.audit import audit_document
    from seokit.parse import parse_document

    # 3 uses in 106 words, 2.83 %: inside Yoast's 3 %, above Rank Math's 2.5 %
    text = ("Regular visits ease tight muscles, lower stress and help clients sleep better. "
            * 8 + "Massage therapy works. " * 2 + "Massage therapy helps all. ")  # 96+6+4
    doc = parse_document(text, "text")
    yoast = audit_document(doc, keyphrase="massage therapy", config={"select": ["KW101"]})
    rankmath = audit_document(doc, keyphrase="massage therapy", config={
        "select": ["KW101"], "options": PROFILES_KEYWORDS["rankmath"]})
    assert yoast.findings == ()
    [finding] = rankmath.findings
    assert finding.data["value"] == round(3 / 106 * 100, 2) == 2.83
