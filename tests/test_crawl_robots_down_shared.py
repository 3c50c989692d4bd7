"""A `news -a url=` crawl of a site whose robots.txt answers 503: asked 1 + RETRY_TIMES times.

The spider asks robots.txt for its `Sitemap:` lines and is answered with the robots.txt
middleware's download (fetched and archived once). That answer, a 503, went on through
RetryMiddleware as if the spider's request had got it: robots.txt was asked twice more
(5 times, not 3), "Gave up retrying" logged twice and two more revisits archived.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from tests.plugins.crawling import CrawlResult, start_crawl
from tests.plugins.page_origin import answering_origin

asked: list[str] = []


def _answer(path: str) -> tuple[int, Mapping[str, str], bytes]:
    asked.append(path)
    if path == "/robots.txt":
        return 503, {"Content-Type": "text/plain"}, b"busy"
    body = b"<html><body><a href='/politik/a-story-never-asked'>A story</a></body></html>"
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with answering_origin(_answer) as origin:
        settings = {"STATE_ENABLED": "0", "NETWORK_ALLOWED": origin.split("//")[1]}
        out = tmp_path_factory.mktemp("robots-down")
        # robots.txt disallowing all, the one section is refused: the run says so, exit 1
        yield start_crawl("news", {"url": f"{origin}/politik/"}, settings, out).wait()


def test_robots_txt_answering_503_is_asked_once_with_its_retries(crawl: CrawlResult) -> None:
    assert crawl.returncode == 1, crawl.log[-3000:]
    assert asked == ["/robots.txt"] * 3, crawl.log[-3000:]
    assert crawl.log.count("Gave up retrying") == 1
    assert crawl.stats["robotstxt/shared"] == 1
    assert "/politik/" not in asked  # Disallow: / as RFC 9309 reads a 5xx
