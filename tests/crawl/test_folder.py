"""The offline site audit: a folder of built HTML crawled like a site, with no server."""

from __future__ import annotations

from pathlib import Path

from seokit.crawl.folder import FolderFetcher, base_url_for
from seokit.crawl.settings import CrawlSettings
from tests.crawl.conftest import crawl
from tests.crawl.sites import html, prose

FILES = {
    "index.html": html("Home", prose(0) + '<p><a href="about">About</a> <a href="blog/post.html">Post</a>'
                       ' <a href="/blog/missing.html">Gone</a> <a href="https://clinic.example/contact">'
                       "Contact</a> <a href=\"https://elsewhere.example/\">Partner</a></p>",
                       head='<link rel="canonical" href="https://clinic.example/">'),
    "about/index.html": html("About", prose(1) + '<p><a href="../blog/post">Pretty URL</a></p>'),
    "blog/post.html": html("Post", prose(2) + '<p><a href="../">Home</a> <img src="../img/x.png"></p>'),
    "contact.html": html("Contact", prose(3)),
    "unlinked.html": html("Unlinked", prose(4)),
    "robots.txt": "User-agent: *\nDisallow: /drafts/\n",
    "drafts/wip.html": html("Draft", prose(5)),
}


def _site(root: Path) -> Path:
    for name, text in FILES.items():
        path = root / "public" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "public"


def test_folder_urls_follow_static_hosting_rules(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert base_url_for(root) == "https://clinic.example/"
    fetcher = FolderFetcher(root, "https://clinic.example/")
    assert fetcher.url_of(root / "about" / "index.html") == "https://clinic.example/about/"
    assert fetcher.url_of(root / "blog" / "post.html") == "https://clinic.example/blog/post.html"
    moved = fetcher.fetch("https://clinic.example/about")
    assert moved.status == 200 and [h.status for h in moved.redirects] == [301]
    assert fetcher.fetch("https://clinic.example/blog/post").status == 200  # pretty URL
    assert fetcher.fetch("https://clinic.example/nope.html").status == 404
    assert fetcher.fetch("https://clinic.example/../../etc/passwd").status == 404
    assert fetcher.fetch("https://other.example/index.html").status == 404


def test_a_built_folder_is_audited_as_a_site(tmp_path: Path) -> None:
    root = _site(tmp_path)
    outcome, report = crawl(CrawlSettings(str(root)), tmp_path / "folder.sqlite")
    assert outcome.complete
    site = report.site
    assert site is not None and site["root"] == "https://clinic.example/"
    pages = {p["url"].removeprefix("https://clinic.example"): p for p in site["pages"]}
    assert set(pages) == {"/", "/about", "/about/", "/blog/post", "/blog/post.html", "/blog/missing.html",
                          "/contact", "/contact.html", "/unlinked.html"}
    assert pages["/blog/missing.html"]["status"] == 404 and pages["/about"]["status"] == 301
    assert [b["target"] for b in site["broken_links"]] == ["https://clinic.example/blog/missing.html"]
    assert site["orphans"] == ["https://clinic.example/unlinked.html"]
    # the documents name their files, so CI annotations point at them
    paths = sorted(d.document.path or "" for d in report.documents)
    assert paths == sorted(str(root / p) for p in ("index.html", "about/index.html", "blog/post.html",
                                                  "contact.html", "unlinked.html"))
    codes = {f["code"] for f in site["findings"]}
    assert {"SI101", "SI106", "SI108"} <= codes
    assert all("drafts" not in p for p in pages)  # robots.txt in the folder is obeyed
