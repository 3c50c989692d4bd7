"""A crawl that closes while a large body a browser captured is still being written.

Run by tests/test_warc_large_bodies.py as `python -m tests.plugins.large_closing OUT_DIR
[forced]`:
real Scrapy (CrawlerProcess, the project's settings, the run report on), a stdlib origin
on 127.0.0.1 serving /small. Parsing /small hands the WARC extension a spooled exchange
as the browser does for a download (`exchange_captured`), and does not wait for it (a
capture given up): the crawl has nothing left and closes. The large body's write (the
writer's own `write_spooled_member`, watched here) waits until every spider_closed
receiver has been called, the run report's among them (a receiver connected at
spider_opened, after every extension's); then it writes. The order of what happened is
printed as JSON.

With `forced`, that receiver sends the process SIGTERM twice instead (Scrapy's forced
stop: the reactor stops without waiting), and the write waits until a run report is in
OUT_DIR/reports (polled; at most GATE seconds) before it goes on.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from newsarchive import signals as na_signals
from newsarchive.warc import writer
from newsarchive.warc.exchange import HttpExchange, SpooledBody
from tests.plugins.large_write import BIG, SMALL, local_settings
from tests.plugins.page_origin import page_origin

GATE = 60.0  # seconds the write waits for spider_closed (only ever on failure)

events: list[str] = []
closed = threading.Event()


class CapturesLarge(Spider):
    name = "captures_large"
    origin = ""

    async def start(self) -> Any:  # type: ignore[override]
        yield Request(f"{self.origin}/small", callback=self.parse_small)

    def parse_small(self, response: Response) -> Iterator[dict[str, Any]]:
        spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed once the archive has its copy)
        spool.write(BIG)
        spool.flush()
        exchange = HttpExchange(
            url=f"{self.origin}/download.bin",
            method="GET",
            request_headers=[("User-Agent", "test")],
            request_body=b"",
            status=200,
            response_headers=[("Content-Type", "application/octet-stream")],
            body=b"",
            started_at=datetime.now(UTC),
            body_decoded=True,
            spooled=SpooledBody(spool, len(BIG)),
        )
        assert self.crawler.signals is not None
        # as the browser sends it, not waited for (a capture given up)
        sent = deferred_from_coro(
            self.crawler.signals.send_catch_log_async(
                na_signals.exchange_captured, exchange=exchange
            )
        )
        sent.addBoth(lambda result: spool.close())
        events.append("captured, not waited for")
        yield {"url": response.url}


def main(out_dir: Path, forced: bool = False) -> None:
    real = writer.write_spooled_member
    reports = out_dir / "reports"

    def report_written() -> bool:
        deadline = time.monotonic() + GATE
        while time.monotonic() < deadline:
            if list(reports.glob("*.json")):
                return True
            time.sleep(0.05)
        return False

    def watched(*args: Any, **kwargs: Any) -> int:
        events.append("big write started")
        opened = report_written() if forced else closed.wait(GATE)
        events.append("big write goes on" if opened else "big write gave up waiting")
        written = real(*args, **kwargs)
        events.append("big write finished")
        return written

    writer.write_spooled_member = watched
    crawler: Any = None

    def every_receiver_called(spider: Spider, reason: str) -> None:
        events.append("spider_closed receivers called")
        if forced:  # as a second Ctrl-C or SIGTERM: the reactor stops without waiting
            os.kill(os.getpid(), signal.SIGTERM)
            os.kill(os.getpid(), signal.SIGTERM)
        closed.set()

    def opened(spider: Spider) -> None:  # connected now: called after every extension's
        crawler.signals.connect(every_receiver_called, signal=signals.spider_closed)

    with page_origin({"/small": ("text/html", SMALL)}) as origin:
        CapturesLarge.origin = origin
        settings = local_settings(
            origin,
            out_dir,
            STATE_ENABLED=False,
            WARC_DIR=str(out_dir / "warc"),
            REPORT_DIR=str(reports),
            WARC_DEDUP_INDEX="newsarchive.warc.dedup.MemoryDedupIndex",
        )
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(CapturesLarge)
        crawler.signals.connect(opened, signal=signals.spider_opened)
        process.crawl(crawler)
        process.start()
    print(json.dumps({"events": events}))


if __name__ == "__main__":
    main(Path(sys.argv[1]), "forced" in sys.argv[2:])
