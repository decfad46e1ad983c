"""Named threshold presets. A config picks one with ``extends = "NAME"``; its own settings
then override the profile's. Each number says where it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    summary: str
    settings: dict[str, Any]
    sources: tuple[str, ...]


PROFILES: dict[str, Profile] = {
    "default": Profile(
        "default",
        "Every rule's own defaults: Yoast's bands for readability and keyphrase use, "
        "Lighthouse and Google guidance for links and markup.",
        {},
        ("Each rule's page lists the source of its defaults.",),
    ),
    "yoast": Profile(
        "yoast",
        "Yoast SEO's published assessment bands, set explicitly.",
        {"options": {
            "RD101": {"min_score": 60.0},  # Flesch reading ease: 60+ is "good" in Yoast
            "RD102": {"max_words": 20, "max_percent": 25.0},  # sentence length assessment
            "RD103": {"max_words": 150},  # paragraph length assessment
            "CT101": {"min_words": 300},  # text length assessment (posts)
            "CT102": {"max_words": 300},  # subheading distribution assessment
            "KW101": {"min_density": 0.5, "max_density": 3.0},  # keyphrase density
            "MT104": {"min_length": 120, "max_length": 156},  # meta description length
        }},
        ("Yoast SEO readability analysis: sentence length, paragraph length, subheading "
         "distribution, Flesch reading ease (yoast.com/features/readability-analysis).",
         "Yoast SEO analysis: keyphrase density, text length, meta description length "
         "(yoast.com/features/seo-analysis)."),
    ),
    "rankmath": Profile(
        "rankmath",
        "Rank Math's content tests: a keyphrase density of 0.5-2.5 %, at least 600 words, "
        "titles to 60 and descriptions to 160 characters, one subheading and one alt text "
        "with the keyphrase.",
        {"options": {
            "CT101": {"min_words": 600},
        }},
        ("Rank Math's analyzer (seo-by-rank-math assets/admin/src/analyzer/analysis/"
         "keywordDensity.js): below 0.5 % or above 2.5 % fails; its support pages add that "
         "1-1.5 % gets full marks.",
         "Rank Math content length test: at least 600 words; SEO title up to 60 characters; "
         "meta description up to 160 characters (rankmath.com/kb/score-100-in-tests).",
         "The keyword and on-page settings: seokit/data/profiles_keywords.py, with the "
         "source of each."),
    ),
    "strict": Profile(
        "strict",
        "For editorial teams that want short sentences and paragraphs and treat warnings "
        "as blocking: tighter than Yoast everywhere it matters.",
        {"options": {
            "RD101": {"min_score": 60.0},
            "RD102": {"max_words": 20, "max_percent": 15.0},
            "RD103": {"max_words": 100},
            "CT101": {"min_words": 600},
            "CT102": {"max_words": 250},
            "MT102": {"min_length": 30, "max_length": 55},
        }, "fail_on": "warning"},
        ("seokit's own choice: Yoast's bands tightened by about a third (sentence share 15 % "
         "instead of 25 %, paragraphs 100 instead of 150 words), Rank Math's 600-word minimum, "
         "and titles to 55 characters, the length Google rarely truncates on mobile.",),
    ),
}


def _with_keyword_settings() -> None:
    """Fold in the keyword and on-page rules' settings, kept beside those rules' data."""
    from seokit.data.profiles_keywords import PROFILES_KEYWORDS

    for name, options in PROFILES_KEYWORDS.items():
        merged = PROFILES[name].settings.setdefault("options", {})
        for code, values in options.items():
            merged[code] = {**merged.get(code, {}), **values}


_with_keyword_settings()
