"""One spider name per site profile, so `scrapy list` shows every site.

Each class only binds a profile name: `scrapy crawl foxnews` is exactly
`scrapy crawl news -a site=foxnews`. Keep this list in step with
`newsarchive.sites.SITES` (a test checks it).
"""

from __future__ import annotations

from newsarchive.spiders.news import NewsSpider


class FoxNewsSpider(NewsSpider):
    name = site = "foxnews"


class APNewsSpider(NewsSpider):
    name = site = "apnews"


class ReutersSpider(NewsSpider):
    name = site = "reuters"


class CNNSpider(NewsSpider):
    name = site = "cnn"


class BBCSpider(NewsSpider):
    name = site = "bbc"


class GuardianSpider(NewsSpider):
    name = site = "guardian"


class NPRSpider(NewsSpider):
    name = site = "npr"


class NYTimesSpider(NewsSpider):
    name = site = "nytimes"


class DemoSpider(NewsSpider):
    name = site = "demo"


class JsDemoSpider(NewsSpider):
    name = site = "js-demo"


class PagingLabSpider(NewsSpider):
    name = site = "paging-lab"
