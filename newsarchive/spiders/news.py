"""The news spider: section pages, "show more" JSON, news sitemaps and feeds -> articles.

It only navigates. Everything site-specific comes from a `SiteProfile`;
every article page is handed on as an `ArticlePage` with the WARC record
that holds it, and `ExtractArticlePipeline` reads it.

It decides which sections, listing pages, articles and next requests to fetch;
what a fetched page holds is read elsewhere, so that reading stays testable
without a crawl: `listing` and `reading` (a section page's links and where it
goes on), `jsonlisting`, `postmore`, `nextjs`, `arcfusion` (answers of no
profile's), `sources` and `paging` (a profile's show-more answers, when a listing
ends). The run's state has one owner each: `Frontier` (what was asked for,
limits), `SectionListings` (each section's pages and end), `Scope` (where a URL
may go).

    scrapy crawl news -a site=foxnews -a sections=politics,world -a since=2025-05-01
    scrapy crawl news -a url=https://www.example.ch/politik/   # no profile: newsarchive.sites.adhoc
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

from scrapy import FormRequest, Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.url import url_is_from_any_domain
from twisted.internet.threads import deferToThread
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.items import ArticlePage, RequisitesWanted
from newsarchive.network.policy import NetworkPolicy
from newsarchive.provenance import Provenance
from newsarchive.redislink import unreachable
from newsarchive.sites.base import ShowMore
from newsarchive.spiders.failures import (
    LogsFetchFailures,
    log_fetch_failure,
    refusal,
    sections_refused,
)
from newsarchive.spiders.frontier import Article, Frontier
from newsarchive.spiders.jsonlisting import is_json, read_json_listing
from newsarchive.spiders.listing import login_wall, section_entries
from newsarchive.spiders.options import (
    CrawlOptions,
    SpiderArgumentError,
    check_allowed_origin,
    parse_options,
)
from newsarchive.spiders.pagination import page_base
from newsarchive.spiders.paging import first_request, onward, show_more_url
from newsarchive.spiders.postmore import PostMore
from newsarchive.spiders.reading import (
    ReadAhead,
    next_step,
    post_answer,
    read_ahead,
    show_more_answer,
)
from newsarchive.spiders.requisites import requisite_links
from newsarchive.spiders.scope import Scope, allowed_hosts
from newsarchive.spiders.sections import SectionListings
from newsarchive.spiders.site_sources import page_feeds, robots_sitemaps
from newsarchive.spiders.sources import (
    Entry,
    amp_show_more,
    looks_like_url,
    parse_sitemap,
    read_feed,
)
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun
from newsarchive.timestamps import aware

logger = logging.getLogger(__name__)

NOT_TEXT_STAT = "news/articles_not_text/"  # + the media type (the run report's "failed")
SECTIONS_REFUSED = "sections_refused"  # finish reason: every section refused, nothing archived


_SKIPPED = {
    Article.DUPLICATE: "news/links_duplicate",
    Article.BEFORE_SINCE: "news/articles_skipped_since",
    Article.FULL: "news/articles_skipped_max",
}
# A listing page this large is parsed, and its JSON read, on a worker thread: a 2 MB
# __NEXT_DATA__ held the reactor's thread for tens of ms (benchmarks/listing_stall.py).
OFF_THREAD_BYTES = 256 * 1024
LISTING_PRIORITY = 10  # listings first: they decide what else is fetched (and when to stop)
REQUISITE_PRIORITY = -10  # images and styles after the pages that need them


class NewsSpider(LogsFetchFailures, Spider):
    """Crawl one site profile; subclasses in `newsarchive.spiders.sites` bind the profile."""

    name = "news"
    site: str | None = None  # bound by the per-site subclasses
    sitemap_levels = 3  # LISTING_SITEMAP_LEVELS
    sections: SectionListings  # each section's listing: pages read, why it ended

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        check_allowed_origin(spider.options.profile, NetworkPolicy.from_settings(crawler.settings))
        # Settings are still open here; `-s` on the command line outranks "spider".
        politeness = spider.options.profile.politeness.scrapy_settings()
        crawler.settings.setdict(politeness, priority="spider")
        spider.sections = SectionListings(crawler, spider.options.depth)
        spider.sitemap_levels = crawler.settings.getint("LISTING_SITEMAP_LEVELS", 3)
        # a page no extraction pipeline parsed: its requisites are found here after all
        for signal in (signals.item_dropped, signals.item_error):
            crawler.signals.connect(spider._page_done, signal=signal)
        crawler.signals.connect(spider._pipelines_opened, signal=signals.spider_opened)
        crawler.signals.connect(spider._article_skipped, signal=na_signals.article_skipped)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._listing_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider._listing_scheduled, signal=signals.request_scheduled)
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
        # a sitemap or feed named an in-scope article (asked for or not: before `since`,
        # a duplicate, past `max_articles`): the run read a source that works
        self._listed_elsewhere = False

    # --- starting points ---------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        profile, options = self.options.profile, self.options
        logger.info("crawling %s from %s via %s", profile.name, profile.base_url, options.discover)
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
        if "sections" in options.discover:
            for section in options.sections:
                url = profile.url(profile.sections[section])
                if self.sections.claim(self.scope.resolve(url) or url, section) != section:
                    continue  # a page named twice is asked once, for both
                for request in self._listing(url, self.parse_section, section=section, page=1):
                    yield request
        if "sitemap" in options.discover:
            for url in profile.sitemaps:
                for request in self._listing(profile.url(url), self.parse_sitemap):
                    yield request
        if "rss" in options.discover:
            for url in profile.feeds:
                for request in self._listing(profile.url(url), self.parse_feed):
                    yield request

    def _listing(
        self, url: str | None, callback: Any, sitemap: bool = False, **cb_kwargs: Any
    ) -> Iterator[Request]:
        """A request for a listing page, unless it was already asked for or is out of scope
        (`sitemap`: a sitemap, which may sit on the site's sitemap host: `Scope.sitemap`)."""
        url = (self.scope.sitemap(url) if sitemap else self.scope.resolve(url)) if url else None
        if url is None or not self.frontier.take_listing(url):
            return
        self.crawler.stats.inc_value("news/listings_requested")
        section = cb_kwargs["section"] if callback == self.parse_section else None
        meta = self.frontier.render_listing(section) if section is not None else {}
        errback = self._listing_failed if "section" in cb_kwargs else self.fetch_failed
        yield Request(
            url, callback=callback, cb_kwargs=cb_kwargs, priority=LISTING_PRIORITY, meta=meta,
            errback=errback,
        )  # fmt: skip

    def _listing_failed(self, failure: Failure) -> None:
        """A section's listing page that did not come: past its end (a later page
        not found), or failed (the run report says which)."""
        log_fetch_failure(failure)
        request = failure.request  # type: ignore[attr-defined]
        if request.meta.get(meta_keys.LEFT_TO_TAKER):
            return  # another worker took it back and reads it: its end is that one's
        section, page = request.cb_kwargs["section"], request.cb_kwargs.get("page", 1)
        status = failure.value.response.status if failure.check(HttpError) else None
        # WordPress's REST API answers 400 for a page past its last (a 400 for a cursor,
        # one expired or refused, is a failure: the listing did not end there)
        past = (404, 410, 400) if "offset" in request.cb_kwargs else (404, 410)
        if page == 1:
            self.sections.refuse(section, refusal(failure))
        else:
            self.sections.end(section, "past_end" if status in past else "failed")

    def _listing_scheduled(self, request: Request) -> None:
        """Note which section a first page (or a redirect of one) is asked for."""
        if request.callback == self.parse_section and request.cb_kwargs.get("page", 1) == 1:
            self.sections.scheduled(request.url, request.cb_kwargs["section"])

    def _listing_dropped(self, request: Request) -> None:
        """A section's first page redirected off the site: the redirect is dropped where it
        is scheduled (OffsiteMiddleware), its errback never called, and a site whose every
        section moved elsewhere (a new domain) ended `finished`, exit 0, nothing archived.
        Redirected to another section's page, it is dropped as asked for already: the two
        sections are one listing (neither read nor refused, it kept such a run `finished`)."""
        section = request.cb_kwargs.get("section")
        if request.callback != self.parse_section or section is None:
            return
        if request.cb_kwargs.get("page", 1) != 1:
            return
        owner = self.sections.first_page_of(request.url)
        if owner is not None and owner != section:  # asked for already, for that section
            self.sections.share(section, owner)
            return
        host = urlsplit(request.url).hostname or ""  # without its port
        if not request.meta.get("redirect_urls") or url_is_from_any_domain(
            f"http://{host}/", self.allowed_domains
        ):
            return
        host = urlsplit(request.url).netloc
        self.sections.refuse(section, f"redirected off the site (to {host})")

    def _idle(self) -> None:
        """Every section refused at its first page and no article asked for or listed from
        elsewhere (a sitemap or feed naming only articles before `since` did its job):
        the run archived nothing it was run for. It ends `sections_refused` (exit status 1,
        the stat `news/sections_refused` its last line) instead of `finished`, exit 0 and
        alarms. A shared crawl's worker reads only some listing pages: not judged here."""
        if "sections" not in self.options.discover or self.crawler.settings.get(
            "NEWSARCHIVE_REDIS_URL"
        ):
            return
        refused = self.sections.all_refused(self.options.sections)
        if not refused or self._listed_elsewhere:
            return
        if self.crawler.stats.get_value("news/articles_requested"):
            return
        why = sections_refused(refused)
        if self.crawler.stats.get_value("news/sections_refused") is None:
            # once: another idle handler (a browser's, a shared crawl's) may keep the
            # spider open, and this one is asked again at every idle check
            logger.error("%s: nothing archived", why)
        self.crawler.stats.set_value("news/sections_refused", why)
        raise CloseSpider(SECTIONS_REFUSED)

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
            read = deferToThread(
                read_ahead, response, profile.listing, show_more, page, self._is_article,
                self.scope.resolve,
            )  # fmt: skip
            ahead = await maybe_deferred_to_future(read)
        for request in self._section_page(response, section, page, ahead):
            yield request

    def _section_page(
        self, response: Response, section: str, page: int, ahead: ReadAhead | None
    ) -> Iterator[Request]:
        if not isinstance(response, TextResponse):
            self.crawler.stats.inc_value("news/listings_not_text")
            return
        if is_json(response):  # a next page of no profile's that is an API
            yield from self._json_page(response, section, page, ahead)
            return
        listing = self.options.profile.listing
        entries = list(section_entries(response, listing, self._is_article, self.scope.resolve))
        if page == 1 and (wall := login_wall(response, entries, self._is_article)) is not None:
            self.crawler.stats.inc_value("news/sections_login_wall")
            logger.warning("section %s redirected to a login page: %s", section, response.url)
            self.sections.refuse(section, f"redirected to a login page ({wall})")
            return
        listed: set[str] = set()
        yield from self._follow(entries, response.url, listed, section)
        yield from self._page_requisites(response)
        if self.options.find_sources and "rss" in self.options.discover:
            for feed in page_feeds(response.selector, response.url):
                yield from self._listing(feed, self.parse_feed)
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
            base = page_base(response.selector, response.url)
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
        yield from self._follow(entries, response.url, listed, section)
        if self._stopped(section, entries, listed, page, found.links, same_ends=True):
            return
        if found.cursor:  # paged by an opaque token: it ends where one gives nothing new
            if found.next is None or self.sections.nothing_new(section):
                self.sections.end(section, "cursor_loop" if found.next is None else "repeats")
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
            response, listing, page, listed, self._is_article, self.scope.resolve, ahead
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
        if self.scope.resolve(post.url) is None or not self.frontier.take_listing(post.key()):
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
        yield from self._follow(entries, response.url, listed, section)
        if self._stopped(section, entries, listed, page, tuple(e.url for e in entries)):
            return
        if last or not listed:
            self.sections.end(section, "last_page")
            return
        more = self._post(section, page + 1, post.moved_on(len(listed)))
        yield from self._or_end(section, more, "repeats")

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
            url = urljoin(base, cursor)
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
        if not found:
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
        yield from self._follow(answer.entries, response.url, listed, section)
        if self._stopped(section, list(answer.entries), listed, page):
            return
        step = onward(answer, spec, offset, cursor)
        if step.end is not None:
            self.sections.end(section, step.end)
        elif step.cursor is not None:
            yield from self._cursor_request(
                section, page + 1, step.cursor, response.url, amp, tuple(chain)
            )
        elif step.offset is not None:
            yield from self._show_more(section, page + 1, step.offset)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        """The news sitemaps a site's robots.txt names (a profile built from `-a url=`)."""
        news, others = robots_sitemaps(response.body, response.url)
        if others:
            logger.info(
                "robots.txt names %d sitemap(s) not of news, not read: %s",
                len(others), ", ".join(others[:5]),
            )  # fmt: skip
        fetched = {url: self.scope.sitemap(url) for url in news}
        offsite = [url for url, target in fetched.items() if target is None]
        self.crawler.stats.set_value("news/robots_sitemaps_news", len(news) - len(offsite))
        if offsite:
            self.crawler.stats.set_value("news/robots_sitemaps_offsite", len(offsite))
            logger.warning(
                "robots.txt names %d news sitemap(s) on another site, not read: %s",
                len(offsite), ", ".join(offsite[:5]),
            )  # fmt: skip
        for target in fetched.values():
            yield from self._listing(target, self.parse_sitemap, sitemap=True)

    def _robots_unread(self, failure: Failure) -> None:
        self.crawler.stats.inc_value("news/robots_unread")
        logger.info("robots.txt not read (%s): no sitemap of the site's own", refusal(failure))

    def parse_sitemap(self, response: Response, level: int = 0) -> Iterator[Request]:
        """A sitemap's articles, and the child sitemaps of an index down to
        LISTING_SITEMAP_LEVELS below the profile's (`level` 0): an index naming a new
        index on every answer (`?n=1`, `?n=2` ...) was read for ever."""
        sitemap = parse_sitemap(response.body)
        if not sitemap.children and not sitemap.entries:
            self.crawler.stats.inc_value("news/sitemaps_empty")
            self._listed_nothing("sitemap", response)
        if sitemap.children and level >= self.sitemap_levels:
            self.crawler.stats.inc_value("news/sitemaps_too_deep", len(sitemap.children))
            self.logger.warning(
                "sitemap %s: %d child sitemap(s) not read, nested deeper than"
                " LISTING_SITEMAP_LEVELS (%d) below the profile's sitemap",
                response.url,
                len(sitemap.children),
                self.sitemap_levels,
            )
        for child in sitemap.children if level < self.sitemap_levels else ():
            if self.frontier.sitemap_before_since(child):
                self.crawler.stats.inc_value("news/sitemaps_skipped_since")
                continue
            target = self.scope.sitemap(child.url, response.url)
            if target is None:
                self.crawler.stats.inc_value("news/sitemaps_offsite")
                logger.warning("sitemap %s names a sitemap on another site, not read: %s",
                               response.url, child.url)  # fmt: skip
                continue
            yield from self._listing(target, self.parse_sitemap, sitemap=True, level=level + 1)
        yield from self._follow(sitemap.entries, response.url)

    def _listed_nothing(self, kind: str, response: Response) -> None:
        """One line naming a sitemap or feed that listed nothing and what it was served as:
        a moved one often answers 200 with the site's home page."""
        served = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        self.logger.warning(
            "%s %s lists no URL (%s bytes served as %s); check the profile's %ss",
            kind,
            response.url,
            f"{len(response.body):,}",
            served.split(";")[0].strip() or "no Content-Type",
            kind,
        )

    def parse_feed(self, response: Response, page: int = 1) -> Iterator[Request]:
        """A feed's entries; its next (older) page, RFC 5005's rel=next, while the page
        lists something, none of it before `since`, within `depth` (no page twice)."""
        feed = read_feed(response.body)
        if feed.unlinked:
            self.crawler.stats.inc_value("news/feed_items_unlinked", feed.unlinked)
            self.logger.warning(
                "feed %s: %d item(s) name no page (no link, no guid that is a URL): skipped",
                response.url,
                feed.unlinked,
            )
        if not feed.entries:
            self.crawler.stats.inc_value("news/feeds_empty")
            self._listed_nothing("feed", response)
        yield from self._follow(feed.entries, response.url)
        if feed.next is None or not feed.entries or page >= self.options.depth:
            return
        if any(self.frontier.day_in_range(entry) is False for entry in feed.entries):
            return
        self.crawler.stats.inc_value("news/feed_pages")
        yield from self._listing(response.urljoin(feed.next), self.parse_feed, page=page + 1)

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
        base: str,
        listed: set[str] | None = None,
        section: str | None = None,
    ) -> Iterator[Request]:
        """Requests for the new, in-scope, recent-enough articles among `entries`.

        Every article URL the entries name is added to `listed`, new or not;
        `section` is the profile section whose listing this is (None: a sitemap or feed).
        """
        stats = self.crawler.stats
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
                self._listed_elsewhere = True
            found = self.frontier.article(article, entry)
            if found is Article.RELISTED:
                # newsarchive.state decides whether the later date means a re-fetch
                yield self._article_request(article, entry, section, relisted=True)
            elif found is Article.NEW:
                stats.inc_value("news/articles_requested")
                yield self._article_request(article, entry, section)
            else:
                stats.inc_value(_SKIPPED[found])
                if found is Article.FULL:
                    self.frontier.wait(article, entry, section)

    def _article_request(
        self, article: str, entry: Entry, section: str | None, relisted: bool = False
    ) -> Request:
        """Listing dates travel in meta for the crawl state (`newsarchive.state.middleware`).

        A `relisted` request (a later listing dates the article's change later) is
        only a hint: the state middleware fetches it or drops it, never twice.
        """
        counted = self.frontier.requested(article, entry)
        meta = {**self.frontier.render_article(article), meta_keys.ARTICLE: True}
        if counted:
            meta[meta_keys.COUNTED] = article  # as listed (a redirect changes request.url)
        if entry.modified is not None:
            meta[meta_keys.LISTED_MODIFIED] = aware(entry.modified)
        if section is not None:
            meta[meta_keys.LISTING_SECTION] = section
        if relisted:
            meta[meta_keys.RELISTED] = True
        return Request(
            article, callback=self.parse_article, errback=self.fetch_failed, meta=meta,
            dont_filter=relisted,
        )  # fmt: skip

    def _article_skipped(self, request: Request) -> None:
        """The crawl state dropped an article request as it was yielded (before the next
        link is looked at): `max_articles` counts what this run fetches, not what it skips.
        The article as listed, from meta: `request.url` is escaped (`café` -> `caf%C3%A9`)."""
        article = request.meta.get(meta_keys.COUNTED)
        if isinstance(article, str):
            self.frontier.skipped(article)

    def _refused(self, request: Request | None) -> Iterator[Request]:
        """A counted article gave no item (failed, empty, undecodable, cut, not text): it does
        not use up `max_articles`, and the next article listed past the limit is asked for."""
        article = request.meta.get(meta_keys.COUNTED) if request is not None else None
        if not isinstance(article, str):
            return
        self.frontier.skipped(article)
        self.crawler.stats.inc_value("news/articles_refused_uncounted")
        state = getattr(self.crawler, CRAWL_STATE, None)
        if isinstance(state, CrawlStateRun):
            with contextlib.suppress(*unreachable()):  # the shared crawl stops (one line)
                state.gave_no_item(article)
        while (waiting := self.frontier.next_waiting()) is not None:
            self.crawler.stats.inc_value("news/articles_requested")
            yield self._article_request(*waiting)

    def fetch_failed(self, failure: Failure) -> Any:
        """The errback; a counted article's failure makes room under `max_articles`."""
        refill = list(self._refused(getattr(failure, "request", None)))
        if not refill:
            return super().fetch_failed(failure)
        if failure.check(HttpError):  # handled here: HttpErrorMiddleware counts it no more
            status = failure.value.response.status
            self.crawler.stats.inc_value("httperror/response_ignored_count")
            self.crawler.stats.inc_value(f"httperror/response_ignored_status_count/{status}")
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
            self._not_text(response)
            for request in self._refused(response.request):
                yield request
            return
        if response.meta.get(meta_keys.WARC_FAILED):  # not archived: the next run exports it
            self.crawler.stats.inc_value("news/articles_unarchived")
            for request in self._refused(response.request):
                yield request
            return
        wanted = RequisitesWanted() if self._wants_requisites(response) else None
        ref = response.meta.get(meta_keys.WARC_RECORD)
        yield ArticlePage(
            url=response.url,
            body=response.body,
            encoding=response.encoding,
            site=self.options.profile.name,
            provenance=ref.provenance if ref else _unarchived(),
            requisites=wanted,
        )
        if wanted is not None:
            links = await wanted
            for request in self._requisite_requests(
                requisite_links(response) if links is None else links
            ):
                yield request

    def _not_text(self, response: Response) -> None:
        """An article answered as a binary file (Scrapy sniffed no text either): archived as
        served, no item. Named and counted (the report's "failed"), and the crawl state,
        which saw the answer, forgets it: the next run fetches it again, as a page whose
        coding does not decode (before, nothing was said, "0 failed", and the state kept it)."""
        raw = response.headers.get(b"Content-Type") or b""
        kind = raw.split(b";")[0].strip().decode("latin-1").lower() or "no Content-Type"
        self.crawler.stats.inc_value(f"{NOT_TEXT_STAT}{kind}")
        state = getattr(self.crawler, CRAWL_STATE, None)
        if isinstance(state, CrawlStateRun):
            state.forget(response.url)
        logger.warning(
            "could not parse %s: answered as %s, not a text page; archived as served, no item",
            response.url, kind,
        )  # fmt: skip

    def _pipelines_opened(self) -> None:
        """A page only goes out unparsed when no item pipeline parses pages: only then is
        each scraped item looked at here (a receiver of item_scraped costs every item)."""
        engine = self.crawler.engine
        pipelines = engine.scraper.itemproc.middlewares if engine is not None else ()
        if not any(getattr(p, "answers_requisites", False) for p in pipelines):
            self.crawler.signals.connect(self._page_done, signal=signals.item_scraped)

    def _page_done(self, item: Any) -> None:
        """An article page that left the item pipelines unparsed (dropped, failed, or no
        extraction pipeline): its spider stops waiting for requisite links from there."""
        if isinstance(item, ArticlePage) and item.requisites is not None:
            item.requisites.answer(None)


def _unarchived() -> Provenance:
    """The provenance of a page no WARC record holds (WARC writing off): when it was fetched."""
    return Provenance(fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))
