"""The lazy scroll's wait for a scroll listener's timers, on pages whose scripts set many
(real Chromium; newsarchive.browser.lazy, WATCHERS_INIT_JS).

A news page's ad and analytics scripts keep setting short timers (a frame loop for a sticky
header, a carousel's chain, a viewability check each scroll starts): waiting for them all
at every step would leave a long page at BROWSER_LAZY_SCROLL_TIME before its bottom, so the
timers get at most half a step's share of the time left. The functions put in place of
the page's setTimeout and requestAnimationFrame behave, and look, as the browser's: a page
archived does what it did unwatched.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.lazy import WATCHERS_INIT_JS, scroll_through
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_lazy import GAP, crawl

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# What the page sees of the browser's functions, and what they do, reported by fetching
# /ok/NAME (or /bad/NAME): at load, and from the first scroll event (its timers watched).
NATIVE = [
    ("set-timeout", "setTimeout"),
    ("clear-timeout", "clearTimeout"),
    ("frame", "requestAnimationFrame"),
    ("cancel-frame", "cancelAnimationFrame"),
    ("idle", "requestIdleCallback"),
    ("listen", "EventTarget.prototype.addEventListener"),
    ("observe", "IntersectionObserver.prototype.observe"),
    ("to-string", "Function.prototype.toString"),
]
CHECKS_AT_LOAD = "\n".join(
    f'report("native-{name}", Function.prototype.toString.call({path}) === '
    f'"function {path.rsplit(".", 1)[-1]}() {{ [native code] }}");'
    for name, path in NATIVE
)
FAITHFUL = f"""<!doctype html><html><head><meta charset=utf-8><title>Faithful</title></head>
<body style="margin:0"><h1>Faithful</h1>{GAP}{GAP}
<iframe srcdoc="<p>a frame</p>" width=100 height=50></iframe>
<script>
function report(name, ok) {{ fetch((ok ? "/ok/" : "/bad/") + name); }}
{CHECKS_AT_LOAD}
report("name-length", setTimeout.name === "setTimeout" && setTimeout.length === 1
  && clearTimeout.length === 0 && requestAnimationFrame.name === "requestAnimationFrame");
