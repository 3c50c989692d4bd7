"""A crawl that archives a large (spooled) body while it fetches and parses a small page.

Run by tests/test_warc_large_bodies.py as `python -m tests.plugins.large_write OUT_DIR
[WARC_DIR]` from the project checkout: real Scrapy (CrawlerProcess, the project's
settings), a stdlib origin on 127.0.0.1 serving /big (24 MiB, past DOWNLOAD_SPOOL_SIZE)
and /small (a page).

The large body's gzip member is written by the writer's own `write_spooled_member`,
watched here: when it starts it asks the crawl, from whatever thread it runs on, for
/small (`callFromThread`), then waits until the spider has parsed /small (at most
GATE seconds), then writes. Written on the reactor thread, as before, nothing else can
run until it returns: /small is asked only after, and the gate is never opened. The
order of what happened, whether the gate opened, and the served body's SHA-1 are
printed as JSON.
"""

from __future__ import annotations

import hashlib
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
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from newsarchive.warc import writer
from tests.plugins.page_origin import page_origin

BIG = random.Random(18).randbytes(24 << 20)  # incompressible: all of it hashed and deflated
SMALL = b"<html><head><title>Small</title></head><body><p>a small page</p></body></html>"
GATE = 60.0  # seconds the write waits for /small before it gives up (only ever on failure)

events: list[str] = []  # appended to on the reactor thread, and by the write's thread
small_parsed = threading.Event()


class LargeAndSmall(Spider):
    name = "large_and_small"
    origin = ""

    async def start(self) -> Any:  # type: ignore[override]
        yield Request(f"{self.origin}/big", callback=self.parse_big)

    def parse_big(self, response: Response) -> Iterator[Any]:
        events.append("big parsed" if response.url.endswith("/big") else "big again parsed")
        yield {"url": response.url, "record": str(response.meta.get("newsarchive_warc"))}
        if response.url.endswith("/big"):  # the same body again: hashed off the reactor, a revisit
            yield Request(f"{self.origin}/big-again", callback=self.parse_big)

    def parse_small(self, response: Response) -> Iterator[dict[str, Any]]:
        events.append("small parsed")
        small_parsed.set()
        yield {"url": response.url}


def main(out_dir: Path, warc_dir: Path | None = None) -> None:
    pages = {
        "/big": ("application/octet-stream", BIG),
        "/big-again": ("application/octet-stream", BIG),
        "/small": ("text/html", SMALL),
    }
    real = writer.write_spooled_member
    crawler: Any = None

    def ask_small() -> None:
        assert crawler is not None and crawler.engine is not None
        events.append("small asked")
        small = Request(f"{LargeAndSmall.origin}/small", callback=crawler.spider.parse_small)
        crawler.engine.crawl(small)

    def watched(*args: Any, **kwargs: Any) -> int:
        on_reactor = threading.current_thread() is threading.main_thread()
        events.append("big write started" + (" on the reactor thread" if on_reactor else ""))
        from twisted.internet import reactor  # CrawlerProcess's, installed by now

        reactor.callFromThread(ask_small)  # type: ignore[attr-defined]
        opened = small_parsed.wait(GATE)
        events.append("big write goes on" if opened else "big write gave up waiting")
        written = real(*args, **kwargs)
        events.append("big write finished")
        return written

    writer.write_spooled_member = watched  # looked up at each call by the writer
    with page_origin(pages) as origin:
        LargeAndSmall.origin = origin
        settings = local_settings(
            origin,
            out_dir,
            STATE_ENABLED=False,
            WARC_DIR=str(warc_dir or out_dir / "warc"),
            DOWNLOAD_SPOOL_SIZE=1 << 20,
            WARC_DEDUP_INDEX="newsarchive.warc.dedup.MemoryDedupIndex",
        )
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(LargeAndSmall)
        process.crawl(crawler)
        process.start()
    stats = crawler.stats.get_stats()
    from newsarchive.scrapy_commands.crawl import outcome

    print(
        json.dumps(
            {
                "events": events,
                "exit": outcome(crawler, None),  # `scrapy crawl`'s status and last line
                "big_sha1": hashlib.sha1(BIG).hexdigest(),
                "stats": {k: v for k, v in stats.items() if k.startswith(("warc/", "finish"))},
            },
            default=str,
        )
    )


def local_settings(origin: str, out_dir: Path, **more: Any) -> Settings:
    """The project's settings for an in-process crawl of a local origin at full speed,
    without robots.txt or the browser, its items in OUT_DIR/items.jsonl; `more` on top."""
    settings = get_project_settings()
    settings.setdict(
        {
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_DELAY": 0,
            "LOG_LEVEL": "INFO",
            "ROBOTSTXT_OBEY": False,
            "BROWSER_ENABLED": False,
            "NETWORK_ALLOWED": origin.removeprefix("http://"),
            "FEEDS": {str(out_dir / "items.jsonl"): {"format": "jsonlines"}},
            **more,
        }
    )
    return settings


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
