"""Rule options of the keyword and on-page rules under each profile, for the config's
profiles (``default`` is every rule's own defaults, which are Yoast's where Yoast has the
check). Each value names its source.

Rank Math (``seo-by-rank-math`` assets/admin/src/analyzer/analysis/*.js, and its knowledge
base article "Score 100/100 in Rank Math SEO tests"):

- keywordDensity.js: below 0.5 % fails, above 2.5 % fails; every focus keyword counts.
- keywordIn10Percent / keywordInSubheadings / keywordInImageAlt: the keyword at least once
  (in the first 10 % of the text, in one subheading, in one alt text).
- title: 60 characters in its snippet preview; description 160 characters.
- no keyphrase-distribution, keyphrase-length or competing-links test: those rules are relaxed
  to what never fires rather than switched off, since profiles set options only.

``strict`` takes the tighter of Yoast and Rank Math, and Yoast's "okay" rather than "bad"
boundaries (distribution 30 %).
"""

from __future__ import annotations

from typing import Any

PROFILES_KEYWORDS: dict[str, dict[str, dict[str, Any]]] = {
    "yoast": {},  # the rules' defaults are Yoast's
    "rankmath": {
        "KW101": {"min_density": 0.5, "max_density": 2.5, "include_synonyms": True},
        "KW105": {"min_share": 0.01},  # one subheading is enough
        "KW111": {"min_images_for_share": 1_000_000},  # one alt text is enough
        "KW112": {"max_gap_share": 100.0},  # no distribution test
        "KW114": {"max_words": 100, "error_words": 100, "max_words_no_function_words": 100,
                  "error_words_no_function_words": 100},  # no length test
        "MT102": {"min_length": 1, "max_length": 60, "max_pixels": 0.0},
        "MT104": {"min_length": 1, "max_length": 160},
    },
    "strict": {
        "KW101": {"min_density": 0.5, "max_density": 2.5},
        "KW104": {"max_word_density": 4.5, "max_phrase_density": 2.5},
        "KW112": {"max_gap_share": 30.0},
        "KW108": {"min_items": 5},
        "MT111": {"only_when_present": False},
    },
}
