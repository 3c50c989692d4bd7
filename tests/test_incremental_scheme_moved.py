"""A site that moves from http to https between two scheduled runs keeps its known stories.

The crawl state knew an article by an identity that kept the scheme: the first run on
`http://`, the next on `https://` (the site moved, the schedule's seed was updated), and
every story was new again: fetched, archived and exported a second time. The identity is
now one key for both schemes of a host and port; a state file keyed by the earlier version
is keyed again when a crawl opens it (said, counted `state/urls_rekeyed`), its rows kept.
Real Scrapy against one local port answering both schemes, as a site's host does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsarchive.urlkeys import article_identity
from tests.plugins.both_schemes import both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = {
    "/news/ferry-adds-a-night-crossing": "Ferry adds a night crossing",
    "/news/market-hall-reopens-after-repairs": "Market hall reopens after repairs",
    "/news/school-garden-wins-a-prize": "School garden wins a prize",
}
KNOWN = tuple(STORIES)[:2]
NEW = tuple(STORIES)[2]


class Origin:
    """The site: its listing (relative links, so in the scheme it is served in) and stories."""

    def __init__(self) -> None:
        self.listed: tuple[str, ...] = KNOWN
        self.asked: list[tuple[str, str]] = []

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/":
            links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in self.listed)
            return 200, HTML, f"<html><body><h1>News</h1><ul>{links}</ul></body>".encode()
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"

    def stories_asked(self) -> list[tuple[str, str]]:
        asked, self.asked = [one for one in self.asked if one[1] in STORIES], []
        return asked


def _as_the_earlier_version_keyed_it(path: Path, copy: Path) -> None:
    """`path` copied to `copy` as the earlier version kept it: each identity with its
    scheme (`http://127.0.0.1:PORT/news/...`), under that version's index, and no key
    without the scheme."""
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    with closing(sqlite3.connect(copy)) as db:
        db.execute("DROP INDEX captures_any_scheme")
        db.execute("ALTER TABLE captures DROP COLUMN identity_any_scheme")
        db.commit()


@dataclass
class Runs:
    host: str
    first: CrawlResult
    first_asked: list[tuple[str, str]]
    moved: CrawlResult  # the next run, on https
    moved_asked: list[tuple[str, str]]
    upgraded: CrawlResult  # the same, over the first state as the earlier version kept it
    upgraded_asked: list[tuple[str, str]]
    old_state: Path
    state: Path  # the one the three first runs kept


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("scheme-moved")
    origin = Origin()
    with both_schemes_origin(origin.answer) as host:
        state, old_state = root / "state.sqlite", root / "old.sqlite"

        def crawl(scheme: str, state_path: Path, name: str) -> CrawlResult:
            args = {"url": f"{scheme}://{host}/news/", "requisites": "0"}
            settings = {"STATE_PATH": str(state_path), "WARC_DIR": str(root / name / "warc")}
            return run_crawl("news", args, settings, root / name)

        first = crawl("http", state, "run1")
        first_asked = origin.stories_asked()
        _as_the_earlier_version_keyed_it(state, old_state)
        origin.listed = tuple(STORIES)
        moved = crawl("https", state, "run2")
        moved_asked = origin.stories_asked()
        upgraded = crawl("https", old_state, "run3")
        yield Runs(
            host, first, first_asked, moved, moved_asked, upgraded, origin.stories_asked(),
            old_state, state,
        )  # fmt: skip


def test_the_first_run_fetches_the_stories_over_http(runs: Runs) -> None:
    assert sorted(runs.first_asked) == [("http", path) for path in sorted(KNOWN)]
    assert runs.first.stats.get("state/articles/new") == len(KNOWN), runs.first.log[-3000:]


def test_a_run_after_the_move_to_https_fetches_only_the_new_story(runs: Runs) -> None:
    assert runs.moved_asked == [("https", NEW)], runs.moved.log[-3000:]
    assert [item["url"] for item in runs.moved.items()] == [f"https://{runs.host}{NEW}"]
    assert runs.moved.stats.get("state/articles/new") == 1
    assert runs.moved.stats.get("state/skipped/unchanged") == len(KNOWN)
    assert "state/urls_rekeyed" not in runs.moved.stats  # a current file is only read


def test_a_state_keyed_with_the_scheme_is_keyed_again_and_kept(runs: Runs) -> None:
    assert runs.upgraded_asked == [("https", NEW)], runs.upgraded.log[-3000:]
    assert [item["url"] for item in runs.upgraded.items()] == [f"https://{runs.host}{NEW}"]
    with closing(sqlite3.connect(runs.old_state)) as db:
        rows = dict(db.execute("SELECT url, identity_any_scheme FROM captures").fetchall())
    # the rows keep the URL as fetched, each under the key of both schemes
    base = f"http://{runs.host}"
    expected = {base + path for path in KNOWN} | {f"https://{runs.host}{NEW}"}
    assert set(rows) == expected
    assert rows == {url: article_identity(url) for url in rows}
    assert article_identity(base + NEW) == article_identity(f"https://{runs.host}{NEW}")


def test_the_rekeying_is_said_and_counted(runs: Runs) -> None:
    log = runs.upgraded.log
    said = f"crawl state {runs.old_state} was written by an earlier version: keying its 2 URLs"
    assert said in log, log[:4000]
    assert f"crawl state {runs.old_state}: 2 URLs keyed by article identity" in log
    assert runs.upgraded.stats.get("state/urls_rekeyed") == len(KNOWN)
    # a new file has nothing to key: said "written by an earlier version: keying its 0 URLs"
    assert "earlier version" not in runs.first.log, runs.first.log[:4000]
    assert "state/urls_rekeyed" not in runs.first.stats


def test_a_file_keyed_so_is_still_read_by_an_earlier_version(runs: Runs) -> None:
    """A rollback to the earlier version (a bad release) opens the file as its own: that
    version looks an article up by `identity`, its key with the scheme, under its index
    `captures_identity`, and keys only the rows whose `identity` is empty. The file keyed
    anew held the scheme-free key there, so that version found no article at all: each was
    fetched, archived and itemized again as new, its version counted from 1."""
    for state in (runs.old_state, runs.state):
        with closing(sqlite3.connect(state)) as db:
            rows = dict(db.execute("SELECT url, identity FROM captures").fetchall())
            indexes = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
        assert rows == {
            f"http://{runs.host}{path}": f"http://{runs.host}{path}" for path in KNOWN
        } | {f"https://{runs.host}{NEW}": f"https://{runs.host}{NEW}"}
        assert "captures_identity" in indexes
