"""Two shared `follow` crawls, one after the other, in this one process (CrawlerProcess):
the first finds no Redis (nothing listens on its port), the second one that answers.

Run by tests/test_redis_lost_then_back.py as `python -m tests.plugins.redis_back
GONE_URL REDIS_URL OUT_DIR` from the project checkout. It serves one listing and one
article from a stdlib server on 127.0.0.1, and prints as JSON what each crawl's stats
said of its end.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from tests.plugins.page_origin import page_origin

ARTICLE = (
    b"<html><head><title>Tram line reopens</title></head><body><article>"
    b"<h1>Tram line reopens</h1>" + b"<p>The tram line along the quay runs again.</p>" * 4
    + b"</article></body></html>"
)  # fmt: skip
LISTING = b'<html><body><ul><li><a href="/news/2026/12/07/tram-line-reopens">Tram</a></li></ul>'
KEPT = ("item_scraped_count", "redis/lost")


def main(gone_url: str, redis_url: str, out_dir: Path) -> None:
    pages = {
        "/news/": ("text/html", LISTING),
        "/news/2026/12/07/tram-line-reopens": ("text/html; charset=utf-8", ARTICLE),
    }
    with page_origin(pages) as origin:
        seen = _crawls(origin, (gone_url, redis_url), out_dir)
    print(json.dumps(seen))


def _crawls(origin: str, urls: tuple[str, str], out_dir: Path) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    settings = get_project_settings()
    settings.setdict({"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0})
    settings.set("NETWORK_ALLOWED", origin.removeprefix("http://"))
    settings.set("STATS_CLASS", "scrapy.statscollectors.MemoryStatsCollector")
    process = CrawlerProcess(settings)

    def crawl(n: int) -> Any:
        follow = process.spider_loader.load("follow")
        own = {  # each crawl's own Redis: a subclass of the spider carries them
            **(follow.custom_settings or {}),
            "NEWSARCHIVE_REDIS_URL": urls[n - 1],
            "NEWSARCHIVE_REDIS_KEY": f"redis-back-{n}",
            "WARC_DIR": str(out_dir / f"warc{n}"),
            "FEEDS": {str(out_dir / f"items{n}.jsonl"): {"format": "jsonlines"}},
        }
        crawler = process.create_crawler(type("Follow", (follow,), {"custom_settings": own}))

        def spider_closed(reason: str) -> None:
            assert crawler.stats is not None
            got = crawler.stats.get_stats()
            seen[str(n)] = {"reason": reason, **{name: got.get(name) for name in KEPT}}

        crawler.signals.connect(spider_closed, signals.spider_closed, weak=False)
        done = process.crawl(crawler, url=f"{origin}/news/", depth="1", items="1")
        done.addErrback(lambda failure: seen.__setitem__(f"error{n}", str(failure.value)))
        return done

    def stop(_: Any) -> None:
        from twisted.internet import reactor  # installed by CrawlerProcess

        reactor.callWhenRunning(reactor.stop)  # type: ignore[attr-defined]

    crawl(1).addCallback(lambda _: crawl(2)).addBoth(stop)
    process.start(stop_after_crawl=False)
    return seen


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
