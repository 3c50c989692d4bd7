"""A large listing page is read on a worker thread, and asks what a small one asks.

A Next.js section page of 300 KB (its `__NEXT_DATA__` lists the section's stories;
markup written here) and its `/_next/data/` JSON second page, crawled by `-a url=`:
the page is parsed and its JSON read off the reactor's thread
(`news/listings_read_off_thread`), and the crawl asks the same next page and the
same articles, in the same order (fetched one at a time), as it would of a small page.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.plugins.crawling import parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
FIRST = [f"/world/2026/12/04/first-page-story-{n}/" for n in range(1, 4)]
SECOND = [f"/world/2026/12/04/second-page-story-{n}/" for n in range(1, 4)]
BLURB = "A made-up teaser sentence about a made-up event in a made-up town. "
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


def section(padding: int) -> str:
    stories = [{"url": path, "teaser": BLURB * padding} for path in FIRST]
    data = {"buildId": "b1", "query": {}, "props": {"pageProps": {"stories": stories, "page": 1}}}
    return (
        '<html lang="en"><head><title>World</title></head><body><main>'
        + "".join(f'<h2><a href="{path}">A story</a></h2>' for path in FIRST)
        + f'</main><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}'
        "</script></body></html>"
    )


@contextmanager
def site(padding: int) -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/world/":
            kind, body = "text/html", section(padding)
        elif path == "/_next/data/b1/world.json?page=2":
            answer = {"pageProps": {"stories": [{"url": p} for p in SECOND], "hasMore": False}}
            kind, body = "application/json", json.dumps(answer)
        elif path in FIRST + SECOND:
            kind, body = "text/html", ARTICLE
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": kind}, body.encode()

    with answering_origin(answer) as origin:
        yield origin, asked


def crawl(padding: int, out: Path) -> tuple[list[str], dict[str, object]]:
    with site(padding) as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"url={origin}/world/",
            "-a", "requisites=0", "-a", "discover=sections",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "STATE_ENABLED=0",
            "-s", "CONCURRENT_REQUESTS=1",  # one at a time: the server sees the spider's order
            "-s", f"WARC_DIR={out / 'warc'}", "-s", f"REPORT_DIR={out / 'reports'}",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return list(asked), parse_stats(done.stderr)


def test_a_large_listing_page_is_read_off_the_reactor_thread_asking_the_same(
    tmp_path: Path,
) -> None:
    small_asked, small = crawl(1, tmp_path / "small")
    large_asked, large = crawl(1500, tmp_path / "large")  # 3 teasers of 100 KB: a 300 KB page
    assert "news/listings_read_off_thread" not in small
    assert large["news/listings_read_off_thread"] == 1  # the section page; its JSON is small
    assert "/_next/data/b1/world.json?page=2" in large_asked
    assert large_asked == small_asked  # the same requests, in the same order
    assert set(FIRST + SECOND) <= set(large_asked)
    assert large["paging/next/next_data"] == small["paging/next/next_data"] == 1


def test_check_reads_a_json_next_page() -> None:
    """`check` on a Next.js section: its `/_next/data/` next page is JSON, whose links it
    counts (before, it read the JSON as HTML, found none and failed the section)."""
    with site(1) as (origin, asked):
        command = [
            sys.executable, "-m", "newsarchive", "check", "-a", f"url={origin}/world/",
            "-a", "discover=sections", "--articles", "1",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    line = next(x for x in done.stdout.splitlines() if x.startswith("section world"))
    assert line == "section world  ok    listing: 3 articles; next page: 3 more articles", line
    assert "/_next/data/b1/world.json?page=2" in asked
