"""Test plugin: a spider middleware holding the spider's later start requests until the
answer to its first one has been read (its callback's output all taken), so a test can
make a first page's links be read before a later section's start request is yielded.

Scrapy reads `start()` lazily: on a site with many sections, or a slow start, the first
pages' answers are read while later start requests are still to come. This makes that
order certain. Enabled by TEST_HOLD_START=1 (added to SPIDER_MIDDLEWARES by the test);
a first answer that never comes lets the rest go after HOLD_GUARD seconds, counted
(`test/start_hold_timeout`) so the test fails rather than passing by luck.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

HOLD_GUARD = 120  # s


class HeldStart:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.first: str | None = None  # the first start request's URL
        self.read = asyncio.Event()  # its answer's output all taken

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.getbool("TEST_HOLD_START"):
            raise NotConfigured
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in start:
            if self.first is None and isinstance(item, Request):
                self.first = item.url
                yield item
                try:
                    await asyncio.wait_for(self.read.wait(), HOLD_GUARD)
                except TimeoutError:
                    assert self.crawler.stats is not None
                    self.crawler.stats.inc_value("test/start_hold_timeout")
                continue
            yield item

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterable[Any]:
        yield from result
        self._done(response)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        async for each in result:
            yield each
        self._done(response)

    def _done(self, response: Response) -> None:
        if response.request is not None and response.request.url == self.first:
            self.read.set()
