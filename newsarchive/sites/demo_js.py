"""The demo site's pages that need JavaScript (rendered by newsarchive.browser).

    scrapy crawl news -a site=js-demo -a base_url=http://127.0.0.1:PORT

`/js-news/` lists its articles only through script, five at a time behind a
"Show more" button; the explainer linked from the home page's Specials has its
body rendered by script. Both are rendered; everything else is fetched plainly
(`-a render=1` renders every page, `-a render=0` none).
"""

from __future__ import annotations

from dataclasses import replace

from newsarchive.sites.base import Listing
from newsarchive.sites.demo import PROFILE as DEMO

PROFILE = replace(
    DEMO,
    name="js-demo",
    sections={"js-news": "/js-news/", "specials": "/"},
    listing=Listing(links="#js-news-list a[href], .specials a[href]"),
    show_more=None,
    sitemaps=(),
    feeds=(),
    discover=("sections",),
    render_sections=("js-news",),
    render_articles=(r"^/js-article/",),
    show_more_selector="#js-news-more",
)
