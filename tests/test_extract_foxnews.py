"""The seed article rebuilt in Fox News markup (our own fixture): exact values a user relies on."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from newsarchive.extract import Article, SiteRules, extract_article

FIXTURE = Path(__file__).parent / "fixtures" / "extract" / "foxnews_mexico_troops.html"
URL = "https://www.foxnews.com/politics/mexican-president-declines-trump-offer-us-troops-help-fight-drug-cartels"

# What the Fox profile needs beyond the generic cascade (newsarchive/sites/foxnews.py carries the same).
FOXNEWS_RULES = SiteRules(
    timezone="America/New_York",
    publisher_names=("Fox News", "Fox News Digital"),
    subtitle="h2.sub-headline",
    topics=".article-tags ul li a",
    body=".article-body",
    body_exclude=(".featured", ".ad-container", ".caption", ".author-bio"),
)
TITLE = "Mexican president declines Trump offer of US troops to help fight drug cartels"
SUBTITLE = "Claudia Sheinbaum rejects U.S. military assistance amid cartel crisis"
TOPICS = ["Politics", "Mexico", "Border security", "Border wall", "Immigration",
          "Mexican Cartel Violence", "Drugs"]  # fmt: skip
PUBLISHED = "2025-05-03T20:49:00-04:00"


def _fox_profile_rules() -> SiteRules:
    from newsarchive.sites.foxnews import PROFILE

    return PROFILE.rules_for(date(2025, 5, 4))


@pytest.fixture(scope="module")
def html() -> bytes:
    return FIXTURE.read_bytes()


@pytest.mark.parametrize(
    "rules", [FOXNEWS_RULES, None, "profile"], ids=["test-rules", "generic", "profile"]
)
def test_seed_article(html: bytes, rules: SiteRules | str | None) -> None:
    rules = _fox_profile_rules() if rules == "profile" else rules
    art = extract_article(html, URL, rules)  # type: ignore[arg-type]
    assert art.title == TITLE
    assert art.subtitle == SUBTITLE
    assert art.authors == ["Alexandra Koch"]
    assert art.published == PUBLISHED
    assert art.topics == TOPICS
    assert art.canonical_url == URL
    assert art.language == "en"
    # the picture the article shows under its headline (its og:image names another file)
    assert art.image == "https://static.example-fox.test/sheinbaum.jpg"


def test_seed_body_without_furniture(html: bytes) -> None:
    body = extract_article(html, URL, FOXNEWS_RULES).body or ""
    assert body.startswith("Mexico's president said on Saturday")
    assert body.endswith("Fox News Digital's staff contributed to this report.")
    for furniture in [
        "Ranchers warn",
        "AP Images",
        "CLICK HERE",
        "WHITE HOUSE WEIGHS",
        "Subscribe",
        "Antisemitism",
        "breaking news writer",
        "Related Topics",
        "More from Politics",
    ]:
        assert furniture not in body
    assert len(body.split("\n\n")) == 6


def _without_jsonld(html: bytes) -> bytes:
    return re.sub(rb'<script[^>]*ld\+json">.*?</script>', b"", html, flags=re.S)


def test_dateline_alone_gives_the_instant(html: bytes) -> None:
    page = _without_jsonld(html)
    assert extract_article(page, URL).published == PUBLISHED


def test_dateline_without_zone_takes_the_site_zone(html: bytes) -> None:
    page = _without_jsonld(html).replace(b"8:49pm EDT", b"8:49pm")
    assert extract_article(page, URL, FOXNEWS_RULES).published == PUBLISHED
    assert extract_article(page, URL).published == "2025-05-03T20:49:00"  # no zone known: no offset


def test_result_is_an_article_dataclass(html: bytes) -> None:
    assert isinstance(extract_article(html, URL), Article)
