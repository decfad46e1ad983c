"""Misbehaving servers on 127.0.0.1 for the network-fault tests, beside the well-behaved ones in
``tests/httpserver.py`` and ``tests/crawl/server.py``: a port whose connections are never
accepted, one that accepts and never answers, and handlers for ``serve_raw`` that trickle,
never end, or stall."""

from __future__ import annotations

import functools
import gzip
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

PATIENCE = 30.0  # seconds a misbehaving handler keeps at it before giving up on its own

RawHandler = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def never_accepts() -> Iterator[str]:
    """A URL whose connections time out: the listening socket's accept queue is full and
    nothing accepts, so Linux drops further SYNs and connect() waits (with
    tcp_abort_on_overflow=1 it would be refused instead, and this fixture says so)."""
    with ExitStack() as stack:
        server = stack.enter_context(socket.socket())
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        address = server.getsockname()
        for _ in range(16):
            filler = stack.enter_context(socket.socket())
            filler.setblocking(False)
            try:
                filler.connect(address)
            except BlockingIOError:
                pass
            with socket.socket() as probe:
                probe.settimeout(0.2)
                try:
                    probe.connect(address)
                except TimeoutError:
                    break  # full: connects now hang
                except ConnectionRefusedError as exc:
                    raise AssertionError("this kernel refuses instead of dropping SYNs") from exc
        else:
            raise AssertionError("could not fill the accept queue")
        yield f"http://127.0.0.1:{address[1]}/"


@contextmanager
def never_answers() -> Iterator[str]:
    """A URL that accepts connections (the kernel completes the handshake into a roomy
    backlog) and never says a word."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(64)
        yield f"http://127.0.0.1:{server.getsockname()[1]}/"


def _until_gone(handler: BaseHTTPRequestHandler, piece: bytes, pause: float) -> None:
    ends = time.monotonic() + PATIENCE
    while time.monotonic() < ends:
        handler.wfile.write(piece)
        handler.wfile.flush()
        time.sleep(pause)


def trickle_headers(handler: BaseHTTPRequestHandler) -> None:
    """A status line, then one header byte every 50 ms: the read timeout never trips."""
    handler.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
    _until_gone(handler, b"a", 0.05)


def trickle_body(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    _until_gone(handler, b"a", 0.05)


def endless_body(handler: BaseHTTPRequestHandler) -> None:
    """HTML that never ends (no Content-Length, the connection is never closed)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    _until_gone(handler, b"<p>" + b"a" * 65536 + b"</p>", 0.0)


def cut_short(handler: BaseHTTPRequestHandler) -> None:
    """Promises 100,000 bytes, sends ten and hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<p>short</p>")
    handler.close_connection = True


def stall(release: threading.Event) -> RawHandler:
    """Reads the request and answers nothing until ``release`` is set."""
    def handle(handler: BaseHTTPRequestHandler) -> None:
        release.wait(PATIENCE)
    return handle


def fail_invalid_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names under .invalid fail as a real resolver fails them (RFC 6761), not with the test
    network guard's own message: the message seokit prints is the one users would see."""
    guarded = socket.getaddrinfo

    def resolve(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return guarded(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)


@functools.cache
def gzip_bomb(megabytes: int = 50) -> tuple[int, dict[str, str], bytes]:
    """A small gzip body that inflates to ``megabytes`` of HTML (a route for ``serve``)."""
    body = gzip.compress(b"<p>" + b"a" * (megabytes * 1_000_000), compresslevel=9)
    return 200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, body
