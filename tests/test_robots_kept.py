"""The robots.txt middleware keeps a host's robots.txt only for a request of the crawl's own.

It answers the spider's own robots.txt request (a `-a url=` crawl reads its `Sitemap:`
lines) with the download it made to obey it. It kept every host's download, Response,
body and request, until such a request came, which a `site=` or `follow` crawl never
makes: one Response per host held to the crawl's end. Two crawls; what the middleware
still holds is read at spider_closed (tests.plugins.robots_kept).
"""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive import settings as project_settings
from tests.plugins.crawling import run_crawl
from tests.plugins.page_origin import answering_origin
from tests.test_crawl_by_url import site

EXTENSIONS = json.dumps({**project_settings.EXTENSIONS, "tests.plugins.robots_kept.RobotsKept": 0})
SECTIONS = ("politics", "us")


def _answer(path: str) -> tuple[int, dict[str, str], bytes]:
    if path == "/robots.txt":
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /us/\n"
    links = "".join(f'<a href="/{s}/story-number-{n}">{n}</a>' for s in SECTIONS for n in (0, 1))
    return 200, {}, f"<html><head><title>{path}</title></head><body>{links}</body>".encode()


def test_a_site_crawl_keeps_no_robots_txt(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        return _answer(path)

    with answering_origin(answer) as origin:
        args = {
            "site": "demo", "base_url": origin, "discover": "sections",
            "sections": ",".join(SECTIONS),
        }  # fmt: skip
        settings = {"STATE_ENABLED": "0", "EXTENSIONS": EXTENSIONS}
        crawl = run_crawl("news", args, settings, tmp_path)
    assert asked.count("/robots.txt") == 1
    assert "/us/" not in asked  # obeyed
    assert crawl.stats["test/robots/kept"] == 0
    assert crawl.stats["test/robots/wanted"] == 0
    assert "robotstxt/shared" not in crawl.stats


def test_a_url_crawl_shares_its_robots_txt_and_lets_it_go(tmp_path: Path) -> None:
    with site() as (origin, asked):
        args = {"url": f"{origin}/politik/", "requisites": "0"}
        settings = {"STATE_ENABLED": "0", "EXTENSIONS": EXTENSIONS}
        crawl = run_crawl("news", args, settings, tmp_path)
    assert asked.count("/robots.txt") == 1
    assert crawl.stats["robotstxt/shared"] == 1
    assert "/sitemap-news.xml" in asked  # the spider read the shared download
    assert crawl.stats["test/robots/kept"] == 0
    assert crawl.stats["test/robots/wanted"] == 0
