"""Dates of session 38 (issue 10): a two-digit year first with a one-digit day ("26.12.3.",
"26/12/3 15:15") on Japanese, Korean and Chinese pages; a results list whose lines hold a link
word ("FC Nordstadt gegen SV Südhafen 2:1") is no ticker; a ticker of other stories after the
article dates no article; a bare JSON-LD day takes its time from a byline stated against the
fetch ("vor 2 Stunden") that falls on it; a clock before the day keeps its place over the
zone's offset after it ("14:05 Thứ năm, 03/12/2026 (GMT+07:00)"); an update's clock with its
language's afternoon mark ("تحديث: 4:20 م", "Ενημέρωση: 4:20 μ.μ."). Then a table of published
and updated lines in many languages and zones, read right before and after (counter-cases).

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, HEADLINE, story_dates, story_page

# FETCHED is 2026-12-06 12:00 UTC


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("ja", "jp", "<p class='date'>26.12.3.</p>", "2026-12-03"),
        ("ja", "jp", "<p class='date'>26.12.3. 15:15</p>", "2026-12-03T15:15:00+09:00"),
        ("ja", "jp", "<p class='date'>26/12/3 15:15</p>", "2026-12-03T15:15:00+09:00"),
        ("ja", "jp", "<p class='date'>26/12/3</p>", "2026-12-03"),
        ("ja", "jp", "<div data-date='26.12.3.'></div>", "2026-12-03"),
        ("ko", "kr", "<p class='date'>26.12.3.</p>", "2026-12-03"),
        ("ko", "kr", "<p class='date'>26. 12. 3.</p>", "2026-12-03"),
        ("ko", "kr", "<p class='date'>26.12.3 15:15</p>", "2026-12-03T15:15:00+09:00"),
        ("zh", "cn", "<p class='date'>26.12.3. 15:15</p>", "2026-12-03T15:15:00+08:00"),
        ("zh", "cn", "<p class='date'>26/12/3</p>", "2026-12-03"),
    ],
)  # fmt: skip
def test_a_year_first_day_of_one_digit_is_read(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: no year found in the line, the page undated (None)."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # elsewhere the same figures are no date
        ("de", "de", "<p class='date'>26.12.3.</p>", None),
        ("en", "com", "<p class='date'>26/12/3 15:15</p>", None),
        ("fr", "fr", "<p class='date'>26/12/3</p>", None),
        # two-digit days and Korean's own clock, as before
        ("ja", "jp", "<p class='date'>26.12.03.</p>", "2026-12-03"),
        ("ko", "kr", "<p class='date'>26. 12. 3. 오후 3:15</p>", "2026-12-03T15:15:00+09:00"),
        ("ja", "jp", "<p class='date'>2026.12.3.</p>", "2026-12-03"),
    ],
)  # fmt: skip
def test_other_short_days_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_BYLINE = "<p class='date'>05.12. 09:12 Uhr</p>"
_MATCHES = [
    ("29.11. 15:30", "FC Nordstadt", "SV Südhafen", "2:1"),
    ("22.11. 18:30", "TSV Bergheim", "FC Nordstadt", "0:0"),
    ("16.11. 17:30", "FC Nordstadt", "VfL Talbach", "3:2"),
]


@pytest.mark.parametrize(
    "results",
    [
        "".join(f"<p>{d} {a} gegen {b} {s}</p>" for d, a, b, s in _MATCHES),
        "<ul>" + "".join(f"<li>{d} {a} gegen {b} {s}</li>" for d, a, b, s in _MATCHES) + "</ul>",
        "<ul>" + "".join(f"<li>{a} {s} gegen {b}, {d}</li>" for d, a, b, s in _MATCHES) + "</ul>",
        "".join(f"<p>{d} {a} {s} gegen {b} im Stadion</p>" for d, a, b, s in _MATCHES),
        "".join(f"<div><span>{d}</span> <span>{a}</span> <span>gegen</span> <span>{b}</span> <span>{s}</span></div>" for d, a, b, s in _MATCHES),
    ],
)  # fmt: skip
def test_a_results_list_with_link_words_is_no_ticker(results: str) -> None:
    """Failed before: "gegen", a lower-case word, made each result an entry; the list,
    newest first within weeks, dated the page by its oldest match (16.11. 17:30)."""
    assert story_dates("de", _BYLINE + results, domain="de")[0] == "2026-12-05T09:12:00+01:00"


_GOALS = [
    "Tor für Bayern, Müller trifft nach einer Ecke zum 1:0",
    "Dortmund gleicht aus, der Ball geht knapp über die Linie zum 1:1",
    "Bayern führt wieder, ein Kopfball aus kurzer Distanz zum 2:1",
]
_STAMPS = ["05.12. 09:12", "05.12. 08:40", "05.12. 08:05"]


@pytest.mark.parametrize("shape", ["paragraphs", "items"])
def test_a_ticker_telling_of_goals_keeps_its_first_post(shape: str) -> None:
    """Counter-case: a match's live ticker, its entries sentences with a score, passed before
    and after."""
    pairs = list(zip(_STAMPS, _GOALS, strict=True))
    if shape == "paragraphs":
        line = "".join(f"<p><strong>{s}</strong></p><p>{t}</p>" for s, t in pairs)
    else:
        line = "<ul>" + "".join(f"<li><b>{s}</b> {t}</li>" for s, t in pairs) + "</ul>"
    assert story_dates("de", line, domain="de")[0] == "2026-12-05T08:05:00+01:00"


_FULL = ["05.12.2026 09:12", "05.12.2026 08:40", "05.12.2026 08:05"]
_OTHER_STORIES = [
    "Bahnstreik: Züge fallen am Montag in ganz Bayern aus",
    "Lawinengefahr in den Alpen steigt nach starkem Schneefall",
    "Bundesliga: Trainer in Mainz nach Niederlage entlassen",
]
_ENTRIES = [
    "Die Sitzung ist eröffnet, der Präsident begrüßt die Gäste im Saal",
    "Die Abgeordneten treffen nach und nach ein, einige fehlen noch",
    "Der Saal füllt sich, auf der Tribüne sitzen viele Schulklassen",
]


def _ticker(shape: str, stamps: list[str], texts: list[str]) -> str:
    pairs = list(zip(stamps, texts, strict=True))
    if shape == "classed":
        return (
            "<div class='newsticker'>"
            + "".join(
                f"<div class='ticker-item'><span class='date'>{s}</span><p>{t}</p></div>"
                for s, t in pairs
            )
            + "</div>"
        )
    if shape == "divs":
        return "<div>" + "".join(f"<div><span>{s}</span> {t}</div>" for s, t in pairs) + "</div>"
    if shape == "list":
        return (
            "<h2>Newsticker</h2><ul>"
            + "".join(f"<li><b>{s}</b> {t}</li>" for s, t in pairs)
            + "</ul>"
        )
    return "".join(f"<p><strong>{s}</strong> {t}</p>" for s, t in pairs)


@pytest.mark.parametrize("stamps", [_FULL, _STAMPS], ids=["full", "short"])
@pytest.mark.parametrize("shape", ["classed", "divs", "list", "paragraphs"])
def test_a_ticker_of_other_stories_after_the_article_dates_no_article(
    shape: str, stamps: list[str]
) -> None:
    """Failed before: the undated article took the ticker's first line (09:12) or its oldest
    story (08:05)."""
    html = story_page("de", tail=_ticker(shape, stamps, _OTHER_STORIES))
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published is None


def _header_only(body: str) -> str:
    """A live page: an `<article>` holding the headline alone, its feed after it."""
    return (
        f"<html lang='de'><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body>"
        f"<main><article><h1>{HEADLINE}</h1></article>{body}</main></body></html>"
    )


@pytest.mark.parametrize(
    ("html", "published"),
    [
        # a byline above the ticker after the article
        (story_page("de", line="<p class='date'>05.12.2026, 07:30 Uhr</p>", tail=_ticker("divs", _FULL, _OTHER_STORIES)), "2026-12-05T07:30:00+01:00"),
        # a live page's feed inside the article, or after an <article> holding the headline alone
        (story_page("de", line=_ticker("paragraphs", _STAMPS, _ENTRIES)), "2026-12-05T08:05:00+01:00"),
        (_header_only("".join(f"<div class='live-update'><span class='date'>{s}</span><p>{t}</p></div>" for s, t in zip(_FULL, _ENTRIES, strict=True))), "2026-12-05T08:05:00+01:00"),
        # one or two dated lines after the story: its own, as before
        (story_page("de", tail="<p class='date'>05.12.2026, 09:12 Uhr</p>"), "2026-12-05T09:12:00+01:00"),
    ],
)  # fmt: skip
def test_lines_after_the_article_that_are_no_ticker_keep_their_reading(
    html: str, published: str
) -> None:
    """Counter-cases: passed before and after."""
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


def _ld(day: str, key: str = "datePublished") -> str:
    return (
        f'<script type="application/ld+json">{{"@type": "NewsArticle", "{key}": "{day}"}}</script>'
    )


def _with_day(
    lang: str, domain: str, line: str, day: str, key: str = "datePublished"
) -> tuple[str | None, str | None]:
    html = story_page(lang, head=_ld(day, key), line=f"<p class='date'>{line}</p>" if line else "")
    found = extract_article(
        html, f"https://www.news.example.{domain}/a/4711-bridge", fetched=FETCHED
    )
    return found.published, found.modified


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("de", "de", "vor 2 Stunden", "2026-12-06T11:00:00+01:00"),
        ("en", "co.uk", "2 hours ago", "2026-12-06T10:00:00+00:00"),
        ("fr", "fr", "il y a 2 heures", "2026-12-06T11:00:00+01:00"),
        ("pl", "pl", "2 godziny temu", "2026-12-06T11:00:00+01:00"),
        ("ja", "jp", "2時間前", "2026-12-06T19:00:00+09:00"),
        ("es", "es", "hace 45 minutos", "2026-12-06T12:15:00+01:00"),
        ("de", "de", "Heute, 09:15 Uhr", "2026-12-06T09:15:00+01:00"),
    ],
)  # fmt: skip
def test_a_bare_jsonld_day_takes_the_bylines_time_on_that_day(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: the JSON-LD's bare day stood alone ("2026-12-06")."""
    assert _with_day(lang, domain, line, "2026-12-06")[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "day", "dates"),
    [
        # the line falls on another day than the JSON-LD's: the day stands
        ("de", "de", "vor 2 Stunden", "2026-12-05", ("2026-12-05", None)),
        ("de", "de", "vor 14 Stunden", "2026-12-06", ("2026-12-06", None)),
        # a day alone refines nothing
        ("de", "de", "vor 2 Tagen", "2026-12-04", ("2026-12-04", None)),
        # an update stated against the fetch is no publication's time
        ("de", "de", "Aktualisiert vor 2 Stunden", "2026-12-06", ("2026-12-06", "2026-12-06T11:00:00+01:00")),
        # no line; a JSON-LD time stays its own
        ("de", "de", "", "2026-12-06", ("2026-12-06", None)),
        ("de", "de", "vor 2 Stunden", "2026-12-06T08:00:00+01:00", ("2026-12-06T08:00:00+01:00", None)),
    ],
)  # fmt: skip
def test_a_jsonld_day_the_byline_does_not_refine_stands(
    lang: str, domain: str, line: str, day: str, dates: tuple[str | None, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert _with_day(lang, domain, line, day) == dates


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("vi", "vn", "14:05 Thứ năm, 03/12/2026 (GMT+07:00)", "2026-12-03T14:05:00+07:00"),
        ("vi", "com", "14:05 Thứ năm, 03/12/2026 (GMT+07:00)", "2026-12-03T14:05:00+07:00"),
        ("en", "com", "14:05, 3 December 2026 (UTC-05:00)", "2026-12-03T14:05:00-05:00"),
    ],
)  # fmt: skip
def test_a_clock_before_the_day_is_no_offset_after_it(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: the offset's "07:00" after the day was read as its time of day."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain)[0] == published


# Published and updated lines as sites in each language print them: read right before and
# after (counter-cases for the rules above; a probe of ~200 such lines found only the
# offset after the day and the update clock's afternoon marks wrong).
@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        ("pl", "pl", "opublikowano 03.12.2026 o 14:05, aktualizacja 03.12.2026 o 16:20", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        ("cs", "cz", "Publikováno 3. 12. 2026 14:05, aktualizováno 3. 12. 2026 16:20", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        ("ro", "ro", "Publicat 03.12.2026 14:05 | Actualizat 03.12.2026 16:20", ("2026-12-03T14:05:00+02:00", "2026-12-03T16:20:00+02:00")),
        ("hu", "hu", "Közzétéve: 2026.12.03. 14:05 Frissítve: 2026.12.03. 16:20", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        ("el", "gr", "03/12/2026 - 2:05 μ.μ.", ("2026-12-03T14:05:00+02:00", None)),
        ("tr", "tr", "Yayınlanma: 03 Aralık 2026 14:05 Güncelleme: 03 Aralık 2026 16:20", ("2026-12-03T14:05:00+03:00", "2026-12-03T16:20:00+03:00")),
        ("tr", "tr", "03.12.2026 - 02:05 ÖS", ("2026-12-03T14:05:00+03:00", None)),
        ("vi", "vn", "3 tháng 12, 2026 2:05 chiều", ("2026-12-03T14:05:00+07:00", None)),
        ("th", "th", "เผยแพร่: 3 ธ.ค. 69 14:05 น.", ("2026-12-03T14:05:00+07:00", None)),
        ("th", "th", "03/12/2569 14:05", ("2026-12-03T14:05:00+07:00", None)),
        ("fa", "ir", "پنجشنبه ۱۲ آذر ۱۴۰۵ ساعت ۱۴:۰۵", ("2026-12-03T14:05:00+03:30", None)),
        ("ar", "eg", "نشر في ٣ ديسمبر ٢٠٢٦ - ٠٢:٠٥ م", ("2026-12-03T14:05:00+02:00", None)),
        ("he", "il", "03/12/2026 14:05 עודכן: 03/12/2026 16:20", ("2026-12-03T14:05:00+02:00", "2026-12-03T16:20:00+02:00")),
        ("id", "id", "3 Desember 2026 14:05 WITA", ("2026-12-03T14:05:00+08:00", None)),
        ("ms", "my", "Dikemas kini: 3 Disember 2026, 4:20 petang", ("2026-12-03T16:20:00+08:00", "2026-12-03T16:20:00+08:00")),
        ("pt", "br", "Publicado em 03/12/2026 às 14h05, atualizado às 16h20", ("2026-12-03T14:05:00-03:00", "2026-12-03T16:20:00-03:00")),
        ("de", "com", "03.07.2026, 14:05 Uhr (MESZ)", ("2026-07-03T14:05:00+02:00", None)),
        ("de", "de", "03.12.2026, 2:05 Uhr nachmittags", ("2026-12-03T14:05:00+01:00", None)),
        ("en", "com", "Published Dec 3, 2026 at 2:05 PM EDT", ("2026-12-03T14:05:00-04:00", None)),
        ("en", "com", "Dec 3, 2026 14:05 IST", ("2026-12-03T14:05:00+05:30", None)),
        ("en", "com", "3 December 2026 14:05 JST", ("2026-12-03T14:05:00+09:00", None)),
        ("fr", "com", "3 déc. 2026 à 14h05 HNE", ("2026-12-03T14:05:00-05:00", None)),
        ("es", "es", "3 de diciembre de 2026, 2:05 de la tarde", ("2026-12-03T14:05:00+01:00", None)),
        ("it", "it", "03/12/2026 alle 2:05 del pomeriggio", ("2026-12-03T14:05:00+01:00", None)),
        ("sv", "se", "Publicerad 3 december 2026 kl. 14.05 Uppdaterad 3 december 2026 kl. 16.20", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        ("ru", "ru", "Опубликовано: 3 декабря 2026, 14:05 (МСК)", ("2026-12-03T14:05:00+03:00", None)),
        ("hi", "in", "अपडेट: 03 दिसंबर 2026, 04:20 PM IST", ("2026-12-03T16:20:00+05:30", "2026-12-03T16:20:00+05:30")),
        ("ko", "kr", "입력 2026.12.03 14:05 수정 2026.12.03 16:20", ("2026-12-03T14:05:00+09:00", "2026-12-03T16:20:00+09:00")),
        ("zh", "tw", "2026年12月3日 下午2:05", ("2026-12-03T14:05:00+08:00", None)),
        ("pl", "pl", "wczoraj, 18:30", ("2026-12-05T18:30:00+01:00", None)),
        ("cs", "cz", "před 2 hodinami", ("2026-12-06T11:00:00+01:00", None)),
        ("hu", "hu", "2 órája", ("2026-12-06T11:00:00+01:00", None)),
        ("el", "gr", "Χθες 18:30", ("2026-12-05T18:30:00+02:00", None)),
        ("he", "il", "לפני שעתיים", ("2026-12-06T12:00:00+02:00", None)),
        ("th", "th", "เมื่อวาน 18:30 น.", ("2026-12-05T18:30:00+07:00", None)),
        ("ko", "kr", "12.05 오후 6:30", ("2026-12-05T18:30:00+09:00", None)),
    ],
)  # fmt: skip
def test_printed_lines_in_more_languages(
    lang: str, domain: str, line: str, dates: tuple[str | None, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain) == dates


@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        ("ar", "sa", "الخميس 3 ديسمبر 2026 - 2:05 م | آخر تحديث: 4:20 م", ("2026-12-03T14:05:00+03:00", "2026-12-03T16:20:00+03:00")),
        ("el", "gr", "03/12/2026 2:05 μ.μ. | Ενημέρωση: 4:20 μ.μ.", ("2026-12-03T14:05:00+02:00", "2026-12-03T16:20:00+02:00")),
        ("vi", "vn", "03/12/2026 02:05 CH | Cập nhật: 04:20 CH", ("2026-12-03T14:05:00+07:00", "2026-12-03T16:20:00+07:00")),
        ("tr", "tr", "03.12.2026 02:05 ÖS | Güncelleme: 04:20 ÖS", ("2026-12-03T14:05:00+03:00", "2026-12-03T16:20:00+03:00")),
        ("ms", "my", "3 Disember 2026, 2:05 petang | Dikemas kini: 4:20 petang", ("2026-12-03T14:05:00+08:00", "2026-12-03T16:20:00+08:00")),
    ],
)  # fmt: skip
def test_an_update_clock_with_its_languages_afternoon_mark(
    lang: str, domain: str, line: str, dates: tuple[str, str]
) -> None:
    """Failed before: the update's "4:20" read as 04:20 (the mark after it unread), before
    the publication, so no update (modified None)."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain) == dates


@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        ("en", "com", "Dec 3, 2026, 2:05 p.m. ET | Updated 4:20 p.m.", ("2026-12-03T14:05:00-05:00", "2026-12-03T16:20:00-05:00")),
        ("fr", "fr", "3 décembre 2026 à 14h05, mis à jour à 16h20", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        ("de", "de", "03.12.2026, 14:05 Uhr | Aktualisiert 16:20 Uhr", ("2026-12-03T14:05:00+01:00", "2026-12-03T16:20:00+01:00")),
        # a clock of another zone, and an update clock under a bare day, stay unread
        ("en", "com", "Dec 3, 2026, 2:05 p.m. ET | Updated 4:20 p.m. PT", ("2026-12-03T14:05:00-05:00", None)),
        ("it", "it", "3 dicembre 2026 · Ultimo aggiornamento: 14:05", ("2026-12-03", None)),
    ],
)  # fmt: skip
def test_other_update_clocks_keep_their_reading(
    lang: str, domain: str, line: str, dates: tuple[str, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain) == dates
