"""Next pages built from a page's query keep its fields as written, and one that cannot be
built is a counted skip.

parse_qsl decodes a latin-1 escape (`?tag=caf%E9`, a site in ISO-8859-1) to U+FFFD and
urlencode sent it as `%EF%BF%BD`: the next page asked was another page (the section ended
early, or read another tag's list). A Next.js route value with a lone surrogate (JSON lets
`"\\ud800"` through) made urlencode raise: a traceback, the section's next page lost
unsaid. Now that page is not asked, counted `paging/next/unbuildable`, with one line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from newsarchive.sites.base import Listing
from newsarchive.spiders.jsonlisting import cursor_moved_on, query_moved_on
from newsarchive.spiders.listing import next_page
from newsarchive.spiders.nextjs import next_data_url
from newsarchive.spiders.pageurls import UnbuildableQuery
from newsarchive.spiders.pagination import generic_next
from newsarchive.spiders.scriptpaging import fragment_cursor_next
from tests.plugins.crawling import parse_stats, run_scrapy_here
from tests.plugins.page_origin import Answer, answering_origin

PROJECT = Path(__file__).resolve().parents[1]
STORIES = [f"/world/2026/12/04/a-made-up-story-number-{n}/" for n in range(1, 4)]


def next_data_page(route: dict[str, str]) -> str:
    stories = [{"url": path} for path in STORIES]
    data = {
        "buildId": "b1",
        "query": route,
        "props": {"pageProps": {"stories": stories, "page": 1}},
    }
    text = json.dumps(data)  # ensure_ascii: a lone surrogate is written `\ud800`
    return (
        '<html lang="en"><head><title>World</title></head><body><main>'
        + "".join(f'<h2><a href="{path}">A story</a></h2>' for path in STORIES)
        + f'</main><script id="__NEXT_DATA__" type="application/json">{text}</script>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("url", "route", "wanted"),
    [
        # a latin-1 escape (not UTF-8) kept as written: was `tag=%EF%BF%BD`
        ("https://n.example/world?tag=caf%E9", {},
         "https://n.example/_next/data/b1/world.json?tag=caf%E9&page=2"),
        ("https://n.example/world?tag=caf%C3%A9&page=1", {"slug": "world"},
         "https://n.example/_next/data/b1/world.json?slug=world&tag=caf%C3%A9&page=2"),
        # a bare `%` stays: was `%25`, another value
        ("https://n.example/world?q=50%off", {},
         "https://n.example/_next/data/b1/world.json?q=50%off&page=2"),
        ("https://n.example/world", {"slug": "welt stadt"},
         "https://n.example/_next/data/b1/world.json?slug=welt+stadt&page=2"),
    ],
)  # fmt: skip
def test_a_next_data_url_keeps_the_pages_query_as_written(
    url: str, route: dict[str, str], wanted: str
) -> None:
    assert next_data_url(Selector(text=next_data_page(route)), url) == wanted


def test_a_route_value_no_url_can_carry_is_a_counted_skip_not_a_traceback() -> None:
    page = next_data_page({"slug": "\ud800"})
    with pytest.raises(UnbuildableQuery):
        next_data_url(Selector(text=page), "https://n.example/world")
    response = HtmlResponse("https://n.example/world", body=page.encode(), encoding="utf-8")
    assert next_page(response, Listing(), 1) == ("", "unbuildable")


@pytest.mark.parametrize(
    ("url", "wanted"),
    [
        ("https://n.example/world?tag=caf%E9",
         "https://n.example/api/more?tag=caf%E9&offset=10&section=world"),
        ("https://n.example/world", "https://n.example/api/more?offset=10&section=world"),
    ],
)  # fmt: skip
def test_a_configured_endpoint_keeps_its_query_as_written(url: str, wanted: str) -> None:
    endpoint = "/api/more" + ("?" + url.split("?")[1] if "?" in url else "")
    html = (
        f'<html><body><script>window.cfg = {{"loadMoreUrl": "{endpoint}"}};</script>'
        '<button class="load-more" data-offset="10" data-section="world">Load more</button>'
        "</body></html>"
    )
    found = generic_next(Selector(text=html), url, lambda _: False)
    assert found is not None and found[0] == wanted


def crawl_world(answer: Answer, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The news spider crawling the section /world/ of a site `answer` serves (sections only,
    no requisites, no state): it ends with 0 and no traceback."""
    with answering_origin(answer) as origin:
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={origin}/world/",
            "-a", "requisites=0", "-a", "discover=sections",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "STATE_ENABLED=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    return done


