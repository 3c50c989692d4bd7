"""The Guardian (www.theguardian.com).

Articles are `/<section>[/<series>]/<yyyy>/<mon>/<dd>/<slug>`; the same
shape with /live/, /video/, /gallery/, /audio/ or /picture/ after the
section is not an article. Fronts paginate with `?page=N`, and every
section has an RSS feed at `<section>/rss`.
"""

from __future__ import annotations

from newsarchive.extract.rules import SiteRules
from newsarchive.sites.base import LinkRules, Listing, Politeness, SiteProfile

PROFILE = SiteProfile(
    name="guardian",
    base_url="https://www.theguardian.com",
    domains=("www.theguardian.com",),
    sections={
        "world": "/world",
        "uk-news": "/uk-news",
        "us-news": "/us-news",
        "politics": "/politics",
        "business": "/business",
        "technology": "/technology",
        "science": "/science",
        "environment": "/environment",
        "sport": "/sport",
        "culture": "/culture",
        "opinion": "/commentisfree",
    },
    articles=LinkRules(
        allow=(r"^/[a-z-]+(/[a-z-]+)?/20\d\d/[a-z]{3}/[0-3]\d/[a-z0-9-]+$",),
        deny=(r"/(picture|ng-interactive|crosswords|profile|series)/",),
    ),
    listing=Listing(next_page="a[rel='next']"),
    sitemaps=("/sitemaps/news.xml",),
    feeds=("/world/rss",),
    url_date=r"/(?P<y>20\d\d)/(?P<m>[a-z]{3})/(?P<d>[0-3]\d)/",
    politeness=Politeness(download_delay=0.5),
    timezone="Europe/London",
    # "Guardian staff reporter" stays an author: it is the byline the paper prints
    # for its unnamed staff, not the publisher's name.
    rules=(SiteRules(timezone="Europe/London", publisher_names=("The Guardian",)),),
)
