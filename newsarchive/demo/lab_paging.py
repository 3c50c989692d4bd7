"""The lab's listing corner, /lab/paging/: the paging shapes real newsrooms' listings take.

Each section lists its own slice of the demo's articles (newest first, five a
page) and pages through it one way: cursor "load more" APIs (GraphQL-style
`pageInfo.endCursor`, a `nextCursor` that loops back to the first, a `next`
URL, a cursor in an HTML fragment's "load more" link), WordPress's REST API
(`page`/`per_page`, `X-WP-TotalPages`, 400 past the end), numbered pages that
end in a 404 or repeat their last page, a JSON-LD `ItemList`, an AMP
section's `<amp-list load-more>`; plus a paged Atom feed with xml:base, an RSS feed
with relative links and a sitemap index over news sitemaps. The `paging-lab` profile crawls it. Not
linked from /lab/ (nor from the home page): crawls of the whole demo, and
`make demo`'s figures, stay as they were; /lab/paging/ links its own routes.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import format_datetime
from typing import Any
from xml.sax.saxutils import escape

from newsarchive.demo.catalog import PUBLISHER, Article, Catalog
from newsarchive.demo.html_common import esc, page, teaser_list
from newsarchive.demo.reply import HTML, Reply, html

PREFIX = "/lab/paging/"
PAGE = 5  # teasers a page or an answer holds
JSON = "application/json"
XML = "application/xml; charset=utf-8"
OLD_LASTMOD = "2020-01-01T00:00:00+00:00"  # the sitemap index's stale child


@dataclass(frozen=True)
class LabSection:
    name: str
    count: int  # articles it lists
    what: str


SECTIONS: tuple[LabSection, ...] = (
    LabSection("cursor", 23, "load more by GraphQL-style cursor: data-cursor, pageInfo.endCursor"),
    LabSection("loop", 12, "nextCursor; the last answer's cursor is the first one again"),
    LabSection("loop-fresh", 12, "a loop whose cursors never repeat (each lap counts up)"),
    LabSection("next-url", 13, "each answer names the next one's URL ('next')"),
    LabSection("fragment", 14, "answers are HTML fragments ending in a 'load more' link"),
    LabSection("wp", 12, "WordPress REST: page/per_page, X-WP-TotalPages, 400 past the end"),
    LabSection("pages", 12, "?page=N with rel=next on every page: past the last, 404"),
    LabSection("repeat", 11, "?page=N with rel=next on every page: past the last, the last again"),
    LabSection("itemlist", 9, "teasers drawn by script; the page's JSON-LD ItemList names them"),
    LabSection("amp", 13, "an AMP section page whose <amp-list load-more> pages by 'next' URL"),
)
BY_NAME = {section.name: section for section in SECTIONS}


def articles_of(cat: Catalog, name: str) -> list[Article]:
    """The section's slice of the site's articles, newest first (each in one section)."""
    start = 0
    for section in SECTIONS:
        if section.name == name:
            return [cat.article(n) for n in cat.ids[start : start + section.count]]
        start += section.count
    return []


def token(name: str, offset: int, lap: int = 0) -> str:
    """An opaque cursor, as Relay's are: base64 of what the server needs to go on."""
    return base64.urlsafe_b64encode(f"{name}:{lap}:{offset}".encode()).decode().rstrip("=")


def untoken(name: str, value: str) -> tuple[int, int] | None:
    """(lap, offset) of a cursor this section issued, else None."""
    try:
        text = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    owner, _, rest = text.partition(":")
    lap, _, offset = rest.partition(":")
    if owner != name or not lap.isdigit() or not offset.isdigit():
        return None
    return int(lap), int(offset)


def _json(data: Any, status: int = 200, headers: tuple[tuple[str, str], ...] = ()) -> Reply:
    body = json.dumps(data, sort_keys=True).encode("utf-8")
    return Reply(status, body, JSON, headers)


def _entry(article: Article, url_key: str = "url", date_key: str = "published") -> dict[str, str]:
    return {url_key: article.path, date_key: article.published.isoformat(), "title": article.title}


def _section_page(name: str, listed: list[Article], extra: str = "", head: str = "") -> Reply:
    title = f"Lab: {name} | {PUBLISHER}"
    body = f'<h1 class="section-title">Lab: {esc(name)}</h1>{teaser_list(listed)}{extra}'
    return html(page(title, body, head=head))


def index() -> Reply:
    items = "".join(
        f'<li><a href="{PREFIX}{s.name}/">{esc(s.name)}</a>: {esc(s.what)}</li>' for s in SECTIONS
    )
    feeds = "".join(
        f'<li><a href="{PREFIX}{name}">{name}</a></li>'
        for name in ("atom.xml", "rss.xml", "sitemap-index.xml")
    )
    body = f"<h1>Listing lab</h1><p>How listings page.</p><ul>{items}</ul><ul>{feeds}</ul>"
    return html(page(f"Listing lab | {PUBLISHER}", body))


