"""Driving listings in a real Chromium: "Show more" clicks and infinite scroll, and their limits.

Pages are set inline (no server): each button click or scroll appends items
from script, as a news listing does after its XHR returns.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.capture import PageCapture
from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.drive import click_show_more, scroll_to_end
from newsarchive.browser.lazy import scroll_through
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.chromium import Chromium

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (Debian: chromium)"
    ),
]

# `batches` batches of 3 links; the button goes away (or is disabled) after the last.
SHOW_MORE = """<!doctype html><ul id=list></ul><button id=more>Show more</button><script>
let batch = 0; const batches = BATCHES;
document.getElementById('more').addEventListener('click', () => setTimeout(() => {
  for (let i = 0; i < 3; i++) { const li = document.createElement('li');
    li.innerHTML = '<a href="/a/' + batch + '-' + i + '">x</a>';
    document.getElementById('list').appendChild(li); }
  batch += 1;
  if (batch >= batches) document.getElementById('more').ACTION;
}, 50));
</script>"""

# A button that stays but never adds anything.
DEAD_BUTTON = "<!doctype html><ul></ul><button class=load-more>Load more</button>"

# Each scroll to the bottom adds a tall block, `rounds` times.
SCROLL = """<!doctype html><body style="margin:0"><div style="height:2000px"></div><script>
let rounds = 0;
window.addEventListener('scroll', () => {
  if (rounds < ROUNDS && innerHeight + scrollY >= document.body.scrollHeight - 5) {
    rounds += 1; const d = document.createElement('div'); d.style.height = '2000px';
    document.body.appendChild(d); }
});
</script></body>"""


async def quiet() -> bool:
    return True


def stats() -> MemoryStatsCollector:
    return MemoryStatsCollector(get_crawler())


CONFIG = BrowserConfig(action_timeout=2.0)


@pytest.mark.parametrize("ending", ["remove()", "disabled = true", "hidden = true"])
def test_show_more_is_clicked_until_the_button_goes(chromium: Chromium, ending: str) -> None:
    html = SHOW_MORE.replace("BATCHES", "4").replace("ACTION", ending)
    collector = stats()
    clicks, links = chromium.run_on_page(
        html, lambda page: click_show_more(page, ("#more",), CONFIG, quiet, collector)
    )
    assert (clicks, links) == (4, 12)
    assert collector.get_value("browser/show_more/clicks") == 4
    assert collector.get_value("browser/show_more/limit_reached") is None


def test_show_more_stops_at_the_click_limit_and_says_so(chromium: Chromium) -> None:
    html = SHOW_MORE.replace("BATCHES", "50").replace("ACTION", "remove()")
    collector = stats()
    config = BrowserConfig(max_clicks=3, action_timeout=2.0)
    clicks, links = chromium.run_on_page(
        html, lambda page: click_show_more(page, ("#more",), config, quiet, collector)
    )
    assert (clicks, links) == (3, 9)
    assert collector.get_value("browser/show_more/limit_reached") == 1


def test_a_button_that_adds_nothing_ends_the_listing(chromium: Chromium) -> None:
    collector = stats()
    config = BrowserConfig(action_timeout=0.5)
    selectors = config.show_more_selectors  # the generic ones find "Load more"
    clicks, links = chromium.run_on_page(
        DEAD_BUTTON, lambda page: click_show_more(page, selectors, config, quiet, collector)
    )
    assert (clicks, links) == (1, 0)
    assert collector.get_value("browser/show_more/no_growth") == 1


def test_no_button_no_click(chromium: Chromium) -> None:
    collector = stats()
    clicks, _ = chromium.run_on_page(
        "<!doctype html><p>static</p>",
        lambda page: click_show_more(page, CONFIG.show_more_selectors, CONFIG, quiet, collector),
    )
    assert clicks == 0


@pytest.mark.parametrize(("rounds", "limit", "expected"), [(3, 20, 3), (30, 4, 4)])
def test_infinite_scroll_until_no_growth_or_the_limit(
    chromium: Chromium, rounds: int, limit: int, expected: int
) -> None:
    collector = stats()
    config = BrowserConfig(max_scrolls=limit, action_timeout=1.0)
    steps, _ = chromium.run_on_page(
        SCROLL.replace("ROUNDS", str(rounds)),
        lambda page: scroll_to_end(page, config, quiet, collector),
    )
    assert steps == expected
    assert (collector.get_value("browser/scroll/limit_reached") == 1) is (rounds > limit)


def test_a_page_is_quiet_once_its_requests_end_and_streams_do_not_count(
    chromium: Chromium,
) -> None:
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=False)

    async def drive(page: Any) -> int:
        held: list[Any] = []

        async def hold(route: Any) -> None:
            held.append(route)  # answered only when the test says so

        await page.route("http://news.test/**", hold)
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        # (statements, not expressions: evaluate() would wait for a returned promise)
        await page.evaluate("() => { fetch('http://news.test/slow').catch(() => {}); }")
        await page.evaluate("() => { new EventSource('http://news.test/live'); }")
        for _ in range(3000):  # both requests reach the route within 60 s
            if len(held) == 2:
                break
            await asyncio.sleep(0.02)
        assert len(held) == 2, [r.request.url for r in held]
        waited_out = not await capture.wait_quiet(page, settle=0.1, timeout=0.5)
        slow = next(r for r in held if r.request.url.endswith("/slow"))
        await slow.fulfill(status=200, body="{}")
        quiet = await capture.wait_quiet(page, settle=0.1, timeout=60)  # the stream stays open
        await next(r for r in held if r is not slow).abort()
        return int(waited_out) + 2 * int(quiet)

    result, _ = chromium.run_on_page("<!doctype html><p>x</p>", drive)
    assert result == 3
    assert crawler.stats.get_value("browser/quiet_timeout") == 1


def test_a_settle_time_of_0_waits_for_an_open_request_without_spinning(
    chromium: Chromium,
) -> None:
    """settle 0 (`BROWSER_SETTLE_TIME=0`): quiet once no request is open, and while one is,
    the loop is looked at in steps, not spun (a step of 0 held the reactor's core)."""
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=False)
    looks = [0]
    open_on = capture._open_on

    def counted(page: Any) -> int:
        looks[0] += 1
        return open_on(page)

    capture._open_on = counted  # type: ignore[method-assign]

    async def drive(page: Any) -> tuple[bool, int, bool]:
        held: list[Any] = []

        async def hold(route: Any) -> None:
            held.append(route)

        await page.route("http://news.test/**", hold)
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        await page.evaluate("() => { fetch('http://news.test/slow').catch(() => {}); }")
        for _ in range(3000):  # the request reaches the route within 60 s
            if held:
                break
            await asyncio.sleep(0.02)
        assert held
        waited_out = not await capture.wait_quiet(page, settle=0, timeout=0.5)
        spent = looks[0]
        await held[0].fulfill(status=200, body="{}")
        quiet = await capture.wait_quiet(page, settle=0, timeout=60)
        return waited_out, spent, quiet

    (waited_out, spent, quiet), _ = chromium.run_on_page("<!doctype html><p>x</p>", drive)
    assert waited_out and quiet
    assert spent <= 0.5 / 0.005 + 1, spent  # steps of 5 ms at least


