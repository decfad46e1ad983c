"""The test site: every defect the crawler must find, each placed on purpose, served on
127.0.0.1. Pages have distinct texts, so only the planted duplicates are duplicates."""

from __future__ import annotations

from tests.crawl.server import Route, Site, gzipped_xml, page, redirect, xml

SENTENCES = [
    "Massage therapy eases muscle tension after long days at a desk.",
    "Our therapists tailor every session to the body in front of them.",
    "Regular treatment helps many people with chronic back pain sleep better.",
    "The clinic opened in a quiet street near the river twelve years ago.",
    "Booking takes a minute online, and cancellations are free until noon.",
    "Sports massage prepares runners for races and speeds their recovery.",
    "Pregnancy massage is offered from the second trimester onwards.",
    "Hot stones retain warmth and relax deep layers of muscle gently.",
    "Gift vouchers can be used for any treatment within a whole year.",
    "We answer questions about insurance cover by phone every weekday.",
    "Stretching at home between sessions keeps the benefits going longer.",
    "Aromatherapy oils are chosen with each client before a session starts.",
    "Our newsletter shares one simple exercise for better posture each month.",
    "Students and seniors receive a discount on weekday morning sessions.",
    "Reflexology works on points of the feet that map to the whole body.",
    "The waiting room has tea, books and a view of the small garden.",
    "Therapists complete further training in anatomy every single year.",
    "Shoulder pain from carrying children responds well to gentle work.",
    "Parking is free behind the building on evenings and on weekends.",
    "Each first visit starts with a short conversation about your health.",
]


def prose(n: int) -> str:
    """Three sentences no other page has (pages are numbered 0..)."""
    picked = [SENTENCES[(n * 3 + i) % len(SENTENCES)] for i in range(3)]
    return f"<p>Page {n}. {' '.join(picked)} Note number {n * 7919 % 1000}.</p>"


def html(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><title>{title}</title>'
            f'<meta name="description" content="{title} at the Calm Clinic.">{head}</head>'
            f'<body><nav><a href="/">Home</a></nav><main>{body}</main></body></html>')


HOME = html("Calm Clinic", prose(0) + """
<p><a href="/about.html">About us</a> <a href="/services/">Our services</a> <a href="/blog/">Blog</a></p>
<p><a href="/old-about">Old about link</a> <a href="/temp">Offers</a> <a href="/chain-1">Chain</a></p>
<p><a href="/loop-a">Loop</a> <a href="/missing.html">Missing</a> <a href="/error">Error page</a></p>
<p><a href="/slow">Slow page</a> <a href="/private/secret.html">Members</a></p>
<p><a href="/nofollowed.html" rel="nofollow">Login</a> <a href="/deep/1.html">Archive</a></p>
<p><a href="/calendar?month=1">Calendar</a> <a href="/dup-a.html">Prices</a>
<a href="/dup-b.html">Prices again</a> <a href="/en.html">English</a> <a href="/de.html">Deutsch</a></p>
<p><a href="/noindex.html">Staging page</a> <a href="/canonical-to-redirect.html">Offer</a>
<a href="/news.html">News</a></p>
<p><a href="mailto:info@clinic.example">Mail</a> <a href="javascript:void(0)">Menu</a>
<a href="ftp://127.0.0.1/files">Files</a> <a href="/about.html#team">Team</a>
<a href="/about.html?utm_source=mail">About (tracked)</a></p>
<p><a href="{external}/study.html">A study</a> <a href="{external}/gone.html">A gone study</a>
<a href="{external}/no-head.html">A server that refuses HEAD</a></p>
""")

ALTERNATES = ('<link rel="alternate" hreflang="en" href="/en.html">'
              '<link rel="alternate" hreflang="de" href="/de.html">')

