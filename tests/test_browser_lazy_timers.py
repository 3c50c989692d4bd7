"""The lazy scroll's wait for a scroll listener's timers, on pages whose scripts set many
(real Chromium; newsarchive.browser.lazy, WATCHERS_INIT_JS).

A news page's ad and analytics scripts keep setting short timers (a frame loop for a sticky
header, a carousel's chain, a viewability check each scroll starts): only those a scroll
event set are the step's, and waiting for them all at every step would leave a long page
at BROWSER_LAZY_SCROLL_TIME before its bottom, so they get at most half a step's share of
the time left. The functions put in place of the page's setTimeout and
requestAnimationFrame behave, and look, as the browser's: a page archived does what it did
unwatched."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

import pytest
from playwright.async_api import Error as PlaywrightError
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.lazy import KEYS, WATCH_JS, WATCHERS_INIT_JS, scroll_through
from newsarchive.demo import assets
from tests.plugins.chromium import Chromium
from tests.plugins.crawling import side_by_side
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_lazy import GAP, crawl

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# A long news page (about 10 steps) busy with timers: a frame loop keeping its header stuck,
# a carousel turning every 700 ms, images swapped in view by a throttled scroll handler, and
# an ad's viewability check each scroll starts, looking at its slot every 900 ms four times
# (3.6 s a step, were it waited out: 36 s, past the 30 s the scroll may take).
BUSY = f"""<!doctype html><html><head><meta charset=utf-8><title>Busy</title></head>
<body style="margin:0"><header id=top style="position:sticky;top:0">Busy news</header>
{"".join(f'{GAP}<img class=later data-src="/img/b{n}.png" width=40 height=20>' for n in range(5))}
<p id=end>The end.</p>
<script>
(function frame() {{
  document.getElementById("top").classList.toggle("stuck", scrollY > 40);
  requestAnimationFrame(frame);
}})();
let slide = 0;
(function turn() {{ slide = (slide + 1) % 5; setTimeout(turn, 700); }})();
function swap() {{
  document.querySelectorAll("img.later").forEach(img => {{
    const box = img.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0 && !img.src) img.src = img.dataset.src;
  }});
}}
function throttle(call, wait) {{
  let last = 0, timer = null;
  return () => {{
    const now = Date.now();
    clearTimeout(timer);
    if (now - last >= wait) {{ last = now; call(); }}
    else timer = setTimeout(() => {{ last = Date.now(); call(); }}, wait - (now - last));
  }};
}}
addEventListener("scroll", throttle(swap, 100));
addEventListener("scroll", () => {{
  let checks = 0;
  (function check() {{ checks += 1; if (checks < 5) setTimeout(check, 900); }})();
}});
</script></body></html>"""
BUSY_IMAGES = {f"/img/b{n}.png": assets.png(40, 20, 70 + n) for n in range(5)}
# Far down a long page, two images swapped in by a 900 ms debounce: its runs at the first
# steps load nothing (no image in view yet), and it is the one that loads them later.
SPARSE = f"""<!doctype html><html><head><meta charset=utf-8><title>Sparse</title></head>
<body style="margin:0"><h1>Sparse</h1>{GAP * 4}
{"".join(f'{GAP}<img class=later data-src="/img/s{n}.png" width=40 height=20>' for n in range(2))}
<script>
function swap() {{
  document.querySelectorAll("img.later").forEach(img => {{
    const box = img.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0 && !img.src) img.src = img.dataset.src;
  }});
}}
let rest;
addEventListener("scroll", () => {{ clearTimeout(rest); rest = setTimeout(swap, 900); }});
</script></body></html>"""
SPARSE_IMAGES = {f"/img/s{n}.png": assets.png(40, 20, 90 + n) for n in range(2)}
# A 900 ms debounce that counts each view (a fetch every run: its runs start requests) and
# loads the comments once their box, a plain <div>, is in view: no picture waits there.
COUNTED = f"""<!doctype html><html><head><meta charset=utf-8><title>Counted</title></head>
<body style="margin:0"><h1>Counted</h1>{GAP * 3}<div id=comments>Comments</div>{GAP * 3}
<script>
let rest, loaded = false;
function seen() {{
  fetch("/seen");
  const box = document.getElementById("comments").getBoundingClientRect();
  if (!loaded && box.top < innerHeight && box.bottom > 0) {{ loaded = true; fetch("/comments"); }}
}}
addEventListener("scroll", () => {{ clearTimeout(rest); rest = setTimeout(seen, 900); }});
</script></body></html>"""
# Images swapped in by a throttle that polls every 500 ms whether the page was scrolled
# since its last tick (a setInterval the page set at load: no timer of a scroll event's)
POLLED = f"""<!doctype html><html><head><meta charset=utf-8><title>Polled</title></head>
<body style="margin:0"><h1>Polled</h1>
{"".join(f'{GAP}<img class=later data-src="/img/p{n}.png" width=40 height=20>' for n in range(4))}
<script>
function swap() {{
  document.querySelectorAll("img.later").forEach(img => {{
    const box = img.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0 && !img.src) img.src = img.dataset.src;
  }});
}}
let moved = false;
addEventListener("scroll", () => {{ moved = true; }});
setInterval(() => {{ if (moved) {{ moved = false; swap(); }} }}, 500);
</script></body></html>"""
POLLED_IMAGES = {f"/img/p{n}.png": assets.png(40, 20, 95 + n) for n in range(4)}

# What the page sees of the browser's functions, and what they do, reported by fetching
# /ok/NAME (or /bad/NAME): at load, and from the first scroll event (its timers watched).
NATIVE = [
    ("set-timeout", "setTimeout"),
    ("clear-timeout", "clearTimeout"),
    ("set-interval", "setInterval"),
    ("clear-interval", "clearInterval"),
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
  && setInterval.name === "setInterval" && setInterval.length === 1
  && clearTimeout.length === 0 && requestAnimationFrame.name === "requestAnimationFrame");
report("not-constructor", !("prototype" in setTimeout) && !("prototype" in clearTimeout)
  && !("prototype" in setInterval));
const tick = setInterval(function (a) {{
  "use strict";
  clearInterval(tick);
  report("interval-this-args", this === window && a === "A");
}}, 20, "A");
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
  report("native-across-frames", [
    frames[0].Function.prototype.toString.call(setTimeout),
    Function.prototype.toString.call(frames[0].setTimeout),
  ].every(text => text === "function setTimeout() {{ [native code] }}"));
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
    "/ok/interval-this-args",
    "/ok/timeout-id",
    "/ok/timeout-string",
    "/ok/frame-window-timer",
    "/ok/native-across-frames",
    "/ok/own-set-timeout",
    "/ok/worker-timer",
}

PAGES = {
    "/busy": ("text/html; charset=utf-8", BUSY.encode()),
    "/faithful": ("text/html; charset=utf-8", FAITHFUL.encode()),
    "/sparse": ("text/html; charset=utf-8", SPARSE.encode()),
    "/polled": ("text/html; charset=utf-8", POLLED.encode()),
    "/counted": ("text/html; charset=utf-8", COUNTED.encode()),
    "/seen": ("text/plain", b"seen"),
    "/comments": ("application/json", b'["a comment"]'),
    **{path: ("image/png", body) for path, body in BUSY_IMAGES.items()},
    **{path: ("image/png", body) for path, body in SPARSE_IMAGES.items()},
    **{path: ("image/png", body) for path, body in POLLED_IMAGES.items()},
    **{path: ("text/plain", path.encode()) for path in FAITHFUL_OK},  # one body each: no revisits
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        jobs = {
            name: partial(crawl, tmp_path_factory.mktemp(name), origin, (f"/{name}",))
            for name in ("busy", "faithful")
        }
        # the time a step may wait for its timers (half its share of the scroll's time) is
        # past the 900 ms debounce and the 500 ms poll however late they run on a loaded
        # machine: capped by BROWSER_ACTION_TIMEOUT (5 s) alone
        for name in ("sparse", "polled", "counted"):
            folder = tmp_path_factory.mktemp(name)
            jobs[name] = partial(
                crawl, folder, origin, (f"/{name}",), BROWSER_LAZY_SCROLL_TIME="150"
            )
        return side_by_side(jobs)


def test_a_page_busy_with_timers_is_still_scrolled_to_its_bottom(
    runs: dict[str, dict[str, Any]],
) -> None:
    """Its viewability checks would take 3.6 s a step: waited out, the 30 s of the scroll
    ran out 8 or 9 steps down (images b4, and b3, never swapped in). Half a step's share of
    the time left, at most, for its timers: it gets to its bottom."""
    run = runs["busy"]
    stats = run["stats"]
    assert stats["browser/lazy_scroll/pages"] == 1
    assert "browser/lazy_scroll/limit_reached" not in stats
    for path, body in BUSY_IMAGES.items():
        assert run["responses"].get(path) == body, path
    # the checks set at each step are waited for, and are not all run by the step's end
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]
    assert stats["browser/lazy_scroll/timers_unfinished"] >= 1


def test_timers_that_loaded_nothing_are_left_running_where_nothing_waits_in_view(
    runs: dict[str, dict[str, Any]],
) -> None:
    """The viewability check loaded nothing at the steps it ran at: from then on it is not
    waited for (before, each step waited 0.9 s for each of its turns, at most half a step's
    share of the time: the crawl of /busy 31 s, now 13 s). The debounce of /sparse loaded
    nothing at its first steps either, and it is the one that swaps the images in when they
    come into view: set by the scroll event itself, it is waited for at every step (a poll
    learnt idle is waited for again where a picture waits in view: lazy_review)."""
    busy = runs["busy"]["stats"]
    assert busy["browser/lazy_scroll/timers_idle"] >= 1
    run = runs["sparse"]
    stats = run["stats"]
    # a debounce (set by the scroll event itself) is waited for at every step, idle or not
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]
    for path, body in SPARSE_IMAGES.items():
        assert run["responses"].get(path) == body, path
    assert "browser/lazy_scroll/limit_reached" not in stats


def test_timers_whose_runs_started_requests_are_waited_for(
    runs: dict[str, dict[str, Any]],
) -> None:
    """The debounce changes nothing in the document, but each run fetches: not idle, it is
    waited for at every step, and the comments it loads where their box is seen are
    fetched (taken for idle, the next step's scroll cleared it before it saw them)."""
    run = runs["counted"]
    assert run["responses"].get("/comments") == b'["a comment"]'
    stats = run["stats"]
    assert "browser/lazy_scroll/timers_idle" not in stats
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]


