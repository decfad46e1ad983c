"""``seokit audit URL`` against misbehaving servers on 127.0.0.1, and the private-address guard.

Each fault must end in one line naming the URL and what went wrong, within its limit: the time
bounds below are generous hang guards, not speed tests.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest

from seokit import netguard
from seokit.cli import main
from seokit.errors import FetchError, InputError
from seokit.sources import load_url
from tests import faultserver
from tests.httpserver import serve, serve_raw

HTML = ('<!doctype html><html lang="en"><head><title>Café</title></head>'
        "<body><p>Crème brûlée.</p></body></html>")
HANG_GUARD = 10.0


def _routes() -> dict[str, Any]:
    chain = {f"/chain{i}": (302, {"Location": f"/chain{i + 1}"}, b"") for i in range(15)}
    return {
        "/loop": (302, {"Location": "/loop2"}, b""), "/loop2": (302, {"Location": "/loop"}, b""),
        **chain, "/chain15": (200, {"Content-Type": "text/html"}, HTML.encode()),
        "/busy": (429, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"slow down"),
        "/error": (500, {"Content-Type": "text/html"}, b"<p>oops</p>"),
        "/bad-gateway": (502, {"Content-Type": "text/html"}, b""),
        "/png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
        "/pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
        "/empty": (200, {"Content-Type": "text/html"}, b""),
        "/bomb": faultserver.gzip_bomb(),
    }


@contextmanager
def _plain(path: str) -> Iterator[str]:
    with serve(_routes()) as base:
        yield base + path


@contextmanager
def _raw(handler: faultserver.RawHandler) -> Iterator[str]:
    with serve_raw({"/x": handler}) as base:
        yield base + "/x"


@contextmanager
def _stalled() -> Iterator[str]:
    release = threading.Event()
    try:
        with _raw(faultserver.stall(release)) as url:
            yield url
    finally:
        release.set()


@contextmanager
def _fixed(url: str) -> Iterator[str]:
    yield url


Server = Callable[[], AbstractContextManager[str]]
FAULTS: list[tuple[str, Server, dict[str, Any], str]] = [
    ("connect timeout", faultserver.never_accepts, {"timeout": (0.5, 0.5)},
     r"timed out connecting \(no answer in 0.5 s\)"),
    ("read timeout", faultserver.never_answers, {"timeout": (2, 0.5)},
     r"timed out \(the server sent nothing for 0.5 s\)"),
    ("stalled handler", _stalled, {"timeout": (2, 0.5)}, r"timed out \(the server sent nothing"),
    ("trickled headers", lambda: _raw(faultserver.trickle_headers), {"deadline": 1.0},
     "took too long to download"),
    ("trickled body", lambda: _raw(faultserver.trickle_body), {"deadline": 1.0},
     "took too long to download"),
    ("endless body", lambda: _raw(faultserver.endless_body), {"max_bytes": 200_000},
     "response is larger than the 200,000-byte limit"),
    ("gzip bomb", lambda: _plain("/bomb"), {"max_bytes": 1_000_000},
     "response is larger than the 1,000,000-byte limit"),
    ("body cut short", lambda: _raw(faultserver.cut_short), {},
     "the connection broke before the whole response arrived"),
    ("redirect loop", lambda: _plain("/loop"), {}, "more than 10 redirects"),
    ("long redirect chain", lambda: _plain("/chain0"), {}, "more than 10 redirects"),
    ("short limit on redirects", lambda: _plain("/chain10"), {"max_redirects": 3}, "more than 3 redirects"),
    ("429", lambda: _plain("/busy"), {}, "HTTP 429 Too Many Requests"),
    ("500", lambda: _plain("/error"), {}, "HTTP 500 Internal Server Error"),
    ("502", lambda: _plain("/bad-gateway"), {}, "HTTP 502 Bad Gateway"),
    ("DNS failure", lambda: _fixed("http://no-such-host.invalid/"), {},
     r"unreachable \(name or service not known\)"),
    ("image", lambda: _plain("/png"), {}, "is image/png, not an HTML or text document"),
    ("PDF", lambda: _plain("/pdf"), {}, "is application/pdf, not an HTML or text document"),
    ("empty body", lambda: _plain("/empty"), {}, "is empty"),
]


@pytest.mark.parametrize(("server", "options", "problem"), [f[1:] for f in FAULTS],
                         ids=[f[0] for f in FAULTS])
def test_each_fault_is_one_line_naming_the_url_within_its_limit(
        server: Server, options: dict[str, Any], problem: str, monkeypatch: pytest.MonkeyPatch) -> None:
    faultserver.fail_invalid_names(monkeypatch)
    with server() as url:
        started = time.monotonic()
        with pytest.raises(InputError) as info:  # FetchError, or InputError for the body
            load_url(url, allow_private=True, **options)
        elapsed = time.monotonic() - started
    message = str(info.value)
    assert message.startswith(url + ": ") and "\n" not in message
    assert re.search(problem, info.value.problem), message
    assert elapsed < HANG_GUARD, f"{message} after {elapsed:.1f} s"


def test_the_cli_prints_one_line_per_fault_and_goes_on(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    faultserver.fail_invalid_names(monkeypatch)
    with serve({**_routes(), "/ok": (200, {"Content-Type": "text/html"}, HTML.encode())}) as base:
        inputs = [base + p for p in ("/error", "/pdf", "/loop", "/ok")] + ["http://no-such-host.invalid/"]
        code = main(["audit", *inputs, "--allow-private", "--format", "json", "--select", "MT"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.splitlines() == [
        f"seokit: error: {base}/error: HTTP 500 Internal Server Error",
        f"seokit: error: {base}/pdf: is application/pdf, not an HTML or text document",
        f"seokit: error: {base}/loop: more than 10 redirects",
        "seokit: error: http://no-such-host.invalid/: unreachable (name or service not known)",
    ]
    assert '"url": "' + base + '/ok"' in captured.out  # the good URL was still audited


def test_an_unknown_charset_falls_back_to_what_the_bytes_say() -> None:
    routes = {"/utf8": (200, {"Content-Type": "text/html; charset=bogus-charset"}, HTML.encode()),
              "/latin": (200, {"Content-Type": "text/html; charset=x-no-such"},
                         HTML.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1"))}
    with serve(routes) as base:
        utf8 = load_url(base + "/utf8", allow_private=True)
        latin = load_url(base + "/latin", allow_private=True)
    assert "Crème brûlée" in utf8.text and utf8.charset is None
    assert "Crème brûlée" in latin.text


# -- the private-address guard -----------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
    "100.64.0.1", "0.0.0.0", "224.0.0.251", "240.0.0.1", "255.255.255.255", "198.18.0.1",
    "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1",
    "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1",
    "2002:7f00:1::1", "2002:a00:1::1", "2001:db8::1",
])
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not netguard.is_public_address(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111",
                                     "::ffff:8.8.8.8", "64:ff9b::808:808", "2a00:1450:4001::200e"])
def test_public_addresses_pass(address: str) -> None:
    assert netguard.is_public_address(ipaddress.ip_address(address))


def _recording_routes(seen: list[str]) -> dict[str, Any]:
    def page(handler: Any) -> tuple[int, dict[str, str], bytes]:
        seen.append(handler.path)
        return 200, {"Content-Type": "text/html"}, HTML.encode()
    return {"/": page}


def test_audit_refuses_a_loopback_url_unless_allowed(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[str] = []
    with serve(_recording_routes(seen)) as base:
        assert main(["audit", base + "/", "--format", "json"]) == 2
        assert capsys.readouterr().err == (
            f"seokit: error: {base}/: refusing to fetch a private address (127.0.0.1); "
            "pass --allow-private to audit local servers\n")
        assert seen == []  # refused before connecting
        assert main(["audit", base + "/", "--format", "json", "--allow-private"]) in (0, 1)
        assert seen == ["/"]


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pretend 127.0.0.1 (only) is on the internet, so that a test server can play a public
    site whose redirects and DNS answers lead to private addresses."""
    judge = netguard.is_public_address
    monkeypatch.setattr(netguard, "is_public_address",
                        lambda a: a == ipaddress.ip_address("127.0.0.1") or judge(a))


