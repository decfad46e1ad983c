"""SI: site rules. They judge what fetching found (link statuses, redirects, a crawl's link
graph and pages), so a single document audited on its own gives them nothing to judge.

Each is declared once like every rule (code, name, severity, options, docs), with examples that
are small *sites*: ``SiteExample`` pages served and crawled by the tests. They live in their own
registry, ``SITE_RULES``, because the document registry's meta-tests audit every rule's
examples as single documents, which cannot show a broken link or an orphan page; the tests in
``tests/crawl/test_site_rules.py`` hold site rules to the same contract against real crawls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from seokit.context import Context
from seokit.findings import Finding, Severity
from seokit.rules.base import Option, Rule

if TYPE_CHECKING:  # the crawl's modules (40 ms) are not needed to list or configure rules
    from seokit.crawl.model import SiteFacts, SiteLink, Target

SITE_RULES: dict[str, SiteRule] = {}


def register_site(cls: type[SiteRule]) -> type[SiteRule]:
    rule = cls()
    if rule.code in SITE_RULES:
        raise ValueError(f"duplicate rule code {rule.code}")
    SITE_RULES[rule.code] = rule
    return cls


def all_site_rules() -> dict[str, SiteRule]:
    from seokit.rules import site_pages  # noqa: F401  (imported for its registrations)

    return dict(sorted(SITE_RULES.items()))


def split_selectors(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """``--select``/``--ignore`` values split into (document rule selectors, site rule
    selectors); a prefix such as ``S`` or a code of neither kind goes to the documents, where
    the configuration reports it."""
    rules = all_site_rules().values()
    document, site = [], []
    for value in values:
        if any(rule.code.startswith(value.upper()) or value == rule.name for rule in rules) \
                and value.upper() not in ("", "S"):
            site.append(value)
        else:
            document.append(value)
    return document, site


@dataclass(frozen=True, slots=True)
class SiteExample:
    """A site that passes or fails a rule: ``pages`` (path, HTML), ``redirects`` (path, status,
    location), paths listed in a ``sitemap``. In pages and locations ``{site}`` stands for the
    site's own address, ``{external}`` for a second site and ``{https}`` for the same site
    served over https (rules about outbound links and secure redirects)."""

    pages: tuple[tuple[str, str], ...]
    fails: bool
    redirects: tuple[tuple[str, int, str], ...] = ()
    sitemap: tuple[str, ...] = ()
    check_external: bool = False


@dataclass(frozen=True, slots=True)
class SiteFinding:
    code: str
    name: str
    severity: Severity
    message: str
    pages: tuple[str, ...]
    data: Mapping[str, Any] = field(default_factory=dict)
    links: tuple[SiteLink, ...] = ()
    help_url: str = ""

    def to_json(self) -> dict[str, Any]:
        data = dict(self.data)
        if self.links:
            data["links"] = [{"page": link.source, "line": link.line, "column": link.column,
                              "text": link.text} for link in self.links]
        return {"code": self.code, "name": self.name, "severity": self.severity.value,
                "message": self.message, "pages": list(self.pages), "data": data,
                "help_url": self.help_url}

    def sort_key(self) -> tuple[str, tuple[str, ...], str]:
        return (self.code, self.pages, self.message)


class SiteRule(Rule):
    """A rule over a site (or one page's checked links). ``check_site`` yields findings that
    name pages; ``applies_to_site`` is False when there is nothing to judge."""

    site_examples: ClassVar[tuple[SiteExample, ...]] = ()

    def applies(self, ctx: Context, opts: Mapping[str, Any]) -> bool:
        return False  # a document alone has no statuses, redirects or link graph

    def check(self, ctx: Context, opts: Mapping[str, Any]) -> Iterator[Finding]:
        return iter(())

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return bool(facts.pages)

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        raise NotImplementedError

    def site_finding(self, message: str, pages: Iterable[str], *,
                     data: Mapping[str, Any] | None = None, links: Iterable[SiteLink] = (),
                     severity: Severity | None = None) -> SiteFinding:
        ordered = tuple(sorted(links, key=lambda lk: (lk.source, lk.line or 0, lk.column or 0, lk.position)))
        return SiteFinding(self.code, self.name, severity or self.severity, message,
                           tuple(sorted(set(pages))), dict(data or {}), ordered, self.help_url)


def _requested_links(facts: SiteFacts, *, internal: bool | None = None) -> Iterator[tuple[SiteLink, Target]]:
    for link in facts.links:
        if link.kind != "a" or (internal is not None and link.internal != internal):
            continue
        target = facts.targets.get(link.target)
        if target is not None and target.requested:
            yield link, target


def _by_target(pairs: Iterable[tuple[SiteLink, Target]]) -> list[tuple[Target, list[SiteLink]]]:
    groups: dict[str, list[SiteLink]] = defaultdict(list)
    targets: dict[str, Target] = {}
    for link, target in pairs:
        groups[target.url].append(link)
        targets[target.url] = target
    return [(targets[url], groups[url]) for url in sorted(groups)]


def _linked_from(links: list[SiteLink]) -> str:
    pages = sorted({link.source for link in links})
    return pages[0] if len(pages) == 1 else f"{len(pages)} pages"


def _what(target: Target) -> str:
    return f"HTTP {target.status}" if target.status is not None else (target.error or "no answer")


@register_site
class BrokenInternalLink(SiteRule):
    """Flags links to pages of the site that answer with an error (4xx or 5xx).

    ## What it does
    Every internal link the crawl (or `seokit links --check`) requested is checked; a target
    that ends, after any redirects, in a 4xx or 5xx status is reported once, with every page
    and line that links to it.

    ## Why is this bad?
    Visitors who follow the link land on an error page, and search engines waste their
    crawl on it and pass no value through it. Broken internal links are the most common
    crawl error Screaming Frog, Ahrefs and Semrush report.

    ## Example
    A page linking to `/old-offer.html` when that page was deleted (HTTP 404) is flagged.
    """

    code = "SI101"
    name = "broken-internal-link"
    title = "Internal link leads to an error page"
    severity = Severity.ERROR
    site_examples = (
        SiteExample((("index.html", '<p><a href="/about.html">About us</a></p>'),
                     ("about.html", "<p>About the clinic.</p>")), fails=False),
        SiteExample((("index.html", '<p><a href="/old-offer.html">Offer</a></p>'),), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts, internal=True))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        broken = ((lk, t) for lk, t in _requested_links(facts, internal=True)
                  if t.status is not None and t.status >= 400)
        for target, links in _by_target(broken):
            yield self.site_finding(
                f"The link to {target.url} from {_linked_from(links)} is broken "
                f"({_what(target)}). Fix or remove the link.",
                (lk.source for lk in links), links=links,
                data={"target": target.url, "status": target.status, "final": target.chain[-1]})


@register_site
class BrokenExternalLink(SiteRule):
    """Flags links to other sites that answer with an error (4xx or 5xx).

    ## What it does
    With outbound links checked (`seokit crawl --check-external`, `seokit links --check`),
    reports each external address that ends in a 4xx or 5xx status, with the pages linking
    to it. Servers that refuse HEAD requests are asked again with GET before anything is
    reported.

    ## Why is this bad?
    A dead outbound link sends readers to an error page and makes the page look neglected;
    sources that moved or vanished should be updated or removed.

    ## Example
    A citation linking to `https://example.org/study` that now answers HTTP 410 is flagged.
    """

    code = "SI102"
    name = "broken-external-link"
    title = "External link leads to an error page"
    severity = Severity.WARNING
    site_examples = (
        SiteExample((("index.html", '<p><a href="{external}/study.html">The study</a></p>'),
                     ("study.html", "<p>Results.</p>")), fails=False, check_external=True),
        SiteExample((("index.html", '<p><a href="{external}/gone.html">The study</a></p>'),),
                    fails=True, check_external=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts, internal=False))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        broken = ((lk, t) for lk, t in _requested_links(facts, internal=False)
                  if t.status is not None and t.status >= 400)
        for target, links in _by_target(broken):
            yield self.site_finding(
                f"The link to {target.url} from {_linked_from(links)} is broken "
                f"({_what(target)}). Update or remove it.",
                (lk.source for lk in links), links=links,
                data={"target": target.url, "status": target.status})


@register_site
class UnreachableLink(SiteRule):
    """Flags links whose server could not be reached at all.

    ## What it does
    Reports link targets where no HTTP answer came: the host name does not resolve, the
    connection is refused or reset, or the server did not answer within the timeout.

    ## Why is this bad?
    Nobody can follow such a link. A domain that no longer resolves may also be bought by
    someone else later, turning an old citation into a link to whatever they publish.

    ## Example
    A link to `https://shop.example-closed.com/` whose domain has expired is flagged.
    """

    code = "SI103"
    name = "unreachable-link"
    title = "Link target could not be reached"
    severity = Severity.WARNING
    site_examples = (
        SiteExample((("index.html", '<p><a href="{external}/study.html">The study</a></p>'),
                     ("study.html", "<p>Results.</p>")), fails=False, check_external=True),
        SiteExample((("index.html", '<p><a href="http://127.0.0.1:9/">Closed port</a></p>'),),
                    fails=True, check_external=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        for target, links in _by_target((lk, t) for lk, t in _requested_links(facts) if t.unreachable):
            yield self.site_finding(
                f"{target.url}, linked from {_linked_from(links)}, could not be reached "
                f"({target.error}).", (lk.source for lk in links), links=links,
                data={"target": target.url, "error": target.error, "kind": target.error_kind})


@register_site
class RedirectChain(SiteRule):
    """Flags links that go through a chain of several redirects.

    ## What it does
    Reports link targets that redirect more than `max_redirects` times (default 1) before
    reaching a page, with the whole chain and each hop's status. Only internal links are
    judged unless `external` is set.

    ## Why is this bad?
    Each hop costs the visitor a round trip, and search engines follow only a limited
    number of hops (Googlebot up to 10) and may lose link value on the way. Link to the
    final address.

    ## Example
    `/a` → 301 → `/b` → 302 → `/c` is a chain of two redirects and is flagged.
    """

    code = "SI104"
    name = "redirect-chain"
    title = "Link goes through a chain of redirects"
    severity = Severity.WARNING
    options = (
        Option("max_redirects", 1, "Most redirects a link may go through."),
        Option("external", False, "Also judge links to other sites."),
    )
    site_examples = (
        SiteExample((("index.html", '<p><a href="/a">A page</a></p>'), ("c.html", "<p>C</p>")),
                    redirects=(("/a", 301, "/c.html"),), fails=False),
        SiteExample((("index.html", '<p><a href="/a">A page</a></p>'), ("c.html", "<p>C</p>")),
                    redirects=(("/a", 301, "/b"), ("/b", 302, "/c.html")), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        internal = None if opts["external"] else True
        long = ((lk, t) for lk, t in _requested_links(facts, internal=internal)
                if len(t.redirects) > opts["max_redirects"] and not t.loop)
        for target, links in _by_target(long):
            hops = " → ".join(f"{url} ({status})" for url, status, _ in target.redirects)
            yield self.site_finding(
                f"The link to {target.url} goes through {len(target.redirects)} redirects "
                f"({hops} → {target.chain[-1]}). Link to {target.chain[-1]} directly.",
                (lk.source for lk in links), links=links,
                data={"chain": list(target.chain), "statuses": list(target.statuses),
                      "max_redirects": opts["max_redirects"]})


@register_site
class RedirectLoop(SiteRule):
    """Flags links whose redirects never reach a page (a loop, or too many hops).

    ## What it does
    Reports link targets whose redirects come back to an address already visited, exceed
    the redirect limit (10), or redirect to something that is not a web address.

    ## Why is this bad?
    Browsers give up with "too many redirects"; the page behind the link is unreachable for
    visitors and search engines alike.

    ## Example
    `/a` → 301 → `/b` → 301 → `/a` is flagged.
    """

    code = "SI105"
    name = "redirect-loop"
    title = "Link ends in a redirect loop"
    severity = Severity.ERROR
    site_examples = (
        SiteExample((("index.html", '<p><a href="/a">A page</a></p>'), ("c.html", "<p>C</p>")),
                    redirects=(("/a", 301, "/c.html"),), fails=False),
        SiteExample((("index.html", '<p><a href="/a">A page</a></p>'),),
                    redirects=(("/a", 301, "/b"), ("/b", 301, "/a")), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        bad = ((lk, t) for lk, t in _requested_links(facts)
               if t.error_kind in ("redirect_loop", "too_many_redirects", "bad_redirect"))
        for target, links in _by_target(bad):
            yield self.site_finding(
                f"The link to {target.url} never reaches a page: {target.error} "
                f"({' → '.join(target.chain)}).", (lk.source for lk in links), links=links,
                data={"chain": list(target.chain), "statuses": list(target.statuses),
                      "error": target.error})


@register_site
class LinkToRedirect(SiteRule):
    """Flags internal links that point to an address that redirects.

    ## What it does
    Reports internal links whose target answers with a redirect (301, 302, 303, 307, 308),
    saying whether the redirect is permanent or temporary and where it ends.

    ## Why is this bad?
    Your own links should point at the final address: every visit pays for an extra
    request, and a temporary redirect (302, 307) tells search engines to keep the old
    address indexed, which is rarely what a moved page wants.

    ## Example
    A menu link to `/services` that redirects (301) to `/services/` is reported.
    """

    code = "SI106"
    name = "internal-link-to-redirect"
    title = "Internal link points to a redirect"
    severity = Severity.INFO
    site_examples = (
        SiteExample((("index.html", '<p><a href="/c.html">C</a></p>'), ("c.html", "<p>C</p>")),
                    fails=False),
        SiteExample((("index.html", '<p><a href="/a">A page</a></p>'), ("c.html", "<p>C</p>")),
                    redirects=(("/a", 302, "/c.html"),), fails=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(True for _ in _requested_links(facts, internal=True))

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        moved = ((lk, t) for lk, t in _requested_links(facts, internal=True)
                 if t.redirects and t.error is None)
        for target, links in _by_target(moved):
            kind = "permanently" if target.permanent else "temporarily"
            yield self.site_finding(
                f"Internal links to {target.url} are {kind} redirected "
                f"({', '.join(map(str, target.statuses))}) "
                f"to {target.chain[-1]}. Link to {target.chain[-1]} instead.",
                (lk.source for lk in links), links=links,
                data={"target": target.url, "final": target.chain[-1], "permanent": target.permanent,
                      "statuses": list(target.statuses)})


@register_site
class RedirectToHttp(SiteRule):
    """Flags redirects that leave https:// for insecure http://.

    ## What it does
    Reports link targets whose redirect chain goes from an `https://` address to an
    `http://` one at any hop.

    ## Why is this bad?
    The visitor is moved off an encrypted connection without being told; browsers may warn
    or block, and the content can be read or altered on the way. It usually means a server
    or CDN rule was written for http only.

    ## Example
    `https://example.com/a` → 301 → `http://example.com/a/` is flagged.
    """

    code = "SI107"
    name = "redirect-to-http"
    title = "Redirect goes from https to http"
    severity = Severity.WARNING
    site_examples = (
        SiteExample((("index.html", '<p><a href="{https}/a">Secure page</a></p>'),
                     ("c.html", "<p>C</p>")),
                    redirects=(("/a", 301, "{https}/c.html"),), fails=False, check_external=True),
        SiteExample((("index.html", '<p><a href="{https}/a">Secure page</a></p>'),
                     ("c.html", "<p>C</p>")),
                    redirects=(("/a", 301, "{site}/c.html"),), fails=True, check_external=True),
    )

    def applies_to_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> bool:
        return any(t.redirects for t in facts.targets.values())

    def check_site(self, facts: SiteFacts, opts: Mapping[str, Any]) -> Iterator[SiteFinding]:
        for target, links in _by_target((lk, t) for lk, t in _requested_links(facts) if t.to_http):
            yield self.site_finding(
                f"The link to {target.url} is redirected from https to insecure http "
                f"({' → '.join(target.chain)}).", (lk.source for lk in links), links=links,
                data={"chain": list(target.chain), "statuses": list(target.statuses)})
