"""CNN (www.cnn.com).

Articles are `/<yyyy>/<mm>/<dd>/<section>/<slug>` (older ones end in
/index.html). Videos (/videos), live blogs (/live-news), galleries and
interactives are left alone. Teaser links carry `data-link-type="article"`.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

SECTIONS = (
    "us", "politics", "world", "business", "health", "entertainment",
    "style", "travel", "sport", "science", "climate",
)  # fmt: skip

PROFILE = SiteProfile(
    name="cnn",
    base_url="https://www.cnn.com",
    domains=("www.cnn.com", "edition.cnn.com", "rss.cnn.com"),
    sections={name: f"/{name}" for name in SECTIONS},
    articles=LinkRules(
        allow=(r"^/20\d\d/[01]\d/[0-3]\d/[a-z-]+(/[a-z-]+)?/[a-z0-9-]+(/index\.html)?$",),
        deny=(r"/(interactive|specials|cnn-underscored)/",),
    ),
    listing=Listing(links="a.container__link[href]"),
    sitemaps=("/sitemap/news.xml",),
    feeds=("http://rss.cnn.com/rss/cnn_topstories.rss",),
    politeness=Politeness(download_delay=1.0),
    timezone="America/New_York",
    rules=(SiteRules(timezone="America/New_York", publisher_names=("CNN",)),),
)
