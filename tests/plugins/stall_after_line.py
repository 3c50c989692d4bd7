"""Test plugin: a crawl extension that stops its own process (SIGSTOP) once the Nth item's
line is out, before the crawl state's record of it: the moment a test that stops a worker on
seeing its items file grow may land in.

TEST_STALL_AFTER_LINE: N; TEST_STALL_AT: "line" (right after the line, before its WARC
metadata record) or "record" (the last item sink before the state's); TEST_STALL_MARK: a
file it writes the item's URL to first (the test reads it, then finds the process stopped).
The test wakes it with SIGCONT.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks


class StallAfterLine:
    def __init__(self, count: int, mark: Path) -> None:
        self.left = count
        self.mark = mark

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StallAfterLine:
        count = crawler.settings.getint("TEST_STALL_AFTER_LINE")
        mark = crawler.settings.get("TEST_STALL_MARK")
        if count < 1 or not mark:
            raise NotConfigured
        extension = cls(count, Path(mark))
        at = crawler.settings.get("TEST_STALL_AT", "line")
        place = {"line": ORDER["feed"] + 1, "record": ORDER["state"] - 1}[at]
        item_sinks(crawler).add(extension.item_scraped, place)
        return extension

    def item_scraped(self, item: Any, response: Any) -> None:
        self.left -= 1
        if self.left == 0:
            self.mark.write_text(str(ItemAdapter(item).get("url")))
            os.kill(os.getpid(), signal.SIGSTOP)
