"""Dates after session 36 (issue 10): a bare two-digit-year day printed year first
("26/12/03") on a Japanese, Korean or Chinese page is 3 December 2026, as it is before a
clock; and the counter-cases (other languages' day-first "26/12/03", Hong Kong's day first)
that keep their reading. The regions writing the month first are one list: English pages
for the US's territories (CLDR's `en_GU`, `en_PR`, `en_VI` print "3/12/26" as `en_US`
does) read "03/12/2026" month first, by tag or host, as their locale meta already did, and a
Spanish page for Puerto Rico leaves its short "03/12" unread, as one for the US.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import pytest

from tests.plugins.dateline_pages import story_dates


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("ja", "jp", "<p class='date'>26/12/03</p>", "2026-12-03"),
        ("ja", "jp", "<time>26/12/03</time>", "2026-12-03"),
        ("ja", "jp", "<span class='date'>26-12-03</span>", "2026-12-03"),
        ("ja", "jp", "<p class='date'>26/12/03(木)</p>", "2026-12-03"),
        ("ko", "kr", "<p>26/12/03</p>", "2026-12-03"),
        ("ko", "kr", "<span class='date'>26.12.03</span>", "2026-12-03"),
        ("ko", "kr", "<span class='date'>26.12.03 (목)</span>", "2026-12-03"),
        ("zh", "cn", "<span class='date'>26/12/03</span>", "2026-12-03"),
        ("zh", "tw", "<span class='date'>26-12-03</span>", "2026-12-03"),
    ],
)  # fmt: skip
def test_a_bare_year_first_short_day_is_this_century(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: dateutil read "26/12/03" day first, 26 December 2003."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # with a clock: read year first before, as now
        ("ja", "jp", "<p class='date'>26/12/03 15:15</p>", "2026-12-03T15:15:00+09:00"),
        ("ko", "kr", "<p class='date'>26.12.03 오후 3:15</p>", "2026-12-03T15:15:00+09:00"),
        # Hong Kong's day first: never 2004 (read with its clock, unread alone)
        ("zh", "hk", "<span class='date'>04/12/26 15:15</span>", "2026-12-04T15:15:00+08:00"),
        ("zh", "hk", "<span class='date'>04/12/26</span>", None),
        # day first where the language writes it so
        ("de", "de", "<p class='date'>03.12.26</p>", "2026-12-03"),
        ("fr", "fr", "<p class='date'>03/12/26</p>", "2026-12-03"),
        ("en", "co.uk", "<p class='date'>03/12/26</p>", "2026-12-03"),
        # a Japanese day with its four-digit year
        ("ja", "jp", "<p class='date'>2026/12/03</p>", "2026-12-03"),
    ],
)  # fmt: skip
def test_other_short_days_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_DAY = "<p class='date'>03/12/2026 10:15</p>"
_SHORT = "<p class='date'>03/12 10:15</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en-GU", "com", _DAY, "2026-03-12T10:15:00+10:00"),
        ("en-PR", "com", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "pr", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "vi", _DAY, "2026-03-12T10:15:00-04:00"),
        ("es-PR", "com", _SHORT, None),
    ],
)  # fmt: skip
def test_us_territories_write_the_month_first(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Failed before: read day first (3 December), as only "en-US", "en-PH" and the locale
    meta's region were month first."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en-US", "com", _DAY, "2026-03-12T10:15:00-04:00"),
        ("en", "com.ph", _DAY, "2026-03-12T10:15:00+08:00"),
        ("en-GB", "com", _DAY, "2026-12-03T10:15:00+00:00"),
        ("en", "co.uk", _DAY, "2026-12-03T10:15:00+00:00"),
        ("en", "com.au", _DAY, "2026-12-03T10:15:00+11:00"),
        ("en-IN", "com", _DAY, "2026-12-03T10:15:00+05:30"),
        ("es", "es", _SHORT, "2026-12-03T10:15:00+01:00"),
        ("es-MX", "com", _SHORT, "2026-12-03T10:15:00-06:00"),
        ("es-US", "com", _SHORT, None),
        ("en", "co.uk", _SHORT, "2026-12-03T10:15:00+00:00"),
    ],
)  # fmt: skip
def test_other_regions_keep_their_order(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published
