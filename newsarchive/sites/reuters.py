"""Reuters (www.reuters.com).

Article URLs end with the publication date: `/world/us/<slug>-2025-05-01/`.
Section pages load more through a JSON API whose query is itself JSON,
so the news sitemap index is the deeper source. Reuters throttles bots
hard: one request at a time, two seconds apart.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

PROFILE = SiteProfile(
    name="reuters",
    base_url="https://www.reuters.com",
    domains=("www.reuters.com", "reuters.com"),
    sections={
        "world": "/world/",
        "us": "/world/us/",
        "business": "/business/",
        "markets": "/markets/",
        "technology": "/technology/",
        "legal": "/legal/",
        "sustainability": "/sustainability/",
        "science": "/science/",
        "sports": "/sports/",
    },
    articles=LinkRules(
        allow=(r"^/[a-z-]+(/[a-z-]+)*/[a-z0-9-]+-20\d\d-[01]\d-[0-3]\d/?$",),
        deny=(r"^/(pictures|graphics|investigates/special-report)/",),
    ),
    listing=Listing(
        links="[data-testid='Title'] a[href], a[data-testid='Heading'][href]",
        item="li[data-testid='StoryCard'], div[data-testid='MediaStoryCard']",
        item_date="time::attr(datetime)",
    ),
    sitemaps=("/arc/outboundfeeds/news-sitemap-index/?outputType=xml",),
    discover=("sections", "sitemap"),
    url_date=r"-(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)/?$",
    politeness=Politeness(download_delay=2.0, concurrency=1, autothrottle_start_delay=2.0),
    rules=(
        SiteRules(
            publisher_names=("Reuters",),
            # The keywords are wire subject codes (AER, GEN ...); the page's own section
            # and the channels it is filed under are the labels readers browse by.
            topics="meta[name='article:section'], meta[name='DCSext.ChannelList']",
        ),
    ),
)
