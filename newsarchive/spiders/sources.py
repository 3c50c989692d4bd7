"""Reading article URLs (and the dates they are announced with) out of listings.

Pure functions over bytes or parsed JSON: news sitemaps, RSS/Atom feeds and
"show more" JSON. They return raw (possibly relative) URLs; the spider
decides what is in scope. No Scrapy here, so they are tested as tables.
"""

from __future__ import annotations

import html.entities
import re
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree
from parsel import Selector

from newsarchive.sites.base import ShowMore
from newsarchive.timestamps import parse_feed_date

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Entry:
    """One URL a listing announces, with its publication date when the listing gives one."""

    url: str
    published: datetime | None = None
    modified: datetime | None = None  # lastmod / updated: newsarchive.state re-fetches on change


def date_in_url(url: str, pattern: re.Pattern[str] | None) -> datetime | None:
    """The date an article URL carries (/2025/05/01/, /2025/may/01/), if the site prints one."""
    match = pattern.search(url) if pattern else None
    if not match:
        return None
    month = match["m"].lower()
    number = MONTHS.index(month) + 1 if month in MONTHS else int(month) if month.isdigit() else 0
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
    """A sitemap index or (news) urlset; dates from news:publication_date, else lastmod."""
    root = _xml_root(body)
    if root is None:
        return Sitemap()
    kind = _local(root.tag)
    items = [el for el in root if _local(el.tag) in ("sitemap", "url")]
    found = []
    for item in items:
        loc = _own_text(item, "loc")  # not an image:loc or video:loc inside the entry
        if loc:
            when = _child_text(item, "publication_date", "lastmod")
            found.append(
                Entry(loc, parse_feed_date(when), parse_feed_date(_child_text(item, "lastmod")))
            )
    if kind == "sitemapindex":
        return Sitemap(children=tuple(found))
    return Sitemap(entries=tuple(found))


def parse_feed(body: bytes) -> list[Entry]:
    """Items of an RSS 2.0 / RSS 1.0 feed or entries of an Atom feed."""
    root = _xml_root(body)
    if root is None:
        return []
    entries = []
    for item in root.iter("{*}item", "item", "{*}entry"):
        url = _feed_link(item)
        if url:
            when = _child_text(item, "pubDate", "published", "updated", "date")
            modified = parse_feed_date(_child_text(item, "updated", "modified"))
            entries.append(Entry(url, parse_feed_date(when), modified))
    return entries


def _feed_link(item: etree._Element) -> str | None:
    for link in item:
        if _local(link.tag) != "link":
            continue
        href = link.get("href")
        if href is not None:  # Atom: the alternate link is the page
            if link.get("rel", "alternate") == "alternate":
                return str(href).strip()
        elif link.text and link.text.strip():
            return str(link.text.strip())
    guid = item.find("guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        return str(guid.text.strip())
    return None


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
    )


def _json_entries(data: Any, spec: ShowMore) -> list[Entry] | None:
    listed = _dig(data, spec.items_path)
    if not isinstance(listed, list):
        return None
    entries = []
    for entry in listed:
        url = _dig(entry, spec.url_field)
        if isinstance(url, str) and url:
            when = _dig(entry, spec.date_field) if spec.date_field else None
            entries.append(Entry(url, parse_feed_date(when if isinstance(when, str) else None)))
    return entries


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
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None
