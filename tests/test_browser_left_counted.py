"""`browser/fetched_plainly/left` counts the documents fetched, not the fetches tried (real
Chromium, a real Scrapy crawl of a local server answering each ask of a page in turn).

A document a rendered page left before its body was read is fetched by Scrapy beside the page
(newsarchive.browser.middleware). The stat was counted as that fetch was asked for: a fetch
refused or failing (its connection reset at each try) counted as a page fetched. Now it counts
a page once its answer came, after Scrapy's retries (one whose first answer was a 500 and its
retry the page: one)."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from email.message import Message
from typing import Any

import pytest

from tests.browserserver import Answer, crawl_rendered, serving
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]


def page(title: str, moves_to: str = "") -> bytes:
    script = f"<script>location.replace('{moves_to}')</script>" if moves_to else ""
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>A story.</p></article>{script}</body></html>"
    ).encode()


@contextlib.contextmanager
def turning_origin() -> Iterator[tuple[str, Counter[str]]]:
    """/left/a: the browser's page, then a 500, then the page; /left/c: the browser's page,
    then a connection closed unanswered at every ask; /left/b and /left/d: pages."""
    asked: Counter[str] = Counter()

    def answer(path: str, headers: Message) -> Answer | None:
        asked[path] += 1
        turn = asked[path]
        if path == "/left/c" and turn > 1:
            return None  # no answer at all: the fetch fails
        status, body = 200, b""
        if path == "/left/a":
            status, body = (500, b"busy") if turn == 2 else (200, page("A", "/left/b"))
        elif path == "/left/c":
            body = page("C", "/left/d")
        elif path in ("/left/b", "/left/d"):
            body = page(path[-1].upper())
        else:
            status, body = 404, b"none"
        return Answer(status, [("Content-Type", "text/html; charset=utf-8")], body)

    with serving(answer) as origin:
        yield origin, asked


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("left")
    with turning_origin() as (origin, asked):
        starts = [f"{origin}/left/a", f"{origin}/left/c"]
        crawled = crawl_rendered(out, starts, [origin], RETRY_TIMES="1")
        counted = Counter(asked)
    return {"stats": crawled.stats, "log": crawled.log, "asked": counted}


def test_left_counts_the_documents_fetched_not_the_fetches_tried(run: dict[str, Any]) -> None:
    stats, asked = run["stats"], run["asked"]
    lost = stats.get("browser/exchanges/no_body/navigated_away", 0)
    assert lost >= 1, stats  # Chromium dropped at least one start page's document
    # /left/a, left: its plain fetch answered 500, retried, answered: one page
    fetched_a = asked["/left/a"] >= 3
    # /left/c, left: its plain fetch never answered (tried twice): no page
    tried_c = asked["/left/c"] > 1
    if tried_c:
        # the browser's, the fetch and its retry (the HTTP client may ask again on a reused
        # connection closed unanswered)
        assert asked["/left/c"] >= 3, asked
        assert "could not fetch" in run["log"]
    assert stats.get("browser/fetched_plainly/left", 0) == int(fetched_a), (asked, stats)
    assert lost == int(asked["/left/a"] > 1) + int(tried_c)  # each one left, tried once
