"""One article page per site profile, in that site's markup with our own story, read as the
crawl reads it (the profile's rules for the capture date): every field a reader relies on.

Each `fixtures/extract/sites/<site>.html` has a `<site>.json` beside it with the URL, the
capture date and the expected fields; the Fox News page lives in test_extract_foxnews.py.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from newsarchive.articles import rules_for_page
from newsarchive.extract import Article, extract_article
from newsarchive.sites import SITES, profile_for_url

FIXTURES = Path(__file__).parent / "fixtures" / "extract" / "sites"
SITES_WITH_FIXTURES = sorted(p.stem for p in FIXTURES.glob("*.json"))
FIELDS = ("title", "subtitle", "authors", "published", "modified", "section", "topics", "image",
          "canonical_url", "language")  # fmt: skip
DATE_FIELDS = frozenset({"published", "modified"})
COVERED_ELSEWHERE = {"foxnews": "tests/test_extract_foxnews.py"}
DEMO_SITES = frozenset({"demo", "js-demo"})  # the bundled demo site, not a news site


# Fields the generic extractor (newsarchive/extract) gets wrong on these pages and no site
# rule can put right. Strict: the day the extractor is fixed, the mark has to go.
@cache
def _case(site: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{site}.json").read_text(encoding="utf-8"))
    return data


@cache
def _html(site: str) -> bytes:
    return (FIXTURES / f"{site}.html").read_bytes()


@cache
def _article(site: str) -> Article:
    """The page read with the rules its profile gives for the capture date, as the crawl does."""
    case = _case(site)
    rules = rules_for_page(None, case["url"], case["capture_date"])
    assert rules is not None, f"no profile owns {case['url']}"
    return extract_article(_html(site), case["url"], rules)


def _paragraphs(site: str) -> list[str]:
    return (_article(site).body or "").split("\n\n")


def _field_cases() -> list[Any]:
    cases = []
    for site in SITES_WITH_FIXTURES:
        for field in FIELDS:
            cases.append(pytest.param(site, field, id=f"{site}-{field}"))
    return cases


def _instant(value: str | None) -> tuple[datetime, Any] | None:
    """A date as (instant, offset): 14:03:55.120+00:00 and 14:03:55.120000+00:00 are the
    same statement, 10:00+01:00 and 09:00+00:00 are not (the page meant an offset)."""
    if value is None:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed, parsed.utcoffset()


@pytest.mark.parametrize(("site", "field"), _field_cases())
def test_field(site: str, field: str) -> None:
    expected = _case(site)["expected"][field]
    actual = getattr(_article(site), field)
    if field in DATE_FIELDS:
        assert _instant(actual) == _instant(expected)
    else:
        assert actual == expected


@pytest.mark.parametrize("site", SITES_WITH_FIXTURES)
def test_body_starts_and_ends_with_the_story(site: str) -> None:
    paragraphs = _paragraphs(site)
    assert paragraphs[0] == _case(site)["body"]["first_paragraph"]
    assert paragraphs[-1] == _case(site)["body"]["last_paragraph"]


@pytest.mark.parametrize("site", SITES_WITH_FIXTURES)
def test_body_leaves_out_page_furniture(site: str) -> None:
    """Captions, credits, newsletter boxes, "read more" promos, ads, bylines, related lists."""
    body = _article(site).body or ""
    leaked = [s for s in _case(site)["body"]["must_not_contain"] if s in body]
    assert leaked == []
    paragraphs = set(_paragraphs(site))
    assert [p for p in _case(site)["body"].get("not_a_paragraph", []) if p in paragraphs] == []


@pytest.mark.parametrize("site", SITES_WITH_FIXTURES)
def test_fixture_shows_what_the_body_must_leave_out(site: str) -> None:
    """Every string the body must not hold is on the page, so each check can fail."""
    text = " ".join(lxml.html.document_fromstring(_html(site).decode()).text_content().split())
    body = _case(site)["body"]
    wanted = [*body["must_not_contain"], *body.get("not_a_paragraph", []),
              body["first_paragraph"], body["last_paragraph"]]  # fmt: skip
    assert [s for s in wanted if " ".join(s.split()) not in text] == []


@pytest.mark.parametrize("site", SITES_WITH_FIXTURES)
def test_fixture_url_is_an_article_of_its_profile(site: str) -> None:
    """The crawl would fetch this URL as an article and pick this profile's rules for it."""
    url = _case(site)["url"]
    profile = profile_for_url(url)
    assert profile is not None and profile.name == site
    assert profile.is_article_url(url)


def test_every_news_site_profile_has_a_fixture_page() -> None:
    missing = [
        name
        for name, profile in SITES.items()
        if profile.base_url and name not in COVERED_ELSEWHERE and name not in DEMO_SITES
        if not ((FIXTURES / f"{name}.html").exists() and (FIXTURES / f"{name}.json").exists())
    ]
    assert missing == []
    assert set(SITES_WITH_FIXTURES) <= set(SITES)
