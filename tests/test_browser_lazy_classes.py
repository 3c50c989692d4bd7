"""The lazy scroll's judgement of classes and lazy attributes (real Chromium, pages routed by
Playwright; newsarchive.browser.lazy, WATCHERS_INIT_JS).

A live ticker's blinking dot (a setInterval flipping a class every second) was taken to load
something at each tick (a class may set a background): never idle, its tick was waited for at
every step of the scroll, up to 1 s a step. A class or style change now loads only where it
gives an element a background the page never fetched. And the check for "something in view
waits to be loaded" (where idle timers are waited for again) missed what a general
lazy-loader does with no `data-src`: an element a class would give a background (a style
sheet's `.hero.in-view`), and `data-echo`-style attributes."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.browser.config import BrowserConfig
from newsarchive.browser.lazy import KEYS, WATCHERS_INIT_JS, scroll_through
from newsarchive.demo import assets
from tests.plugins.chromium import Chromium
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PNG = assets.png(8, 8, 7)
STATE = "window[" + KEYS["$WATCHERS"] + "]"


@pytest.fixture
def browser(chromium: Chromium) -> tuple[asyncio.AbstractEventLoop, Any]:
    """The session's Chromium and the loop it is driven from."""
    return chromium.loop, chromium.browser


async def _settle(timeout: float) -> bool:
    await asyncio.sleep(0.05)
    return True


async def _open(launched: Any, html: str, fetched: list[str]) -> Any:
    """A page at http://news.test/story with the crawler's init script; its images served
    (one PNG) and their paths put in `fetched`."""
    page = await launched.new_page()
    await page.add_init_script(WATCHERS_INIT_JS)

    async def serve(route: Any) -> None:
        path = "/" + route.request.url.split("/", 3)[3]
        if path.startswith("/img/"):
            fetched.append(path)
            await route.fulfill(body=PNG, content_type="image/png")
        else:
            await route.fulfill(body=html, content_type="text/html")

    await page.route("http://news.test/**", serve)
    await page.goto("http://news.test/story", wait_until="load")
    return page


def scrolled(
    browser: tuple[asyncio.AbstractEventLoop, Any], html: str, ready: str
) -> tuple[int, MemoryStatsCollector, list[str], Any]:
    """(steps, stats, images fetched, `ready`'s value at the end) once `html` is scrolled
    through; the scroll starts once `ready` (a page expression) is true."""
    loop, launched = browser
    collector = MemoryStatsCollector(get_crawler())
    fetched: list[str] = []

    async def main() -> tuple[int, Any]:
        page = await _open(launched, html, fetched)
        try:
            await page.wait_for_function(ready)
            steps = await scroll_through(page, BrowserConfig(), _settle, collector)
            return steps, await page.evaluate(ready)
        finally:
            await page.close()

    steps, seen = loop.run_until_complete(main())
    return steps, collector, fetched, seen


GAP = "<div style='height:1500px'><p>More of the story.</p></div>"
# A long live page whose scroll listener sets no timer, with a clock: each second it flips the
# "on" class of a dot (a colour, no picture). `BLINKS` counts its ticks.
BLINKING = f"""<!doctype html><html><head><meta charset=utf-8><title>Live</title><style>
.dot {{ width: 8px; height: 8px; background: #888; }} .dot.on {{ background: #e00; }}
</style></head><body style="margin:0"><div class=dot id=dot></div><h1>Live</h1>
{GAP * 6}<p>The end.</p>
<script>
let y = 0, blinks = 0;
addEventListener("scroll", () => {{ y = scrollY; }});
setInterval(() => {{ document.getElementById("dot").classList.toggle("on"); blinks += 1; }},
  1000);
</script></body></html>"""
# The same page, its clock showing at each tick a picture it never showed before (a class
# per slide, each with a background of its own): it loads at every tick.
SLIDES = 40
SLIDING = BLINKING.replace(
    ".dot.on { background: #e00; }",
    "".join(f".dot.s{n} {{ background-image: url(/img/s{n}.png); }}" for n in range(SLIDES)),
).replace(
    'document.getElementById("dot").classList.toggle("on");',
    'document.getElementById("dot").className = "dot s" + (blinks % ' + str(SLIDES) + ");",
)


