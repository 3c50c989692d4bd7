"""Reading a section page: its article links (with teaser dates) and its next page.

Driven by the profile's `Listing` selectors, plus what pages say in standard
markup whatever the site: a JSON-LD `ItemList` (section pages whose teasers a
script draws), `rel="next"` and AMP's `<amp-list load-more>`. The spider
decides what to follow.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

from parsel import Selector, SelectorList
from scrapy.http import TextResponse

from newsarchive.pagebase import join, page_join, response_base
from newsarchive.sites.base import Listing
from newsarchive.sites.hosts import bare_host
from newsarchive.spiders.arcfusion import fusion_next_url
from newsarchive.spiders.nextjs import next_data_url
from newsarchive.spiders.pagemarks import DATA_URL
from newsarchive.spiders.pageurls import UnbuildableQuery
from newsarchive.spiders.pagination import generic_next
from newsarchive.spiders.sources import Entry, item_list_entries
from newsarchive.timestamps import parse_feed_date

logger = logging.getLogger(__name__)

# `next_page`'s "how" for a next page whose URL cannot be made (no URL: "")
UNBUILDABLE = "unbuildable"

# The standard's own "next page" marks, read when the profile names no control of its own:
# `<link rel="next">` in the head (WordPress, AMP and most CMSs print it) or a link with rel=next.
REL_NEXT = 'link[rel~="next"], a[rel~="next"]'
IsArticle = Callable[[str], bool] | None
# Where the spider fetches an in-scope link (a mirror's origin for the site's hosts), None
# for a link off the site.
Resolve = Callable[[str], str | None] | None
JSON_LD = '//script[@type="application/ld+json"]/text()'
# Levels below <html> that libxml2 (parsel's parser, `huge_tree`) builds: an element to be
# opened deeper stops the parse, and all after it in the page is left out, silently.
PARSER_DEPTH = 2047


def nested_past_parser(response: TextResponse) -> bool:
    """Whether the page's parse stopped at libxml2's nesting limit (its links after the
    point lost): the last element of the tree, reached through last children, sits at the
    limit. A walk of a few steps on a page of usual depth; the tree is parsel's own (cached
    on the response), so nothing is parsed again."""
    el = response.selector.root
    # no element at all (an empty page), or a body parsel read as JSON (a dict or list)
    if not isinstance(getattr(el, "tag", None), str):
        return False
    levels = 0
    while levels < PARSER_DEPTH and len(el):
        el = el[-1]
        levels += 1
    return levels >= PARSER_DEPTH


DEFAULT_PORTS = {"http": 80, "https": 443}


def section_entries(
    response: TextResponse, listing: Listing, is_article: IsArticle = None, resolve: Resolve = None
) -> Iterator[Entry]:
    """Every link the listing selector finds, dated when its teaser shows a date."""
    dated: dict[str | None, str | None] = {}
    if listing.item and listing.item_date:
        for item in response.css(listing.item):
            when = item.css(listing.item_date).get()
            for href in item.css(listing.links).xpath("@href").getall():
                if (url := page_join(response, href)) is not None:  # none: `http://[::1`
                    dated[url] = when
    links = response.css(listing.links)
    own = _page_language(response, links)
    base = response_base(response)  # its <base href>, wherever in the page
    for link in links:
        raw = link.attrib.get("href")
        if raw is None or _other_language(link, own, base):
            continue
        if (url := join(base, raw)) is not None:  # none: `http://[::1`, no URL at all
            yield Entry(url, parse_feed_date(dated.get(url)))
    scripts = response.xpath(JSON_LD).getall()
    for entry in item_list_entries(scripts):
        if (url := page_join(response, entry.url)) is not None:
            yield Entry(url, entry.published)
    target = rel_next(response)
    if target is not None and rel_next_page(response.url, target, is_article, resolve) is None:
        yield Entry(target)  # a rel=next that is no next page (an article's): a link


# Codes of one language: retired ones (iw, in, ji) and Norwegian Bokmål's beside "no".
SAME_LANGUAGE = {"iw": "he", "in": "id", "ji": "yi", "nb": "no", "mo": "ro"}
# Where a page names its language when <html lang> does not (XHTML, a meta, a locale).
PAGE_LANGUAGE = (
    "/html/@*[name()='xml:lang']",
    "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content",
    "//meta[@property='og:locale']/@content",
)
NO_LANGUAGE = ("", "x", "und", "zxx", "mul")


def _language(tag: str | None) -> str:
    """A language tag's primary subtag (`de-CH`: `de`), "" for none."""
    primary = (tag or "").strip().lower().replace("_", "-").split("-")[0]
    return SAME_LANGUAGE.get(primary, primary)


def _page_language(response: TextResponse, links: SelectorList[Selector]) -> str:
    """The page's language: its <html lang>, else what XHTML or a meta names, else the one
    language most of its hreflang links name (teasers a CMS marks each with the page's
    language; a switcher links each other edition once); "" where none is known."""
    for query in ("/html/@lang", *PAGE_LANGUAGE):
        found = _language(response.xpath(query).get())
        if found not in NO_LANGUAGE:
            return found
    named = Counter(_language(link.attrib.get("hreflang")) for link in links)
    for code in NO_LANGUAGE:
        named.pop(code, None)
    ranked = named.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def _other_language(link: Selector, own: str, base: str) -> bool:
    """Whether a link says it leads to another language's page (`hreflang="fr"` on a page
    in German; any hreflang on a page whose language is not known), or it is a switcher's
    link in another language (`lang="it"`) to that language's edition (`/it/...`,
    `it.example.ch`): a language switcher's or an edition's link, not a teaser of this
    listing. `lang` alone says only the link text's language: an English headline on a
    German page is a teaser. A crawl reads the language of the sections it was given."""
    theirs = _language(link.attrib.get("hreflang"))
    if theirs not in NO_LANGUAGE and theirs != own:
        return True
    text = _language(link.attrib.get("lang"))
    if text in NO_LANGUAGE or not own or text == own:
        return False
    parts = urlsplit(join(base, link.attrib.get("href") or "") or "")
    first = parts.path.strip("/").split("/")[0]
    host = (parts.hostname or "").split(".")[0]
    return text in (_language(first), _language(host))


