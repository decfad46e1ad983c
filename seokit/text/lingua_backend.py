"""The optional lingua identifier (``pip install 'seokit[lingua]'``), with the same interface
as ``langid.identify``: ``(code, probability)`` pairs, most probable first.

lingua is more accurate than langdetect on short sentences, and deterministic by design; it is
also a large package whose models take a second or two and a few hundred megabytes to load, so
it is opt-in: the language analysis uses it for sentence-level passages when asked with the
analysis option ``identifier = "lingua"`` (see docs/language.md for where it helps).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from typing import Any

from seokit.errors import ConfigError

IDENTIFIERS = ("langdetect", "lingua")
Identify = Callable[..., tuple[tuple[str, float], ...]]


@functools.cache
def _detector() -> Any:
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        raise ConfigError("identifier", "the lingua identifier needs the optional extra: "
                          "pip install 'seokit[lingua]'") from None
    return LanguageDetectorBuilder.from_all_languages().build()


def identify_lingua(
    text: str,
    candidates: Collection[str] | None = None,
    *,
    prior: str | None = None,
    prior_weight: float = 0.5,
) -> tuple[tuple[str, float], ...]:
    """Like ``langid.identify``, answered by lingua. ``prior`` multiplies the favoured
    language's confidence by ``prior_weight / (1 - prior_weight)`` before renormalising."""
    values: dict[str, float] = {}
    for item in _detector().compute_language_confidence_values(text):
        code = str(item.language.iso_code_639_1.name.lower())
        if candidates is None or code in candidates:
            values[code] = values.get(code, 0.0) + float(item.value)
    if prior in values and 0 < prior_weight < 1:
        values[prior] *= prior_weight / (1 - prior_weight)
    total = sum(values.values())
    if not total:
        return ()
    return tuple(sorted(((code, value / total) for code, value in values.items()),
                        key=lambda pair: (-pair[1], pair[0])))


def identifier(name: str) -> Identify:
    """The identification function called ``name``: "langdetect" (default) or "lingua"."""
    if name == "lingua":
        _detector()  # fail now, naming the extra, rather than in the middle of an analysis
        return identify_lingua
    if name == "langdetect":
        from seokit.text.langid import identify

        return identify
    raise ConfigError("identifier", f"unknown language identifier {name!r}; "
                                    f"choose one of {', '.join(IDENTIFIERS)}")
