"""`scrapy crawl news -a url=...`: a site with no profile, crawled from its section URLs.

One real crawl of a fixture site on 127.0.0.1 (markup written here) finds the
sections' articles, the news sitemap its robots.txt names and the feed its section
page names, exports items with their metadata and writes a WARC; wrong `url`
arguments stop with one line and the exit status of any wrong argument.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from parsel import Selector
from warcio.archiveiterator import ArchiveIterator

from newsarchive import exitcodes
from newsarchive.sites.adhoc import SiteUrlError, profile_from_urls, site_name
from newsarchive.spiders.site_sources import page_feeds, robots_sitemaps
from tests.plugins.crawling import run_scrapy_here
from tests.plugins.page_origin import answering_origin

PROJECT = Path(__file__).resolve().parents[1]
SECTION_STORIES = {
    "/politik/": ["/politik/2026/12/01/council-votes-on-the-new-bridge/"],
    "/politik/?page=2": ["/politik/parliament-debates-the-budget-again"],
    "/wirtschaft/": ["/wirtschaft/2026/12/02/bakery-opens-a-second-shop/"],
}
SITEMAP_STORY = "/wirtschaft/only-the-news-sitemap-lists-this-story/"
FEED_STORY = "/politik/only-the-feed-lists-this-story-today/"
UNREAD_STORY = "/archiv/only-the-full-sitemap-lists-this-old-story/"  # not a news sitemap
ALL_STORIES = {s for stories in SECTION_STORIES.values() for s in stories}
ALL_STORIES |= {SITEMAP_STORY, FEED_STORY}


def page(head: str, body: str, title: str = "Zeitung") -> str:
    return (
        f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><nav><a href="/impressum/">Impressum</a></nav>{body}</body></html>'
    )


def section(path: str) -> str:
    links = "".join(f'<h2><a href="{s}">Story {s}</a></h2>' for s in SECTION_STORIES[path])
    head = '<link rel="alternate" type="application/rss+xml" href="/feeds/politik.xml">'
    if path == "/politik/":
        head += '<link rel="next" href="/politik/?page=2">'
    return page(head, links)


def article(path: str) -> str:
    words = "A made-up sentence of a made-up local story, long enough for body text. " * 6
    headline = f"Headline of {path.strip('/').split('/')[-1]}"
    return page(
        f'<link rel="canonical" href="{path}"><meta name="author" content="Anna Muster">'
        '<meta name="keywords" content="Stadtrat, Haushalt">'
        f'<meta property="article:published_time" content="2026-12-03T08:30:00+01:00">',
        f"<article><h1>{headline}</h1><p>{words}</p><p>{words}</p></article>",
        f"{headline} | Zeitung",
    )


def urlset(*paths: str) -> str:
    entries = "".join(f"<url><loc>{{origin}}{p}</loc></url>" for p in paths)
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


FILES = {
    "/robots.txt": (
        "text/plain",
        "User-agent: *\nDisallow: /suche/\nSitemap: {origin}/sitemap-news.xml\n"
        "Sitemap: {origin}/sitemap-index.xml\n",
    ),
    "/sitemap-news.xml": ("application/xml", urlset(SITEMAP_STORY)),
    "/sitemap-index.xml": ("application/xml", urlset(UNREAD_STORY)),
    "/feeds/politik.xml": (
        "application/rss+xml",
        f"<rss version='2.0'><channel><title>Politik</title><item><title>Feed</title>"
        f"<link>{{origin}}{FEED_STORY}</link></item></channel></rss>",
    ),
}


@dataclass(frozen=True)
class Crawled:
    out: Path
    done: subprocess.CompletedProcess[str]
    asked: list[str]
    items: list[dict[str, object]]


def scrapy_crawl(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", *argv]
    return run_scrapy_here(command, timeout=300)


@contextmanager
def site() -> Iterator[tuple[str, list[str]]]:
    """The fixture site on 127.0.0.1 (its origin), and the paths it was asked."""
    asked: list[str] = []
    at: list[str] = []  # the origin, known once the server listens

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        asked.append(path)
        if path in FILES:
            kind, body = FILES[path]
            body = body.replace("{origin}", at[0])
        elif path in SECTION_STORIES:
            kind, body = "text/html; charset=utf-8", section(path)
        elif path in ALL_STORIES | {UNREAD_STORY}:
            kind, body = "text/html; charset=utf-8", article(path)
        else:
            return 404, {}, b"not here"
        return 200, {"Content-Type": kind}, body.encode()

    with answering_origin(answer) as origin:
        at.append(origin)
        yield origin, asked


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    out = tmp_path_factory.mktemp("by-url")
    with site() as (origin, asked):
        done = scrapy_crawl(
            "-a", f"url={origin}/politik/,{origin}/wirtschaft/", "-a", "requisites=0",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"WARC_DIR={out / 'warc'}", "-s", f"REPORT_DIR={out / 'reports'}",
            "-O", f"{out / 'items.jsonl'}:jsonlines",
        )  # fmt: skip
    lines = (out / "items.jsonl").read_text().splitlines() if done.returncode == 0 else []
    yield Crawled(out, done, asked, [json.loads(line) for line in lines])


def test_the_crawl_finds_the_sections_news_sitemap_and_feed_articles(crawled: Crawled) -> None:
    assert crawled.done.returncode == 0, crawled.done.stderr[-3000:]
    paths = sorted(str(item["url"]).split(":", 2)[2].partition("/")[2] for item in crawled.items)
    assert ["/" + p for p in paths] == sorted(ALL_STORIES)


def test_a_sitemap_robots_txt_names_that_is_not_of_news_is_not_read(crawled: Crawled) -> None:
    assert "/sitemap-news.xml" in crawled.asked and "/feeds/politik.xml" in crawled.asked
    assert "/sitemap-index.xml" not in crawled.asked and UNREAD_STORY not in crawled.asked


def test_robots_txt_is_fetched_and_archived_once(crawled: Crawled) -> None:
    """RobotsTxtMiddleware's download serves the spider's `Sitemap:` reading too."""
    assert crawled.asked.count("/robots.txt") == 1, crawled.asked
    archived = []
    for path in (crawled.out / "warc").glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and uri.endswith("/robots.txt"):
                    archived.append(uri)
    assert len(archived) == 1, archived
    assert "/sitemap-news.xml" in crawled.asked


def test_not_obeying_robots_txt_the_spider_reads_it_itself(tmp_path: Path) -> None:
    with site() as (origin, asked):
        done = scrapy_crawl(
            "-a", f"url={origin}/politik/", "-a", "requisites=0", "-s", "ROBOTSTXT_OBEY=0",
            "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
            "-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"REPORT_DIR={tmp_path / 'reports'}",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert asked.count("/robots.txt") == 1 and "/sitemap-news.xml" in asked


def test_items_carry_the_generic_extraction(crawled: Crawled) -> None:
    assert crawled.items
    for item in crawled.items:
        assert str(item["title"]).startswith("Headline of ")
        assert item["authors"] == ["Anna Muster"]
        assert str(item["published"]).startswith("2026-12-03T08:30:00")
        assert "made-up local story" in str(item["body"])
        assert item["site"] == "127.0.0.1"


def test_the_warc_holds_every_article_and_the_state_is_named_after_the_host(
    crawled: Crawled,
) -> None:
    archived = set()
    for path in (crawled.out / "warc").glob("*.warc.gz"):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    archived.add(record.rec_headers.get_header("WARC-Target-URI"))
    assert {str(item["url"]) for item in crawled.items} <= archived
    assert (crawled.out / "state" / "127.0.0.1.sqlite").exists()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ("-a", "site=demo", "-a", "url=http://127.0.0.1:9/a/"),
            "give either -a site=demo or -a url=",
        ),
        (("-a", "url=ftp://news.example/a/"), "url must be http(s)://host/section/, got 'ftp://"),
        (
            ("-a", "url=https://a.example/x/,https://b.example/y/"),
            "url names sections on 2 hosts (https://a.example, https://b.example)",
        ),
        (("-a", "url=,"), "url must name at least one section URL"),
    ],
    ids=["site and url", "not http", "two hosts", "empty"],
)
def test_a_wrong_url_is_one_line_and_exit_status_2(
    argv: tuple[str, ...], says: str, tmp_path: Path
) -> None:
    done = scrapy_crawl(*argv, "-s", f"WARC_DIR={tmp_path / 'warc'}")
    output = done.stdout + done.stderr
    assert "Traceback" not in output, output[-3000:]
    assert done.returncode == exitcodes.BAD_INPUT == 2, output[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert says in last and "(exit status" in last
    assert "Spider opened" not in output


@pytest.mark.parametrize(
    ("urls", "name", "sections"),
    [
        (
            "https://www.Example.CH/politik/, https://www.example.ch/wirtschaft/",
            "example.ch",
            {"politik": "/politik/", "wirtschaft": "/wirtschaft/"},
        ),
        ("https://news.example.kr/", "news.example.kr", {"home": "/"}),
        (
            "http://x.example/news/world/?page=1",
            "x.example",
            {"news-world-page-1": "/news/world/?page=1"},
        ),
        ("https://x.example/a/,https://x.example/a/", "x.example", {"a": "/a/"}),
        (
            "https://x.example/a-b/,https://x.example/a/b/",
            "x.example",
            {"a-b": "/a-b/", "a-b-2": "/a/b/"},
        ),
    ],
)
def test_the_profile_built_from_urls(urls: str, name: str, sections: dict[str, str]) -> None:
    profile = profile_from_urls(urls)
    assert (profile.name, dict(profile.sections)) == (name, sections)
    assert profile.discover == ("sections", "sitemap", "rss")
    assert profile.base_url == "https://www.example.ch" or name != "example.ch"


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("www.zeitung.ch", "zeitung.ch"),
        ("bücher.example", "xn--bcher-kva.example"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_the_site_name_is_a_safe_file_name(host: str, name: str) -> None:
    assert site_name(host) == name


def test_a_url_with_a_bad_port_is_refused() -> None:
    with pytest.raises(SiteUrlError, match="http\\(s\\)://host"):
        profile_from_urls("https://x.example:99999/a/")


def test_sources_the_site_names_itself() -> None:
    robots = b"User-agent: *\nSitemap: /news/sitemap.xml\nsitemap: https://x.example/all.xml\n"
    assert robots_sitemaps(robots, "https://x.example/robots.txt") == (
        ["https://x.example/news/sitemap.xml"],
        ["https://x.example/all.xml"],
    )
    html = (
        '<link rel="alternate" type="application/rss+xml" href="/rss">'
        '<link REL="Alternate" type="application/atom+xml; charset=utf-8" href="/atom">'
        '<link rel="alternate" hreflang="fr" href="/fr/">'
        '<link rel="alternate" type="application/rss+xml" href="/rss">'
    )
    assert page_feeds(html, "https://x.example/a/") == [
        "https://x.example/rss",
        "https://x.example/atom",
    ]
    # the spider hands over the page's own Selector (parsed once): the same feeds
    assert page_feeds(Selector(text=html), "https://x.example/a/") == [
        "https://x.example/rss",
        "https://x.example/atom",
    ]


def test_check_takes_section_urls(tmp_path: Path) -> None:
    """`python -m newsarchive check -a url=...`: the same run-time profile, checked live."""
    with site() as (origin, asked):
        command = [
            sys.executable, "-m", "newsarchive", "check", "-a", f"url={origin}/politik/",
            "--articles", "1", "-s", f"NETWORK_ALLOWED={origin.removeprefix('http://')}",
            "-s", f"WARC_DIR={tmp_path / 'warc'}",
        ]  # fmt: skip
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith(f"check 127.0.0.1 at {origin}"), done.stderr[-3000:]
    assert "/politik/" in asked and any(path in ALL_STORIES for path in asked)
    lines = done.stdout.splitlines()
    assert any(line.startswith("section politik") and " ok " in line for line in lines)
    assert (done.returncode, lines[-1]) == (0, "verdict: ok"), done.stdout
