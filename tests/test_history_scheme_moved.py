"""`history` shows an article's versions across the site's move from http to https.

A site moved to https between two scheduled runs; the crawl state knows each article by one
key for both schemes (`urlkeys.article_identity`), and the next run re-checked a story,
found it changed and counted its second version. `history` matched the exact URL: version 1
lies under `http://`, version 2 under `https://`, and `history https://...` showed one
version and no change (`history http://...` the other). It groups an article's captures by
that key, whatever URL each was captured at, and says the URL of each version. Real Scrapy
against one local port answering both schemes; the real `history` command in a subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.plugins.both_schemes import both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

PROJECT = Path(__file__).resolve().parent.parent
HTML = {"Content-Type": "text/html; charset=utf-8"}
STORY = "/news/bridge-repairs-finish-early"
TITLES = ("Bridge repairs finish early", "Bridge repairs finish two weeks early")


class Origin:
    """The site: its listing (a relative link, in the scheme it is served in) and the story,
    whose headline is corrected before the second run."""

    def __init__(self) -> None:
        self.title = TITLES[0]

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/":
            link = f'<li><a href="{STORY}">{STORY}</a></li>'
            return 200, HTML, f"<html><body><h1>News</h1><ul>{link}</ul></body>".encode()
        if target == STORY:
            return 200, HTML, story_page(self.title, "The river crossing reopens on Monday.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@dataclass
class Runs:
    host: str
    root: Path
    first: CrawlResult
    moved: CrawlResult

    def history(self, url: str, *more: str) -> subprocess.CompletedProcess[str]:
        return self.history_of_site(url, *more)

    def history_of_site(self, *args: str) -> subprocess.CompletedProcess[str]:
        files = [
            arg
            for run in (self.first, self.moved)
            for arg in ("--warc", str(run.warc_dir), "--items", str(run.items_path))
        ]
        command = [sys.executable, "-m", "newsarchive", "history", *args, *files]
        return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)

    def versions(self, url: str) -> list[dict[str, Any]]:
        done = self.history(url, "--format", "json")
        assert done.returncode == 0, done.stderr
        [article] = json.loads(done.stdout)["articles"]
        return list(article["versions"])


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("history-scheme-moved")
    origin = Origin()
    with both_schemes_origin(origin.answer) as host:
        state = root / "state.sqlite"

        def crawl(scheme: str, name: str, settings: dict[str, str]) -> CrawlResult:
            args = {"url": f"{scheme}://{host}/news/", "requisites": "0"}
            settings = {"STATE_PATH": str(state), **settings}
            return run_crawl("news", args, settings, root / name)

        first = crawl("http", "run1", {})
        origin.title = TITLES[1]
        # every known story re-checked: the corrected headline is the story's version 2
        moved = crawl("https", "run2", {"STATE_RECHECK_AGE": "0.001"})
        yield Runs(host, root, first, moved)


def test_the_crawl_counted_a_second_version(runs: Runs) -> None:
    assert runs.moved.stats.get("state/articles/changed") == 1, runs.moved.log[-3000:]
    assert [item["url"] for item in runs.moved.items()] == [f"https://{runs.host}{STORY}"]


@pytest.mark.parametrize("scheme", ["https", "http"])
def test_history_of_either_url_shows_both_versions_and_where_each_was_captured(
    runs: Runs, scheme: str
) -> None:
    versions = runs.versions(f"{scheme}://{runs.host}{STORY}")
    assert [v["version"] for v in versions] == [1, 2], versions
    assert [v["url"] for v in versions] == [
        f"http://{runs.host}{STORY}",
        f"https://{runs.host}{STORY}",
    ]
    assert [v["title"] for v in versions] == list(TITLES)
    assert versions[1]["change"]["summary"] == "title rewritten"


def test_the_text_says_the_url_of_each_version(runs: Runs) -> None:
    done = runs.history(f"https://{runs.host}{STORY}")
    assert done.returncode == 0, done.stderr
    assert "2 versions" in done.stdout, done.stdout
    assert f"at        http://{runs.host}{STORY}" in done.stdout, done.stdout
    assert f"at        https://{runs.host}{STORY}" in done.stdout, done.stdout


def test_the_site_s_changed_articles_show_it_once_with_both_versions(runs: Runs) -> None:
    # the crawl state says which articles changed; it keeps the URL first fetched (http),
    # the version 2 lies under https. (`--site` names a profile; `--state` is this crawl's.)
    state = str(runs.root / "state.sqlite")
    done = runs.history_of_site("--site", "demo", "--state", state, "--format", "json")
    assert done.returncode == 0, done.stderr
    [article] = json.loads(done.stdout)["articles"]
    assert article["url"] == f"https://{runs.host}{STORY}"
    assert [v["url"] for v in article["versions"]] == [
        f"http://{runs.host}{STORY}",
        f"https://{runs.host}{STORY}",
    ]
