"""Test plugin: rendered pages that move on at a set point of their capture, with no race.

A downloader middleware placed after RenderMiddleware. A rendered page whose path has
`/after-read-` sets `location` right after its content was read and waits for the move's
end (its next document committed, or the move refused) before scrapy-playwright goes on
(it asks the page's address after that); `/pushes-after-read-` gives itself another
address there (history.pushState: the same document); `/before-read-` moves once the page was driven
and archived, before its content is read (the move committed before the read starts).
Either is what a page doing `setTimeout(() => location = ...)` does on a busy box now
and then. The next document is the path with `-final` added.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Page
from scrapy import Request

from newsarchive.browser.render import FINISH_META, READ_META


async def move(page: Page, to: str) -> None:
    """`location = to`, then its end: the next document committed, or the move refused."""
    async with page.expect_request(lambda r: urlsplit(r.url).path == to) as asked:
        await page.evaluate("to => { location.href = to; }", to)
    request = await asked.value
    if await request.response() is not None:  # not refused: its document is shown
        await page.wait_for_url(f"**{to}", wait_until="commit")


async def push(page: Page, to: str) -> None:
    """history.pushState to `to`: the document stays, its address changes."""
    await page.evaluate("to => history.pushState(null, '', to)", to)
    await page.wait_for_url(f"**{to}", wait_until="commit")


class MoveAtRead:
    def process_request(self, request: Request) -> None:
        path = urlsplit(request.url).path
        if "after-read-" in path and READ_META in request.meta:
            moving = push if "/pushes-" in path else move
            request.meta[READ_META] = self.moved_after(
                request.meta[READ_META], moving, path + "-final"
            )
        if "/before-read-" in path and FINISH_META in request.meta:
            finish = request.meta[FINISH_META]
            request.meta[FINISH_META] = self.moved_before(finish, path + "-final")

    @staticmethod
    def moved_after(
        read: Any, moving: Callable[[Page, str], Awaitable[None]], to: str
    ) -> Callable[..., Awaitable[str]]:
        async def read_then_move(page: Page, content: Callable[[], Awaitable[str]]) -> str:
            html: str = await read(page, content)
            await moving(page, to)
            return html

        return read_then_move

    @staticmethod
    def moved_before(finish: Any, to: str) -> Callable[[Page], Awaitable[None]]:
        async def finish_then_move(page: Page) -> None:
            await finish(page)
            await move(page, to)

        return finish_then_move
