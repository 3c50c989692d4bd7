"""Items that name the record of their page become `metadata` records beside it.

A replay or a re-extraction then finds what the crawl extracted next to the
page it came from (WARC-Concurrent-To the page's record). An item whose record
the disk refused is `unwritten`: the crawl state must not keep its article, so
the next run fetches it again and writes item and record anew.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from itemadapter import ItemAdapter
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from newsarchive.exporters import ItemJson, encoded_json, is_plain_dataclass, plain_fields
from newsarchive.warc.archiver import WarcArchiver

logger = logging.getLogger(__name__)


class ItemRecords:
    def __init__(self, archiver: WarcArchiver, stats: StatsCollector, encoded: ItemJson) -> None:
        self.archiver = archiver
        self.stats = stats
        self.encoded = encoded  # the feed's line, when the feed encoded the item already
        self.unwritten: Callable[[str], None] = _nobody  # told the URL of an item not archived

    def item_scraped(self, item: Any, response: Response) -> None:
        # a plain dataclass as it is: itemadapter's asdict walks every value (~0.6 ms an
        # article), and its adapter costs more than the two fields read here
        if is_plain_dataclass(item):
            record_id, url = getattr(item, "warc_record_id", None), getattr(item, "url", None)
            if not record_id:
                return
            data = self.encoded.encode(item)
            if data is None:
                data = _json(plain_fields(item))
        else:
            if not ItemAdapter.is_item(item):
                return
            adapter = ItemAdapter(item)
            record_id, url = adapter.get("warc_record_id"), adapter.get("url")
            if not record_id:
                return
            data = _json(adapter.asdict())
        # Not the page's own URL: pywb would replay this JSON in place of the page.
        uri = f"urn:item:{url or response.url}"
        try:
            self.archiver.write_metadata(uri, data, "application/json", record_id)
        except OSError:  # a full disk: the archiver said so once and stops the crawl
            self._not_archived(url or response.url)
            return
        except Exception:  # this record alone (a value warcio refuses): the crawl goes on
            # The item's line is out and the state keeps its article: forgetting it would
            # export the line twice (the items repair removes only the last lines the state
            # lacks). Counted, and the run exits 1 (`scrapy crawl`'s FAILURE_STATS).
            logger.error("metadata record of %s not written", url or response.url, exc_info=True)
            self.stats.inc_value("warc/metadata_refused")
            return
        self.stats.inc_value("warc/metadata")

    def _not_archived(self, url: str) -> None:
        """No record beside the page: counted, and the state must not keep the article."""
        self.stats.inc_value("warc/unarchived_metadata")
        self.unwritten(url)


def _json(fields: dict[str, Any]) -> bytes:
    return encoded_json(json.dumps(fields, ensure_ascii=False, default=str))


def _nobody(url: str) -> None:
    pass
