"""Reading a section page: its article links (with teaser dates) and its next page.

Driven by the profile's `Listing` selectors, plus what pages say in standard
markup whatever the site: a JSON-LD `ItemList` (section pages whose teasers a
script draws), `rel="next"` and AMP's `<amp-list load-more>`. The spider
decides what to follow.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from urllib.parse import parse_qsl, urlsplit

from scrapy.http import TextResponse

from newsarchive.sites.base import Listing
from newsarchive.spiders.pagination import DATA_URL, PAGE_WORDS, generic_next, is_next_number
from newsarchive.spiders.sources import Entry, item_list_entries
from newsarchive.timestamps import parse_feed_date

# The standard's own "next page" marks, read when the profile names no control of its own:
# `<link rel="next">` in the head (WordPress, AMP and most CMSs print it) or a link with rel=next.
REL_NEXT = 'link[rel~="next"], a[rel~="next"]'
IsArticle = Callable[[str], bool] | None
JSON_LD = '//script[@type="application/ld+json"]/text()'
# Query keys a listing's next page carries besides a page number: an offset or a cursor.
CURSOR_KEYS = frozenset(("offset", "start", "from", "skip", "cursor", "after", "before", "next"))
# A page number written into a path segment of the listing's own: `page2.html`, `seite-3`.
PAGED_SEGMENT = re.compile(rf"^(?:{'|'.join(sorted(PAGE_WORDS))})[-_=]?\d+(?:\.\w+)?$", re.I)


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
    scripts = response.xpath(JSON_LD).getall()
    for entry in item_list_entries(scripts):
        yield Entry(response.urljoin(entry.url), entry.published)
    target = rel_next(response)
    if target is not None and not listing_like(response.url, target):
        yield Entry(target)  # a rel=next that is no next page (an article's): a link


def rel_next(response: TextResponse) -> str | None:
    """The absolute URL the page's rel=next names, if any."""
    href = response.css(REL_NEXT).xpath("@href").get()
    return response.urljoin(href.strip()) if href and href.strip() else None


def listing_like(url: str, target: str, is_article: IsArticle = None) -> bool:
    """Whether `target`, which the listing page at `url` names rel=next, reads as its next
    page: on its host, no article, and the page number one up in one slot
    (`is_next_number`), or the same section path with another query (`?after=CURSOR`), or
    a paging word or parameter under the section's path (`/world/page2.html`, `?offset=20`).
    CMS themes print rel=next on a listing for the next *article* too (a story's "next
    story" carried over to its section): that is a link, not the listing's next page."""
    here, there = urlsplit(url), urlsplit(target)
    if here.netloc.lower() != there.netloc.lower():
        return False
    if is_article is not None and is_article(target):
        return False
    if is_next_number(url, target):
        return True
    path, other = here.path.rstrip("/"), there.path.rstrip("/")
    if other == path:  # another query (a cursor), or the page itself (a site repeating its
        return True  # last page: the listing's own ends, `same_page`, stop it)
    if not other.startswith(path + "/"):
        return False
    keys = {key.lower() for key, _ in parse_qsl(there.query)}
    if keys & (PAGE_WORDS | CURSOR_KEYS):
        return True
    tail = other[len(path) + 1 :].split("/")
    return any(PAGED_SEGMENT.match(part) for part in tail) or tail[0].lower() in PAGE_WORDS


def next_page_url(
    response: TextResponse, listing: Listing, page: int, is_article: IsArticle = None
) -> str | None:
    """The URL of page `page + 1` (see `next_page`)."""
    found = next_page(response, listing, page, is_article)
    return found[0] if found else None


def next_page(
    response: TextResponse, listing: Listing, page: int, is_article: IsArticle = None
) -> tuple[str, str] | None:
    """(URL of page `page + 1`, how it was found): the profile's "next" control (its link,
    else the URL its data attributes hold: "control"), or the profile's page template
    ("template"), else the page's rel=next where it reads as a listing page ("rel_next",
    `listing_like`), else a link to the next page number or a "next" control of no
    profile's ("numbered", "next_control": pagination.py)."""
    if listing.next_page:
        control = response.css(listing.next_page)
        href = control.xpath("@href").get() or control.xpath(DATA_URL).get()
        return (response.urljoin(href.strip()), "control") if href and href.strip() else None
    if listing.page_url:
        section_url = response.url.split("?", 1)[0]
        return listing.page_url.format(section_url=section_url, page=page + 1), "template"
    target = rel_next(response)
    if target is not None and listing_like(response.url, target, is_article):
        return target, "rel_next"
    return generic_next(response.selector, response.url, is_article or (lambda _: False))


# AMP's declarative "load more": <amp-list src=... load-more=... items=... load-more-bookmark=...>
AMP_LIST = "amp-list[load-more][src]"
AMP_DEFAULT_ITEMS = "items"
AMP_DEFAULT_BOOKMARK = "load-more-src"


def amp_list(response: TextResponse) -> tuple[str, str, str] | None:
    """(first batch's URL, items path, bookmark field) of an AMP page's load-more list."""
    found = response.css(AMP_LIST)
    src = (found.attrib.get("src") or "").strip() if found else ""
    if not src or src.startswith(("amp-state:", "amp-script:")):
        return None
    items = found.attrib.get("items") or AMP_DEFAULT_ITEMS
    bookmark = found.attrib.get("load-more-bookmark") or AMP_DEFAULT_BOOKMARK
    return response.urljoin(src), items, bookmark
