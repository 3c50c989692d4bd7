"""A listing page that answers JSON where no profile says how to read it.

A "load more" control of no profile's often names a JSON API (`<button
data-url="/api/stories?section=world&offset=10&limit=10">`), and a Next.js
section continues in `/_next/data/<build>/<path>.json?page=2` (nextjs.py), an Arc
XP one in its content API (arcfusion.py). What such an
answer lists, and where the next one is, is read the way most APIs say it,
pure code over the parsed JSON and the URL it came from:

- its links: every string under a URL key (`url`, `link`, `canonical_url`, ...)
  that reads as a URL, and the links of every HTML fragment in it (Drupal's
  views/ajax commands, `{"html": "<li>..."}`); the spider keeps the articles;
- its next page: a next URL it names (`next`, `next_url`, ...); else the request
  with the opaque cursor it gives (`nextCursor`, `pageInfo.endCursor`,
  `nextPageToken`, `continuation`) in the request's cursor key (`?cursor=`,
  `after=`), or a key named for the field, until it hands back the cursor it was
  asked with; else, unless it
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
from urllib.parse import quote_plus, unquote_to_bytes, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import TextResponse
from w3lib.url import add_or_replace_parameter

from newsarchive.numbers import ascii_digits
from newsarchive.pagebase import join
from newsarchive.sites.base import NEXT_URL_KEYS
from newsarchive.spiders.pageurls import PAGE_WORDS, query_fields, query_texts
from newsarchive.spiders.sources import cursor_text, looks_like_url

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
HTML_LINK = re.compile(r"<a\s[^>]*href", re.IGNORECASE)


# A request's query key that carries an opaque cursor (`?cursor=eyJ...`, `after=`, a page
# token, a continuation): a cursor the answer gives replaces its value.
CURSOR_PARAMS = frozenset(
    ("cursor", "after", "pagetoken", "page_token", "nextpagetoken", "next_page_token",
     "continuation", "ctoken", "nextcursor", "next_cursor", "searchafter", "search_after",
     "starting_after")
)  # fmt: skip
# Where an answer gives the next cursor (a value that is no URL), and the query key a
# request that has no cursor yet carries it in: Relay's endCursor goes into `after`.
CURSOR_FIELDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("pageInfo", "endCursor"), "after"), (("page_info", "end_cursor"), "after"),
    (("nextCursor",), "cursor"), (("next_cursor",), "cursor"),
    (("nextPageToken",), "pageToken"), (("next_page_token",), "page_token"),
    (("continuation",), "continuation"), (("meta", "next_cursor"), "cursor"),
    (("meta", "nextCursor"), "cursor"), (("cursor",), "cursor"), (("after",), "after"),
)  # fmt: skip


@dataclass(frozen=True)
class JsonListing:
    links: tuple[str, ...]  # absolute URLs, in order, each once
    next: str | None  # the next answer's URL, None: the listing ends here
    last: bool = False  # it says it is the last (hasMore: false), or lists nothing
    cursor: bool = False  # `next` carries the cursor this answer gave (token paging)


def read_json_listing(body: bytes, url: str) -> JsonListing | None:
    """What a JSON answer at `url` lists and where it goes on; None: not JSON."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # Recursion: past the stack
        return None
    if not isinstance(data, dict | list):
        return None
    joined = (join(url, link) for link in links_in(data, DEPTH))
    links = tuple(dict.fromkeys(link for link in joined if link is not None))  # None: no URL
    last = not links or any(v is False for k, v in top_flags(data) if k in MORE_KEYS)
    if not last and (by_cursor := cursor_moved_on(data, url)) is not None:
        return JsonListing(links, by_cursor or None, last, cursor=True)
    return JsonListing(links, _next(data, url, len(links)), last)


def cursor_moved_on(data: Any, url: str) -> str | None:
    """The next request of a listing paged by an opaque cursor: `url` with the cursor the
    answer gives (`nextCursor`, `pageInfo.endCursor`, `nextPageToken`, ...) in its cursor
    key, or a key named for the field where it has none and pages no other way (no offset,
    no page number); "" where the answer hands back the cursor `url` carries (the end);
    None where it is not paged by a cursor (the answer names a next URL, or none)."""
    query = query_texts(urlsplit(url).query, keep_blank_values=True)
    keys = {key.lower(): key for key, _ in query}
    own = next((keys[k] for k in keys if k in CURSOR_PARAMS), None)
    if own is None and any(k in OFFSET_KEYS or k in PAGE_WORDS for k in keys):
        return None  # an offset or page number moves on (`query_moved_on`)
    for path in NEXT_URL_KEYS:  # a next URL the answer names itself goes first
        value = value_at(data, path)
        if isinstance(value, str) and looks_like_url(value.strip()):
            return None
    for path, key in CURSOR_FIELDS:
        cursor = cursor_text(shallow_value(data, path))
        if cursor is None or looks_like_url(cursor):
            continue
        if own is not None and dict(query).get(own) == cursor:
            return ""  # the cursor this answer was asked with: no further
        return add_or_replace_parameter(url, own or key, cursor)
    return None


def links_in(data: Any, depth: int) -> Iterator[str]:
    if depth < 0:
        return
    if isinstance(data, list):
        for value in data:
            yield from links_in(value, depth - 1)
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(value, str) and key.lower() in URL_KEYS and _link_like(value):
                yield value.strip()
            elif isinstance(value, str) and HTML_LINK.search(value):
                yield from Selector(text=value).css("a::attr(href)").getall()
            else:
                yield from links_in(value, depth - 1)


def _link_like(value: str) -> bool:
    """A link an answer lists: absolute, protocol-relative or root-relative; a slug
    ("made-up-story") is none, nor a bare query (a cursor: `looks_like_url`)."""
    return value.strip().startswith(("http://", "https://", "/"))


