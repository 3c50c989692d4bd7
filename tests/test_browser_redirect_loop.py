"""A rendered request caught in a redirect loop fails once, not once per retry (real Chromium).

Chromium follows 20 hops and fails with net::ERR_TOO_MANY_REDIRECTS: a retry gets the same
loop (another 20 hops fetched and archived), so the request was tried RETRY_TIMES + 1 times.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import pytest

from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

SPIDER = """
from scrapy import Request, Spider
from newsarchive.spiders.failures import LogsFetchFailures


class RenderSome(LogsFetchFailures, Spider):
    name = "render-some"

    def __init__(self, urls="", **kwargs):
        super().__init__(**kwargs)
        self.urls = urls.split(",")

    async def start(self):
        for url in self.urls:
            meta = {"newsarchive_render": True}
            yield Request(url, meta=meta, callback=self.parse, errback=self.fetch_failed)

    def parse(self, response):
        yield {"url": response.url}
"""


def answer(path: str) -> tuple[int, Mapping[str, str], bytes]:
    if path in ("/loop-a", "/loop-b"):
        return 302, {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"}, b""
    if path == "/page":
        return 200, {"Content-Type": "text/html"}, b"<!doctype html><title>Page</title><p>text"
    return 404, {"Content-Type": "text/plain"}, b"none"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("loop")
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    with answering_origin(answer) as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        settings = {
            **LOCAL_SPEED,
            "WARC_DIR": str(out / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        command += ["-a", f"urls={origin}/loop-a,{origin}/page"]
        command += ["-O", f"{out / 'items.jsonl'}:jsonlines"]
        done = run_scrapy_here(command, timeout=300)
    return {"origin": origin, "done": done, "stats": parse_stats(done.stderr)}


def test_a_redirect_loop_is_not_retried(crawl: dict[str, Any]) -> None:
    done, stats, origin = crawl["done"], crawl["stats"], crawl["origin"]
    assert stats.get("item_scraped_count") == 1, done.stderr[-3000:]  # the other page
    assert stats.get("browser/failed/Error") == 1, stats
    assert stats.get("retry/count", 0) == 0, stats
    said = [line for line in done.stderr.splitlines() if "could not fetch" in line]
    assert len(said) == 1 and f"{origin}/loop-a" in said[0], said
    assert "ERR_TOO_MANY_REDIRECTS" in said[0]
