"""A section's listing page read by the news spider, and where its listing goes on.

What the page holds is read elsewhere (`listing`, `reading`, `jsonlisting`); here its
articles are followed and the next request made: its next page, the first "show
more" answer of the profile's, a cursor, a "load more" form.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator

from scrapy import Request
from scrapy.http import Response, TextResponse

from newsarchive.pagebase import response_base
from newsarchive.sites.queryarticles import articles_on_page, root_post_query
from newsarchive.spiders.jsonlisting import is_json, read_json_listing
from newsarchive.spiders.listing import (
    PARSER_DEPTH,
    login_wall,
    nested_past_parser,
    section_entries,
)
from newsarchive.spiders.pageurls import slug_page_shaped
from newsarchive.spiders.pagination import on_listing
from newsarchive.spiders.paging import first_request
from newsarchive.spiders.reading import OFF_THREAD_BYTES, ReadAhead, next_step, read_off_thread
from newsarchive.spiders.sitemap_requests import SitemapRequests
from newsarchive.spiders.sources import Entry

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before


def _page_number_shaped(url: str) -> bool:
    """Whether `url` has the shape of a page number `_on_page` tells from an article: `/?p=N`
    on the site's root (`root_post_query`), a listing's page named at a slug's end
    (`pageurls.slug_page_shaped`). Other links are articles to `_on_page` exactly when
    they are to `_is_article`."""
    return ("?" in url and root_post_query(url)) or slug_page_shaped(url)


class SectionPages(SitemapRequests):
    """The section pages' callback, and what it asks next."""

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
