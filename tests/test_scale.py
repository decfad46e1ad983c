"""Scale-out on Dask (``seokit batch``): a real two-worker LocalCluster audits files, a URL and
the records of a WARC file built here, and the results must equal the in-process audit."""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import Client, LocalCluster
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import seokit
from seokit.cli import main
from seokit.scale import dask_runner
from seokit.scale.inputs import Entry, Kind, Task, expand, scan_warc, tasks
from seokit.scale.work import Job, run_task
from tests.conftest import EXAMPLE_ARTICLE, ROOT
from tests.httpserver import serve

KEYPHRASE = "massage therapy"
PAGES: dict[str, tuple[dict[str, str], bytes]] = {
    "/a": ({"Content-Type": "text/html; charset=utf-8", "Content-Language": "en"},
           b"<html lang='en'><head><title>Massage therapy for back pain</title>"
           b"<meta name='description' content='What massage therapy does for back pain.'></head>"
           b"<body><h1>Massage therapy</h1><p>Massage therapy eases back pain for many people. "
           b"A trained therapist works the muscles. See <a href='/b'>our prices</a>.</p></body></html>"),
    # cp1252 declared only in the header: decoding it as UTF-8 would fail
    "/b": ({"Content-Type": "text/html; charset=windows-1252", "X-Robots-Tag": "noindex"},
           "<html><head><title>Caf\u00e9 \u201cprices\u201d</title></head><body><h1>Prices</h1>"
           "<p>Our caf\u00e9 serves \u201cgood\u201d coffee and tea after each massage.</p></body>"
           "</html>".encode("cp1252")),
    "/c": ({"Content-Type": "text/plain"},
           b"Plain text notes about massage therapy. They have two sentences only."),
}


def _page(status: str, headers: dict[str, str], body: bytes, url: str, writer: WARCWriter) -> None:
    http = StatusAndHeaders(status, list(headers.items()), protocol="HTTP/1.1")
    # with its length given, warcio needs no temporary file to measure the payload
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                  length=len(body), http_headers=http))


