"""The bundled demo news site (newsarchive.demo): its origin is given at run time.

    scrapy crawl news -a site=demo -a base_url=http://127.0.0.1:PORT

Section pages (`/politics/`) list ten teasers and a "Show more" button backed
by `/api/section/<name>?offset=N`, which answers `{"items": [{"url",
"published", ...}], "has_more", "next_offset"}`. Articles are
`/<section>/<slug>-<id>`; topic, author and video pages are not.
"""

from __future__ import annotations

from newsarchive.sites.base import LinkRules, Listing, ShowMore, SiteProfile

SECTIONS = ("politics", "us", "world", "business", "tech", "health", "opinion", "sports")

PROFILE = SiteProfile(
    name="demo",
    base_url="",
    domains=(),
    sections={name: f"/{name}/" for name in SECTIONS},
    articles=LinkRules(allow=(r"^/[a-z-]+/[a-z0-9-]+-\d+$",)),
    listing=Listing(links="li.teaser > a[href]"),
    show_more=ShowMore(
        url="/api/section/{section}?offset={offset}",
        size=10,
        offset_pattern=r'class="load-more" data-endpoint="[^"]*[?&]offset=(\d+)',
        items_path=("items",),
        date_field=("published",),
        total_field=("total",),
        more_field=("has_more",),
        next_offset_field=("next_offset",),
        button="button.load-more",
    ),
    sitemaps=("/sitemap-news.xml",),
    feeds=("/rss/latest.xml",),
    discover=("sections", "sitemap", "rss"),
    timezone="America/New_York",
)
