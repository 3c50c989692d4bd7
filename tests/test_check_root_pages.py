"""`python -m newsarchive check` on a site whose root listing pages by `/?p=N` and that
shows no WordPress: `/?p=1` and `/?p=2` are the listing's pages, not posts (as the crawl
reads them, `sites.queryarticles.articles_on_page`): the check fetches the stories it
lists, never `/?p=1` as an article. Before, it took them for WordPress posts."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.plugins.root_listing import STORIES, run_against_root_site

PROJECT = Path(__file__).resolve().parents[1]


def test_a_root_listing_s_page_numbers_are_no_articles_to_the_check() -> None:
    asked: list[str] = []

    def command(origin: str) -> list[str]:
        return [
            sys.executable, "-m", "newsarchive", "check", "-a", f"url={origin}/",
            "--articles", "5", "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        ]  # fmt: skip

    done = run_against_root_site(command, PROJECT, asked=asked, timeout=120)
    assert set(STORIES) <= set(asked), done.stdout + done.stderr[-2000:]
    assert "/?p=1" not in asked, asked