def test_a_clock_flipping_a_class_is_learnt_idle(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """Its ticks changed a class, and loaded nothing: from its third step on the clock is left
    running (`timers_idle`), where each step waited for its next tick, up to 1 s (a class
    was taken to load something, whatever it set)."""
    steps, collector, _, blinks = scrolled(browser, BLINKING, "blinks >= 1 && blinks")
    assert steps >= 9  # 9,000 px in 720 px steps
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None
    # its tick waited for at each step (the page's only short interval)
    assert collector.get_value("browser/lazy_scroll/timers_waited") == steps
    assert collector.get_value("browser/lazy_scroll/timers_idle") >= 1
    assert blinks >= 1


def test_a_clock_showing_new_pictures_is_not_idle(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """The same clock setting a class that shows a picture the page never fetched loads at
    each tick: it is waited for at every step, never left running as idle."""
    steps, collector, fetched, _ = scrolled(browser, SLIDING, "blinks >= 1")
    assert steps >= 9
    assert collector.get_value("browser/lazy_scroll/timers_waited") == steps
    assert collector.get_value("browser/lazy_scroll/timers_idle") is None
    assert len(fetched) >= 2  # the slides' pictures were fetched as they were shown


# One screen of what a general lazy-loader leaves for a script to load where it is seen, one
# element per case (all in view, the others hidden), and how the check reads each.
SHEET = """<style>
.hero { width: 200px; height: 50px; } .hero.in-view { background-image: url(/img/hero.png); }
.card.is-loaded::before { content: ""; background: url("/img/card.png"); }
.tab.active { background-image: url(/img/tab.png); }
.dot.on { background: #e00; }
.is-visible .poster { background-image: url(/img/poster.png); }
.strip.seen > .tile { background-image: url(/img/tile.png); }
.page.dark .logo { background-image: url(/img/tab.png); }
html.night .masthead, .dark-mode .brand, .no-js .banner, body.menu-open .scrim {
  background-image: url(/img/theme.png); }
@media (max-width: 10px) { .narrow.shown { background-image: url(/img/narrow.png); } }
</style>"""
CASES = {
    # a class would give it a background: waiting
    "hero": ("<div class=hero>a hero</div>", True),
    "pseudo": ("<div class=card>a card</div>", True),
    # data-echo (echo.js) and the other names lazy-loaders use, not yet shown
    "echo": ("<img src=/img/blank.png data-echo=/img/echo.png width=40 height=20>", True),
    "bg": ("<div data-bg=/img/bg.png style='height:20px'></div>", True),
    "background": ("<div data-background='/img/back.png' style='height:20px'></div>", True),
    "original": ("<img src=/img/blank.png data-original=/img/orig.png width=40 height=20>", True),
    "lazy": ("<img src=/img/blank.png data-lazy=/img/lazy.png width=40 height=20>", True),
    # already shown (a background from the style attribute, a source from data-echo)
    "shown-bg": (
        "<div data-bg=/img/blank.png style='height:20px;background-image:url(/img/blank.png)'>"
        "</div>",
        False,
    ),
    "shown-echo": ("<img src=/img/blank.png data-echo=/img/blank.png width=40 height=20>", False),
    # a class an ancestor would be given (`.is-visible .poster`, `.strip.seen > .tile`): waiting
    "ancestor": ("<div class=poster style='height:20px'></div>", True),
    "ancestor-child": ("<div class=strip><div class=tile style='height:20px'></div></div>", True),
    # the ancestor has it, the picture shown: nothing waits
    "ancestor-has-it": (
        "<div class=is-visible><div class=poster style='height:20px'></div></div>",
        False,
    ),
    # an ancestor's class would give a background the page has fetched: nothing waits
    "ancestor-seen": ("<div class=page><div class=logo style='height:20px'></div></div>", False),
    # the page's own state (a root's class, a theme's, a feature's): no loader's, nothing waits
    "root-class": ("<div class=masthead style='height:20px'></div>", False),
    "theme-class": ("<div class=brand style='height:20px'></div>", False),
    "feature-class": ("<div class=banner style='height:20px'></div>", False),
    "body-state": ("<div class=scrim style='height:20px'></div>", False),
    # a class whose background the page has fetched (shown before): nothing waits
    "tab-seen": ("<div class=tab style='height:20px'>tab</div>", False),
    # a class giving a colour, a rule for another screen's width: no picture
    "dot": ("<div class=dot style='height:20px'></div>", False),
    "narrow": ("<div class=narrow style='height:20px'></div>", False),
}
IN_VIEW = f"""<!doctype html><html><head><meta charset=utf-8>{SHEET}</head>
<body style="margin:0"><div id=cases></div>
<img id=tab-shown src=/img/tab.png width=1 height=1>
<template id=all>{"".join(f"<div id=case-{name}>{html}</div>" for name, (html, _) in CASES.items())}
</template></body></html>"""
SHOW = """name => {
  const cases = document.getElementById("cases");
  cases.replaceChildren(document.getElementById("all").content.getElementById("case-" + name)
    .cloneNode(true));
  return Promise.all([...cases.querySelectorAll("img")].map(img => img.decode().catch(() => {})));
}"""


def test_what_a_lazy_loader_leaves_in_view_is_seen_waiting(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """Each case alone in view: an element a style sheet's class would give a background
    (`.hero.in-view`, a `::before`'s) and `data-echo`-style attributes were not seen waiting
    (an idle poll was then not waited for where they were, and they loaded, if ever, out of
    view); a class giving a colour, a background fetched already, one shown, a rule of a media
    query that does not apply, are nothing waiting."""
    loop, launched = browser
    fetched: list[str] = []

    async def main() -> dict[str, bool]:
        page = await _open(launched, IN_VIEW, fetched)
        try:
            seen = {}
            for name in CASES:
                await page.evaluate(SHOW, name)
                seen[name] = await page.evaluate(f"() => {STATE}.lazyInView()")
            return seen
        finally:
            await page.close()

    seen = loop.run_until_complete(main())
    assert seen == {name: waits for name, (_, waits) in CASES.items()}
    assert "/img/hero.png" not in fetched  # the check only reads: it loads nothing


# A long page whose loader polls every 500 ms whether it was scrolled (an interval set at load,
# no timer of a scroll event's), then gives each `.hero` in view its `in-view` class (its
# background set by the style sheet), or each `[data-echo]` image in view its source. They
# are far down: the poll's first ticks load nothing, and it is learnt idle before they come.
HEROES = "".join(f"{GAP}<div class='hero h{n}'></div>" for n in range(2))
ECHOES = "".join(
    f"{GAP}<img src=/img/blank.png data-echo=/img/e{n}.png width=40 height=20>" for n in range(2)
)
POLLED = f"""<!doctype html><html><head><meta charset=utf-8><title>Polled</title><style>
.hero {{ height: 40px; }}
{"".join(f".hero.h{n}.in-view {{ background-image: url(/img/h{n}.png); }}" for n in range(2))}
</style></head><body style="margin:0"><h1>Polled</h1>{GAP * 4}
LATER{GAP}<p>The end.</p>
<script>
function swap() {{
  document.querySelectorAll(".hero:not(.in-view), img[data-echo]").forEach(element => {{
    const box = element.getBoundingClientRect();
    if (box.top >= innerHeight || box.bottom <= 0) return;
    if (!element.dataset.echo) element.classList.add("in-view");
    else {{ element.src = element.dataset.echo; element.removeAttribute("data-echo"); }}
  }});
}}
let moved = false, ticks = 0;
addEventListener("scroll", () => {{ moved = true; }});
setInterval(() => {{ ticks += 1; if (moved) {{ moved = false; swap(); }} }}, 500);
</script></body></html>"""


@pytest.mark.parametrize(
    ("later", "wanted"),
    [(HEROES, {"/img/h0.png", "/img/h1.png"}), (ECHOES, {"/img/e0.png", "/img/e1.png"})],
    ids=["class", "data-echo"],
)
def test_a_poll_learnt_idle_is_waited_for_where_a_class_or_data_echo_waits_in_view(
    browser: tuple[asyncio.AbstractEventLoop, Any], later: str, wanted: set[str]
) -> None:
    """The poll's ticks loaded nothing at the first steps: learnt idle, it was no longer waited
    for, and a `.hero` waiting for its class, or an image for its `data-echo` source, was not
    seen waiting in view: the step went on before the poll's tick, which found it out of view.
    Now the poll is waited for again where one is in view: both pictures fetched."""
    steps, collector, fetched, _ = scrolled(browser, POLLED.replace("LATER", later), "ticks >= 1")
    assert steps >= 8
    assert collector.get_value("browser/lazy_scroll/timers_idle") >= 1
    assert wanted <= set(fetched)
    assert collector.get_value("browser/lazy_scroll/limit_reached") is None


# What a page's style sheets hold beside a lazy-loader's class: a font sheet of another origin
# @imported first (its rules unreadable: SecurityError), a widget whose variants (a weather
# icon's) each give a picture (one shown, the others never fetched), a rule for what a
# `:not(.active)` button shows (no button on the page).
OTHER_SHEET = """<style>
@import url(http://cdn.test/fonts.css);
.hero { width: 200px; height: 50px; } .hero.in-view { background-image: url(/img/hero.png); }
.wx { width: 20px; height: 20px; }
.wx.wx-sun { background-image: url(/img/sun.png); }
.wx.wx-rain { background-image: url(/img/rain.png); }
.btn:not(.active) { background-image: url(/img/button.png); }
</style>"""
OTHER_CASES = {
    # the lazy-loader's class behind another origin's @import: waiting
    "behind-import": ("<div class=hero>a hero</div>", True),
    # another variant's picture is no picture this one waits for
    "variant": ("<div class='wx wx-sun'></div>", False),
    # `:not(.active)` names no class an element waits for: any element matched it
    "not-active": ("<p style='height:20px'>a line</p>", False),
}
OTHER_IN_VIEW = f"""<!doctype html><html><head><meta charset=utf-8>{OTHER_SHEET}</head>
<body style="margin:0"><div id=cases></div>
<img id=sun-shown src=/img/sun.png width=1 height=1>
<template id=all>{"".join(f"<div id=case-{n}>{html}</div>" for n, (html, _) in OTHER_CASES.items())}
</template></body></html>"""


def test_what_waits_in_view_beside_other_style_sheets(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """An @import of another origin's sheet (its rules throw SecurityError) hid the page's
    own rules after it: `.hero` waiting for its class was not seen. A weather icon showing
    its sun was seen waiting for the rain picture, and any element for a `:not(.active)`
    button's: something always waited in view, and no timer was ever learnt idle there."""
    loop, launched = browser
    fetched: list[str] = []

    async def main() -> tuple[dict[str, bool], bool]:
        page = await launched.new_page()
        await page.add_init_script(WATCHERS_INIT_JS)
        font = "@font-face { font-family: F; src: url(http://cdn.test/f.woff2); }"

        async def serve(route: Any) -> None:
            path = "/" + route.request.url.split("/", 3)[3]
            if route.request.url.startswith("http://cdn.test/"):
                await route.fulfill(body=font, content_type="text/css")
            elif path.startswith("/img/"):
                fetched.append(path)
                await route.fulfill(body=PNG, content_type="image/png")
            else:
                await route.fulfill(body=OTHER_IN_VIEW, content_type="text/html")

        await page.route("http://news.test/**", serve)
        await page.route("http://cdn.test/**", serve)
        try:
            await page.goto("http://news.test/story", wait_until="load")
            # the imported sheet is there, and its rules are another origin's
            hidden = await page.evaluate(
                """() => { try { document.styleSheets[0].cssRules[0].styleSheet.cssRules;
                  return false; } catch (error) { return error.name === "SecurityError"; } }"""
            )
            seen = {}
            for name in OTHER_CASES:
                await page.evaluate(SHOW, name)
                seen[name] = await page.evaluate(f"() => {STATE}.lazyInView()")
            return seen, hidden
        finally:
            await page.close()

    seen, hidden = loop.run_until_complete(main())
    assert hidden
    assert "/img/sun.png" in fetched
    assert seen == {name: waits for name, (_, waits) in OTHER_CASES.items()}


# A page of more than 250 resources (Chromium's buffer of resource timings keeps the first
# 250), then a tab whose active look's background is fetched: the tab beside it, not active,
# waits for nothing the page has not fetched.
MANY = "".join(f"<img src=/img/many-{n}.png width=1 height=1>" for n in range(300))
FULL_BUFFER = f"""<!doctype html><html><head><meta charset=utf-8><style>
.tab {{ height: 20px; }} .tab.active {{ background-image: url(/img/tab.png); }}
</style></head><body style="margin:0"><div class=tab>one</div>{MANY}
<script>
addEventListener("load", () => {{
  const active = document.createElement("div");
  active.className = "tab active";
  document.body.prepend(active);
  window.shown = new Promise(done => {{
    const probe = new Image();
    probe.onload = probe.onerror = done;
    probe.src = "/img/tab.png";
  }});
}});
</script></body></html>"""


def test_a_background_fetched_past_the_first_250_resources_is_known(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """The check asked the page's buffer of resource timings, which keeps the first 250: on a
    page of more (a news page with its ads), a tab's background fetched later was taken as
    never fetched, the tab beside it seen waiting for it, and no timer learnt idle there."""
    loop, launched = browser
    fetched: list[str] = []

    async def main() -> tuple[bool, int, bool]:
        page = await _open(launched, FULL_BUFFER, fetched)
        try:
            await page.evaluate("() => window.shown")
            buffered = await page.evaluate(
                "() => performance.getEntriesByName(new URL('/img/tab.png', location).href)"
                ".length > 0"
            )
            entries = await page.evaluate("() => performance.getEntriesByType('resource').length")
            waits = await page.evaluate(f"() => {STATE}.lazyInView()")
            return buffered, entries, waits
        finally:
            await page.close()

    buffered, entries, waits = loop.run_until_complete(main())
    assert "/img/tab.png" in fetched
    assert (buffered, entries) == (False, 250)  # the buffer full: tab.png is not in it
    assert waits is False


# The same clock setting the class on a frame, whose picture inside gets the background
# (`.dot.s3 .pic`): a class on a wrapper loads too.
FRAMED = SLIDING.replace(
    "<div class=dot id=dot></div>", "<div class=dot id=dot><i class=pic></i></div>"
).replace(
    "".join(f".dot.s{n} {{ background-image: url(/img/s{n}.png); }}" for n in range(SLIDES)),
    ".pic { display: block; width: 8px; height: 8px; }"
    + "".join(f".dot.s{n} .pic {{ background-image: url(/img/s{n}.png); }}" for n in range(SLIDES)),
)


def test_a_clock_showing_new_pictures_inside_what_it_flips_is_not_idle(
    browser: tuple[asyncio.AbstractEventLoop, Any],
) -> None:
    """A class set on a wrapper whose picture inside the style sheet gives a new background
    (`.dot.s3 .pic`) loads: only the flipped element's own background was looked at, the
    clock was learnt idle, and the pictures a loader shows that way were not waited for."""
    steps, collector, fetched, _ = scrolled(browser, FRAMED, "blinks >= 1")
    assert steps >= 9
    assert collector.get_value("browser/lazy_scroll/timers_idle") is None
    assert collector.get_value("browser/lazy_scroll/timers_waited") == steps
    assert len(fetched) >= 2  # the slides' pictures were fetched as they were shown
