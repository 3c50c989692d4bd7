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

    scrapy crawl news -a site=foxnews -a sections=politics,world -a since=2025-05-01
    scrapy crawl news -a url=https://www.example.ch/politik/   # no profile: newsarchive.sites.adhoc
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime
from functools import cached_property
from typing import Any, Self
from urllib.parse import urlsplit

from scrapy import FormRequest, Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.referer import RefererMiddleware
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.items import ArticlePage, RequisitesWanted
from newsarchive.network.policy import NetworkPolicy
from newsarchive.pagebase import (
    base_href_ignored,
    base_href_ignored_unparsed,
    join,
    response_base,
)
from newsarchive.redislink import unreachable
from newsarchive.sites.base import ShowMore
from newsarchive.sites.queryarticles import articles_on_page, root_post_query
from newsarchive.spiders.article_pages import UnparsedPages, not_text, unarchived
from newsarchive.spiders.failures import (
    LogsFetchFailures,
    count_http_error,
    log_fetch_failure,
)
from newsarchive.spiders.frontier import SKIPPED_STAT, Article, Frontier, Waiting
from newsarchive.spiders.jsonlisting import is_json, read_json_listing
from newsarchive.spiders.listing import (
    PARSER_DEPTH,
    login_wall,
    nested_past_parser,
    section_entries,
)
from newsarchive.spiders.options import (
    CrawlOptions,
    SpiderArgumentError,
    check_allowed_origin,
    parse_options,
)
from newsarchive.spiders.pagination import on_listing, slug_page_shaped
from newsarchive.spiders.paging import first_request, onward, show_more_url
from newsarchive.spiders.postmore import PostMore
from newsarchive.spiders.reading import (
    OFF_THREAD_BYTES,
    ReadAhead,
    next_step,
    post_answer,
    read_off_thread,
    show_more_answer,
)
from newsarchive.spiders.refusals import SectionRefusals
from newsarchive.spiders.requisites import requisite_links
from newsarchive.spiders.restart import start_again
from newsarchive.spiders.scope import Scope, allowed_hosts, marked_move, moved_within_site
from newsarchive.spiders.sections import SectionListings
from newsarchive.spiders.sitemaps_feeds import SitemapsAndFeeds
from newsarchive.spiders.sources import (
    Entry,
    amp_show_more,
    looks_like_url,
)
from newsarchive.state.middleware import passes_state
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)


LISTING_PRIORITY = 10  # listings first: they decide what else is fetched (and when to stop)
REQUISITE_PRIORITY = -10  # images and styles after the pages that need them
# how a section ends whose next listing request another section asked for (`_take_listing`)
ELSEWHERE = frozenset(("shared", "other_section"))


def _page_number_shaped(url: str) -> bool:
    """Whether `url` has the shape of a page number `_on_page` tells from an article: `/?p=N`
    on the site's root (`root_post_query`), a listing's page named at a slug's end
    (`pagination.slug_page_shaped`). Other links are articles to `_on_page` exactly when
    they are to `_is_article`."""
    return ("?" in url and root_post_query(url)) or slug_page_shaped(url)


