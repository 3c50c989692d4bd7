"""The URL a fetched page resolves its relative links against: one reading for all.

A page's article links, its pager's links, a "load more" form's action, the feeds
and sitemaps it names are all joined with the same base: its first `<base href>`
(in tree order, wherever it stands, as a browser reads it), itself relative to
the page's URL, else the page's URL.

Scrapy's `response.urljoin` reads `<base href>` only in the first 4,096 characters
(`scrapy.utils.response.get_base_url` cuts the text before it looks, and cannot be
told otherwise): a page whose head holds more before its `<base>` (inline styles,
a consent script, JSON-LD) had its article links joined with the page's URL and its
pager's with the base, and the crawl fetched articles that are not there. w3lib's
`get_base_url` can scan a whole text, but by pattern over the source where this
reads the parsed tree (entities decoded, a `<title>`'s or `<textarea>`'s text not
taken for a tag), and the listing readers hold a parsed page (a `Selector`), not
its text: the spiders join with `response_base`/`page_base`, never
`response.urljoin`. Where a base stands in the first 4,096 characters both give
Scrapy's URL, escaped as w3lib escapes it (tests/test_page_base.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit
from weakref import WeakKeyDictionary

from parsel import Selector
from w3lib.url import safe_url_string

if TYPE_CHECKING:
    from scrapy.http import TextResponse

_FIRST_BASE = "(//base[@href])[1]/@href"
_BASES: WeakKeyDictionary[TextResponse, str] = WeakKeyDictionary()  # one reading a page


def page_base(page: Selector, url: str, encoding: str = "utf-8") -> str:
    """The URL the page at `url` resolves its relative links against: its `<base href>`
    (itself relative to `url`), else `url`. A browser joins a link's href, a form's
    action and a script's fetch() of a relative endpoint with it."""
    href = (page.xpath(_FIRST_BASE).get() or "").strip()
    base = safe_url_string(url)
    if not href:
        return base
    # one that is no web page's address (`javascript:void(0)`, `http://[::1` a template
    # left unfilled) is ignored, as a browser ignores it
    try:
        found = join(base, safe_url_string(href, encoding=encoding))
    except ValueError:  # w3lib's escaping of `http://[::1` raises
        return base
    return found if found is not None and urlsplit(found).scheme in ("http", "https") else base


def join(base: str, href: str) -> str | None:
    """`href` made absolute against `base`; None where it cannot be (`http://[::1`): one
    broken link is skipped, not the page it stands on."""
    try:
        joined = urljoin(base, href.strip())
        urlsplit(joined).port  # noqa: B018 (a port that is no number raises here)
    except ValueError:
        return None
    return joined


def response_base(response: TextResponse) -> str:
    """`page_base` of a fetched page, read once: what its links are joined with."""
    found = _BASES.get(response)
    if found is None:
        found = _BASES[response] = page_base(response.selector, response.url, response.encoding)
    return found


def page_join(response: TextResponse, href: str) -> str | None:
    """`href` on a fetched page, absolute (`response.urljoin` with the page's whole head);
    None where no URL can be made of it."""
    return join(response_base(response), href)
