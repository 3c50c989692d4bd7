"""Which body the page's own DevTools buffer gives for a response Playwright lost
(newsarchive.browser.bodies), with a stand-in DevTools session: no browser needed.

A URL fetched more than once on a page (a polled live ticker) has one DevTools request
id per fetch; the buffer gave the first one held, so a later poll was archived with an
earlier poll's body under its own headers.
"""

from __future__ import annotations

import asyncio
import base64
from types import SimpleNamespace
from typing import Any, cast

import pytest
from playwright.async_api import Error as PlaywrightError
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.bodies import STAT, InspectorBodies

URL = "https://news.example/live/feed.json"


class _Session:
    """Network.getResponseBody of the bodies still held (request id -> bytes)."""

    def __init__(self, held: dict[str, bytes]) -> None:
        self.held = held

    async def send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        assert method == "Network.getResponseBody"
        if params["requestId"] not in self.held:
            raise PlaywrightError("No resource with given identifier found")
        return {"body": base64.b64encode(self.held[params["requestId"]]), "base64Encoded": True}


def _received(
    request_id: str, status: int = 200, date: str = "Thu, 03 Dec 2026 07:00:00 GMT"
) -> dict[str, Any]:
    headers = {"Content-Type": "application/json", "Date": date}
    return {"requestId": request_id, "response": {"url": URL, "status": status, "headers": headers}}


def _response(status: int = 200, date: str = "Thu, 03 Dec 2026 07:00:00 GMT") -> Any:
    """What Playwright's Response tells of itself: its headers with lower-case names."""
    headers = {"content-type": "application/json", "date": date}
    return SimpleNamespace(url=URL, status=status, headers=headers)


LATER = "Thu, 03 Dec 2026 07:00:30 GMT"


@pytest.mark.parametrize(
    ("events", "held", "response", "body"),
    [
        ([_received("1")], {"1": b"poll 1"}, _response(), b"poll 1"),
        ([_received("1")], {}, _response(), None),  # lost in this buffer too
        ([_received("1", 404)], {"1": b"gone"}, _response(), None),  # not this status
        # two polls told apart by their headers: each its own body
        ([_received("1"), _received("2", date=LATER)], {"1": b"p1", "2": b"p2"},
         _response(date=LATER), b"p2"),
        ([_received("1"), _received("2", date=LATER)], {"1": b"p1", "2": b"p2"},
         _response(), b"p1"),
        # the same headers: one body only if every fetch held the same bytes
        ([_received("1"), _received("2")], {"1": b"same", "2": b"same"}, _response(), b"same"),
        ([_received("1"), _received("2")], {"1": b"poll 1", "2": b"poll 2"}, _response(), None),
        ([_received("1"), _received("2")], {"2": b"poll 2"}, _response(), None),
    ],
    ids=["held", "lost", "other-status", "second-poll", "first-poll", "same-bytes",
         "two-bodies", "one-evicted"],
)  # fmt: skip
def test_the_body_given_is_this_responses_or_none(
    events: list[dict[str, Any]], held: dict[str, bytes], response: Any, body: bytes | None
) -> None:
    stats = MemoryStatsCollector(get_crawler())
    bodies = InspectorBodies(1024, stats)
    bodies.session = cast(Any, _Session(held))
    for event in events:
        bodies._response_received(event)
    assert asyncio.run(bodies.body(response)) == body
    assert stats.get_value(STAT, 0) == (body is not None)