def test_a_throttle_that_polls_for_the_scroll_is_waited_for(
    runs: dict[str, dict[str, Any]],
) -> None:
    """Its tick comes up to 500 ms after the step; the step waited only for the timers its
    scroll events set, and then for 0.2 s of quiet: it went on before the tick, and every
    image was swapped in, if ever, out of view (none of the 4 archived). The next tick of
    each short interval after the step is waited for."""
    run = runs["polled"]
    for path, body in POLLED_IMAGES.items():
        assert run["responses"].get(path) == body, path
    stats = run["stats"]
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]
    assert "browser/lazy_scroll/limit_reached" not in stats


def test_the_page_sees_and_gets_the_browsers_own_timers(runs: dict[str, dict[str, Any]]) -> None:
    """setTimeout, requestAnimationFrame (and the rest put in place of the browser's) read as
    native code (through a same-origin frame's toString too), keep their name, length and
    shape, call back with the `this` and arguments the browser gives, return their ids; what
    the page cleared is neither run nor waited for; a frame's, a worker's and a page's own
    setTimeout work as ever."""
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
# a long one whose scroll listener sets no timer, and whose scripts run for ever: a sticky
# header's frame loop, a carousel turning every 700 ms
CAROUSEL = """<!doctype html><body style="margin:0"><div style="height:6000px">a story</div>
<script>let y = 0; addEventListener("scroll", () => { y = scrollY; });
(function frame() { requestAnimationFrame(frame); })();
let slide = 0; (function turn() { slide += 1; setTimeout(turn, 700); })();</script>"""
# one whose debounce takes the reader to another page
LEAVING = SHORT.replace('document.title = "rested"', 'location.href = "/next"')


