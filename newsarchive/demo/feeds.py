"""robots.txt, sitemaps, RSS feeds and the JSON endpoints of the demo site.

Sitemaps, RSS links and the robots `Sitemap:` line must be absolute URLs: they
are built from `origin` (the request's Host header) and so depend on the port.
The JSON endpoints use root-relative URLs and do not.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from html import escape
from typing import Any

from newsarchive.demo.catalog import (
    JS_ARTICLE_ID,
    LANGUAGE,
    PUBLISHER,
    SECTIONS,
    Article,
    Catalog,
)

NEWS_SITEMAP_SIZE = 100
FEED_SIZE = 20
API_LIMIT = 10
JS_NEWS_LIMIT = 5


def robots(origin: str) -> str:
    return (
        "# Demo News robots rules\n"
        "User-agent: *\n"
        "Disallow: /private/\n"
        "Disallow: /api/internal/\n"
        "Allow: /\n\n"
        f"Sitemap: {origin}/sitemap.xml\n"
        f"Sitemap: {origin}/sitemap-news.xml\n"
    )


def _xml(text: str) -> str:
    return escape(text, quote=False)


def sitemap_index(catalog: Catalog, origin: str) -> str:
    newest = catalog.latest(1)[0].modified.isoformat()
    entries = "".join(
        f"<sitemap><loc>{origin}/{name}</loc><lastmod>{newest}</lastmod></sitemap>"
        for name in ("sitemap-news.xml", "sitemap-articles.xml", "sitemap-sections.xml")
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
    )


def news_sitemap(catalog: Catalog, origin: str) -> str:
    """Google News sitemap of the newest articles, with publication date and title."""
    entries = []
    for article in catalog.latest(NEWS_SITEMAP_SIZE):
        entries.append(
            f"<url><loc>{origin}{article.path}</loc>"
            f"<lastmod>{article.modified.isoformat()}</lastmod><news:news><news:publication>"
            f"<news:name>{PUBLISHER}</news:name><news:language>{LANGUAGE}</news:language>"
            "</news:publication>"
            f"<news:publication_date>{article.published.isoformat()}</news:publication_date>"
            f"<news:title>{_xml(article.title)}</news:title></news:news></url>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        f"{''.join(entries)}</urlset>\n"
    )


def _urlset(urls: list[tuple[str, str]]) -> str:
    body = "".join(f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod></url>\n" for loc, mod in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'
    )


def articles_sitemap(catalog: Catalog, origin: str) -> str:
    """Every listed article with its last modification (what an incremental run compares)."""
    return _urlset(
        [(origin + a.path, a.modified.isoformat()) for a in map(catalog.article, catalog.ids)]
    )


def sections_sitemap(catalog: Catalog, origin: str) -> str:
    urls = []
    for slug in SECTIONS:
        newest = catalog.article(catalog.by_section[slug][0]).modified.isoformat()
        urls.append((f"{origin}/{slug}/", newest))
    return _urlset(urls)


def _rss_item(article: Article, origin: str) -> str:
    url = origin + article.path
    return (
        f"<item><title>{_xml(article.title)}</title><link>{url}</link>"
        f'<guid isPermaLink="true">{url}</guid>'
        f"<description>{_xml(article.subtitle)}</description>"
        f"<pubDate>{format_datetime(article.published)}</pubDate>"
        f"<category>{_xml(article.section_label)}</category>"
        f"<dc:creator>{_xml(', '.join(article.authors))}</dc:creator></item>\n"
    )


def rss(catalog: Catalog, origin: str, section: str | None) -> str | None:
    """RSS 2.0 of a section (`/rss/politics.xml`) or of the whole site (`/rss/latest.xml`)."""
    if section is None:
        articles, title, link = catalog.latest(FEED_SIZE), PUBLISHER, f"{origin}/"
    elif section in SECTIONS:
        ids = catalog.by_section[section][:FEED_SIZE]
        articles = [catalog.article(n) for n in ids]
        title, link = f"{PUBLISHER} - {SECTIONS[section]}", f"{origin}/{section}/"
    else:
        return None
    built: datetime = articles[0].modified
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{_xml(title)}</title><link>{link}</link>"
        f"<description>Latest stories from {_xml(title)}</description>"
        f"<language>{LANGUAGE}</language><lastBuildDate>{format_datetime(built)}</lastBuildDate>\n"
        f"{''.join(_rss_item(a, origin) for a in articles)}</channel></rss>\n"
    )


def _entry(article: Article) -> dict[str, Any]:
    return {
        "url": article.path,
        "title": article.title,
        "published": article.published.isoformat(),
        "image": f"/images/thumb-{article.id % 12}.png",
    }


def _page(ids: list[int], catalog: Catalog, offset: int, limit: int) -> dict[str, Any]:
    chunk = ids[offset : offset + limit]
    more = offset + limit < len(ids)
    return {
        "offset": offset,
        "limit": limit,
        "total": len(ids),
        "items": [_entry(catalog.article(n)) for n in chunk],
        "has_more": more,
        "next_offset": offset + limit if more else None,
    }


def section_api(catalog: Catalog, section: str, offset: int) -> dict[str, Any] | None:
    """The "Show more" endpoint of a section: `/api/section/politics?offset=10`."""
    if section not in SECTIONS or offset < 0:
        return None
    return {"section": section, **_page(catalog.by_section[section], catalog, offset, API_LIMIT)}


def js_news_api(catalog: Catalog, offset: int) -> dict[str, Any] | None:
    if offset < 0:
        return None
    return _page(catalog.js_news, catalog, offset, JS_NEWS_LIMIT)


def js_article_api(catalog: Catalog, n: int) -> dict[str, Any] | None:
    if n != JS_ARTICLE_ID:
        return None
    article = catalog.article(n)
    return {"id": n, "title": article.title, "paragraphs": list(article.paragraphs)}


def as_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
