"""Reading article URLs (and the dates they are announced with) out of listings.

Pure functions over bytes or parsed JSON: news sitemaps, RSS/Atom feeds and
"show more" JSON. They return raw (possibly relative) URLs; the spider
decides what is in scope. No Scrapy here, so they are tested as tables.
"""

from __future__ import annotations

import calendar
import html.entities
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

from newsarchive.numbers import ascii_digits
from newsarchive.sites.base import CURSOR_KEYS, NEXT_URL_KEYS, Cursor, ShowMore
from newsarchive.timestamps import parse_feed_date

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Entry:
    """One URL a listing announces, with its publication date when the listing gives one."""

    url: str
    published: datetime | None = None
    modified: datetime | None = None  # lastmod / updated: newsarchive.state re-fetches on change
    # a news sitemap's `<news:news>` entry: news by the site's own word, whatever its
    # address looks like (`/a/x7`, `/brexit`), so the link rules' shape test is not asked
    declared: bool = False


def date_in_url(url: str, pattern: re.Pattern[str] | None) -> datetime | None:
    """The date an article URL carries (/2025/05/01/, /2025/may/01/), if the site prints one."""
    match = pattern.search(url) if pattern else None
    if not match:
        return None
    month = match["m"].lower()
    number = (
        MONTHS.index(month) + 1 if month in MONTHS else int(month) if ascii_digits(month) else 0
    )
    try:
        return datetime(int(match["y"]), number, int(match["d"]))
    except ValueError:
        return None


def _xml_root(body: bytes) -> etree._Element | None:
    if body[:2] == b"\x1f\x8b":  # a .xml.gz file served as is
        body = _gunzip(body)
    strict = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser=strict)
    except etree.XMLSyntaxError:
        pass  # a feed written like HTML: its entities and bare ampersands mended first
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(_mend_ampersands(body), parser=parser)
    except etree.XMLSyntaxError:
        return None


def _gunzip(body: bytes) -> bytes:
    """As much as the file holds: a file cut short still gives its whole entries."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out: list[bytes] = []
    size = 0
    for start in range(0, len(body), 1 << 16):
        try:
            piece = inflate.decompress(body[start : start + (1 << 16)], MAX_SITEMAP_BYTES - size)
        except zlib.error:  # damaged from here on
            break
        out.append(piece)
        size += len(piece)
        if size >= MAX_SITEMAP_BYTES or inflate.eof:
            break
    data = b"".join(out)
    if inflate.eof:
        return data
    ends = list(_ENTRY_END.finditer(data))  # the last entry may be cut inside its URL
    return data[: ends[-1].end()] if ends else b""


_ENTRY_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:url|sitemap)\s*>")


_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)
_REFERENCE = re.compile(rb"&(?:(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}))?;?")
_XML_NAMED = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))


def _mend_ampersands(body: bytes) -> bytes:
    """HTML's named entities (`&nbsp;`) as character references, a bare `&` as `&amp;`.

    libxml2's recovery drops both, and with them the `&` of every later query
    string (`?a=1&amp;b=2` read as `?a=1b=2`). Text in CDATA sections is left alone,
    and so is a body in an encoding the byte patterns cannot see (UTF-16, UTF-32).
    """
    if b"&" not in body or b"\x00" in body[:4]:
        return body
    parts = _CDATA.split(body)
    parts[::2] = [_REFERENCE.sub(_mended, part) for part in parts[::2]]
    return b"".join(parts)


def _mended(match: re.Match[bytes]) -> bytes:
    number, name = match[1], match[2]
    closed = match[0].endswith(b";")
    if number is not None and closed:
        return match[0]
    if name is not None and closed:
        if name in _XML_NAMED:
            return match[0]
        text = html.entities.html5.get(name.decode("ascii") + ";")
        if text is not None:
            return "".join(f"&#{ord(char)};" for char in text).encode("ascii")
    return b"&amp;" + match[0][1:]


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *names: str) -> str | None:
    """Text of the first descendant with one of these local names (namespaces ignored)."""
    for name in names:
        for found in element.iter(f"{{*}}{name}", name):
            if found.text and found.text.strip():
                return str(found.text.strip())
    return None


def _own_text(element: etree._Element, name: str) -> str | None:
    """Text of the first child (not a deeper descendant) with this local name."""
    for child in element:
        if _local(child.tag) == name and child.text and child.text.strip():
            return str(child.text.strip())
    return None


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: child sitemaps (an index) or article entries (a urlset)."""

    children: tuple[Entry, ...] = ()
    entries: tuple[Entry, ...] = ()


