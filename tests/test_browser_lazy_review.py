"""Review of the lazy scroll's address check and hidden state (real Chromium, local pages).

A page whose scroll listener marks the section in view in its address (a scrollspy:
`history.replaceState(null, "", "#part-3")`) keeps its document: the scroll goes on, and
the item, its rendered DOM record and its screenshot are those of the page's address
(not `…#part-3`: the DOM record was named with the fragment and tied to no document).
The scroll's state, under symbols, is not in what a page lists of its window through
`Object.getOwnPropertySymbols`, `Reflect.ownKeys` or `Object.getOwnPropertyDescriptors`
(a plain Chromium window has no own symbol: two were a tell)."""

from __future__ import annotations

import asyncio
import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.lazy import KEYS, WATCHERS_INIT_JS, scroll_through
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

# Five sections; the scroll listener writes the one in view into the address's fragment.
SPY = """<!doctype html><html><head><meta charset=utf-8><title>Sections</title></head>
<body style="margin:0"><h1>Sections</h1>
<section id=part-1 style="height:1500px"><p>One.</p></section>
<section id=part-2 style="height:1500px"><p>Two.</p></section>
<section id=part-3 style="height:1500px"><p>Three.</p></section>
<section id=part-4 style="height:1500px"><p>Four.</p></section>
<script>addEventListener("scroll", () => {
  let shown = "";
  document.querySelectorAll("section").forEach(part => {
    if (part.getBoundingClientRect().top < innerHeight / 2) shown = part.id;
  });
  if (shown && location.hash !== "#" + shown) history.replaceState(null, "", "#" + shown);
});</script></body></html>"""


def _spied(out: Path) -> dict[str, Any]:
    items = out / "items.jsonl"
    with page_origin({"/spy": ("text/html; charset=utf-8", SPY.encode())}, "HTTP/1.1") as origin:
        run = crawl(out, origin, ("/spy",), FEEDS=json.dumps({str(items): {"format": "jsonlines"}}))
    run["origin"] = origin
    run["items"] = [json.loads(line) for line in items.read_text().splitlines()]
    run["resources"] = {}
    for path in run["warcs"]:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "resource":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    concurrent = record.rec_headers.get_header("WARC-Concurrent-To")
                    run["resources"][uri.replace(origin, "")] = concurrent
    return run


def test_a_scrollspys_fragment_is_no_part_of_the_pages_address(spied: dict[str, Any]) -> None:
    """The page's address as read was `/spy#part-N` (the section in view at the read): the
    item's URL, and the DOM record named `urn:dom:/spy#part-N`, tied to no document."""
    stats = spied["stats"]
    assert stats["browser/lazy_scroll/steps"] >= 3  # scrolled through, the spy's hash set
    assert "browser/lazy_scroll/stopped_moved" not in stats
    assert "browser/lazy_scroll/stopped_left" not in stats
    assert [item["url"] for item in spied["items"]] == [spied["origin"] + "/spy"]
    assert set(spied["resources"]) == {"urn:dom:/spy", "urn:screenshot:/spy"}
    assert all(spied["resources"].values())  # each tied to the document's record


@pytest.fixture
def browser(chromium: Chromium) -> tuple[asyncio.AbstractEventLoop, Any]:
    """The session's Chromium and the loop it is driven from."""
    return chromium.loop, chromium.browser


async def _settle(timeout: float) -> bool:
    await asyncio.sleep(0.05)
    return True


# Two screens, a debounced scroll listener, and a frame of the same origin.
SHORT = """<!doctype html><body style="margin:0"><div style="height:1700px">a story</div>
<iframe src="/frame" width=100 height=50></iframe>
<script>let rest; addEventListener("scroll", () => {
  clearTimeout(rest); rest = setTimeout(() => { document.title = "rested"; }, 50);
});</script>"""
# What a page's scripts list of a window's own keys (a bot check), by each way there is.
LISTED = """(win) => {
  win = win || window;
  const described = Object.getOwnPropertyDescriptors(win);
  return {
    symbols: Object.getOwnPropertySymbols(win).map(String),
    own: Reflect.ownKeys(win).filter(key => typeof key === "symbol").map(String),
    described: Object.getOwnPropertySymbols(described).length
      + Reflect.ownKeys(described).filter(key => typeof key === "symbol").length,
    count: Reflect.ownKeys(win).length,
    natives: [Object.getOwnPropertySymbols, Reflect.ownKeys, Object.getOwnPropertyDescriptors]
      .map(f => Function.prototype.toString.call(f).endsWith("{ [native code] }")
        && !("prototype" in f)),
  };
}"""


