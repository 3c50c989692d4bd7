"""Two crawls, one after the other, in this one process (CrawlerProcess): a `follow` crawl,
which renders nothing, then one whose page is rendered in Chromium (`RenderOne`).

Run by tests/test_scoped_state.py as `python -m tests.plugins.two_crawls OUT_DIR
[REDIS_URL]` from the project checkout. It serves one page from a stdlib server on
127.0.0.1, and prints as JSON what the process-wide logging and warnings state was
before the crawls, while each crawl ran (at its spider_closed, when spidermon's suite
has run) and after each, and what the rendered crawl's stats said of its browser.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from pathlib import Path
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from tests.plugins.page_origin import page_origin

LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy-playwright")
PAGE = b"<html><head><title>One</title></head><body><p>one page</p></body></html>"


class RenderOne(Spider):
    """One page, rendered (the browser's handler and its log filter come with it)."""

    name = "render-one"

    def __init__(self, url: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.url = url

    async def start(self) -> Any:
        yield Request(self.url, meta={"newsarchive_render": True}, callback=self.parse)

    def parse(self, response: Any) -> Any:
        yield {"url": response.url, "title": response.css("title::text").get()}


def state() -> dict[str, Any]:
    """The process-wide state a crawl could leave behind, in a form JSON keeps."""
    return {
        "warnings": [repr(entry) for entry in warnings.filters],
        "loggers": {
            name: [type(f).__name__ for f in logging.getLogger(name).filters] for name in LOGGERS
        },
    }


def main(out_dir: Path, redis_url: str) -> None:
    with page_origin({"/": ("text/html", PAGE)}) as origin:
        seen = _crawls(origin, out_dir, redis_url)
    print(json.dumps(seen))


def _crawls(origin: str, out_dir: Path, redis_url: str) -> dict[str, Any]:
    settings = get_project_settings()
    settings.setdict({"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_LEVEL": "INFO"})
    settings.set("NETWORK_ALLOWED", origin.removeprefix("http://"))
    settings.set("WARC_DIR", str(out_dir / "warc"))
    if redis_url:  # a shared crawl, with Scrapy's own stats (they warn at scrapy-redis's calls)
        settings.set("NEWSARCHIVE_REDIS_URL", redis_url)
        settings.set("STATS_CLASS", "scrapy.statscollectors.MemoryStatsCollector")
    seen: dict[str, Any] = {"before": state()}
    process = CrawlerProcess(settings)

    def crawl(n: int) -> Any:
        rendered = n == 2
        crawler = process.create_crawler(RenderOne if rendered else "follow")

        def spider_closed() -> None:
            seen[f"during{n}"] = state()
            if rendered:
                assert crawler.stats is not None
                got = crawler.stats.get_stats()
                seen["rendered"] = {k: got.get(k) for k in ("browser/pages", "item_scraped_count")}

        crawler.signals.connect(spider_closed, signals.spider_closed, weak=False)
        args = {"url": f"{origin}/"} if rendered else {"url": f"{origin}/", "depth": "0"}
        done = process.crawl(crawler, **args)
        done.addCallback(lambda _: seen.__setitem__(f"after{n}", state()))
        return done

    def stop(_: Any) -> None:
        from twisted.internet import reactor  # installed by CrawlerProcess

        reactor.stop()  # type: ignore[attr-defined]

    crawl(1).addCallback(lambda _: crawl(2)).addBoth(stop)
    process.start(stop_after_crawl=False)
    return seen


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
