"""Page requisites: what a page needs to replay as it looked (images, styles, scripts, icons).

An archive of an article without its stylesheet and lead image replays as a
bare text page. Browsers load these on their own; a plain crawl must ask.
"""

from __future__ import annotations

import re

from parsel import Selector
from scrapy.http import TextResponse

# The resources a browser loads to show the page (no links to other pages).
REQUISITE_SELECTORS = (
    "img::attr(src)",
    "link[rel~='stylesheet']::attr(href)",
    "link[rel~='icon']::attr(href)",
    "script::attr(src)",
    "video::attr(poster)",
    "source::attr(src)",
)

# Tracking pixels and beacons are not part of how a page looks: never fetched.
TRACKING = re.compile(r"/(pixel|beacon|track(ing)?|analytics|collect)(/|\.|\?|$)", re.IGNORECASE)


def requisite_links(response: TextResponse) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels)."""
    # A tree of its own, freed on return, not the response's cached one: an article's
    # response waits in Scrapy's scraper until its item is extracted (hundreds of them
    # when extraction falls behind), and its tree (~50 KB a page) would wait with it.
    page = Selector(body=response.body, encoding=response.encoding, type="html")
    found: dict[str, None] = {}
    for selector in REQUISITE_SELECTORS:
        for value in page.css(selector).getall():
            value = value.strip()
            if not value or value.startswith(("data:", "blob:", "javascript:")):
                continue
            url = response.urljoin(value)
            if not TRACKING.search(url):
                found[url] = None
    return list(found)
