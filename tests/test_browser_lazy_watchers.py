"""The scroll that fetches what loads in view waits only where something could answer it
(real Chromium, crawls of local pages; newsarchive.browser.lazy).

A page with no scroll listener, no IntersectionObserver target and no lazy element is not
scrolled (nothing would load); one whose only watchers are IntersectionObservers steps on
once they called back and nothing is loading; one with a scroll listener (which may wait
on a timer, a debounce) waits at each step for the timers its scroll events set to have
run, then for quiet: none of its fetches is lost, however long its debounce (up to 1 s)
and however slow the machine.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import pytest

from newsarchive.demo import assets
from tests.plugins.crawling import side_by_side
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_lazy import ARTICLE, EMBED, GAP, crawl
from tests.test_browser_lazy import IMAGES as STORY_IMAGES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PLAIN = f"""<!doctype html><html><head><meta charset=utf-8><title>Plain and long</title>
</head><body style="margin:0"><h1>Plain and long</h1>{GAP * 6}
<img src="/img/bottom.png" width=40 height=20 alt=bottom><p>The end.</p></body></html>"""
# Images swapped in by a scroll listener that waits for the scroll to rest (a debounce)
DEBOUNCED = f"""<!doctype html><html><head><meta charset=utf-8><title>Debounced</title>
</head><body style="margin:0"><h1>Debounced</h1>
{"".join(f'{GAP}<img class=later data-src="/img/d{n}.png" width=40 height=20>' for n in range(5))}
<script>
let rest;
function swap() {{
  document.querySelectorAll("img.later").forEach(img => {{
    const box = img.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0 && !img.src) img.src = img.dataset.src;
  }});
}}
addEventListener("scroll", () => {{ clearTimeout(rest); rest = setTimeout(swap, 120); }});
</script></body></html>"""


def swapping(title: str, name: str, listen: str) -> str:
    """A page of five images (`/img/{name}N.png`) swapped in by `swap()` when in view, once
    its scroll listener (`listen`) calls it."""
    images = "".join(
        f'{GAP}<img class=later data-src="/img/{name}{n}.png" width=40 height=20>' for n in range(5)
    )
    return f"""<!doctype html><html><head><meta charset=utf-8><title>{title}</title>
</head><body style="margin:0"><h1>{title}</h1>{images}
<script>
function swap() {{
  document.querySelectorAll("img.later").forEach(img => {{
    const box = img.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0 && !img.src) img.src = img.dataset.src;
  }});
}}
{listen}
</script></body></html>"""


# Debounces longer than the settle time (as news sites' are: 250-500 ms). One that waits
# for the frame after the scroll, then 500 ms of rest:
RESTED = swapping(
    "Rested",
    "r",
    """let rest;
addEventListener("scroll", () => requestAnimationFrame(() => {
  clearTimeout(rest); rest = setTimeout(swap, 500);
}));""",
)
# one as a utility library's debounce: a timer at the first scroll event that, run before
# 400 ms of rest, sets itself again for the rest of them
REARMED = swapping(
    "Rearmed",
    "a",
    """let last = 0, timer = null;
function expired() {
  const since = Date.now() - last;
  if (since >= 400) { timer = null; swap(); } else timer = setTimeout(expired, 400 - since);
}
addEventListener("scroll", () => {
  last = Date.now();
  if (timer === null) timer = setTimeout(expired, 200);
});""",
)
# A scroll listener that starts a loop of its own, swapping every 50 ms for ever: the scroll
# waits for its first few turns, not for its end
TICKING = swapping(
    "Ticking",
    "t",
    """let ticking = false;
