"""Geometry for the HTML report's inline SVG charts: numbers in, coordinates out.

The templates draw; this module only computes, so the charts are testable without a browser
and identical on every run (coordinates are rounded to two decimals).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

RING_RADIUS = 36.0
RING_CIRCUMFERENCE = round(2 * math.pi * RING_RADIUS, 2)


def score_class(score: int | float | None) -> str:
    """Lighthouse's bands: 90-100 good, 50-89 needs work, 0-49 poor."""
    if score is None:
        return "na"
    if score >= 90:
        return "good"
    return "average" if score >= 50 else "poor"


def ring_dash(score: int | float | None) -> str:
    """``stroke-dasharray`` for a score ring: the arc drawn, then the gap."""
    value = max(0.0, min(100.0, float(score or 0)))
    drawn = round(RING_CIRCUMFERENCE * value / 100, 2)
    return f"{drawn} {RING_CIRCUMFERENCE}"


def ease_class(ease: float | None) -> str:
    """The heat-map colour of a Flesch reading ease, in the bands of Flesch's own table."""
    if ease is None:
        return "ease-na"
    if ease >= 70:
        return "ease-4"
    if ease >= 60:
        return "ease-3"
    if ease >= 50:
        return "ease-2"
    if ease >= 30:
        return "ease-1"
    return "ease-0"


def bar_width(value: float, largest: float, full: float = 100.0) -> float:
    """A bar's length on a scale where the largest value fills ``full``; a non-zero value
    stays visible."""
    if largest <= 0 or value <= 0:
        return 0.0
    return round(max(full * value / largest, 0.5), 2)


@dataclass(frozen=True, slots=True)
class StripCell:
    x: float
    width: float
    css: str
    label: str


def heat_strip(cells: Sequence[tuple[int, float | None, str]], width: float = 1000.0) -> list[StripCell]:
    """One cell per paragraph, as wide as its share of the words: ``(words, ease, label)``."""
    total = sum(max(words, 1) for words, _, _ in cells)
    out: list[StripCell] = []
    x = 0.0
    for words, ease, label in cells:
        w = width * max(words, 1) / total if total else 0.0
        out.append(StripCell(round(x, 2), round(w, 2), ease_class(ease), label))
        x += w
    return out


@dataclass(frozen=True, slots=True)
class ColumnBar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    css: str


@dataclass(frozen=True, slots=True)
class ColumnChart:
    width: float
    height: float
    baseline: float
    bars: tuple[ColumnBar, ...]


def column_chart(columns: Sequence[tuple[str, int, str]], *, height: float = 160.0,
                 slot: float = 84.0) -> ColumnChart:
    """Vertical bars ``(label, count, css class)`` with room under them for the label and
    above them for the count."""
    top, bottom = 22.0, 26.0
    largest = max((count for _, count, _ in columns), default=0)
    room = height - top - bottom
    bars = []
    for i, (label, count, css) in enumerate(columns):
        h = round(room * count / largest, 2) if largest else 0.0
        bars.append(ColumnBar(round(i * slot + slot * 0.2, 2), round(top + room - h, 2),
                              round(slot * 0.6, 2), h, label, count, css))
    return ColumnChart(max(len(columns), 1) * slot, height, top + room, tuple(bars))
