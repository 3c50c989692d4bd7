"""Page requisites: what a page needs to replay as it looked (images, styles, scripts, icons).

An archive of an article without its stylesheet and lead image replays as a
bare text page. Browsers load these on their own; a plain crawl must ask.

Pure functions over a page's bytes, without Scrapy: the spider calls them for
listing pages, and the extraction worker for article pages (it has the page in
hand already, and parsing it there keeps the crawl's own core free). Both give
what Scrapy's `response.urljoin` would: links resolved against the page's
`<base href>` the way Scrapy finds it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from parsel import Selector
from w3lib.encoding import html_to_unicode
from w3lib.html import get_base_url

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

BASE_SCAN_CHARS = 4096  # Scrapy looks for <base href> in the first 4,096 characters


def base_url_of(body: bytes, encoding: str, url: str) -> str:
    """The URL a page's relative links resolve against (Scrapy's `get_base_url`)."""
    text = html_to_unicode(f"charset={encoding}", body)[1]
    return str(get_base_url(text[:BASE_SCAN_CHARS], url, encoding))


def requisite_links(body: bytes, encoding: str, base_url: str) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels)."""
    # A tree of its own, freed on return: nothing keeps a page's tree (~50 KB) alive.
    page = Selector(body=body, encoding=encoding, type="html")
    found: dict[str, None] = {}
    for selector in REQUISITE_SELECTORS:
        for value in page.css(selector).getall():
            value = value.strip()
            if not value or value.startswith(("data:", "blob:", "javascript:")):
                continue
            url = urljoin(base_url, value)
            if not TRACKING.search(url):
                found[url] = None
    return list(found)


def page_requisites(body: bytes, encoding: str, url: str) -> list[str]:
    """`requisite_links` of a page known only by its bytes, encoding and URL."""
    return requisite_links(body, encoding, base_url_of(body, encoding, url))