report("not-constructor", !("prototype" in setTimeout) && !("prototype" in clearTimeout));
let once = false;
addEventListener("scroll", () => {{
  if (once) return;
  once = true;
  requestAnimationFrame(function () {{ "use strict"; report("frame-this", this === undefined); }});
  requestIdleCallback(function () {{ "use strict"; report("idle-this", this === undefined); }});
  const id = setTimeout(function (a, b) {{
    "use strict";
    report("timeout-this-args", this === window && a === "A" && b === "B");
  }}, 20, "A", "B");
  report("timeout-id", typeof id === "number" && id > 0);
  setTimeout("report('timeout-string', true)", 20);
  clearTimeout(setTimeout(() => report("cleared", false), 100));
  cancelAnimationFrame(requestAnimationFrame(() => report("cancelled", false)));
  frames[0].setTimeout(() => report("frame-window-timer", true), 20);
  const own = window.setTimeout;  // a page's own setTimeout over the one it found
  window.setTimeout = (call, ms, ...rest) => own(call, ms, ...rest);
  setTimeout(() => report("own-set-timeout", true), 20);
  window.setTimeout = own;
  const worker = new Worker(URL.createObjectURL(new Blob(
    ["setTimeout(() => postMessage('late'), 20)"], {{type: "text/javascript"}})));
  worker.onmessage = event => report("worker-timer", event.data === "late");
}});
</script></body></html>"""
FAITHFUL_OK = {
    *(f"/ok/native-{name}" for name, _ in NATIVE),
    "/ok/name-length",
    "/ok/not-constructor",
    "/ok/frame-this",
    "/ok/idle-this",
    "/ok/timeout-this-args",
    "/ok/timeout-id",
    "/ok/timeout-string",
    "/ok/frame-window-timer",
    "/ok/own-set-timeout",
    "/ok/worker-timer",
}

PAGES = {
    "/faithful": ("text/html; charset=utf-8", FAITHFUL.encode()),
    **{path: ("text/plain", path.encode()) for path in FAITHFUL_OK},  # one body each: no revisits
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        return {
            "faithful": crawl(tmp_path_factory.mktemp("faithful"), origin, ("/faithful",)),
        }


def test_the_page_sees_and_gets_the_browsers_own_timers(runs: dict[str, dict[str, Any]]) -> None:
    """setTimeout, requestAnimationFrame (and the rest put in place of the browser's) read as
    native code, keep their name, length and shape, call back with the `this` and arguments
    the browser gives, return their ids; what the page cleared is neither run nor waited for;
    a frame's, a worker's and a page's own setTimeout work as ever."""
    run = runs["faithful"]
    reported = {path for path in run["responses"] if path.startswith(("/ok/", "/bad/"))}
    assert reported == FAITHFUL_OK
    stats = run["stats"]
    assert stats["browser/lazy_scroll/timers_waited"] >= 1
    assert "browser/lazy_scroll/timers_unfinished" not in stats


# --- driven directly: the page's state once the scroll ended --------------------------

# two screens and a scroll listener with a debounce (the scroll waits for its timers)
SHORT = """<!doctype html><body style="margin:0"><div style="height:1700px">a story</div>
<script>let rest; addEventListener("scroll", () => {
  clearTimeout(rest); rest = setTimeout(() => { document.title = "rested"; }, 50);
});</script>"""
# one whose debounce takes the reader to another page
LEAVING = SHORT.replace('document.title = "rested"', 'location.href = "/next"')


async def _settle(timeout: float) -> bool:
    await asyncio.sleep(0.05)
    return True


@pytest.fixture(scope="module")
def browser() -> Iterator[tuple[asyncio.AbstractEventLoop, Any]]:
    from playwright.async_api import async_playwright

    loop = asyncio.new_event_loop()
    manager = async_playwright()
    playwright = loop.run_until_complete(manager.start())
    launched = loop.run_until_complete(playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS))
    try:
        yield loop, launched
    finally:
        loop.run_until_complete(launched.close())
        loop.run_until_complete(playwright.stop())
        loop.close()


def scrolled(
    browser: tuple[asyncio.AbstractEventLoop, Any], html: str
) -> tuple[int, Any, MemoryStatsCollector]:
    """(steps, the watchers' state `armed` after the scroll, the stats) of `html` served at
    http://news.test/ (Playwright's routing) with the init script the crawler adds."""
    loop, launched = browser
    collector = MemoryStatsCollector(get_crawler())

    async def main() -> tuple[int, Any]:
        page = await launched.new_page()
        try:
            await page.add_init_script(WATCHERS_INIT_JS)
            await page.route(
                "http://news.test/**",
                lambda route: route.fulfill(body=html, content_type="text/html"),
            )
            await page.goto("http://news.test/story")
            steps = await scroll_through(page, BrowserConfig(), _settle, collector)
            armed = await page.evaluate(
                "() => { const state = window.__newsarchiveWatchers;"
                " return state ? state.armed : 'no state'; }"
            )
            return steps, armed
        finally:
            await page.close()

    steps, armed = loop.run_until_complete(main())
    return steps, armed, collector


def test_the_timers_are_not_watched_once_the_scroll_is_at_its_bottom(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """The step that finds the bottom does not arm the watch (no wait would disarm it):
    the page's timers after the scroll are its own."""
    steps, armed, collector = scrolled(browser, SHORT)
    assert steps >= 1
    assert armed is False
    assert collector.get_value("browser/lazy_scroll/timers_waited") == steps
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None


def test_a_page_that_navigates_while_its_timers_are_waited_for_ends_the_scroll(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    steps, _, collector = scrolled(browser, LEAVING)
    assert steps == 1
    assert collector.get_value("browser/lazy_scroll/pages") == 1
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None
