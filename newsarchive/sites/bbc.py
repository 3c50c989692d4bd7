"""BBC News (www.bbc.com, also served as www.bbc.co.uk).

Articles are `/news/articles/<id>` (since 2024) or `/news/<topic>-<8 digits>`
(older). Live pages (/news/live), audio-video (/news/av, /news/videos),
topic pages and BBC Sport are out of scope of a news crawl.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

PROFILE = SiteProfile(
    name="bbc",
    base_url="https://www.bbc.com",
    domains=("www.bbc.com", "www.bbc.co.uk", "feeds.bbci.co.uk"),
    sections={
        "world": "/news/world",
        "uk": "/news/uk",
        "business": "/news/business",
        "politics": "/news/politics",
        "technology": "/news/technology",
        "science": "/news/science_and_environment",
        "health": "/news/health",
        "entertainment": "/news/entertainment_and_arts",
    },
    articles=LinkRules(
        allow=(r"^/news/articles/[a-z0-9]+$", r"^/news/[a-z_-]+-\d{6,}$"),
        deny=(r"^/news/(av|videos|live|topics|in_pictures)/", r"^/(sport|sounds|iplayer|weather)/"),
    ),
    listing=Listing(links="a[data-testid='internal-link'][href]"),
    sitemaps=("/sitemaps/https-index-com-news.xml",),
    feeds=("https://feeds.bbci.co.uk/news/rss.xml",),
    url_date=None,
    politeness=Politeness(download_delay=1.0),
    timezone="Europe/London",
    rules=(
        SiteRules(
            timezone="Europe/London",
            publisher_names=("BBC News", "BBC"),
            # The page names no section in article metadata; the subsection meta is the
            # one the navigation highlights ("England", "Europe"); page.section is "News".
            section="meta[name='page.subsection']",
            # Teaser cards inside <article>: hashed classes, and data-component="links-block"
            # names no furniture word (the byline block is caught by the generic rule).
            body_exclude=("[data-component='links-block']",),
        ),
    ),
)
