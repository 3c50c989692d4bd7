"""Two large bodies queued for the archive's thread when the first one's write fails (a
full disk): `python -m tests.plugins.large_queued OUT_DIR WARC_DIR`.

The first body's gzip member waits (at most GATE seconds) until the second body is handed
to the archive, then is written, into WARC_DIR (a 1 MiB tmpfs: ENOSPC). Printed as JSON:
the stats, the exit `scrapy crawl` gives, and how many bodies the archive's thread hashed.
"""

from __future__ import annotations

import json
import random
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from newsarchive.warc import records, writer
from newsarchive.warc.archiver import WarcArchiver
from tests.plugins.large_write import BIG, GATE, local_settings
from tests.plugins.page_origin import page_origin

OTHER = random.Random(19).randbytes(4 << 20)
second_queued = threading.Event()
hashed: list[str] = []  # URLs hashed off the reactor thread


class TwoLarge(Spider):
    name = "two_large"
    origin = ""

    async def start(self) -> Any:  # type: ignore[override]
        for path in ("/big", "/other"):
            yield Request(f"{self.origin}{path}", callback=self.parse)

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        yield {"url": response.url}


def main(out_dir: Path, warc_dir: Path) -> None:
    real_member, real_hash, real_large = (
        writer.write_spooled_member, records.http_response, WarcArchiver.archive_large
    )  # fmt: skip
    handed: list[str] = []

    def gated_member(*args: Any, **kwargs: Any) -> int:
        second_queued.wait(GATE)
        return real_member(*args, **kwargs)

    def counted_hash(exchange: Any, *args: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            hashed.append(exchange.url)
        return real_hash(exchange, *args)

    def handed_over(self: WarcArchiver, exchange: Any, *args: Any) -> Any:
        handed.append(exchange.url)
        if len(handed) == 2:
            second_queued.set()
        return real_large(self, exchange, *args)

    writer.write_spooled_member = gated_member
    records.http_response = counted_hash
    WarcArchiver.archive_large = handed_over  # type: ignore[method-assign]
    pages = {"/big": ("application/octet-stream", BIG), "/other": ("text/plain", OTHER)}
    with page_origin(pages) as origin:
        TwoLarge.origin = origin
        settings = local_settings(
            origin, out_dir, STATE_ENABLED=False, WARC_DIR=str(warc_dir),
            DOWNLOAD_SPOOL_SIZE=1 << 20,
        )  # fmt: skip
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(TwoLarge)
        process.crawl(crawler)
        process.start()
    from newsarchive.scrapy_commands.crawl import outcome

    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "exit": outcome(crawler, None),
                "handed": handed,
                "hashed": hashed,
                "second_queued": second_queued.is_set(),
                "stats": {k: v for k, v in stats.items() if k.startswith(("warc/", "finish"))},
            },
            default=str,
        )
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