def top_flags(data: Any, depth: int = FLAG_DEPTH) -> Iterator[tuple[str, Any]]:
    """(lowercased key, value) of the answer's objects near its top (not inside lists),
    level by level: a key at the top comes before the same key nested in `meta`."""
    level = [data] if isinstance(data, dict) else []
    for _ in range(depth + 1):
        for obj in level:
            for key, value in obj.items():
                yield key.lower(), value
        level = [v for obj in level for v in obj.values() if isinstance(v, dict)]


def _next(data: Any, url: str, found: int) -> str | None:
    flags = dict(reversed(list(top_flags(data))))  # the shallowest of each key
    for path in NEXT_URL_KEYS:
        value = value_at(data, path)
        if isinstance(value, str) and looks_like_url(value.strip()):
            following = join(url, value)  # None: no URL (`http://[::1/`), as if none named
            if following is not None:
                return following
    if found == 0 or any(flags.get(k) is False for k in MORE_KEYS):
        return None
    return query_moved_on(url, found, _total(flags, found), _number(flags, PAGES_KEYS))


def query_moved_on(
    url: str, found: int, total: int | None = None, pages: int | None = None
) -> str | None:
    """`url` asking the next batch: its offset moved on by its limit (else by the `found`
    entries of this one), inside a JSON query parameter too, or its page number one
    higher; None where it has neither, or the listing's `total` or `pages` is reached."""
    parts = urlsplit(url)
    query = query_texts(parts.query, keep_blank_values=True)
    fields = query_fields(parts.query)
    for n, field in enumerate(fields):
        for key, value in query_texts(field, keep_blank_values=True):
            if key.lower() in OFFSET_KEYS and ascii_digits(value):
                offset = int(value) + _step(dict(query), found)
                if total is not None and offset >= total:
                    return None
                return add_or_replace_parameter(url, key, str(offset))
            # Arc XP's ?query={"feedOffset":10,"feedSize":10}, read from its bytes
            name, _, written = field.partition("=")
            inner = json_object(_escaped_text(written))
            moved = offset_moved_on(inner, found) if inner is not None else None
            if moved is not None:
                if total is not None and moved[1] >= total:
                    return None
                fields[n] = f"{name}={_json_escaped(moved[0])}"
                return urlunsplit(parts._replace(query="&".join(fields)))
    for key, value in query:
        if key.lower() in PAGE_WORDS and ascii_digits(value):
            if pages is not None and int(value) >= pages:
                return None
            return add_or_replace_parameter(url, key, str(int(value) + 1))
    return None


def _escaped_text(written: str) -> str:
    """A query value's text, a byte that is not UTF-8 kept as a surrogate (`_json_escaped`
    writes it back as it came: a latin-1 `%E9` in Arc's JSON query was moved on as `%25E9`,
    or its run of escapes left undecoded, the JSON unread and the next batch not asked)."""
    return unquote_to_bytes(written.replace("+", " ")).decode("utf-8", "surrogateescape")


def _json_escaped(data: dict[str, Any]) -> str:
    """A JSON query value as a query writes it, its bytes as `_escaped_text` read them."""
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    try:
        return quote_plus(text.encode("utf-8", "surrogateescape"))
    except UnicodeEncodeError:  # a lone surrogate the JSON wrote as `\ud800`: so again
        return quote_plus(json.dumps(data, separators=(",", ":")))


def _step(params: dict[str, Any], found: int) -> int:
    """How far an offset moves: the request's limit, else the entries the answer gave."""
    for key, value in params.items():
        if key.lower() in LIMIT_KEYS and ascii_digits(str(value)):
            return int(value)
    return found


def json_object(value: str) -> dict[str, Any] | None:
    if not value.startswith("{"):
        return None
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def offset_moved_on(params: dict[str, Any], found: int) -> tuple[dict[str, Any], int] | None:
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


def shallow_value(data: Any, path: tuple[str, ...], depth: int = FLAG_DEPTH) -> Any:
    """The value at `path` from the answer's top object, else from an object nested in it
    (not inside lists) down to `depth`: GraphQL's `data.stories.pageInfo.endCursor`."""
    level = [data] if isinstance(data, dict) else []
    for _ in range(depth + 1):
        for obj in level:
            value = value_at(obj, path)
            if value is not None:
                return value
        level = [v for obj in level for v in obj.values() if isinstance(v, dict)]
    return None


def value_at(data: Any, path: tuple[str, ...]) -> Any:
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


def is_fragment(response: TextResponse) -> bool:
    """Whether an HTML answer is a fragment (teasers alone, as "load more" scripts get
    them), not a page: no <html> or <body> in its first kilobytes."""
    head = response.body[:4096].lower()
    return b"<html" not in head and b"<body" not in head


def is_json(response: TextResponse) -> bool:
    """Whether a listing page came as JSON: so labelled, or a body that opens as JSON (past a
    byte-order mark, which hid it: parsel then read the body as JSON and refused CSS on it,
    a ValueError out of the spider). Under an HTML label only a body that is JSON whole: read
    as HTML, an API answered as text/html gave no link and no word of why."""
    kind = (response.headers.get(b"Content-Type") or b"").split(b";")[0].strip().lower()
    if kind.endswith(b"json"):
        return True
    if response.body.lstrip().removeprefix(_BOM).lstrip()[:1] not in (b"{", b"["):
        return False
    if not kind.endswith(b"html"):
        return True
    try:
        return isinstance(json.loads(response.body), dict | list)
    except (ValueError, UnicodeDecodeError, RecursionError):  # Recursion: past the stack
        return False


_BOM = b"\xef\xbb\xbf"
