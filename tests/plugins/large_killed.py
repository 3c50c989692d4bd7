"""A crawl with a crawl state that archives a small page, then a large (spooled) body.

Run by tests/test_warc_large_bodies.py as `python -m tests.plugins.large_killed ORIGIN
OUT_DIR WARC_DIR STATE_PATH [stall]`: real Scrapy (CrawlerProcess, the project's settings:
the crawl state is the dedup index), asking ORIGIN (the test's server) for /small, then
for /big once /small is parsed (its record in the current WARC file, which the state
names as it opens).

With `stall`, the archive's own thread (which writes large bodies) stops for good once it
has written and flushed a group: the large body's records are in their file, and its
payload row is never handed to the state (that happens on the reactor thread, after the
write). It first creates OUT_DIR/large-written, for the test to kill the crawl with
SIGKILL then: a run killed in that moment, decided by what is on disk, not by a time.
Without it, the crawl runs to its end and prints its stats as JSON.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from newsarchive.warc import writer
from tests.plugins.large_write import local_settings


class SmallThenLarge(Spider):
    name = "small_then_large"
    origin = ""

    async def start(self) -> Any:  # type: ignore[override]
        yield Request(f"{self.origin}/small", callback=self.parse_small)

    def parse_small(self, response: Response) -> Iterator[Any]:
        yield {"url": response.url}
        yield Request(f"{self.origin}/big", callback=self.parse_big)

    def parse_big(self, response: Response) -> Iterator[Any]:
        yield {"url": response.url, "record": str(response.meta.get("newsarchive_warc"))}


def stall_after_the_large_write(out_dir: Path) -> None:
    real = writer.RotatingWarcWriter.write_group

    def watched(self: writer.RotatingWarcWriter, group: Any) -> Any:
        refs = real(self, group)  # flushed to the file (the kernel has it)
        if threading.current_thread() is not threading.main_thread():
            (out_dir / "large-written").write_text(json.dumps([str(ref) for ref in refs]))
            threading.Event().wait()  # the kill comes while this thread waits here
        return refs

    writer.RotatingWarcWriter.write_group = watched  # type: ignore[method-assign]


def main(origin: str, out_dir: Path, warc_dir: Path, state: Path, stall: bool) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    if stall:
        stall_after_the_large_write(out_dir)
    SmallThenLarge.origin = origin
    settings = local_settings(
        origin,
        out_dir,
        WARC_DIR=str(warc_dir),
        STATE_ENABLED=True,
        STATE_PATH=str(state),
        # nothing committed by count or time: only what the state commits of itself
        STATE_COMMIT_WRITES=100000,
        STATE_COMMIT_SECONDS=600,
        DOWNLOAD_SPOOL_SIZE=1 << 20,
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SmallThenLarge)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {k: v for k, v in stats.items() if k.startswith(("warc/", "state/", "finish"))},
            default=str,
        )
    )


if __name__ == "__main__":
    main(
        sys.argv[1],
        Path(sys.argv[2]),
        Path(sys.argv[3]),
        Path(sys.argv[4]),
        "stall" in sys.argv[5:],
    )
