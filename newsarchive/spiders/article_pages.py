"""What becomes of an article page's answer besides the requests it leads to.

An answer that is no text page (named, counted, forgotten by the crawl state), the
provenance of a page no WARC record holds, and the article pages that left the
item pipelines unparsed (their spider stops waiting for requisite links from
there). The spider decides what to fetch; these only note and answer.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from newsarchive.items import ArticlePage
from newsarchive.provenance import Provenance
from newsarchive.state.run import CRAWLER_ATTRIBUTE as CRAWL_STATE
from newsarchive.state.run import CrawlStateRun

logger = logging.getLogger("newsarchive.spiders.news")  # the spider's module, as before

NOT_TEXT_STAT = "news/articles_not_text/"  # + the media type (the run report's "failed")


def not_text(crawler: Crawler, response: Response) -> None:
    """An article answered as a binary file (Scrapy sniffed no text either): archived as
    served, no item. Named and counted (the report's "failed"), and the crawl state,
    which saw the answer, forgets it: the next run fetches it again, as a page whose
    coding does not decode (before, nothing was said, "0 failed", and the state kept it)."""
    raw = response.headers.get(b"Content-Type") or b""
    kind = raw.split(b";")[0].strip().decode("latin-1").lower() or "no Content-Type"
    assert crawler.stats is not None
    crawler.stats.inc_value(f"{NOT_TEXT_STAT}{kind}")
    state = getattr(crawler, CRAWL_STATE, None)
    if isinstance(state, CrawlStateRun):
        state.forget(response.url)
    logger.warning(
        "could not parse %s: answered as %s, not a text page; archived as served, no item",
        response.url, kind,
    )  # fmt: skip


def unarchived() -> Provenance:
    """The provenance of a page no WARC record holds (WARC writing off): when it was fetched."""
    return Provenance(fetched_at=datetime.now(UTC).isoformat(timespec="seconds"))


class UnparsedPages:
    """Answers the requisites an article page waits for when no pipeline parsed it."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        # a page no extraction pipeline parsed: its requisites are found in the spider
        for signal in (signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.page_done, signal=signal)
        crawler.signals.connect(self.pipelines_opened, signal=signals.spider_opened)

    def pipelines_opened(self) -> None:
        """A page only goes out unparsed when no item pipeline parses pages: only then is
        each scraped item looked at here (a receiver of item_scraped costs every item)."""
        engine = self.crawler.engine
        pipelines = engine.scraper.itemproc.middlewares if engine is not None else ()
        if not any(getattr(p, "answers_requisites", False) for p in pipelines):
            self.crawler.signals.connect(self.page_done, signal=signals.item_scraped)

    def page_done(self, item: Any) -> None:
        """An article page that left the item pipelines unparsed (dropped, failed, or no
        extraction pipeline): its spider stops waiting for requisite links from there."""
        if isinstance(item, ArticlePage) and item.requisites is not None:
            item.requisites.answer(None)
