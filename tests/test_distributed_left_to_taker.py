"""A listing page another worker took back (this one stalled past its TTL) is dropped here
with IgnoreRequest: it is not a failure of this worker's run. The run report's failures
never counted it (IgnoreRequest is no failure there), but its section ended `failed` in
this worker's listings (and a first page named the section refused) while the taker read it.
"""

from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.statscollectors import MemoryStatsCollector
from twisted.python.failure import Failure

from newsarchive.request_meta import LEFT_TO_TAKER
from newsarchive.spiders.news import NewsSpider
from tests.plugins.environment import project_settings


def _dropped(request: Request) -> Failure:
    try:
        raise IgnoreRequest("taken back by another worker while this one stalled")
    except IgnoreRequest:
        failure = Failure()
    failure.request = request  # type: ignore[attr-defined]
    return failure


@pytest.mark.parametrize(("left", "ended"), [(True, None), (False, "failed")])
def test_a_listing_page_left_to_its_taker_does_not_end_its_section(
    left: bool, ended: str | None
) -> None:
    crawler = Crawler(NewsSpider, project_settings())
    spider = NewsSpider.from_crawler(crawler, site="foxnews")
    crawler.stats = MemoryStatsCollector(crawler)  # where a section's end is noted
    section = sorted(spider.options.sections)[0]
    meta = {LEFT_TO_TAKER: True} if left else {}
    page = Request("https://www.foxnews.com/politics", cb_kwargs={"section": section}, meta=meta)
    spider._listing_failed(_dropped(page))
    listing = spider.sections.section(section)
    assert listing.ended == ended
    assert (listing.refused is None) == left
