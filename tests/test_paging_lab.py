"""Real crawls of the demo's listing lab (/lab/paging/) with the `paging-lab` profile.

Each lab section pages one way (cursor APIs, a cursor loop, next URLs, HTML
fragments, WordPress REST, numbered pages ending in a 404 or a repeated page,
JSON-LD, AMP). A crawl must find every article each lists, stop each for the
right reason without asking any URL twice, and archive it all: the WARCs are
read back with warcio.
"""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.catalog import catalog
from newsarchive.demo.lab_paging import SECTIONS, articles_of, token
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, CrawlResult, allow_origin, run_crawl, warcio_check

ARTICLES = 160  # enough for every lab section's slice of the site
CAT = catalog(ARTICLES)

# section -> (listing pages read, why it ended)
EXPECTED = {
    "cursor": (5, "end_marker"),  # page + 4 answers; the last says hasNextPage false
    "loop": (3, "cursor_loop"),  # page + 2 answers; the second hands back the first cursor
    "loop-fresh": (5, "repeats"),  # new cursors, old articles: two such answers end it
    "next-url": (3, "no_cursor"),  # page + 2 answers; the last has "next": null
    "fragment": (3, "no_cursor"),  # the last fragment has no "load more" link
    "wp": (3, "total"),  # pages 2 and 3 of 3 (X-WP-TotalPages)
    "pages": (3, "past_end"),  # ?page=4 is a 404
    "repeat": (4, "same_page"),  # ?page=4 is ?page=3 again
    "itemlist": (1, "last_page"),
    "amp": (3, "no_cursor"),  # <amp-list load-more>: two answers, the last with no "next"
}


@pytest.fixture(scope="module")
def lab() -> Iterator[DemoServer]:
    with DemoServer(articles=ARTICLES) as server:
        yield server


def crawl(lab: DemoServer, out: Path, **args: str) -> tuple[CrawlResult, list[str]]:
    """One `scrapy crawl paging-lab`; the lab requests it made, in order."""
    before = len(lab.requests)
    args = {"base_url": lab.base_url, "requisites": "0", **args}
    result = run_crawl("paging-lab", args, {"REPORT_DIR": str(out / "reports")}, out)
    return result, [target for _, target in lab.requests[before:]]


def report(result: CrawlResult) -> dict[str, Any]:
    reports = sorted((result.out_dir / "reports").glob("*.json"))
    return dict(json.loads(reports[-1].read_text()))


def archived(result: CrawlResult) -> Counter[str]:
    """Paths of the 200 responses in the crawl's WARCs, read back with warcio."""
    found: Counter[str] = Counter()
    for path in result.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response" and record.http_headers.get_statuscode() == "200":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    found[uri.split("://", 1)[1].split("/", 1)[1]] += 1
    return Counter({"/" + path: n for path, n in found.items()})


