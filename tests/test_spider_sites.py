"""Every newsroom profile crawled by the real spider against fixture pages in its site's markup.

One crawl per site (all discovery sources on), shared by the tests of that
site. The fixture pages (tests/fixtures/sites/<site>/) mix articles with
video, live, gallery, author, topic pages and other domains' links; the
server's request log shows exactly what the spider asked for.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.sites import SITES
from tests.plugins.fixture_server import SITES_DIR, FixtureSites, SiteCrawl, crawl_site


@dataclass(frozen=True)
class Expected:
    sections: str  # the sections the fixtures hold
    articles: set[str]  # every article path the crawl must fetch, and nothing else
    listings: set[str]  # section pages (and their next pages), sitemaps, feeds


EXPECTED = {
    "apnews": Expected(
        sections="politics,world-news",
        articles={
            "/article/governors-border-funding-talks-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "/article/senate-budget-vote-delayed-5d1c0c7f2a3b4e6f8091a2b3c4d5e6f7",
            "/article/spring-session-opens-with-budget-fight-00112233445566778899aabbccddeeff",
            "/article/supreme-court-ballot-rules-case-1234567890abcdef1234567890abcdef",
            "/article/un-climate-talks-open-in-bonn-9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        },
        listings={
            "/news-sitemap-content.xml",
            "/politics",
            "/world-news",
        },
    ),
    "bbc": Expected(
        sections="world",
        articles={
            "/news/articles/c0kz7l2vvd8o",
            "/news/articles/c4gp1m9y3nxo",
            "/news/articles/c7v8y2k9z1wo",
            "/news/articles/cx2g4wq5rrpo",
            "/news/world-europe-68912345",
        },
        listings={
            "/news/rss.xml",
            "/news/world",
            "/sitemaps/https-index-com-news.xml",
            "/sitemaps/https-sitemap-com-news-1.xml",
        },
    ),
    "cnn": Expected(
        sections="politics",
        articles={
            "/2025/05/19/politics/supreme-court-ballot-case-arguments",
            "/2025/05/20/politics/governors-border-funding-meeting",
            "/2025/05/20/politics/senate-budget-vote-delay",
            "/2025/05/20/us/wildfire-evacuations-lifted",
        },
        listings={
            "/politics",
            "/rss/cnn_topstories.rss",
            "/sitemap/news.xml",
        },
    ),
    "guardian": Expected(
        sections="world",
        articles={
            "/commentisfree/2025/may/20/the-summit-matters-more-than-it-looks",
            "/environment/2025/may/20/heatwave-warning-issued-across-europe",
            "/world/2025/may/19/aid-convoy-reaches-northern-villages",
            "/world/2025/may/20/ceasefire-talks-resume-geneva",
            "/world/2025/may/20/floods-force-thousands-from-homes",
            "/world/2025/may/20/un-climate-talks-open-bonn",
        },
        listings={
            "/sitemaps/news.xml",
            "/world",
            "/world/rss",
            "/world?page=2",
        },
    ),
    "npr": Expected(
        sections="politics",
        articles={
            "/2025/04/28/nx-s1-5390000/older-budget-story",
            "/2025/05/20/nx-s1-5401234/senate-budget-vote-delayed",
            "/2025/05/20/nx-s1-5401299/governors-meet-on-border-funding",
            "/2025/05/20/nx-s1-5402000/wildfire-evacuations-lifted",
            "/sections/shots-health-news/2025/05/20/nx-s1-5400001/measles-cases-rise",
        },
        listings={
            "/1001/rss.xml",
            "/sections/politics/",
        },
    ),
    "nytimes": Expected(
        sections="politics",
        articles={
            "/2025/05/19/us/politics/supreme-court-ballot-rules.html",
            "/2025/05/20/climate/bonn-climate-talks.html",
            "/2025/05/20/us/politics/governors-border-funding.html",
            "/2025/05/20/us/politics/senate-budget-vote.html",
            "/2025/05/20/world/europe/ceasefire-talks-geneva.html",
        },
        listings={
            "/section/politics",
            "/section/politics?page=2",
            "/section/politics?page=3",  # repeats page 1: one such page is not the end
            "/section/politics?page=4",  # a second would be; this one is past the end (404)
            "/services/xml/rss/nyt/HomePage.xml",
            "/sitemaps/new/news.xml.gz",
        },
    ),
    "reuters": Expected(
        sections="us,world",
        articles={
            "/world/europe/eu-leaders-meet-on-defence-fund-2025-05-20/",
            "/world/us/court-blocks-new-visa-rule-2025-05-20/",
            "/world/us/fed-officials-signal-patience-on-rates-2025-05-19/",
            "/world/us/senate-passes-stopgap-spending-bill-2025-05-20/",
        },
        listings={
            "/arc/outboundfeeds/news-sitemap-index/?outputType=xml",
            "/arc/outboundfeeds/news-sitemap/?outputType=xml&from=0",
            "/world/",
            "/world/us/",
        },
    ),
}
CRAWLS: dict[str, SiteCrawl] = {}


@pytest.fixture
def crawl(
    request: pytest.FixtureRequest, fixture_sites: FixtureSites, tmp_path_factory
) -> SiteCrawl:
    """The site's one crawl, run on first use."""
    site = request.param
    if site not in CRAWLS:
        args = (f"sections={EXPECTED[site].sections}", "discover=sections,sitemap,rss")
        out = tmp_path_factory.mktemp(f"crawl-{site}")
        CRAWLS[site] = crawl_site(fixture_sites.server(site), site, out, *args)
    done = CRAWLS[site]
    assert done.returncode == 0, done.log[-3000:]
    return done


