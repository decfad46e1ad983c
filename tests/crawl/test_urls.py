"""URL normalisation, crawl scope and trap detection."""

from __future__ import annotations

import pytest

from seokit.crawl.urls import (
    QueryPolicy,
    Scope,
    looks_like_trap,
    normalize_url,
    path_pattern,
    remove_dot_segments,
)


@pytest.mark.parametrize(("url", "expected"), [
    ("HTTP://Example.COM:80/a/./b/../c#frag", "http://example.com/a/c"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com:443/x", "https://example.com/x"),
    ("https://example.com:8443/x", "https://example.com:8443/x"),
    ("https://example.com/%7euser/%2fx", "https://example.com/~user/%2Fx"),
    ("https://bücher.example/ä ö", "https://xn--bcher-kva.example/%C3%A4%20%C3%B6"),
    ("http://[::1]:8080/x", "http://[::1]:8080/x"),
    ("http://127.0.0.1:5000/../../x", "http://127.0.0.1:5000/x"),
    ("https://example.com./a", "https://example.com/a"),
])
def test_normalisation(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


@pytest.mark.parametrize("url", ["javascript:alert(1)", "mailto:a@example.com", "ftp://example.com/f",
                                 "file:///etc/passwd", "http://example.com:99999/", "//no-scheme", "",
                                 "http:///no-host"])
def test_only_http_and_https_urls_are_usable(url: str) -> None:
    assert normalize_url(url) is None


def test_query_policies() -> None:
    url = "https://e.com/a?b=2&a=1&utm_source=news&gclid=x&q=a%20b#top"
    assert normalize_url(url) == "https://e.com/a?a=1&b=2&q=a%20b"
    assert normalize_url(url, QueryPolicy.KEEP) == "https://e.com/a?b=2&a=1&utm_source=news&gclid=x&q=a%20b"
    assert normalize_url(url, QueryPolicy.DROP) == "https://e.com/a"
    assert normalize_url("https://e.com/a?x=1&sid=9", ignore_params=("sid",)) == "https://e.com/a?x=1"


def test_dot_segments_follow_rfc_3986() -> None:
    assert remove_dot_segments("/a/b/c/./../../g") == "/a/g"
    assert remove_dot_segments("/a/..") == "/"
    assert remove_dot_segments("/a/.") == "/a/"


def test_traps() -> None:
    assert path_pattern("https://e.com/cal/2024/05?day=3&m=1") == "/cal/{n}/{n}?day&m"
    assert path_pattern("https://e.com/p/0f8fad5b-d9cb-469f-a165-70867728950e") == "/p/{id}"
    assert looks_like_trap("https://e.com/a/b/a/b/a/b/a/b/") is not None
    assert looks_like_trap("https://e.com/" + "x" * 3000) is not None
    assert looks_like_trap("https://e.com/blog/2024/05/post.html") is None


def test_scope() -> None:
    scope = Scope.of(["example.com"], include=[r"/blog/"], exclude=[r"\?print="])
    assert scope.on_site("https://example.com/x") and not scope.on_site("https://www.example.com/x")
    assert scope.allows("https://example.com/blog/a") and not scope.allows("https://example.com/shop")
    assert not scope.allows("https://example.com/blog/a?print=1")
    assert scope.with_host("www.example.com").on_site("http://www.example.com/")
