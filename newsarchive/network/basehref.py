"""A page whose `<base href>` Scrapy cannot read (`http://[::1`) is read as a browser
reads it: with the page's own URL (`readable_by_scrapy`).

Scrapy reads the base when anything looks at the page (its Selector, `urljoin`, the
meta refresh middleware): w3lib's escaping of such a base raised, the meta refresh
middleware failed the download ("could not fetch"), and the spider's callback failed
before it read a link. Set after the body is decoded (590) and before the meta refresh
(580) reads it; the spider counts the page (`pages/base_href_ignored`).

The cache is Scrapy's private one (`scrapy.utils.response._baseurl_cache`, a
WeakKeyDictionary on the response): the middleware checks at start that Scrapy still
reads it (`unusable`), and where a Scrapy of another version does not, it logs an error
and stays out (NotConfigured): such pages fail as before, no other page does.

No public API does this (Scrapy 2.19, w3lib 2.5): w3lib's `get_base_url` itself raises
ValueError on such a base (its `safe_url_string`), and Scrapy's readers of a page's base
(`Selector(response)`, built by the first `response.css()`; `TextResponse.urljoin`;
`get_meta_refresh`; `LinkExtractor`) call `scrapy.utils.response.get_base_url`, which
takes no base or hook and reads this cache before w3lib. A cache of our own would be read
by none of them.
"""

from __future__ import annotations

import logging
from weakref import WeakKeyDictionary

import scrapy
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.utils import response as scrapy_response
from w3lib.url import safe_url_string

from newsarchive.pagebase import may_name_base

logger = logging.getLogger(__name__)


def readable_by_scrapy(response: TextResponse) -> bool:
    """Make Scrapy's own readings of a page's base (`response.selector`, `.css()`,
    `.urljoin()`, the meta refresh) take the page's URL where its `<base href>` is none
    Scrapy can read (`http://[::1`: w3lib's escaping raises): each of them raised before
    any of ours ran, and the page was neither read nor its meta refresh followed. A browser
    ignores such a base, as
    `newsarchive.pagebase.page_base` does. False for such a page (now readable)."""
    if not may_name_base(response):
        return True  # nothing to read (no second decoding of a page that names none)
    try:
        scrapy_response.get_base_url(response)
    except ValueError:
        # the cache Scrapy's `get_base_url` reads first (no setting or hook names a base)
        _cache()[response] = safe_url_string(response.url)
        return False
    return True


def _cache() -> WeakKeyDictionary[Response, str]:
    cache = getattr(scrapy_response, "_baseurl_cache", None)
    if not isinstance(cache, WeakKeyDictionary):
        raise TypeError("scrapy.utils.response has no _baseurl_cache WeakKeyDictionary")
    return cache


def unusable() -> str | None:
    """Why this Scrapy's base reading cannot be given the page's URL (None: it can, or
    it reads such a base itself): tried on a page of its own."""
    page = HtmlResponse("http://example.invalid/a/", body=b'<base href="http://[::1">')
    try:
        readable = readable_by_scrapy(page)
        if readable:
            return None  # Scrapy reads it: nothing to mend
        found = scrapy_response.get_base_url(page)
    except Exception as error:  # any failure of the probe: stay out, loudly
        return f"{type(error).__name__}: {error}"
    return None if found == page.url else f"Scrapy read the base as {found!r}"


class UnreadableBaseMiddleware:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnreadableBaseMiddleware:
        why = unusable()
        if why is not None:
            logger.error(
                "Scrapy %s no longer takes a page's base from the cache this middleware "
                "fills (%s): a page whose <base href> is no URL fails as before Scrapy reads "
                "its links (newsarchive.network.basehref)",
                scrapy.__version__,
                why,
            )
            raise NotConfigured(why)
        return cls()

    def process_response(self, request: Request, response: Response) -> Response:
        if isinstance(response, TextResponse) and not readable_by_scrapy(response):
            logger.debug("%s: its <base href> is no URL, read with the page's own", response.url)
        return response
