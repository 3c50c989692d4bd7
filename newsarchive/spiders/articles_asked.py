"""The articles the news spider asks for, and their places under `max_articles`.

An article a listing names is asked for once (`_follow`, the `Frontier` says which);
one listed past `max_articles` waits, and takes the place of one that gives no
item (failed, dropped, refused, not text: `_refused`, `_article_dropped`), or of
one a shared run freed elsewhere (`_take_freed_places`). A waiting article's
request leaves later, outside the spider middlewares: it carries the Referer its
listing gave it (`_referrer`) and is asked of the crawl state here.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import datetime
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.spidermiddlewares.referer import RefererMiddleware
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive.items import ArticlePage, RequisitesWanted
from newsarchive.redislink import unreachable
from newsarchive.spiders.article_pages import not_text, unarchived
from newsarchive.spiders.failures import (
    count_http_error,
    failure_reason,
    log_fetch_failure,
    scheme_refused,
)
from newsarchive.spiders.frontier import SKIPPED_STAT, Article, Waiting
from newsarchive.spiders.requisites import PageRequisites, requisite_links
from newsarchive.spiders.sources import Entry
from newsarchive.state.middleware import passes_state
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger(__name__)

NOT_FOUND = (404, 410)  # an article's spelling its server does not know: ask the next


class ArticlesAsked(PageRequisites):
    """The article requests of the news spider, the article pages' callback, the errback."""

    _taking_waiting = False  # inside the loop handing dropped articles' places on

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
            article = self.scope.article(url, entry.declared) if url else None
            if article is None:
                stats.inc_value(
                    "news/links_skipped_offsite" if url is None else "news/links_not_article"
                )
                continue
            asked = self.scope.in_site_scheme(article, served=base)
            if self.frontier.is_listing(asked):
                # a listing this run reads (a section page linking itself): as the first
                # spelling of an article it was dropped by the duplicate filter, and the
                # article a link below spells `/section/` was folded into it, never asked
                stats.inc_value("news/links_to_listings")
                continue
            if asked != article:
                stats.inc_value("news/links_scheme_folded")
            article = self.frontier.spelled(asked, written=article)
            if article != asked:  # another spelling of one asked: not fetched on its own
                stats.inc_value("news/links_spelling_folded")
            if listed is not None:
                listed.add(article)
            if section is None:
                self.refusals.listed_elsewhere = True
            found = self.frontier.article(article, entry)
            if found is Article.RELISTED:
                # newsarchive.state decides whether the later date means a re-fetch
                yield self._article_request(article, entry, section, relisted=True)
            elif found is Article.NEW:
                stats.inc_value("news/articles_requested")
                again = self.frontier.asked_unfetched(article)  # a refused claim's, listed again
                yield self._article_request(article, entry, section, again=again)
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
        was dropped and forgotten. As it was listed: its section, listing date and Referer.
        Past MAX_WAITING waiting it is counted as not asked (`news/articles_skipped_max`), as
        an article listed past the limit is; a listing that names it again asks for it."""
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
        if self.frontier.wait_again(waiting):
            self.crawler.stats.inc_value("news/articles_waiting_again")
        else:  # the waiting list is full (MAX_WAITING): not asked, as one listed past it
            self.crawler.stats.inc_value(SKIPPED_STAT[Article.FULL])

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
        request = getattr(failure, "request", None)
        article = request.meta.get(meta_keys.COUNTED) if request is not None else None
        if isinstance(article, str):  # popped from a shared queue: another worker listed it
            assert request is not None
            self.frontier.learn_spellings(article, request.meta.get(meta_keys.SPELLINGS))
        self._respell(failure)
        reschemed = self._rescheme(failure)
        refill = list(self._refused(getattr(failure, "request", None)))
        if not refill:
            return super().fetch_failed(failure)
        count_http_error(self.crawler.stats, failure)  # handled here, not by HttpErrorMiddleware
        if not reschemed:  # one asked as written was said so (its INFO line): no warning
            log_fetch_failure(failure)  # says nothing of a dropped request, as before
        return refill

    def _respell(self, failure: Failure) -> None:
        """A counted article's spelling its server does not know (404, 410) gives its place
        to the next spelling listed of it (`Frontier.respelled`), first in line. Before, one
        spelling was asked and the story lost when the site answers only another."""
        request = getattr(failure, "request", None)
        error = failure.value
        if request is None or not isinstance(error, HttpError):
            return
        article = request.meta.get(meta_keys.COUNTED)
        if error.response.status not in NOT_FOUND or not isinstance(article, str):
            return
        if request.meta.get(meta_keys.LEFT_TO_TAKER) or request.meta.get(meta_keys.OVER_LIMIT):
            return
        other = self.frontier.respelled(article)
        if other is None:
            return
        self._wait_first(request, other)
        self.crawler.stats.inc_value("news/articles_respelled")

    def _wait_first(self, request: Request, other: str) -> None:
        """`other`, a spelling of the article `request` failed to fetch, takes its place."""
        section = request.meta.get(meta_keys.LISTING_SECTION)
        referer = request.headers.get("Referer")
        modified = request.meta.get(meta_keys.LISTED_MODIFIED)
        self.frontier.wait_first(
            Waiting(
                other,
                Entry(other, modified=modified if isinstance(modified, datetime) else None),
                section if isinstance(section, str) else None,
                referer.decode("latin-1") if referer else None,
            )
        )

    def _rescheme(self, failure: Failure) -> bool:
        """A counted article whose scheme gave no answer after Scrapy's retries (refused, TLS
        failed, timed out, cut) or refused it (a 400: nginx's plain HTTP on its HTTPS port)
        gives its place to its next spelling listed in the other scheme, first in line,
        counted `news/articles_fold_fallback`: a link folded to its listing's scheme is asked
        as written (a site whose https pages link stories its http alone serves). Before, a
        404 or 410 alone gave way, and the story was lost where the folded scheme failed.
        Whether it did."""
        request = getattr(failure, "request", None)
        article = request.meta.get(meta_keys.COUNTED) if request is not None else None
        if not isinstance(article, str) or not scheme_refused(failure):
            return False
        assert request is not None
        if request.meta.get(meta_keys.LEFT_TO_TAKER) or request.meta.get(meta_keys.OVER_LIMIT):
            return False
        # the scheme of the URL that failed: a folded request redirected to the written
        # spelling, which failed, has nothing left to ask (before, that was asked again)
        other = self.frontier.in_other_scheme(article, urlsplit(request.url).scheme)
        if other is None:
            return False
        self._wait_first(request, other)
        self.crawler.stats.inc_value("news/articles_fold_fallback")
        logger.info("%s failed (%s): asked as written, %s", article, failure_reason(failure), other)
        return True

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
