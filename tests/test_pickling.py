"""Reports cross from ``--jobs`` workers to the parent as pickles: the quick pickling of the
frozen dataclasses must give back equal objects that behave the same."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

import pytest

from seokit.audit import audit_document, parse, with_distinctive_terms
from seokit.document import Block, BlockKind, Segment, Span
from seokit.pickling import quick_pickle
from seokit.report.model import Report
from tests.conftest import EXAMPLE_ARTICLE

ONPAGE = Path(__file__).parent / "fixtures" / "onpage" / "defects.html"


def _round_trip(value: object) -> object:
    return pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def test_a_real_report_comes_back_equal() -> None:
    report = audit_document(parse(str(ONPAGE)), keyphrase="massage", count_terms=True)
    back = _round_trip(report)
    assert back == report
    assert back.to_dict() == report.to_dict()
    assert back.document.blocks and back.findings and back.metrics["links"].items


def test_a_block_maps_offsets_after_the_trip() -> None:
    # _starts is no constructor argument: __post_init__ must compute it again
    block = Block(0, BlockKind.PARAGRAPH, "ab  cd", Span(10, 30),
                  (Segment(0, 10, 2), Segment(4, 20, 2)))
    back = _round_trip(block)
    assert isinstance(back, Block) and back == block
    assert [back.source_offset(i) for i in range(6)] == [block.source_offset(i) for i in range(6)]
    assert back.source_offset(5) == 21


def test_a_one_field_class_and_defaults() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class One:
        value: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Two:
        a: int
        b: tuple[int, ...] = ()

    one, two = quick_pickle(One), quick_pickle(Two)
    assert one(3).__reduce__() == (one, (3,))
    assert two(1, (2,)).__reduce__() == (two, (1, (2,)))


def test_keyword_only_fields_are_refused() -> None:
    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class Named:
        value: int

    with pytest.raises(TypeError, match="keyword-only"):
        quick_pickle(Named)


def test_the_json_form_made_by_a_worker_is_the_one_made_at_the_end() -> None:
    report = audit_document(parse(str(ONPAGE)), keyphrase="massage", count_terms=True)
    ready = _round_trip(report.with_metrics_json())
    assert isinstance(ready, type(report)) and ready.metrics_json is not None
    assert ready.to_dict() == report.to_dict()
    # distinctive terms are added to a copy, never to the shared JSON form
    other = audit_document(parse(str(EXAMPLE_ARTICLE)), count_terms=True)
    with_terms = with_distinctive_terms([ready, other])[0]
    assert "distinctive" in with_terms.to_dict()["keywords"]
    assert "distinctive" not in ready.to_dict()["keywords"]
    # new metrics (a crawl adds link statuses): the JSON made from the old ones is not used
    fewer = dataclasses.replace(ready, metrics={k: v for k, v in ready.metrics.items()
                                                if k != "links"})
    assert "links" in ready.to_dict() and "links" not in fewer.to_dict()
    assert Report((with_terms,)).to_json() == Report(
        (with_distinctive_terms([report, other])[0],)).to_json()
