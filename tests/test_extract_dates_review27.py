"""Review of session 27's dates (issue 10): what the new rules must not read. An update's
second, unlabelled date that another thing's word opens ("· Event date 1 Dec 2026") is no
publication; a short month/day on a Japanese, Korean or Chinese page is no day inside a span
("12/3〜12/5 14:00", an event's days) nor as a figure or a score before a clock ("1.5 14:25",
"3-1 14:25").

Every page and line here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from tests.test_extract_dates27 import _published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        ("en", "co.uk", "Updated 4 Dec 2026 · Event date 1 Dec 2026", "2026-12-04"),
        ("en", "co.uk", "Updated 4 Dec 2026 · Deadline 1 Dec 2026", "2026-12-04"),
        ("en", "co.uk", "Updated 4 Dec 2026 09:00 | Source 1 Dec 2026", "2026-12-04T09:00:00+00:00"),
        ("de", "de", "Aktualisiert am 04.12.2026 | Quelle 01.12.2026", "2026-12-04"),
        ("de", "de", "Aktualisiert am 04.12.2026 | Foto 01.12.2026", "2026-12-04"),
        # a word naming another thing's day, of any kind: only a month's or weekday's opens a date
        ("en", "co.uk", "Updated 4 Dec 2026 · Round 3 Dec 2026", "2026-12-04"),
        ("en", "co.uk", "Updated 4 Dec 2026 · Issue 3 Dec 2026", "2026-12-04"),
        ("en", "co.uk", "Updated 4 Dec 2026 · Vol. 12, 1 Dec 2026", "2026-12-04"),
        # an unlabelled publication day after the update's is still read
        ("en", "co.uk", "Updated 4 Dec 2026 09:00 · Thu, Dec 3, 2026 14:25", "2026-12-03T14:25:00+00:00"),
        ("en", "co.uk", "Updated 4 Dec 2026 09:00 · Thursday 3 Dec 2026 14:25", "2026-12-03T14:25:00+00:00"),
    ],
)  # fmt: skip
def test_an_update_and_another_things_date(
    lang: str, domain: str, line: str, expected: str
) -> None:
    assert _published(lang, domain, line) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # a span's days: an event's, not the story's
        ("ja", "co.jp", "12/3〜12/5 14:00", None),
        ("ja", "co.jp", "12/3~12/5 14:00", None),
        ("ja", "co.jp", "期間 12/3 10:00～12/5 14:00", None),
        ("zh", "com.tw", "12/3 10:00–12/5 14:00", None),
        # a figure or a score before a clock: dotted and hyphened days print two digits each
        ("ja", "co.jp", "1.5 14:25", None),
        ("ko", "co.kr", "3-1 14:25", None),
        ("zh", "com.tw", "比分 3-1 14:25", None),
        # still read
        ("ko", "co.kr", "01-05 14:25", "2026-01-05T14:25:00+09:00"),
        ("ja", "co.jp", "12/3 14:25", "2026-12-03T14:25:00+09:00"),
        ("ja", "co.jp", "12/3 14:25 – 共同通信", "2026-12-03T14:25:00+09:00"),
        ("ja", "co.jp", "12/3 14:25 政府から発表", "2026-12-03T14:25:00+09:00"),
    ],
)
def test_a_short_month_and_day_not_a_span_or_a_figure(
    lang: str, domain: str, line: str, expected: str | None
) -> None:
    assert _published(lang, domain, line) == expected
