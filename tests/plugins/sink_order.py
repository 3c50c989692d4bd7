"""A crawl extension for tests: checks, item by item, what is written before the crawl state.

Two item sinks around the crawl state's (newsarchive.itemsinks): just before it,
the item's line must be the items file's last and its WARC metadata record
written, while the state does not name the item's record yet; just after it,
the state names it. Counts go to the stats (`test/sinks/...`), with the number
of receivers `item_scraped` has once the engine runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydispatch.dispatcher import getAllReceivers, liveReceivers
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.itemsinks import ORDER, item_sinks
from newsarchive.state.run import crawl_state


class SinkOrderCheck:
    def __init__(self, crawler: Crawler, feed: Path) -> None:
        self.crawler = crawler
        self.feed = feed
        self.items_seen = 0  # each with a metadata record written before this one

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SinkOrderCheck:
        feed = crawler.settings.get("TEST_SINK_ORDER_FEED")
        if not feed:
            raise NotConfigured
        check = cls(crawler, Path(feed))
        sinks = item_sinks(crawler)
        sinks.add(check.before_state, ORDER["state"] - 1)
        sinks.add(check.after_state, ORDER["state"] + 1)
        crawler.signals.connect(check.engine_started, signal=signals.engine_started)
        return check

    def engine_started(self) -> None:
        sender = self.crawler.signals.sender
        receivers = list(liveReceivers(getAllReceivers(sender, signals.item_scraped)))
        self._stats().set_value("test/sinks/item_scraped_receivers", len(receivers))

    def before_state(self, item: Any, response: Any) -> None:
        stats = self._stats()
        metadata = stats.get_value("warc/metadata", 0)
        lines = self.feed.read_bytes().splitlines()
        last = json.loads(lines[-1]) if lines else {}
        state_names_it = crawl_state(self.crawler).record_id_of(item.url) == item.warc_record_id
        if (
            last.get("url") == item.url
            and last.get("warc_record_id") == item.warc_record_id
            and metadata == self.items_seen + 1
            and not state_names_it
        ):
            stats.inc_value("test/sinks/before_state_ok")
        self.items_seen += 1

    def after_state(self, item: Any, response: Any) -> None:
        # the state's own connection reads its batch before the commit
        if crawl_state(self.crawler).record_id_of(item.url) == item.warc_record_id:
            self._stats().inc_value("test/sinks/after_state_ok")

    def _stats(self) -> Any:
        assert self.crawler.stats is not None
        return self.crawler.stats