# --- section pages ------------------------------------------------------------


def section_page(cat: Catalog, name: str, number: int) -> Reply | None:
    listed = articles_of(cat, name)
    first = listed[:PAGE]
    if name in ("cursor", "loop", "loop-fresh"):
        more = f'<button class="load-more" data-cursor="{token(name, PAGE)}">Load more</button>'
        return _section_page(name, first, more)
    if name == "next-url":
        more = f'<div class="river-more" data-next="{PREFIX}api/next-url?page=2">More</div>'
        return _section_page(name, first, more)
    if name == "fragment":
        return _section_page(name, first, _more_link(name, PAGE, len(listed)))
    if name == "wp":
        return _section_page(name, first)
    if name in ("pages", "repeat"):
        return _numbered(name, listed, number)
    if name == "itemlist":
        return _item_list(name, listed)
    if name == "amp":
        return _amp(name, listed, number)
    return None


def _more_link(name: str, offset: int, total: int) -> str:
    if offset >= total:
        return ""
    return f'<a class="load-more" href="{PREFIX}api/{name}?cursor={token(name, offset)}">More</a>'


def _numbered(name: str, listed: list[Article], number: int) -> Reply | None:
    """Numbered pages whose CMS prints rel=next on every page, the last one too."""
    last = max(1, -(-len(listed) // PAGE))
    if number > last:
        if name == "pages":
            return None  # 404
        number = last  # any page past the end is the last one again
    chunk = listed[(number - 1) * PAGE : number * PAGE]
    head = f'<link rel="next" href="?page={number + 1}">\n'
    return _section_page(name, chunk, head=head)


def _item_list(name: str, listed: list[Article]) -> Reply:
    elements = [
        {"@type": "ListItem", "position": n + 1, "url": a.path, "name": a.title}
        for n, a in enumerate(listed)
    ]
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "CollectionPage",
                "name": f"Lab: {name}",
                "mainEntity": {"@type": "ItemList", "itemListElement": elements},
            }
        ],
    }
    script = f'<script type="application/ld+json">{json.dumps(data)}</script>\n'
    river = '<div id="river" data-src="/lab/paging/api/none">Loading...</div>'
    title = f"Lab: {name} | {PUBLISHER}"
    return html(page(title, f"<h1>Lab: {esc(name)}</h1>{river}", head=script))


def _amp(name: str, listed: list[Article], number: int) -> Reply | None:
    """The first five as cards; AMP's own <amp-list load-more> fetches the rest."""
    if number != 1:
        return None
    links = "".join(
        f'<article class="card"><h3><a href="{a.path}">{esc(a.title)}</a></h3></article>'
        for a in listed[:PAGE]
    )
    more = (
        f'<amp-list src="{PREFIX}api/amp?page=2" items="items" load-more="manual" '
        'load-more-bookmark="next" layout="fixed-height" height="600" binding="no">'
        '<template type="amp-mustache"><article class="card"><h3><a href="{{link}}">{{title}}'
        "</a></h3></article></template></amp-list>"
    )
    head = (
        '<meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>\n'
        '<script async custom-element="amp-list" '
        'src="https://cdn.ampproject.org/v0/amp-list-0.1.js"></script>\n'
        f'<link rel="canonical" href="{PREFIX}{name}/">\n'
    )
    doc = (
        f'<!doctype html>\n<html amp lang="en">\n<head>\n{head}'
        f"<title>Lab: {esc(name)} | {PUBLISHER}</title>\n"
        "<style amp-boilerplate>body{visibility:hidden}</style>\n</head>\n"
        f"<body><h1>Lab: {esc(name)}</h1><main>{links}{more}</main></body>\n</html>\n"
    )
    return html(doc)


def _amp_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply | None:
    """What <amp-list> fetches: {"items": [...], "next": URL} (its load-more-bookmark)."""
    listed = articles_of(cat, "amp")
    number = _first(query, "page")
    if not number.isdigit() or int(number) < 1:
        return None
    start = (int(number) - 1) * PAGE
    data: dict[str, Any] = {
        "items": [{"link": a.path, "title": a.title} for a in listed[start : start + PAGE]]
    }
    if start + PAGE < len(listed):
        data["next"] = f"{PREFIX}api/amp?page={int(number) + 1}"
    return _json(data)


# --- "load more" answers ------------------------------------------------------


def api(cat: Catalog, name: str, query: dict[str, list[str]], origin: str) -> Reply | None:
    handler = APIS.get(name)
    return handler(cat, query, origin) if handler else None


def _first(query: dict[str, list[str]], key: str) -> str:
    values = query.get(key)
    return values[0] if values else ""


