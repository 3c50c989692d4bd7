"""The site registry: every profile has a spider, sound URL rules and its own politeness."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from newsarchive.extract.rules import SiteRules
from newsarchive.sites import SITES, get_site, profile_for_url
from newsarchive.sites.base import SiteProfile
from newsarchive.spiders.news import NewsSpider
from newsarchive.spiders.scope import Scope
from tests.plugins.environment import project_settings


def test_scrapy_list_shows_every_site_and_the_generic_spider() -> None:
    names = set(SpiderLoader.from_settings(project_settings()).list())
    assert set(SITES) | {"news"} <= names


def test_each_site_spider_is_the_news_spider_bound_to_its_profile() -> None:
    loader = SpiderLoader.from_settings(project_settings())
    for name in SITES:
        spider_class = loader.load(name)
        assert issubclass(spider_class, NewsSpider)
        assert spider_class.site == name


def test_unknown_site_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="known sites: apnews, bbc, cnn"):
        get_site("fox")


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.foxnews.com/politics/x-y-z", "foxnews"),
        ("https://moxie.foxnews.com/google-publisher/latest.xml", "foxnews"),
        ("https://apnews.com/article/x", "apnews"),
        ("https://edition.cnn.com/2025/05/01/world/x", "cnn"),
        ("https://www.bbc.co.uk/news/articles/c1", "bbc"),
        ("https://www.theguardian.com/world/2025/may/01/x", "guardian"),
        ("https://www.npr.org/2025/05/01/1/x", "npr"),
        ("https://www.nytimes.com/2025/05/01/us/x.html", "nytimes"),
        ("https://www.reuters.com/world/x-2025-05-01/", "reuters"),
        ("https://www.foxbusiness.com/markets/x", None),
        ("https://evil-foxnews.com/x", None),
        ("http://127.0.0.1:8080/politics/x", None),
    ],
)
def test_profile_for_url_goes_by_host(url: str, site: str | None) -> None:
    profile = profile_for_url(url)
    assert (profile.name if profile else None) == site


def test_rules_for_picks_the_rules_valid_on_the_capture_date() -> None:
    old, new = SiteRules(title="h1.old"), SiteRules(valid_from=date(2024, 3, 1), title="h1.new")
    profile = SiteProfile(name="x", base_url="https://x.test", domains=("x.test",), sections={})
    profile = SiteProfile(**{**profile.__dict__, "rules": (new, old)})
    assert profile.rules_for(date(2023, 6, 1)) is old
    assert profile.rules_for(date(2024, 3, 1)) is new
    assert profile.rules_for(date(2026, 1, 1)) is new


def test_fox_rules_carry_the_fox_specific_selectors() -> None:
    rules = get_site("foxnews").rules_for(date(2025, 5, 1))
    assert rules.subtitle == "h2.sub-headline"
    assert rules.topics and "article-tags" in rules.topics
    assert rules.timezone == "America/New_York"


# Per site: (article URLs, URLs that look close but are not articles).
ARTICLE_URLS = {
    "foxnews": (
        ["https://www.foxnews.com/politics/senate-passes-the-bill"],
        [
            "https://www.foxnews.com/video/6372001122112",
            "https://www.foxnews.com/category/politics/senate",
            "https://www.foxnews.com/person/d/jane-doe",
            "https://www.foxnews.com/live-news/senate-vote-live-updates",
            "https://www.foxnews.com/politics",
        ],
    ),
    "apnews": (
        ["https://apnews.com/article/senate-vote-budget-0123456789abcdef0123456789abcdef"],
        ["https://apnews.com/hub/politics", "https://apnews.com/video/senate-vote-budget-x1"],
    ),
    "reuters": (
        ["https://www.reuters.com/world/us/senate-passes-budget-bill-2025-05-01/"],
        [
            "https://www.reuters.com/world/us/",
            "https://www.reuters.com/pictures/week-in-pictures-2025-05-01/",
        ],
    ),
    "cnn": (
        [
            "https://www.cnn.com/2025/05/01/politics/senate-budget-vote",
            "https://www.cnn.com/2019/05/01/us/old-story-slug/index.html",
        ],
        [
            "https://www.cnn.com/2025/05/01/politics/video/senate-budget-vote-digvid",
            "https://www.cnn.com/politics/live-news/senate-vote-05-01-25",
            "https://www.cnn.com/profiles/jane-doe",
        ],
    ),
    "bbc": (
        [
            "https://www.bbc.com/news/articles/c9wv3d2ld1zo",
            "https://www.bbc.co.uk/news/uk-politics-68912345",
        ],
        [
            "https://www.bbc.com/news/live/c1m2n3",
            "https://www.bbc.com/news/videos/c4d5e6",
            "https://www.bbc.com/news/topics/c1vw6q14rzqt",
            "https://www.bbc.com/sport/football/articles/c1",
        ],
    ),
    "guardian": (
        ["https://www.theguardian.com/world/2025/may/01/ceasefire-talks-resume"],
        [
            "https://www.theguardian.com/world/live/2025/may/01/ukraine-war-live",
            "https://www.theguardian.com/world/video/2025/may/01/clip",
            "https://www.theguardian.com/world/gallery/2025/may/01/photos",
            "https://www.theguardian.com/profile/jane-doe",
        ],
    ),
    "npr": (
        ["https://www.npr.org/2025/05/01/nx-s1-5377001/senate-budget-vote"],
        [
            "https://www.npr.org/podcasts/510289/planet-money",
            "https://www.npr.org/people/12345/jane-doe",
        ],
    ),
    "nytimes": (
        ["https://www.nytimes.com/2025/05/01/us/politics/senate-budget-vote.html"],
        [
            "https://www.nytimes.com/live/2025/05/01/us/senate-vote-news",
            "https://www.nytimes.com/video/us/politics/100000010.html",
            "https://www.nytimes.com/by/jane-doe",
            "https://www.nytimes.com/2025/05/01/us/politics/interactive/chart.html",
        ],
    ),
}


@pytest.mark.parametrize("site", sorted(ARTICLE_URLS))
def test_article_url_rules(site: str) -> None:
    scope = Scope(get_site(site))
    articles, others = ARTICLE_URLS[site]
    for url in articles:
        assert scope.article(scope.resolve(url) or "") == url, url
    for url in others:
        resolved = scope.resolve(url)
        assert resolved is None or scope.article(resolved) is None, url


def test_every_real_site_has_rules_for_article_urls() -> None:
    real = {name for name, profile in SITES.items() if profile.base_url}
    assert real <= set(ARTICLE_URLS)


def test_base_url_maps_the_sites_hosts_onto_the_given_origin() -> None:
    scope = Scope(get_site("foxnews").with_base_url("http://127.0.0.1:8080"))
    assert scope.resolve("https://www.foxnews.com/politics/a-b-c?x=1#top") == (
        "http://127.0.0.1:8080/politics/a-b-c?x=1"
    )
    assert scope.resolve("https://moxie.foxnews.com/feed.xml") == "http://127.0.0.1:8080/feed.xml"
    assert scope.resolve("/politics/a-b-c", "http://127.0.0.1:8080/politics") == (
        "http://127.0.0.1:8080/politics/a-b-c"
    )
    assert scope.resolve("https://www.foxbusiness.com/a-b-c") is None
    assert scope.resolve("mailto:tips@foxnews.com") is None
    assert scope.article("http://127.0.0.1:8080/politics/a-b-c?intcmp=hp") == (
        "http://127.0.0.1:8080/politics/a-b-c"
    )


def test_sections_and_patterns_are_well_formed() -> None:
    for profile in SITES.values():
        assert profile.sections, profile.name
        for pattern in profile.articles.allow + profile.articles.deny:
            re.compile(pattern)
        assert profile.rules_for(date.today()) is not None


def spider_settings(site: str, **cmdline: object) -> Settings:
    """The crawler settings once the spider is built (as `scrapy crawl` does, before freezing)."""
    settings = project_settings()
    settings.setdict(cmdline, priority="cmdline")
    crawler = Crawler(NewsSpider, settings)
    NewsSpider.from_crawler(crawler, site=site)
    return crawler.settings


def test_per_site_politeness_becomes_spider_settings() -> None:
    settings = spider_settings("nytimes")
    assert settings.getfloat("DOWNLOAD_DELAY") == 2.0
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")


def test_command_line_settings_outrank_a_profiles_politeness() -> None:
    settings = spider_settings("nytimes", DOWNLOAD_DELAY=0)
    assert settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1


def test_real_crawls_keep_the_sites_own_hosts() -> None:
    scope = Scope(get_site("bbc"))
    assert scope.resolve("https://feeds.bbci.co.uk/news/rss.xml") == (
        "https://feeds.bbci.co.uk/news/rss.xml"
    )
    spider = NewsSpider(site="foxnews")
    assert {"www.foxnews.com", "moxie.foxnews.com"} <= set(spider.allowed_domains)


@pytest.mark.parametrize("name", sorted(SITES))
def test_every_shipped_profile_names_known_zones(name: str) -> None:
    profile = SITES[name]
    zones = [profile.timezone, *(r.timezone for r in profile.rules if r.timezone is not None)]
    for zone in zones:
        assert ZoneInfo(zone).utcoffset(datetime(2026, 1, 1)) is not None


@pytest.mark.parametrize(
    ("profile_zone", "rules_zone", "says"),
    [
        ("UTC", "Bogus/Zone", "unknown time zone 'Bogus/Zone' (rules valid from"),
        ("Europe/Berln", None, "unknown time zone 'Europe/Berln' (timezone)"),
        ("UTC", "", "unknown time zone ''"),
        ("UTC", "../../etc/passwd", "unknown time zone '../../etc/passwd'"),
    ],
)
def test_a_profile_naming_an_unknown_zone_is_refused_as_it_is_built(
    profile_zone: str, rules_zone: str | None, says: str
) -> None:
    with pytest.raises(ValueError, match=re.escape(f"site profile 'invented': {says}")):
        SiteProfile(
            name="invented",
            base_url="https://news.invalid",
            domains=("news.invalid",),
            sections={"world": "/world"},
            timezone=profile_zone,
            rules=(SiteRules(timezone=rules_zone),),
        )


def test_a_profile_with_known_zones_is_built() -> None:
    profile = SiteProfile(
        name="invented",
        base_url="https://news.invalid",
        domains=("news.invalid",),
        sections={"world": "/world"},
        timezone="Europe/Vienna",
        rules=(SiteRules(timezone="Europe/Berlin"), SiteRules(valid_from=date(2025, 1, 1))),
    )
    assert profile.rules_for(date(2026, 1, 1)).timezone is None
