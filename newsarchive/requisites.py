"""Page requisites: what a page needs to replay as it looked (images, styles, scripts, icons).

An archive of an article without its stylesheet and lead image replays as a
bare text page. Browsers load these on their own; a plain crawl must ask.

Pure functions over a page's bytes, without Scrapy: the spider calls them for
listing pages, and the extraction worker for article pages (it has the page in
hand already, and parsing it there keeps the crawl's own core free). Both give
links resolved against the page's `<base href>` as the spiders resolve its links
(`newsarchive.pagebase`: the first one anywhere in the page, one that is
no URL passed over), not as Scrapy's `get_base_url` does (the first 4,096
characters only; `http://[::1` raised). In the worker they read the tree
extraction parses (`ServedRequisites`), not a second one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml.html import HtmlElement
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newsarchive.pagebase import join, page_base, tree_base

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

# The same selectors for one walk over a parsed tree: (tag, attribute, rel token or None).
# A rel token matches as parsel's XPath for `[rel~=token]` does: case-sensitive, among
# the words of the attribute split on XML whitespace (normalize-space).
_TREE_SELECTORS = (
    ("img", "src", None),
    ("link", "href", "stylesheet"),
    ("link", "href", "icon"),
    ("script", "src", None),
    ("video", "poster", None),
    ("source", "src", None),
)


def _by_tag() -> dict[str, list[tuple[int, str, str | None]]]:
    """Tag -> (selector's place, attribute, rel token): an element is looked up once."""
    found: dict[str, list[tuple[int, str, str | None]]] = {}
    for at, (tag, attribute, rel) in enumerate(_TREE_SELECTORS):
        found.setdefault(tag, []).append((at, attribute, rel))
    return found


_BY_TAG = _by_tag()
_TAGS = tuple(_BY_TAG)
_XML_SPACE = re.compile(r"[ \t\r\n]+")


def scrapy_text(body: bytes, encoding: str) -> str:
    """The page's text as Scrapy's response decodes it."""
    return str(html_to_unicode(f"charset={encoding}", body)[1])


def requisite_links(body: bytes, encoding: str, base_url: str) -> list[str]:
    """The requisites a page names, absolute, each once, in page order (no data: URIs, pixels)."""
    if not body.strip():  # a 200 with an empty body: parsel refuses it with a ValueError
        return []
    # A tree of its own, freed on return: nothing keeps a page's tree (~50 KB) alive.
    return _page_links(Selector(body=body, encoding=encoding, type="html"), base_url)


def _page_links(page: Selector, base_url: str) -> list[str]:
    values = (value for css in REQUISITE_SELECTORS for value in page.css(css).getall())
    return _absolute(values, base_url)


def tree_links(tree: HtmlElement, base_url: str) -> list[str]:
    """`requisite_links` read from a parsed tree (as parsel parses the page) instead of bytes.

    One walk over the tree instead of one XPath per selector (a third of the time),
    the values kept apart per selector: the same list, in the same order.
    """
    found: list[list[str]] = [[] for _ in _TREE_SELECTORS]
    for el in tree.iter(*_TAGS):
        for at, attribute, rel in _BY_TAG[el.tag]:
            if rel is not None and not _has_rel(el, rel):
                continue
            value = el.get(attribute)
            if value is not None:
                found[at].append(value)
    return _absolute((value for values in found for value in values), base_url)


def _has_rel(el: HtmlElement, token: str) -> bool:
    rel = el.get("rel")
    return rel is not None and f" {token} " in f" {_XML_SPACE.sub(' ', rel).strip(' ')} "


def _absolute(values: Iterable[str], base_url: str) -> list[str]:
    found: dict[str, None] = {}
    for value in values:
        value = value.strip()
        if not value or value.startswith(("data:", "blob:", "javascript:")):
            continue
        url = join(base_url, value)  # None: no URL can be made of it (`http://[::1`)
        if url is not None and not TRACKING.search(url):
            found[url] = None
    return list(found)


def page_requisites(body: bytes, encoding: str, url: str) -> list[str]:
    """`requisite_links` of a page known only by its bytes, encoding and URL: its base
    read from the same tree."""
    if not body.strip():
        return []
    page = Selector(body=body, encoding=encoding, type="html")
    return _page_links(page, page_base(page, url, encoding))


class ServedRequisites:
    """The requisites of one page, read from the tree extraction parses (a `TreeReader`).

    That tree is the page as parsel parses it only when extraction decoded the very
    text Scrapy's response would (no other charset guess, no BOM, no cut, no
    collapsed nesting, no NUL, which parsel drops): then it is read before
    extraction drops scripts. Otherwise, or when extraction parsed no tree, the
    page is parsed again as before.
    """

    def __init__(self, body: bytes, encoding: str, url: str) -> None:
        self.body, self.encoding, self.url = body, encoding, url
        self._links: list[str] | None = None

    def __call__(self, tree: HtmlElement, text: str) -> None:
        served = scrapy_text(self.body, self.encoding)
        if text == served and "\x00" not in text:
            base = tree_base(tree, self.url, self.encoding)
            self._links = tree_links(tree, base)

    @property
    def shared(self) -> bool:
        """Whether the links came from extraction's tree."""
        return self._links is not None

    def links(self) -> list[str]:
        if self._links is not None:
            return self._links
        return page_requisites(self.body, self.encoding, self.url)
