"""Checking a crawl's outbound links (``--check-external``): each external URL once, HEAD then
GET, saved as it is checked so an interrupted check resumes where it stopped. robots.txt is not
consulted for these single requests, as link checkers do not: nothing is crawled there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seokit.crawl.fetch import Fetcher, FetchResult
from seokit.crawl.linkcheck import LinkChecker

if TYPE_CHECKING:
    from seokit.crawl.crawler import Crawler


def check_external_links(crawler: Crawler) -> None:
    store = crawler.store
    targets = sorted({link.target for link in store.links() if link.kind == "a" and not link.internal})
    todo = [url for url in targets if store.known(url) is None]
    if not todo:
        return
    own = not isinstance(crawler.fetcher, Fetcher)
    fetcher = Fetcher(crawler.settings.fetch_settings(), stop=crawler.stop,
                      normalize=crawler.normalize) if own else crawler.fetcher
    assert isinstance(fetcher, Fetcher)
    checker = LinkChecker(fetcher.fetch, concurrency=crawler.settings.concurrency, stop=crawler.stop)

    def save(url: str, result: FetchResult) -> None:
        with store.transaction():
            store.add_url(url, 0, state="checked", origin="check", external=True)
            store.record_result(
                url, state="checked", status=result.status, final_url=result.final_url,
                redirects=[(h.url, h.status, h.target) for h in result.redirects],
                error=result.error, error_kind=result.error_kind.value if result.error_kind else None,
                stopped=result.stopped, media_type=result.media_type)
        if crawler.progress is not None:
            crawler.progress.update(0, 0, url)

    try:
        checker.check_many(todo, done=save)
    except KeyboardInterrupt:
        crawler.stop.set()
        crawler.outcome.interrupted = True
    finally:
        if own:
            crawler.outcome.requests += fetcher.requests_made
            fetcher.close()