@pytest.fixture(scope="module")
def sections(
    lab: DemoServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[CrawlResult, list[str]]:
    out = tmp_path_factory.mktemp("paging-lab")
    return crawl(lab, out, discover="sections", depth="20")


def test_every_article_of_every_section_is_found_and_archived_once(
    sections: tuple[CrawlResult, list[str]],
) -> None:
    result, _ = sections
    warc = archived(result)
    for section in SECTIONS:
        paths = {a.path for a in articles_of(CAT, section.name)}
        assert len(paths) == section.count
        assert {p: warc[p] for p in paths} == dict.fromkeys(paths, 1), section.name
    items = {item["url"].split("/", 3)[3] for item in result.items()}
    assert len(items) == sum(s.count for s in SECTIONS)
    warcio_check(result.warc_files())


def test_cursor_answers_are_asked_for_with_each_answer_s_cursor(
    sections: tuple[CrawlResult, list[str]],
) -> None:
    result, requests = sections
    asked = [r for r in requests if r.startswith("/lab/paging/api/cursor")]
    assert asked == [f"/lab/paging/api/cursor?after={token('cursor', n)}" for n in (5, 10, 15, 20)]
    answers = [p for p in archived(result) if p.startswith("/lab/paging/api/cursor")]
    assert sorted(answers) == sorted(asked)  # the JSON answers are archived too


def test_each_section_stops_for_its_own_reason_asking_nothing_twice(
    sections: tuple[CrawlResult, list[str]],
) -> None:
    result, requests = sections
    listings = report(result)["listings"]
    assert {name: (v["pages"], v["ended"]) for name, v in listings.items()} == EXPECTED
    assert {name: v["articles"] for name, v in listings.items()} == {
        s.name: s.count for s in SECTIONS
    }
    repeated = [target for target, n in Counter(requests).items() if n > 1]
    assert repeated == []
    assert result.stats["news/cursor_loops"] == 1
    loop = [r for r in requests if r.startswith("/lab/paging/api/loop?")]
    assert loop == [f"/lab/paging/api/loop?cursor={token('loop', n)}" for n in (5, 10)]
    assert "/lab/paging/wp-json/wp/v2/posts?page=4&per_page=5" not in requests
    assert "/lab/paging/repeat/?page=5" not in requests


def test_depth_bounds_a_cursor_listing(lab: DemoServer, tmp_path: Path) -> None:
    result, requests = crawl(lab, tmp_path, discover="sections", sections="cursor", depth="3")
    assert report(result)["listings"]["cursor"] == {"pages": 3, "articles": 15, "ended": "depth"}
    assert len([r for r in requests if r.startswith("/lab/paging/api/")]) == 2
    assert len(result.items()) == 15


def test_feeds_with_xml_base_and_a_sitemap_index_with_since(
    lab: DemoServer, tmp_path: Path
) -> None:
    """The Atom feed is paged (rel=next) and its links are relative to xml:base, the RSS
    feed's to the feed; the index names its fresh news sitemap relatively, a stale one by
    an old lastmod, and monthly archives by their URLs alone."""
    since = CAT.latest(20)[-1].published.date()
    result, requests = crawl(lab, tmp_path, discover="sitemap,rss", since=since.isoformat())
    month = f"{CAT.latest(1)[0].published:%Y-%m}"
    assert "/lab/paging/news-sitemap-fresh.xml" in requests
    assert f"/lab/paging/archive/sitemap-{month}.xml" in requests
    assert "/lab/paging/news-sitemap-old.xml" not in requests
    assert "/lab/paging/archive/sitemap-2020-01.xml" not in requests
    assert result.stats["news/sitemaps_skipped_since"] == 2
    assert [r for r in requests if r.startswith("/lab/paging/atom.xml")] == [
        "/lab/paging/atom.xml", "/lab/paging/atom.xml?page=2", "/lab/paging/atom.xml?page=3",
    ]  # fmt: skip
    in_month = [CAT.article(n) for n in CAT.ids if f"{CAT.article(n).published:%Y-%m}" == month]
    older = in_month + CAT.latest(30)  # the Atom feed's third page
    expected = {a.path for a in CAT.latest(20)} | {
        a.path for a in older if a.published.date() >= since
    }
    articles = {r for r in requests if not r.startswith(("/lab/", "/robots.txt"))}
    assert articles == expected
    assert set(archived(result)) >= expected


def test_the_lab_links_its_own_routes_and_nothing_else_links_the_lab(lab: DemoServer) -> None:
    """Crawls of the whole demo (and `make demo`'s figures) never reach /lab/paging/."""

    def links(path: str) -> set[str]:
        with urllib.request.urlopen(lab.base_url + path) as answer:
            return set(lxml.html.fromstring(answer.read()).xpath("//a/@href"))

    assert {f"/lab/paging/{s.name}/" for s in SECTIONS} <= links("/lab/paging/")
    assert not any(href.startswith("/lab/paging") for href in links("/") | links("/lab/"))


def test_check_follows_each_section_s_first_cursor_or_next_page(lab: DemoServer) -> None:
    """`newsarchive check` asks the second listing page the way a crawl does."""
    command = [
        sys.executable, "-m", "newsarchive", "check", "paging-lab",
        "-a", f"base_url={lab.base_url}", "-a", "sections=cursor,fragment,wp,pages,amp",
        "--articles", "1", "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0",
        "-s", f"NETWORK_ALLOWED={allow_origin(lab.base_url)}",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    lines = [line.split(None, 3) for line in done.stdout.splitlines() if line.startswith("section")]
    assert {line[1]: line[3] for line in lines} == {
        "cursor": "listing: 5 articles; show more: 5 more articles",
        "fragment": "listing: 5 articles; show more: 5 more articles",
        "wp": "listing: 5 articles; show more: 5 more articles",
        "pages": "listing: 5 articles; next page: 5 more articles",
        "amp": "listing: 5 articles",  # amp-list is the crawl's alone
    }, done.stdout + done.stderr
