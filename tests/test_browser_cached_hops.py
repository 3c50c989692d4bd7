"""A redirect hop whose raw header text never comes (a 301 Chromium takes from its HTTP cache:
DevTools reports no `Network.responseReceivedExtraInfo` for it) shifts nothing: the redirect
robots.txt stops is archived with its own raw head, matched by its request and Location, not
by how many heads came before it (real Chromium with its cache on, as a page without routes
has it; a 127.0.0.1 server; the records written as WARC and read back with warcio).

A stopped redirect that itself has no raw head is archived as its pause showed it, counted, as
soon as its request ends (its failure is the event that says no head will come), not after a
fixed wait: the test makes that wait longer than the test may run."""

from __future__ import annotations

import asyncio
import contextlib
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import Message
from typing import Any

import pytest
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsarchive.browser import hops
from newsarchive.browser.capture import (
    ROBOTS_REDIRECT_HEAD_CUT,
    ROBOTS_REDIRECT_PARSED_HEAD,
    PageCapture,
)
from newsarchive.signals import exchange_captured
from newsarchive.warc import records
from newsarchive.warc.exchange import HttpExchange
from newsarchive.warc.writer import MemoryWarcWriter
from tests.browserserver import Answer, serving
from tests.plugins.chromium import Chromium
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

CACHED = ("Cache-Control", "max-age=3600")  # a 301 Chromium keeps and serves itself next time
PAGES: dict[str, Answer] = {
    # cached 301 -> 302 (network) -> 302 (network) -> disallowed
    "/story/old": Answer(301, [("Location", "/story/moved"), CACHED, ("Set-Cookie", "old=1")]),
    "/story/moved": Answer(
        302, [("Location", "/story/last"), ("Set-Cookie", "moved=2"), ("X-Hop", "moved")]
    ),
    "/story/last": Answer(
        302,
        [("Location", "/private/secret"), ("Set-Cookie", "last=3"), ("Set-Cookie", "b=4")],
    ),
    # a cached 301 straight to a disallowed page: the stopped hop has no raw head itself
    "/story/gone": Answer(301, [("Location", "/private/gone"), CACHED, ("Set-Cookie", "gone=1")]),
    "/private/secret": Answer(200, [("Content-Type", "text/html")], b"<title>secret</title>"),
    "/private/gone": Answer(200, [("Content-Type", "text/html")], b"<title>gone</title>"),
    # the same relative Location from two addresses: /a/1 -> /a/next -> /b/1 -> /b/next
    "/a/1": Answer(302, [("Location", "next"), ("Set-Cookie", "a1=1")]),
    "/a/next": Answer(302, [("Location", "/b/1"), ("Set-Cookie", "anext=2")]),
    "/b/1": Answer(302, [("Location", "next"), ("Set-Cookie", "b1=3")]),
    "/b/next": Answer(200, [("Content-Type", "text/html")], b"<title>b</title>"),
    # a page of many requests that are no main-frame document (images, a frame redirected)
    "/busy": Answer(
        200,
        [("Content-Type", "text/html")],
        b"<title>busy</title><iframe src='/frame/old'></iframe>"
        + b"".join(b"<img src='/img/%d'>" % n for n in range(30)),
    ),
    "/frame/old": Answer(302, [("Location", "/frame/new"), ("Set-Cookie", "f=1")]),
    "/frame/new": Answer(200, [("Content-Type", "text/html")], b"<title>frame</title>"),
}


@contextlib.contextmanager
def noting_origin() -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []

    def answer(path: str, headers: Message) -> Answer:
        # Chromium asks for the site's icon on its own schedule, after a page it opened
        # earlier has gone (a CI run saw it land after `del asked[:]`): no hop of a test's
        if path != "/favicon.ico":
            asked.append(path)
        return PAGES.get(path, Answer(404, body=b"not here"))

    with serving(answer) as origin:
        yield origin, asked


async def disallows_private(url: str) -> bool:
    return "/private/" not in url and not url.endswith("/b/next")


def visit(
    chromium: Chromium,
    context: Any,
    url: str,
    captures: list[PageCapture] | None = None,
) -> tuple[list[HttpExchange], Any]:
    """The exchanges PageCapture hands to the archive as a page of `context` opens `url`
    (robots.txt disallowing /private/), and the crawl's stats (the capture added to
    `captures`)."""
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=True)
    if captures is not None:
        captures.append(capture)
    capture.robots = disallows_private
    archived: list[HttpExchange] = []

    def receive(exchange: HttpExchange) -> None:
        archived.append(exchange)

    crawler.signals.connect(receive, signal=exchange_captured)

    async def main() -> None:
        page = await context.new_page()
        try:
            for event, handler in capture.handlers().items():
                page.on(event, handler)
            await capture.hop_guard.attach(page)
            with contextlib.suppress(Exception):  # ERR_ABORTED: the stopped redirect
                await page.goto(url)
            assert await capture.navigation_ended(page, 60)
            await capture.drain(60)
        finally:
            await page.close()

    chromium.loop.run_until_complete(main())
    return archived, crawler.stats


