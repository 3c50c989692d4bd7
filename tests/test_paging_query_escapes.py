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
from pathlib import Path

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse

from newsarchive.sites.base import Listing
from newsarchive.spiders.listing import next_page
from newsarchive.spiders.nextjs import next_data_url
from newsarchive.spiders.pagination import UnbuildableQuery, generic_next
from tests.plugins.crawling import parse_stats
from tests.plugins.page_origin import answering_origin

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


def test_a_crawl_skips_and_counts_a_next_page_it_cannot_build(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/world/":
            return 200, {"Content-Type": "text/html"}, next_data_page({"s": "\ud800"}).encode()
        if path in STORIES:
            return 200, {"Content-Type": "text/html"}, b"<html><body><p>x</p></body></html>"
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={origin}/world/",
            "-a", "requisites=0", "-a", "discover=sections",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "STATE_ENABLED=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    stats = parse_stats(done.stderr)
    assert stats["paging/next/unbuildable"] == 1
    assert "its URL cannot be made" in done.stderr
    assert set(STORIES) <= set(asked)
