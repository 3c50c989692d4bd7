"""A waiting article's Referer follows its listing page's own Referrer-Policy header, as
Scrapy's RefererMiddleware does for the articles asked at once from that page.

A waiting article (listed past `max_articles`, asked once a place frees) leaves from an
errback or spider_idle, outside the spider middlewares, so the spider gives it its Referer
itself. It took the policy from the settings only: a listing answered `Referrer-Policy:
origin` or `no-referrer` had its waiting articles send the listing's full URL where the
articles asked at once sent its origin, or nothing.

A real crawl of 127.0.0.1: a listing of two articles, the first answered 404 (its place
goes to the second, waiting); the origin notes the Referer each article was asked with.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest

from tests.plugins.crawling import run_crawl
from tests.plugins.page_origin import served

DAY = "/news/2026/12/06/"
GONE = f"{DAY}harbour-festival-moves-to-june"  # answered 404: gives no item
WAITING = f"{DAY}tram-line-opens-its-last-stop"
STORY = (
    b"<html><head><title>Tram line opens</title></head><body><article><h1>Tram line opens"
    b"</h1>" + b"<p>The last stop of the tram line opened to riders this morning.</p>" * 4
    + b"</article></body></html>"
)  # fmt: skip


@contextlib.contextmanager
def _origin(policy: str, referers: dict[str, str | None]) -> Iterator[str]:
    """The listing answered with `policy` as its Referrer-Policy; each article's Referer noted."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            headers = {"Content-Type": "text/html; charset=utf-8"}
            if self.path == "/news/":
                links = f'<a href="{GONE}">one</a> <a href="{WAITING}">two</a>'
                status, body = 200, f"<html><body><p>{links}</p></body></html>".encode()
                headers["Referrer-Policy"] = policy
            elif self.path in (GONE, WAITING):
                referers[self.path] = self.headers.get("Referer")
                status, body = (404, b"gone") if self.path == GONE else (200, STORY)
            else:
                status, body = 404, b"not here"
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        yield url


@pytest.mark.parametrize("policy", ["origin", "no-referrer", "same-origin"])
def test_a_waiting_articles_referer_follows_its_listings_referrer_policy(
    policy: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    referers: dict[str, str | None] = {}
    with _origin(policy, referers) as url:
        args = {"url": url + "/news/", "requisites": "0", "max_articles": "1"}
        done = run_crawl("news", args, {}, tmp_path_factory.mktemp("referrer"))
        expected = {"origin": url + "/", "no-referrer": None, "same-origin": url + "/news/"}
    assert [item["url"] for item in done.items()] == [url + WAITING], done.stats
    assert referers == {GONE: expected[policy], WAITING: expected[policy]}