SITE_NAMES = sorted(EXPECTED)


def test_every_real_site_has_fixtures_and_expectations() -> None:
    real = {name for name, profile in SITES.items() if profile.base_url} - {"foxnews"}
    assert real <= set(EXPECTED), "a profile without fixture pages is untested"
    for site in EXPECTED:
        assert (SITES_DIR / site).is_dir()


@pytest.mark.parametrize("crawl", SITE_NAMES, indirect=True)
def test_fetches_exactly_the_listed_articles(
    crawl: SiteCrawl, request: pytest.FixtureRequest
) -> None:
    expected = EXPECTED[request.node.callspec.params["crawl"]]
    assert set(crawl.requests) - expected.listings - {"/robots.txt"} == expected.articles


@pytest.mark.parametrize("crawl", SITE_NAMES, indirect=True)
def test_requests_only_listings_and_articles_each_once(
    crawl: SiteCrawl, request: pytest.FixtureRequest
) -> None:
    expected = EXPECTED[request.node.callspec.params["crawl"]]
    counts = Counter(crawl.requests)
    assert set(counts) == expected.articles | expected.listings | {"/robots.txt"}
    assert {path: n for path, n in counts.items() if n > 1} == {}


@pytest.mark.parametrize("crawl", SITE_NAMES, indirect=True)
def test_every_fetched_article_becomes_an_item(
    crawl: SiteCrawl, request: pytest.FixtureRequest
) -> None:
    site = request.node.callspec.params["crawl"]
    paths = {"/" + item["url"].split("/", 3)[3] for item in crawl.items}
    assert paths == EXPECTED[site].articles
    assert {item["site"] for item in crawl.items} == {site}


@pytest.mark.parametrize("crawl", SITE_NAMES, indirect=True)
def test_listings_sitemaps_and_feeds_are_archived(crawl: SiteCrawl) -> None:
    archived = set()
    for path in sorted(crawl.warc_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    archived.add("/" + uri.split("/", 3)[3])
    assert set(crawl.requests) <= archived


def test_since_reads_the_dates_printed_on_teasers(
    fixture_sites: FixtureSites, tmp_path: Path
) -> None:
    """AP URLs carry no date: the teaser's <bsp-timestamp> (epoch ms) decides."""
    args = ("sections=politics", "discover=sections", "since=2025-05-01")
    crawl = crawl_site(fixture_sites.server("apnews"), "apnews", tmp_path, *args)
    assert crawl.returncode == 0, crawl.log[-3000:]
    old = "/article/spring-session-opens-with-budget-fight-00112233445566778899aabbccddeeff"
    fetched = set(crawl.requests) - {"/politics", "/robots.txt"}
    assert fetched == {
        "/article/senate-budget-vote-delayed-5d1c0c7f2a3b4e6f8091a2b3c4d5e6f7",
        "/article/governors-border-funding-talks-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    }
    assert old not in crawl.requests


@pytest.mark.parametrize("crawl", SITE_NAMES, indirect=True)
def test_no_component_fails_while_the_crawl_closes(crawl: SiteCrawl) -> None:
    """Run health reads its history from the crawl state's file while the state still holds
    its batch of writes: a handler that failed there was only logged, and the run went unjudged."""
    assert "Error caught on signal handler" not in crawl.log, crawl.log[-3000:]
    assert "Traceback" not in crawl.log, crawl.log[-3000:]
