"""A page close Playwright never answers frees the page's place, with or without Playwright's
private close handler (real Chromium).

Playwright 1.65 leaves some closes of pages that navigate unanswered (about 4 in 10): the
close here is made unanswered at will, by stopping Playwright's driver process (SIGSTOP)
while it is sent, and answered late by letting the driver go on (SIGCONT). The page's
place in scrapy-playwright's context is a real `BrowserContextWrapper`, freed by a "close"
listener as scrapy-playwright's own.

The close is delivered through Playwright's private `Page._on_close` (there is no public
call, in Playwright or scrapy-playwright 0.0.48). Should a Playwright upgrade rename it,
one ERROR line says so and the place is freed by hand: the second test runs that path by
naming a handler Playwright does not have.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from scrapy_playwright.handler import BrowserContextWrapper

from newsarchive.browser import handler
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]


def driver_pids() -> list[int]:
    """Playwright's driver processes started by this test process."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (proc / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and b"run-driver" in cmdline:
            found.append(int(proc.name))
    return found


@contextmanager
def driver_stopped(earlier: set[int]) -> Iterator[None]:
    """Stop this test's driver: the one not among `earlier` (the session's shared browser
    of tests/plugins/chromium.py has its own driver in this process)."""
    (pid,) = [pid for pid in driver_pids() if pid not in earlier]
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


async def unanswered_close(private_name: str) -> tuple[int, int, bool, int, int]:
    """A page's close, unanswered, then answered late: (places free after the close,
    "close" events then, page closed, places free after the late answer, events then)."""
    crawler = get_crawler()
    stats = MemoryStatsCollector(crawler)
    earlier = set(driver_pids())
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
        context = await browser.new_context()
        wrappers = {"default": BrowserContextWrapper(context, asyncio.Semaphore(1), False)}
        await wrappers["default"].semaphore.acquire()  # the page's place, as scrapy-playwright
        page: Page = await context.new_page()
        said: list[object] = []
        page.on(
            "close", lambda closed: (said.append(closed), wrappers["default"].semaphore.release())
        )
        await page.set_content("<p>a page</p>")
        original, handler.ON_CLOSE = handler.ON_CLOSE, private_name
        try:
            deliver = handler.close_event(page)
        finally:
            handler.ON_CLOSE = original
        lost = partial(handler.free_place, wrappers, "default", deliver)
        with driver_stopped(earlier):
            await handler.close_page(page, page.close, stats, lost, timeout=1.0)
            after_close = (wrappers["default"].semaphore._value, len(said), page.is_closed())
        await (await context.new_page()).close()  # the late answer of the first is in by now
        late = (wrappers["default"].semaphore._value, len(said))
        await browser.close()
    assert stats.get_value("browser/page_close_unanswered") == 1
    return (*after_close, *late)


def test_an_unanswered_close_is_delivered_as_playwrights_close_event(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        placed, said, closed, placed_late, said_late = asyncio.run(
            unanswered_close(handler.ON_CLOSE)
        )
    assert (placed, said, closed) == (1, 1, True)  # the page's place is free, it is closed
    assert (placed_late, said_late) == (1, 1)  # the late answer frees nothing twice
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_without_playwrights_close_handler_the_place_is_freed_by_hand(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR):
        placed, said, closed, placed_late, said_late = asyncio.run(
            unanswered_close("_on_close_renamed")
        )
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "has no _on_close_renamed" in errors[0], errors
    assert (placed, said, closed) == (1, 0, False)  # freed by hand: the next page can open
    # the late answer: Playwright's own event frees the place again (one too many, harmless:
    # the handler's page slots bound the pages open)
    assert (placed_late, said_late) == (2, 1)
