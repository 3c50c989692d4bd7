"""Review of the langs-21 words: where a word of one language is a common word of another
(or of its own language in another sense), the extractor must not read it.

Every sentence here is made up for the test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsarchive.extract import extract_article
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


PARA = (
    "<p>"
    + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter. " * 4
    + "</p>"
)
URL = "https://www.example.news/artikel-1"


def _title_only(lang: str, title: str) -> str:
    """A page stating its headline only in <title> (no h1, no og:title, no site name meta)."""
    html = (
        f"<html lang='{lang}'><head><title>{title}</title></head>"
        f"<body><article>{PARA}</article></body></html>"
    )
    return extract_article(html, URL).title or ""


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # "সংবাদ সম্মেলন" is a press conference: a headline's words, no paper's name
        ("bn", "মন্ত্রীর বক্তব্য - সংবাদ সম্মেলনে যা বললেন"),
        # "फेक न्यूज से बचें": "beware of fake news"
        ("hi", "सरकार की चेतावनी - फेक न्यूज से बचें"),
        ("hi", "अदालत का आदेश - फेक न्यूज पर रोक"),
    ],
)
def test_a_news_word_inside_a_headlines_phrase_stays(lang: str, title: str) -> None:
    assert _title_only(lang, title) == title


@pytest.mark.parametrize(
    ("lang", "title", "headline"),
    [
        ("bn", "শহরে নতুন সেতু খুলল | উদাহরণ সংবাদ", "শহরে নতুন সেতু খুলল"),
        ("bn", "শহরে নতুন সেতু খুলল - সংবাদ উদাহরণ", "শহরে নতুন সেতু খুলল"),  # kind word first
        ("bn", "শহরে নতুন সেতু খুলল - দৈনিক উদাহরণ পত্রিকা", "শহরে নতুন সেতু খুলল"),
        ("hi", "शहर में नया पुल खुला - उदाहरण न्यूज", "शहर में नया पुल खुला"),
        ("hi", "शहर में नया पुल खुला | उदाहरण समाचार", "शहर में नया पुल खुला"),
    ],
)
def test_a_papers_name_after_the_headline_is_cut(lang: str, title: str, headline: str) -> None:
    assert _title_only(lang, title) == headline


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a role with no name, then where it is posted: nobody's name (Bengali and Urdu roles
        # are langwords' since langs-21, and left the place behind as the writer)
        ("bn", "নিজস্ব প্রতিবেদক, ঢাকা"),
        ("bn", "নিজস্ব প্রতিবেদক, চট্টগ্রাম"),
        ("ur", "نامہ نگار، لاہور"),
        ("hi", "संवाददाता, पटना"),
        ("fa", "خبرنگار، تهران"),
        ("en", "Staff Reporter, Kuala Lumpur"),  # a place of several words, in any script
        ("bn", "বিশেষ প্রতিনিধি, ঢাকা"),  # a special correspondent
        # the district's correspondent: the place, then the role ("Dhaka correspondent")
        ("bn", "ঢাকা প্রতিনিধি"),
        ("bn", "চট্টগ্রাম প্রতিনিধি"),
        ("hi", "पटना संवाददाता"),
    ],
)
def test_a_role_and_its_post_name_nobody(lang: str, line: str) -> None:
    html = (
        f"<html lang='{lang}'><body><article><h1>Ein erfundener Titel</h1>"
        f"<div class='byline'>{line}</div>{PARA}</article></body></html>"
    )
    assert extract_article(html, URL).authors == []


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("bn", "নিজস্ব প্রতিবেদক, রহিম উদ্দিন", ["রহিম উদ্দিন"]),  # a full name after the role
        ("en", "Staff Reporter, Jane Doe", ["Jane Doe"]),
        # one capitalised word after a role may be a writer's only name: no place told
        ("id", "Wartawan, Budi", ["Budi"]),
        ("vi", "Phóng viên, Minh", ["Minh"]),
        ("th", "ผู้สื่อข่าว, สมชาย", ["สมชาย"]),
        ("bn", "রহিম উদ্দিন, ঢাকা", ["রহিম উদ্দিন"]),
        ("bn", "রহিম উদ্দিন, ঢাকা প্রতিনিধি", ["রহিম উদ্দিন"]),
        ("bn", "প্রতিনিধি রহিম উদ্দিন", ["রহিম উদ্দিন"]),
        ("de", "Von Anna Muster, Berlin", ["Anna Muster"]),
    ],
)
def test_a_name_beside_a_role_or_place_stays(lang: str, line: str, expected: list[str]) -> None:
    html = (
        f"<html lang='{lang}'><body><article><h1>Ein erfundener Titel</h1>"
        f"<div class='byline'>{line}</div>{PARA}</article></body></html>"
    )
    assert extract_article(html, URL).authors == expected
