"""`scrapy crawl foxnews` against Fox-style fixture pages served on loopback.

The fixtures (tests/fixtures/sites/foxnews) hold two section pages, the
"show more" JSON of /api/article-search, a news sitemap and an RSS feed,
with videos, live pages, author and topic pages, FoxBusiness and OutKick
links among the teasers. Three real crawls are shared by the tests.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.fixture_server import FixtureSites, SiteCrawl, crawl_site

API = (
    "/api/article-search?searchBy=tags&values=fox-news%2F{}"
    "&excludeBy=tags&excludeValues=&size=10&from={}"
)
POLITICS_PAGE = {
    "/politics/senate-panel-advances-water-rights-bill",
    "/politics/governors-meet-over-border-funding-plan",
    "/politics/house-vote-delayed-after-late-amendment",
}
POLITICS_MORE_RECENT = {
    "/politics/supreme-court-hears-arguments-on-ballot-rules",
    "/politics/treasury-pick-faces-tough-senate-questions",
    "/politics/state-lawmakers-weigh-new-voting-maps",
    "/politics/pentagon-budget-request-draws-bipartisan-fire",
}
POLITICS_MORE_OLDER = {
    "/politics/mayors-push-congress-on-transit-money",
    "/politics/campaign-finance-reports-show-record-haul",
    "/politics/inspector-general-report-faults-agency-spending",
}
POLITICS_MORE_PAGE_2 = {
    "/politics/senators-trade-barbs-over-farm-bill",
    "/politics/white-house-unveils-cyber-security-order",
    "/politics/county-clerks-brace-for-primary-turnout",
}
WORLD_PAGE = {
    "/world/ceasefire-talks-resume-in-geneva",
    "/world/flooding-forces-thousands-from-homes",
}
# Only in the "show more" answers from offsets 10 and 20: the page's state says its
# button continues from 10 (the answer from 0 repeats what the page shows).
WORLD_MORE = {
    "/world/aid-convoy-reaches-northern-villages",
    "/world/border-talks-stall-over-trade-corridors",
    "/world/storm-season-opens-early-along-the-coast",
    "/world/museum-returns-ancient-artifacts-to-owners",
    "/world/rail-strike-halts-freight-across-the-north",
    "/world/election-monitors-report-calm-polling-day",
    "/world/drought-deepens-across-farming-provinces",
    "/world/ministers-agree-on-fishing-quota-deal",
}
WORLD = WORLD_PAGE | WORLD_MORE
SITEMAP_RECENT = {"/us/city-council-approves-new-bridge-design"}
SITEMAP_OLDER = {"/us/county-fair-returns-after-three-years"}
FEED = {"/us/wildfire-crews-gain-ground-in-the-hills"}
ALL_ARTICLES = (
    POLITICS_PAGE | POLITICS_MORE_RECENT | POLITICS_MORE_OLDER | POLITICS_MORE_PAGE_2
    | WORLD | SITEMAP_RECENT | SITEMAP_OLDER | FEED
)  # fmt: skip
LISTINGS = {
    "/politics",
    "/world",
    API.format("politics", 0),
    API.format("politics", 10),
    API.format("world", 10),
    API.format("world", 20),
    "/sitemap.xml?type=news",
    "/google-publisher/latest.xml",
}


@pytest.fixture(scope="module")
def fox(fixture_sites: FixtureSites):
    return fixture_sites.server("foxnews")


@pytest.fixture(scope="module")
def full(fox, tmp_path_factory: pytest.TempPathFactory) -> SiteCrawl:
    out = tmp_path_factory.mktemp("fox-full")
    args = ("sections=politics,world", "discover=sections,sitemap,rss")
    crawl = crawl_site(fox, "foxnews", out, *args)
    assert crawl.returncode == 0, crawl.log[-3000:]
    return crawl


@pytest.fixture(scope="module")
def since(fox, full, tmp_path_factory: pytest.TempPathFactory) -> SiteCrawl:
    out = tmp_path_factory.mktemp("fox-since")
    args = ("sections=politics", "discover=sections,sitemap", "since=2025-05-01")
    crawl = crawl_site(fox, "foxnews", out, *args)
    assert crawl.returncode == 0, crawl.log[-3000:]
    return crawl


@pytest.fixture(scope="module")
def capped(fox, since, tmp_path_factory: pytest.TempPathFactory) -> SiteCrawl:
    out = tmp_path_factory.mktemp("fox-max")
    crawl = crawl_site(fox, "foxnews", out, "sections=politics", "max_articles=3")
    assert crawl.returncode == 0, crawl.log[-3000:]
    return crawl


def articles(crawl: SiteCrawl) -> set[str]:
    return set(crawl.requests) - LISTINGS - {"/robots.txt"}


def test_finds_every_article_of_sections_show_more_sitemap_and_feed(full: SiteCrawl) -> None:
    assert articles(full) == ALL_ARTICLES


def test_requests_nothing_out_of_scope(full: SiteCrawl) -> None:
    assert set(full.requests) == ALL_ARTICLES | LISTINGS | {"/robots.txt"}
    for path in full.requests:
        assert not path.startswith(("/video", "/person", "/category", "/live-news", "/photos"))


def test_fetches_each_article_once(full: SiteCrawl) -> None:
    # listed in politics and world and the feed; with a tracking query; with a fragment
    counts = Counter(full.requests)
    assert {path: n for path, n in counts.items() if n > 1} == {}


def test_show_more_ends_on_a_short_page(full: SiteCrawl) -> None:
    assert API.format("politics", 10) in full.requests
    assert API.format("politics", 20) not in full.requests
    assert API.format("world", 30) not in full.requests


def test_show_more_continues_from_the_offset_the_page_states(full: SiteCrawl) -> None:
    # the symptom: asked from 0, the World answer repeated the page and the
    # section ended there, missing every article reachable only from offsets 10 and 20
    assert API.format("world", 0) not in full.requests
    assert articles(full) >= WORLD_MORE


def test_report_says_how_each_section_ended(full: SiteCrawl) -> None:
    report = json.loads(next(Path(full.warc_dir.parent, "reports").glob("*.json")).read_text())
    assert report["listings"] == {
        "politics": {"pages": 3, "articles": 13, "ended": "short_page"},
        "world": {"pages": 3, "articles": 11, "ended": "short_page"},
    }


def test_every_article_becomes_an_item(full: SiteCrawl) -> None:
    paths = {item["url"].split("/", 3)[3] for item in full.items}
    assert {"/" + path for path in paths} == ALL_ARTICLES
    assert {item["site"] for item in full.items} == {"foxnews"}
    assert all(item["warc_record_id"] for item in full.items)


def test_listings_sitemap_feed_and_show_more_are_archived(full: SiteCrawl) -> None:
    archived = set()
    for path in sorted(Path(full.warc_dir).glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    archived.add("/" + uri.split("/", 3)[3])
    assert set(full.requests) <= archived


def test_since_skips_older_articles_and_stops_show_more(since: SiteCrawl) -> None:
    # section-page teasers carry no date and are kept; JSON and sitemap dates decide the rest
    assert articles(since) == POLITICS_PAGE | POLITICS_MORE_RECENT | SITEMAP_RECENT
    assert API.format("politics", 10) not in since.requests


def test_max_articles_stops_the_crawl(capped: SiteCrawl) -> None:
    assert articles(capped) == POLITICS_PAGE
    assert not any(path.startswith("/api/") for path in capped.requests)


@pytest.fixture(scope="module")
def shallow(fox, capped, tmp_path_factory: pytest.TempPathFactory) -> SiteCrawl:
    out = tmp_path_factory.mktemp("fox-depth")
    crawl = crawl_site(fox, "foxnews", out, "sections=politics", "depth=2")
    assert crawl.returncode == 0, crawl.log[-3000:]
    return crawl


def test_depth_limits_the_listing_pages_of_a_section(shallow: SiteCrawl) -> None:
    # depth 2: the section page and one "show more" answer
    assert API.format("politics", 0) in shallow.requests
    assert API.format("politics", 10) not in shallow.requests
    assert articles(shallow) == POLITICS_PAGE | POLITICS_MORE_RECENT | POLITICS_MORE_OLDER


@pytest.mark.parametrize(
    ("spider", "args", "message"),
    [
        ("news", ("site=fox",), "unknown site 'fox'; known sites: apnews, bbc, cnn"),
        ("foxnews", ("sections=politics,weather",), "sections of foxnews: us, politics"),
    ],
)
def test_bad_arguments_fail_before_any_request(  # the full table: test_spider_options.py
    fox, shallow, tmp_path: Path, spider: str, args: tuple[str, ...], message: str
) -> None:
    crawl = crawl_site(fox, spider, tmp_path, *args)
    assert crawl.returncode != 0
    assert message in crawl.log
    assert crawl.requests == []
