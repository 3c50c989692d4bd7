"""A listing page that answers JSON where no profile says how to read it.

A "load more" control of no profile's often names a JSON API (`<button
data-url="/api/stories?section=world&offset=10&limit=10">`), and a Next.js
section continues in `/_next/data/<build>/<path>.json?page=2`. What such an
answer lists, and where the next one is, is read the way most APIs say it,
pure code over the parsed JSON and the URL it came from:

- its links: every string under a URL key (`url`, `link`, `canonical_url`, ...)
  that reads as a URL, and the links of every HTML fragment in it (Drupal's
  views/ajax commands, `{"html": "<li>..."}`); the spider keeps the articles;
- its next page: a next URL it names (`next`, `next_url`, ...); else, unless it
  says it is the last (`hasMore: false`, an offset past `total`, a page past
  `totalPages`) or lists nothing, the same URL with its offset moved on by its
  limit (else by the entries it gave), or its page number one higher.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import TextResponse
from w3lib.url import add_or_replace_parameter

from newsarchive.sites.base import NEXT_URL_KEYS
from newsarchive.spiders.pagination import PAGE_WORDS
from newsarchive.spiders.sources import looks_like_url

URL_KEYS = frozenset(
    ("url", "link", "href", "canonical_url", "canonicalurl", "permalink", "website_url",
     "websiteurl", "slug", "path", "uri", "share_url", "shareurl")
)  # fmt: skip
MORE_KEYS = frozenset(
    ("hasmore", "has_more", "hasnextpage", "has_next_page", "more", "moreavailable")
)
TOTAL_KEYS = frozenset(
    ("total", "totalcount", "total_count", "totalresults", "total_results", "count")
)
PAGES_KEYS = frozenset(
    ("totalpages", "total_pages", "pagecount", "page_count", "lastpage", "last_page")
)
OFFSET_KEYS = frozenset(("offset", "start", "from", "skip", "feedoffset"))
LIMIT_KEYS = frozenset(
    ("limit", "size", "per_page", "perpage", "pagesize", "page_size", "rows", "feedsize")
)
DEPTH = 12  # how deep links are looked for; answers nest a few levels
FLAG_DEPTH = 3  # how deep a listing's hasMore/total/totalPages may sit (meta, pageProps)
NEXT_DATA = '//script[@id="__NEXT_DATA__"]/text()'
PAGE_NOW_KEYS = frozenset(("page", "currentpage", "current_page"))
PAGES_ON_KEYS = frozenset(("nextpage", "next_page"))
HTML_LINK = re.compile(r"<a\s[^>]*href", re.IGNORECASE)


@dataclass(frozen=True)
class JsonListing:
    links: tuple[str, ...]  # absolute URLs, in order, each once
    next: str | None  # the next answer's URL, None: the listing ends here
    last: bool = False  # it says it is the last (hasMore: false), or lists nothing


def read_json_listing(body: bytes, url: str) -> JsonListing | None:
    """What a JSON answer at `url` lists and where it goes on; None: not JSON."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict | list):
        return None
    links = tuple(dict.fromkeys(urljoin(url, link) for link in _links(data, DEPTH)))
    last = not links or any(v is False for k, v in _flags(data) if k in MORE_KEYS)
    return JsonListing(links, _next(data, url, len(links)), last)


def _links(data: Any, depth: int) -> Iterator[str]:
    if depth < 0:
        return
    if isinstance(data, list):
        for value in data:
            yield from _links(value, depth - 1)
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and key.lower() in URL_KEYS and _link_like(value):
                yield value.strip()
            elif isinstance(value, str) and HTML_LINK.search(value):
                yield from Selector(text=value).css("a::attr(href)").getall()
            else:
                yield from _links(value, depth - 1)


def _link_like(value: str) -> bool:
    """A link an answer lists: absolute, protocol-relative or root-relative; a slug
    ("made-up-story") is none, nor a bare query (a cursor: `looks_like_url`)."""
    return value.strip().startswith(("http://", "https://", "/"))


