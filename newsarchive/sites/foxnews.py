"""Fox News (www.foxnews.com).

Section pages show about a dozen teasers; the "Show More" button asks
`/api/article-search` for the next ones as a JSON list of
`{"url": "/politics/slug", "publicationDate": "...Z", "category": {...}, ...}`,
from the offset the page's embedded state gives (`"loadMore": {..., "from": N}`).
Article URLs are `/<section>/<slug>`; videos live on video.foxnews.com and
under /video, authors under /person, topic pages under /category.
"""

from __future__ import annotations

from datetime import date

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, ShowMore, SiteProfile

SECTIONS = (
    "us", "politics", "world", "opinion", "media", "entertainment",
    "sports", "lifestyle", "health", "tech", "science",
)  # fmt: skip

PROFILE = SiteProfile(
    name="foxnews",
    base_url="https://www.foxnews.com",
    domains=("www.foxnews.com", "foxnews.com", "moxie.foxnews.com"),
    sections={name: f"/{name}" for name in SECTIONS},
    articles=LinkRules(
        allow=(r"^/[a-z-]+/[a-z0-9]+(-[a-z0-9]+){2,}$",),
        deny=(r"^/(shows|official-polls|elections|deals|story|weather|about|category)/", r"\.amp$"),
    ),
    listing=Listing(links="article .title a[href], article .m a[href]"),
    show_more=ShowMore(
        url=(
            "/api/article-search?searchBy=tags&values=fox-news%2F{section}"
            "&excludeBy=tags&excludeValues=&size={size}&from={offset}"
        ),
        size=10,
        # The page's embedded state says where its button continues; the answer from 0
        # repeats the teasers the page already shows. A page without it: from 0.
        offset_pattern=r'"loadMore"\s*:\s*\{[^{}]*"from"\s*:\s*(\d+)',
        first_offset=0,
        date_field=("publicationDate",),
        button=".js-load-more",
    ),
    sitemaps=("/sitemap.xml?type=news",),
    feeds=("https://moxie.foxnews.com/google-publisher/latest.xml",),
    politeness=Politeness(download_delay=1.0, concurrency=2),
    timezone="America/New_York",
    rules=(
        SiteRules(
            valid_from=date.min,
            timezone="America/New_York",
            publisher_names=("Fox News", "Fox News Digital", "Associated Press"),
            title="h1.headline",
            subtitle="h2.sub-headline",
            authors=".author-byline a[href*='/person/']",
            # The "Related Topics" block under the body. (The eyebrow above the title is a
            # sub-topic such as "China", not the section: the generic section rule is right.)
            topics=".article-tags ul li a",
            body=".article-body",
            body_exclude=(".featured", ".ad-container", ".caption", ".related"),
        ),
    ),
)
