"""Routing: from a request target and Host to a `Reply`, cached per (target, host, revision).

No sockets here; `newsarchive.demo.server` frames replies as HTTP. Replies are
cached because the crawl benchmark fetches thousands of pages per run.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

from newsarchive.demo import assets, drift, feeds, html_pages
from newsarchive.demo.catalog import DEFAULT_ARTICLES, JS_ARTICLE_ID, SECTIONS, Catalog, catalog
from newsarchive.demo.html_article import render_article
from newsarchive.demo.lab import lab_reply
from newsarchive.demo.lab_network import network_reply
from newsarchive.demo.lab_paging import PREFIX as PAGING_PREFIX
from newsarchive.demo.lab_paging import paging_reply
from newsarchive.demo.reply import Reply, html, redirect

CACHE_LIMIT = 50_000
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$")
STATIC = {
    "site.css": (assets.CSS, "text/css; charset=utf-8"),
    "js-news.js": (assets.JS_NEWS, "text/javascript; charset=utf-8"),
    "js-article.js": (assets.JS_ARTICLE, "text/javascript; charset=utf-8"),
}
XML = "application/xml; charset=utf-8"


def _int(query: dict[str, list[str]], name: str, default: int) -> int | None:
    values = query.get(name)
    if not values:
        return default
    return int(values[0]) if values[0].isdigit() else None


class DemoSite:
    """The demo news site at a revision; thread-safe."""

    def __init__(
        self, articles: int = DEFAULT_ARTICLES, revision: int = 1, edits: bool = False
    ) -> None:
        self.articles = articles
        self.edits = edits
        self.drift = False  # newsarchive.demo.drift: the unannounced redesign
        self.catalog: Catalog = catalog(articles, revision, edits)
        self._cache: dict[tuple[str, str, int], Reply] = {}
        self._lock = threading.Lock()

    @property
    def revision(self) -> int:
        return self.catalog.revision

    def set_revision(self, revision: int) -> None:
        base = catalog(self.articles, revision, self.edits)
        self.catalog = drift.DriftedCatalog(base) if self.drift else base

    def set_drift(self, on: bool) -> None:
        with self._lock:
            self.drift = on
            self.set_revision(self.revision)
            self._cache.clear()  # replies are cached by revision, not by drift

    def reply(self, target: str, host: str, cookie: str = "") -> Reply:
        """The reply for a GET of `target` (path and query) with these Host and Cookie headers."""
        if not _HOST.match(host):
            host = "localhost"
        current = self.catalog
        key = (target, host, current.revision)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        reply = self._route(target, f"http://{host}", current, cookie)
        if reply.cacheable:
            with self._lock:
                if len(self._cache) >= CACHE_LIMIT:
                    self._cache.clear()
                self._cache[key] = reply
        return reply

    def warm(self, host: str) -> int:
        """Render every article and listing page for `host` now (benchmarks: no cold first run)."""
        cat = self.catalog
        targets = [cat.article(n).path for n in cat.ids]
        for slug in SECTIONS:
            pages = html_pages.section_page_count(cat, slug)
            targets += [html_pages.page_href(slug, number) for number in range(1, pages + 1)]
        for target in targets:
            self.reply(target, host)
        return len(targets)

    def _route(self, target: str, origin: str, cat: Catalog, cookie: str = "") -> Reply:
        parts = urlsplit(target)
        path, query = parts.path or "/", parse_qs(parts.query)
        if path.startswith(("/lab/net/", "/lab/net?")) or path == "/lab/net":
            return network_reply(path, origin) or not_found(path)
        if path.startswith(PAGING_PREFIX) or path == "/lab/paging":
            return paging_reply(path, query, origin, cat) or not_found(path)
        if path.startswith("/lab/"):
            return lab_reply(path, cookie) or not_found(path)
        for prefix, handler in self._prefixes():
            if path.startswith(prefix):
                return handler(path[len(prefix) :], query, origin, cat) or not_found(path)
        return self._exact(path, query, origin, cat) or not_found(path)

    def _prefixes(self) -> tuple[tuple[str, Route], ...]:
        return (
            ("/api/", api),
            ("/rss/", rss),
            ("/static/", static),
            ("/images/", images),
            ("/topic/", topic),
            ("/author/", author),
            ("/video/", video),
        )

    def _exact(
        self, path: str, query: dict[str, list[str]], origin: str, cat: Catalog
    ) -> Reply | None:
        simple: dict[str, Callable[[], str]] = {
            "/": lambda: html_pages.home(cat),
            "/private/": html_pages.private,
            "/js-news/": html_pages.js_news,
        }
        if path in simple:
            return html(simple[path]())
        text_routes: dict[str, tuple[Callable[[], str], str]] = {
            "/robots.txt": (lambda: feeds.robots(origin), "text/plain; charset=utf-8"),
            "/sitemap.xml": (lambda: feeds.sitemap_index(cat, origin), XML),
            "/sitemap-news.xml": (lambda: feeds.news_sitemap(cat, origin), XML),
            "/sitemap-articles.xml": (lambda: feeds.articles_sitemap(cat, origin), XML),
            "/sitemap-sections.xml": (lambda: feeds.sections_sitemap(cat, origin), XML),
        }
        if path in text_routes:
            make, content_type = text_routes[path]
            return Reply(200, make().encode("utf-8"), content_type)
        return section_or_article(path, query, origin, cat)


Route = Callable[[str, dict[str, list[str]], str, Catalog], Reply | None]


def not_found(path: str) -> Reply:
    return html(html_pages.not_found(path), 404)


def _page(text: str | None) -> Reply | None:
    return html(text) if text is not None else None


def section_or_article(
    path: str, query: dict[str, list[str]], origin: str, cat: Catalog
) -> Reply | None:
    slug = path.strip("/")
    if slug in SECTIONS:
        if not path.endswith("/"):
            return redirect(301, f"/{slug}/")
        number = _int(query, "page", 1)
        return _page(drift.section_page(cat, slug, number)) if number else None
    article = cat.find(path)
    if article is None:
        return None
    if article.id == JS_ARTICLE_ID:
        text = html_pages.js_article(article, origin)
    else:
        text = render_article(article, cat, origin)
    body = text.encode("utf-8")
    return Reply(200, body, gzip=article.gzip, validators=True, last_modified=article.modified)


def api(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    offset = _int(query, "offset", 0)
    data = None
    if offset is None:
        return None
    if rest.startswith("section/"):
        data = feeds.section_api(cat, rest.removeprefix("section/"), offset)
    elif rest == "js-news":
        data = feeds.js_news_api(cat, offset)
    elif rest.startswith("js-article/") and rest.removeprefix("js-article/").isdigit():
        data = feeds.js_article_api(cat, int(rest.removeprefix("js-article/")))
    if data is None:
        return None
    return Reply(200, feeds.as_json(data), "application/json")


def rss(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    name = rest.removesuffix(".xml")
    if not rest.endswith(".xml"):
        return None
    text = feeds.rss(cat, origin, None if name == "latest" else name)
    return Reply(200, text.encode("utf-8"), "application/rss+xml; charset=utf-8") if text else None


def static(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    if rest not in STATIC:
        return None
    text, content_type = STATIC[rest]
    return Reply(
        200, text.encode("utf-8"), content_type, gzip=rest.endswith(".css"), validators=True
    )


def images(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    found = assets.image(rest)
    return Reply(200, found[0], found[1], validators=True) if found is not None else None


def video(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    if rest == "":
        return html(html_pages.video_index())
    number = rest.removeprefix("clip-")
    if not number.isdigit() or rest == number:
        return None
    return _page(html_pages.video(int(number), origin))


def topic(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    return _page(html_pages.topic(cat, rest))


def author(rest: str, query: dict[str, list[str]], origin: str, cat: Catalog) -> Reply | None:
    return _page(html_pages.author(cat, rest))
