"""One article across runs whatever spelling each run's listing gives it.

Within a run the spider fetches an article listed as `/story` and `/story/` once
(`urlkeys.article_identity`); across runs the crawl state knew it by the exact URL, so a
run whose listing wrote the other spelling first fetched it again as new and exported a
second item. The state's rows keep the URL as fetched (history, items, WARC); a state file
written before the identity was kept (no `identity` column) is upgraded in place, its rows
kept. Real Scrapy against a local origin.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from newsarchive import settings as project_settings
from newsarchive.urlkeys import article_identity, scheme_identity
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

HTML = {"Content-Type": "text/html; charset=utf-8"}
STORIES = {
    "/news/harbour-crane-lifts-first-ship": "The new harbour crane lifted its first ship.",
    "/news/library-extends-winter-hours": "The library stays open longer through winter.",
    "/news/choir-wins-regional-prize": "The town choir won the regional prize on Sunday.",
}
FIRST = ("/news/harbour-crane-lifts-first-ship", "/news/library-extends-winter-hours/")
# the known two in the other spelling, listed first; one story new
SECOND = (
    "/news/harbour-crane-lifts-first-ship/",
    "/news/library-extends-winter-hours",
    "/news/choir-wins-regional-prize",
)
NEW = "/news/choir-wins-regional-prize"


def _page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{text} Paragraph {n} of the story.</p>" for n in range(12))
    return f"<html><head><title>{text}</title></head><body><article>{paragraphs}</article>".encode()


class Origin:
    """The site: the listing of the current run, every spelling of a story answered alike."""

    def __init__(self) -> None:
        self.url = ""
        self.listed: tuple[str, ...] = FIRST
        self.asked: list[str] = []

    def answer(self, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append(target)
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/":
            links = "".join(f'<li><a href="{path}">{path}</a></li>' for path in self.listed)
            return 200, HTML, f"<html><body><h1>News</h1><ul>{links}</ul></body>".encode()
        for story, text in STORIES.items():
            if article_identity(self.url + target) == article_identity(self.url + story):
                return 200, HTML, _page(text)
        return 404, {"Content-Type": "text/plain"}, b"not here"

    def stories_asked(self) -> list[str]:
        return [t for t in self.asked if t.startswith("/news/") and t != "/news/"]


IDENTITY_THREADS = "tests.plugins.identity_threads.IdentityThreads"
OLD_COLUMNS = (
    "url, captured_at, checked_at, status, digest, etag, last_modified, listed_modified, "
    "warc_file, warc_offset, record_id, record_type, version, version_date, section"
)
OLD_CAPTURES = """CREATE TABLE captures (
    url TEXT PRIMARY KEY, captured_at TEXT NOT NULL, checked_at TEXT NOT NULL,
    status INTEGER NOT NULL, digest TEXT, etag TEXT, last_modified TEXT,
    listed_modified TEXT, warc_file TEXT, warc_offset INTEGER, record_id TEXT,
    record_type TEXT, version INTEGER NOT NULL, version_date TEXT NOT NULL, section TEXT
)"""  # the table as state files were written before the identity was kept


def _as_main_wrote_it(path: Path, copy: Path) -> None:
    """`path` copied to `copy` in the format the state had before it kept each article's
    identity: the same tables without the `identity` column and its index."""
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    with closing(sqlite3.connect(copy)) as db:
        if "identity" in _columns(db):
            db.execute("ALTER TABLE captures RENAME TO captures_new")
            db.execute(OLD_CAPTURES)
            db.execute(f"INSERT INTO captures SELECT {OLD_COLUMNS} FROM captures_new")
            db.execute("DROP TABLE captures_new")
        db.commit()
        assert "identity" not in _columns(db)


def _columns(db: sqlite3.Connection) -> list[str]:
    return [row[1] for row in db.execute("PRAGMA table_info(captures)")]


@dataclass
class Runs:
    origin: Origin
    first: CrawlResult
    second: CrawlResult
    second_asked: list[str]
    upgraded: CrawlResult  # the second run's listing over an old-format copy of the first state
    upgraded_asked: list[str]
    state: Path
    old_state: Path


def _rows(path: Path) -> list[tuple[str, int]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT url, version FROM captures ORDER BY url").fetchall()


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("incremental-spellings")
    origin = Origin()
    with answering_origin(origin.answer) as url:
        origin.url = url
        args = {"url": f"{url}/news/", "requisites": "0"}
        state, old_state = root / "state.sqlite", root / "old.sqlite"

        def settings(state_path: Path, warc: str) -> dict[str, str]:
            return {"STATE_PATH": str(state_path), "WARC_DIR": str(root / warc)}

        first = run_crawl("news", args, settings(state, "warc"), root / "run1")
        _as_main_wrote_it(state, old_state)
        origin.listed, origin.asked = SECOND, []
        second = run_crawl("news", args, settings(state, "warc"), root / "run2")
        second_asked, origin.asked = origin.stories_asked(), []
        extensions = {**project_settings.EXTENSIONS, IDENTITY_THREADS: 10}
        with_threads = {"EXTENSIONS": json.dumps(extensions)}
        upgraded = run_crawl(
            "news", args, settings(old_state, "warc-old") | with_threads, root / "run3"
        )
        yield Runs(
            origin, first, second, second_asked, upgraded, origin.stories_asked(), state, old_state
        )


def test_a_known_article_in_another_spelling_is_not_fetched_again(runs: Runs) -> None:
    assert runs.second_asked == [NEW], runs.second.log[-3000:]
    assert [item["url"] for item in runs.second.items()] == [runs.origin.url + NEW]
    assert runs.second.stats.get("state/articles/new") == 1


def test_the_state_keeps_each_url_as_fetched(runs: Runs) -> None:
    """The rows name the spelling each run fetched (history, revisits): the first run's
    `/story` stays `/story`, not the second run's `/story/`."""
    base = runs.origin.url
    assert _rows(runs.state) == sorted((base + path, 1) for path in (*FIRST, NEW))
    assert {item["url"] for item in runs.first.items()} == {base + path for path in FIRST}


