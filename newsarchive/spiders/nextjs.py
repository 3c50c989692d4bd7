"""A Next.js section's next page: the `/_next/data/` JSON its router asks for page 2.

The page's `__NEXT_DATA__` names the build and the page's props; props that list
links and say they are paged (`page`, `totalPages`, `hasMore`) make the listing's
next answer `/_next/data/<build>/<path>.json?page=2`, read as a JSON listing.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlsplit

from parsel import Selector

from newsarchive.pagebase import join, page_base
from newsarchive.spiders.jsonlisting import (
    DEPTH,
    MORE_KEYS,
    PAGES_KEYS,
    links_in,
    top_flags,
    value_at,
)
from newsarchive.spiders.pageurls import encoded_pairs, query_fields

NEXT_DATA = '//script[@id="__NEXT_DATA__"]/text()'
LOCALE = re.compile(r"[A-Za-z0-9_-]{1,35}")  # a Next.js i18n locale: "en", "de-CH"
PAGE_NOW_KEYS = frozenset(("page", "currentpage", "current_page"))
PAGES_ON_KEYS = frozenset(("nextpage", "next_page"))
PAGE_KEY = frozenset(("page",))  # the data route's page number, set to 2


def next_data_url(page: Selector, url: str, base: str | None = None) -> str | None:
    """The `/_next/data/` URL of the second page of a Next.js listing: the page's
    `__NEXT_DATA__` has a build id and page props that list links and say they are paged
    (`page`, `totalPages`, `hasMore`, ...). Next.js's router asks the same JSON, with the
    route's parameters in the query; `page=2` is what such listings take. The route is
    the page's own path (`url`); the router's fetch of that root-relative URL is joined
    with the page's base (its `<base href>`, `pagebase`; `base` when the caller read it
    already), as a browser joins it."""
    raw = page.xpath(NEXT_DATA).get()
    try:
        data = json.loads(raw) if raw else None
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return None
    if not isinstance(data, dict):
        return None
    build, props, route = (
        data.get("buildId"),
        value_at(data, ("props", "pageProps")),
        data.get("query"),
    )
    if not isinstance(build, str) or not build or not isinstance(props, dict):
        return None
    if not any(_pages_on(key, value) for key, value in top_flags(props)):
        return None
    if len(set(links_in(props, DEPTH))) < 2:
        return None
    parts = urlsplit(url)
    path = _with_locale(parts.path.rstrip("/"), data.get("locale")) or "/index"
    route = route if isinstance(route, dict) else {}
    # the route's values (JSON: a lone surrogate raises UnbuildableQuery), the page's own
    # query as written (`query_fields`), and the second page's number
    routed = [(k, v) for k, v in route.items() if isinstance(v, str) and k != "page"]
    fields = [encoded_pairs(routed), *query_fields(parts.query, PAGE_KEY), "page=2"]
    data_url = f"/_next/data/{build}{path}.json?{'&'.join(f for f in fields if f)}"
    return join(page_base(page, url) if base is None else base, data_url)


def _with_locale(path: str, locale: Any) -> str:
    """A page's path as its data route names it: a site with i18n (`"locale": "en"` in
    `__NEXT_DATA__`) has the locale in every data route, its default one's too, which
    the page's own address leaves out (`/world`: `/en/world`)."""
    if not isinstance(locale, str) or not LOCALE.fullmatch(locale):
        return path
    if path.lower().split("/")[1:2] == [locale.lower()]:
        return path
    return f"/{locale}{path}"


def _pages_on(key: str, value: Any) -> bool:
    """Whether one of a Next.js page's props says its listing is paged: a page number, a
    next page, more to come, more than one page in all (`"page": {"title": ...}` does not)."""
    number = isinstance(value, int) and not isinstance(value, bool)
    if key in PAGE_NOW_KEYS or key in PAGES_ON_KEYS:
        return number
    if key in MORE_KEYS:
        return value is True
    return key in PAGES_KEYS and number and value > 1
