"""A crawl whose first hosts' lookups never return, then a host whose lookup does:
`python -m tests.plugins.dns_hang ORIGIN_PORT OUT_DIR HUNG_NAME...`, run where the
resolver's DNS server takes queries and answers none (tests/test_network_dns_timeout.py).

Real Scrapy (CrawlerProcess, the project's settings, its resolvers), REACTOR_THREADPOOL_MAXSIZE
threads for lookups, fewer than the hung names. The spider asks for every hung name; once
each has failed, it asks for good.test (in the hosts file: 127.0.0.1, the origin). Printed
as JSON: what failed and how, what was fetched, and how many lookups were still running
(stuck in getaddrinfo) when the crawl ended.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from twisted.python.failure import Failure

from tests.plugins.large_write import local_settings

GOOD = "good.test"


class HungFirst(Spider):
    name = "hung_first"
    port = 0
    hung: tuple[str, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.failed: dict[str, str] = {}
        self.fetched: list[str] = []

    async def start(self) -> Any:  # type: ignore[override]
        for name in self.hung:
            yield Request(f"http://{name}:{self.port}/", errback=self.lost, dont_filter=True)

    def lost(self, failure: Failure) -> Iterator[Request]:
        self.failed[failure.request.url] = type(failure.value).__name__  # type: ignore[attr-defined]
        if len(self.failed) == len(self.hung):  # every hung lookup given up: now a good one
            yield Request(f"http://{GOOD}:{self.port}/", callback=self.parse)

    def parse(self, response: Response) -> Iterator[dict[str, Any]]:
        self.fetched.append(response.url)
        yield {"url": response.url}


def main(port: int, out_dir: Path, hung: list[str]) -> None:
    HungFirst.port, HungFirst.hung = port, tuple(hung)
    origin = f"http://127.0.0.1:{port}"
    settings = local_settings(
        origin, out_dir, STATE_ENABLED=False, WARC_DIR=str(out_dir / "warc"),
        DNS_TIMEOUT=3.0, RETRY_TIMES=0, REACTOR_THREADPOOL_MAXSIZE=2,
    )  # fmt: skip
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(HungFirst)
    process.crawl(crawler)
    process.start()
    from twisted.internet import reactor

    from newsarchive.network.resolver import installed_guard

    guard: Any = installed_guard()
    lookups = getattr(getattr(guard, "inner", None), "original_resolver", None)
    spider: Any = crawler.spider
    print(
        json.dumps(
            {
                "failed": spider.failed,
                "fetched": spider.fetched,
                "resolver": type(getattr(reactor, "nameResolver", None)).__name__,
                "stuck_at_end": getattr(lookups, "stuck", None),
                "finish_reason": crawler.stats.get_value("finish_reason"),
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
