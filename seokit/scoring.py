"""Scores 0-100: each category is the weighted mean of its rules' results; rules that do not
apply weigh nothing (as in Lighthouse), and a category with no applicable rule has no score."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from seokit.report.model import RuleResult, RuleStatus
from seokit.rules.base import SCORE_CATEGORIES, Category


def category_scores(results: Iterable[RuleResult], weights: Mapping[str, float]) -> dict[str, int | None]:
    totals: dict[str, list[float]] = {key: [0.0, 0.0] for key in SCORE_CATEGORIES}
    for result in results:
        if result.status in (RuleStatus.NOT_APPLICABLE, RuleStatus.ERROR) or result.score is None:
            continue
        key = Category[result.code[:2]].score_key
        if key not in totals:
            continue
        weight = weights.get(result.code, 1.0)
        totals[key][0] += weight * result.score
        totals[key][1] += weight
    scores: dict[str, int | None] = {
        key: (round(100 * num / den) if den else None) for key, (num, den) in totals.items()
    }
    present = [s for s in scores.values() if s is not None]
    overall = round(sum(present) / len(present)) if present else None
    return {"overall": overall, **scores}
