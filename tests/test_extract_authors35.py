"""Writers on publishers never seen (issue 10, authors-35).

- A weekday that is the surname of a two-word name, the date right after it on that very day
  ("Por Juan Domingo 18/10/2026", 18 October 2026 a Sunday): her surname, not the date's
  weekday; after a comma, or after a name of two words, it stays the date's.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

# 18 October 2026 is a Sunday, 17 October a Saturday
WEEKDAY_SURNAME_ON_ITS_DAY = [
    ("es", "Por Juan Domingo 18/10/2026", ["Juan Domingo"]),
    ("pt", "Por João Domingo 18/10/2026", ["João Domingo"]),
    ("de", "Von Anna Sonntag 18.10.2026", ["Anna Sonntag"]),
    ("it", "Di Marco Domenica 18/10/2026", ["Marco Domenica"]),
    ("de", "Von Thomas Samstag 17.10.2026", ["Thomas Samstag"]),
    # counter-cases: a comma after the weekday, a name of two words before it, a desk's
    # word before it, a lower-case weekday: the date's weekday
    ("es", "Por Juan Domingo, 18/10/2026", ["Juan"]),
    ("es", "Por Ana Martínez Domingo 18/10/2026", ["Ana Martínez"]),
    ("de", "Von Anna Müller Sonntag 18.10.2026", ["Anna Müller"]),
    ("de", "Lokales Sonntag 18.10.2026", []),
    ("es", "Por Juan domingo 18/10/2026", ["Juan"]),
    # another day: her surname already
    ("es", "Por Juan Domingo 17/10/2026", ["Juan Domingo"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), WEEKDAY_SURNAME_ON_ITS_DAY)
def test_a_weekday_surname_on_its_own_day(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected
