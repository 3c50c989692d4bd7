"""A site crawled from `-a url=` whose robots.txt never answers the spider: its request is
dropped (redirected to a page the crawl asked already, as sites that have none send it
to their front page) or cut off. The news sitemap a section page names was held until
robots.txt answered, for ever: never read. It is read now, and the log and stats say
robots.txt was not read and why (`news/robots_unread`, `news/robots_dropped`).

Real crawls of an invented site on 127.0.0.1 (markup written here).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.stats import DownloaderStats

from newsarchive import settings as project_settings
from tests.plugins.crawling import parse_stats, run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
SECTION = "/lokal/"
SECTION_STORY = "/lokal/2026/12/04/market-square-gets-new-benches/"
SITEMAP_STORY = "/lokal/2026/12/04/only-the-news-sitemap-lists-this/"
SITEMAP = "/news-sitemap.xml"
EXTENSIONS = json.dumps({**project_settings.EXTENSIONS, "tests.plugins.robots_kept.RobotsKept": 0})


def html(body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Blatt</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def story() -> str:
    words = "A made-up sentence of a made-up local story, long enough for body text. " * 6
    return html(
        f"<article><h1>A made-up story</h1><p>{words}</p></article>",
        '<meta property="article:published_time" content="2026-12-04T08:30:00+01:00">',
    )


@contextmanager
def site(robots: tuple[int, dict[str, str]]) -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []
    at: list[str] = []

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path == "/robots.txt":
            return robots[0], robots[1], b""
        if path == SECTION:
            footer = f'<footer><a href="{SITEMAP}">News-Sitemap</a></footer>'
            body = f'<h2><a href="{SECTION_STORY}">Story</a></h2>{footer}'
            return 200, {"Content-Type": "text/html; charset=utf-8"}, html(body).encode()
        if path == SITEMAP:
            loc = f"<url><loc>{at[0]}{SITEMAP_STORY}</loc></url>"
            body = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{loc}</urlset>'
            return 200, {"Content-Type": "application/xml"}, body.encode()
        if path in (SECTION_STORY, SITEMAP_STORY):
            return 200, {"Content-Type": "text/html; charset=utf-8"}, story().encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        at.append(origin)
        yield origin, asked


def crawl(
    out: Path, robots: tuple[int, dict[str, str]], obey: bool = False, extra: tuple[str, ...] = ()
) -> tuple[set[str], list[str], dict[str, Any]]:
    with site(robots) as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"url={origin}{SECTION}", "-a", "requisites=0",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"ROBOTSTXT_OBEY={int(obey)}", "-s", "RETRY_ENABLED=0",
            "-s", f"WARC_DIR={out / 'warc'}", "-s", f"REPORT_DIR={out / 'reports'}",
            "-s", f"STATE_PATH={out / 'state.sqlite'}", "-O", f"{out / 'items.jsonl'}:jsonlines",
            "-s", f"EXTENSIONS={EXTENSIONS}", *extra,
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    lines = (out / "items.jsonl").read_text().splitlines()
    urls = {str(json.loads(line)["url"]).removeprefix(origin) for line in lines}
    return urls, asked, parse_stats(done.stderr)


@pytest.mark.parametrize(
    "robots",
    [(302, {"Location": SECTION}), (302, {"Location": "/robots.txt"})],
    ids=["redirected to a page asked already", "redirected to itself"],
)
def test_the_news_sitemap_a_page_names_is_read_when_robots_txt_never_answers(
    robots: tuple[int, dict[str, str]], tmp_path: Path
) -> None:
    found, asked, stats = crawl(tmp_path, robots)
    assert "/robots.txt" in asked and SECTION in asked  # both asked, robots.txt unanswered
    assert SITEMAP in asked
    assert found == {SECTION_STORY, SITEMAP_STORY}
    assert stats["news/robots_unread"] == 1
    assert stats["news/page_sitemaps_news"] == 1
    assert "news/robots_dropped" in stats  # what happened to it, said


Crawled = tuple[set[str], list[str], dict[str, Any]]


@pytest.fixture(scope="module")
def to_section(tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    """One obeyed crawl whose robots.txt redirects to the section page, shared by the tests
    that read its requests and stats (each ran the same crawl of its own)."""
    return crawl(tmp_path_factory.mktemp("to-section"), (302, {"Location": SECTION}), obey=True)


def test_a_robots_txt_redirected_to_a_section_page_fetches_that_page_once(
    to_section: Crawled,
) -> None:
    """Obeyed, robots.txt is downloaded by Scrapy's middleware, which follows its redirect
    outside the scheduler: the section page it lands on was fetched again for the crawl's
    own request (asked twice). That download answers the crawl's request now."""
    found, asked, stats = to_section
    assert asked.count("/robots.txt") == 1
    assert asked.count(SECTION) == 1
    assert stats["robotstxt/shared_redirect"] == 1
    assert stats["test/robots/landed"] == 0  # taken: not held to the end
    assert found == {SECTION_STORY, SITEMAP_STORY}  # the section page was read as one


