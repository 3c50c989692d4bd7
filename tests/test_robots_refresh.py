"""A robots.txt answered with a `Refresh:` header is read as it came, not followed.

The HTTP Refresh header is a document's instruction (browsers follow it where they show
a page); ReloadingMetaRefreshMiddleware follows it on any answer. The robots.txt
middleware's own download went through it too: a robots.txt saying `Refresh: 0; url=/`
was swapped for the front page, read as rules (none), and the paths it disallowed were
crawled.
"""

from __future__ import annotations

from pathlib import Path

from tests.plugins.crawling import run_crawl
from tests.plugins.page_origin import answering_origin

SECTIONS = ("politics", "us")


def test_a_robots_txt_with_a_refresh_header_is_obeyed(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/robots.txt":
            headers = {"Content-Type": "text/plain", "Refresh": "0; url=/"}
            return 200, headers, b"User-agent: *\nDisallow: /us/\n"
        links = "".join(
            f'<a href="/{s}/story-number-{n}">{n}</a>' for s in SECTIONS for n in (0, 1)
        )
        return 200, {}, f"<html><head><title>{path}</title></head><body>{links}</body>".encode()

    with answering_origin(answer) as origin:
        args = {
            "site": "demo", "base_url": origin, "discover": "sections",
            "sections": ",".join(SECTIONS),
        }  # fmt: skip
        crawl = run_crawl("news", args, {"STATE_ENABLED": "0"}, tmp_path)
    assert "/politics/" in asked  # the crawl ran
    assert not [path for path in asked if path.startswith("/us/")], asked  # obeyed
    assert crawl.stats.get("robotstxt/forbidden", 0) >= 1, crawl.stats
    assert asked.count("/robots.txt") == 1