def _flags(data: Any, depth: int = FLAG_DEPTH) -> Iterator[tuple[str, Any]]:
    """(lowercased key, value) of the answer's objects near its top (not inside lists),
    level by level: a key at the top comes before the same key nested in `meta`."""
    level = [data] if isinstance(data, dict) else []
    for _ in range(depth + 1):
        for obj in level:
            for key, value in obj.items():
                yield key.lower(), value
        level = [v for obj in level for v in obj.values() if isinstance(v, dict)]


def _next(data: Any, url: str, found: int) -> str | None:
    flags = dict(reversed(list(_flags(data))))  # the shallowest of each key
    for path in NEXT_URL_KEYS:
        value = _at(data, path)
        if isinstance(value, str) and looks_like_url(value.strip()):
            return urljoin(url, value.strip())
    if found == 0 or any(flags.get(k) is False for k in MORE_KEYS):
        return None
    return query_moved_on(url, found, _total(flags, found), _number(flags, PAGES_KEYS))


def query_moved_on(
    url: str, found: int, total: int | None = None, pages: int | None = None
) -> str | None:
    """`url` asking the next batch: its offset moved on by its limit (else by the `found`
    entries of this one), inside a JSON query parameter too, or its page number one
    higher; None where it has neither, or the listing's `total` or `pages` is reached."""
    query = parse_qsl(urlsplit(url).query, keep_blank_values=True)
    for key, value in query:
        if key.lower() in OFFSET_KEYS and value.isdigit():
            offset = int(value) + _step(dict(query), found)
            if total is not None and offset >= total:
                return None
            return add_or_replace_parameter(url, key, str(offset))
        inner = _json_object(value)  # Arc XP's ?query={"feedOffset":10,"feedSize":10}
        moved = _moved_on(inner, found) if inner is not None else None
        if moved is not None:
            if total is not None and moved[1] >= total:
                return None
            return add_or_replace_parameter(url, key, json.dumps(moved[0], separators=(",", ":")))
    for key, value in query:
        if key.lower() in PAGE_WORDS and value.isdigit():
            if pages is not None and int(value) >= pages:
                return None
            return add_or_replace_parameter(url, key, str(int(value) + 1))
    return None


def _step(params: dict[str, Any], found: int) -> int:
    """How far an offset moves: the request's limit, else the entries the answer gave."""
    for key, value in params.items():
        if key.lower() in LIMIT_KEYS and str(value).isdigit():
            return int(value)
    return found


def _json_object(value: str) -> dict[str, Any] | None:
    if not value.startswith("{"):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _moved_on(params: dict[str, Any], found: int) -> tuple[dict[str, Any], int] | None:
    """`params` (a JSON query) with its offset moved on, and the new offset; None: none."""
    for key, value in params.items():
        if key.lower() in OFFSET_KEYS and isinstance(value, int) and not isinstance(value, bool):
            offset = value + _step(params, found)
            return {**params, key: offset}, offset
    return None


def _total(flags: dict[str, Any], found: int) -> int | None:
    """The entries in the whole listing; a `count` no larger than this answer's own
    entries may be their count alone (DRF's and Arc's `count` is the total)."""
    total = _number(flags, TOTAL_KEYS - {"count"})
    count = _number(flags, frozenset(("count",)))
    return total if total is not None else count if count is not None and count > found else None


