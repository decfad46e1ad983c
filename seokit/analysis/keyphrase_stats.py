"""What was measured about one keyphrase (``seokit.analysis.keyphrase`` measures it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from seokit.document import Document, Span


class Place(enum.StrEnum):
    TITLE = "title"
    INTRODUCTION = "introduction"
    DESCRIPTION = "description"
    SLUG = "slug"
    H1 = "h1"


@dataclass(frozen=True, slots=True)
class Placement:
    """Whether the keyphrase is in one place: ``found`` per word, ``exact`` as a phrase;
    ``synonym`` names a synonym found there (per word)."""

    place: Place
    found: bool
    exact: bool
    synonym: str | None
    span: Span | None


@dataclass(frozen=True, slots=True)
class Occurrence:
    span: Span
    text: str
    synonym: bool = False


@dataclass(frozen=True, slots=True)
class CompetingLink:
    """A link from the main text to another page whose anchor text holds the keyphrase."""

    url: str | None
    text: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class KeyphraseStats:
    phrase: str
    focus: bool
    synonyms: tuple[str, ...]
    exact_match: bool  # written in double quotes
    words: tuple[str, ...]
    content_words: tuple[str, ...]  # what per-word matching looks for
    function_words_only: bool
    unspaced: bool  # written in a script without spaces (its "words" are character bigrams)
    stems: tuple[str, ...]
    count: int  # as a phrase, every word form
    exact_count: int  # as written, case aside
    synonym_count: int  # synonyms as phrases, where the keyphrase is not
    density: float  # percent of all words, from ``count``
    synonym_density: float  # percent, from ``count + synonym_count``
    placements: tuple[Placement, ...]
    subheadings: int  # H2 and H3 headings of the main content
    subheadings_with_keyphrase: int
    images: int  # images in the main content
    images_with_keyphrase: int
    occurrences: tuple[Occurrence, ...]
    sentences: int
    sentences_with_keyphrase: int  # per word, keyphrase or a synonym
    longest_gap_sentences: int  # most consecutive sentences without it
    longest_gap_span: Span | None  # where that stretch starts
    competing_links: tuple[CompetingLink, ...]
    first_paragraph_span: Span | None

    def placement(self, place: Place) -> Placement | None:
        """The placement, or None where the place does not exist (no description, ...)."""
        return next((p for p in self.placements if p.place is place), None)

    def _found(self, place: Place) -> bool | None:
        placement = self.placement(place)
        return None if placement is None else placement.found

    @property
    def in_title(self) -> bool | None:
        return self._found(Place.TITLE)

    @property
    def in_first_paragraph(self) -> bool | None:
        return self._found(Place.INTRODUCTION)

    @property
    def in_description(self) -> bool | None:
        return self._found(Place.DESCRIPTION)

    @property
    def in_slug(self) -> bool | None:
        return self._found(Place.SLUG)

    @property
    def in_h1(self) -> bool | None:
        return self._found(Place.H1)

    @property
    def in_image_alt(self) -> bool | None:
        return None if not self.images else self.images_with_keyphrase > 0

    @property
    def subheading_share(self) -> float | None:
        return self.subheadings_with_keyphrase / self.subheadings if self.subheadings else None

    @property
    def gap_share(self) -> float | None:
        """The longest stretch without the keyphrase, as a share of all sentences."""
        return self.longest_gap_sentences / self.sentences if self.sentences else None

    def to_json(self, document: Document) -> dict[str, Any]:
        def where(span: Span | None) -> dict[str, int | None]:
            location = document.locate(span) if span is not None else None
            return {"line": location.line if location else None,
                    "column": location.column if location else None}

        share, gap = self.subheading_share, self.gap_share
        out: dict[str, Any] = {
            "phrase": self.phrase, "focus": self.focus, "synonyms": list(self.synonyms),
            "content_words": list(self.content_words), "count": self.count,
            "exact_count": self.exact_count, "synonym_count": self.synonym_count,
            "density": round(self.density, 2), "synonym_density": round(self.synonym_density, 2),
        }
        for place in Place:
            placement = self.placement(place)
            out[f"in_{place.value}"] = None if placement is None else placement.found
        out["in_first_paragraph"] = out["in_introduction"]
        out["placements"] = [
            {"place": p.place.value, "found": p.found, "exact": p.exact, "synonym": p.synonym,
             **where(p.span)} for p in self.placements]
        out.update({
            "subheadings": self.subheadings,
            "subheading_share": None if share is None else round(share, 2),
            "images": self.images, "images_with_keyphrase": self.images_with_keyphrase,
            "in_image_alt": self.in_image_alt,
            "occurrences": [{**where(o.span), "text": o.text, "synonym": o.synonym}
                            for o in self.occurrences],
            "sentences_with_keyphrase": self.sentences_with_keyphrase,
            "longest_gap_sentences": self.longest_gap_sentences,
            "longest_gap_share": None if gap is None else round(gap, 2),
            "competing_links": [{"url": c.url, "text": c.text, **where(c.span)}
                                for c in self.competing_links],
        })
        return out
