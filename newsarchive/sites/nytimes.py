"""The New York Times (www.nytimes.com).

Articles are `/<yyyy>/<mm>/<dd>/<section>[/<sub>]/<slug>.html`; live blogs
(/live/...), videos, slideshows, interactives and topic/author pages are
not. Section streams paginate with `?page=N`. The Times is strict with
crawlers: one request at a time, two seconds apart.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

SECTIONS = (
    "us", "politics", "world", "business", "technology", "science",
    "health", "sports", "arts", "opinion",
)  # fmt: skip

PROFILE = SiteProfile(
    name="nytimes",
    base_url="https://www.nytimes.com",
    domains=("www.nytimes.com", "rss.nytimes.com"),
    sections={name: f"/section/{name}" for name in SECTIONS},
    articles=LinkRules(
        allow=(r"^/20\d\d/[01]\d/[0-3]\d/[a-z-]+(/[a-z-]+)*/[a-z0-9-]+\.html$",),
        deny=(r"/(slideshow|interactive|column|wirecutter|athletic)/",),
    ),
    listing=Listing(
        links="#stream-panel li a[href]",
        page_url="{section_url}?page={page}",
    ),
    sitemaps=("/sitemaps/new/news.xml.gz",),
    feeds=("https://rss.nytimes.com/services/xml/rss/nyt/HomePage.xml",),
    politeness=Politeness(download_delay=2.0, concurrency=1, autothrottle_start_delay=2.0),
    timezone="America/New_York",
    rules=(
        SiteRules(
            timezone="America/New_York",
            publisher_names=("The New York Times",),
        ),
    ),
)
