"""The news spider: section pages, "show more" JSON, news sitemaps and feeds -> articles.

It only navigates. Everything site-specific comes from a `SiteProfile`;
every article page is handed on as an `ArticlePage` with the WARC record
that holds it, and `ExtractArticlePipeline` reads it.

It decides which sections, listing pages, articles and next requests to fetch;
what a fetched page holds is read elsewhere, so that reading stays testable
without a crawl: `listing` and `reading` (a section page's links and where it
goes on), `jsonlisting`, `postmore`, `nextjs`, `arcfusion` (answers of no
profile's), `sources` and `paging` (a profile's show-more answers, when a listing
ends), `sitemaps_feeds` (what robots.txt, a sitemap, a feed lead to). The run's
state has one owner each: `Frontier` (what was asked for, limits), `SectionListings`
(each section's pages and end; `refusals`: sections that gave nothing), `Scope`.
The spider is made of parts, one concern each (`parts` names them): listing
requests, section pages, sitemaps and feeds, articles asked, requisites, moved hosts.

    scrapy crawl news -a site=foxnews -a sections=politics,world -a since=2025-05-01
    scrapy crawl news -a url=https://www.example.ch/politik/   # no profile: newsarchive.sites.adhoc
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.crawler import Crawler

from newsarchive import signals as na_signals
from newsarchive.network.policy import NetworkPolicy
from newsarchive.spiders.article_pages import UnparsedPages
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.listings import LISTING_PRIORITY
from newsarchive.spiders.moved_hosts import MovedHosts
from newsarchive.spiders.options import (
    CrawlOptions,
    SpiderArgumentError,
    check_allowed_origin,
    parse_options,
)
from newsarchive.spiders.refusals import SectionRefusals
from newsarchive.spiders.restart import start_again
from newsarchive.spiders.scope import Scope, allowed_hosts
from newsarchive.spiders.section_pages import SectionPages
from newsarchive.spiders.sections import SectionListings
from newsarchive.spiders.sitemaps_feeds import SitemapsAndFeeds

logger = logging.getLogger(__name__)


class NewsSpider(SectionPages, MovedHosts):
    """Crawl one site profile; subclasses in `newsarchive.spiders.sites` bind the profile.
    What it asks for, and its callbacks, are its parts' (`newsarchive.spiders.parts`); the
    state they read is set up here."""

    name = "news"
    site: str | None = None  # bound by the per-site subclasses
    sitemap_levels = 3  # LISTING_SITEMAP_LEVELS

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        check_allowed_origin(spider.options.profile, NetworkPolicy.from_settings(crawler.settings))
        # Settings are still open here; `-s` on the command line outranks "spider".
        politeness = spider.options.profile.politeness.scrapy_settings()
        crawler.settings.setdict(politeness, priority="spider")
        spider.sections = SectionListings(crawler, spider.options.depth, spider.options.sections)
        spider.sitemap_levels = crawler.settings.getint("LISTING_SITEMAP_LEVELS", 3)
        spider.listed = SitemapsAndFeeds(
            crawler, spider.frontier, spider.scope, spider.sitemap_levels, spider.logger
        )
        spider.refusals = SectionRefusals(
            crawler,
            spider.sections,
            spider.options,
            spider.parse_section,
            spider.allowed_domains,
            spider.moved_hosts,
            spider.frontier,
        )
        spider.unparsed = UnparsedPages(crawler)  # their requisites are found here after all
        crawler.signals.connect(spider._article_skipped, signal=na_signals.article_skipped)
        crawler.signals.connect(spider._run_replaced, signal=na_signals.run_replaced)
        crawler.signals.connect(spider._robots_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._article_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._robots_never_answered, signal=signals.spider_idle)
        crawler.signals.connect(spider.refusals.idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._take_freed_places, signal=signals.spider_idle)
        crawler.signals.connect(spider.refusals.dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.refusals.scheduled, signal=signals.request_scheduled)
        return spider

    def __init__(self, site: str | None = None, **kwargs: str) -> None:
        if site is not None and self.site is not None and site != self.site:
            raise SpiderArgumentError(
                f"spider {self.name!r} always crawls {self.site!r}; "
                f"use `scrapy crawl news -a site={site}`"
            )
        self.options: CrawlOptions = parse_options(site or self.site, kwargs)
        super().__init__()
        profile = self.options.profile
        self.scope = Scope(profile)
        host = urlsplit(profile.base_url).hostname or ""
        # a second guard behind Scope: OffsiteMiddleware drops anything else (the bare
        # twin of a www. host too: Scope takes it as the same site)
        self.allowed_domains = [host] if self.scope.mirrored else allowed_hosts(host, profile)
        self.frontier = Frontier(self.options, self.scope)  # what this run asked for, limits
        # hosts a section's first page moved to, of the same site -> the host it moved from
        # (`start_moved`; OffsiteMiddleware marks their requests with it: MOVED_HOST)
        self.moved_hosts: dict[str, str] = {}

    # --- starting points ---------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        profile, options = self.options.profile, self.options
        logger.info("crawling %s from %s via %s", profile.name, profile.base_url, options.discover)
        # every section's first page taken before anything is asked: Scrapy reads start()
        # lazily, and a page read before a later section's start request was yielded took
        # that section's first page as its own next page (its page and articles credited there)
        firsts = list(self._first_pages()) if "sections" in options.discover else []
        lacking = [
            s for s, known in (("sitemap", profile.sitemaps), ("rss", profile.feeds)) if not known
        ]
        if options.find_sources:  # the site's own, found on it (robots.txt, section pages)
            lacking = []
            if "sitemap" in options.discover:
                yield Request(
                    profile.url("/robots.txt"), callback=self.parse_robots,
                    errback=self._robots_unread, priority=LISTING_PRIORITY,
                )  # fmt: skip
        for source in set(lacking) & set(options.discover):
            logger.warning("profile %s knows no %s: that source adds nothing", profile.name, source)
        for request in firsts:
            yield request
        if "sitemap" in options.discover:
            for url in profile.sitemaps:
                for request in self._listing(profile.url(url), self.parse_sitemap):
                    yield request
        if "rss" in options.discover:
            for url in profile.feeds:
                for request in self._listing(profile.url(url), self.parse_feed):
                    yield request

    def _first_pages(self) -> Iterator[Request]:
        """Each section's first page (`Frontier.take_listing` takes it as the section's page
        1, so another section's next link to it is known as this one's: `_take_listing`)."""
        profile = self.options.profile
        for section in self.options.sections:
            url = profile.url(profile.sections[section])
            if self.sections.claim(self.scope.resolve(url) or url, section) != section:
                continue  # a page named twice is asked once, for both
            yield from self._listing(url, self.parse_section, section=section, page=1)

    def _run_replaced(self) -> None:
        """A shared crawl's run started afresh while this worker stalled past its TTL
        (newsarchive.signals.run_replaced): what the frontier knew was the old run's (kept, the
        new run's listings read here passed over every article it had listed as asked), and
        the new run's queue holds only what its starter pushed before it (perhaps) died. The
        frontier starts over and the starting points go into the new run again (the shared
        dupefilter drops those queued already). The sections' listing progress and the news
        sitemaps pages named start over too: kept, a section's first pages re-read listed
        "nothing new" and ended it after LISTING_REPEAT_PAGES, its later pages never read."""
        self.frontier.start_over()
        self.sections.start_over()
        self.listed.start_over()
        start_again(self)

    def closed(self, reason: str) -> None:
        """Sections whose end this worker did not read: in a shared crawl that finished
        (the queue ran dry with no worker busy) another worker read it, else unfinished."""
        shared = bool(self.crawler.settings.get("NEWSARCHIVE_REDIS_URL"))
        why = "elsewhere" if shared and reason == "finished" else "unfinished"
        self.sections.close(
            self.options.sections if "sections" in self.options.discover else (), why
        )