def warc_read_back(exchanges: list[HttpExchange]) -> dict[str, Any]:
    """Path -> the HTTP head of its response record, the exchanges written as WARC."""
    counter = iter(range(1, 10_000))

    def make_id() -> str:
        return f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"

    fields = records.warcinfo_fields("test/1", "host", "classic", "ua", "", "")
    writer = MemoryWarcWriter(
        lambda name: records.warcinfo_record(name, fields, make_id(), datetime.now(UTC))
    )
    for exchange in exchanges:
        main_id = make_id()
        http = records.http_response(exchange)
        writer.write_group(
            [
                records.response_record(exchange, http, main_id),
                records.request_record(exchange, make_id(), main_id),
            ]
        )
    heads: dict[str, Any] = {}
    for record in ArchiveIterator(io.BytesIO(writer.getvalue())):
        if record.rec_type == "response":
            uri = record.rec_headers.get_header("WARC-Target-URI")
            heads["/" + uri.split("/", 3)[3]] = record.http_headers
    return heads


@pytest.fixture(scope="module")
def origin() -> Iterator[tuple[str, list[str]]]:
    with noting_origin() as served:
        yield served


def cached_context(chromium: Chromium, origin: str, path: str) -> Any:
    """A context whose HTTP cache holds the 301 at `path` (its first visit, its chain followed
    by a page with no guard), and whose first hop is asked no more."""

    async def make() -> Any:
        context = await chromium.browser.new_context()
        page = await context.new_page()
        with contextlib.suppress(Exception):
            await page.goto(origin + path)
        await page.close()
        return context

    return chromium.loop.run_until_complete(make())


def test_a_cached_hop_shifts_no_later_hops_raw_head(
    chromium: Chromium,
    origin: tuple[str, list[str]],
) -> None:
    base, asked = origin
    context = cached_context(chromium, base, "/story/old")
    del asked[:]
    try:
        archived, stats = visit(chromium, context, base + "/story/old")
    finally:
        chromium.loop.run_until_complete(context.close())
    assert "/story/old" not in asked  # the first hop came from Chromium's cache
    assert "/private/secret" not in asked
    heads = warc_read_back(archived)
    # the stopped hop: its own raw head (both its cookies, each a line), not a neighbour's
    last = heads["/story/last"]
    assert last.get_statuscode() == "302"
    assert last.get_header("Location") == "/private/secret"
    assert [v for k, v in last.headers if k.lower() == "set-cookie"] == ["last=3", "b=4"]
    # the hop between: its own record (Playwright's)
    moved = heads["/story/moved"]
    assert moved.get_header("Location") == "/story/last"
    assert moved.get_header("X-Hop") == "moved"
    assert stats.get_value(ROBOTS_REDIRECT_PARSED_HEAD) is None


