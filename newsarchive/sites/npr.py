"""NPR (www.npr.org).

Stories are `[/sections/<name>]/<yyyy>/<mm>/<dd>/<id>/<slug>`; programs,
podcasts and people pages are not. Each section has an RSS feed by id
(1001 news, 1014 politics, 1004 world) that lists more than the page.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

PROFILE = SiteProfile(
    name="npr",
    base_url="https://www.npr.org",
    domains=("www.npr.org", "feeds.npr.org"),
    sections={
        "news": "/sections/news/",
        "national": "/sections/national/",
        "politics": "/sections/politics/",
        "world": "/sections/world/",
        "business": "/sections/business/",
        "health": "/sections/health/",
        "science": "/sections/science/",
        "technology": "/sections/technology/",
    },
    articles=LinkRules(
        allow=(r"/20\d\d/[01]\d/[0-3]\d/[a-z0-9-]+/[a-z0-9-]+/?$",),
        deny=(r"^/(programs|series|player|transcripts)/",),
    ),
    listing=Listing(
        links="article.item h2.title a[href]", item="article.item", item_date="time::attr(datetime)"
    ),
    feeds=("https://feeds.npr.org/1001/rss.xml",),
    discover=("sections", "rss"),
    politeness=Politeness(download_delay=1.0),
    timezone="America/New_York",
    rules=(
        SiteRules(
            timezone="America/New_York",
            publisher_names=("NPR",),
            # The slug above the headline ("Education") is the section; no meta names it.
            section=".slug-wrap .slug a",
            # "Read this too" buckets inside the story text: their slug line would stay.
            body_exclude=(".bucketwrap.internallink",),
        ),
    ),
)
