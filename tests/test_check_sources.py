"""`python -m newsarchive check` reads the sitemaps and feeds a crawl would read.

A site by `-a url=` (markup and dates written here, dated from now): robots.txt
names a news sitemap index (a stale child and a fresh one: the newest is read),
a news sitemap on another site (the crawl reads none: neither does the check) and
one that is empty; the section page names a feed whose items are months old and
one with no items. One line each says what a crawl would find there.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsarchive.health.alarms import WATCHED_FIELDS, HealthRules, RunMeasures, section_alarms
from newsarchive.health.checking import (
    CheckResult,
    SectionCheck,
    field_verdicts,
    section_verdict,
    verdict_lines,
)
from newsarchive.health.sources import SourceCheck, source_verdict
from newsarchive.spiders.sources import Entry
from tests.plugins.fixture_server import FixtureSites
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
SECTION = "/lokal/"
STORIES = [f"/lokal/2026/story-{n}-about-the-town/" for n in range(1, 6)]
WORDS = "A made-up sentence of a made-up local story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story | Lokal</title><meta name="author" content="Ann Example">'
    '<meta name="keywords" content="Town, Council">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


# Dates are written from the clock when served (a suite that reached this test half an hour
# after it was collected, a loaded CI, read "newest 4 h old" off a stamp of import time), a
# minute older than said: the check reads its clock before the server answers, and an age
# of 3 days less a second reads "2 days".
SLACK = timedelta(minutes=1)


def stamp(ago: timedelta) -> str:
    return (datetime.now(UTC) - ago - SLACK).isoformat(timespec="seconds")


def news_urlset(origin: str, paths: list[str], ago: timedelta) -> str:
    urls = "".join(
        f"<url><loc>{origin}{path}</loc><news:news><news:publication_date>{stamp(ago)}"
        "</news:publication_date></news:news></url>"
        for path in paths
    )
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" {NEWS}>{urls}</urlset>'


def rss(origin: str, paths: list[str], ago: timedelta) -> str:
    date = (datetime.now(UTC) - ago - SLACK).strftime("%a, %d %b %Y %H:%M:%S +0000")
    items = "".join(
        f"<item><title>t</title><link>{origin}{p}</link><pubDate>{date}</pubDate></item>"
        for p in paths
    )
    return f"<rss version='2.0'><channel><title>Lokal</title>{items}</channel></rss>"


def files(origin: str) -> dict[str, tuple[str, str]]:
    children = "".join(
        f"<sitemap><loc>{origin}{path}</loc><lastmod>{stamp(ago)}</lastmod></sitemap>"
        for path, ago in (("/news-old.xml", timedelta(days=30)), ("/news-now.xml", timedelta()))
    )
    head = "".join(
        f'<link rel="alternate" type="application/rss+xml" href="{feed}">'
        for feed in ("/feeds/lokal.xml", "/feeds/leer.xml")
    )
    links = "".join(f'<h2><a href="{path}">A story</a></h2>' for path in STORIES)
    return {
        "/robots.txt": (
            "text/plain",
            f"User-agent: *\nSitemap: {origin}/news-index.xml\n"
            f"Sitemap: http://localhost:9/news-sitemap.xml\nSitemap: {origin}/news-empty.xml\n",
        ),
        "/news-index.xml": (
            "application/xml",
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}'
            "</sitemapindex>",
        ),
        "/news-now.xml": ("application/xml", news_urlset(origin, STORIES[:3], timedelta(hours=3))),
        "/news-old.xml": ("application/xml", news_urlset(origin, STORIES, timedelta(days=30))),
        "/news-empty.xml": ("application/xml", news_urlset(origin, [], timedelta())),
        "/feeds/lokal.xml": ("application/rss+xml", rss(origin, STORIES[:4], timedelta(days=90))),
        "/feeds/leer.xml": ("application/rss+xml", rss(origin, [], timedelta())),
        SECTION: ("text/html", f"<html><head>{head}</head><body>{links}</body></html>"),
    }


@contextmanager
def site(gzipped: bool = False) -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []
    at: list[str] = []  # the origin, known once the server listens

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        origin = at[0]
        served = files(origin)
        if gzipped:
            served["/robots.txt"] = ("text/plain", f"Sitemap: {origin}/news.xml.gz\n")
        if path == "/news.xml.gz":  # a .xml.gz file served as is, not Content-Encoding
            kind, data = (
                "application/x-gzip",
                gzip.compress(
                    news_urlset(origin, STORIES[:3], timedelta(days=3)).encode(), mtime=0
                ),
            )
        elif path in served:
            kind, body = served[path]
            data = body.encode()
        elif path in STORIES:
            kind, data = "text/html", ARTICLE.encode()
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": kind}, data

    with answering_origin(answer) as origin:
        at.append(origin)
        yield origin, asked


def check(*args: str, origin: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-m", "newsarchive", "check", *args, "--articles", "1",
        "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
        "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
    ]  # fmt: skip
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def test_check_says_what_each_sitemap_and_feed_lists() -> None:
    with site() as (origin, asked):
        done = check("-a", f"url={origin}{SECTION}", origin=origin)
    lines = done.stdout.splitlines()
    sources = [line for line in lines if line.startswith(("sitemap ", "feed "))]
    assert sources == [
        "sitemap /news-index.xml  ok    index of 2 sitemaps, newest read: 3 articles,"
        " newest 3 h old",
        "sitemap /news-empty.xml  WARN  0 articles: lists no article of the site",
        "feed /feeds/lokal.xml  WARN  4 articles, newest 90 days old: stale (a feed is"
        " expected to list the last 7 days)",
        "feed /feeds/leer.xml  WARN  lists no item",
    ], done.stdout + done.stderr[-2000:]
    # warnings: the section passes, and so does the check
    assert (done.returncode, lines[-1]) == (0, "verdict: ok"), done.stdout
    # polite: each source once, the index's newest child only, nothing of another site
    assert "/news-now.xml" in asked and "/news-old.xml" not in asked
    for path in ("/news-index.xml", "/news-empty.xml", "/feeds/lokal.xml", "/feeds/leer.xml"):
        assert asked.count(path) == 1


def test_a_gzipped_news_sitemap_is_judged_as_a_news_sitemap() -> None:
    """A news sitemap served as a .xml.gz file: 3 days old is stale for a news sitemap
    (before, its namespace was looked for in the compressed bytes: a plain sitemap's
    7 days, 'ok')."""
    with site(gzipped=True) as (origin, _asked):
        done = check(
            "-a", f"url={origin}{SECTION}", "-a", "discover=sections,sitemap", origin=origin
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("sitemap ")]
    assert len(lines) == 1, done.stdout + done.stderr[-2000:]
    assert lines[0].startswith("sitemap /news.xml.gz  WARN  3 articles, newest 3 days old"), lines
    assert "a news sitemap is expected to list the last 2 days" in lines[0]


def test_a_profiles_stale_news_sitemap_and_its_feed(fixture_sites: FixtureSites) -> None:
    """A profile's own sources, checked when asked (`-a discover=`): the fixture news
    sitemap is dated May 2025, stale for a news sitemap; its articles are counted."""
    server = fixture_sites.server("foxnews")
    server.clear()
    origin = server.base_url
    done = check(
        "foxnews", "-a", f"base_url={origin}", "-a", "sections=world",
        "-a", "discover=sections,sitemap,rss", origin=origin,
    )  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith(("sitemap", "feed"))]
    assert len(lines) == 2, done.stdout + done.stderr[-2000:]
    sitemap, feed = lines
    assert sitemap.startswith("sitemap /sitemap.xml?type=news  WARN  3 articles of 4 URLs")
    assert "stale (a news sitemap is expected to list the last 2 days)" in sitemap
    assert feed.startswith("feed /google-publisher/latest.xml  ")
    assert done.returncode == 0


def test_a_profiles_source_that_is_gone_fails_and_a_found_one_warns() -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    gone = SourceCheck("sitemap", "https://x.example/news.xml", "profile", status=404)
    found = SourceCheck("sitemap", "https://x.example/news.xml", "robots.txt", status=404)
    assert source_verdict(gone, now) == ("FAIL", "HTTP 404; a crawl reads nothing from it")
    assert source_verdict(found, now)[0] == "WARN"


@pytest.mark.parametrize(
    ("news", "ago", "verdict"),
    [(True, timedelta(hours=47), "ok"), (True, timedelta(days=3), "WARN"),
     (False, timedelta(days=6), "ok"), (False, timedelta(days=8), "WARN")],
)  # fmt: skip
def test_how_old_is_stale(news: bool, ago: timedelta, verdict: str) -> None:
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    source = SourceCheck("sitemap", "https://x.example/s.xml", "profile", status=200, news=news)
    source.take([Entry("https://x.example/a/1", now - ago)], 1)
    assert source_verdict(source, now)[0] == verdict


@pytest.mark.parametrize("count", [0, 1, 2])
def test_check_counts_in_the_singular_where_there_is_one(count: int) -> None:
    """`check` said "listing: 1 articles", "1 more articles", "1/1 articles", "index of 1
    sitemaps", "1 articles of 1 URLs": one of a thing is said in the singular."""
    article = "article" if count == 1 else "articles"
    now = datetime(2026, 12, 4, 12, tzinfo=UTC)
    section = SectionCheck("https://x.example/news/", status=200, articles=count)
    section.more_kind, section.more_offered, section.more_status = "show more", True, 200
    section.more_articles = count
    result = CheckResult("x", "https://x.example", "a", None)
    result.articles = [("news", f"https://x.example/a/{n}", frozenset(WATCHED_FIELDS))
                       for n in range(count)]  # fmt: skip
    said = section_verdict(section, result)[1] if count else ""
    if count:
        assert said == f"listing: {count} {article}; show more: {count} more {article}"
    fields = field_verdicts(result, {})
    assert fields[0][2].startswith(f"{count}/{count} {article} ("), fields[0]
    source = SourceCheck("sitemap", "https://x.example/s.xml", "profile", status=200)
    source.children = count
    source.take([Entry(f"https://x.example/a/{n}", now) for n in range(count + 1)], count)
    url = "URL" if count == 0 else "URLs"  # one more URL than articles
    expected = f"{count} {article} of {count + 1} {url}"
    if count:
        expected = (
            f"index of {count} {'sitemap' if count == 1 else 'sitemaps'}, newest read: " + expected
        )
    assert source_verdict(source, now)[1].startswith(expected)
    alarm = section_alarms(RunMeasures({"news": count}, 0, {}), [], HealthRules(min_articles=3))
    assert alarm[0].message.startswith(f"section news: its listing pages named {count} {article} (")


def test_the_report_lists_sitemaps_then_feeds_whichever_answered_first() -> None:
    """robots.txt's sitemaps and a section page's feeds are found in whichever order the site
    answers (CI under load met the feeds first): the report reads the same either way."""
    when = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    result = CheckResult("s", "http://h", "a", None, checked_at=when)
    for kind, path, found_by in (
        ("feed", "/feeds/a.xml", "section page"),
        ("sitemap", "/news.xml", "robots.txt"),
        ("feed", "/feeds/b.xml", "section page"),
        ("sitemap", "/more.xml", "robots.txt"),
    ):
        result.sources[f"http://h{path}"] = SourceCheck(
            kind, f"http://h{path}", found_by, status=200
        )
    lines, _ok = verdict_lines(result, {})
    named = [line.split("  ")[0] for line in lines if line.startswith(("sitemap ", "feed "))]
    assert named == [
        "sitemap /news.xml",
        "sitemap /more.xml",
        "feed /feeds/a.xml",
        "feed /feeds/b.xml",
    ]
