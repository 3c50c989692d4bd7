"""The news spider's requests for robots.txt, news sitemaps and feeds, and their callbacks.

What each of them leads to is read by `sitemaps_feeds.SitemapsAndFeeds`; here its
targets become listing requests, the news sitemaps held for robots.txt included
when its request never answers.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from newsarchive.spiders.listings import ListingRequests


class SitemapRequests(ListingRequests):
    """robots.txt's, sitemaps' and feeds' callbacks; the sitemaps held for robots.txt."""

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """The news sitemaps a site's robots.txt names (a profile built from `-a url=`)."""
        for target in self.listed.robots(response):
            yield from self._listing(target, self.parse_sitemap, sitemap=True)

    def _robots_unread(self, failure: Failure) -> Iterator[Request]:
        for target in self.listed.robots_unread(failure):  # pages' news sitemaps instead
            yield from self._listing(target, self.parse_sitemap, sitemap=True)

    def _robots_dropped(self, request: Request) -> None:
        """robots.txt's request dropped where it is scheduled (its redirect goes to a page
        asked already, or to itself): its callback and errback never run, and the news
        sitemaps section pages named were held for ever. They are asked now."""
        if request.callback != self.parse_robots:
            return
        hops = request.meta.get("redirect_urls") or []
        why = f"redirected to {request.url}, asked already" if hops else "dropped"
        self._release_held(self.listed.robots_dropped(why))

    def _robots_never_answered(self) -> None:
        """The crawl went idle and robots.txt never answered (its request lost some other
        way): the news sitemaps held for it are asked, not left unread."""
        if self.listed.robots_named is None and self.listed.held:
            self._release_held(self.listed.robots_dropped("no answer before the crawl went idle"))

    def _release_held(self, targets: list[str]) -> None:
        assert self.crawler.engine is not None
        for target in targets:
            for request in self._listing(target, self.parse_sitemap, sitemap=True):
                self.crawler.engine.crawl(request)

    def parse_sitemap(self, response: Response, level: int = 0) -> Iterator[Request]:
        """A sitemap's articles, and the child sitemaps of an index down to
        LISTING_SITEMAP_LEVELS below the profile's (`level` 0)."""
        sitemap = self.listed.sitemap(response, level)
        for target in self.listed.children(sitemap, response.url, level):
            yield from self._listing(target, self.parse_sitemap, sitemap=True, level=level + 1)
        yield from self._follow(sitemap.entries, response)

    def parse_feed(self, response: Response, page: int = 1) -> Iterator[Request]:
        """A feed's entries; its next (older) page while it lists recent ones (no page twice)."""
        feed = self.listed.feed(response)
        yield from self._follow(feed.entries, response)
        following = self.listed.feed_next(feed, response, page, self.options.depth)
        if following is not None:
            yield from self._listing(following, self.parse_feed, page=page + 1)