def test_a_stopped_hop_with_no_raw_head_is_archived_as_its_request_ends(
    chromium: Chromium,
    origin: tuple[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # longer than the test may run (pytest's timeout): only an event ends the wait
    monkeypatch.setattr(hops, "HEAD_WAIT", 3600.0)
    base, asked = origin
    context = cached_context(chromium, base, "/story/gone")
    del asked[:]
    try:
        archived, stats = visit(chromium, context, base + "/story/gone")
    finally:
        chromium.loop.run_until_complete(context.close())
    assert asked == []  # the 301 from the cache, its hop stopped
    gone = warc_read_back(archived)["/story/gone"]
    assert gone.get_statuscode() == "301"
    assert gone.get_header("Location") == "/private/gone"
    assert stats.get_value(ROBOTS_REDIRECT_PARSED_HEAD) == 1


def test_a_relative_location_is_matched_to_its_own_hop(
    chromium: Chromium,
    origin: tuple[str, list[str]],
) -> None:
    base, asked = origin
    context = chromium.loop.run_until_complete(chromium.browser.new_context())
    del asked[:]
    try:
        archived, stats = visit(chromium, context, base + "/a/1")
    finally:
        chromium.loop.run_until_complete(context.close())
    assert "/b/next" not in asked
    stopped = warc_read_back(archived)["/b/1"]
    assert stopped.get_header("Location") == "next"
    # its own cookie, not the one of /a/1 (the same status and Location, another address)
    assert [v for k, v in stopped.headers if k.lower() == "set-cookie"] == ["b1=3"]
    assert stats.get_value(ROBOTS_REDIRECT_PARSED_HEAD) is None


def test_the_guard_keeps_nothing_of_a_pages_other_requests(
    chromium: Chromium,
    origin: tuple[str, list[str]],
) -> None:
    """Only the main frame's documents can be stopped: a long-lived page's images, fetches and
    frames (an ad frame redirected every minute) leave nothing in the guard."""
    base, asked = origin
    context = chromium.loop.run_until_complete(chromium.browser.new_context())
    captures: list[PageCapture] = []
    del asked[:]
    try:
        visit(chromium, context, base + "/busy", captures)
    finally:
        chromium.loop.run_until_complete(context.close())
    assert "/frame/new" in asked and "/img/29" in asked  # the frame and images were loaded
    guard = captures[0].hop_guard
    assert len(guard._urls) == 1  # the page's own document request, no frame's
    assert guard._heads == {}  # the frame's redirect is no concern of the guard
    assert guard._over <= set(guard._urls)  # no image's request


def test_a_stopped_hops_record_is_written_when_its_page_closes_first(
    chromium: Chromium,
    origin: tuple[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page closed as its redirect is stopped (the crawl's page timeout, the crawl closing)
    ends its requests with no event of theirs: the stopped redirect's record is written at its
    page's close, not after a fixed wait (made longer than the test may run)."""
    monkeypatch.setattr(hops, "HEAD_WAIT", 3600.0)
    base, asked = origin
    context = cached_context(chromium, base, "/story/gone")
    del asked[:]
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=True)
    capture.robots = disallows_private
    archived: list[HttpExchange] = []

    def receive(exchange: HttpExchange) -> None:
        archived.append(exchange)

    crawler.signals.connect(receive, signal=exchange_captured)

    async def main() -> None:
        page = await context.new_page()
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        await capture.hop_guard.attach(page)
        going = asyncio.ensure_future(page.goto(base + "/story/gone"))
        await capture.stopped.wait()  # the redirect refused, its pause not answered yet
        await page.close()
        with contextlib.suppress(Exception):
            await going
        await capture.drain(60)

    try:
        chromium.loop.run_until_complete(main())
    finally:
        chromium.loop.run_until_complete(context.close())
    assert asked == []  # the 301 from the cache, its hop stopped
    assert crawler.stats.get_value("browser/exchanges/abandoned") is None
    gone = warc_read_back(archived)["/story/gone"]
    assert gone.get_statuscode() == "301"
    assert gone.get_header("Location") == "/private/gone"
    assert crawler.stats.get_value(ROBOTS_REDIRECT_PARSED_HEAD) == 1


def test_a_stopped_hops_record_awaited_past_the_navigation_cap_is_written_cut(
    chromium: Chromium,
    origin: tuple[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`navigation_ended` ran out of its time (the handler's 5 s cap) with the stopped
    redirect's raw head still awaited: the page closed, the record waited up to HEAD_WAIT
    more in the background, and a crawl that closed meanwhile lost it, uncounted. It is
    written as the wait ends, from its pause, counted as cut. The request's end is kept
    from the guard (its events stopped, as for a closing page), the wait longer than the
    test may run: only the cap can end it."""
    monkeypatch.setattr(hops, "HEAD_WAIT", 3600.0)
    monkeypatch.setattr(hops, "ENDS", ())
    base, asked = origin
    context = cached_context(chromium, base, "/story/gone")
    del asked[:]
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=True)
    capture.robots = disallows_private
    archived: list[HttpExchange] = []

    def receive(exchange: HttpExchange) -> None:
        archived.append(exchange)

    crawler.signals.connect(receive, signal=exchange_captured)
    written_at_cap: list[str] = []

    async def main() -> None:
        page = await context.new_page()
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        await capture.hop_guard.attach(page)
        going = asyncio.ensure_future(page.goto(base + "/story/gone"))
        await capture.stopped.wait()  # the redirect refused, its raw head awaited
        await capture.navigation_ended(page, 0)  # the cap run out at once
        written_at_cap.extend(exchange.url for exchange in archived)
        await page.close()
        with contextlib.suppress(Exception):
            await going
        await capture.drain(60)

    try:
        chromium.loop.run_until_complete(main())
    finally:
        chromium.loop.run_until_complete(context.close())
    assert asked == []  # the 301 from the cache, its hop stopped
    assert written_at_cap == [base + "/story/gone"]  # was []: still awaited, then lost
    assert [exchange.url for exchange in archived] == [base + "/story/gone"]  # once
    gone = warc_read_back(archived)["/story/gone"]
    assert gone.get_statuscode() == "301"
    assert gone.get_header("Location") == "/private/gone"
    assert crawler.stats.get_value(ROBOTS_REDIRECT_HEAD_CUT) == 1
    assert crawler.stats.get_value(ROBOTS_REDIRECT_PARSED_HEAD) == 1
    assert crawler.stats.get_value("browser/exchanges/abandoned") is None