def parse_sitemap(body: bytes) -> Sitemap:
    """A sitemap index or (news) urlset; dates from news:publication_date, else lastmod.
    A text sitemap (the protocol's other form: one URL a line) gives its URLs, undated."""
    root = _xml_root(body)
    if root is None:
        return Sitemap(entries=text_sitemap(body))
    kind = _local(root.tag)
    items = [el for el in root if _local(el.tag) in ("sitemap", "url")]
    found = []
    for item in items:
        loc = _own_text(item, "loc")  # not an image:loc or video:loc inside the entry
        if loc:
            when = _child_text(item, "publication_date", "lastmod")
            modified = parse_feed_date(_child_text(item, "lastmod"))
            declared = any(_local(child.tag) == "news" for child in item)
            found.append(Entry(loc, parse_feed_date(when), modified, declared))
    if kind == "sitemapindex":
        return Sitemap(children=tuple(found))
    return Sitemap(entries=tuple(found))


_TEXT_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)


def text_sitemap(body: bytes) -> tuple[Entry, ...]:
    """The URLs of a text sitemap (sitemap.txt, gzipped or not), each line one absolute
    URL; nothing when any line is something else (an HTML or error page)."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip_text(body)
    text = body.decode("utf-8", "replace").lstrip("\ufeff")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or not all(_TEXT_URL.fullmatch(line) for line in lines):
        return ()
    return tuple(Entry(line) for line in dict.fromkeys(lines))


def _gunzip_text(body: bytes) -> bytes:
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflate.decompress(body, MAX_SITEMAP_BYTES)
    except zlib.error:
        return b""
    return data if inflate.eof else data[: data.rfind(b"\n") + 1]  # whole lines only


# The period an archive sitemap's URL names (sitemap-2019-05.xml, /sitemaps/2019/05/,
# article-2019-05-01.xml, sitemap-2019.xml): delimited, so ids and slugs do not count.
# A day after the month is not trusted (/2019/05/01.xml may be May's first page).
_PERIOD = re.compile(r"(?<![\d])(?P<y>20\d\d)(?:[-/_](?P<m>0[1-9]|1[0-2])(?![\d])|(?=\.xml))")


def sitemap_period_end(url: str) -> date | None:
    """The last day of the year or month an archive sitemap's URL names (None: it names
    none); a sitemap index's children without a lastmod are judged by it against `since`."""
    periods = list(_PERIOD.finditer(urlsplit(url).path))
    if not periods:
        return None
    found = periods[-1]  # /2019/sitemap-2019-05.xml: the month
    year = int(found["y"])
    if found["m"] is None:
        return date(year, 12, 31)
    month = int(found["m"])
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its entries, and the URL of its next (older) page when it is paged."""

    entries: tuple[Entry, ...] = ()
    next: str | None = None  # RFC 5005: <link rel="next"> (Atom) / <atom:link rel="next"> (RSS)
    unlinked: int = 0  # items naming no page: no <link>, and a <guid> or Atom <id> that is no URL


def parse_feed(body: bytes) -> list[Entry]:
    """Items of an RSS 2.0 / RSS 1.0 feed or entries of an Atom feed."""
    return list(read_feed(body).entries)


def read_feed(body: bytes) -> Feed:
    """A feed's entries and its next page."""
    root = _xml_root(body)
    if root is None:
        return Feed()
    entries, unlinked = [], 0
    for item in root.iter("{*}item", "item", "{*}entry"):
        url = _feed_link(item)
        if not url:
            unlinked += 1
            continue
        when = _child_text(item, "pubDate", "published", "updated", "date")
        modified = parse_feed_date(_child_text(item, "updated", "modified"))
        entries.append(Entry(url, parse_feed_date(when), modified))
    return Feed(tuple(entries), _feed_next(root), unlinked)


def _feed_next(root: etree._Element) -> str | None:
    """The feed's own rel=next link (the feed element's or the RSS channel's, not an
    entry's), against the xml:base in force there."""
    for parent in (root, *(c for c in root if _local(c.tag) == "channel")):
        for link in parent:
            href = link.get("href")
            if _local(link.tag) == "link" and link.get("rel") == "next" and href and href.strip():
                return _based(link, str(href).strip())
    return None


