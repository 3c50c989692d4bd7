"""What every part of the news spider reads: the run's state, and two questions of a page.

`NewsSpider` (`newsarchive.spiders.news`) is made of parts, one concern each, every
one a mixin of the one spider class: a shared crawl stores requests by their
callbacks' and errbacks' method names, so each callback stays a method of the
spider, under its name. The parts: `requisites.PageRequisites` (a page's images,
styles and scripts), `articles_asked.ArticlesAsked` (the articles asked for and
their places under `max_articles`), `listings.ListingRequests` (which listing pages
are asked for: next pages, "show more" answers, "load more" forms, cursors),
`sitemap_requests.SitemapRequests` (robots.txt, news sitemaps, feeds),
`section_pages.SectionPages` (a section's page read, and where its listing goes on),
`moved_hosts.MovedHosts` (a section moved to another name of the site). Each builds
on the parts it asks of.
"""

from __future__ import annotations

import logging

from scrapy import Spider
from scrapy.http import TextResponse

from newsarchive.pagebase import base_href_ignored, base_href_ignored_unparsed
from newsarchive.spiders.article_pages import UnparsedPages
from newsarchive.spiders.failures import LogsFetchFailures
from newsarchive.spiders.frontier import Frontier
from newsarchive.spiders.options import CrawlOptions
from newsarchive.spiders.refusals import SectionRefusals
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.sections import SectionListings
from newsarchive.spiders.sitemaps_feeds import SitemapsAndFeeds

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before


class NewsSpiderParts(LogsFetchFailures, Spider):
    """The run's state the parts read, one owner each, set up by `NewsSpider`."""

    options: CrawlOptions  # the crawl's arguments, its profile
    scope: Scope  # where a URL may go
    frontier: Frontier  # what this run asked for, limits
    # hosts a section's first page moved to, of the same site -> the host it moved from
    moved_hosts: dict[str, str]
    sections: SectionListings  # each section's listing: pages read, why it ended
    listed: SitemapsAndFeeds  # what robots.txt, sitemaps and feeds lead to
    refusals: SectionRefusals  # sections that gave nothing; a run that archived nothing
    unparsed: UnparsedPages  # article pages no pipeline parsed: requisites found here

    def _base_passed_over(self, response: TextResponse, parsed: bool = True) -> None:
        """Count a page whose `<base href>` is no URL (`http://[::1`, `javascript:`): its
        links, requisites and pager are joined with its own URL, as a browser does. An
        article (`parsed` False) is read from its bytes: its tree is the worker's to make."""
        ignored = base_href_ignored if parsed else base_href_ignored_unparsed
        if ignored(response):
            self.crawler.stats.inc_value("pages/base_href_ignored")
            logger.debug("%s: its <base href> is no URL, passed over", response.url)

    def _is_article(self, url: str) -> bool:
        """Whether a link is an article of the site (no next page, whatever its text)."""
        return self.scope.article(url) is not None
