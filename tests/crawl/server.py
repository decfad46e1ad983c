"""A real HTTP server on 127.0.0.1 for crawl tests: static pages, redirects, slow answers,
429/503 with Retry-After, HEAD refused, and a log of every request it received."""

from __future__ import annotations

import gzip
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                      # seconds before answering
    head_status: int | None = None          # answer HEAD with this status instead
    before: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # answers given first


def page(html: str, **headers: str) -> Route:
    return Route(200, html.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8", **headers})


def redirect(location: str, status: int = 301) -> Route:
    return Route(status, b"", {"Location": location})


def gzipped_xml(xml: str) -> Route:
    return Route(200, gzip.compress(xml.encode("utf-8")), {"Content-Type": "application/x-gzip"})


def xml(text: str) -> Route:
    return Route(200, text.encode("utf-8"), {"Content-Type": "application/xml"})


class Site:
    """Routes by path (query ignored unless the full path is a route) and a request log."""

    def __init__(self, routes: dict[str, Route] | None = None,
                 dynamic: Callable[[str], Route | None] | None = None) -> None:
        self.routes = routes or {}
        self.dynamic = dynamic
        self.log: list[tuple[str, str]] = []
        self.agents: set[str] = set()
        self.active = 0
        self.max_active = 0
        self._lock = threading.Lock()
        self.base = ""

    def enter(self, agent: str) -> None:
        with self._lock:
            self.agents.add(agent)
            self.active += 1
            self.max_active = max(self.max_active, self.active)

    def leave(self) -> None:
        with self._lock:
            self.active -= 1

    def requests(self, method: str | None = None) -> list[str]:
        with self._lock:
            return [p for m, p in self.log if method is None or m == method]

    def answer(self, method: str, path: str) -> tuple[int, dict[str, str], bytes, float]:
        with self._lock:
            self.log.append((method, path))
            route = self.routes.get(path) or self.routes.get(path.split("?")[0])
            if route is None and self.dynamic is not None:
                route = self.dynamic(path)
            if route is None:
                return 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>", 0.0
            if route.before:
                status, headers = route.before.pop(0)
                return status, headers, b"", 0.0
        if method == "HEAD" and route.head_status is not None:
            return route.head_status, {}, b"", route.delay
        return route.status, dict(route.headers), route.body, route.delay


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, ssl.SSLError, TimeoutError)):
            return  # a client that timed out or hung up (the timeout tests do that on purpose)
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(site: Site, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (over https with ``tls``) and yield its base URL."""
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _respond(self, method: str) -> None:
            site.enter(self.headers.get("User-Agent", ""))
            try:
                self._answer(method)
            finally:
                site.leave()

        def _answer(self, method: str) -> None:
            status, headers, body, delay = site.answer(method, self.path)
            if delay:
                time.sleep(delay)
            try:
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value.replace("{base}", site.base))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if method != "HEAD":
                    self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def do_GET(self) -> None:
            self._respond("GET")

        def do_HEAD(self) -> None:
            self._respond("HEAD")

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = _Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site.base = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield site.base
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