def test_an_article_robots_txt_redirected_to_is_fetched_once_and_named_by_its_record(
    tmp_path: Path,
) -> None:
    """The article's item comes of the robots.txt download: it names the record its page went
    to (`warc_record_id`), as any item, and the crawl state keeps it archived."""
    found, asked, stats = crawl(tmp_path, (302, {"Location": SECTION_STORY}), obey=True)
    assert asked.count(SECTION_STORY) == 1
    assert stats["robotstxt/shared_redirect"] == 1
    assert SECTION_STORY in found
    (item,) = [
        json.loads(line)
        for line in (tmp_path / "items.jsonl").read_text().splitlines()
        if json.loads(line)["url"].endswith(SECTION_STORY)
    ]
    assert item["warc_record_id"] and item["warc_file"], item


def test_a_download_answering_two_requests_is_counted_once_in_the_downloader_stats(
    to_section: Crawled,
) -> None:
    """robots.txt's download (shared with the spider's own robots.txt request) and the page it
    redirected to (the crawl's request of it answered at 962) were counted by Scrapy's
    DownloaderStats again: 6 requests and 7 responses for 5 asked of the site."""
    found, asked, stats = to_section
    assert stats["robotstxt/shared"] == 1 and stats["robotstxt/shared_redirect"] == 1
    assert found == {SECTION_STORY, SITEMAP_STORY}
    assert len(asked) == 5, asked  # robots.txt, its redirect's section page, sitemap, 2 stories
    assert stats["downloader/request_count"] == len(asked)
    assert stats["downloader/request_method_count/GET"] == len(asked)
    assert stats["downloader/response_count"] == len(asked)
    assert stats["downloader/response_status_count/302"] == 1  # robots.txt's own answer
    assert stats["downloader/response_status_count/200"] == len(asked) - 1


def test_with_the_browser_off_a_page_marked_for_rendering_is_answered_by_the_landed_page(
    tmp_path: Path,
) -> None:
    """`-a render=1` with BROWSER_ENABLED=0: the section page is fetched plainly, so the
    page robots.txt landed on answers it; it was left for a browser that never ran (asked
    twice)."""
    extra = ("-a", "render=1", "-s", "BROWSER_ENABLED=0")
    found, asked, stats = crawl(tmp_path, (302, {"Location": SECTION}), obey=True, extra=extra)
    assert "browser/pages" not in stats  # no browser ran
    assert asked.count(SECTION) == 1, asked
    assert stats["robotstxt/shared_redirect"] == 1
    assert found == {SECTION_STORY, SITEMAP_STORY}
    assert stats["downloader/response_count"] == len(asked)