_PAGE_TYPES = ("", "text/html", "application/xhtml+xml")


def _link_type(link: etree._Element) -> str:
    return str(link.get("type") or "").split(";")[0].strip().lower()


def _feed_link(item: etree._Element) -> str | None:
    """The item's page, made absolute against the feed's xml:base where it has one
    (a relative link without one is the spider's to join with the feed's URL). Of an
    Atom entry's alternates, the HTML one: an AMP or JSON alternate listed first is
    not the article's page. Without a link, an RSS permalink `<guid>` or an Atom `<id>`
    that is an http(s) URL (`_permalink`): an entry naming its page only so is a page."""
    alternates = []
    for link in item:
        if _local(link.tag) != "link":
            continue
        href = link.get("href")
        if href is not None:  # Atom: the alternate link is the page
            if link.get("rel", "alternate") == "alternate" and href.strip():
                alternates.append(link)
        elif link.text and link.text.strip():
            return _based(link, str(link.text.strip()))
    if alternates:
        page = next((link for link in alternates if _link_type(link) in _PAGE_TYPES), None)
        page = alternates[0] if page is None else page
        return _based(page, str(page.get("href")).strip())
    return _permalink(item.find("guid")) or _permalink(item.find(f"{{{_ATOM}}}id"))


_ATOM = "http://www.w3.org/2005/Atom"


def _permalink(guid: etree._Element | None) -> str | None:
    """An RSS item's `<guid>` (or an Atom entry's `<id>`) when it is its page's URL: a
    permalink (isPermaLink absent or true) written as an absolute http(s) URL. An id
    ("4711", "tag:site,2026:4711", "urn:uuid:...", a relative path) is never joined with
    the feed's URL into one."""
    if guid is None or (guid.get("isPermaLink") or "true").strip().lower() != "true":
        return None
    text = (guid.text or "").strip()
    parts = urlsplit(text)
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def _based(element: etree._Element, url: str) -> str:
    """`url` joined with the xml:base in force at `element` (lxml composes nested ones)."""
    base = element.base
    return urljoin(base, url) if base else url