PAGES: dict[str, str] = {
    "/": HOME,
    "/about.html": html("About the Calm Clinic", prose(1) + '<p><a href="/">Back home</a></p>'),
    "/services/": html("Services", prose(2) + '<p><a href="/services/massage.html">Massage</a></p>'),
    "/services/massage.html": html("Massage", prose(3) + '<img src="/img/logo.png" alt="logo">'),
    "/blog/": html("Blog", prose(4) + '<p><a href="/blog/post-1.html">First post</a></p>'),
    "/blog/post-1.html": html("First post", prose(5) + '<p><a href="/missing.html">Old link</a></p>'),
    "/nofollowed.html": html("Login", prose(6)),
    "/orphan.html": html("Orphan offer", prose(7)),
    "/dup-a.html": html("Prices", prose(8)),
    "/dup-b.html": html("Prices", prose(9)),
    "/noindex.html": html("Staging", prose(10), head='<meta name="robots" content="noindex">'),
    "/canonical-to-redirect.html": html("Offer", prose(11), head='<link rel="canonical" href="/old-about">'),
    "/en.html": html("English", prose(12), head=ALTERNATES),
    "/de.html": html("Deutsch", prose(13), lang="de"),
    "/news.html": html("News", "<p>" + " ".join(SENTENCES[:6]) + " 칠곡출장마사지</p>"),
    "/private/secret.html": html("Secret", prose(14)),
    **{f"/deep/{i}.html": html(f"Archive {i}", prose(20 + i)
                               + f'<p><a href="/deep/{i + 1}.html">Older</a></p>') for i in range(1, 6)},
    "/deep/6.html": html("Archive 6", prose(26)),
}

ROBOTS = """User-agent: *
Disallow: /private/

Sitemap: {base}/sitemap_index.xml
"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-pages.xml.gz</loc></sitemap>
</sitemapindex>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/</loc></url>
  <url><loc>{base}/about.html</loc></url>
  <url><loc>{base}/orphan.html</loc></url>
  <url><loc>{base}/private/secret.html</loc></url>
  <url><loc>https://elsewhere.example/not-ours.html</loc></url>
</urlset>"""


def calendar(path: str) -> Route | None:
    """An endless calendar: every month links to the next (a crawler trap)."""
    if not path.startswith("/calendar?month="):
        return None
    month = int(path.split("=")[1])
    return page(html(f"Calendar {month}", prose(40 + month)
                     + f'<p><a href="/calendar?month={month + 1}">Next month</a></p>'))


def clinic_site(external: str = "http://127.0.0.1:9") -> Site:
    """The site; ``external`` is the base URL of the other site its outbound links point to.
    Call ``finish`` once it is served, for the routes that name its own address."""
    routes = {path: page(body.replace("{external}", external)) for path, body in PAGES.items()}
    routes.update({
        "/old-about": redirect("/about.html", 301),
        "/temp": redirect("/services/", 302),
        "/chain-1": redirect("/chain-2", 301),
        "/chain-2": redirect("/chain-3", 302),
        "/chain-3": redirect("/about.html", 301),
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect("/loop-a"),
        "/error": Route(500, b"oops", {"Content-Type": "text/html"}),
        "/slow": Route(200, b"<p>late</p>", {"Content-Type": "text/html"}, delay=3.0),
        "/img/logo.png": Route(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, {"Content-Type": "image/png"}),
    })
    return Site(routes, dynamic=calendar)


def finish(site: Site, base: str) -> None:
    site.routes["/robots.txt"] = Route(200, ROBOTS.replace("{base}", base).encode(),
                                       {"Content-Type": "text/plain"})
    site.routes["/sitemap_index.xml"] = xml(SITEMAP_INDEX.replace("{base}", base))
    site.routes["/sitemap-pages.xml.gz"] = gzipped_xml(SITEMAP.replace("{base}", base))


def external_site() -> Site:
    return Site({"/study.html": page(html("Study", prose(60))),
                 "/no-head.html": Route(200, b"<p>ok</p>", {"Content-Type": "text/html"}, head_status=405)})


# Every path of the site the crawl may request, and the ones it must never request.
CRAWLABLE = set(PAGES) - {"/private/secret.html", "/nofollowed.html"} | {
    "/old-about", "/temp", "/chain-1", "/chain-2", "/chain-3", "/loop-a", "/loop-b", "/error",
    "/slow", "/img/logo.png", "/robots.txt", "/sitemap_index.xml", "/sitemap-pages.xml.gz",
    "/missing.html"}
