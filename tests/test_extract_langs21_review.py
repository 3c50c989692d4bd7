"""Review of the langs-21 words: where a word of one language is a common word of another
(or of its own language in another sense), the extractor must not read it.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsarchive.extract.daterelative import read

NOW = datetime(2026, 2, 3, 15, 30, 12, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Persian "پیش از" is "before": the time before an event, not before now
        ("fa", "۵ دقیقه پیش از پایان بازی"),
        ("fa", "۳ روز پیش از انتخابات"),
        ("fa", "۲ ساعت پیش از آغاز نشست"),
        # "پیش" joined by a ZWNJ to the rest of its word ("پیش‌بینی", a forecast) is no "ago"
        ("fa", "۲ روز پیش\u200cبینی هوا"),
        # Romanian "o" ("a", one) is Portuguese "the": "há o Dia ..." is no "a day ago"
        ("pt", "Na escola há o dia da mãe"),
        ("pt", "Há o minuto de silêncio às 15h"),
    ],
)
def test_no_relative_date(lang: str, text: str) -> None:
    assert read(text, NOW, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "۳ ساعت پیش", "2026-02-03T12:30:00+01:00"),
        ("fa", "۳ ساعت پیش،", "2026-02-03T12:30:00+01:00"),
        ("fa", "به‌روزرسانی: ۲ روز پیش", "2026-02-01"),
        ("ro", "acum o oră", "2026-02-03T14:30:00+01:00"),
        ("ro", "Acum o ora", "2026-02-03T14:30:00+01:00"),  # written without its diacritics
        ("ro", "acum o zi", "2026-02-02"),
        ("ro", "acum o săptămână", "2026-01-27"),
        ("ro", "acum un minut", "2026-02-03T15:29:00+01:00"),
        ("ro", "acum 3 ore", "2026-02-03T12:30:00+01:00"),
        ("ca", "fa una hora", "2026-02-03T14:30:00+01:00"),
    ],
)
def test_relative_date_still_read(lang: str, text: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None
    shown = found.date().isoformat() if found.time() == datetime.min.time() else found.isoformat()
    assert shown == expected