def test_pages_robots_txt_led_to_are_held_a_few_at_most() -> None:
    """Hosts whose robots.txt redirects to a page the crawl never asks for: the oldest such
    page is let go past LANDED_KEPT (a crawl of many hosts held one Response each to its end)."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler
    from twisted.internet.defer import Deferred

    from newsarchive.network.robots import LANDED_KEPT, NamedRobotsTxtMiddleware

    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    middleware = NamedRobotsTxtMiddleware(crawler)
    hosts = [f"host{n}.example" for n in range(LANDED_KEPT + 3)]

    async def land_all() -> None:
        for host in hosts:
            first = f"http://{host}/robots.txt"
            hop = Request(f"http://{host}/", meta={"redirect_urls": [first]})
            middleware._parsers[host] = Deferred()
            page = HtmlResponse(hop.url, body=b"<html></html>", request=hop)
            await middleware._parse_robots(page, host, Request(first))

    asyncio.run(land_all())
    held = {urlsplit(response.url).hostname for response in middleware._landed.values()}
    assert held == set(hosts[-LANDED_KEPT:])


def test_pages_robots_txt_led_to_are_held_up_to_a_few_megabytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page held is its decoded body (a gzip body under the spool size decodes to up to
    DOWNLOAD_DECODED_MAXSIZE, 128 MiB): eight such were held to the crawl's end if it never
    asked for them. Past LANDED_BYTES the oldest is let go; a page larger alone is not held
    (fetched again if the crawl asks for it, as before)."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler
    from twisted.internet.defer import Deferred

    from newsarchive.network import robots

    assert robots.LANDED_BYTES >= 8 * 1024 * 1024  # room for a few whole front pages
    budget = 64 * 1024  # the same, smaller: the test holds no megabytes itself
    monkeypatch.setattr(robots, "LANDED_BYTES", budget)
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    middleware = robots.NamedRobotsTxtMiddleware(crawler)
    quarter = b"<html>" + b"x" * (budget // 4) + b"</html>"  # a little over a quarter
    pages = {"huge.example": b"<html>" + b"x" * budget + b"</html>"}
    pages.update((f"big{n}.example", quarter) for n in range(5))

    async def land_all() -> None:
        for host, body in pages.items():
            first = f"http://{host}/robots.txt"
            hop = Request(f"http://{host}/", meta={"redirect_urls": [first]})
            middleware._parsers[host] = Deferred()
            page = HtmlResponse(hop.url, body=body, request=hop)
            await middleware._parse_robots(page, host, Request(first))

    asyncio.run(land_all())
    held = [urlsplit(response.url).hostname for response in middleware._landed.values()]
    assert held == ["big2.example", "big3.example", "big4.example"]  # the newest that fit
    assert sum(len(response.body) for response in middleware._landed.values()) <= budget


STATS_PATH = "scrapy.downloadermiddlewares.stats.DownloaderStats"
ONCE_PATH = "newsarchive.network.robots.OnceCountedDownloaderStats"


def _own_middlewares() -> tuple[str, ...]:
    """A user's DOWNLOADER_MIDDLEWARES: the project's, naming neither stats class."""
    own = {
        name: value
        for name, value in project_settings.DOWNLOADER_MIDDLEWARES.items()
        if name not in (STATS_PATH, ONCE_PATH)
    }
    return ("-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(own)}")


def test_a_user_disabling_scrapys_downloader_stats_counts_no_download(tmp_path: Path) -> None:
    """`"scrapy.downloadermiddlewares.stats.DownloaderStats": None` in the user's own
    DOWNLOADER_MIDDLEWARES turns the download counts off, as in any Scrapy project: the
    project's replacement at 850 counted on regardless."""
    own = {**project_settings.DOWNLOADER_MIDDLEWARES, STATS_PATH: None}  # the project's, and it
    extra = ("-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(own)}")
    found, _, stats = crawl(tmp_path, (302, {"Location": SECTION}), obey=True, extra=extra)
    assert found == {SECTION_STORY, SITEMAP_STORY}  # the crawl ran
    assert stats["robotstxt/shared_redirect"] == 1
    assert not [name for name in stats if name.startswith("downloader/re")], stats


def test_a_users_own_middlewares_still_count_a_shared_download_once(tmp_path: Path) -> None:
    """A user's DOWNLOADER_MIDDLEWARES naming neither stats class (Scrapy's comes from
    DOWNLOADER_MIDDLEWARES_BASE at 850): a download answering two requests is counted once."""
    found, asked, stats = crawl(
        tmp_path, (302, {"Location": SECTION}), obey=True, extra=_own_middlewares()
    )
    assert found == {SECTION_STORY, SITEMAP_STORY}
    assert stats["robotstxt/shared_redirect"] == 1
    assert len(asked) == 5, asked
    assert stats["downloader/request_count"] == len(asked)
    assert stats["downloader/response_count"] == len(asked)