def test_a_state_file_of_the_earlier_format_is_upgraded_and_kept(runs: Runs) -> None:
    assert runs.upgraded_asked == [NEW], runs.upgraded.log[-3000:]
    assert [item["url"] for item in runs.upgraded.items()] == [runs.origin.url + NEW]
    base = runs.origin.url
    assert _rows(runs.old_state) == sorted((base + path, 1) for path in (*FIRST, NEW))
    with closing(sqlite3.connect(runs.old_state)) as db:
        keyed = db.execute("SELECT url, identity, identity_any_scheme FROM captures").fetchall()
    assert {u: (s, a) for u, s, a in keyed} == {
        u: (scheme_identity(u), article_identity(u)) for u, _, _ in keyed
    }


def test_the_upgrade_is_said_and_runs_off_the_reactors_thread(runs: Runs) -> None:
    """An archivist's 200,000-row file took ~9 s to upgrade at the start, silently, with the
    reactor's thread held (no signal, no timer): it is said, and done in a thread."""
    log = runs.upgraded.log
    said = (
        f"crawl state {runs.old_state} was written by an earlier version: keying its "
        f"{len(FIRST)} URLs by article identity (one key for http and https), once, in a thread"
    )
    assert said in log, log[:4000]
    assert f"crawl state {runs.old_state}: {len(FIRST)} URLs keyed by article identity" in log
    # awaited as Scrapy awaits a handler: a Deferred returned put a ScrapyDeprecationWarning
    # in every upgrading run's log
    assert "Deprecation" not in log, log[:4000]
    off_main = runs.upgraded.stats.get("test/identities_off_main_thread")
    assert off_main == len(FIRST), runs.upgraded.stats
    assert "keying" not in runs.second.log  # a current file is only read