def _dig(data: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def parse_show_more(data: Any, spec: ShowMore) -> list[Entry] | None:
    """Entries of one "show more" JSON answer; None when it has not the expected shape."""
    answer = read_show_more(data, spec)
    return None if answer is None else list(answer.entries)


@dataclass(frozen=True)
class ShowMoreAnswer:
    """One "show more" answer: its entries and what it says about the rest of the listing."""

    entries: tuple[Entry, ...]
    total: int | None = None  # entries in the whole listing, when the answer says
    more: bool | None = None  # False: the answer says it is the last one
    next_offset: int | None = None  # where the answer says the next one starts
    cursor: str | None = None  # the next request's cursor, or its URL (None: the answer has none)


_XSSI = re.compile(rb"^\s*(?:\)\]\}',?|while\s*\(1\);|for\s*\(;;\);)\s*")
_JSONP = re.compile(rb"^\s*(?:/\*\*/\s*)?[A-Za-z_$][\w$.]*\s*\((.*)\)\s*;?\s*$", re.DOTALL)


def json_answer(body: bytes) -> Any:
    """A JSON answer's value, also behind an anti-XSSI prefix (`)]}'`, `while(1);`) or
    wrapped as JSONP (`cb({...});`), as older "load more" endpoints send it; None when
    the body is no JSON (a JSON null is no answer either)."""
    body = _XSSI.sub(b"", body, count=1)
    try:
        return json.loads(body)
    except RecursionError:  # nested past Python's stack: no answer of a listing's
        return None
    except ValueError:
        wrapped = _JSONP.match(body)
    try:
        return json.loads(wrapped[1]) if wrapped else None
    except (ValueError, RecursionError):
        return None


def read_show_more(data: Any, spec: ShowMore) -> ShowMoreAnswer | None:
    """Entries and end markers of one answer; None when it has not the expected shape."""
    entries = _html_entries(data, spec) if spec.html_field else _json_entries(data, spec)
    if entries is None:
        return None
    more = _dig(data, spec.more_field) if spec.more_field else None
    return ShowMoreAnswer(
        tuple(entries),
        total=_count(data, spec.total_field),
        more=more if isinstance(more, bool) else None,
        next_offset=_count(data, spec.next_offset_field),
        cursor=_json_cursor(data, spec),
    )


def read_answer(spec: ShowMore, body: bytes, text: str | None) -> ShowMoreAnswer | None:
    """One "show more" answer as the profile says it comes: an HTML fragment (`text`, None
    when the response was no text), else JSON; None when it is not of that shape."""
    if spec.html_answer:
        return None if text is None else read_html_answer(text, spec)
    data = json_answer(body)
    return None if data is None else read_show_more(data, spec)


def read_html_answer(text: str, spec: ShowMore) -> ShowMoreAnswer:
    """An answer that is itself an HTML fragment: its article links and its next cursor
    (the "load more" control the fragment ends with)."""
    selector = Selector(text=text or "<html></html>")
    hrefs = selector.css(spec.html_links).xpath("@href").getall()
    entries = tuple(Entry(url) for url in dict.fromkeys(h.strip() for h in hrefs if h.strip()))
    cursor = spec.cursor
    found = selector.css(cursor.selector).get() if cursor and cursor.selector else None
    return ShowMoreAnswer(entries, cursor=cursor_text(found, cursor.join if cursor else None))


def looks_like_url(value: str) -> bool:
    """A cursor that is the next request itself: absolute, a query, protocol-relative
    with a host name (`//cdn.example/api?after=x`), or root-relative as a path reads
    (`/api/more?after=x`, `/world/page/2`, `/more-stories.json`). An opaque token may
    begin with "/" too (base64's alphabet has it: `/w8AAAE=`, `//8AAQ+x`): one with a
    `+` or `=` (or their escapes `%2B` `%3D`, `%2F`) before any query, a space, a single
    segment of letters and digits alone (`/w8AAAEx`), or segments of letters and digits
    mixed with no word among them (`/9j/4AAQSkZJRg`) is a token, for the profile's
    template."""
    if value.startswith(("http://", "https://", "?")):
        return True
    if not value.startswith("/") or any(c.isspace() for c in value):
        return False
    path, query, _ = value.partition("?")
    if value.startswith("//"):
        return bool(_HOST_PATH.match(path[2:]))
    if "+" in path or "=" in path or _ESCAPED_BASE64.search(path):
        return False
    if bool(query) or any(c in path for c in "-_.~"):
        return True
    # `/world/page/2`, `/2026/12/05`: a word or numbers between its slashes; base64's
    # `/9j/4AAQSkZJRg` has neither (its segments are letters and digits mixed)
    segments = path.split("/")[1:]
    words = any(_WORD.fullmatch(segment) for segment in segments)
    return len(segments) >= 2 and (words or all(s.isdigit() for s in segments))


_HOST_PATH = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:/|$)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]?[a-z]{2,}")
# a token URL-quoted (`/w8AAAE%3D`, `/a%2Bb`): its `=`, `+` or `/` escaped, no path's
_ESCAPED_BASE64 = re.compile(r"%(?:2B|2F|3D)", re.IGNORECASE)


class JsonCursor(str):
    """A cursor an answer gave as a JSON list or object, as its compact JSON text (what a
    query carries): a JSON body sends the value itself (`json_value`), as the server gave it.
    Sent as a string, a search API's sort values (`["2026-12-01", 8]`) were refused."""

    __slots__ = ()

    def json_value(self) -> Any:
        return json.loads(self)


