"""Dates as CLDR's locale patterns print them in languages beyond the world set: the 12-hour
marks of each locale, direction marks inside Arabic dates, abbreviation signs after Hebrew and
Hindi months, Vietnamese's time-first order, one-digit dotted hours; and whole pages stating
the update before the publication under the headline, with other pieces' later dates above it.

Every string is made up for the test (the shapes are those `benchmarks/dates_unseen_kinds.py`
prints with babel).
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a locale's own 12-hour marks after the time
        pytest.param("3. 2. 2026 2:05 odp.", "2026-02-03T14:05:00", id="cs-odp"),
        pytest.param("23. listopadu 2026 9:07 dop.", "2026-11-23T09:07:00", id="cs-dop"),
        pytest.param("12. 1. 2026 12:10 dop.", "2026-01-12T00:10:00", id="cs-dop-midnight"),
        pytest.param("3. 2. 2026 2:05 odp.", "2026-02-03T14:05:00", id="sk-odp"),
        pytest.param("3. helmikuuta 2026 2:05 ip.", "2026-02-03T14:05:00", id="fi-ip"),
        pytest.param("30.7.2025 9:45 ap.", "2025-07-30T09:45:00", id="fi-ap"),
        pytest.param("3 лютого 2026 р., 2:05 пп", "2026-02-03T14:05:00", id="uk-pp"),
        pytest.param("03.02.26, 9:45 дп", "2026-02-03T09:45:00", id="uk-dp-short-year"),
        pytest.param("3 Φεβ 2026, 2:05 ΜΜ", "2026-02-03T14:05:00", id="el-mm-without-dots"),
        pytest.param("3 Şubat 2026 ÖS 2:05", "2026-02-03T14:05:00", id="tr-os-before"),
        pytest.param("3 Şubat 2026 2:05 ÖS", "2026-02-03T14:05:00", id="tr-os-after"),
        pytest.param("2026 m. vasario 3 d. 2:05 popiet", "2026-02-03T14:05:00", id="lt-popiet"),
        pytest.param("2026. gada 3. februāris 2:05 pēcp.", "2026-02-03T14:05:00", id="lv-pecp"),
        pytest.param("3. februar 2026 2:05 pop.", "2026-02-03T14:05:00", id="sl-pop"),
        pytest.param("3 Februarie 2026 2:05 nm.", "2026-02-03T14:05:00", id="af-nm"),
        # Vietnamese: the time first, the month abbreviated "thg", AM/PM as SA/CH
        pytest.param("14:05 3 thg 2, 2026", "2026-02-03T14:05:00", id="vi-thg"),
        pytest.param("2:05 CH 3 thg 2, 2026", "2026-02-03T14:05:00", id="vi-ch-thg"),
        pytest.param("9:07 SA 23 tháng 11, 2026", "2026-11-23T09:07:00", id="vi-sa"),
        pytest.param("14:05 3/2/26", "2026-02-03T14:05:00", id="vi-time-then-short-year"),
        # "2:05 CH 3/2/26" needs its page's language now (tests/test_dates39.py)
        # Arabic with the direction marks CLDR puts in a numeric date
        pytest.param("03\u200f/02\u200f/2026، 2:05 م", "2026-02-03T14:05:00", id="ar-rlm-pm"),
        pytest.param("23\u200f/11\u200f/2026، 9:07 ص", "2026-11-23T09:07:00", id="ar-rlm-am"),
        # abbreviation signs after a month: Hebrew's geresh, Devanagari's "॰"
        pytest.param("3 בפבר׳ 2026, 14:05", "2026-02-03T14:05:00", id="he-geresh"),
        pytest.param("23 בנוב׳ 2026, 9:07 AM", "2026-11-23T09:07:00", id="he-nov-am"),
        pytest.param("3 फ़र॰ 2026, 2:05 pm", "2026-02-03T14:05:00", id="hi-abbreviation-sign"),
        pytest.param("30 जुल॰ 2025, 9:45 pm", "2025-07-30T21:45:00", id="hi-jul"),
        # Persian's marks with CLDR's closing dot
        pytest.param("3 فوریه 2026، ساعت 2:05 ب.ظ.", "2026-02-03T14:05:00", id="fa-pm-dot"),
        pytest.param("2026/2/3،\u200f 9:45 ق.ظ.", "2026-02-03T09:45:00", id="fa-am-dot"),
        # a dotted one-digit hour after a day written with dots: a 24-hour clock's
        pytest.param("23.11.2026 9.07", "2026-11-23T09:07:00", id="fi-dotted-one-digit"),
        pytest.param("23. marraskuuta 2026 9.07", "2026-11-23T09:07:00", id="fi-named-month-dotted-day"),
        pytest.param("3/2/26 14.05", "2026-02-03T14:05:00", id="id-short-year-dotted-clock"),
        # words before and after a dotted time
        pytest.param("3 ก.พ. 2569 เวลา 14.05 น.", "2026-02-03T14:05:00", id="th-wela-na"),
        pytest.param("3 Februari 2026 pukul 14.05", "2026-02-03T14:05:00", id="id-pukul"),
        pytest.param("03.02.2026 ora 14.05", "2026-02-03T14:05:00", id="ro-ora"),
        pytest.param("dinsdag 3 februari 2026 om 14u05", "2026-02-03T14:05:00", id="nl-be-14u05"),
    ],
)  # fmt: skip
def test_a_locales_printed_date(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-digit dotted hour after a day without dots may be a 12-hour clock's
        pytest.param("29 January 2026 6.40", "2026-01-29T00:00:00", id="en-unread"),
        # a word starting with a mark's letters is no mark
        pytest.param("3. 2. 2026 2:05 Chicago", "2026-02-03T02:05:00", id="ch-in-a-word"),
        pytest.param("3. 2. 2026 2:05 Sapporo", "2026-02-03T02:05:00", id="sa-in-a-word"),
        # a two-digit year with no time beside it stays unread
        pytest.param("05/06/24", None, id="short-year-alone"),
        # a price after a day is no time ("1.500")
        pytest.param("23.11.2026 1.500 Besucher", "2026-11-23T00:00:00", id="thousands"),
    ],
)  # fmt: skip
def test_what_is_not_a_locales_time(text: str, expected: str | None) -> None:
    d = parse_date(text)
    assert (to_iso(d) if d else None) == expected


def _page(lang: str, meta: str, related: str = "") -> str:
    text = (
        "<p>" + "An invented paragraph about the city's budget and its fire service. " * 4 + "</p>"
    )
    return (
        f'<html lang="{lang}"><body>{related}<article><h1>An invented headline for this test</h1>'
        f'<div class="article-meta">{meta}</div>{text}</article></body></html>'
    )


def _related(date: str) -> str:
    return "<ul class='list'>" + "".join(
        f"<li><a href='/{n}/2026/another-story-about-other-things-{n}'>Another story about other things in the news number {n}</a> <span>{date}</span></li>"
        for n in (1, 2)
    ) + "</ul>"  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "updated", "published", "later"),
    [
        ("pt", "Atualizado em 4 de fev. de 2026 17:10", "Publicado em 3 de fev. de 2026 14:05", "4 de fev. de 2026 16:05"),
        ("pl", "Aktualizacja: 4.02.2026, 17:10", "Opublikowano: 3.02.2026, 14:05", "4.02.2026, 16:05"),
        ("nl", "Bijgewerkt: 04-02-2026, 17:10", "Gepubliceerd: 03-02-2026, 14:05", "04-02-2026, 16:05"),
        ("cs", "Aktualizováno: 4. 2. 2026 5:10 odp.", "Publikováno: 3. 2. 2026 2:05 odp.", "4. 2. 2026 4:05 odp."),
        ("el", "Ενημέρωση: 4 Φεβ 2026, 5:10 μ.μ.", "Δημοσίευση: 3 Φεβ 2026, 2:05 μ.μ.", "4 Φεβ 2026, 4:05 μ.μ."),
        ("fi", "Päivitetty 4.2.2026 17.10", "Julkaistu 3.2.2026 14.05", "4.2.2026 16.05"),
        ("hu", "Frissítve: 2026. febr. 4. 17:10", "Közzétéve: 2026. febr. 3. 14:05", "2026. febr. 4. 16:05"),
        ("ro", "Actualizat: 4 feb. 2026, 5:10 p.m.", "Publicat: 3 feb. 2026, 2:05 p.m.", "4 feb. 2026, 4:05 p.m."),
        ("uk", "Оновлено: 4 лют. 2026 р., 5:10 пп", "Опубліковано: 3 лют. 2026 р., 2:05 пп", "4 лют. 2026 р., 4:05 пп"),
        ("id", "Diperbarui: 4/2/26 17.10", "Diterbitkan: 3/2/26 14.05", "4/2/26 16.05"),
        ("vi", "Cập nhật 5:10 CH 4 thg 2, 2026", "Đăng lúc 2:05 CH 3 thg 2, 2026", "4:05 CH 4 thg 2, 2026"),
        ("zh", "更新时间：2026/2/4 17:10", "发布时间：2026/2/3 14:05", "2026/2/4 16:05"),
        ("ar", "آخر تحديث 04\u200f/02\u200f/2026، 5:10 م", "نشر في 03\u200f/02\u200f/2026، 2:05 م", "04\u200f/02\u200f/2026، 4:05 م"),
        ("he", "עודכן: 4 בפבר׳ 2026, 17:10", "פורסם: 3 בפבר׳ 2026, 14:05", "4 בפבר׳ 2026, 16:05"),
        ("hi", "अपडेट: 4 फ़र॰ 2026, 5:10 pm", "प्रकाशित: 3 फ़र॰ 2026, 2:05 pm", "4 फ़र॰ 2026, 4:05 pm"),
        ("th", "อัปเดต: 4 ก.พ. 2569 17:10 น.", "เผยแพร่: 3 ก.พ. 2569 14:05 น.", "4 ก.พ. 2569 16:05 น."),
    ],
)  # fmt: skip
def test_the_update_shown_first_and_other_pieces_dated_above(
    lang: str, updated: str, published: str, later: str
) -> None:
    meta = f"<span>{updated}</span> · <span>{published}</span>"
    art = extract_article(_page(lang, meta, _related(later)), "https://news.example.com/a/1234")
    assert ((art.published or "")[:19], (art.modified or "")[:19]) == (
        "2026-02-03T14:05:00",
        "2026-02-04T17:10:00",
    )


def _stamped(url_line: str, stamp: str, line: str) -> str:
    ld = f'{{"@context":"https://schema.org","@type":"NewsArticle","headline":"An invented headline for this test","datePublished":"{stamp}"}}'
    shown = f'<p class="date">{line}</p>' if line else ""
    return (
        f'<html lang="{url_line}"><head><script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>An invented headline for this test</h1>{shown}"
        "<p>An invented paragraph about the city's budget and its fire service, long enough.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "stamp", "line", "expected"),
    [
        # one offset all year beside the local clock the reader sees: that clock, in the zone's offset
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-07-02T14:05:00+01:00", "02.07.2026, 14:05 Uhr", "2026-07-02T14:05:00+02:00", id="de-winter-offset-in-july"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-01-15T14:05:00+02:00", "15.01.2026, 14:05 Uhr", "2026-01-15T14:05:00+01:00", id="de-summer-offset-in-january"),
        pytest.param("https://www.gazeta.example.pl/a/1", "pl", "2026-07-02T14:05:00+01:00", "Opublikowano: 2 lipca 2026, 14:05", "2026-07-02T14:05:00+02:00", id="pl"),
        pytest.param("https://www.paper.example.co.uk/a/1", "en-GB", "2026-01-15T14:05:00+01:00", "15 January 2026 14.05 GMT", "2026-01-15T14:05:00+00:00", id="uk-printed-with-its-zone"),
        # the page prints the stamp's instant as its local clock: the instant is right
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-07-02T14:05:00+01:00", "02.07.2026, 15:05 Uhr", "2026-07-02T14:05:00+01:00", id="de-instant-printed-local"),
        # nothing printed: the stamp as stated
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-07-02T14:05:00+01:00", "", "2026-07-02T14:05:00+01:00", id="de-nothing-printed"),
        # a country of several zones: "-05:00" in July is Chicago's
        pytest.param("https://www.paper.example.us/a/1", "en-US", "2026-07-02T14:05:00-05:00", "July 2, 2026 2:05 PM", "2026-07-02T14:05:00-05:00", id="us-central"),
    ],
)  # fmt: skip
def test_a_stamps_offset_of_the_other_season(
    url: str, lang: str, stamp: str, line: str, expected: str
) -> None:
    assert extract_article(_stamped(lang, stamp, line), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        # the Philippines write the month first, as CLDR's "fil" and "en-PH" do
        pytest.param("https://balita.example.com/a/1", "tl", "2026-02-03T14:05:00+08:00", id="filipino"),
        pytest.param("https://news.example.ph/a/1", "en", "2026-02-03T14:05:00+08:00", id="en-on-ph"),
        pytest.param("https://news.example.com/a/1", "en-PH", "2026-02-03T14:05:00+08:00", id="en-ph-tag"),
        # elsewhere the day comes first
        pytest.param("https://noticias.example.com/a/1", "pt", "2026-03-02T14:05:00", id="portuguese"),
    ],
)  # fmt: skip
def test_month_first_in_the_philippines(url: str, lang: str, expected: str) -> None:
    html = _page(lang, "<span>Inilathala: 2/3/26, 2:05 PM</span>")
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        # a month name two languages share is the page's language's
        pytest.param("hr", "Objavljeno: 3. listopada 2026. u 14:05", "2026-10-03T14:05:00", id="hr-listopad-october"),
        pytest.param("hr", "Objavljeno: 30. srp 2025. 21:45", "2025-07-30T21:45:00", id="hr-srp-july"),
        pytest.param("hr", "Objavljeno: 3. lip 2026. 14:05", "2026-06-03T14:05:00", id="hr-lip-june"),
        pytest.param("cs", "Publikováno: 3. listopadu 2026 14:05", "2026-11-03T14:05:00", id="cs-listopad-november"),
        pytest.param("pl", "Opublikowano: 3 listopada 2026, 14:05", "2026-11-03T14:05:00", id="pl-listopad-november"),
        pytest.param("cs", "Publikováno: 30. srp 2025 21:45", "2025-08-30T21:45:00", id="cs-srp-august"),
    ],
)  # fmt: skip
def test_a_shared_month_name_in_the_pages_language(lang: str, line: str, expected: str) -> None:
    art = extract_article(_page(lang, f"<span>{line}</span>"), "https://news.example.com/a/1234")
    assert (art.published or "")[:19] == expected
