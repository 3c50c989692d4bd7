"""Sections that gave nothing, and the run that archived nothing it was run for.

A section's listing page that did not come (failed, past the listing's end), a
first page redirected off the site or onto another section's, and the idle check
that ends a run whose every section was refused `sections_refused` (exit status
1) instead of `finished`. The spider connects these to Scrapy's signals and its
listing errback (`NewsSpider._listing_failed`: a shared crawl's queue stores
errbacks by method name) calls `failed`; `SectionListings` keeps what they say.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.url import url_is_from_any_domain
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive.sites.hosts import on_host
from newsarchive.spiders.failures import log_fetch_failure, refusal, sections_refused
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.options import CrawlOptions
from newsarchive.spiders.sections import SectionListings

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before

SECTIONS_REFUSED = "sections_refused"  # finish reason: every section refused, nothing archived


class SectionRefusals:
    def __init__(
        self, crawler: Crawler, sections: SectionListings, options: CrawlOptions,
        parse_section: Callable[..., Any], allowed_domains: list[str],
        moved_hosts: dict[str, str], frontier: Frontier,
    ) -> None:  # fmt: skip
        self.crawler = crawler
        self.sections = sections
        self.options = options
        self.parse_section = parse_section  # the spider's: a section page's requests name it
        self.allowed_domains = allowed_domains
        # the spider's: hosts a section's first page moved to, of the same site (each that
        # host and its www. twin only, as OffsiteMiddleware reads them)
        self.moved_hosts = moved_hosts
        self.frontier = frontier  # the spider's: which section's page a listing URL was taken as
        # a sitemap or feed named an in-scope article (asked for or not: before `since`,
        # a duplicate, past `max_articles`): the run read a source that works
        self.listed_elsewhere = False

    def failed(self, failure: Failure) -> None:
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

    def scheduled(self, request: Request) -> None:
        """Note which section a first page (or a redirect of one) is asked for."""
        if request.callback == self.parse_section and request.cb_kwargs.get("page", 1) == 1:
            self.sections.scheduled(request.url, request.cb_kwargs["section"])

    def dropped(self, request: Request) -> None:
        """A section's first page redirected off the site: the redirect is dropped where it
        is scheduled (OffsiteMiddleware), its errback never called, and a site whose every
        section moved elsewhere (a new domain) ended `finished`, exit 0, nothing archived.
        Redirected to another section's page, it is dropped as asked for already: the two
        sections are one listing (neither read nor refused, it kept such a run `finished`).
        Redirected to a page another section asked for as its next page (/a/ going on at
        /b/ before /b answered with its redirect there), it goes on in that listing from that
        page, `shared` (news/listings_shared): it was left unread and unended, its articles
        counted for the other section only."""
        section = request.cb_kwargs.get("section")
        if request.callback != self.parse_section or section is None:
            return
        if request.cb_kwargs.get("page", 1) != 1:
            return
        owner = self.sections.first_page_of(request.url)
        if owner is not None and owner != section:  # asked for already, for that section
            self.sections.share(section, owner)
            return
        taker = self.frontier.listing_taker(request.url, section)
        if taker is not None and request.meta.get("redirect_urls"):
            assert self.crawler.stats is not None
            self.crawler.stats.inc_value("news/listings_shared")
            self.sections.shared(section, *taker)
            return
        host = urlsplit(request.url).hostname or ""  # without its port
        if not request.meta.get("redirect_urls") or url_is_from_any_domain(
            f"http://{host}/", self.allowed_domains
        ):
            return
        if any(on_host(host, moved) for moved in self.moved_hosts):
            return
        host = urlsplit(request.url).netloc
        self.sections.refuse(section, f"redirected off the site (to {host})")

    def idle(self) -> None:
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
        if not refused or self.listed_elsewhere:
            return
        stats = self.crawler.stats
        assert stats is not None
        if stats.get_value("news/articles_requested"):
            return
        why = sections_refused(refused)
        if stats.get_value("news/sections_refused") is None:
            # once: another idle handler (a browser's, a shared crawl's) may keep the
            # spider open, and this one is asked again at every idle check
            logger.error("%s: nothing archived", why)
        stats.set_value("news/sections_refused", why)
        raise CloseSpider(SECTIONS_REFUSED)
