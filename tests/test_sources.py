from __future__ import annotations

import io
import socket
from pathlib import Path

import pytest

from seokit.errors import FetchError, InputError
from seokit.sources import decode, load, load_stream, load_url
from tests.httpserver import serve

HTML = ('<!doctype html><html lang="en"><head><title>Café</title></head>'
        "<body><p>Crème brûlée.</p></body></html>")


def test_declared_charset_wins() -> None:
    data = HTML.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    assert "Crème brûlée" in decode(data, "page.html")


def test_bom_decides_when_nothing_is_declared() -> None:
    assert decode("hello wörld".encode("utf-16"), "x") == "hello wörld"
    assert decode(b"\xef\xbb\xbfhello", "x") == "hello"


def test_legacy_single_byte_text_is_detected() -> None:
    text = ("Le café est très bon. Nous avons mangé une crème brûlée délicieuse à Paris, près de "
            "la gare. Où est la bibliothèque? Il était une fois un garçon.")
    assert decode(text.encode("cp1252"), "x") == text


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("Valid 한국어 then broken ".encode() + b"\xed\xa0\x80 bytes", "not valid UTF-8"),
    ],
)
def test_bad_bytes_are_input_errors(data: bytes, problem: str) -> None:
    with pytest.raises(InputError, match=problem) as info:
        decode(data, "bad.txt")
    assert str(info.value).startswith("bad.txt: ")


def test_paths(tmp_path: Path) -> None:
    page = tmp_path / "post.html"
    page.write_text(HTML, encoding="utf-8")
    loaded = load(str(page))
    assert (loaded.path, loaded.text) == (str(page), HTML)
    with pytest.raises(InputError, match="no such file"):
        load(str(tmp_path / "missing.md"))
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    with pytest.raises(InputError, match="limit"):
        load(big, max_bytes=1000)


def test_strings_are_content_unless_they_name_a_file() -> None:
    assert load("Just some words.").text == "Just some words."
    assert load("<p>x</p>").name == "<string>"


def test_stdin_stream() -> None:
    assert load_stream(io.BytesIO("héllo".encode()), "<stdin>").text == "héllo"


def test_fetch_html_with_charset_header() -> None:
    body = HTML.encode("latin-1", errors="replace").replace(b"Caf\xe9", "Café".encode("latin-1"))
    routes = {"/post": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, body),
              "/moved": (301, {"Location": "/post"}, b"")}
    with serve(routes) as base:
        loaded = load_url(f"{base}/moved", allow_private=True)
    assert loaded.url == f"{base}/post"
    assert loaded.media_type == "text/html"
    assert "Crème brûlée" in loaded.text


@pytest.mark.parametrize(
    ("routes", "path", "problem"),
    [
        ({}, "/nothing", "HTTP 404"),
        ({"/img": (200, {"Content-Type": "image/png"}, b"\x89PNG")}, "/img", "image/png"),
        ({"/loop": (302, {"Location": "/loop"}, b"")}, "/loop", "redirects"),
        ({"/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"a" * 5000)}, "/big", "limit"),
        ({"/down": (503, {"Content-Type": "text/plain"}, b"busy")}, "/down", "HTTP 503"),
    ],
)
def test_fetch_errors(routes: dict, path: str, problem: str) -> None:
    with serve(routes) as base:
        with pytest.raises(FetchError, match=problem) as info:
            load_url(base + path, max_bytes=4096, allow_private=True)
    assert str(info.value).startswith(base + path)


def test_unreachable_url() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="unreachable"):
        load_url(f"http://127.0.0.1:{port}/", timeout=(2, 2), allow_private=True)


def test_dns_failure_is_unreachable() -> None:
    # the test network guard makes every lookup but loopback fail, as an offline machine would
    with pytest.raises(FetchError, match="unreachable"):
        load_url("http://no-such-host.invalid/")


def _trickle(handler):  # type: ignore[no-untyped-def]
    import time

    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "40")
    handler.end_headers()
    for _ in range(40):
        handler.wfile.write(b"a")
        handler.wfile.flush()
        time.sleep(0.1)
    return None


def test_a_trickling_server_hits_the_total_deadline() -> None:
    import time

    from tests.httpserver import serve_raw

    with serve_raw({"/slow": _trickle}) as base:
        started = time.monotonic()
        with pytest.raises(FetchError, match="took too long"):
            load_url(base + "/slow", deadline=1.0, timeout=(2, 2), allow_private=True)
        assert time.monotonic() - started < 3.5


def test_a_gzip_bomb_stops_at_the_size_limit() -> None:
    import gzip

    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000)
    routes = {"/bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)}
    with serve(routes) as base:
        with pytest.raises(FetchError, match="larger than"):
            load_url(base + "/bomb", max_bytes=1_000_000, allow_private=True)


def test_robots_and_language_headers_reach_the_document() -> None:
    from seokit.audit import parse

    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Language": "en-GB",
               "X-Robots-Tag": "noindex"}
    with serve({"/p": (200, headers, HTML.encode())}) as base:
        doc = parse(base + "/p", allow_private=True)
    assert doc.meta.x_robots_tag == ("noindex",)
    assert doc.meta.content_language == "en-GB"
    assert doc.url == base + "/p"


def test_x_robots_tag_noindex_from_the_server_is_a_finding() -> None:
    import seokit
    from seokit.rules import all_rules

    code = next(c for c, r in all_rules().items() if r.name == "page-not-indexable")
    headers = {"Content-Type": "text/html; charset=utf-8", "X-Robots-Tag": "googlebot: noindex"}
    with serve({"/p": (200, headers, HTML.encode())}) as base:
        report = seokit.audit(base + "/p", config={"select": [code]}, allow_private=True)
    assert [f.code for f in report.findings] == [code]
