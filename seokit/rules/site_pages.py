"""SI rules about a crawled site's pages: orphans, depth, duplicates, canonicals, noindex,
hreflang, cannibalisation and injected keywords. They judge ``SiteFacts`` (see
``seokit.crawl.analyses``); the framework is in ``seokit.rules.site``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from seokit.findings import Severity
from seokit.rules.base import Option
from seokit.rules.site import SiteExample, SiteFinding, SiteRule, register_site

if TYPE_CHECKING:  # the crawl's modules (40 ms) are not needed to list or configure rules
    from seokit.crawl.model import Page, SiteFacts


def _page(title: str, body: str = "", head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


_TWO = (("index.html", _page("Home", '<a href="/a.html">A</a> <a href="/b.html">B</a>')),)


@register_site
class OrphanPage(SiteRule):
    """Flags pages that a sitemap (or the built folder) lists but no crawled page links to.

    ## What it does
    The crawl starts from the home page and also reads the sitemaps (or, for a folder, every
    HTML file). A page found only that way, with no link to it from any other crawled page,
    is an orphan.

    ## Why is this bad?
    Visitors cannot reach an orphan by browsing, and search engines treat a page nothing
    links to as unimportant: it gets no link value and is crawled rarely, if at all.

    ## Example
    `/old-offer.html` is in `sitemap.xml`, but no page links to it: flagged.
    """

    code = "SI108"
    name = "orphan-page"
    title = "Page is not linked from any other page"
    site_examples = (
        SiteExample((("index.html", _page("Home", '<a href="/a.html">A</a>')),
                     ("a.html", _page("A"))), sitemap=("/a.html",), fails=False),
        SiteExample((("index.html", _page("Home")), ("a.html", _page("A"))),
                    sitemap=("/a.html",), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return facts.seeded_files

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        from seokit.crawl.analyses import orphans

        for url in orphans(facts):
            page = facts.page(url)
            where = "the sitemap" if page is not None and page.in_sitemap else "the site's files"
            yield self.site_finding(f"{url} is listed in {where} but no crawled page links to it.",
                                    (url,), data={"in_sitemap": bool(page and page.in_sitemap)})


@register_site
class DeepPage(SiteRule):
    """Flags pages that take many clicks to reach from the home page.

    ## What it does
    Measures each page's click depth: the fewest links to follow from the start page. Pages
    deeper than `max_clicks` (default 3) are reported together.

    ## Why is this bad?
    Pages buried deep get less link value and are crawled less often; visitors rarely dig
    that far. Important pages should be a few clicks from the home page.

    ## Example
    Home → category → sub-category → list → article: the article is 4 clicks deep.
    """

    code = "SI109"
    name = "deep-page"
    title = "Page is many clicks from the home page"
    severity = Severity.INFO
    options = (Option("max_clicks", 3, "Most clicks from the start page before a page is deep."),)
    site_examples = (
        SiteExample((("index.html", _page("Home", '<a href="/1.html">1</a>')),
                     ("1.html", _page("One", '<a href="/2.html">2</a>')), ("2.html", _page("Two"))),
                    fails=False),
        SiteExample((("index.html", _page("Home", '<a href="/1.html">1</a>')),
                     ("1.html", _page("One", '<a href="/2.html">2</a>')),
                     ("2.html", _page("Two", '<a href="/3.html">3</a>')),
                     ("3.html", _page("Three", '<a href="/4.html">4</a>')), ("4.html", _page("Four"))),
                    fails=True),
    )

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        deep = [p for p in facts.pages if p.depth is not None and p.depth > opts["max_clicks"]]
        if deep:
            yield self.site_finding(
                f"{len(deep)} page(s) are more than {opts['max_clicks']} clicks from the start page "
                f"(deepest: {max(p.depth or 0 for p in deep)}). Link to them from higher up.",
                (p.url for p in deep), data={"depths": {p.url: p.depth for p in deep},
                                             "max_clicks": opts["max_clicks"]})


class _Duplicate(SiteRule):
    kind = ""
    what = ""

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        from seokit.crawl.analyses import duplicates

        for group in duplicates(facts):
            if group["kind"] == self.kind:
                yield self.site_finding(self.message(group), group["pages"],
                                        data={"value": group["value"], "count": len(group["pages"])})

    def message(self, group: Mapping[str, Any]) -> str:
        value = str(group["value"])
        shown = value if len(value) <= 70 else value[:69] + "…"
        return f'{len(group["pages"])} pages share the {self.what} "{shown}". Give each its own.'


@register_site
class DuplicateTitle(_Duplicate):
    """Flags indexable pages that share the same title.

    ## What it does
    Groups indexable pages (status 200, no `noindex`, not canonicalised elsewhere) by title,
    ignoring case and extra spaces, and reports each group of two or more.

    ## Why is this bad?
    The title is the headline of a search result; pages with the same title compete with
    each other and leave searchers unable to tell them apart.

    ## Example
    `/massage.html` and `/massage-therapy.html` both titled "Massage | Clinic" are flagged.
    """

    code = "SI110"
    name = "duplicate-title"
    title = "Pages share a title"
    kind = "title"
    what = "title"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("Massage for back pain")),
                     ("b.html", _page("Massage for neck pain"))), fails=False),
        SiteExample((*_TWO, ("a.html", _page("Massage | Clinic")), ("b.html", _page("Massage | Clinic"))),
                    fails=True),
    )


@register_site
class DuplicateDescription(_Duplicate):
    """Flags indexable pages that share the same meta description.

    ## What it does
    Groups indexable pages by meta description (ignoring case and extra spaces) and reports
    each group of two or more.

    ## Why is this bad?
    The description is usually the snippet under a search result. A copied description
    describes none of the pages well, and search engines often replace it.

    ## Example
    Every service page with the template's "We care for you." description is flagged.
    """

    code = "SI111"
    name = "duplicate-description"
    title = "Pages share a meta description"
    kind = "description"
    what = "description"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("A", head='<meta name="description" content="Back care.">')),
                     ("b.html", _page("B", head='<meta name="description" content="Neck care.">'))),
                    fails=False),
        SiteExample((*_TWO, ("a.html", _page("A", head='<meta name="description" content="We care.">')),
                     ("b.html", _page("B", head='<meta name="description" content="We care.">'))),
                    fails=True),
    )


@register_site
class DuplicateH1(_Duplicate):
    """Flags indexable pages whose main heading (first H1) is the same.

    ## What it does
    Groups indexable pages by their first `<h1>` and reports each group of two or more.

    ## Why is this bad?
    The main heading tells readers and search engines what a page is about; identical H1s
    across pages usually mean a template heading or pages competing for one topic.

    ## Example
    Two articles whose H1 is the site name "Clinic" are reported.
    """

    code = "SI112"
    name = "duplicate-h1"
    title = "Pages share a main heading"
    severity = Severity.INFO
    kind = "h1"
    what = "main heading"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("A", "<h1>Back pain</h1>")),
                     ("b.html", _page("B", "<h1>Neck pain</h1>"))), fails=False),
        SiteExample((*_TWO, ("a.html", _page("A", "<h1>Clinic</h1>")),
                     ("b.html", _page("B", "<h1>Clinic</h1>"))), fails=True),
    )


_TEXT = ("<p>Massage therapy eases muscle tension and helps people with chronic pain move "
         "more freely, sleep better and feel calmer through the week.</p>")


@register_site
class DuplicateContent(_Duplicate):
    """Flags indexable pages whose main text is identical.

    ## What it does
    Compares a fingerprint of each indexable page's main content (navigation and footers
    left out, case and spacing ignored) and reports pages whose texts are the same.

    ## Why is this bad?
    Search engines pick one of the copies to show and ignore the rest; links and signals
    are split between them. Keep one page, or point the copies at it with a canonical link.

    ## Example
    `/offer?ref=mail` served as its own page with the same text as `/offer` is flagged.
    """

    code = "SI113"
    name = "duplicate-content"
    title = "Pages have the same text"
    kind = "content"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("A", _TEXT)),
                     ("b.html", _page("B", "<p>Our opening hours and how to book a visit.</p>"))),
                    fails=False),
        SiteExample((*_TWO, ("a.html", _page("A", _TEXT)), ("b.html", _page("B", _TEXT))), fails=True),
    )

    def message(self, group: Mapping[str, Any]) -> str:
        return (f"{len(group['pages'])} pages have the same main text. Keep one, or point the "
                "others at it with a canonical link.")


_LONG = " ".join(f"Sentence number {i} about massage therapy, posture and stretching at home."
                 for i in range(40))
_OTHER = " ".join(f"Item {i} of our price list for gift cards and vouchers." for i in range(40))


@register_site
class NearDuplicateContent(_Duplicate):
    """Flags indexable pages whose main texts are nearly the same.

    ## What it does
    Fingerprints each page's main text with SimHash over three-word shingles and reports
    groups whose fingerprints differ in at most 3 of 64 bits (texts that share almost all
    their phrasing, such as location pages with only the town name changed).

    ## Why is this bad?
    Near-copies look like thin, templated content; search engines show one of them and may
    treat the rest as low value.

    ## Example
    Forty "massage in {town}" pages whose text differs only by the town name are flagged.
    """

    code = "SI114"
    name = "near-duplicate-content"
    title = "Pages have nearly the same text"
    severity = Severity.INFO
    kind = "near-content"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("A", f"<p>{_LONG}</p>")),
                     ("b.html", _page("B", f"<p>{_OTHER}</p>"))), fails=False),
        SiteExample((*_TWO, ("a.html", _page("A", f"<p>{_LONG} Visit us in Leeds.</p>")),
                     ("b.html", _page("B", f"<p>{_LONG} Visit us in York.</p>"))), fails=True),
    )

    def message(self, group: Mapping[str, Any]) -> str:
        return (f"{len(group['pages'])} pages have nearly the same main text. Make each one "
                "distinct, or merge them.")


@register_site
class CanonicalTargetNotOk(SiteRule):
    """Flags canonical links that point to a redirect or an error page.

    ## What it does
    For each page whose `<link rel="canonical">` names another address that the crawl
    fetched, reports a target that redirects, answers with an error, or cannot be reached.

    ## Why is this bad?
    The canonical says "index that address instead of this one". If that address is broken
    or only redirects, search engines ignore the hint or index the wrong page.

    ## Example
    `/offer?ref=mail` declares `/offer-2023` canonical, which now answers 404: flagged.
    """

    code = "SI115"
    name = "canonical-target-not-ok"
    title = "Canonical link points to a redirect or an error"
    site_examples = (
        SiteExample((("index.html", _page("Home", '<a href="/a.html">A</a>')),
                     ("a.html", _page("A", head='<link rel="canonical" href="/">'))), fails=False),
        SiteExample((("index.html", _page("Home", '<a href="/a.html">A</a>')),
                     ("a.html", _page("A", head='<link rel="canonical" href="/gone.html">'))), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(p.canonical for p in facts.pages)

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        for page in facts.pages:
            if page.canonical is None or page.canonical == page.url:
                continue
            target = facts.targets.get(page.canonical)
            if target is None or not target.requested:
                continue
            if target.redirects:
                problem = f"redirects to {target.chain[-1]}"
            elif target.status != 200:
                problem = f"answers {target.status}" if target.status else f"fails ({target.error})"
            else:
                continue
            yield self.site_finding(
                f"The canonical link of {page.url} points to {page.canonical}, which {problem}.",
                (page.url,), data={"canonical": page.canonical, "status": target.status,
                                   "chain": list(target.chain)})


@register_site
class CanonicalOffSite(SiteRule):
    """Flags canonical links to another host or to an address that is not http(s).

    ## What it does
    Reports pages whose canonical link names a host the crawl does not consider part of the
    site, or an address search engines cannot use (`ftp:`, `javascript:`, a malformed URL).

    ## Why is this bad?
    A canonical to another host asks search engines to drop this page in favour of a page
    elsewhere; copied templates and staging domains cause it by accident.

    ## Example
    Every page of `www.clinic.com` declaring `https://staging.clinic.com/...` canonical is
    flagged.
    """

    code = "SI116"
    name = "canonical-off-site"
    title = "Canonical link points off the site"
    site_examples = (
        SiteExample((("index.html", _page("Home", head='<link rel="canonical" href="/">')),),
                    fails=False),
        SiteExample((("index.html", _page("Home", head='<link rel="canonical" '
                                                   'href="https://staging.example.com/">')),),
                    fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(p.canonical_raw for p in facts.pages)

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        from urllib.parse import urlsplit

        for page in facts.pages:
            if not page.canonical_raw:
                continue
            if page.canonical is None:
                message = (f'The canonical link of {page.url} ("{page.canonical_raw[:80]}") is not '
                           "a web address.")
            elif urlsplit(page.canonical).netloc not in facts.hosts:
                message = f"The canonical link of {page.url} points to another host: {page.canonical}."
            else:
                continue
            yield self.site_finding(message, (page.url,), data={"canonical": page.canonical_raw})


@register_site
class NoindexPageLinked(SiteRule):
    """Flags pages marked `noindex` that other pages of the site link to.

    ## What it does
    Reports pages with a `noindex` robots meta tag or X-Robots-Tag header that have internal
    links pointing to them, with how many pages link there.

    ## Why is this bad?
    Linking to pages you keep out of search results spends link value and crawl time on
    them; often the `noindex` was left over from staging on a page that should rank.

    ## Example
    The main menu links to `/services.html`, which still says
    `<meta name="robots" content="noindex">`: flagged.
    """

    code = "SI117"
    name = "noindex-page-linked"
    title = "Internally linked page is marked noindex"
    severity = Severity.INFO
    site_examples = (
        SiteExample((("index.html", _page("Home", '<a href="/a.html">A</a>')), ("a.html", _page("A"))),
                    fails=False),
        SiteExample((("index.html", _page("Home", '<a href="/a.html">A</a>')),
                     ("a.html", _page("A", head='<meta name="robots" content="noindex">'))), fails=True),
    )

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        for page in facts.pages:
            if page.noindex and page.inlinks:
                yield self.site_finding(
                    f"{page.url} is marked noindex but {page.inlinks} page(s) of the site link to it.",
                    (page.url,), data={"inlinks": page.inlinks})


_ALTERNATES = ('<link rel="alternate" hreflang="en" href="/en.html">'
               '<link rel="alternate" hreflang="de" href="/de.html">')


@register_site
class HreflangNotReciprocal(SiteRule):
    """Flags hreflang alternates that do not link back.

    ## What it does
    For every page A that names page B as its alternate in another language (`<link
    rel="alternate" hreflang>`), checks that B, when crawled, names A among its alternates.

    ## Why is this bad?
    Google ignores hreflang pairs that are not confirmed from both sides ("return tags"), so
    the wrong language version may be shown to searchers.

    ## Example
    `/en.html` lists `/de.html` as German, but `/de.html` has no hreflang links: flagged.
    """

    code = "SI118"
    name = "hreflang-not-reciprocal"
    title = "Hreflang alternate does not link back"
    site_examples = (
        SiteExample((("index.html", _page("Home", '<a href="/en.html">EN</a> <a href="/de.html">DE</a>')),
                     ("en.html", _page("English", head=_ALTERNATES)),
                     ("de.html", _page("Deutsch", head=_ALTERNATES))), fails=False),
        SiteExample((("index.html", _page("Home", '<a href="/en.html">EN</a> <a href="/de.html">DE</a>')),
                     ("en.html", _page("English", head=_ALTERNATES)), ("de.html", _page("Deutsch"))),
                    fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(p.hreflang for p in facts.pages)

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        for page in facts.pages:
            for lang, url in page.hreflang:
                other = facts.page(facts.resolve(url))
                if url == page.url or other is None or other.status != 200:
                    continue
                if page.url not in {u for _, u in other.hreflang}:
                    yield self.site_finding(
                        f"{page.url} names {url} as its '{lang}' version, but {url} does not "
                        "name it back.", (page.url, url), data={"lang": lang, "alternate": url})


@register_site
class HreflangWithoutXDefault(SiteRule):
    """Flags pages with hreflang alternates but no `x-default`.

    ## What it does
    Reports, in one finding, the pages that list language alternates without an
    `hreflang="x-default"` entry.

    ## Why is this bad?
    `x-default` tells search engines which version to show searchers whose language matches
    none of the alternates; without it they guess.

    ## Example
    A page listing `en` and `de` alternates but no `x-default` is reported.
    """

    code = "SI119"
    name = "hreflang-without-x-default"
    title = "Hreflang alternates lack x-default"
    severity = Severity.INFO
    site_examples = (
        SiteExample((("index.html", _page("Home", head=_ALTERNATES.replace(
            'hreflang="de"', 'hreflang="x-default"'))),), fails=False),
        SiteExample((("index.html", _page("Home", head=_ALTERNATES)),), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(p.hreflang for p in facts.pages)

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        missing = [p.url for p in facts.pages
                   if p.hreflang and all(lang != "x-default" for lang, _ in p.hreflang)]
        if missing:
            yield self.site_finding(f"{len(missing)} page(s) list language alternates without "
                                    "an x-default.", missing)


@register_site
class KeyphraseCannibalisation(SiteRule):
    """Flags indexable pages that compete for the same main term.

    ## What it does
    Takes each indexable page's main term: its declared focus keyphrase, or else its most
    used two- or three-word term that its title also contains. Pages sharing a main term are
    reported together.

    ## Why is this bad?
    Pages targeting the same query split links and relevance between them; search engines
    alternate between them and neither ranks as well as one strong page would.

    ## Example
    `/massage-therapy.html` and `/massage-therapy-guide.html`, both about "massage therapy"
    in title and text, are flagged.
    """

    code = "SI120"
    name = "keyphrase-cannibalisation"
    title = "Pages compete for the same keyphrase"
    site_examples = (
        SiteExample((*_TWO, ("a.html", _page("Massage therapy", "<p>Massage therapy helps. " * 3 + "</p>")),
                     ("b.html", _page("Opening hours", "<p>Opening hours vary. " * 3 + "</p>"))),
                    fails=False),
        SiteExample((*_TWO, ("a.html", _page("Massage therapy", "<p>Massage therapy helps. " * 3 + "</p>")),
                     ("b.html", _page("Massage therapy guide", "<p>Massage therapy works. " * 3 + "</p>"))),
                    fails=True),
    )

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        groups: dict[str, list[Page]] = defaultdict(list)
        for page in facts.pages:
            if page.indexable and page.main_term:
                groups[page.main_term].append(page)
        for term in sorted(groups):
            if len(groups[term]) > 1:
                yield self.site_finding(
                    f'{len(groups[term])} pages compete for "{term}". Merge them or give each '
                    "its own focus.", (p.url for p in groups[term]), data={"term": term})


@register_site
class InjectedForeignKeywords(SiteRule):
    """Flags the pages of a site that carry injected foreign-language keywords.

    ## What it does
    Collects, across the crawl, the pages where the language analysis found keywords in
    another language or script slipped into the text (what `LG101` reports per page), and
    lists them with the keywords in one finding.

    ## Why is this bad?
    Injected keywords (such as Korean "outcall massage" spam in an English article) are the
    mark of a hacked site or a spam campaign; search engines may demote or flag the whole
    site, so every affected page needs cleaning.

    ## Example
    Two articles each containing `칠곡출장마사지` are listed.
    """

    code = "SI121"
    name = "injected-foreign-keywords"
    title = "Pages carry injected foreign-language keywords"
    site_examples = (
        SiteExample((("index.html", _page("Home", "<p>" + "Massage therapy eases pain and stress. " * 6
                                          + "</p>")),), fails=False),
        SiteExample((("index.html", _page("Home", "<p>" + "Massage therapy eases pain and stress. " * 6
                                          + "칠곡출장마사지</p>")),), fails=True),
    )

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        pages = [p for p in facts.pages if p.injected]
        if pages:
            keywords = sorted({k for p in pages for k in p.injected})
            yield self.site_finding(
                f"{len(pages)} page(s) contain injected foreign-language keywords "
                f"({', '.join(keywords[:5])}{', …' if len(keywords) > 5 else ''}). Check the site "
                "for a compromise and clean them.", (p.url for p in pages),
                data={"keywords": {p.url: list(p.injected) for p in pages}})
