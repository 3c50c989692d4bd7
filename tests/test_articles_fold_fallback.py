"""An article folded to its listing's scheme is asked as written where that scheme fails.

A site served over https whose story list links some stories `http://...` (a widget, an
old template) asks them over https (`news/links_scheme_folded`). Where its https gives
no answer for them (the connection cut, refused, a TLS failure) or refuses the scheme
(nginx's `400 The plain HTTP request was sent to HTTPS port`, a proxy's 400), the story
was lost: only a 404 or 410 gave way to the written spelling. Now, once Scrapy's retries
of the folded request are spent, the written spelling is asked (its errback), counted
`news/articles_fold_fallback`; its capture is archived and the state knows the article
once. Real Scrapy against one local port answering http and TLS, as a site's host does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.urlkeys import article_identity
from tests.plugins.both_schemes import CUT, both_schemes_origin
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.story_page import story_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
CUT_ON_HTTPS = "/news/lighthouse-keeper-retires"  # https closes the connection unanswered
REFUSED_ON_HTTPS = "/news/bakery-wins-bread-award"  # https answers nginx's 400
ON_HTTPS = "/news/ferry-gets-a-new-engine"  # linked relative: https, as any story
STORIES = {
    CUT_ON_HTTPS: "Lighthouse keeper retires",
    REFUSED_ON_HTTPS: "Bakery wins bread award",
    ON_HTTPS: "Ferry gets a new engine",
}
NGINX_400 = b"<html><body><center>The plain HTTP request was sent to HTTPS port</center></body>"


@dataclass
class Origin:
    """The site over https; two stories, linked `http://`, left on the http vhost alone."""

    host: str = ""
    asked: list[tuple[str, str]] = field(default_factory=list)

    def answer(self, scheme: str, target: str) -> tuple[int, Mapping[str, str], bytes]:
        self.asked.append((scheme, target))
        if target == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if target == "/news/" and scheme == "https":
            plain = f"http://{self.host}"
            links = (f"{plain}{CUT_ON_HTTPS}", f"{plain}{REFUSED_ON_HTTPS}", ON_HTTPS)
            items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
            return 200, HTML, f"<html><body><ul>{items}</ul></body></html>".encode()
        if scheme == "https" and target == CUT_ON_HTTPS:
            return CUT, {}, b""
        if scheme == "https" and target == REFUSED_ON_HTTPS:
            return 400, HTML, NGINX_400
        if target in STORIES:
            title = STORIES[target]
            return 200, HTML, story_page(title, f"{title}, the harbour office said.")
        return 404, {"Content-Type": "text/plain"}, b"not here"


@dataclass
class Run:
    origin: Origin
    crawl: CrawlResult
    state: Path


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    origin = Origin()
    out = tmp_path_factory.mktemp("articles-fold-fallback")
    with both_schemes_origin(origin.answer) as host:
        origin.host = host
        args = {"url": f"https://{host}/news/", "requisites": "0"}
        state = out / "state.sqlite"
        # Scrapy's own retries kept (2): the fallback comes once they are spent
        settings = {"STATE_PATH": str(state), "RETRY_TIMES": "2"}
        yield Run(origin, run_crawl("news", args, settings, out), state)


def test_the_written_spelling_is_asked_once_the_folded_one_fails(run: Run) -> None:
    asked = run.origin.asked
    log = run.crawl.log[-4000:]
    # the cut one retried twice over https, then asked as written; a 400 is not retried
    assert [one for one in asked if one[1] == CUT_ON_HTTPS] == [
        ("https", CUT_ON_HTTPS),
        ("https", CUT_ON_HTTPS),
        ("https", CUT_ON_HTTPS),
        ("http", CUT_ON_HTTPS),
    ], (asked, log)
    assert [one for one in asked if one[1] == REFUSED_ON_HTTPS] == [
        ("https", REFUSED_ON_HTTPS),
        ("http", REFUSED_ON_HTTPS),
    ], (asked, log)
    assert [one for one in asked if one[1] == ON_HTTPS] == [("https", ON_HTTPS)]
    stats = run.crawl.stats
    assert stats.get("news/links_scheme_folded") == 2, stats
    assert stats.get("news/articles_fold_fallback") == 2, stats
    assert "news/articles_respelled" not in stats, stats
    assert f"failed (HTTP 400): asked as written, http://{run.origin.host}{REFUSED_ON_HTTPS}" in (
        run.crawl.log
    )
    assert "Traceback" not in run.crawl.log, log
    # said once, as asked as written: no warning of a story that was fetched after all
    assert "could not fetch" not in run.crawl.log, log


def test_each_story_is_archived_and_exported_once_under_its_written_url(run: Run) -> None:
    host = run.origin.host
    expected = {
        f"http://{host}{CUT_ON_HTTPS}",
        f"http://{host}{REFUSED_ON_HTTPS}",
        f"https://{host}{ON_HTTPS}",
    }
    urls = [item["url"] for item in run.crawl.items()]
    assert sorted(urls) == sorted(expected), run.crawl.log[-4000:]
    responses = []
    for path in run.crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI")
                if record.rec_type == "response" and uri.split("://")[1].startswith(
                    host + "/news/"
                ):
                    status = record.http_headers.get_statuscode()
                    responses.append((uri, status))
    stories = {uri: status for uri, status in responses if not uri.endswith("/news/")}
    # the 400 is archived as served, as any answer; the cut one left nothing
    assert stories == {
        **dict.fromkeys(expected, "200"),
        f"https://{host}{REFUSED_ON_HTTPS}": "400",
    }, responses


def test_the_state_knows_each_story_once_by_its_identity(run: Run) -> None:
    with closing(sqlite3.connect(run.state)) as db:
        rows = db.execute("SELECT url, identity_any_scheme FROM captures").fetchall()
    stories = [row for row in rows if "/news/" in row[0] and not row[0].endswith("/news/")]
    host = run.origin.host
    assert sorted(stories) == sorted(
        (url, article_identity(url))
        for url in (
            f"http://{host}{CUT_ON_HTTPS}",
            f"http://{host}{REFUSED_ON_HTTPS}",
            f"https://{host}{ON_HTTPS}",
        )
    ), rows
    assert run.crawl.stats.get("state/articles/new") == len(STORIES), run.crawl.stats
