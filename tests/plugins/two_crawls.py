"""Two `follow` crawls, one after the other, in this one process (CrawlerProcess).

Run by tests/test_scoped_state.py as `python -m tests.plugins.two_crawls OUT_DIR
[REDIS_URL]` from the project checkout. It serves one page from a stdlib server on
127.0.0.1, and prints as JSON what the process-wide logging and warnings state was
before the crawls, while each crawl ran (at its spider_closed, when spidermon's suite
has run) and after each.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

LOGGERS = ("scrapy.downloadermiddlewares.robotstxt", "scrapy-playwright")
PAGE = b"<html><head><title>One</title></head><body><p>one page</p></body></html>"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        found = self.path == "/"
        body = PAGE if found else b"not here"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def state() -> dict[str, Any]:
    """The process-wide state a crawl could leave behind, in a form JSON keeps."""
    return {
        "warnings": [repr(entry) for entry in warnings.filters],
        "loggers": {
            name: [type(f).__name__ for f in logging.getLogger(name).filters] for name in LOGGERS
        },
    }


def main(out_dir: Path, redis_url: str) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_port}"
    settings = get_project_settings()
    settings.setdict({"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "LOG_LEVEL": "INFO"})
    settings.set("NETWORK_ALLOWED", f"127.0.0.1:{server.server_port}")
    settings.set("WARC_DIR", str(out_dir / "warc"))
    if redis_url:  # a shared crawl, with Scrapy's own stats (they warn at scrapy-redis's calls)
        settings.set("NEWSARCHIVE_REDIS_URL", redis_url)
        settings.set("STATS_CLASS", "scrapy.statscollectors.MemoryStatsCollector")
    seen: dict[str, Any] = {"before": state()}
    process = CrawlerProcess(settings)

    def crawl(n: int) -> Any:
        crawler = process.create_crawler("follow")

        def spider_closed() -> None:
            seen[f"during{n}"] = state()

        crawler.signals.connect(spider_closed, signals.spider_closed, weak=False)
        done = process.crawl(crawler, url=f"{origin}/", depth="0")
        done.addCallback(lambda _: seen.__setitem__(f"after{n}", state()))
        return done

    def stop(_: Any) -> None:
        from twisted.internet import reactor  # installed by CrawlerProcess

        reactor.stop()  # type: ignore[attr-defined]

    crawl(1).addCallback(lambda _: crawl(2)).addBoth(stop)
    process.start(stop_after_crawl=False)
    server.shutdown()
    print(json.dumps(seen))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
