"""`python -m newsarchive check` on a site whose root listing pages by `/?p=N` and that
shows no WordPress: `/?p=1` and `/?p=2` are the listing's pages, not posts (as the crawl
reads them, `sites.queryarticles.articles_on_page`): the check fetches the stories it
lists, never `/?p=1` as an article. Before, it took them for WordPress posts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)
STORIES = [f"/2026/12/made-up-root-story-{n}-today/" for n in (1, 2)]
ROOT = (
    '<html lang="en"><head><title>Front</title></head><body><main>'
    + "".join(f'<article><h2><a href="{p}">A story</a></h2></article>' for p in STORIES)
    + '<nav class="pager"><a href="/?p=1">1</a> <a href="/?p=2">2</a></nav></main></body></html>'
)


def test_a_root_listing_s_page_numbers_are_no_articles_to_the_check() -> None:
    asked: list[str] = []

    def answer(target: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(target)
        if target in ("/", "/?p=2"):
            return 200, {"Content-Type": "text/html"}, ROOT.encode()
        if target in STORIES:
            return 200, {"Content-Type": "text/html"}, ARTICLE.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        command = [
            sys.executable, "-m", "newsarchive", "check", "-a", f"url={origin}/",
            "--articles", "5", "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert set(STORIES) <= set(asked), done.stdout + done.stderr[-2000:]
    assert "/?p=1" not in asked, asked
