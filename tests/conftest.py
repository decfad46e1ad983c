"""Shared fixtures. Tests never reach the internet: a guard makes any non-loopback
connection fail loudly, so 'offline' is proven, not assumed."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_ARTICLE = ROOT / "examples" / "articles" / "massage-therapy.txt"

_real_connect = socket.socket.connect
_real_getaddrinfo = socket.getaddrinfo
_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _guarded_connect(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (host in _LOOPBACK or host.startswith("127.")) \
            and self.family in (socket.AF_INET, socket.AF_INET6):
        raise OSError(f"network disabled in tests: connect to {host!r}")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
    if isinstance(host, (str, bytes)):
        name = host.decode() if isinstance(host, bytes) else host
        if not (name in _LOOPBACK or name.startswith("127.")):
            raise socket.gaierror(socket.EAI_NONAME, f"network disabled in tests: {name}")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE_ARTICLE.read_text(encoding="utf-8")
