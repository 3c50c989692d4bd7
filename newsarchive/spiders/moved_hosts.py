"""A section moved to another name of the same site: that host is the site's from now.

OffsiteMiddleware asks the spider (`start_moved`, `moved_elsewhere`) before it drops
a request off the site's hosts.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response

from newsarchive.spiders.parts import NewsSpiderParts
from newsarchive.spiders.scope import marked_move, moved_within_site

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before


class MovedHosts(NewsSpiderParts):
    """The hosts the site's sections moved to, taken in to the scope."""

    if TYPE_CHECKING:  # the section pages' callback (`section_pages.SectionPages`)

        def parse_section(
            self, response: Response, section: str, page: int
        ) -> AsyncIterator[Request]: ...

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
