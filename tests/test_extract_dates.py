"""Dates: ISO 8601 with the offset the page meant, zone names resolved, no invented UTC."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import SiteRules, extract_article
from newsarchive.extract.dates import parse_date, to_iso

URL = "https://news.example/a"


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        ("2025-05-03T20:49:00-04:00", None, "2025-05-03T20:49:00-04:00"),
        ("2025-05-03T20:49:00Z", None, "2025-05-03T20:49:00+00:00"),
        ("2025-05-03 20:49:00+0100", None, "2025-05-03T20:49:00+01:00"),
        ("May 3, 2025 8:49pm EDT", None, "2025-05-03T20:49:00-04:00"),
        ("Published May 3, 2025 8:49pm EDT", None, "2025-05-03T20:49:00-04:00"),
        ("January 15, 2025 7:30am EST", None, "2025-01-15T07:30:00-05:00"),
        ("15 July 2024 10:00 BST", None, "2024-07-15T10:00:00+01:00"),
        ("3 March 2024 14:00 CET", None, "2024-03-03T14:00:00+01:00"),
        ("3 March 2024 14:00 GMT", None, "2024-03-03T14:00:00+00:00"),
        ("Jan 5, 2025 9:00 AM PT", None, "2025-01-05T09:00:00-08:00"),  # PT in winter: PST
        ("Jul 5, 2025 9:00 AM PT", None, "2025-07-05T09:00:00-07:00"),  # PT in summer: PDT
        ("Jul 5, 2025 9:00 AM ET", None, "2025-07-05T09:00:00-04:00"),
        ("2025-01-15T07:30:00", "America/New_York", "2025-01-15T07:30:00-05:00"),  # EST by date
        ("2025-07-15T07:30:00", "America/New_York", "2025-07-15T07:30:00-04:00"),  # EDT by date
        ("2025-07-15T07:30:00", "Europe/London", "2025-07-15T07:30:00+01:00"),
        ("2025-07-15T07:30:00", None, "2025-07-15T07:30:00"),  # no zone known: no offset invented
        ("2025-07-15T07:30:00+02:00", "America/New_York", "2025-07-15T07:30:00+02:00"),  # page wins
    ],
)
def test_parse_date(text: str, zone: str | None, expected: str) -> None:
    d = parse_date(text, zone)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    "text", ["", "yesterday", "3 hours ago", "Page 2 of 10", "©2025", "x" * 500]
)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("html", "rules", "expected"),
    [
        pytest.param(_page('<meta property="article:published_time" content="2024-02-24T11:42:23Z">'),
                     None, "2024-02-24T11:42:23+00:00", id="opengraph"),
        pytest.param(_page('<meta name="parsely-page" content=\'{"pub_date": "2024-02-24T11:42:23-05:00"}\'>'),
                     None, "2024-02-24T11:42:23-05:00", id="parsely-page"),
        pytest.param(_page('<meta name="sailthru.date" content="2024-02-24 11:42:23 -0500">'),
                     None, "2024-02-24T11:42:23-05:00", id="sailthru"),
        pytest.param(_page(body='<time itemprop="datePublished" datetime="2024-02-24T11:42:23+01:00">'
                                "24 Feb</time>"), None, "2024-02-24T11:42:23+01:00", id="itemprop-time"),
        pytest.param(_page(body='<div class="article-date">Published <time>Feb 24, 2024 6:42am EST</time>'
                                "</div>"), None, "2024-02-24T06:42:00-05:00", id="visible-dateline"),
        pytest.param(_page('<meta property="article:published_time" content="2024-07-01T09:00:00">'),
                     SiteRules(timezone="Europe/London"), "2024-07-01T09:00:00+01:00", id="naive+site-zone"),
        pytest.param(_page('<meta property="article:published_time" content="2024-07-01T09:00:00">'),
                     None, "2024-07-01T09:00:00", id="naive-no-zone-stays-naive"),
        pytest.param(_page('<meta name="pubdate" content="2024-07-01T09:00:00">'
                           '<meta name="dcterms.created" content="2024-07-01T09:00:00-04:00">'),
                     None, "2024-07-01T09:00:00-04:00", id="naive-borrows-offset-of-same-time"),
        pytest.param(_page('<meta name="dc.date" content="2024-07-01">'), None, "2024-07-01",
                     id="day-only-stays-a-day"),
        pytest.param(_page('<meta name="dc.date" content="2024-07-01">'
                           '<meta name="pubdate" content="2024-07-01T09:00:00-04:00">'),
                     None, "2024-07-01T09:00:00-04:00", id="time-beats-day-only"),
        pytest.param(_page('<meta property="article:published_time" content="2020-01-01T00:00:00Z">',
                           '<span class="stamp">Posted 7 July 2024, 10:05</span>'),
                     SiteRules(published="span.stamp", timezone="Europe/London"),
                     "2024-07-07T10:05:00+01:00", id="site-rule-first"),
    ],
)  # fmt: skip
def test_published_cascade(html: str, rules: SiteRules | None, expected: str) -> None:
    assert extract_article(html, URL, rules).published == expected


def test_modified_is_separate_from_published() -> None:
    html = _page(
        '<meta property="article:published_time" content="2024-02-24T11:42:23Z">'
        '<meta property="article:modified_time" content="2024-02-25T08:00:00Z">'
    )
    art = extract_article(html, URL)
    assert (art.published, art.modified) == (
        "2024-02-24T11:42:23+00:00",
        "2024-02-25T08:00:00+00:00",
    )


@pytest.mark.parametrize(
    ("html", "rules", "published", "modified"),
    [
        pytest.param(
            _page('<meta name="parsely-pub-date" content="2025-01-19T04:16:00Z">'
                  '<meta property="article:published_time" content="2025-01-18T23:16:00-05:00">'),
            None, "2025-01-18T23:16:00-05:00", None, id="utc-yields-to-same-instant-local"),
        pytest.param(
            _page('<meta name="parsely-pub-date" content="2025-07-19T04:16:00Z">'),
            SiteRules(timezone="America/New_York"), "2025-07-19T00:16:00-04:00", None,
            id="utc-in-the-site-zone"),
        pytest.param(
            _page('<meta name="parsely-pub-date" content="2025-01-19T04:16:00Z">'
                  '<meta property="article:modified_time" content="2025-01-19T05:16:00Z">',
                  '<div class="timestamp">Updated 12:16 AM EST, Sun Jan 19, 2025</div>'),
            None, "2025-01-18T23:16:00-05:00", "2025-01-19T00:16:00-05:00",
            id="utc-in-the-offset-the-page-prints"),
        pytest.param(
            _page(body='<div class="timestamp">Updated 9:00 AM EST, Jan 20, 2025</div>'
                       '<div class="date">Published 8:00 AM EST, Jan 19, 2025</div>'),
            None, "2025-01-19T08:00:00-05:00", "2025-01-20T09:00:00-05:00",
            id="updated-line-is-the-modified-time"),
        pytest.param(
            _page('<meta property="article:published_time" content="2024-02-24T11:42:23Z">'),
            None, "2024-02-24T11:42:23+00:00", None, id="utc-alone-stays-utc"),
    ],
)  # fmt: skip
def test_offset_the_page_meant(
    html: str, rules: SiteRules | None, published: str, modified: str | None
) -> None:
    art = extract_article(html, URL, rules)
    assert (art.published, art.modified) == (published, modified)


def _ld_published(value: str) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "datePublished": value})
        + "</script>"
    )


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        pytest.param(URL, _ld_published("2025-05-03T20:49:10")
                     + '<meta property="article:published_time" content="2025-05-04T00:49:10Z">',
                     "2025-05-03T20:49:10-04:00", id="naive-and-utc-spell-one-moment"),
        pytest.param(URL, _ld_published("2025-05-03T20:49:10")
                     + '<meta property="article:published_time" content="2025-05-04T00:52:00Z">',
                     "2025-05-03T20:49:10", id="different-moments-prove-nothing"),
        pytest.param("https://www.example.co.uk/news/a", _ld_published("2025-05-03T20:49:00"),
                     "2025-05-03T20:49:00+01:00", id="uk-domain-summer-time"),
        pytest.param("https://www.example.co.uk/news/a", _ld_published("2025-01-03T20:49:00"),
                     "2025-01-03T20:49:00+00:00", id="uk-domain-winter-time"),
        pytest.param(URL, _ld_published("2025-05-03T20:49:00"), "2025-05-03T20:49:00",
                     id="no-zone-known-stays-naive"),
    ],
)  # fmt: skip
def test_naive_dates_get_the_offset_the_page_or_its_country_gives(
    url: str, head: str, expected: str
) -> None:
    assert extract_article(_page(head), url).published == expected
