"""Loading: a path, an http(s) URL, stdin or a string/bytes becomes decoded text plus metadata.

The only module besides the crawler that touches files or the network; size limits live here.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from seokit._version import __version__
from seokit.errors import FetchError, InputError

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = (10.0, 30.0)  # connect, read (seconds)
DEADLINE = 60.0  # the whole request: a server that trickles bytes never hits the read timeout
MAX_REDIRECTS = 10
USER_AGENT = f"seokit/{__version__} (+https://pypi.org/project/seokit/)"
_TEXT_TYPES = ("text/", "application/xhtml+xml", "application/xml")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding=["']([A-Za-z0-9_.-]+)""",
    re.IGNORECASE,
)
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Loaded:
    """A source's decoded text and what is known about it."""

    text: str
    name: str
    path: str | None = None
    url: str | None = None
    media_type: str | None = None
    charset: str | None = None
    x_robots_tag: tuple[str, ...] = ()  # every X-Robots-Tag header of the response
    content_language: str | None = None


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def load(
    source: str | bytes | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    timeout: tuple[float, float] = TIMEOUT,
    user_agent: str = USER_AGENT,
    allow_private: bool = False,
) -> Loaded:
    """Load a path, URL, ``-`` (stdin), bytes, or a string of content.

    A string is a URL when it looks like one, a path when it names a file (or looks like a file
    name), and otherwise the content itself. A URL on a private, loopback or link-local address
    is refused unless ``allow_private`` (see ``seokit.netguard``).
    """
    if isinstance(source, bytes):
        return Loaded(decode(source, "<bytes>"), "<bytes>")
    if isinstance(source, os.PathLike):
        return load_path(Path(source), max_bytes=max_bytes)
    if source == "-":
        return load_stream(sys.stdin.buffer, "<stdin>", max_bytes=max_bytes)
    if is_url(source):
        return load_url(source, max_bytes=max_bytes, timeout=timeout, user_agent=user_agent,
                        allow_private=allow_private)
    if _looks_like_path(source):
        return load_path(Path(source), max_bytes=max_bytes)
    return Loaded(source, "<string>")


def _looks_like_path(value: str) -> bool:
    if "\n" in value or "<" in value or len(value) > 4096:
        return False
    if os.path.exists(value):
        return True
    return bool(re.fullmatch(r"[^\s]+\.(?:html?|xhtml|md|markdown|txt)", value, re.IGNORECASE))


