"""The bundled demo news site (newsarchive.demo): its origin is given at run time.

`scrapy crawl news -a site=demo -a base_url=http://127.0.0.1:PORT`.
"""

from __future__ import annotations

from newsarchive.sites.base import LinkRules, Listing, ShowMore, SiteProfile

PROFILE = SiteProfile(
    name="demo",
    base_url="",
    domains=(),
    sections={"world": "/section/world"},
    articles=LinkRules(allow=(r"^/news/20\d\d/[01]\d/[0-3]\d/[a-z0-9-]+$",)),
    listing=Listing(next_page="a[rel='next']"),
    show_more=ShowMore(url="/api/section/{section}?offset={offset}", items_path=("articles",)),
    sitemaps=("/sitemap-news.xml",),
    feeds=("/rss.xml",),
)
