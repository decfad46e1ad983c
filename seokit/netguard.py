"""Defences at the socket level, shared by ``seokit audit URL`` and the crawler.

The private-address guard: run as a service, seokit fetches URLs that strangers choose, and a URL
(or a redirect, or a DNS answer that changes between two lookups) pointing at 127.0.0.1, the
cloud metadata address 169.254.169.254 or the office network would turn it into a proxy into
places the stranger cannot reach. So the guard judges the address that is actually connected
to, after resolution, in the connection itself: every hop of a redirect chain and every DNS
answer passes through it. ``allow_private`` switches it off for local use.

The deadline: a server that trickles a byte at a time never trips a read timeout, in the
headers or in the body; a watchdog shuts the request's sockets down when its total time is up.

Importing this module imports requests: import it where a fetch is about to happen.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import threading
import time
from contextvars import ContextVar, Token
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NameResolutionError, NewConnectionError
from urllib3.response import HTTPResponse
from urllib3.util.connection import allowed_gai_family

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
ALLOW_HINT = "pass --allow-private to audit local servers"
_NAT64 = ipaddress.ip_network("64:ff9b::/96")              # RFC 6052: an IPv4 address inside
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")      # RFC 8215: local-use translation
_SHARED = ipaddress.ip_network("100.64.0.0/10")            # RFC 6598: carrier-grade NAT

# Set by GuardedAdapter.send for the request it sends; unset means guarded (fail closed).
_ALLOW_PRIVATE: ContextVar[bool] = ContextVar("seokit_allow_private", default=False)
_DEADLINE: ContextVar[Deadline | None] = ContextVar("seokit_deadline", default=None)


class PrivateAddressError(Exception):
    """A connection refused because the host resolves only to non-public addresses. Not an
    OSError on purpose: urllib3 and requests let it through unwrapped and never retry it."""

    def __init__(self, host: str, address: str) -> None:
        self.host = host
        self.address = address
        seen = host.strip("[]") if _same_address(host, address) else f"{host} is {address}"
        self.problem = f"refusing to fetch a private address ({seen}); {ALLOW_HINT}"
        super().__init__(self.problem)


def _same_address(host: str, address: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == ipaddress.ip_address(address)
    except ValueError:
        return False


class DeadlinePassed(Exception):
    """The request's total time limit passed (the watchdog shut its sockets down)."""


class BodyTooLarge(Exception):
    """The body, decompressed, is larger than the limit."""


def is_public_address(address: Address) -> bool:
    """True for an address on the public internet: not private, loopback, link-local,
    multicast, reserved, unspecified or shared (100.64/10), and, for IPv6 forms that carry an
    IPv4 address (mapped, 6to4, NAT64, Teredo), the IPv4 address inside is public too."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return is_public_address(address.ipv4_mapped)
        if address in _NAT64:  # a DNS64 answer on an IPv6-only network: judge the IPv4 inside
            return is_public_address(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
        if address in _NAT64_LOCAL:
            return False
        inner = (address.sixtofour, *(address.teredo or ()))
        if any(v4 is not None and not is_public_address(v4) for v4 in inner):
            return False
    elif address in _SHARED:
        return False
    return address.is_global and not (
        address.is_private or address.is_loopback or address.is_link_local or address.is_multicast
        or address.is_reserved or address.is_unspecified)


class Deadline:
    """A total time limit for one request, headers and body: ``with Deadline(60):`` around
    the request and the reading of its body. The connections it uses register their sockets;
    when the time is up they are shut down, which wakes a blocked read (closing alone does not)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._fired = False
        self._timer = threading.Timer(max(0.0, seconds), self._fire)
        self._timer.daemon = True
        self._token: Token[Deadline | None] | None = None

    @property
    def expired(self) -> bool:
        return self._fired or time.monotonic() >= self.ends

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if not self._fired:
                self._sockets.append(sock)
                return
        _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> Deadline:
        self._token = _DEADLINE.set(self)
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        if self._token is not None:
            _DEADLINE.reset(self._token)


def _shut(sock: socket.socket) -> None:
    # the plain socket's shutdown, also for an SSLSocket: it acts on the descriptor and leaves
    # the TLS state (in use by the blocked reader) alone
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def read_body(response: Any, max_bytes: int, deadline: Deadline, *, truncate: bool = False) -> bytes:
    """A streamed requests response's body, decompressed (a gzip bomb stops at ``max_bytes``),
    before ``deadline``. Raises BodyTooLarge (or, with ``truncate``, returns the first
    ``max_bytes``) or DeadlinePassed."""
    chunks: list[bytes] = []
    total = 0
    try:
        for chunk in response.iter_content(65536):
            total += len(chunk)
            if total > max_bytes:
                if truncate:
                    chunks.append(chunk[:len(chunk) - (total - max_bytes)])
                    break
                raise BodyTooLarge(max_bytes)
            chunks.append(chunk)
    except BodyTooLarge:
        raise
    except Exception:
        if deadline.expired:
            raise DeadlinePassed from None
        raise
    if deadline.expired:  # the watchdog's shutdown can look like a normal end of the body
        raise DeadlinePassed
    return b"".join(chunks)


class _GuardedHTTPConnection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        if _ALLOW_PRIVATE.get():
            return super()._new_conn()
        public: list[str] = []
        refused = ""
        for number in self._addresses():
            if is_public_address(number):
                public.append(str(number))
            else:
                refused = refused or str(number)
        if not public:
            raise PrivateAddressError(self.host, refused or self._dns_host)
        # connect to the address judged, by number: a second lookup could answer differently
        host = self._dns_host
        failure: NewConnectionError | None = None
        try:
            for address in dict.fromkeys(public):
                self._dns_host = address
                try:
                    return super()._new_conn()
                except NewConnectionError as exc:  # the next address, as create_connection does
                    failure = exc
        finally:
            self._dns_host = host
        assert failure is not None
        raise failure

    def _addresses(self) -> list[Address]:
        """The addresses the host stands for: itself when it is one, else the DNS answer."""
        with contextlib.suppress(ValueError):
            return [ipaddress.ip_address(self._dns_host.strip("[]").split("%")[0])]
        try:
            found = socket.getaddrinfo(self._dns_host, self.port, allowed_gai_family(), socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in found]

    def getresponse(self) -> HTTPResponse:  # type: ignore[override]  # as urllib3's own
        deadline = _DEADLINE.get()
        if deadline is not None and isinstance(self.sock, socket.socket):
            deadline.watch(self.sock)
        return super().getresponse()


class _GuardedHTTPSConnection(_GuardedHTTPConnection, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


_POOLS: dict[str, type[HTTPConnectionPool]] = {"http": _HTTPPool, "https": _HTTPSPool}


class GuardedAdapter(HTTPAdapter):
    """A requests transport whose connections refuse non-public addresses (unless
    ``allow_private``) and obey the current Deadline. Through an HTTP proxy the address
    connected to, and so judged, is the proxy's."""

    def __init__(self, *, allow_private: bool = False, **kwargs: Any) -> None:
        self.allow_private = allow_private
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager

    def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
        token = _ALLOW_PRIVATE.set(self.allow_private)
        try:
            return super().send(request, *args, **kwargs)
        finally:
            _ALLOW_PRIVATE.reset(token)


def mount(session: Any, *, allow_private: bool = False, **adapter_kwargs: Any) -> None:
    """Use a GuardedAdapter for every http(s) request of a requests Session."""
    adapter = GuardedAdapter(allow_private=allow_private, **adapter_kwargs)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