def test_the_scrolls_symbols_are_not_listed_with_the_windows_keys(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """A plain page's window has no own symbol; with the init script and during the scroll it
    had two (`Symbol(<random key>)`), by every way a script lists keys, and through a frame's
    own `Object` too. Now none, the functions read as native, and the scroll reads its state
    (its debounce waited for)."""
    loop, launched = browser

    async def main() -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for name, init in (("plain", None), ("watched", WATCHERS_INIT_JS)):
            page = await launched.new_page()
            try:
                if init:
                    await page.add_init_script(init)
                await page.route(
                    "http://news.test/**",
                    lambda route: route.fulfill(
                        body=SHORT if route.request.url.endswith("/story") else "<p>frame",
                        content_type="text/html",
                    ),
                )
                await page.goto("http://news.test/story")
                seen[name] = await page.evaluate(LISTED)
                seen[name + "-from-frame"] = await page.frames[1].evaluate(
                    "() => (" + LISTED + ")(window.parent)"
                )
                if init:
                    collector = MemoryStatsCollector(get_crawler())
                    # during the scroll (WATCH_JS's state there too)
                    steps = await scroll_through(page, BrowserConfig(), _settle, collector)
                    seen["steps"] = steps
                    seen["timers_waited"] = collector.get_value("browser/lazy_scroll/timers_waited")
                    seen["state"] = await page.evaluate(
                        "() => Boolean(window[" + KEYS["$WATCHERS"] + "])"
                    )
            finally:
                await page.close()
        return seen

    seen = loop.run_until_complete(main())
    plain = seen["plain"]
    assert plain["symbols"] == [] and plain["own"] == [] and plain["described"] == 0
    for name in ("watched", "watched-from-frame"):
        assert seen[name]["symbols"] == [], name
        assert seen[name]["own"] == [], name
        assert seen[name]["described"] == 0, name
        assert seen[name]["count"] == seen[name.replace("watched", "plain")]["count"], name
        assert seen[name]["natives"] == [True, True, True], name
    assert seen["steps"] >= 1 and seen["timers_waited"] == seen["steps"]
    assert seen["state"] is True


# A page of clocks: a 10 ms one, 300 one-second "posted N s ago" tickers, an interval given
# as a string, and one given arguments that clears itself at its third run.
CLOCKS = (
    """<!doctype html><body style="margin:0"><h1 id=clock>0</h1>
<div style="height:6000px">"""
    + "".join(f"<p id=t{n}>posted</p>" for n in range(300))
    + """</div>
<script>let y = 0; addEventListener("scroll", () => { y = scrollY; });
let ticks = 0, runs = [];
setInterval(() => { document.getElementById("clock").textContent = Date.now(); }, 10);
for (let n = 0; n < 300; n++) {
  setInterval(() => { document.getElementById("t" + n).textContent = "posted " + n; }, 1000);
}
setInterval("ticks += 1", 30);
const own = setInterval(function (a, b) {
  "use strict";
  runs.push([this === window, a, b]);
  if (runs.length === 3) clearInterval(own);
}, 20, "A", "B");
</script>"""
)
ASKED = "() => ({ticks, runs, clock: document.getElementById('clock').textContent !== '0'})"


def test_a_page_of_clocks_is_scrolled_through_and_its_intervals_behave(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """Each step waits for the next tick of each interval of up to 1 s; clocks that load
    nothing are learnt idle, the scroll gets to its bottom; an interval given as a string
    runs, one given arguments gets them and `this`, and one cleared in its own callback runs
    no more (nor is its tick waited for: no step left unfinished by it)."""
    loop, launched = browser

    async def main() -> tuple[int, dict[str, Any], MemoryStatsCollector]:
        page = await launched.new_page()
        try:
            await page.add_init_script(WATCHERS_INIT_JS)
            await page.route(
                "http://news.test/**",
                lambda route: route.fulfill(body=CLOCKS, content_type="text/html"),
            )
            await page.goto("http://news.test/story")
            await page.wait_for_function("() => runs.length === 3")
            collector = MemoryStatsCollector(get_crawler())
            steps = await scroll_through(page, BrowserConfig(), _settle, collector)
            return steps, await page.evaluate(ASKED), collector
        finally:
            await page.close()

    steps, asked, collector = loop.run_until_complete(main())
    assert steps >= 7  # 6,000 px in 720 px steps
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None
    assert collector.get_value("browser/lazy_scroll/timers_idle") >= 1
    assert asked["ticks"] > 0 and asked["clock"]
    assert asked["runs"] == [[True, "A", "B"]] * 3


# A 900 ms debounce that loads the comments once their box, a plain <div> far down, is in
# view, and does nothing at the other runs (no picture waits in view there either).
COMMENTS = f"""<!doctype html><html><head><meta charset=utf-8><title>Comments</title></head>
<body style="margin:0"><h1>Comments</h1>{GAP * 4}<div id=comments>Comments</div>{GAP * 2}
<script>
let rest, loaded = false;
function seen() {{
  const box = document.getElementById("comments").getBoundingClientRect();
  if (!loaded && box.top < innerHeight && box.bottom > 0) {{ loaded = true; fetch("/comments"); }}
}}
addEventListener("scroll", () => {{ clearTimeout(rest); rest = setTimeout(seen, 900); }});
</script></body></html>"""


def _commented(out: Path) -> dict[str, Any]:
    served = {
        "/comments-page": ("text/html; charset=utf-8", COMMENTS.encode()),
        "/comments": ("application/json", b'["a comment"]'),
    }
    with page_origin(served, "HTTP/1.1") as origin:
        # the step's wait for its timers bounded by BROWSER_ACTION_TIMEOUT alone (as
        # lazy_timers' sparse, polled and counted rows)
        return crawl(out, origin, ("/comments-page",), BROWSER_LAZY_SCROLL_TIME="150")


def test_a_debounce_that_loads_only_where_its_box_is_seen_is_waited_for(
    commented: dict[str, Any],
) -> None:
    """Its first runs loaded nothing (the box not yet in view): taken for idle at the third
    step, it was no longer waited for, and nothing in view looked like a picture waiting;
    the next step's scroll cleared it before it saw the box: /comments never fetched."""
    assert commented["responses"].get("/comments") == b'["a comment"]'
    stats = commented["stats"]
    assert stats["browser/lazy_scroll/steps"] >= 5
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]


# Far down a long page, two images swapped in by a 500 ms poll ("scrolled since the last
# tick?"): its ticks at the first steps load nothing, and it is the one that loads them.
SPARSE_POLLED = f"""<!doctype html><html><head><meta charset=utf-8><title>Sparse</title></head>
<body style="margin:0"><h1>Sparse</h1>{GAP * 4}
{"".join(f'{GAP}<img class=later data-src="/img/q{n}.png" width=40 height=20>' for n in range(2))}
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
SPARSE_POLLED_IMAGES = {f"/img/q{n}.png": assets.png(40, 20, 120 + n) for n in range(2)}


def _polled(out: Path) -> dict[str, Any]:
    served = {
        "/sparse-polled": ("text/html; charset=utf-8", SPARSE_POLLED.encode()),
        **{path: ("image/png", body) for path, body in SPARSE_POLLED_IMAGES.items()},
    }
    with page_origin(served, "HTTP/1.1") as origin:
        return crawl(out, origin, ("/sparse-polled",), BROWSER_LAZY_SCROLL_TIME="150")


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The module's three crawls, side by side (each of its own origin and folder)."""
    made = {"spied": _spied, "commented": _commented, "polled": _polled}
    return side_by_side(
        {name: partial(make, tmp_path_factory.mktemp(name)) for name, make in made.items()}
    )


@pytest.fixture
def spied(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["spied"]


@pytest.fixture
def commented(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["commented"]


@pytest.fixture
def polled(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["polled"]


def test_a_poll_learnt_idle_is_waited_for_where_a_picture_waits_in_view(
    polled: dict[str, Any],
) -> None:
    """The poll's ticks loaded nothing at the first steps: learnt idle (its tick left running),
    and waited for again where an image without its source is in view: both archived."""
    stats = polled["stats"]
    assert stats["browser/lazy_scroll/timers_idle"] >= 1
    for path, body in SPARSE_POLLED_IMAGES.items():
        assert polled["responses"].get(path) == body, path
    assert "browser/lazy_scroll/limit_reached" not in stats