def test_a_landed_pages_request_is_uncounted_by_the_bytes_it_was_counted_with() -> None:
    """The crawl state (960) adds an article's validators after the stats (850) counted its
    request; the landed page answering it at 962 uncounted the request with those headers
    (more bytes than were counted: request_bytes fell below what went on the wire)."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from newsarchive.network import robots

    crawler = get_crawler(settings_dict={"DOWNLOADER_STATS": True})
    assert crawler.stats is not None
    stats = robots.OnceCountedDownloaderStats.from_crawler(crawler)
    request = Request("https://example.test/lokal/2026/12/04/a-story/")
    stats.process_request(request)
    assert crawler.stats.get_value("downloader/request_bytes") > 0
    request.headers["If-None-Match"] = '"an-etag-the-state-knew"'  # IncrementalMiddleware, 960
    request.meta[robots.LANDED_COUNTED] = True  # RobotsLandedMiddleware, 962
    landed = HtmlResponse(request.url, body=b"<html></html>", request=request)
    landed.flags.append(robots.SHARED_FLAG)
    assert stats.process_response(request, landed) is landed
    assert crawler.stats.get_value("downloader/request_count") == 0
    assert crawler.stats.get_value("downloader/request_bytes") == 0


def test_a_landed_page_is_uncounted_by_what_scrapys_stats_counted_however_they_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """OnceCountedDownloaderStats copied Scrapy's three counting lines to know what to take
    back: a Scrapy counting a request otherwise (another sum of bytes, a stat of its own)
    left the copy taking back what was never counted. Scrapy's own count runs now, and what it
    added is read off the stats: here a Scrapy counting 7 bytes more and one stat more, each
    counted for a download as Scrapy counts it (the copy counted its own sum)."""
    from scrapy.downloadermiddlewares.stats import DownloaderStats
    from scrapy.http import HtmlResponse
    from scrapy.utils.request import request_httprepr
    from scrapy.utils.test import get_crawler

    from newsarchive.network import robots

    scrapys = DownloaderStats.process_request

    def counting_otherwise(self: DownloaderStats, request: Request) -> None:
        scrapys(self, request)
        self.stats.inc_value("downloader/request_bytes", 7)
        self.stats.inc_value("downloader/request_scheme_count/https")  # not taken back: unread

    monkeypatch.setattr(DownloaderStats, "process_request", counting_otherwise)
    crawler = get_crawler(settings_dict={"DOWNLOADER_STATS": True})
    assert crawler.stats is not None
    stats = robots.OnceCountedDownloaderStats.from_crawler(crawler)
    plain = Request("https://example.test/")
    stats.process_request(plain)
    counted = dict(crawler.stats.get_stats())
    assert counted["downloader/request_bytes"] == len(request_httprepr(plain)) + 7  # Scrapy's
    assert counted["downloader/request_scheme_count/https"] == 1
    request = Request("https://example.test/lokal/2026/12/04/a-story/")
    stats.process_request(request)
    request.meta[robots.LANDED_COUNTED] = True
    landed = HtmlResponse(request.url, body=b"<html></html>", request=request)
    landed.flags.append(robots.SHARED_FLAG)
    assert stats.process_response(request, landed) is landed
    now = crawler.stats.get_stats()
    for name in ("downloader/request_count", "downloader/request_bytes"):
        assert now[name] == counted[name], name  # the landed request's count taken back whole
    assert now["downloader/request_method_count/GET"] == 1


def test_a_download_answering_the_crawls_request_keeps_its_own_flags() -> None:
    """The answer to the crawl's own request is flagged `shared`; the download that answers it
    (counted and archived as a download) is not: the flag goes on a list of the answer's own,
    whatever Response.replace hands over."""
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler
    from twisted.internet.defer import Deferred

    from newsarchive.network import robots

    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True})
    middleware = robots.NamedRobotsTxtMiddleware(crawler)
    host = "blatt.example"
    first = f"http://{host}/robots.txt"
    hop = Request(f"http://{host}{SECTION}", meta={"redirect_urls": [first]})
    middleware._parsers[host] = Deferred()
    download = HtmlResponse(hop.url, body=b"<html></html>", request=hop, flags=["cached"])
    asyncio.run(middleware._parse_robots(download, host, Request(first)))
    own = Request(hop.url)
    answer = middleware.take_landed(own)
    assert answer is not None and answer.request is own
    assert answer.flags == ["cached", robots.SHARED_FLAG]
    assert download.flags == ["cached"] and answer.flags is not download.flags


OWN_STATS = "tests.plugins.own_stats.OwnDownloaderStats"
OWN_STATS_SAID = "DOWNLOADER_MIDDLEWARES: " + OWN_STATS + " counts the downloader stats in place"


@pytest.mark.parametrize("scrapys", ["left on", "turned off"])
def test_a_users_own_downloader_stats_subclass_counts_each_download_once(
    scrapys: str, tmp_path: Path
) -> None:
    """A run's own DownloaderStats subclass: beside Scrapy's (left on, from Scrapy's base),
    both counted each download (11 requests for 5 asked of the site); in its place (Scrapy's
    None), an answer one download gave two requests was counted twice again (6 for 5). Its
    own counting runs, once a download; Scrapy's left on beside it is turned off, said once."""
    own: dict[str, int | None] = {**project_settings.DOWNLOADER_MIDDLEWARES, OWN_STATS: 850}
    if scrapys == "turned off":
        own[STATS_PATH] = None
    extra = ("-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(own)}", "-s", "LOG_LEVEL=INFO")
    with site((302, {"Location": SECTION})) as (origin, asked):
        command = [
            sys.executable, "-m", "scrapy", "crawl", "news",
            "-a", f"url={origin}{SECTION}", "-a", "requisites=0",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", "ROBOTSTXT_OBEY=1", "-s", "RETRY_ENABLED=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
            "-s", f"STATE_PATH={tmp_path / 'state.sqlite'}", *extra,
            "-O", f"{tmp_path / 'items.jsonl'}:jsonlines",
        ]  # fmt: skip
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    stats = parse_stats(done.stderr)
    assert stats["robotstxt/shared_redirect"] == 1
    assert len(asked) == 5, asked
    assert stats["test/own_stats/requests"] >= len(asked)  # the run's own class counted
    assert stats["downloader/request_count"] == len(asked)
    assert stats["downloader/request_method_count/GET"] == len(asked)
    assert stats["downloader/response_count"] == len(asked)
    said = [line for line in done.stderr.splitlines() if OWN_STATS_SAID in line]
    assert len(said) == (1 if scrapys == "left on" else 0), said


def test_a_users_downloader_stats_named_by_path_and_as_a_class_counts_once() -> None:
    """One class named twice in a run's DOWNLOADER_MIDDLEWARES (its path, and the class, as a
    settings module or a spider's custom_settings may): one middleware counts, inside the
    once-counting rule (each key was wrapped on its own: two counted each request), and
    Scrapy's own stays off. Scrapy's real middleware manager, counting a real request."""
    from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
    from scrapy.settings import Settings
    from scrapy.utils.test import get_crawler

    from newsarchive.network.robots import OnceCountedDownloaderStats, count_downloads_once
    from tests.plugins.own_stats import OwnDownloaderStats

    for named in ([OWN_STATS], [OwnDownloaderStats], [OWN_STATS, OwnDownloaderStats]):
        own: dict[Any, int | None] = {**project_settings.DOWNLOADER_MIDDLEWARES}
        own.update(dict.fromkeys(named, 850))
        settings = Settings()
        settings.set("DOWNLOADER_MIDDLEWARES", own, priority="project")
        count_downloads_once(settings)  # as the add-on does
        made = settings.getdict("DOWNLOADER_MIDDLEWARES")
        crawler = get_crawler(settings_dict={"DOWNLOADER_MIDDLEWARES": made})
        crawler.stats.open_spider()
        manager = DownloaderMiddlewareManager.from_crawler(crawler)
        counting = [m for m in manager.middlewares if isinstance(m, DownloaderStats)]
        assert len(counting) == 1, (named, counting)
        assert isinstance(counting[0], OnceCountedDownloaderStats)
        assert isinstance(counting[0], OwnDownloaderStats)
        counting[0].process_request(Request("http://127.0.0.1/a"))
        assert crawler.stats.get_value("downloader/request_count") == 1
        assert crawler.stats.get_value("test/own_stats/requests") == 1