def load_path(path: Path, *, max_bytes: int = MAX_BYTES) -> Loaded:
    name = str(path)
    if path.is_dir():
        raise InputError(name, "is a directory, not a file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(name, f"is {size:,} bytes, more than the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    text = decode(data, name)
    return Loaded(text, name, path=name, charset=None)


def load_stream(stream: BinaryIO, name: str, *, max_bytes: int = MAX_BYTES) -> Loaded:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(name, f"more than the {max_bytes:,}-byte limit")
    return Loaded(decode(data, name), name)


def load_url(
    url: str,
    *,
    max_bytes: int = MAX_BYTES,
    timeout: tuple[float, float] = TIMEOUT,
    user_agent: str = USER_AGENT,
    max_redirects: int = MAX_REDIRECTS,
    deadline: float = DEADLINE,
    allow_private: bool = False,
) -> Loaded:
    import requests  # deferred: importing requests costs more than the rest of seokit

    from seokit import netguard

    too_slow = "took too long to download (the total time limit passed)"
    with requests.Session() as session, netguard.Deadline(deadline) as limit:
        netguard.mount(session, allow_private=allow_private, max_retries=0)
        session.max_redirects = max_redirects
        session.headers["User-Agent"] = user_agent
        session.headers["Accept"] = "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1"
        try:
            with session.get(url, timeout=timeout, stream=True) as response:
                if limit.expired:  # cut off mid-headers, which can read like their end
                    raise netguard.DeadlinePassed
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason or ''}".strip())
                content_type = response.headers.get("Content-Type", "")
                media_type = content_type.split(";")[0].strip().lower() or None
                if media_type and not media_type.startswith(_TEXT_TYPES):
                    raise FetchError(url, f"is {media_type}, not an HTML or text document")
                declared = response.encoding if "charset" in content_type.lower() else None
                raw_headers = response.raw.headers
                robots = tuple(v.strip() for v in raw_headers.getlist("X-Robots-Tag") if v.strip())
                content_language = response.headers.get("Content-Language")
                data = netguard.read_body(response, max_bytes, limit)
                final_url = response.url
        except netguard.PrivateAddressError as exc:
            raise FetchError(url, exc.problem) from None
        except netguard.BodyTooLarge:
            raise FetchError(url, f"response is larger than the {max_bytes:,}-byte limit") from None
        except netguard.DeadlinePassed:
            raise FetchError(url, too_slow) from None
        except requests.TooManyRedirects:
            raise FetchError(url, f"more than {max_redirects} redirects") from None
        except requests.RequestException as exc:
            if limit.expired:  # the watchdog cut a slow answer off mid-headers
                raise FetchError(url, too_slow) from None
            if isinstance(exc, requests.ConnectTimeout):
                raise FetchError(url, f"timed out connecting (no answer in {timeout[0]:g} s)") from None
            if isinstance(exc, requests.Timeout):
                raise FetchError(url, f"timed out (the server sent nothing for {timeout[1]:g} s)") from None
            if isinstance(exc, requests.ConnectionError):
                raise FetchError(url, f"unreachable ({_reason(exc)})") from None
            if isinstance(exc, requests.exceptions.ChunkedEncodingError):
                raise FetchError(url, "the connection broke before the whole response arrived") from None
            if isinstance(exc, requests.exceptions.ContentDecodingError):
                raise FetchError(url, "the response's compressed body is damaged") from None
            raise FetchError(url, _reason(exc)) from None
    if declared is not None and not _known(declared):
        declared = None  # an unknown charset name: sniff and detect as if none were declared
    text = decode(data, url, declared=declared)
    return Loaded(text, url, url=final_url, media_type=media_type, charset=declared,
                  x_robots_tag=robots, content_language=content_language)


def _reason(exc: Exception) -> str:
    text = str(exc.args[0] if exc.args else exc)
    for marker in ("Name or service not known", "Connection refused", "No route to host",
                   "Temporary failure in name resolution", "nodename nor servname"):
        if marker in text:
            return marker.lower()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def decode(data: bytes, name: str, *, declared: str | None = None) -> str:
    """Bytes to text: the declared charset, then a BOM, then UTF-8, then detection."""
    if not data.strip():
        raise InputError(name, "is empty")
    text = _decode(data, name, declared)
    # bytes.strip() knows only ASCII spaces; a lone BOM or U+001C decodes to blank text
    if not text.strip():
        raise InputError(name, "is empty (only whitespace)")
    return text


def _decode(data: bytes, name: str, declared: str | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, name)
    if b"\x00" in data[:8192]:
        raise InputError(name, "looks like binary data (it contains NUL bytes), not text")
    for charset in (declared, _sniffed_charset(data)):
        if charset and _known(charset):
            if codecs.lookup(charset).name == "utf-8":
                return _decode_as(data, "utf-8", name)
            return _decode_as(data, charset, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _mostly_utf8(data):
        raise InputError(
            name, f"is not valid UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
            f"{utf8_error.start}) and declares no other charset")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "cannot be decoded as text in any known charset (binary data?)")
    return str(best)


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            name, f"is not valid {encoding} (bad byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _known(charset: str) -> bool:
    try:
        codecs.lookup(charset)
    except LookupError:
        return False
    return True


def _sniffed_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    raw = match.group(1) or match.group(2)
    return raw.decode("ascii", "replace")


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes hold well-formed multi-byte UTF-8 sequences, i.e. the file is UTF-8
    that has been damaged, not text in a legacy single-byte charset."""
    decoded = data.decode("utf-8", errors="replace")
    return any(ord(ch) > 0x7F and ch != "\ufffd" for ch in decoded)
