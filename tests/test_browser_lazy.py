"""What a rendered article loads only once scrolled into view is archived (real Chromium,
crawls of a local article, replay in pywb).

An article's images below the fold were never fetched: `loading="lazy"` ones, those a
script swaps in from `data-src`/`data-srcset` when an IntersectionObserver sees them,
an embed (a lazy iframe) and what it shows. The page is now scrolled through before it
is read (BROWSER_LAZY_SCROLL_STEPS) and Chromium loads native lazy content eagerly
(`--blink-settings=lazyLoadEnabled=false`, kept in a user's own launch options); each is
switched off here in turn.
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo import assets
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import (
    LOCAL_SPEED,
    allow_origin,
    parse_stats,
    run_scrapy_here,
    side_by_side,
)
from tests.plugins.page_origin import page_origin
from tests.plugins.pywb import Pywb
from tests.test_browser_downloads import SPIDER
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

GAP = "<div style='height:1500px'><p>More of the story.</p></div>"
ARTICLE = f"""<!doctype html><html><head><meta charset=utf-8><title>A long story</title>
</head><body style="margin:0"><h1>A long story</h1><p>It begins here.</p>
<img src="/img/lead.png" width=40 height=20 alt=lead>
{GAP}{GAP}<img loading=lazy src="/img/native.png" width=40 height=20 alt=native>
{GAP}<img class=js-lazy data-src="/img/seen.png" width=40 height=20 alt=seen>
{GAP}<img class=js-lazy data-srcset="/img/set.png 1x" width=40 height=20 alt=set>
{GAP}<iframe loading=lazy src="/embed" width=300 height=150></iframe>
{GAP}<p>The end.</p>
<script>
const seen = new IntersectionObserver(entries => entries.forEach(entry => {{
  if (!entry.isIntersecting) return;
  const img = entry.target;
  if (img.dataset.src) img.src = img.dataset.src;
  if (img.dataset.srcset) img.srcset = img.dataset.srcset;
  seen.unobserve(img);
}}));
document.querySelectorAll("img.js-lazy").forEach(img => seen.observe(img));
</script></body></html>""".encode()
EMBED = b"<!doctype html><title>An embed</title><img src='/img/in-embed.png' alt=poster>"
IMAGES = {name: assets.png(40, 20, seed) for seed, name in enumerate(
    ("lead", "native", "seen", "set", "in-embed")
)}  # fmt: skip
PAGES: dict[str, tuple[str, bytes]] = {
    "/story": ("text/html; charset=utf-8", ARTICLE),
    "/embed": ("text/html; charset=utf-8", EMBED),
    **{f"/img/{name}.png": ("image/png", body) for name, body in IMAGES.items()},
}
# Chromium as configured, native lazy content left lazy (a key of the user's own is kept)
WITHOUT_EAGER = {
    **PLAYWRIGHT_LAUNCH_OPTIONS,
    "args": [*PLAYWRIGHT_LAUNCH_OPTIONS["args"], "--blink-settings=lazyLoadEnabled=true"],
}
# A user's own launch options, a Blink setting of their own among their args
USERS_OWN = {
    "executable_path": str(CHROMIUM),
    "args": ["--no-sandbox", "--blink-settings=imagesEnabled=true"],
}


def crawl(
    out: Path, origin: str, paths: tuple[str, ...] = ("/story",), **settings: str
) -> dict[str, Any]:
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
    command += ["-a", "urls=" + ",".join(origin + path for path in paths)]
    given = {
        **LOCAL_SPEED,
        "WARC_DIR": str(out / "warc"),
        "STATE_ENABLED": "0",
        "REPORT_ENABLED": "0",
        "NETWORK_ALLOWED": allow_origin(origin),
        "BROWSER_SCREENSHOT": "1",
        "RETRY_TIMES": "0",
        **settings,
    }
    for name, value in given.items():
        command += ["-s", f"{name}={value}"]
    done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    responses: dict[str, bytes] = {}
    stamps: dict[str, str] = {}  # pywb's 14-digit timestamps of the records
    for path in sorted((out / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    responses[uri.replace(origin, "")] = record.content_stream().read()
                    date = record.rec_headers.get_header("WARC-Date")
                    stamps[uri.replace(origin, "")] = "".join(filter(str.isdigit, date))[:14]
    return {
        "responses": responses,
        "stamps": stamps,
        "stats": parse_stats(done.stderr),
        "warcs": sorted((out / "warc").glob("*.warc.gz")),
    }


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The article crawled as configured; not scrolled; and neither scrolled nor eager."""
    with page_origin(PAGES, "HTTP/1.1") as origin:
        unscrolled = {"BROWSER_LAZY_SCROLL_STEPS": "0"}
        runs: dict[str, Any] = side_by_side(
            {
                "default": partial(crawl, tmp_path_factory.mktemp("lazy"), origin),
                "unscrolled": partial(
                    crawl, tmp_path_factory.mktemp("unscrolled"), origin, **unscrolled
                ),
                "neither": partial(
                    crawl,
                    tmp_path_factory.mktemp("neither"),
                    origin,
                    **unscrolled,
                    PLAYWRIGHT_LAUNCH_OPTIONS=json.dumps(WITHOUT_EAGER),
                ),
                "users_own": partial(
                    crawl,
                    tmp_path_factory.mktemp("users-own"),
                    origin,
                    **unscrolled,
                    PLAYWRIGHT_LAUNCH_OPTIONS=json.dumps(USERS_OWN),
                ),
            }
        )
    return {"origin": origin, **runs}