function tick() { swap(); setTimeout(tick, 50); }
addEventListener("scroll", () => { if (!ticking) { ticking = true; tick(); } });""",
)
SWAPPED = {
    f"/img/{name}{n}.png": assets.png(40, 20, seed + n)
    for name, seed in (("r", 40), ("a", 50), ("t", 60))
    for n in range(5)
}
# the lazy article without its embed: IntersectionObservers its only watchers
OBSERVED = re.sub(rb"<iframe[^>]*></iframe>", b"", ARTICLE)
# A page watching nothing, with an embed below the fold that swaps its picture in once seen
# (its own IntersectionObserver, in its own window)
FRAMED = f"""<!doctype html><title>Framed</title><h1>Framed</h1>{GAP * 3}
<iframe src="/framed-embed" width=300 height=150></iframe>""".encode()
FRAMED_EMBED = b"""<!doctype html><img id=pic data-src="/img/in-frame.png" width=40 height=20>
<script>new IntersectionObserver(e => { if (e[0].isIntersecting) pic.src = pic.dataset.src; })
.observe(pic);</script>"""
IMAGES = {f"/img/d{n}.png": assets.png(40, 20, 20 + n) for n in range(5)}
PAGES = {
    "/plain": ("text/html; charset=utf-8", PLAIN.encode()),
    "/debounced": ("text/html; charset=utf-8", DEBOUNCED.encode()),
    "/story": ("text/html; charset=utf-8", ARTICLE),
    "/observed": ("text/html; charset=utf-8", OBSERVED),
    "/framed": ("text/html; charset=utf-8", FRAMED),
    "/framed-embed": ("text/html; charset=utf-8", FRAMED_EMBED),
    "/img/in-frame.png": ("image/png", assets.png(40, 20, 31)),
    "/img/bottom.png": ("image/png", assets.png(40, 20, 30)),
    "/embed": ("text/html; charset=utf-8", EMBED),
    **{f"/img/{name}.png": ("image/png", body) for name, body in STORY_IMAGES.items()},
    **{path: ("image/png", body) for path, body in IMAGES.items()},
    "/rested": ("text/html; charset=utf-8", RESTED.encode()),
    "/rearmed": ("text/html; charset=utf-8", REARMED.encode()),
    "/ticking": ("text/html; charset=utf-8", TICKING.encode()),
    **{path: ("image/png", body) for path, body in SWAPPED.items()},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    with page_origin(PAGES, "HTTP/1.1") as origin:
        starts = {
            "listeners": ("/plain", "/debounced"),
            "observed": ("/observed",),
            "framed": ("/framed",),
            "debounced": ("/rested", "/rearmed"),
            "ticking": ("/ticking",),
        }
        return side_by_side(
            {
                name: partial(crawl, tmp_path_factory.mktemp(name), origin, paths)
                for name, paths in starts.items()
            }
        )


def test_a_page_nothing_watches_is_not_scrolled(runs: dict[str, dict[str, Any]]) -> None:
    stats = runs["listeners"]["stats"]
    assert stats.get("browser/lazy_scroll/nothing_watches") == 1  # /plain
    assert runs["listeners"]["responses"]["/img/bottom.png"] == PAGES["/img/bottom.png"][1]


def test_a_scroll_listener_gets_its_quiet_at_each_step(runs: dict[str, dict[str, Any]]) -> None:
    """Its debounce fires once the scroll rests: stepping on at once, the images it swaps
    in as they are seen would never be asked for."""
    run = runs["listeners"]
    for path, body in IMAGES.items():
        assert run["responses"].get(path) == body, path
    stats = run["stats"]
    assert stats.get("browser/lazy_scroll/pages") == 1  # /debounced alone
    assert stats["browser/lazy_scroll/steps_waited"] == stats["browser/lazy_scroll/steps"]


def test_intersection_observers_alone_need_no_wait_where_nothing_loads(
    runs: dict[str, dict[str, Any]],
) -> None:
    run = runs["observed"]
    assert {uri for uri in run["responses"] if uri.startswith("/img/")} == {
        f"/img/{name}.png" for name in ("lead", "native", "seen", "set")
    }
    stats = run["stats"]
    assert stats["browser/lazy_scroll/steps"] >= 9
    # a wait where a picture was swapped in, none in the screens between them
    assert stats.get("browser/lazy_scroll/steps_waited", 0) < stats["browser/lazy_scroll/steps"]


def test_a_frames_own_watchers_get_the_scroll(runs: dict[str, dict[str, Any]]) -> None:
    """The page watches nothing, its embed does (in a window of its own): scrolled, and
    waited at each step, the embed's picture is fetched."""
    run = runs["framed"]
    assert run["responses"].get("/img/in-frame.png") == PAGES["/img/in-frame.png"][1]
    stats = run["stats"]
    assert "browser/lazy_scroll/nothing_watches" not in stats
    assert stats["browser/lazy_scroll/steps_waited"] == stats["browser/lazy_scroll/steps"]


def test_a_debounce_longer_than_the_settle_time_runs_before_the_next_step(
    runs: dict[str, dict[str, Any]],
) -> None:
    """The scroll waits for the timers its scroll events set (and what those set again) to
    have run: quiet alone, the next step came 0.2 s after the last request, and each image
    was swapped in, if ever, once out of view. However late a timer runs on a loaded
    machine, the step waits for it."""
    run = runs["debounced"]
    missing = [path for path in SWAPPED if path[5] in "ra" and path not in run["responses"]]
    assert not missing, missing
    for path, body in SWAPPED.items():
        if path[5] in "ra":
            assert run["responses"][path] == body, path
    stats = run["stats"]
    assert stats["browser/lazy_scroll/pages"] == 2
    # every step's scroll event set a timer, each waited for to its end
    assert stats["browser/lazy_scroll/timers_waited"] == stats["browser/lazy_scroll/steps"]
    assert "browser/lazy_scroll/timers_unfinished" not in stats


def test_a_timer_loop_a_scroll_listener_starts_is_not_waited_out(
    runs: dict[str, dict[str, Any]],
) -> None:
    """A loop that sets its next turn for ever is followed a few turns deep, then no more:
    no step waits out its bound for it."""
    run = runs["ticking"]
    for path, body in SWAPPED.items():
        if path[5] == "t":
            assert run["responses"].get(path) == body, path
    stats = run["stats"]
    assert stats["browser/lazy_scroll/timers_waited"] >= 1  # its first turns, at least
    assert "browser/lazy_scroll/timers_unfinished" not in stats
    assert "browser/lazy_scroll/limit_reached" not in stats
