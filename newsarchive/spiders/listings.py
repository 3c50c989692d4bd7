"""Which listing pages the news spider asks for, and how a section's listing goes on.

A listing page is asked for once per run (`_listing`, `Frontier.take_listing`); one
another section asked for already ends this one (`_take_listing`). A section goes on
by its next page (`section_pages`), a "show more" answer (an offset or a cursor,
`parse_show_more`) or a "load more" form POSTed (`parse_post_more`); where no next
request is made the section ends (`_or_end`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from scrapy import FormRequest, Request
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive.pagebase import join
from newsarchive.sites.base import ShowMore
from newsarchive.spiders.articles_asked import NOT_FOUND, ArticlesAsked
from newsarchive.spiders.failures import count_http_error, failure_reason, scheme_refused
from newsarchive.spiders.paging import JSON_POST, onward, show_more_body, show_more_url
from newsarchive.spiders.postmore import PostMore
from newsarchive.spiders.reading import post_answer, show_more_answer
from newsarchive.spiders.sources import Entry, amp_show_more, looks_like_url

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before

LISTING_PRIORITY = 10  # listings first: they decide what else is fetched (and when to stop)
# how a section ends whose next listing request another section asked for (`_take_listing`)
ELSEWHERE = frozenset(("shared", "other_section"))


def _fold_failed(failure: Failure) -> bool:
    """Whether a folded sitemap or feed failed as one its server has not in that scheme:
    404 or 410, a 400 (nginx's plain HTTP sent to its HTTPS port), or no answer (refused,
    TLS handshake failed, connection cut); not another status (a 500 is the server's
    trouble in either scheme), nor a request dropped here (robots.txt, the network policy)."""
    if failure.check(HttpError) and failure.value.response.status in NOT_FOUND:
        return True
    return scheme_refused(failure)


class ListingRequests(ArticlesAsked):
    """The news spider's listing requests and its "show more" and "load more" callbacks."""

    if TYPE_CHECKING:  # the section pages' callback (`section_pages.SectionPages`)

        def parse_section(
            self, response: Response, section: str, page: int
        ) -> AsyncIterator[Request]: ...

        def parse_sitemap(self, response: Response, level: int = 0) -> Iterator[Request]: ...

    def _listing(
        self, url: str | None, callback: Any, sitemap: bool = False, body: bytes | None = None,
        **cb_kwargs: Any,
    ) -> Iterator[Request]:  # fmt: skip
        """A request for a listing page, unless it was already asked for or is out of scope
        (`sitemap`: a sitemap, which may sit on the site's sitemap host: `Scope.sitemap`).
        With a `body`, the JSON a profile's "load more" POSTs (`ShowMore.body`): one
        endpoint answers every batch, so the body is part of the listing's identity."""
        named = url
        url = (self.scope.sitemap(url) if sitemap else self.scope.resolve(url)) if url else None
        section = cb_kwargs.get("section")
        if url is None:
            return
        key = url if body is None else f"{url} POST {body.decode()}"
        if not self._take_listing(key, section, cb_kwargs.get("page", 0)):
            return
        self.crawler.stats.inc_value("news/listings_requested")
        rendered = section if callback == self.parse_section else None
        meta = self.frontier.render_listing(rendered) if rendered is not None else {}
        meta[meta_keys.FILTERED_REDIRECTS] = True  # a retry's redirect is filtered too
        errback = self._listing_failed if "section" in cb_kwargs else self.fetch_failed
        written = self.listed.written_as(named, url) if section is None else None
        if written is not None:  # folded to the naming page's scheme: as written if it fails
            meta[meta_keys.WRITTEN_SOURCE] = written
            errback = self._folded_source_failed
        yield Request(
            url, callback=callback, cb_kwargs=cb_kwargs, priority=LISTING_PRIORITY, meta=meta,
            errback=errback, method="GET" if body is None else "POST", body=body,
            headers=None if body is None else JSON_POST,
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

    def _folded_source_failed(self, failure: Failure) -> Any:
        """The errback of a sitemap or feed asked in the other scheme than written
        (`SitemapsAndFeeds._in_served_scheme`): where the folded URL is unknown there (404,
        410), refuses its scheme (400: nginx's plain HTTP sent to its HTTPS port) or gives no
        answer (refused, TLS failed, cut), it is asked as written, counted
        `news/sources_fold_fallback` (a site whose https answers while its sitemap is still
        on http only). Before, the folded URL alone was asked and the source lost, where
        asked as written it had answered. Counted where it is asked: one asked already, or
        a run full (max_articles), fails as any listing; as does any other failure."""
        request = getattr(failure, "request", None)
        written = request.meta.get(meta_keys.WRITTEN_SOURCE) if request is not None else None
        if not isinstance(written, str) or not _fold_failed(failure):
            return self.fetch_failed(failure)
        assert request is not None
        sitemap = request.callback == self.parse_sitemap
        asked = list(self._listing(written, request.callback, sitemap, **request.cb_kwargs))
        if not asked:  # asked already, or the run full (max_articles): a failure as any
            return self.fetch_failed(failure)
        count_http_error(self.crawler.stats, failure)  # handled here: the report lists it
        self.crawler.stats.inc_value("news/sources_fold_fallback")
        logger.info(
            "%s failed (%s): asked as written, %s", request.url, failure_reason(failure), written
        )
        return asked

    def _listing_failed(self, failure: Failure) -> None:
        """The errback of a section's listing pages (`SectionRefusals.failed`)."""
        self.refusals.failed(failure)

    def _or_end(self, section: str, requests: Iterator[Request], reason: str) -> Iterator[Request]:
        """The next listing request of a section; none (no such page, or one already
        asked for) ends the section for `reason`."""
        found = list(requests)
        if not found and self.sections.section(section).ended not in ELSEWHERE:
            self.sections.end(section, reason)
        yield from found

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

    def _spec(self, section: str, amp: tuple[str, str] | None = None) -> ShowMore:
        """The section's "show more": the profile's, or the one an AMP page declared."""
        if amp is not None:
            return amp_show_more(*amp)
        spec = self.options.profile.show_more_for(section)
        assert spec is not None, f"section {section} has no show-more"
        return spec

    def _show_more(self, section: str, page: int, offset: int) -> Iterator[Request]:
        spec = self._spec(section)
        path = show_more_url(spec, section, offset=offset)
        more = self._listing(
            self.options.profile.url(path), self.parse_show_more,
            body=show_more_body(spec, section, offset=offset),
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
        body = None  # a cursor that is a URL is asked as such (GET)
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
            body = show_more_body(spec, section, cursor=cursor)
        else:  # a token, and no template to put it in
            logger.warning("show-more cursor %r of %s is no URL: listing ended", cursor, base)
            self.sections.end(section, "no_cursor")
            return
        kwargs: dict[str, Any] = {"section": section, "page": page, "cursor": cursor}
        kwargs["chain"] = (*chain, cursor)
        if amp is not None:
            kwargs["amp"] = amp
        more = self._listing(url, self.parse_show_more, body=body, **kwargs)
        yield from self._or_end(section, more, "repeats")

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
