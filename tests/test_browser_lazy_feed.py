"""A rendered article on a site that appends the next story as its end is seen (real
Chromium, crawls of a local page): the scroll that fetches lazy content stops there.

Scrolling on, story after story was appended to the document read (up to
BROWSER_LAZY_SCROLL_STEPS), and the item took the address the last one pushed
(`history.pushState`), with the first story's body.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo import assets
from tests.plugins.crawling import side_by_side
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM
from tests.test_browser_lazy import crawl

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# Each time the end of the page is seen, one more story is appended (fetching its
# picture); `push` says whether the page also takes that story's address.
FEED = """<!doctype html><html><head><meta charset=utf-8><title>The first story</title>
</head><body style="margin:0"><article><h1>The first story</h1>
<div style='height:1200px'><p>It runs on.</p></div><div id=slot></div>
<div style='height:1300px'></div></article><div id=end></div>
<script>
new IntersectionObserver((entries, seen) => {
  if (!entries[0].isIntersecting) return;
  seen.disconnect();  // the article's own embed, inserted once seen: no story of its own
  entries[0].target.innerHTML = "<figure><img src='/img/figure.png'><figcaption>A chart"
    + "</figcaption></figure>";
}).observe(document.getElementById("slot"));
let next = 0;
const push = %s;
new IntersectionObserver(entries => {
  if (!entries[0].isIntersecting) return;
  next += 1;
  const story = document.createElement("article");
  story.innerHTML = `<h1>Story ${next}</h1><img src="/img/${next}.png" width=10 height=10>`
    + "<div style='height:2500px'><p>Another story.</p></div>";
  document.getElementById("end").before(story);
  if (push) history.pushState({}, "", `/story-${next}`);
}).observe(document.getElementById("end"));
</script></body></html>"""
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def pages(push: bool) -> dict[str, tuple[str, bytes]]:
    body = (FEED % ("true" if push else "false")).encode()
    images = {f"/img/{n}.png": ("image/png", PIXEL) for n in range(1, 60)}
    images["/img/figure.png"] = ("image/png", assets.png(10, 10, 7))  # not a revisit of PIXEL
    return {"/story": ("text/html; charset=utf-8", body), **images}


def feed_crawl(out: Path, push: bool) -> dict[str, Any]:
    items = out / "items.jsonl"
    with page_origin(pages(push), "HTTP/1.1") as origin:
        feeds = json.dumps({str(items): {"format": "jsonlines"}})
        run = crawl(out, origin, FEEDS=feeds, BROWSER_SCREENSHOT="0")
    run["origin"] = origin
    run["items"] = [json.loads(line) for line in items.read_text().splitlines()]
    run["appended"] = sorted(uri for uri in run["responses"] if uri.startswith("/img/"))
    run["dom"] = b""
    for path in run["warcs"]:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if (record.rec_headers.get_header("WARC-Target-URI") or "").startswith("urn:dom:"):
                    run["dom"] = record.content_stream().read()
    return run


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The module's three crawls, side by side (each of its own origin and folder)."""
    return side_by_side(
        {
            "pushing": partial(feed_crawl, tmp_path_factory.mktemp("pushing"), push=True),
            "growing": partial(feed_crawl, tmp_path_factory.mktemp("growing"), push=False),
            "leaving": partial(leaving_crawl, tmp_path_factory.mktemp("leaving")),
        }
    )