def _at(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _number(flags: dict[str, Any], keys: frozenset[str]) -> int | None:
    for key in keys:
        value = flags.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def next_data_url(page: Selector, url: str) -> str | None:
    """The `/_next/data/` URL of the second page of a Next.js listing: the page's
    `__NEXT_DATA__` has a build id and page props that list links and say they are paged
    (`page`, `totalPages`, `hasMore`, ...). Next.js's router asks the same JSON, with the
    route's parameters in the query; `page=2` is what such listings take."""
    raw = page.xpath(NEXT_DATA).get()
    try:
        data = json.loads(raw) if raw else None
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    build, props, route = data.get("buildId"), _at(data, ("props", "pageProps")), data.get("query")
    if not isinstance(build, str) or not build or not isinstance(props, dict):
        return None
    if not any(_pages_on(key, value) for key, value in _flags(props)):
        return None
    if len(set(_links(props, DEPTH))) < 2:
        return None
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/index"
    route = route if isinstance(route, dict) else {}
    query = [(k, v) for k, v in route.items() if isinstance(v, str)]
    query = [(k, v) for k, v in query + parse_qsl(parts.query) if k != "page"] + [("page", "2")]
    return urlunsplit(
        (parts.scheme, parts.netloc, f"/_next/data/{build}{path}.json", urlencode(query), "")
    )


def _pages_on(key: str, value: Any) -> bool:
    """Whether one of a Next.js page's props says its listing is paged: a page number, a
    next page, more to come, more than one page in all (`"page": {"title": ...}` does not)."""
    number = isinstance(value, int) and not isinstance(value, bool)
    if key in PAGE_NOW_KEYS or key in PAGES_ON_KEYS:
        return number
    if key in MORE_KEYS:
        return value is True
    return key in PAGES_KEYS and number and value > 1


def is_fragment(response: TextResponse) -> bool:
    """Whether an HTML answer is a fragment (teasers alone, as "load more" scripts get
    them), not a page: no <html> or <body> in its first kilobytes."""
    head = response.body[:4096].lower()
    return b"<html" not in head and b"<body" not in head


def is_json(response: TextResponse) -> bool:
    """Whether a listing page came as JSON: so labelled, or a body that opens as JSON."""
    kind = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
    if kind.endswith(b"json"):
        return True
    return not kind.endswith(b"html") and response.body.lstrip()[:1] in (b"{", b"[")


FUSION_CACHE = re.compile(r"Fusion\.contentCache\s*=\s*")
FUSION_SITE = re.compile(r"Fusion\.arcSite\s*=\s*[\"']([^\"']+)")
FUSION_DEPLOYMENT = re.compile(r"Fusion\.deployment\s*=\s*[\"']?(\w+)")
FUSION_FETCH = "/pf/api/v3/content/fetch/"


def fusion_next_url(page: Selector, url: str) -> str | None:
    """The URL of an Arc XP section's next batch: its page caches each content source's
    answer under the JSON query that asked it (`Fusion.contentCache`); the source whose
    query has an offset and whose answer lists the most links is the section's list, and
    its next batch is that query with the offset moved on, asked where Arc's "load more"
    asks it (`/pf/api/v3/content/fetch/<source>?query=...&d=<deployment>&_website=<site>`)."""
    for script in page.xpath("//script[contains(., 'Fusion.contentCache')]/text()").getall():
        found = FUSION_CACHE.search(script)
        try:
            cache = json.JSONDecoder().raw_decode(script, found.end())[0] if found else None
        except ValueError:
            continue
        best = _fusion_list(cache) if isinstance(cache, dict) else None
        if best is None:
            continue
        source, query = best
        params = [("query", json.dumps(query, separators=(",", ":")))]
        for name, pattern in (("d", FUSION_DEPLOYMENT), ("_website", FUSION_SITE)):
            if (match := pattern.search(script)) is not None:
                params.append((name, match[1]))
        return urljoin(url, FUSION_FETCH + source + "?" + urlencode(params))
    return None


def _fusion_list(cache: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(source, the next batch's query) of the cached answer listing the most links."""
    best: tuple[int, str, dict[str, Any]] | None = None
    for source, answers in cache.items():
        if not isinstance(answers, dict):
            continue
        for key, answer in answers.items():
            query = _json_object(key)
            links = len(set(_links(answer, DEPTH)))
            moved = _moved_on(query, links) if query is not None and links >= 2 else None
            if moved is not None and (best is None or links > best[0]):
                best = (links, source, moved[0])
    return (best[1], best[2]) if best is not None else None
