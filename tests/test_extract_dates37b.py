"""Dates after the review of session 37's dates branch (issue 10): a Korean two-digit-year
day closing with a dot ("26.12.03.") and an ISO-like "26-12-03T15:15+09:00" in a Japanese,
Korean or Chinese page's values are 2026, as "26/12/03" already was; a results or fixture
list under a yearless German byline ("05.12. 09:12 Uhr" over "29.11. 15:30 FC Nordstadt -
SV Südhafen 2:1", newest first) is no ticker: its entries carry no text of their own, so the
byline dates the page, not the list's oldest match; a printed update line stating a time
before the publication is no update, as one in JSON-LD already was not.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_dates, story_page

_STATE = '<script>window.__STATE__={{"publishedAt":"{}"}}</script>'


@pytest.mark.parametrize(
    ("lang", "domain", "line", "script", "published"),
    [
        ("ko", "kr", "<div data-date='26.12.03.'></div>", "", "2026-12-03"),
        ("ko", "kr", "<div data-date='26.12.03. 15:15'></div>", "", "2026-12-03T15:15:00+09:00"),
        ("ja", "jp", "<div data-date='26.12.03.'></div>", "", "2026-12-03"),
        ("ja", "jp", "<div data-date='26-12-03T15:15+09:00'></div>", "", "2026-12-03T15:15:00+09:00"),
        ("zh", "cn", "<div data-date='26-12-03T15:15:00+08:00'></div>", "", "2026-12-03T15:15:00+08:00"),
        ("ko", "kr", "<div data-date='26-12-03T15:15'></div>", "", "2026-12-03T15:15:00+09:00"),
        # the instant the value states, told in the page's zone as a full stamp's is
        ("ja", "jp", "<div data-date='26-12-03T06:15Z'></div>", "", "2026-12-03T15:15:00+09:00"),
        ("ko", "kr", "", _STATE.format("26-12-03T15:15:00+09:00"), "2026-12-03T15:15:00+09:00"),
    ],
)  # fmt: skip
def test_year_first_short_days_closing_with_a_dot_or_a_clock_are_this_century(
    lang: str, domain: str, line: str, script: str, published: str
) -> None:
    """Failed before: read day first by dateutil, 26 December 2003."""
    html = story_page(lang, line=line, script=script)
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # a German day closing with a dot is day first
        ("de", "de", "<div data-date='03.12.26.'></div>", "2026-12-03"),
        ("de", "de", "<div data-date='03.12.26'></div>", "2026-12-03"),
        # a full ISO stamp, and Hong Kong's day first, as before
        ("ja", "jp", "<div data-date='2026-12-03T15:15:00+09:00'></div>", "2026-12-03T15:15:00+09:00"),
        ("zh-HK", "hk", "<div data-date='04/12/26 15:15'></div>", "2026-12-04T15:15:00+08:00"),
        # Korean text's short form, as before
        ("ko", "kr", "<p class='date'>26. 12. 3. 오후 3:15</p>", "2026-12-03T15:15:00+09:00"),
    ],
)  # fmt: skip
def test_other_short_values_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published
