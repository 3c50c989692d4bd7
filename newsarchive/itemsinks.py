"""One receiver of `item_scraped` for every writer of the project's items, in a fixed order.

Scrapy sends `item_scraped` to each receiver in an asyncio task of its own
(`send_catch_log_async`): six receivers cost about 35 µs an item more than one,
on the crawl's reactor thread, before any of them did its work. The project's
writers (Scrapy's item count, the items feed, the item's WARC metadata record,
run health, the run report, the crawl state) register here instead, each at its
place in `ORDER`: this one receiver calls them in turn, catching and logging a
writer's error as Scrapy does for a receiver, so one writer's failure costs the
others nothing.

The order is part of crash safety: the crawl state records an article as
archived only after its feed line and its metadata record are written (a run
killed between them fetches the article again, `newsarchive.feeds`).
Receivers connected to `item_scraped` directly (other extensions) run after
all of these, the state included, when connected after this one: by extensions
of priority 0 or more (`ItemCountStats` asks first, at -1). A writer that must
see every article again after a kill registers as a sink before "state".
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.extensions.corestats import CoreStats

logger = logging.getLogger(__name__)

CRAWLER_ATTRIBUTE = "newsarchive_item_sinks"

# item, response (None for an item that came from no response)
ItemSink = Callable[[Any, Any], None]

ORDER = {
    "count": 0,  # Scrapy's item_scraped_count (`ItemCountStats`)
    "feed": 100,  # the items feed line, handed to the kernel (newsarchive.feeds)
    "metadata": 200,  # the item's WARC metadata record (newsarchive.warc.item_records)
    "health": 800,  # field coverage (newsarchive.health)
    "report": 900,  # articles per section (newsarchive.report)
    "state": 1000,  # the article's capture saved: last (newsarchive.state.extension)
}


class ItemSinks:
    """Writers of scraped items, called in order from one `item_scraped` receiver."""

    def __init__(self) -> None:
        self._order: list[tuple[int, int]] = []  # (place, arrival), sorted like _sinks
        self._sinks: list[ItemSink] = []

    def add(self, sink: ItemSink, place: int | str) -> None:
        """`sink(item, response)` for every scraped item, at `place` (a name in ORDER or a
        number); sinks at the same place are called in the order they were added."""
        key = (ORDER[place] if isinstance(place, str) else place, len(self._order))
        index = bisect.bisect(self._order, key)
        self._order.insert(index, key)
        self._sinks.insert(index, sink)

    def item_scraped(self, item: Any, response: Any = None, spider: Any = None) -> None:
        for sink in self._sinks:
            try:
                sink(item, response)
            except Exception:
                logger.error(
                    "Error caught on item sink: %(sink)s",
                    {"sink": sink},
                    exc_info=True,
                    extra={"spider": spider},
                )


def item_sinks(crawler: Crawler) -> ItemSinks:
    """The crawler's one `ItemSinks`, connected to `item_scraped` by whoever asks first."""
    sinks = getattr(crawler, CRAWLER_ATTRIBUTE, None)
    if not isinstance(sinks, ItemSinks):
        sinks = ItemSinks()
        setattr(crawler, CRAWLER_ATTRIBUTE, sinks)
        crawler.signals.connect(sinks.item_scraped, signal=signals.item_scraped)
    return sinks


class ItemCountStats(CoreStats):
    """Scrapy's CoreStats counting `item_scraped_count` as an item sink (one receiver less)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ItemCountStats:
        stats = super().from_crawler(crawler)
        crawler.signals.disconnect(stats.item_scraped, signal=signals.item_scraped)
        item_sinks(crawler).add(stats.count_item, "count")
        return stats

    def count_item(self, item: Any, response: Any) -> None:
        self.stats.inc_value("item_scraped_count")
