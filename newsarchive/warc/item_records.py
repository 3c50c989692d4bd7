"""Items that name the record of their page become `metadata` records beside it.

A replay or a re-extraction then finds what the crawl extracted next to the
page it came from (WARC-Concurrent-To the page's record).
"""

from __future__ import annotations

import json
from typing import Any

from itemadapter import ItemAdapter
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from newsarchive.exporters import ItemJson, is_plain_dataclass, plain_fields
from newsarchive.warc.archiver import WarcArchiver


class ItemRecords:
    def __init__(self, archiver: WarcArchiver, stats: StatsCollector, encoded: ItemJson) -> None:
        self.archiver = archiver
        self.stats = stats
        self.encoded = encoded  # the feed's line, when the feed encoded the item already

    def item_scraped(self, item: Any, response: Response) -> None:
        if not ItemAdapter.is_item(item):
            return
        adapter = ItemAdapter(item)
        record_id = adapter.get("warc_record_id")
        if not record_id:
            return
        # a plain dataclass as it is: itemadapter's asdict walks every value (~0.6 ms an article)
        plain = is_plain_dataclass(item)
        data = self.encoded.encode(item) if plain else None
        if data is None:
            fields = plain_fields(item) if plain else adapter.asdict()
            data = json.dumps(fields, ensure_ascii=False, default=str).encode("utf-8")
        # Not the page's own URL: pywb would replay this JSON in place of the page.
        uri = f"urn:item:{adapter.get('url') or response.url}"
        try:
            self.archiver.write_metadata(uri, data, "application/json", record_id)
        except OSError:  # a full disk: the archiver said so once and stops the crawl
            self.stats.inc_value("warc/unarchived_metadata")
            return
        self.stats.inc_value("warc/metadata")