@pytest.mark.parametrize(("location", "address"), [
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://10.1.2.3:8080/admin", "10.1.2.3"),
    ("http://127.0.0.2:{port}/", "127.0.0.2"),
    ("http://[::1]:{port}/", "::1"),
    ("http://[::ffff:127.0.0.2]:{port}/", "::ffff:127.0.0.2"),
])
def test_a_redirect_to_a_private_address_is_refused_at_its_hop(
        location: str, address: str, loopback_is_public: None) -> None:
    routes: dict[str, Any] = {}
    with serve(routes) as base:
        routes["/go"] = (302, {"Location": location.format(port=base.rsplit(":", 1)[1])}, b"")
        with pytest.raises(FetchError) as info:
            load_url(base + "/go")  # the first hop is "public", and is fetched
    assert info.value.problem == (f"refusing to fetch a private address ({address}); "
                                  "pass --allow-private to audit local servers")


def test_dns_rebinding_is_caught_on_the_connection(loopback_is_public: None,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """rebind.test first resolves to the "public" 127.0.0.1, then to 10.0.0.7: the second
    connection (the server closes each one) is judged on its own answer."""
    answers = iter(["127.0.0.1"])
    guarded = socket.getaddrinfo

    def resolve(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            address = next(answers, "10.0.0.7")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port)))]
        return guarded(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    routes: dict[str, Any] = {"/a": (302, {"Location": "/b"}, b""),
                              "/b": (200, {"Content-Type": "text/html"}, HTML.encode())}
    with serve(routes) as base:
        url = base.replace("127.0.0.1", "rebind.test") + "/a"
        with pytest.raises(FetchError, match=r"private address \(rebind.test is 10.0.0.7\)"):
            load_url(url)


def test_allow_private_lets_every_local_address_through() -> None:
    with serve({"/": (200, {"Content-Type": "text/html"}, HTML.encode())}) as base:
        assert "Crème" in load_url(base + "/", allow_private=True).text
        with pytest.raises(FetchError, match="private address"):
            load_url(base + "/")


def test_the_guard_covers_https_connections(tmp_path: Any, loopback_is_public: None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    from tests.crawl.server import Site, page, redirect
    from tests.crawl.server import serve as serve_site
    from tests.crawl.siterun import make_certificate

    cert, key = make_certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(cert))
    site = Site({"/": page(HTML), "/away": redirect("https://10.9.8.7/")})
    with serve_site(site, tls=context) as base:
        assert "Crème" in load_url(base + "/").text  # verified TLS to the "public" 127.0.0.1
        with pytest.raises(FetchError, match=r"private address \(10.9.8.7\)"):
            load_url(base + "/away")
    assert site.requests() == ["/", "/away"]