def _cursor_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply:
    listed = articles_of(cat, "cursor")
    found = untoken("cursor", _first(query, "after"))
    if found is None:
        return _json({"errors": [{"message": "bad cursor"}]}, 400)
    offset = found[1]
    end = offset + PAGE
    more = end < len(listed)
    data = {
        "data": {"items": [_entry(a) for a in listed[offset:end]]},
        "pageInfo": {"endCursor": token("cursor", end) if more else None, "hasNextPage": more},
    }
    return _json(data)


def _loop_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply:
    """The last answer hands out the first cursor again: a crawler must see it was there."""
    listed = articles_of(cat, "loop")
    found = untoken("loop", _first(query, "cursor"))
    if found is None:
        return _json({"error": "bad cursor"}, 400)
    offset = found[1]
    end = offset + PAGE
    following = end if end < len(listed) else PAGE
    return _json(
        {"items": [_entry(a) for a in listed[offset:end]], "nextCursor": token("loop", following)}
    )


def _fresh_loop_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply:
    """A loop whose cursors differ on every lap: only what the answers list shows it."""
    listed = articles_of(cat, "loop-fresh")
    found = untoken("loop-fresh", _first(query, "cursor"))
    if found is None:
        return _json({"error": "bad cursor"}, 400)
    lap, offset = found
    end = offset + PAGE
    following = (
        token("loop-fresh", end, lap) if end < len(listed) else token("loop-fresh", 0, lap + 1)
    )
    return _json({"items": [_entry(a) for a in listed[offset:end]], "nextCursor": following})


def _next_url_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply | None:
    listed = articles_of(cat, "next-url")
    number = _first(query, "page")
    if not number.isdigit() or int(number) < 1:
        return None
    start = (int(number) - 1) * PAGE
    more = start + PAGE < len(listed)
    following = f"{origin}{PREFIX}api/next-url?page={int(number) + 1}" if more else None
    results = [_entry(a, url_key="link", date_key="date") for a in listed[start : start + PAGE]]
    return _json({"results": results, "next": following})


def _fragment_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply:
    listed = articles_of(cat, "fragment")
    found = untoken("fragment", _first(query, "cursor"))
    if found is None:
        return Reply(400, b"<p>bad cursor</p>", HTML)
    offset = found[1]
    chunk = listed[offset : offset + PAGE]
    text = teaser_list(chunk) + _more_link("fragment", offset + PAGE, len(listed))
    return Reply(200, text.encode("utf-8"), HTML)


def _wp_answer(cat: Catalog, query: dict[str, list[str]], origin: str) -> Reply:
    """/wp-json/wp/v2/posts as WordPress answers it: a bare list, the counts in headers."""
    listed = articles_of(cat, "wp")
    number, size = _first(query, "page") or "1", _first(query, "per_page") or "10"
    if not number.isdigit() or not size.isdigit() or int(size) < 1 or int(number) < 1:
        return _json({"code": "rest_invalid_param"}, 400)
    pages = max(1, -(-len(listed) // int(size)))
    if int(number) > pages:
        message = "The page number requested is larger than the number of pages available."
        return _json({"code": "rest_post_invalid_page_number", "message": message}, 400)
    start = (int(number) - 1) * int(size)
    posts = [
        {"link": origin + a.path, "date": a.published.isoformat(), "title": {"rendered": a.title}}
        for a in listed[start : start + int(size)]
    ]
    counts = (("X-WP-Total", str(len(listed))), ("X-WP-TotalPages", str(pages)))
    return _json(posts, headers=counts)


APIS: dict[str, Callable[[Catalog, dict[str, list[str]], str], Reply | None]] = {
    "cursor": _cursor_answer,
    "loop": _loop_answer,
    "loop-fresh": _fresh_loop_answer,
    "next-url": _next_url_answer,
    "fragment": _fragment_answer,
    "amp": _amp_answer,
}


# --- feeds and sitemaps ---------------------------------------------------------


FEED_ITEMS = 10  # newest articles the feeds and each news sitemap name
ATOM_PAGES = 3  # the Atom feed's pages, FEED_ITEMS each


def atom(cat: Catalog, origin: str, number: int) -> Reply | None:
    """A paged feed (RFC 5005: rel=next to the older page) whose links are relative to
    xml:base: the feed's, and on every other entry its own."""
    chunk = cat.latest(FEED_ITEMS * ATOM_PAGES)[(number - 1) * FEED_ITEMS : number * FEED_ITEMS]
    if not chunk:
        return None
    following = (
        f'<link rel="next" href="lab/paging/atom.xml?page={number + 1}"/>'
        if number < ATOM_PAGES
        else ""
    )
    entries = []
    for n, article in enumerate(chunk):
        section, slug = article.path.strip("/").split("/", 1)
        own = f' xml:base="/{section}/"' if n % 2 else ""
        href = slug if n % 2 else article.path.lstrip("/")
        entries.append(
            f"<entry{own}><title>{escape(article.title)}</title>"
            f'<link rel="alternate" type="text/html" href="{href}"/>'
            f"<id>urn:demo:{article.id}</id><published>{article.published.isoformat()}</published>"
            f"<updated>{article.modified.isoformat()}</updated></entry>\n"
        )
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{origin}/">'
        f"<title>{PUBLISHER}</title><id>urn:demo:feed</id>{following}"
        f"<updated>{cat.latest(1)[0].modified.isoformat()}</updated>\n{''.join(entries)}</feed>\n"
    )
    return Reply(200, text.encode("utf-8"), "application/atom+xml; charset=utf-8")


def rss_relative(cat: Catalog, origin: str) -> Reply:
    """RSS whose links are root-relative (the feed's own URL is their base)."""
    items = "".join(
        f"<item><title>{escape(a.title)}</title><link>{a.path}</link>"
        f"<pubDate>{format_datetime(a.published)}</pubDate></item>\n"
        for a in cat.latest(FEED_ITEMS * 2)[FEED_ITEMS:]
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{PUBLISHER}</title><link>/</link><description>Lab feed</description>\n"
        f"{items}</channel></rss>\n"
    )
    return Reply(200, text.encode("utf-8"), "application/rss+xml; charset=utf-8")


def sitemap_index(cat: Catalog, origin: str) -> Reply:
    """A fresh news sitemap (named relative to the index), a stale one by lastmod, and
    monthly archives without a lastmod: the newest month's and January 2020's."""
    newest = cat.latest(1)[0]
    month = f"{newest.published:%Y-%m}"
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>news-sitemap-fresh.xml</loc>"
        f"<lastmod>{newest.modified.isoformat()}</lastmod></sitemap>"
        f"<sitemap><loc>{origin}{PREFIX}news-sitemap-old.xml</loc>"
        f"<lastmod>{OLD_LASTMOD}</lastmod></sitemap>"
        f"<sitemap><loc>{origin}{PREFIX}archive/sitemap-{month}.xml</loc></sitemap>"
        f"<sitemap><loc>{origin}{PREFIX}archive/sitemap-2020-01.xml</loc></sitemap>"
        "</sitemapindex>\n"
    )
    return Reply(200, text.encode("utf-8"), XML)