@pytest.fixture
def pushing(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["pushing"]


@pytest.fixture
def growing(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["growing"]


def test_a_story_that_takes_the_next_ones_address_keeps_its_own(pushing: dict[str, Any]) -> None:
    assert [item["url"] for item in pushing["items"]] == [pushing["origin"] + "/story"]
    stats = pushing["stats"]
    assert stats.get("browser/lazy_scroll/stopped_moved") == 1
    assert "browser/lazy_scroll/limit_reached" not in stats
    # one story came in, no more were asked for
    assert pushing["appended"] == ["/img/1.png", "/img/figure.png"]


def test_a_feed_that_only_grows_is_not_scrolled_to_the_step_limit(growing: dict[str, Any]) -> None:
    assert [item["url"] for item in growing["items"]] == [growing["origin"] + "/story"]
    stats = growing["stats"]
    assert stats.get("browser/lazy_scroll/stopped_growing") == 1
    assert "browser/lazy_scroll/limit_reached" not in stats
    assert len(growing["appended"]) < 5  # the page's height doubled: stopped there


@pytest.mark.parametrize("run", ["pushing", "growing"])
def test_the_page_read_ends_at_the_articles_own_end(
    run: str, request: pytest.FixtureRequest
) -> None:
    """The stories appended before the scroll stopped were read with the article (its
    rendered DOM, the item's body): cut from the page before its read."""
    crawled = request.getfixturevalue(run)
    dom = crawled["dom"]
    assert b"The first story" in dom and b"It runs on." in dom
    assert b"<h1>Story 1</h1>" not in dom and dom.count(b"<article>") == 1
    assert b"<figcaption>A chart</figcaption>" in dom  # the article's own lazy embed stays
    assert crawled["stats"].get("browser/lazy_scroll/appended_cut", 0) >= 1


# An article whose scroll listener sends the reader on to another page (its debounce sets
# `location.href`), that page with a picture swapped in once scrolled into view.
LEAVING = """<!doctype html><html><head><meta charset=utf-8><title>Leaving</title></head>
<body style="margin:0"><h1>Leaving</h1><div style='height:3000px'><p>Read on.</p></div>
<script>let rest, gone = false;
addEventListener("scroll", () => { clearTimeout(rest); rest = setTimeout(() => {
  if (!gone) { gone = true; location.href = "/next"; }
}, 50); });</script></body></html>"""
NEXT = """<!doctype html><html><head><meta charset=utf-8><title>The next page</title></head>
<body style="margin:0"><h1>The next page</h1><div style='height:3000px'><p>More.</p></div>
<img id=pic data-src="/img/next.png" width=10 height=10>
<script>new IntersectionObserver(e => { if (e[0].isIntersecting) pic.src = pic.dataset.src; })
.observe(pic);</script></body></html>"""


def leaving_crawl(out: Path) -> dict[str, Any]:
    items = out / "items.jsonl"
    served = {
        "/leave": ("text/html; charset=utf-8", LEAVING.encode()),
        "/next": ("text/html; charset=utf-8", NEXT.encode()),
        "/img/next.png": ("image/png", assets.png(10, 10, 8)),
    }
    with page_origin(served, "HTTP/1.1") as origin:
        feeds = json.dumps({str(items): {"format": "jsonlines"}})
        run = crawl(out, origin, ("/leave",), FEEDS=feeds)
    run["origin"] = origin
    run["items"] = [json.loads(line) for line in items.read_text().splitlines()]
    run["resources"] = {}
    for path in run["warcs"]:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "resource":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    run["resources"][uri.replace(origin, "")] = record.content_stream().read()
    return run


@pytest.fixture
def leaving(runs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return runs["leaving"]


def test_a_page_that_leaves_as_it_is_scrolled_is_read_where_it_went(
    leaving: dict[str, Any],
) -> None:
    """The address was read in the next document and put back there (the scroll took it
    for a pushState): the next page's body was archived and itemed under /leave, its DOM
    record and screenshot named /leave. Now the move is one before the read: the page it
    went to is loaded, scrolled through (its picture fetched) and read at its own address."""
    assert [item["url"] for item in leaving["items"]] == [leaving["origin"] + "/next"]
    resources = leaving["resources"]
    assert set(resources) == {"urn:dom:/next", "urn:screenshot:/next"}
    assert b"The next page" in resources["urn:dom:/next"]
    assert leaving["responses"].get("/img/next.png") == assets.png(10, 10, 8)
    stats = leaving["stats"]
    assert stats.get("browser/moved_before_read") == 1
    assert "browser/lazy_scroll/stopped_moved" not in stats