async def _settle(timeout: float) -> bool:
    await asyncio.sleep(0.05)
    return True


@pytest.fixture
def browser(chromium: Chromium) -> tuple[asyncio.AbstractEventLoop, Any]:
    """The session's Chromium and the loop it is driven from."""
    return chromium.loop, chromium.browser


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
            try:
                armed = await page.evaluate(
                    "() => { const state = window[" + KEYS["$WATCHERS"] + "];"
                    " return state ? state.armed : 'no state'; }"
                )
            except PlaywrightError:  # the page left meanwhile (LEAVING: its timer navigates)
                armed = "navigated"
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
    """The scroll ends without error and without running out its time. How many steps it took
    depends on when the browser commits the navigation the timer started (one, or more on a
    loaded machine where the old document is still there for the next step)."""
    steps, _, collector = scrolled(browser, LEAVING)
    assert steps >= 1
    assert collector.get_value("browser/lazy_scroll/pages") == 1
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None


def test_what_a_page_runs_for_ever_is_not_waited_for_as_the_scrolls(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """Only timers a scroll event set (and what they set) are the step's: the header's frame
    loop, which set its next frame while each step was watched, was waited for (and counted)
    at every step."""
    steps, _, collector = scrolled(browser, CAROUSEL)
    assert steps >= 7  # 6,000 px in 720 px steps
    assert collector.get_value("browser/lazy_scroll/steps_waited") == steps
    assert collector.get_value("browser/lazy_scroll/timers_waited") is None
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None


# What a bot check lists of the window: its own properties' names, those for-in and
# Object.keys walk, and its symbols.
SEEN_OF_WINDOW = """() => {
  const walked = [];
  for (const name in window) walked.push(name);
  return {names: Object.getOwnPropertyNames(window).sort(), walked: walked.sort(),
          keys: Object.keys(window).sort(),
          symbols: Object.getOwnPropertySymbols(window).map(String)};
}"""


def test_the_scrolls_state_is_out_of_the_pages_sight(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """The watchers' state (`window.__newsarchiveWatchers`) and what the scroll saw added
    (`__newsarchiveAdded`) were properties a page's scripts listed: the window, as the page
    lists it, is the same with the init script and during the scroll as without (its
    symbols, under random keys, unlisted too); the scroll still reads its state."""
    loop, launched = browser

    async def main() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any], int]:
        plain = await launched.new_page()
        watched = await launched.new_page()
        try:
            await watched.add_init_script(WATCHERS_INIT_JS)
            for page in (plain, watched):
                await page.route(
                    "http://news.test/**",
                    lambda route: route.fulfill(body=SHORT, content_type="text/html"),
                )
                await page.goto("http://news.test/story")
            alone = await plain.evaluate(SEEN_OF_WINDOW)
            loaded = await watched.evaluate(SEEN_OF_WINDOW)
            await watched.evaluate(WATCH_JS)  # as during the scroll
            scrolling = await watched.evaluate(SEEN_OF_WINDOW)
            collector = MemoryStatsCollector(get_crawler())
            steps = await scroll_through(watched, BrowserConfig(), _settle, collector)
            assert collector.get_value("browser/lazy_scroll/timers_waited") == steps
            return alone, loaded, scrolling, steps
        finally:
            await plain.close()
            await watched.close()

    alone, loaded, scrolling, steps = loop.run_until_complete(main())
    assert steps >= 1
    assert alone["symbols"] == []
    for seen in (loaded, scrolling):
        assert {key: seen[key] for key in ("names", "walked", "keys")} == {
            key: alone[key] for key in ("names", "walked", "keys")
        }
        assert seen["symbols"] == []  # not even under their random keys
