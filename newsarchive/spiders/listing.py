"""Reading a section page: its article links (with teaser dates) and its next page.

Driven by the profile's `Listing` selectors; the spider decides what to follow.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapy.http import TextResponse

from newsarchive.sites.base import Listing
from newsarchive.spiders.sources import Entry
from newsarchive.timestamps import parse_feed_date


def section_entries(response: TextResponse, listing: Listing) -> Iterator[Entry]:
    """Every link the listing selector finds, dated when its teaser shows a date."""
    dated: dict[str, str | None] = {}
    if listing.item and listing.item_date:
        for item in response.css(listing.item):
            when = item.css(listing.item_date).get()
            for href in item.css(listing.links).xpath("@href").getall():
                dated[response.urljoin(href)] = when
    for href in response.css(listing.links).xpath("@href").getall():
        url = response.urljoin(href)
        yield Entry(url, parse_feed_date(dated.get(url)))


def next_page_url(response: TextResponse, listing: Listing, page: int) -> str | None:
    """The URL of page `page + 1`: the page's "next" link, or the profile's page template."""
    if listing.next_page:
        href = response.css(listing.next_page).xpath("@href").get()
        return response.urljoin(href) if href else None
    if listing.page_url:
        section_url = response.url.split("?", 1)[0]
        return listing.page_url.format(section_url=section_url, page=page + 1)
    return None