def images(run: dict[str, Any]) -> set[str]:
    return {uri[len("/img/") : -len(".png")] for uri in run["responses"] if uri.startswith("/img/")}


def test_lazy_images_and_embeds_are_archived_as_served(crawls: dict[str, Any]) -> None:
    run = crawls["default"]
    assert images(run) == {"lead", "native", "seen", "set", "in-embed"}
    for name, body in IMAGES.items():
        assert run["responses"][f"/img/{name}.png"] == body
    assert run["responses"]["/embed"] == EMBED
    stats = run["stats"]
    assert stats.get("browser/lazy_scroll/pages") == 1
    assert stats.get("browser/lazy_scroll/steps", 0) >= 9  # 10,500 px in 720 px steps
    assert "browser/lazy_scroll/limit_reached" not in stats


def test_without_the_scroll_what_a_script_loads_in_view_is_missing(
    crawls: dict[str, Any],
) -> None:
    # native lazy content still comes (loaded eagerly), the script's images never do
    assert images(crawls["unscrolled"]) == {"lead", "native", "in-embed"}
    assert "browser/lazy_scroll/pages" not in crawls["unscrolled"]["stats"]


def test_without_either_only_the_first_screen_is_archived(crawls: dict[str, Any]) -> None:
    run = crawls["neither"]
    assert images(run) == {"lead"}
    assert "/embed" not in run["responses"]


def test_a_users_own_launch_options_keep_the_eager_lazy_switch(crawls: dict[str, Any]) -> None:
    """Their args replaced the project's whole: native lazy content stayed lazy (only the
    first screen's image came); now merged, it loads with the page as configured."""
    assert images(crawls["users_own"]) == {"lead", "native", "in-embed"}


@pytest.mark.pywb
def test_pywb_replays_the_lazy_images(crawls: dict[str, Any], pywb: Pywb) -> None:
    origin = crawls["origin"]
    scrolled = pywb.add_collection("lazy-scrolled", crawls["default"]["warcs"])
    scrolled = scrolled.removeprefix(pywb.base_url)
    unscrolled = pywb.add_collection("lazy-unscrolled", crawls["unscrolled"]["warcs"])
    unscrolled = unscrolled.removeprefix(pywb.base_url)
    stamps = crawls["default"]["stamps"]
    for name in ("seen", "set", "native", "in-embed"):
        stamp = stamps[f"/img/{name}.png"]
        replayed = pywb.fetch(f"{scrolled}{stamp}id_/{origin}/img/{name}.png")
        assert (replayed.status, replayed.body) == (200, IMAGES[name]), name  # type: ignore[attr-defined]
    stamp = crawls["unscrolled"]["stamps"]["/story"]
    assert pywb.fetch(f"{unscrolled}{stamp}id_/{origin}/img/seen.png").status == 404


SHOWN_JS = (
    """() => Object.fromEntries([...document.images].map(i => [i.alt, i.naturalWidth > 0]))"""
)
STEP_JS = "() => { const y = scrollY; scrollBy(0, innerHeight); return scrollY > y; }"
LOADED_JS = "() => [...document.images].every(i => i.currentSrc && i.complete)"


def replayed_images(pywb: Pywb, page_url: str) -> dict[str, bool]:
    """The article replayed from pywb in Chromium (reaching nothing else), scrolled through
    as a reader would: which of its images (and its embed's) show."""
    from playwright.sync_api import sync_playwright  # not at import: its loop, our process

    allowed = pywb.base_url + "/"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**WITHOUT_EAGER)  # a reader's browser
        try:
            page = browser.new_page()
            page.route(
                "**/*", lambda r: r.continue_() if r.request.url.startswith(allowed) else r.abort()
            )
            page.goto(page_url, wait_until="load")  # pywb's frame page, the article in it
            article = next(f for f in page.frames if "mp_/" in f.url)
            while article.evaluate(STEP_JS):
                page.wait_for_timeout(100)  # the observer's callback, the frame's load
            article.wait_for_function(LOADED_JS, timeout=60_000)
            shown: dict[str, bool] = article.evaluate(SHOWN_JS)
            embed = next((f for f in article.child_frames if f.url.endswith("/embed")), None)
            assert embed is not None, [f.url for f in page.frames]
            embed.wait_for_function(LOADED_JS, timeout=60_000)
            shown.update(embed.evaluate(SHOWN_JS))
        finally:
            browser.close()
    return shown


@pytest.mark.pywb
def test_the_replayed_article_shows_its_lazy_images(crawls: dict[str, Any], pywb: Pywb) -> None:
    origin = crawls["origin"]
    scrolled = pywb.add_collection("lazy-replay", crawls["default"]["warcs"])
    stamp = crawls["default"]["stamps"]["/story"]
    shown = replayed_images(pywb, f"{scrolled}{stamp}mp_/{origin}/story")
    assert shown == {"lead": True, "native": True, "seen": True, "set": True, "poster": True}
    unscrolled = pywb.add_collection("lazy-replay-unscrolled", crawls["unscrolled"]["warcs"])
    stamp = crawls["unscrolled"]["stamps"]["/story"]
    shown = replayed_images(pywb, f"{unscrolled}{stamp}mp_/{origin}/story")
    assert shown == {"lead": True, "native": True, "seen": False, "set": False, "poster": True}