def month_sitemap(cat: Catalog, origin: str, month: str) -> Reply | None:
    """Every article published in `month` (YYYY-MM), as an archive sitemap lists them."""
    if not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", month):
        return None
    chosen = [a for a in map(cat.article, cat.ids) if f"{a.published:%Y-%m}" == month]
    return _urlset(chosen, origin)


def news_sitemap(cat: Catalog, origin: str, old: bool) -> Reply:
    chosen = [cat.article(n) for n in cat.ids[-FEED_ITEMS:]] if old else cat.latest(FEED_ITEMS)
    return _urlset(chosen, origin)


def _urlset(chosen: list[Article], origin: str) -> Reply:
    urls = "".join(
        f"<url><loc>{origin}{a.path}</loc><news:news><news:publication><news:name>{PUBLISHER}"
        "</news:name><news:language>en</news:language></news:publication>"
        f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
        f"<news:title>{escape(a.title)}</news:title></news:news></url>\n"
        for a in chosen
    )
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{urls}</urlset>\n'
    )
    return Reply(200, text.encode("utf-8"), XML)


def paging_reply(path: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    """The reply for a /lab/paging/ path, or None (404) when there is none."""
    rest = path.removeprefix(PREFIX)
    if path in ("/lab/paging", PREFIX):
        return index()
    if rest.startswith("api/"):
        return api(cat, rest.removeprefix("api/"), query, origin)
    if rest == "wp-json/wp/v2/posts":
        return _wp_answer(cat, query, origin)
    feeds: dict[str, Callable[[], Reply]] = {
        "rss.xml": lambda: rss_relative(cat, origin),
        "sitemap-index.xml": lambda: sitemap_index(cat, origin),
        "news-sitemap-fresh.xml": lambda: news_sitemap(cat, origin, old=False),
        "news-sitemap-old.xml": lambda: news_sitemap(cat, origin, old=True),
    }
    if rest in feeds:
        return feeds[rest]()
    if rest == "atom.xml":
        number = _first(query, "page") or "1"
        return atom(cat, origin, int(number)) if number.isdigit() and int(number) > 0 else None
    if rest.startswith("archive/sitemap-") and rest.endswith(".xml"):
        return month_sitemap(cat, origin, rest.removeprefix("archive/sitemap-")[:-4])
    name = rest.rstrip("/")
    if name not in BY_NAME:
        return None
    values = query.get("page", ["1"])
    if not values[0].isdigit() or int(values[0]) < 1:
        return None
    return section_page(cat, name, int(values[0]))
