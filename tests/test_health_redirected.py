"""An article whose listed link redirects counts in its section's health measures.

The run report counted an item naming no section under the section whose listing named it
at its URL or at any URL it was redirected from; the health alarms looked at the item's
URL alone, so an article listed at `/news/.../an-old-name/` that answers with a redirect to
`/news/.../a-new-name/` was in no section's measures: a section whose articles all moved
had its fields never judged, and a section with some moved was judged on fewer items than
it gave. Both now credit an item by one function (`spiders.sections.credited_section`).

The crawl: /news/ lists two stories without topics, one of which redirects; /sport/ two
with topics. `HEALTH_MIN_ITEMS=2` and a topics floor of 50%: site-wide (2 of 4) no alarm,
/news/'s topics coverage (none) judged, and alarming, only when both its items count in it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

SPORT = tuple(f"/sport/2026/12/a-match-report-number-{n}/" for n in (1, 2))
DIRECT = "/news/2026/12/a-story-that-stays-where-it-is/"
MOVED = "/news/2026/12/a-story-under-its-old-name/"
NEW_NAME = "/news/2026/12/a-story-under-its-new-name/"
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6


def article(tags: str = "") -> bytes:
    return (
        '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
        '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00">'
        f"{tags}</head><body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article>"
        "</body></html>"
    ).encode()


def section(links: tuple[str, ...]) -> bytes:
    teasers = "".join(
        f'<article class="teaser"><h2><a href="{p}">A story</a></h2></article>' for p in links
    )
    page = f'<html lang="en"><head><title>A section</title></head><body><main>{teasers}</main>'
    return f"{page}</body></html>".encode()


def answer(path: str) -> tuple[int, dict[str, str], bytes]:
    if path == "/news/":
        return 200, {}, section((DIRECT, MOVED))
    if path == "/sport/":
        return 200, {}, section(SPORT)
    if path == MOVED:
        return 301, {"Location": NEW_NAME}, b""
    if path in (DIRECT, NEW_NAME):
        return 200, {}, article()
    if path in SPORT:
        return 200, {}, article('<meta property="article:tag" content="Football">')
    return 404, {}, b"not here"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with answering_origin(answer) as origin:
        where = tmp_path_factory.mktemp("health-redirected")
        args = {"url": f"{origin}/news/,{origin}/sport/", "requisites": "0", "discover": "sections"}
        settings = {
            "STATE_ENABLED": "0",
            "REPORT_DIR": str(where / "reports"),
            "HEALTH_MIN_ITEMS": "2",
            "HEALTH_FIELD_FLOORS": json.dumps({"topics": 0.5}),
        }
        yield run_crawl("news", args, settings, where)


def test_a_redirected_article_counts_in_its_section_s_health(crawled: CrawlResult) -> None:
    paths = sorted(urlsplit(item["url"]).path for item in crawled.items())
    assert paths == sorted((DIRECT, NEW_NAME, *SPORT))
    assert crawled.stats["health/coverage/topics"] == 0.5  # site-wide: at its floor
    report = json.loads(next((crawled.out_dir / "reports").glob("*.json")).read_text())
    assert report["sections"] == {"news": {"new": 2}, "sport": {"new": 2}}
    alarms = [(a["kind"], a["section"], a["field"], a["value"]) for a in report["alarms"]]
    # both /news/ items in its measures (2, HEALTH_MIN_ITEMS): its topics coverage judged
    assert alarms == [("field", "news", "topics", 0.0)]
    assert report["status"] == "degraded"
