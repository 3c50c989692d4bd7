"""What robots.txt, a sitemap and a feed lead to, for one crawl: counted and logged here.

The spider's callbacks (`parse_robots`, `parse_sitemap`, `parse_feed`: a shared
crawl's queue stores requests by their callbacks' method names, so they stay on
the spider) hand the answer here and ask for what comes back: the sitemaps
robots.txt names, a sitemap index's children (LISTING_SITEMAP_LEVELS deep, none
last changed before `since`, none on another site), a feed's next page. Its
articles the spider follows itself, as it does a section's. For a site crawled by
`-a url=` the feeds a section page names are asked for, and the news sitemaps it
names where robots.txt names none (held until robots.txt answers).

The lines logged here are the spider's, under the names they always had
(`newsarchive.spiders.news` and the spider's own logger): a log filter on them
still sees them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from scrapy.crawler import Crawler
from scrapy.http import Response, TextResponse
from scrapy.statscollectors import StatsCollector
from twisted.python.failure import Failure

from newsarchive.pagebase import join
from newsarchive.spiders.failures import refusal
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.site_sources import (
    news_sitemaps,
    page_feeds,
    page_sitemaps,
    robots_sitemaps,
)
from newsarchive.spiders.sources import Feed, Sitemap, parse_sitemap, read_feed

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before


class SitemapsAndFeeds:
    def __init__(
        self, crawler: Crawler, frontier: Frontier, scope: Scope, levels: int,
        spider_log: logging.LoggerAdapter[Any],
    ) -> None:  # fmt: skip
        self.crawler = crawler  # its stats, read when written (they come with the crawl)
        self.frontier = frontier
        self.scope = scope
        self.levels = levels  # LISTING_SITEMAP_LEVELS below the profile's (or robots.txt's)
        self.log = spider_log  # the spider's own logger (named after the spider)
        # robots.txt named news sitemaps the run reads (None: not answered yet); the news
        # sitemaps section pages name are read where it names none, held till it answers
        self.robots_named: bool | None = None
        self.held: dict[str, None] = {}
        # a shared crawl's worker may never see robots.txt's answer (another reads it):
        # it holds nothing, and reads the pages' news sitemaps till it hears otherwise
        self.shared = bool(crawler.settings.get("NEWSARCHIVE_REDIS_URL"))
        self.page_named: dict[str, None] = {}  # every sitemap pages named, news or not
        # a sitemap or feed asked in the other scheme than written -> as written: asked
        # in turn where the folded one fails (a site's https answers, its sitemap is on http)
        self.written: dict[str, str] = {}

    def start_over(self) -> None:
        """Forget the sitemaps pages named (read again where the new run's pages name them):
        a shared crawl's run started afresh while this worker stalled
        (newsarchive.signals.run_replaced). What robots.txt named stays: the site's."""
        self.page_named.clear()
        self.held.clear()

    @property
    def stats(self) -> StatsCollector:
        stats = self.crawler.stats
        assert stats is not None
        return stats

    def robots(self, response: Response) -> list[str]:
        """The news sitemaps a site's robots.txt names (a profile built from `-a url=`),
        where the run fetches them; those on another site are named and left."""
        news, others = robots_sitemaps(response.body, response.url)
        if others:
            logger.info(
                "robots.txt names %d sitemap(s) not of news, not read: %s",
                len(others), ", ".join(others[:5]),
            )  # fmt: skip
        news = [self._in_served_scheme(url, response.url) for url in news]
        fetched = {url: self.scope.sitemap(url) for url in news}
        offsite = [url for url, target in fetched.items() if target is None]
        self.stats.set_value("news/robots_sitemaps_news", len(news) - len(offsite))
        if offsite:
            self.stats.set_value("news/robots_sitemaps_offsite", len(offsite))
            logger.warning(
                "robots.txt names %d news sitemap(s) on another site, not read: %s",
                len(offsite), ", ".join(offsite[:5]),
            )  # fmt: skip
        targets = [target for target in fetched.values() if target is not None]
        return targets + self._answered(bool(targets))

    def robots_unread(self, failure: Failure) -> list[str]:
        """robots.txt did not come: the news sitemaps pages named are read instead."""
        self.stats.inc_value("news/robots_unread")
        logger.info("robots.txt not read (%s): no sitemap of the site's own", refusal(failure))
        return self._answered(False)

    def robots_dropped(self, why: str) -> list[str]:
        """robots.txt's request was dropped (redirected to a page asked already, to
        itself, ...): no callback nor errback will ever come, so the news sitemaps pages
        named are read instead, as for one that failed."""
        if self.robots_named is not None:
            return []
        self.stats.inc_value("news/robots_unread")
        self.stats.set_value("news/robots_dropped", why)
        logger.info("robots.txt not read (%s): no sitemap of the site's own", why)
        return self._answered(False)

    def _answered(self, named: bool) -> list[str]:
        """robots.txt answered (`named`: news sitemaps the run reads): the held news
        sitemaps of pages, to read where it named none."""
        self.robots_named = named
        held, self.held = list(self.held), {}
        if named and held:
            logger.info(
                "robots.txt names news sitemaps: %d a page names not read: %s",
                len(held), ", ".join(held[:5]),
            )  # fmt: skip
        return [] if named else self._taken(held)

    def _in_served_scheme(self, url: str, served: str) -> str:
        """A sitemap or feed on the host of the page naming it (or the seed's), in the scheme
        that page was `served` in (`Scope.in_site_scheme`), counted: an https site's
        robots.txt writes `Sitemap: http://...` (a generator's default, a line kept from
        before the move), and the sitemap was asked over http, where an https-only site
        answers nothing, and a site answering both had every article it lists asked over
        http too (its https links folded to the sitemap's scheme)."""
        asked = self.scope.in_site_scheme(url, served=served)
        if asked != url:
            self.stats.inc_value("news/sources_scheme_folded")
            self.written.setdefault(asked, url)
        return asked

    def written_as(self, *urls: str | None) -> str | None:
        """The URL as written of a sitemap or feed folded to one of `urls` (its spellings:
        as folded, as scoped), None if it was asked as written."""
        return next((self.written[url] for url in urls if url in self.written), None)

    def on_page(
        self, response: TextResponse, discover: tuple[str, ...]
    ) -> Iterator[tuple[str, bool]]:
        """The feeds and news sitemaps a section page names, to ask for (URL, a sitemap)."""
        if "rss" in discover:
            feeds = page_feeds(response.selector, response.url)
            yield from ((self._in_served_scheme(feed, response.url), False) for feed in feeds)
        if "sitemap" in discover:
            yield from ((url, True) for url in self._page_sitemaps(response))

    def _page_sitemaps(self, response: TextResponse) -> list[str]:
        """The news sitemaps a section page names that are new, to read now: none while
        robots.txt is unanswered (held), none where it names its own."""
        named = page_sitemaps(response.selector, response.url)
        named = [self._in_served_scheme(url, response.url) for url in named]
        new = [url for url in named if url not in self.page_named]
        self.page_named.update(dict.fromkeys(new))
        news, others = news_sitemaps(new)
        if others:
            logger.info(
                "%s names %d sitemap(s) not of news, not read: %s",
                response.url, len(others), ", ".join(others[:5]),
            )  # fmt: skip
        if self.robots_named is None and not self.shared:
            self.held.update(dict.fromkeys(news))
            return []
        return [] if self.robots_named else self._taken(news)

    def _taken(self, news: list[str]) -> list[str]:
        """News sitemaps pages named, read as robots.txt's would be (same levels, limits)."""
        targets = [target for url in news if (target := self.scope.sitemap(url)) is not None]
        if targets:
            self.stats.inc_value("news/page_sitemaps_news", len(targets))
        return targets

    def sitemap(self, response: Response, level: int) -> Sitemap:
        """A sitemap read; one that lists nothing, or children nested too deep, said."""
        sitemap = parse_sitemap(response.body)
        if not sitemap.children and not sitemap.entries:
            self.stats.inc_value("news/sitemaps_empty")
            self.listed_nothing("sitemap", response)
        if sitemap.children and level >= self.levels:
            self.stats.inc_value("news/sitemaps_too_deep", len(sitemap.children))
            self.log.warning(
                "sitemap %s: %d child sitemap(s) not read, nested deeper than"
                " LISTING_SITEMAP_LEVELS (%d) below the profile's sitemap",
                response.url,
                len(sitemap.children),
                self.levels,
            )
        return sitemap

    def children(self, sitemap: Sitemap, url: str, level: int) -> Iterator[str]:
        """Where the run fetches the child sitemaps of the index at `url` (`level` below
        the first): an index naming a new index on every answer (`?n=1`, `?n=2` ...) was
        read for ever. One at a time, as the spider asks for each."""
        for child in sitemap.children if level < self.levels else ():
            if self.frontier.sitemap_before_since(child):
                self.stats.inc_value("news/sitemaps_skipped_since")
                continue
            target = self.scope.sitemap(child.url, url)
            if target is not None:
                target = self._in_served_scheme(target, url)
            if target is None:
                self.stats.inc_value("news/sitemaps_offsite")
                logger.warning("sitemap %s names a sitemap on another site, not read: %s",
                               url, child.url)  # fmt: skip
                continue
            yield target

    def feed(self, response: Response) -> Feed:
        """A feed read; items that name no page, or a feed listing nothing, said."""
        feed = read_feed(response.body)
        if feed.unlinked:
            self.stats.inc_value("news/feed_items_unlinked", feed.unlinked)
            self.log.warning(
                "feed %s: %d item(s) name no page (no link, no guid that is a URL): skipped",
                response.url,
                feed.unlinked,
            )
        if not feed.entries:
            self.stats.inc_value("news/feeds_empty")
            self.listed_nothing("feed", response)
        return feed

    def feed_next(self, feed: Feed, response: Response, page: int, depth: int) -> str | None:
        """The feed's next (older) page, RFC 5005's rel=next, while the page lists
        something, none of it before `since`, within `depth`."""
        if feed.next is None or not feed.entries or page >= depth:
            return None
        if any(self.frontier.day_in_range(entry) is False for entry in feed.entries):
            return None
        following = join(response.url, feed.next)  # not response.urljoin: a feed has no
        if following is None:  # <base>, and one in its text's first 4,096 characters raised
            return None
        self.stats.inc_value("news/feed_pages")
        return following

    def listed_nothing(self, kind: str, response: Response) -> None:
        """One line naming a sitemap or feed that listed nothing and what it was served as:
        a moved one often answers 200 with the site's home page."""
        served = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        self.log.warning(
            "%s %s lists no URL (%s bytes served as %s); check the profile's %ss",
            kind,
            response.url,
            f"{len(response.body):,}",
            served.split(";")[0].strip() or "no Content-Type",
            kind,
        )
