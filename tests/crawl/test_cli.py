"""``seokit crawl`` and ``seokit links`` end to end, against servers on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from seokit.cli import main
from seokit.report import FORMATS
from tests.crawl.conftest import Served
from tests.crawl.server import Route, Site, page, serve
from tests.crawl.sites import html, prose


def test_crawl_command_writes_the_site_report_and_fails_on_errors(
        clinic: Served, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "site.json"
    code = main(["crawl", clinic.base + "/", "--db", str(tmp_path / "c.sqlite"), "--format", "json",
                 "--allow-private", "--output", str(out), "--timeout", "1", "--retries", "0",
                 "--max-per-pattern", "3", "--no-progress", "--check-external"])
    assert code == 1  # SI101 broken internal links are errors
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["site"]["root"] == clinic.base + "/"
    assert {"SI101", "SI102", "SI108"} <= {f["code"] for f in report["site"]["findings"]}
    assert len(report["documents"]) == len([p for p in report["site"]["pages"] if p["title"]])
    assert capsys.readouterr().err == ""
    assert main(["crawl", clinic.base + "/", "--db", str(tmp_path / "c.sqlite"), "--resume", "--format",
                 "json", "--allow-private", "--output", str(tmp_path / "again.json"), "--no-progress",
                 "--fail-on", "error", "--ignore", "SI101,SI105", "--no-documents"]) == 0
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["documents"] == [] and "SI101" not in {f["code"] for f in again["site"]["findings"]}


def test_default_store_progress_bar_and_select(clinic: Served, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["crawl", clinic.base + "/", "--max-depth", "1", "--timeout", "1", "--retries", "0",
                 "--allow-private", "--progress", "--select", "SI108,LN101", "--format", "json"])
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert code == 0
    assert {f["code"] for f in report["site"]["findings"]} == {"SI108"}
    assert {f["code"] for d in report["documents"] for f in d["findings"]} <= {"LN101"}
    assert "crawling" in captured.err
    port = clinic.base.rsplit(":", 1)[1]
    assert (tmp_path / ".seokit" / f"crawl-127.0.0.1_{port}.sqlite").is_file()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_report_format_renders_a_crawl(fmt: str, tmp_path: Path) -> None:
    site = Site({"/": page(html("Home", prose(0) + '<a href="/a.html">A</a> <a href="/gone">Gone</a>')),
                 "/a.html": page(html("A", prose(1)))})
    with serve(site) as base:
        code = main(["crawl", base + "/", "--db", str(tmp_path / "f.sqlite"), "--format", fmt,
                     "--output", str(tmp_path / f"out.{fmt}"), "--no-progress", "--allow-private"])
    assert code == 1 and (tmp_path / f"out.{fmt}").read_text(encoding="utf-8").strip()


def test_crawl_of_a_folder_and_bad_starts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text(html("Home", prose(0) + '<a href="nope.html">x</a>'),
                                                  encoding="utf-8")
    assert main(["crawl", str(tmp_path / "site"), "--db", str(tmp_path / "f.sqlite"), "--format", "json",
                 "--no-progress", "--fail-on", "warning"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["site"]["broken_links"][0]["target"] == "http://localhost/nope.html"
    assert main(["crawl", str(tmp_path / "missing"), "--no-progress"]) == 2
    assert "neither an http(s) URL nor a folder" in capsys.readouterr().err


def test_links_check_reports_problems_at_the_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/ok": page("ok"), "/moved": Route(301, b"", {"Location": "/ok"}),
                 "/gone": Route(404),
                 "/no-head": Route(200, b"ok", {"Content-Type": "text/html"}, head_status=405)})
    with serve(site) as base:
        doc = tmp_path / "post.html"
        doc.write_text(f'<p>See <a href="{base}/ok">the guide</a>.</p>\n'
                       f'<p>And <a href="{base}/gone">the old guide</a> or '
                       f'<a href="{base}/moved">this</a>.</p>\n'
                       f'<p><a href="{base}/no-head">A picky server</a> <a href="local.html">Local</a> '
                       '<a href="missing.html">Missing</a></p>\n', encoding="utf-8")
        (tmp_path / "local.html").write_text("<p>local</p>", encoding="utf-8")
        other = tmp_path / "other.md"
        other.write_text(f"Also [the old guide]({base}/gone).\n", encoding="utf-8")
        code = main(["links", str(doc), str(other), "--check", "--format", "json", "--allow-private"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    lines = doc.read_text(encoding="utf-8").splitlines()
    found = {(f["code"], f["line"], f["column"]) for f in report["documents"][0]["findings"]}
    # a local file's web links are external; its relative links are checked on disk
    assert found == {("SI102", 2, lines[1].index("the old guide") + 1),
                     ("LN101", 2, lines[1].index("this") + 1),  # "this" is generic link text
                     ("SI101", 3, lines[2].index("Missing") + 1)}
    items = {i["href"].rsplit("/", 1)[-1]: i["status"] for i in report["documents"][0]["links"]["items"]}
    assert items == {"ok": 200, "gone": 404, "moved": 200, "no-head": 200, "local.html": 200,
                     "missing.html": 404}
    assert [(f["code"], f["line"]) for f in report["documents"][1]["findings"]] == [("SI102", 1)]
    assert site.requests().count("/gone") == 2  # HEAD then GET, once for both documents


def test_links_without_check_uses_no_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = tmp_path / "post.html"
    doc.write_text(f'<html lang="en">{prose(3)}<p><a href="https://spam.example/">칠곡출장마사지</a> '
                   '<a href="/x">click here</a></p></html>', encoding="utf-8")
    assert main(["links", str(doc), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {f["code"] for f in report["documents"][0]["findings"]} == {"LN101", "LN107"}
    assert all(i["status"] is None for i in report["documents"][0]["links"]["items"])


def test_a_start_page_that_cannot_be_crawled_is_an_input_error(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    site = Site({"/robots.txt": Route(200, b"User-agent: *\nDisallow: /\n", {"Content-Type": "text/plain"})})
    with serve(site) as base:
        assert main(["crawl", base + "/", "--db", str(tmp_path / "a.sqlite"), "--no-progress",
                     "--format", "json", "--allow-private"]) == 2
        report = json.loads(capsys.readouterr().out)
        assert report["errors"] == [{"source": base + "/", "error": "disallowed by robots.txt"}]
        assert site.requests() == ["/robots.txt"]  # nothing else: every path is disallowed
        assert main(["crawl", base + "/missing", "--db", str(tmp_path / "b.sqlite"), "--no-progress",
                     "--ignore-robots", "--allow-private"]) == 2
        assert "answers HTTP 404" in capsys.readouterr().err
    assert "/missing" in site.requests()