def build_warc(path: Path, base: str) -> None:
    """Common Crawl's shape: warcinfo, then request/response pairs, an image among the pages."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for route, (headers, body) in PAGES.items():
            request = StatusAndHeaders(f"GET {route} HTTP/1.1", [("Host", "127.0.0.1")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(f"{base}{route}", "request",
                                                          http_headers=request))
            _page("200 OK", headers, body, f"{base}{route}", writer)
            if route == "/a":
                _page("200 OK", {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n", f"{base}/x.png",
                      writer)
        _page("404 Not Found", {"Content-Type": "text/html"}, b"<p>gone</p>", f"{base}/gone", writer)


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as local:
        yield local


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    routes: dict[str, Any] = {route: (200, headers, body) for route, (headers, body) in PAGES.items()}
    with serve(routes) as base:
        yield base


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, site: str) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus")
    files = {
        "article": folder / "massage-therapy.txt",
        "markdown": folder / "post.md",
        "html": folder / "page.html",
        "text": folder / "notes.txt",
        "bad": folder / "broken.txt",
        "warc": folder / "crawl.warc.gz",
    }
    shutil.copy(EXAMPLE_ARTICLE, files["article"])
    files["markdown"].write_text("---\ntitle: Massage at home\n---\n# Massage at home\n\n"
                                 "Massage therapy at home is easy to learn. Start slowly and "
                                 "ask for feedback.\n\n## Tools\n\nA mat and some oil.\n", "utf-8")
    files["html"].write_text("<html lang='en'><head><title>Sports massage</title></head><body>"
                             "<h1>Sports massage</h1><p>Sports massage helps athletes recover."
                             "</p></body></html>", "utf-8")
    files["text"].write_text("A short note. It has no keyphrase at all.\n", "utf-8")
    files["bad"].write_bytes(b"\x00\x01\x02 binary")
    build_warc(files["warc"], site)
    return files


def _expected(source: Any, keyphrase: str | None = KEYPHRASE) -> dict[str, Any]:
    document: dict[str, Any] = seokit.audit(source, keyphrase=keyphrase).to_dict()["documents"][0]
    return document


def _without_input(result: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in result.items() if key != "input"}


def _fetched(url: str) -> dict[str, Any]:
    """The in-process audit of a live fetch of ``url`` (the test server is on loopback)."""
    report = seokit.audit(url, keyphrase=KEYPHRASE, allow_private=True)
    document: dict[str, Any] = report.to_dict()["documents"][0]
    return document


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _warc_offsets(path: Path) -> list[int]:
    return [entry.offset for entry in scan_warc(str(path)) if entry.offset is not None]


def test_batch_on_the_cluster_equals_the_in_process_audit(
        cluster: LocalCluster, corpus: dict[str, Path], site: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)  # no config file above the working folder
    names = ["article", "markdown", "bad", "html", "text", "warc"]
    inputs = [str(corpus[name]) for name in names] + [f"{site}/a"]
    out = tmp_path / "results.jsonl"
    code = main(["batch", *inputs, "--output", str(out), "--scheduler", cluster.scheduler_address,
                 "--keyphrase", KEYPHRASE, "--allow-private", "--chunk-size", "2"])
    assert code == 2  # the broken file failed; the rest were still audited
    results = _lines(out)
    offsets = _warc_offsets(corpus["warc"])
    assert len(offsets) == 3  # the image, the 404, the requests and the warcinfo are skipped
    warc_inputs = [f"{corpus['warc']}#{offset}" for offset in offsets]
    assert [r["input"] for r in results] == inputs[:5] + warc_inputs + [f"{site}/a"]
    for result, name in zip(results, names[:5], strict=False):
        if name == "bad":
            assert result == {"input": str(corpus["bad"]),
                              "error": "looks like binary data (it contains NUL bytes), not text"}
        else:
            assert _without_input(result) == _expected(corpus[name])
    # a WARC record is audited exactly like the same page fetched live, headers included
    for result, route in zip(results[5:8], PAGES, strict=True):
        assert _without_input(result) == _fetched(f"{site}{route}")
        assert result["url"] == f"{site}{route}"
    assert results[6]["structure"]["title"] == "Café “prices”"  # the header's charset was used
    assert _without_input(results[8]) == _fetched(f"{site}/a")
    err = capsys.readouterr().err
    assert f"seokit: error: {corpus['bad']}: looks like binary data" in err
    assert "8 document(s) audited, 1 failed" in err


def test_parquet_output_has_a_row_per_input_and_the_fixed_schema(
        cluster: LocalCluster, corpus: dict[str, Path], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    from seokit.scale.sinks import PARQUET_COLUMNS, ParquetSink, parquet_schema

    monkeypatch.chdir(tmp_path)
    inputs = [str(corpus[name]) for name in ("article", "bad", "html", "warc")]
    jsonl = tmp_path / "r.jsonl"
    assert main(["batch", *inputs, "-o", str(jsonl), "--scheduler", cluster.scheduler_address]) == 2
    out = tmp_path / "r.parquet"
    assert main(["batch", *inputs, "-o", str(out), "--scheduler", cluster.scheduler_address]) == 2
    table = pq.read_table(out)
    assert table.schema.equals(parquet_schema())
    assert table.column_names == [name for name, _ in PARQUET_COLUMNS]
    rows = table.to_pylist()
    expected = _lines(jsonl)
    assert [row["input"] for row in rows] == [r["input"] for r in expected]
    for row, result in zip(rows, expected, strict=True):
        if "error" in result:
            assert row["error"] == result["error"] and row["score"] is None
            continue
        severities = Counter(f["severity"] for f in result["findings"])
        assert row == {
            "input": result["input"], "source": result["source"], "url": result.get("url"),
            "format": result["format"], "language": result["language"]["language"],
            "score": result["scores"]["overall"], "word_count": result["readability"]["words"],
            "findings_count": len(result["findings"]), "error_findings": severities["error"],
            "warning_findings": severities["warning"], "info_findings": severities["info"],
            "scores": json.dumps(result["scores"], separators=(",", ":")),
            "findings": json.dumps(result["findings"], ensure_ascii=False, separators=(",", ":")),
            "error": None,
        }
    # row groups are written as results stream in, not once at the end
    sink = ParquetSink(tmp_path / "groups.parquet", row_group=2)
    for result in expected:
        sink.write([result])
    sink.close()
    assert pq.ParquetFile(tmp_path / "groups.parquet").metadata.num_row_groups == 3
    assert pq.read_table(tmp_path / "groups.parquet").equals(table)


def test_results_keep_input_order_with_a_small_window(cluster: LocalCluster,
                                                      corpus: dict[str, Path]) -> None:
    entries = [Entry(Kind.FILE, str(corpus[name])) for name in ("html", "text", "markdown")] * 4
    with Client(cluster.scheduler_address) as client:
        streamed = list(dask_runner.stream_results(client, tasks(entries), Job(), window=2))
    assert [r["input"] for results in streamed for r in results] == [e.source for e in entries]
    assert _without_input(streamed[0][0]) == _expected(corpus["html"], keyphrase=None)


def test_the_embedded_local_cluster_is_the_default(corpus: dict[str, Path], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "one.jsonl"
    code = main(["batch", str(corpus["html"]), "-o", str(out), "--workers", "1", "--fail-on", "info"])
    [result] = _lines(out)
    assert _without_input(result) == _expected(corpus["html"], keyphrase=None)
    assert code == (1 if result["findings"] else 0)


def test_a_crash_inside_one_audit_becomes_that_inputs_error_record(
        corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    audit_module = sys.modules["seokit.audit"]  # the package's `audit` is the function
    real = audit_module.audit_document

    def flaky(document: Any, **kwargs: Any) -> Any:
        if document.path and document.path.endswith("page.html"):
            raise RuntimeError("boom")
        return real(document, **kwargs)

    monkeypatch.setattr(audit_module, "audit_document", flaky)
    entries = (Entry(Kind.FILE, str(corpus["html"])), Entry(Kind.FILE, str(corpus["text"])),
               Entry(Kind.URL, "ftp-less nonsense", error="not an input"))
    results = run_task(Task(entries), Job())
    assert results[0] == {"input": str(corpus["html"]),
                          "error": "internal error (RuntimeError: boom); please report it"}
    assert _without_input(results[1]) == _expected(corpus["text"], keyphrase=None)
    assert results[2] == {"input": "ftp-less nonsense", "error": "not an input"}


def test_a_failed_dask_task_is_an_error_record_per_entry() -> None:
    class Lost:
        def result(self) -> Any:
            raise RuntimeError("worker died")

    task = Task((Entry(Kind.WARC, "c.warc.gz", offset=0), Entry(Kind.WARC, "c.warc.gz", offset=9)))
    assert dask_runner._outcome(Lost(), task) == [
        {"input": f"c.warc.gz#{offset}", "error": "the Dask task failed (RuntimeError: worker died)"}
        for offset in (0, 9)]


def test_inputs_expand_lists_folders_and_warc_records_into_tasks(
        corpus: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    nested = tmp_path / "more.txt"
    nested.write_text(f"{corpus['html']}\n", "utf-8")
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"# comment\n\n{corpus['text']}\nhttps://example.com/x\n@{nested}\n"
                       "@missing.txt\n", "utf-8")
    skipped: Counter[str] = Counter()
    entries = list(expand([f"@{listing}", str(corpus["warc"]), str(corpus["warc"].parent)],
                          lambda path: False, skipped))
    addresses = [e.address for e in entries]
    offsets = _warc_offsets(corpus["warc"])
    records = [f"{corpus['warc']}#{offset}" for offset in offsets]
    assert addresses[:4] == [str(corpus["text"]), "https://example.com/x", str(corpus["html"]),
                             "@missing.txt"]
    assert entries[3].error is not None and "cannot read the input list" in entries[3].error
    assert addresses[4:7] == records
    # the folder: its content files and the WARC file's records, sorted by name
    assert set(addresses[7:]) == {str(corpus[n]) for n in ("article", "markdown", "html", "text",
                                                           "bad")} | set(records)
    assert skipped == Counter({"request records": 6, "warcinfo records": 2,
                               "responses that are not HTML or text": 2,
                               "responses with a non-2xx status": 2})
    # two to a task, and a task's WARC records all come from one file, opened once
    grouped = list(tasks(entries, chunk_size=2))
    assert [len(t.entries) for t in grouped] == [2, 2, 2, 1, 1, 2, 1, 2, 2]
    assert [e for t in grouped for e in t.entries] == entries
    assert [t.entries[0].kind for t in grouped] == [Kind.FILE, Kind.FILE, Kind.WARC, Kind.WARC,
                                                     Kind.FILE, Kind.WARC, Kind.WARC, Kind.FILE,
                                                     Kind.FILE]


def test_a_damaged_warc_file_is_an_error_after_its_good_records(corpus: dict[str, Path],
                                                                 tmp_path: Path) -> None:
    data = corpus["warc"].read_bytes()
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(data[: _warc_offsets(corpus["warc"])[2]] + b"\x1f\x8b garbage")
    entries = list(scan_warc(str(damaged)))
    assert [e.offset for e in entries[:2]] == _warc_offsets(corpus["warc"])[:2]
    assert entries[-1].error is not None
    assert entries[-1].error.startswith("not a readable WARC file (after 2 record(s): ")
    garbage = tmp_path / "garbage.warc"
    garbage.write_text("this is not a WARC file\n", "utf-8")
    [entry] = scan_warc(str(garbage))
    assert entry.error is not None and entry.error.startswith("not a readable WARC file")


def test_a_wrong_offset_is_an_error_record(corpus: dict[str, Path]) -> None:
    entry = Entry(Kind.WARC, str(corpus["warc"]), offset=0)  # the warcinfo record
    [result] = run_task(Task((entry,)), Job())
    assert result == {"input": f"{corpus['warc']}#0",
                      "error": "is not an auditable record (warcinfo records)"}


def test_a_mismatched_worker_version_is_refused(cluster: LocalCluster, corpus: dict[str, Path],
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(dask_runner, "__version__", "0.0.0-client")
    out = tmp_path / "never.jsonl"
    code = main(["batch", str(corpus["html"]), "-o", str(out), "--scheduler",
                 cluster.scheduler_address])
    assert code == 2 and not out.exists()
    assert "this is 0.0.0-client; install the same seokit on every worker" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_one_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", "1s")
    code = main(["batch", str(tmp_path), "-o", str(tmp_path / "x.jsonl"),
                 "--scheduler", f"tcp://127.0.0.1:{port}"])
    [line] = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert line.startswith(f"seokit: error: tcp://127.0.0.1:{port}: cannot connect to the Dask "
                           "scheduler (")


def test_an_unknown_output_format_is_a_usage_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "results.csv")]) == 2
    assert "must end in .jsonl, .ndjson or .parquet" in capsys.readouterr().err


def test_without_the_extra_the_command_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(EXAMPLE_ARTICLE), "-o", str(out)]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("seokit: error: seokit batch: needs the optional dependency 'distributed'")
    assert line.endswith("pip install 'seokit[dask]'")
    assert not out.exists()


def test_seokit_and_its_cli_import_no_scale_out_library() -> None:
    code = ("import sys, seokit, seokit.cli; seokit.cli.build_parser(); "
            "print(sorted(m for m in ('dask', 'distributed', 'warcio', 'pyarrow') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout
    assert out.strip() == "[]"


def test_urls_on_private_addresses_need_allow_private(site: str) -> None:
    entry = Entry(Kind.URL, f"{site}/a")
    [refused] = run_task(Task((entry,)), Job())
    [audited] = run_task(Task((entry,)), Job(allow_private=True))
    assert refused["input"] == f"{site}/a" and "private" in refused["error"]
    expected = seokit.audit(f"{site}/a", allow_private=True).to_dict()["documents"][0]
    assert _without_input(audited) == expected