def rel_next(response: TextResponse) -> str | None:
    """The absolute URL the page's rel=next names, if any."""
    href = response.css(REL_NEXT).xpath("@href").get()
    return page_join(response, href) if href and href.strip() else None


def rel_next_page(
    url: str, target: str, is_article: IsArticle = None, resolve: Resolve = None
) -> str | None:
    """The URL to fetch as the next page of the listing at `url`, whose rel=next names
    `target` (`resolve` maps it onto the run's origin), or None where it is none."""
    fetched = resolve(target) if resolve is not None else target
    if fetched is None or not listing_like(url, fetched, is_article):
        return None
    return fetched


def listing_like(url: str, target: str, is_article: IsArticle = None) -> bool:
    """Whether `target`, which the listing page at `url` names rel=next, is taken as its
    next page: on the same site (`same_site`: `www.` or not) and no article
    (`is_article`). Otherwise rel=next is trusted: a section's next page may be a dated
    archive (`/world/2026/12/02/`, `?date=2026-12-02`), a cursor, another path. CMS themes
    print rel=next on a listing for the next *article* too (a story's "next story"
    carried over to its section): that is a link, not the listing's next page."""
    if not same_site(url, target):
        return False
    return is_article is None or not is_article(target)


def same_site(url: str, target: str) -> bool:
    """Whether two URLs are on one site: the same host, a leading `www.` aside, and the
    same port (a scheme's default one whichever the scheme: http:// to https:// is a
    site's redirect, not another site)."""
    return _site(url) == _site(target)


def _site(url: str) -> tuple[str, int | None]:
    parts = urlsplit(url)
    host = bare_host(parts.hostname or "")
    port = parts.port
    return host, None if port == DEFAULT_PORTS.get(parts.scheme) else port


def next_page_url(
    response: TextResponse,
    listing: Listing,
    page: int,
    is_article: IsArticle = None,
    resolve: Resolve = None,
) -> str | None:
    """The URL of page `page + 1` (see `next_page`)."""
    found = next_page(response, listing, page, is_article, resolve)
    return (found[0] or None) if found else None


def next_page(
    response: TextResponse,
    listing: Listing,
    page: int,
    is_article: IsArticle = None,
    resolve: Resolve = None,
) -> tuple[str, str] | None:
    """(URL of page `page + 1`, how it was found): the profile's "next" control (its link,
    else the URL its data attributes hold: "control"), or the profile's page template
    ("template"), else the page's rel=next unless it names an article or another site
    ("rel_next", `listing_like`), else a link to the next page number or a "next" control
    of no profile's ("numbered", "next_control": pagination.py), else a Next.js page's
    `/_next/data/` JSON of its second page ("next_data"), else an Arc XP page's content
    API with the offset moved on ("arc_fusion": jsonlisting.py)."""
    if listing.next_page:
        control = response.css(listing.next_page)
        href = control.xpath("@href").get() or control.xpath(DATA_URL).get()
        found = page_join(response, href) if href and href.strip() else None
        return (found, "control") if found is not None else None
    if listing.page_url:
        section_url = response.url.split("?", 1)[0]
        return listing.page_url.format(section_url=section_url, page=page + 1), "template"
    target = rel_next(response)
    found = rel_next_page(response.url, target, is_article, resolve) if target else None
    if found is not None:
        return found, "rel_next"
    paged = generic_next(response.selector, response.url, is_article or (lambda _: False))
    if paged is not None:
        return paged
    base = response_base(response)  # where their root-relative fetches are joined
    try:
        data = next_data_url(response.selector, response.url, base)
    except UnbuildableQuery as exc:  # counted (`paging/next/unbuildable`), the section ends
        logger.warning(
            "No next page asked after %s: its URL cannot be made (%s)", response.url, exc
        )
        return "", UNBUILDABLE
    if data is not None:
        return data, "next_data"
    fusion = fusion_next_url(response.selector, response.url, base)
    return (fusion, "arc_fusion") if fusion is not None else None


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
    first = page_join(response, src)
    return (first, items, bookmark) if first is not None else None


# Where a site sends a reader it will not show a page: its login, account or paywall page.
LOGIN_PATH = re.compile(
    r"/(?:log-?in|sign-?in|sign-?on|sso|auth|account|accounts|my-?account|subscribe|paywall"
    r"|register|anmelden|connexion|acceso|accedi)(?:[/.?;]|$)",
    re.IGNORECASE,
)


def login_wall(response: TextResponse, entries: list[Entry], is_article: IsArticle) -> str | None:
    """The path of the login page a section's first page was redirected to, where it lists
    no article of the site (a wall, not a section); None otherwise."""
    if not response.meta.get("redirect_urls"):
        return None
    path = urlsplit(response.url).path
    if not LOGIN_PATH.search(path):
        return None
    if any(is_article is None or is_article(entry.url) for entry in entries):
        return None
    return path