def cursor_text(value: Any, join: str | None = None, objects: bool = False) -> str | None:
    """A cursor as the text a request carries: strings and numbers as they are, a list
    (`searchAfter`) as compact JSON (a `JsonCursor`) or joined; an object too where
    `objects` (a profile's `Cursor` says the answer carries one: a keyset); None for no
    cursor (null, "", false, [], {})."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value and all(_scalar(v) for v in value):
        if join is not None:
            return join.join(str(v) for v in value)
        return JsonCursor(json.dumps(value, separators=(",", ":"), ensure_ascii=False))
    if objects and isinstance(value, list | dict) and value:
        return JsonCursor(json.dumps(value, separators=(",", ":"), ensure_ascii=False))
    return None


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _json_cursor(data: Any, spec: ShowMore) -> str | None:
    """The cursor the profile says the answer carries (its field, its fragment's control,
    else the common places: scalars and lists of them there); without a profile's `Cursor`,
    only a next URL counts."""
    cursor = spec.cursor
    if cursor is None:
        for keys in NEXT_URL_KEYS:
            found = cursor_text(_dig(data, keys))
            if found is not None and looks_like_url(found):
                return found
        return None
    if cursor.selector and spec.html_field:
        fragment = _dig(data, spec.html_field)
        if isinstance(fragment, str) and fragment.strip():
            found = cursor_text(Selector(text=fragment).css(cursor.selector).get(), cursor.join)
            if found is not None:
                return found
    # an object (or a nested list) only where the profile names its field: under a common
    # key it is something else (`"next": {"href": ...}`), sent as a cursor it was one bad request
    for keys in (cursor.field,) if cursor.field else CURSOR_KEYS:
        found = cursor_text(_dig(data, keys), cursor.join, objects=bool(cursor.field))
        if found is not None:
            return found
    return None


def _json_entries(data: Any, spec: ShowMore) -> list[Entry] | None:
    listed = _dig(data, spec.items_path)
    if not isinstance(listed, list):
        return None
    entries = []
    for entry in listed:
        url = _dig(entry, spec.url_field)
        if isinstance(url, dict) and not spec.url_field:  # no field named: the usual ones
            url = next((url[k] for k in URL_KEYS if isinstance(url.get(k), str)), None)
        if isinstance(url, str) and url:
            when = _dig(entry, spec.date_field) if spec.date_field else None
            entries.append(Entry(url, parse_feed_date(when if isinstance(when, str) else None)))
    return entries


# Where an entry of a "show more" answer keeps its URL when no `url_field` says (amp-list
# answers, whose keys only the page's template knows).
URL_KEYS = ("url", "link", "href", "canonical_url", "canonicalUrl", "permalink", "uri")


def amp_show_more(items: str, bookmark: str) -> ShowMore:
    """The "show more" an AMP page's `<amp-list load-more>` declares: the entries at its
    `items` path ("." = the answer itself), the next batch's URL at `load-more-bookmark`."""
    return ShowMore(
        url="",
        items_path=() if items.strip() in ("", ".") else tuple(items.strip().split(".")),
        url_field=(),
        cursor=Cursor(field=tuple(bookmark.strip().split("."))),
    )


def _html_entries(data: Any, spec: ShowMore) -> list[Entry] | None:
    """The article links of an answer's HTML fragment, in page order, each once."""
    fragment = _dig(data, spec.html_field)
    if not isinstance(fragment, str):
        return None
    if not fragment.strip():
        return []
    hrefs = Selector(text=fragment).css(spec.html_links).xpath("@href").getall()
    return [Entry(url) for url in dict.fromkeys(h.strip() for h in hrefs if h.strip())]


def _count(data: Any, keys: tuple[str, ...]) -> int | None:
    """A non-negative whole number at `keys` (JSON numbers or digit strings), else None."""
    value = _dig(data, keys) if keys else None
    if isinstance(value, str) and ascii_digits(value):
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


ITEM_LIST_DEPTH = 6  # how deep in a JSON-LD document an ItemList is looked for


def item_list_entries(scripts: list[str]) -> list[Entry]:
    """The URLs a page's JSON-LD `ItemList`s name, in order (each once), with the
    `datePublished` of an item that carries one; unreadable scripts are passed over."""
    found: dict[str, Entry] = {}
    for script in scripts:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
            continue
        for item_list in _item_lists(data, ITEM_LIST_DEPTH):
            for entry in _list_items(item_list):
                found.setdefault(entry.url, entry)
    return list(found.values())


def _item_lists(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    """Every ItemList in a JSON-LD value: top level, in @graph, as a page's mainEntity."""
    if depth < 0:
        return
    if isinstance(data, list):
        for value in data:
            yield from _item_lists(value, depth - 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if "ItemList" in kinds and isinstance(data.get("itemListElement"), list):
            yield data
            return
        for key in ("@graph", "mainEntity", "hasPart"):
            yield from _item_lists(data.get(key), depth - 1)


def _list_items(item_list: dict[str, Any]) -> Iterator[Entry]:
    for element in item_list["itemListElement"]:
        item = element.get("item", element) if isinstance(element, dict) else element
        if isinstance(item, str):
            url: Any = item
        elif isinstance(item, dict):
            url = item.get("url") or item.get("@id") or element.get("url")
        else:
            continue
        if isinstance(url, str) and url.strip():
            when = item.get("datePublished") if isinstance(item, dict) else None
            yield Entry(url.strip(), parse_feed_date(when if isinstance(when, str) else None))