# --- scrolling a page through (newsarchive.browser.lazy) ---------------------

# `screens` screens, each with an image a script sets from data-src once it is in view.
LAZY = """<!doctype html><body style="margin:0"><script>
for (let i = 0; i < SCREENS; i++) {
  const gap = document.createElement('div'); gap.style.height = innerHeight + 'px';
  const img = document.createElement('img'); img.dataset.src = 'data:,' + i;
  img.width = 10; img.height = 10; document.body.append(gap, img);
}
const seen = new IntersectionObserver(es => es.forEach(e => {
  if (e.isIntersecting) { e.target.src = e.target.dataset.src; seen.unobserve(e.target); } }));
document.querySelectorAll('img').forEach(img => seen.observe(img));
</script></body>"""
SWAPPED_JS = "() => [...document.images].filter(i => i.getAttribute('src')).length"


async def settle(timeout: float) -> bool:
    await asyncio.sleep(0.05)  # the observer's callback runs at the next frame
    return True


def scrolled(chromium: Chromium, screens: int, config: BrowserConfig) -> tuple[Any, ...]:
    """(steps, images swapped in, scrollY after, and the stats pages, steps, limit_reached)."""
    collector = stats()

    async def main() -> tuple[int, int, int]:
        page = await chromium.browser.new_page()
        try:
            await page.set_content(LAZY.replace("SCREENS", str(screens)))
            steps = await scroll_through(page, config, settle, collector)
            swapped, top = await page.evaluate(f"() => [({SWAPPED_JS})(), scrollY]")
            return steps, swapped, top
        finally:
            await page.close()

    found = chromium.loop.run_until_complete(main())
    keys = ("pages", "steps", "limit_reached")
    return found + tuple(collector.get_value(f"browser/lazy_scroll/{key}") for key in keys)


def test_a_page_is_scrolled_through_to_its_bottom_and_back_to_the_top(chromium: Chromium) -> None:
    # 6 screens and an image under each: 6 steps down, every image seen, back at the top
    assert scrolled(chromium, 6, BrowserConfig()) == (6, 6, 0, 1, 6, None)


def test_scrolling_through_stops_at_its_step_bound_and_says_so(chromium: Chromium) -> None:
    # 2 steps show the images of the first 2 screens (the third is one more screen down)
    assert scrolled(chromium, 6, BrowserConfig(lazy_scroll_steps=2)) == (2, 2, 0, 1, 2, 1)


def test_no_scrolling_through_when_switched_off(chromium: Chromium) -> None:
    assert scrolled(chromium, 6, BrowserConfig(lazy_scroll_steps=0)) == (0, 0, 0, None, None, None)


def test_what_a_page_fetches_after_its_read_is_not_archived(chromium: Chromium) -> None:
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=True)

    async def drive(page: Any) -> int:
        async def answer(route: Any) -> None:
            headers = {"Access-Control-Allow-Origin": "*"}
            await route.fulfill(status=200, body="{}", headers=headers)

        await page.route("http://news.test/**", answer)
        for event, handler in capture.handlers().items():
            page.on(event, handler)
        await page.evaluate("() => fetch('http://news.test/before').then(r => r.text())")
        capture.held = page  # as RenderMiddleware does when it reads the page
        await page.evaluate("() => fetch('http://news.test/after').then(r => r.text())")
        await capture.drain(5)
        return 0

    chromium.run_on_page("<!doctype html><p>x</p>", drive)
    assert crawler.stats.get_value("browser/exchanges") == 1  # /before only
    assert crawler.stats.get_value("browser/exchanges/after_read") == 1


def test_the_session_browser_gone_is_launched_again(chromium: Chromium) -> None:
    """A Chromium that died under an earlier test (closed here, as a crash leaves it: not
    connected) is launched anew for the next one, which then drives its pages as ever."""
    chromium.loop.run_until_complete(chromium.browser.close())
    assert not chromium.browser.is_connected()
    launches = chromium.launches
    again = chromium.relaunched()
    assert again.launches == launches + 1 and again.browser.is_connected()

    async def count(page: Any) -> int:
        return int(await page.evaluate("document.links.length"))

    page = '<!doctype html><a href="/a">a</a><a href="/b">b</a>'
    assert again.run_on_page(page, count) == (2, 2)
