"""AP News (apnews.com).

Articles are `/article/<slug>-<32 hex id>`; hubs (/hub), videos (/video),
galleries (/gallery) and live pages (/live) are not. Section pages are
not paginated: the news sitemap reaches further back. Teasers carry
`<bsp-timestamp data-timestamp="<epoch ms>">`.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

PROFILE = SiteProfile(
    name="apnews",
    base_url="https://apnews.com",
    domains=("apnews.com",),
    sections={
        "us-news": "/us-news",
        "world-news": "/world-news",
        "politics": "/politics",
        "business": "/business",
        "science": "/science",
        "health": "/health",
        "technology": "/technology",
        "entertainment": "/entertainment",
        "sports": "/sports",
    },
    articles=LinkRules(allow=(r"^/article/[a-z0-9-]+-[0-9a-f]{32}$",)),
    listing=Listing(
        links=".PagePromo-title a[href]",
        item=".PagePromo",
        item_date="bsp-timestamp::attr(data-timestamp)",
    ),
    sitemaps=("/news-sitemap-content.xml",),
    discover=("sections", "sitemap"),
    politeness=Politeness(download_delay=1.0),
    timezone="America/New_York",
    rules=(
        SiteRules(
            timezone="America/New_York",
            publisher_names=("AP", "Associated Press"),
            # og:title and the h1 may carry a longer social headline; the JSON-LD
            # headline (also the <title>) is the story's headline of record.
            title_source="headline",
            # AP's distribution desks ride along in the keywords: "PA State Wire",
            # "AP Top News", "Washington news". Readers' topics are the rest.
            topics_exclude=(
                r"\bState Wire$",
                r"^AP\b",
                r"(?i)^(general|domestic|washington|u\.s\.|world|financial|business) news$",
            ),
            # "RELATED COVERAGE" teaser lists sit between paragraphs, in classes that do
            # not say what they are; their links drop out, the list heading would not.
            body_exclude=(".PageListEnhancementGeneric",),
        ),
    ),
)