class NewsSpider(LogsFetchFailures, Spider):
    """Crawl one site profile; subclasses in `newsarchive.spiders.sites` bind the profile."""

    name = "news"
    site: str | None = None  # bound by the per-site subclasses
    sitemap_levels = 3  # LISTING_SITEMAP_LEVELS
    sections: SectionListings  # each section's listing: pages read, why it ended
    listed: SitemapsAndFeeds  # what robots.txt, sitemaps and feeds lead to
    refusals: SectionRefusals  # sections that gave nothing; a run that archived nothing
    unparsed: UnparsedPages  # article pages no pipeline parsed: requisites found here
    _taking_waiting = False  # inside the loop handing dropped articles' places on

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

    def _listing(
        self, url: str | None, callback: Any, sitemap: bool = False, **cb_kwargs: Any
    ) -> Iterator[Request]:
        """A request for a listing page, unless it was already asked for or is out of scope
        (`sitemap`: a sitemap, which may sit on the site's sitemap host: `Scope.sitemap`)."""
        url = (self.scope.sitemap(url) if sitemap else self.scope.resolve(url)) if url else None
        section = cb_kwargs.get("section")
        if url is None or not self._take_listing(url, section, cb_kwargs.get("page", 0)):
            return
        self.crawler.stats.inc_value("news/listings_requested")
        rendered = section if callback == self.parse_section else None
        meta = self.frontier.render_listing(rendered) if rendered is not None else {}
        meta[meta_keys.FILTERED_REDIRECTS] = True  # a retry's redirect is filtered too
        errback = self._listing_failed if "section" in cb_kwargs else self.fetch_failed
        yield Request(
            url, callback=callback, cb_kwargs=cb_kwargs, priority=LISTING_PRIORITY, meta=meta,
            errback=errback,
        )  # fmt: skip

    def _take_listing(self, key: str, section: str | None, page: int) -> bool:
        """Whether to ask for a listing page (`Frontier.take_listing`). One another section's
        listing asked for already (the same next page, the same "load more" form) is read
        once, there: this section ends `shared`, counted (news/listings_shared), not
        `last_page` (it had a next page; which of the two reads it is the answers' order).
        Another section's first page (all taken before anything is asked: `_first_pages`) is
        that section's: this one ends `other_section` (news/listings_next_other_section), its
        pages and articles not counted for it; so is where another's first page redirected
        (`SectionRefusals.scheduled`): taken here, the duplicate filter dropped it unanswered
        and this section never ended."""
        owner = self.sections.first_page_of(key) if section is not None else None
        if owner not in (None, section):
            taker: tuple[str, int] | None = (str(owner), 1)
        elif self.frontier.take_listing(key, section, page):
            return True
        else:
            taker = self.frontier.listing_taker(key, section) if section is not None else None
        if section is None or taker is None:
            return False
        if taker[1] == 1:
            self.crawler.stats.inc_value("news/listings_next_other_section")
            logger.debug("%s: its next page %s is section %s's first", section, key, taker[0])
            self.sections.end(section, "other_section")
        else:
            self.crawler.stats.inc_value("news/listings_shared")
            logger.debug("%s: its next page %s is read by section %s", section, key, taker[0])
            self.sections.shared(section, *taker)
        return False

    def _listing_failed(self, failure: Failure) -> None:
        """The errback of a section's listing pages (`SectionRefusals.failed`)."""
        self.refusals.failed(failure)

    # --- listings ----------------------------------------------------------

    async def parse_section(
        self, response: Response, section: str, page: int
    ) -> AsyncIterator[Request]:
        """A section's listing page. A large one (OFF_THREAD_BYTES) is parsed, and its
        JSON read (an answer, a Next.js `__NEXT_DATA__`, Arc's `Fusion.contentCache`),
        on a worker thread: 2 MB of it held the reactor, every download waiting."""
        ahead = None
        if isinstance(response, TextResponse) and len(response.body) >= OFF_THREAD_BYTES:
            self.crawler.stats.inc_value("news/listings_read_off_thread")
            profile = self.options.profile
            show_more = profile.show_more_for(section) is not None
            is_article = self._on_page(response)
            ahead = await read_off_thread(
                response, profile.listing, show_more, page, is_article, self.scope.resolve
            )
        for request in self._section_page(response, section, page, ahead):
            yield request

    def _section_page(
        self, response: Response, section: str, page: int, ahead: ReadAhead | None
    ) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("news/listings_not_text")
            return
        # a next page of no profile's that is an API; read off the thread for a large one (an
        # HTML-labelled answer is told by parsing it whole: not again on the reactor's)
        if ahead.selector is None if ahead else is_json(response):
            yield from self._json_page(response, section, page, ahead)
            return
        self._base_passed_over(response)
        listing = self.options.profile.listing
        is_article = self._on_page(response)
        entries = list(section_entries(response, listing, is_article, self.scope.resolve))
        if nested_past_parser(response):
            self.crawler.stats.inc_value("news/listings_nested_too_deep")
            logger.warning(
                "listing %s nests elements past %d levels: the parser stopped there, its links"
                " after that point not read",
                response.url,
                PARSER_DEPTH,
            )
        # `/?p=2` on a page of no WordPress, a listing's `/welt/alle-nachrichten-seite-3`: a
        # pager's link, no article
        paged = self._paged(entries, is_article)
        if paged:
            root = sum(1 for e in paged if root_post_query(e.url))
            stats = self.crawler.stats
            if root:
                stats.inc_value("news/links_root_page_numbers", root)
            if len(paged) > root:
                stats.inc_value("news/links_slug_listing_pages", len(paged) - root)
            entries = [e for e in entries if e not in paged]
        if page == 1 and (wall := login_wall(response, entries, is_article)) is not None:
            self.crawler.stats.inc_value("news/sections_login_wall")
            logger.warning("section %s redirected to a login page: %s", section, response.url)
            self.sections.refuse(section, f"redirected to a login page ({wall})")
            return
        listed: set[str] = set()
        yield from self._follow(entries, response, listed, section)
        yield from self._page_requisites(response)
        if self.options.find_sources:  # the feeds and sitemaps it names (`-a url=`)
            for url, sitemap in self.listed.on_page(response, self.options.discover):
                parse = self.parse_sitemap if sitemap else self.parse_feed
                yield from self._listing(url, parse, sitemap=sitemap)
        order = tuple(entry.url for entry in entries)
        if self._stopped(section, entries, listed, page, order, same_ends=True):
            return
        show_more = self.options.profile.show_more_for(section)
        if show_more is None:
            yield from self._next_page(response, section, page, len(listed), ahead)
        elif show_more.button is not None and not response.css(show_more.button):
            self.sections.end(section, "no_show_more")
        elif (first := first_request(response.text, show_more, section, len(listed))) is None:
            self.sections.end(section, "no_show_more")  # no first cursor on the page
        elif first[2] is not None:
            # a cursor that is a URL, relative to the page's <base href> if it has one
            base = response_base(response)
            yield from self._cursor_request(section, page + 1, first[2], base)
        else:
            yield from self._show_more(section, page + 1, first[1])

    def _json_page(
        self, response: TextResponse, section: str, page: int, ahead: ReadAhead | None = None
    ) -> Iterator[Request]:
        """A listing page answered as JSON (a "load more" API a control named, a Next.js
        data URL): its links, and the next answer it names or its query implies."""
        found = ahead.json if ahead else read_json_listing(response.body, response.url)
        if found is None:
            self.crawler.stats.inc_value("news/listings_unreadable")
            self.sections.end(section, "unreadable")
            return
        entries = [Entry(link) for link in found.links]
        listed: set[str] = set()
        yield from self._follow(entries, response, listed, section)
        if self._stopped(section, entries, listed, page, found.links, same_ends=True):
            return
        if found.cursor:  # paged by an opaque token: it ends where one gives nothing new
            if found.next is None:  # it hands back the cursor it was asked with: its last
                self.crawler.stats.inc_value("paging/cursor_handed_back")
                self.sections.end(section, "last_page")
                return
            self.sections.followed(section, (response.url,))  # A -> B -> A: a loop
            if not self.sections.follow_cursor(section, found.next):
                self.crawler.stats.inc_value("news/cursor_loops")
                self.sections.end(section, "cursor_loop")
                return
            if self.sections.nothing_new(section):
                self.sections.end(section, "repeats")
                return
            self.crawler.stats.inc_value("paging/next/json_cursor")
        elif found.next is not None:
            self.crawler.stats.inc_value("paging/next/json")
        more = self._listing(found.next, self.parse_section, section=section, page=page + 1)
        yield from self._or_end(section, more, "last_page")

    def _next_page(
        self, response: TextResponse, section: str, page: int, listed: int,
        ahead: ReadAhead | None = None,
    ) -> Iterator[Request]:  # fmt: skip
        """A section without a "show more" of the profile's: its next page, else the
        load-more list an AMP page declares, else its listing ended."""
        listing = self.options.profile.listing
        step = next_step(
            response, listing, page, listed, self._on_page(response), self.scope.resolve, ahead
        )
        if step.kind is not None:
            self.crawler.stats.inc_value(f"paging/next/{step.kind}")
            logger.debug("%s page %d: next page %s (%s)", section, page, step.url, step.kind)
        if step.post is not None:
            self.crawler.stats.inc_value("paging/next/post_form")
            more = self._post(section, page + 1, step.post)
            yield from self._or_end(section, more, "last_page")
            return
        if step.amp is not None:
            src, items, bookmark = step.amp
            yield from self._cursor_request(section, page + 1, src, response.url, (items, bookmark))
            return
        more = self._listing(step.url, self.parse_section, section=section, page=page + 1)
        yield from self._or_end(section, more, "last_page")

    def _post(self, section: str, page: int, post: PostMore) -> Iterator[Request]:
        """The POST a "load more" form makes, unless this listing asked it already."""
        if self.scope.resolve(post.url) is None or not self._take_listing(
            post.key(), section, page
        ):
            return
        self.crawler.stats.inc_value("news/listings_requested")
        yield FormRequest(
            post.url, formdata=list(post.form), callback=self.parse_post_more,
            cb_kwargs={"section": section, "page": page, "post": post},
            errback=self._listing_failed, priority=LISTING_PRIORITY,
            meta=self.frontier.render_listing(section),
        )  # fmt: skip

    def parse_post_more(
        self, response: Response, section: str, page: int, post: PostMore
    ) -> Iterator[Request]:
        """A POSTed "load more" answer: teasers' HTML, or JSON holding it; the next form
        while it lists new articles and does not say it is the last."""
        if not isinstance(response, TextResponse) or response.text.strip() in ("", "0", "-1"):
            self.sections.end(section, "last_page")  # admin-ajax.php's "0": no such hook (any more)
            return
        listing = self.options.profile.listing
        entries, last = post_answer(response, listing, self._is_article, self.scope.resolve)
        listed: set[str] = set()
        yield from self._follow(entries, response, listed, section)
        if self._stopped(section, entries, listed, page, tuple(e.url for e in entries)):
            return
        if last or not listed:
            self.sections.end(section, "last_page")
            return
        more = self._post(section, page + 1, post.moved_on(len(listed)))
        yield from self._or_end(section, more, "repeats")

    def _base_passed_over(self, response: TextResponse, parsed: bool = True) -> None:
        """Count a page whose `<base href>` is no URL (`http://[::1`, `javascript:`): its
        links, requisites and pager are joined with its own URL, as a browser does. An
        article (`parsed` False) is read from its bytes: its tree is the worker's to make."""
        ignored = base_href_ignored if parsed else base_href_ignored_unparsed
        if ignored(response):
            self.crawler.stats.inc_value("pages/base_href_ignored")
            logger.debug("%s: its <base href> is no URL, passed over", response.url)

    def _on_page(self, response: TextResponse) -> Callable[[str], bool]:
        """Which links of this listing page are articles: `_is_article`, but for `/?p=N`
        on the site's root, which is a post on a WordPress page and the root listing's page
        N on any other (`sites.queryarticles.root_post_query`): the page tells which; nor a
        page of a listing named at a slug's end (`/welt/alle-nachrichten-seite-3`) that the
        page shows is one (`pagination.on_listing`)."""
        listed = on_listing(self._is_article, lambda: response.selector, response.url)
        return articles_on_page(listed, response.body, response.url)

    def _paged(self, entries: list[Entry], is_article: Callable[[str], bool]) -> list[Entry]:
        """The links `_is_article` takes for articles that this page shows are none (`_on_page`):
        only a link of a page number's shape can be one, so only those are asked (asked of
        every link, the two `_is_article` calls each were a fifth of a 1,000-teaser page's
        parse: benchmarks/listing_paged_bench.py)."""
        return [
            e
            for e in entries
            if _page_number_shaped(e.url) and self._is_article(e.url) and not is_article(e.url)
        ]

    def _is_article(self, url: str) -> bool:
        """Whether a link is an article of the site (no next page, whatever its text)."""
        return self.scope.article(url) is not None

    def _spec(self, section: str, amp: tuple[str, str] | None = None) -> ShowMore:
        """The section's "show more": the profile's, or the one an AMP page declared."""
        if amp is not None:
            return amp_show_more(*amp)
        spec = self.options.profile.show_more_for(section)
        assert spec is not None, f"section {section} has no show-more"
        return spec

    def _show_more(self, section: str, page: int, offset: int) -> Iterator[Request]:
        path = show_more_url(self._spec(section), section, offset=offset)
        more = self._listing(
            self.options.profile.url(path), self.parse_show_more,
            section=section, page=page, offset=offset,
        )  # fmt: skip
        yield from self._or_end(section, more, "repeats")  # that answer was asked for already

    def _cursor_request(
        self, section: str, page: int, cursor: str, base: str, amp: tuple[str, str] | None = None,
        chain: tuple[str, ...] = (),
    ) -> Iterator[Request]:  # fmt: skip
        """The request a cursor leads to: the URL it is, else the profile's template with
        it; a cursor this section followed before ends it (a loop). The cursors of the
        listing so far (`chain`) go with the request: in a shared crawl the worker that
        reads its answer may not be the one that followed them."""
        if not self.sections.follow_cursor(section, cursor):
            self.crawler.stats.inc_value("news/cursor_loops")
            self.sections.end(section, "cursor_loop")
            return
        spec = self._spec(section, amp)
        if looks_like_url(cursor):
            joined = join(base, cursor)  # None: no URL can be made of it (`http://[::1`)
            if joined is None:
                self.crawler.stats.inc_value("news/cursor_no_url")
                logger.warning("show-more of %s names a next URL that is none: %r", base, cursor)
                self.sections.end(section, "no_cursor")
                return
            url = joined
            if self.scope.resolve(url) is None:
                logger.warning("show-more of %s leads off the site: %s", base, url)
                self.sections.end(section, "offsite_cursor")
                return
        elif spec.url:
            url = self.options.profile.url(show_more_url(spec, section, cursor=cursor))
        else:  # a token, and no template to put it in
            logger.warning("show-more cursor %r of %s is no URL: listing ended", cursor, base)
            self.sections.end(section, "no_cursor")
            return
        kwargs: dict[str, Any] = {"section": section, "page": page, "cursor": cursor}
        kwargs["chain"] = (*chain, cursor)
        if amp is not None:
            kwargs["amp"] = amp
        more = self._listing(url, self.parse_show_more, **kwargs)
        yield from self._or_end(section, more, "repeats")

    def _or_end(self, section: str, requests: Iterator[Request], reason: str) -> Iterator[Request]:
        """The next listing request of a section; none (no such page, or one already
        asked for) ends the section for `reason`."""
        found = list(requests)
        if not found and self.sections.section(section).ended not in ELSEWHERE:
            self.sections.end(section, reason)
        yield from found

    def parse_show_more(
        self, response: Response, section: str, page: int, offset: int = 0,
        cursor: str | None = None, amp: tuple[str, str] | None = None,
        chain: tuple[str, ...] = (),
    ) -> Iterator[Request]:  # fmt: skip
        """A "show more" answer: its articles, then the next offset or cursor it leads to."""
        self.sections.followed(section, chain)
        spec = self._spec(section, amp)
        answer = show_more_answer(spec, response, offset)
        if answer is None:
            self.crawler.stats.inc_value("news/show_more_unreadable")
            logger.warning("show-more answer of unexpected shape: %s", response.url)
            self.sections.end(section, "unreadable")
            return
        listed: set[str] = set()
        yield from self._follow(answer.entries, response, listed, section)
        if self._stopped(section, list(answer.entries), listed, page):
            return
        step = onward(answer, spec, offset, cursor)
        if step.cursor is not None and step.cursor == cursor:
            # the cursor it was asked with, handed back: a normal last page (no loop)
            self.crawler.stats.inc_value("paging/cursor_handed_back")
            self.sections.end(section, "last_page")
        elif step.end is not None:
            self.sections.end(section, step.end)
        elif step.cursor is not None:
            yield from self._cursor_request(
                section, page + 1, step.cursor, response.url, amp, tuple(chain)
            )
        elif step.offset is not None:
            yield from self._show_more(section, page + 1, step.offset)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """The news sitemaps a site's robots.txt names (a profile built from `-a url=`)."""
        for target in self.listed.robots(response):
            yield from self._listing(target, self.parse_sitemap, sitemap=True)

    def _robots_unread(self, failure: Failure) -> Iterator[Request]:
        for target in self.listed.robots_unread(failure):  # pages' news sitemaps instead
            yield from self._listing(target, self.parse_sitemap, sitemap=True)

    def start_moved(self, request: Request) -> bool:
        """A section's first page redirected off the site's hosts (OffsiteMiddleware asks):
        to another name of the same site (`news.example.org/politik/` ->
        `example.org/politik/`, or back) that host is the site's too from now, in the scope
        links are read by and the allowed domains (`scope/start_moved`); to another site it
        is dropped (the section refused: redirected off the site)."""
        if request.callback != self.parse_section or request.cb_kwargs.get("page", 1) != 1:
            return False
        host = moved_within_site(request.meta, request.url)
        if host is None:
            return False
        self._take_in(urlsplit(request.meta["redirect_urls"][0]).hostname or "", host)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("scope/start_moved")
        logger.info(
            "section %s moved to %s, another name of the same site: its pages there are crawled",
            request.cb_kwargs.get("section"),
            urlsplit(request.url).netloc,
        )
        return True

    def moved_elsewhere(self, request: Request) -> bool:
        """A request to a host a section moved to that this worker never saw move (another
        worker of a shared crawl read the section, or this one before it was restarted; its
        mark, MOVED_HOST, says so: OffsiteMiddleware asks): taken in here too, as
        `start_moved` took it (`scope/start_moved_shared`). It was dropped as offsite, the
        section's pages there lost."""
        move = marked_move(request.meta, request.url, self.scope.owns)
        if move is None:
            return False
        self._take_in(*move)
        assert self.crawler.stats is not None
        self.crawler.stats.inc_value("scope/start_moved_shared")
        logger.info(
            "%s moved to %s, another name of the same site (as another worker, or an earlier"
            " start, saw): its pages there are crawled",
            *move,
        )
        return True

    def _take_in(self, first: str, host: str) -> None:
        """`host`, where a section moved from `first`, is the site's from now: in the scope
        links are read by, and for OffsiteMiddleware and SectionRefusals (`moved_hosts`: that
        host and its www. twin, its requests marked). No allowed_domains entry: Scrapy takes
        every subdomain of one in, and a page on a platform's name a blog moved to
        (`blog.platform.test` -> `platform.test`) redirecting to another blog of it was
        fetched."""
        self.scope.adopt(host)
        self.moved_hosts[host] = first

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

    def _stopped(
        self, section: str, entries: list[Entry], listed: set[str], page: int,
        order: tuple[str, ...] = (), same_ends: bool = False,
    ) -> bool:  # fmt: skip
        """Count a section's listing page; whether it is the last one worth reading
        (`SectionListings.page_read`): the frontier says if it reached `since` or the limit."""
        too_old = any(self.frontier.day_in_range(entry) is False for entry in entries)
        return self.sections.page_read(
            section, listed, page, order, full=self.frontier.full(), too_old=too_old,
            same_ends=same_ends,
        )  # fmt: skip

    def closed(self, reason: str) -> None:
        """Sections whose end this worker did not read: in a shared crawl that finished
        (the queue ran dry with no worker busy) another worker read it, else unfinished."""
        shared = bool(self.crawler.settings.get("NEWSARCHIVE_REDIS_URL"))
        why = "elsewhere" if shared and reason == "finished" else "unfinished"
        self.sections.close(
            self.options.sections if "sections" in self.options.discover else (), why
        )

    # --- articles ----------------------------------------------------------

    def _follow(
        self,
        entries: Iterable[Entry],
        page: Response,
        listed: set[str] | None = None,
        section: str | None = None,
    ) -> Iterator[Request]:
        """Requests for the new, in-scope, recent-enough articles among the `entries` of the
        listing `page` (its URL their base).

        Every article URL the entries name is added to `listed`, new or not;
        `section` is the profile section whose listing this is (None: a sitemap or feed).
        """
        stats = self.crawler.stats
        base = page.url
        for entry in entries:
            url = self.scope.resolve(entry.url, base)
            article = self.scope.article(url) if url else None
            if article is not None and listed is not None:
                listed.add(article)
            if article is None:
                stats.inc_value(
                    "news/links_skipped_offsite" if url is None else "news/links_not_article"
                )
                continue
            if section is None:
                self.refusals.listed_elsewhere = True
            found = self.frontier.article(article, entry)
            if found is Article.RELISTED:
                # newsarchive.state decides whether the later date means a re-fetch
                yield self._article_request(article, entry, section, relisted=True)
            elif found is Article.NEW:
                stats.inc_value("news/articles_requested")
                yield self._article_request(article, entry, section)
            else:
                stats.inc_value(SKIPPED_STAT[found])
                if found is Article.FULL:
                    self.frontier.wait(article, entry, section, self._referrer(page, article))

    def _article_request(
        self, article: str, entry: Entry, section: str | None, relisted: bool = False,
        again: bool = False,
    ) -> Request:  # fmt: skip
        """Listing dates travel in meta for the crawl state (`newsarchive.state.middleware`).

        A `relisted` request (a later listing dates the article's change later) is
        only a hint: the state middleware fetches it or drops it, never twice. One asked
        `again` (its first claim refused over a shared limit) is past the duplicate filter,
        which saw its first request.
        """
        meta = self.frontier.article_meta(article, entry, section, relisted)
        return Request(
            article, callback=self.parse_article, errback=self.fetch_failed, meta=meta,
            dont_filter=relisted or again,
        )  # fmt: skip

    def _article_skipped(self, request: Request) -> None:
        """The crawl state dropped an article request as it was yielded (before the next
        link is looked at): `max_articles` counts what this run fetches, not what it skips.
        The article from meta: a redirect changes `request.url`."""
        article = request.meta.get(meta_keys.COUNTED)
        if isinstance(article, str):
            self.frontier.skipped(article)

    def _article_dropped(self, request: Request) -> None:
        """A counted article request dropped where it is scheduled: the duplicate filter
        compares `canonicalize_url` fingerprints, finer-grained keys than the spider's
        (`caf%c3%a9` and `café` are two articles here, one page there), and a redirect may
        land on a page asked already or off the site. No errback runs, and its place under
        `max_articles` was lost: the run ended short. It goes to the next waiting article.
        A redirect's first URL was claimed in the crawl state as it was fetched: that claim
        is given back (one never fetched here has none, and another worker's is kept).

        Not a retry or redirect the shared scheduler refused as another worker took its
        request back while this one stalled (`LEFT_TO_TAKER`, sent as a drop too): that
        one fetches it, as in `_refused` (before, the drop took this worker's new copy's
        claim out of the run's articles)."""
        article = request.meta.get(meta_keys.COUNTED)
        if request.callback != self.parse_article or not isinstance(article, str):
            return
        if request.meta.get(meta_keys.LEFT_TO_TAKER):
            return
        self.frontier.skipped(article)
        self.crawler.stats.inc_value("news/articles_dropped")
        self._gave_no_item(article)
        # a waiting article this loop asked for, dropped as it was scheduled (a spelling of
        # an article asked already, a lost shared scheduler dropping every request): its
        # place is free again and the loop below takes the next one. Before, each drop
        # began a loop of its own inside the last: a RecursionError past a few dozen.
        if self._taking_waiting:
            return
        assert self.crawler.engine is not None
        self._taking_waiting = True
        try:
            for taken in self._next_waiting():
                self.crawler.engine.crawl(taken)
        finally:
            self._taking_waiting = False

    def _refused(self, request: Request | None) -> Iterator[Request]:
        """A counted article gave no item (failed, empty, undecodable, cut, not text): it does
        not use up `max_articles`, and the next article listed past the limit is asked for.

        Not one another worker took back while this one stalled (`LEFT_TO_TAKER`): that one
        fetches it, and the run's claim on it is that copy's (the old copy's end dropped it
        from the run's articles, and another listing had the article fetched twice). Nor one
        refused as a shared run's articles reached the limit (`OVER_LIMIT`): before, each such
        refusal asked for the next waiting article, refused in turn, through the whole list."""
        if request is None or request.meta.get(meta_keys.LEFT_TO_TAKER):
            return
        article = request.meta.get(meta_keys.COUNTED)
        if not isinstance(article, str):
            return
        if request.meta.get(meta_keys.OVER_LIMIT):  # the run is full: no place freed here
            self._wait_again(request, article)
            return
        self.frontier.skipped(article)
        # one the state skipped where it is fetched (known, unchanged) is no refusal: its
        # place is free, and the state counted the skip
        if not request.meta.get(meta_keys.STATE_SKIPPED):
            self.crawler.stats.inc_value("news/articles_refused_uncounted")
            self._gave_no_item(article)
        yield from self._next_waiting()

    def _wait_again(self, request: Request, article: str) -> None:
        """A counted article whose claim a shared run refused over `max_articles` (another
        worker's claim took the last place first, a top-up's too) waits again for a place,
        counted `news/articles_waiting_again`: the next place that frees is its own (a top-up
        as this worker goes idle), or the run ends and the next run fetches it. Before, it
        was dropped and forgotten. As it was listed: its section, listing date and Referer."""
        modified = request.meta.get(meta_keys.LISTED_MODIFIED)
        entry = Entry(article, modified=modified if isinstance(modified, datetime) else None)
        section = request.meta.get(meta_keys.LISTING_SECTION)
        referer = request.headers.get("Referer")
        waiting = Waiting(
            article,
            entry,
            section if isinstance(section, str) else None,
            referer.decode("latin-1") if referer else None,
        )
        self.frontier.wait_again(waiting)
        self.crawler.stats.inc_value("news/articles_waiting_again")

    def _gave_no_item(self, article: str) -> None:
        """A shared run's limit does not count it (its claim, if this worker made one)."""
        state = getattr(self.crawler, CRAWL_STATE, None)
        if isinstance(state, CrawlStateRun):
            with contextlib.suppress(*unreachable()):  # the shared crawl stops (one line)
                state.gave_no_item(article)

    def _next_waiting(self) -> Iterator[Request]:
        """Waiting articles' requests, while `max_articles` has room."""
        while (waiting := self.frontier.next_waiting()) is not None:
            if (taken := self._waiting_request(waiting)) is not None:
                yield taken

    def _waiting_request(self, waiting: Waiting) -> Request | None:
        """A waiting article's request, asked of the crawl state here: it leaves from an
        errback or spider_idle, whose requests pass no spider middleware (before, a known,
        unchanged one went to robots and the network guard and was counted as an article
        that gave no item). None: the state skipped it (its place given back, counted as a
        skip). The listing page that named it is its Referer, as for one asked at once."""
        request = self._article_request(
            waiting.article, waiting.entry, waiting.section, again=waiting.again
        )
        state = getattr(self.crawler, CRAWL_STATE, None)
        if isinstance(state, CrawlStateRun) and not passes_state(self.crawler, state, request):
            return None
        if waiting.referrer is not None:
            request.headers.setdefault("Referer", waiting.referrer)
        elif self._referer_middleware is not None:
            # none, as its listing's policy says: not the failed article's URL, which
            # RefererMiddleware gives what an errback yields (a policy of the request's own)
            request.meta["referrer_policy"] = "no-referrer"
        self.crawler.stats.inc_value("news/articles_requested")
        return request

    def _referrer(self, page: Response, url: str) -> str | None:
        """The Referer Scrapy's RefererMiddleware gives a request for `url` that `page`
        yields (the page's own Referrer-Policy header, else `REFERRER_POLICY`): a waiting
        article leaves later from an errback or spider_idle, outside that middleware, and
        still carries the Referer it would have. Before, the listing's header was ignored
        (a `no-referrer` listing's waiting articles sent its full URL). None: none is sent."""
        if self._referer_middleware is None:
            return None
        return self._referer_middleware.policy(page, Request(url)).referrer(page.url, url)

    @cached_property
    def _referer_middleware(self) -> RefererMiddleware | None:
        """Scrapy's RefererMiddleware as the crawl's settings make it (`REFERER_ENABLED`,
        `REFERRER_POLICY`, `REFERRER_POLICIES`); None: Referer off. (Built apart from
        `from_crawler`, which would connect a second handler to request_scheduled.)"""
        settings = self.crawler.settings
        if not settings.getbool("REFERER_ENABLED"):
            return None
        return RefererMiddleware(settings)

    def _take_freed_places(self) -> None:
        """spider_idle: places a shared run's articles left under `max_articles` (freed by
        articles that gave no item in workers with none waiting) go to this worker's waiting
        articles. Before, this worker still counted them and the run ended short."""
        limit, state = self.options.max_articles, getattr(self.crawler, CRAWL_STATE, None)
        if limit is None or not isinstance(state, CrawlStateRun):
            return
        places = None
        with contextlib.suppress(*unreachable()):  # the shared crawl stops (one line)
            places = state.places_left(limit)
        if not places:
            return
        assert self.crawler.engine is not None
        taken = 0
        while taken < places and (batch := list(self.frontier.waiting_for(places - taken))):
            for waiting in batch:  # one the state skips takes no place: the next batch does
                if (request := self._waiting_request(waiting)) is not None:
                    taken += 1
                    self.crawler.engine.crawl(request)
        if taken:
            raise DontCloseSpider

    def fetch_failed(self, failure: Failure) -> Any:
        """The errback; a counted article's failure makes room under `max_articles`."""
        refill = list(self._refused(getattr(failure, "request", None)))
        if not refill:
            return super().fetch_failed(failure)
        count_http_error(self.crawler.stats, failure)  # handled here, not by HttpErrorMiddleware
        log_fetch_failure(failure)  # says nothing of a dropped request, as before
        return refill

    def _page_requisites(self, response: TextResponse) -> Iterator[Request]:
        """Requests for the in-scope images, styles and scripts a fetched page needs to replay."""
        if self._wants_requisites(response):
            yield from self._requisite_requests(requisite_links(response))

    def _wants_requisites(self, response: TextResponse) -> bool:
        """A rendered page needs none: the browser loaded them, and they are archived."""
        return self.options.requisites and not response.meta.get("playwright")

    def _requisite_requests(self, links: Iterable[str]) -> Iterator[Request]:
        for url in self.frontier.requisites(links):
            self.crawler.stats.inc_value("news/requisites_requested")
            yield Request(
                url, callback=self.parse_requisite, errback=self.fetch_failed,
                priority=REQUISITE_PRIORITY, meta={meta_keys.REQUISITE: True},
            )  # fmt: skip

    def parse_requisite(self, response: Response) -> Iterator[Request]:
        """Archived on arrival (newsarchive.warc); nothing in it to follow."""
        return iter(())

    async def parse_article(self, response: Response) -> AsyncIterator[ArticlePage | Request]:
        """The page goes to extraction; its requisite links come back from the worker that
        parses it (no second parse of every article in the crawl's process)."""
        if not isinstance(response, TextResponse):
            not_text(self.crawler, response)
            for request in self._refused(response.request):
                yield request
            return
        if response.meta.get(meta_keys.WARC_FAILED):  # not archived: the next run exports it
            self.crawler.stats.inc_value("news/articles_unarchived")
            for request in self._refused(response.request):
                yield request
            return
        self._base_passed_over(response, parsed=False)
        wanted = RequisitesWanted() if self._wants_requisites(response) else None
        ref = response.meta.get(meta_keys.WARC_RECORD)
        yield ArticlePage(
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            site=self.options.profile.name,
            provenance=ref.provenance if ref else unarchived(),
            requisites=wanted,
        )
        if wanted is not None:
            links = await wanted
            for request in self._requisite_requests(
                requisite_links(response) if links is None else links
            ):
                yield request