def test_a_crawl_skips_and_counts_a_next_page_it_cannot_build(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/world/":
            return 200, {"Content-Type": "text/html"}, next_data_page({"s": "\ud800"}).encode()
        if path in STORIES:
            return 200, {"Content-Type": "text/html"}, b"<html><body><p>x</p></body></html>"
        return 404, {}, b"not here"

    done = crawl_world(answer, tmp_path)
    stats = parse_stats(done.stderr)
    assert stats["paging/next/unbuildable"] == 1
    assert "its URL cannot be made" in done.stderr
    assert set(STORIES) <= set(asked)


# An Arc XP section whose JSON query holds an escaped value (`uri`, as the site stores it)
ARC_URI = "/world/caf%C3%A9/"
ARC_BATCHES = [
    [f"/world/2026/12/05/a-made-up-arc-story-number-{n}/" for n in range(at, at + 2)]
    for at in (1, 3, 5)
]


def arc_section() -> str:
    key = json.dumps({"feedOffset": 0, "feedSize": 2, "uri": ARC_URI}, separators=(",", ":"))
    cache = {"story-feed": {key: {"content_elements": [{"canonical_url": p} for p in STORIES]}}}
    script = (
        'window.Fusion=window.Fusion||{};Fusion.arcSite="made-up";Fusion.deployment="412";'
        f"Fusion.contentCache={json.dumps(cache)};"
    )
    links = "".join(f'<h2><a href="{path}">A story</a></h2>' for path in STORIES)
    return f"<html><body><main>{links}</main><script>{script}</script></body></html>"


@pytest.mark.parametrize(
    ("moved", "url", "wanted"),
    [
        # a JSON query's value holding `%` (an escape the site stores, a percent sign)
        (lambda url: query_moved_on(url, 2),
         "https://n.example/api?" + urlencode({"query": '{"feedOffset":2,"feedSize":2,'
                                               '"uri":"/caf%C3%A9/"}', "d": "412"}),
         "https://n.example/api?" + urlencode({"query": '{"feedOffset":4,"feedSize":2,'
                                               '"uri":"/caf%C3%A9/"}', "d": "412"})),
        (lambda url: query_moved_on(url, 2),
         "https://n.example/api?" + urlencode({"query": '{"from":2,"q":"100%"}'}),
         "https://n.example/api?" + urlencode({"query": '{"from":4,"q":"100%"}'})),
        # ... a byte no UTF-8 (latin-1 `%E9`) or UTF-8 (`%C3%A9`): its escape as written
        (lambda url: query_moved_on(url, 2),
         "https://n.example/api?" + urlencode({"query": b'{"from":2,"uri":"/caf\xe9/"}'}),
         "https://n.example/api?" + urlencode({"query": b'{"from":4,"uri":"/caf\xe9/"}'})),
        (lambda url: query_moved_on(url, 2),
         "https://n.example/api?" + urlencode({"query": b'{"from":2,"q":"caf\xe9s"}', "d": 1}),
         "https://n.example/api?" + urlencode({"query": b'{"from":4,"q":"caf\xe9s"}', "d": 1})),
        (lambda url: query_moved_on(url, 2),
         "https://n.example/api?" + urlencode({"query": b'{"from":2,"q":"caf\xc3\xa9"}'}),
         "https://n.example/api?" + urlencode({"query": b'{"from":4,"q":"caf\xc3\xa9"}'})),
        # the cursor the answer hands back is the one asked with: the end
        (lambda url: cursor_moved_on({"nextCursor": "a%b"}, url),
         "https://n.example/api?cursor=a%25b", ""),
        (lambda url: fragment_cursor_next(
            Selector(text='<button class="load-more" data-cursor="a%b">More</button>'), url),
         "https://n.example/more?cursor=a%25b", None),
    ],
)  # fmt: skip
def test_a_query_value_read_as_text_keeps_its_percent_signs(
    moved: Callable[[str], str | None], url: str, wanted: str | None
) -> None:
    assert moved(url) == wanted


def test_a_crawl_reads_every_batch_of_a_json_query_holding_an_escape(tmp_path: Path) -> None:
    """Each batch is asked for with the section's own query: moved on with `%25` kept as
    written, the third asked `%2525C3` (another section, none of its articles)."""
    asked: list[str] = []
    html = {"Content-Type": "text/html"}

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/world/":
            return 200, html, arc_section().encode()
        if path.startswith("/pf/api/v3/content/fetch/story-feed?"):
            query = json.loads(dict(parse_qsl(urlsplit(path).query))["query"])
            batch = query["feedOffset"] // 2 - 1
            if query.get("uri") != ARC_URI or not 0 <= batch < len(ARC_BATCHES):
                return 404, {}, b"not here"
            items = [{"canonical_url": p} for p in ARC_BATCHES[batch]]
            body = {"content_elements": items, "count": 2 + 2 * len(ARC_BATCHES)}
            return 200, {"Content-Type": "application/json"}, json.dumps(body).encode()
        if path in STORIES or any(path in batch for batch in ARC_BATCHES):
            return 200, html, b"<html><body><p>x</p></body></html>"
        return 404, {}, b"not here"

    crawl_world(answer, tmp_path)
    wanted = {path for batch in ARC_BATCHES for path in batch}
    assert wanted <= set(asked), sorted(set(asked))
