"""The spiders' start requests put into the running engine again.

After `newsarchive.signals.run_replaced` (a shared crawl's run started afresh while
this worker stalled past its TTL) a spider's starting points go into the new run
again; the shared dupefilter drops those queued already.
"""

from __future__ import annotations

from scrapy import Spider
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro


def start_again(spider: Spider) -> None:
    """Crawl `spider.start()` again, from the next turn of the loop (called from a signal
    handler); nothing if no engine runs (nothing to put the requests into)."""
    if spider.crawler.engine is not None:
        call_later(0, lambda: deferred_from_coro(_crawl_start(spider)))


async def _crawl_start(spider: Spider) -> None:
    async for request in spider.start():
        engine = spider.crawler.engine
        if engine is None or engine.spider is None:  # the spider closed meanwhile
            return
        engine.crawl(request)
