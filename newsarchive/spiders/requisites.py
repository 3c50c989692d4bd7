"""Page requisites of a fetched response (the pure functions: `newsarchive.requisites`),
and the news spider's requests for them (`PageRequisites`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from scrapy import Request
from scrapy.http import Response, TextResponse

from newsarchive import request_meta as meta_keys
from newsarchive.pagebase import response_base
from newsarchive.requisites import requisite_links as links_in
from newsarchive.spiders.parts import NewsSpiderParts

REQUISITE_PRIORITY = -10  # images and styles after the pages that need them


def requisite_links(response: TextResponse) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels),
    joined with the base its links are (`pagebase.response_base`: its `<base href>`
    wherever it stands, one that is no URL passed over)."""
    return links_in(response.body, response.encoding, response_base(response))


class PageRequisites(NewsSpiderParts):
    """The news spider's requests for the images, styles and scripts its pages need."""

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
