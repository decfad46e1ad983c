"""Which keyphrases to measure: the focus keyphrase, related keyphrases and synonyms.

Sources, in order: the audit's settings (``keyphrase``; ``keyphrases`` and ``synonyms`` once the
config carries them), then the Markdown front matter (``keyphrase``, ``keyphrases`` or
``related_keyphrases``, ``synonyms``). A front matter value may be a YAML list or, for synonyms,
a comma-separated string (Yoast's synonym field is comma-separated). A keyphrase written in
double quotes ("\\"SEO analysis\\"") is matched exactly: no other word forms and no dropping
of function words, Yoast's convention.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass

from seokit.context import Context

_QUOTES = ('"', "“", "”", "„", "«", "»")


@dataclass(frozen=True, slots=True)
class KeyphraseSpec:
    """One keyphrase to measure. ``focus`` for the focus keyphrase, False for a related one."""

    phrase: str
    synonyms: tuple[str, ...] = ()
    focus: bool = True


def split_quoted(phrase: str) -> tuple[str, bool]:
    """The phrase without surrounding double quotes, and whether it had them."""
    text = phrase.strip()
    if len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        return text[1:-1].strip(), True
    return text, False


def as_phrases(value: object, *, commas: bool = False) -> list[str]:
    """A setting or front matter value as a list of phrases: None, a string, a list, or the
    string form of a YAML list that the Markdown parser kept as text ("['a', 'b']")."""
    if value is None:
        return []
    items: Iterable[object]
    if isinstance(value, (list, tuple)):
        items = value
    else:
        text = str(value).strip()
        if text.startswith("[") and text.endswith("]"):
            try:
                parsed = ast.literal_eval(text)
            except (ValueError, SyntaxError):
                parsed = None
            if isinstance(parsed, list):
                return as_phrases(parsed, commas=commas)
        items = text.split(",") if commas else (text,)
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        phrase = str(item).strip()
        if phrase and phrase.lower() not in seen:
            seen.add(phrase.lower())
            out.append(phrase)
    return out


def keyphrase_specs(ctx: Context) -> tuple[KeyphraseSpec, ...]:
    """The keyphrases of this audit, the focus keyphrase first."""
    front = dict(ctx.document.meta.front_matter)
    settings = ctx.settings
    # the option wins over the front matter; a front matter list names focus + related
    if settings.keyphrase:
        phrases = as_phrases(settings.keyphrase)
    else:
        phrases = as_phrases(front.get("keyphrase") or ctx.document.meta.keyphrase)
    phrases += as_phrases(getattr(settings, "keyphrases", None))
    phrases += as_phrases(front.get("keyphrases")) + as_phrases(front.get("related_keyphrases"))
    synonyms = as_phrases(getattr(settings, "synonyms", None), commas=True) or as_phrases(
        front.get("synonyms"), commas=True)
    specs: list[KeyphraseSpec] = []
    seen: set[str] = set()
    for phrase in phrases:
        if phrase.lower() in seen:
            continue
        seen.add(phrase.lower())
        focus = not specs
        specs.append(KeyphraseSpec(phrase, tuple(synonyms) if focus else (), focus))
    return tuple(specs)
