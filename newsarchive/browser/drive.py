"""Making a listing page show all it has: "Show more" clicks, then infinite scroll.

Each step must add content within `action_timeout`, else driving stops: a
button that stays but loads nothing, or a page that stops growing, ends the
listing as surely as a button that disappears.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Locator, Page
from scrapy.statscollectors import StatsCollector

from newsarchive.browser.config import BrowserConfig

logger = logging.getLogger(__name__)

LINK_COUNT_JS = "() => document.querySelectorAll('a[href]').length"
LINKS_GREW_JS = "n => document.querySelectorAll('a[href]').length > n"
HEIGHT_JS = "() => document.documentElement.scrollHeight"
HEIGHT_GREW_JS = "h => document.documentElement.scrollHeight > h"

WaitQuiet = Callable[[], Awaitable[bool]]


async def _usable(page: Page, selectors: tuple[str, ...]) -> Locator | None:
    """The first visible, enabled element any selector finds."""
    for selector in selectors:
        button = page.locator(selector).first
        try:
            if await button.is_visible() and await button.is_enabled():
                return button
        except PlaywrightError:
            continue  # a selector this page cannot parse is no match
    return None


async def _grew(page: Page, grew_js: str, before: int, timeout: float) -> bool:
    try:
        await page.wait_for_function(grew_js, arg=before, timeout=timeout * 1000)
    except PlaywrightError:
        return False
    return True


async def click_show_more(
    page: Page,
    selectors: tuple[str, ...],
    config: BrowserConfig,
    wait_quiet: WaitQuiet,
    stats: StatsCollector,
) -> int:
    """Clicks until the button is gone, disabled or adds nothing, or `max_clicks`: the count."""
    clicks = 0
    while clicks < config.max_clicks:
        button = await _usable(page, selectors)
        if button is None:
            break
        before = await page.evaluate(LINK_COUNT_JS)
        try:
            await button.click(timeout=config.action_timeout * 1000)
        except PlaywrightError as exc:
            logger.info("show-more click failed on %s: %s", page.url, exc)
            stats.inc_value("browser/show_more/click_failed")
            break
        clicks += 1
        grew = await _grew(page, LINKS_GREW_JS, before, config.action_timeout)
        await wait_quiet()
        if not grew:
            stats.inc_value("browser/show_more/no_growth")
            break
    else:
        if await _usable(page, selectors) is not None:
            stats.inc_value("browser/show_more/limit_reached")
    stats.inc_value("browser/show_more/clicks", clicks)
    return clicks


async def scroll_to_end(
    page: Page, config: BrowserConfig, wait_quiet: WaitQuiet, stats: StatsCollector
) -> int:
    """Scrolls to the bottom until the page stops growing or `max_scrolls`; returns growths."""
    steps = 0
    while steps < config.max_scrolls:
        before = await page.evaluate(HEIGHT_JS)
        await page.evaluate("() => window.scrollTo(0, document.documentElement.scrollHeight)")
        grew = await _grew(page, HEIGHT_GREW_JS, before, config.action_timeout)
        await wait_quiet()
        if not grew:
            break
        steps += 1
    else:
        stats.inc_value("browser/scroll/limit_reached")
    stats.inc_value("browser/scroll/steps", steps)
    return steps
