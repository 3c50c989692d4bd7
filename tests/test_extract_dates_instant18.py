"""The instant of a publication on sites never seen: a zone a page names in words or by a
pair of abbreviations, an abbreviation its own country spells otherwise, a typographic minus
in an offset, Java's and ASP.NET's spellings of a stamp, and a stamp that is the moment the
page was served rather than published.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dateparse import parse_any, parse_date

_FETCHED = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
_HEADLINE = "Stadtrat stimmt dem neuen Busnetz nach langer Debatte zu"


def _page(lang: str, meta: str = "", head: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Titel</title>{head}</head>"
        f"<body><header><nav><a href='/'>Start</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1>{meta}"
        "<p>Nach einer Sitzung von mehreren Stunden stimmte die Mehrheit dem Vorschlag zu, "
        "die Linien im Osten der Stadt neu zu ordnen und die Takte zu verdichten.</p>"
        "<p>Die Verwaltung will die ersten Linien im Sommer umstellen, hieß es am Abend.</p>"
        "</article></main><footer>Impressum</footer></body></html>"
    )


def _ld(**fields: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE}
    return f"<script type='application/ld+json'>{json.dumps({**obj, **fields})}</script>"


def _meta(stamp: str) -> str:
    return f"<meta property='article:published_time' content='{stamp}'>"


def _published(
    url: str, lang: str, line: str, head: str = "", fetched: datetime = _FETCHED
) -> str | None:
    meta = f"<p class='date'>{line}</p>" if line else ""
    return extract_article(_page(lang, meta=meta, head=head), url, fetched=fetched).published


# Sites on .com whose language names no one country: the page's words are the only zone.
_COM = "https://www.portal.example.com/noticias/a"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("pt", "04/03/2026 10h15 (horário de Brasília)", "2026-03-04T10:15:00-03:00"),
        ("pt", "04/03/2026 às 10h15 - hora de Brasília", "2026-03-04T10:15:00-03:00"),
        ("pt", "Publicado em 4 de março de 2026, 10:15 (hora de Lisboa)", "2026-03-04T10:15:00+00:00"),
        ("es", "4 de marzo de 2026 | 10:15 hrs (hora de México)", "2026-03-04T10:15:00-06:00"),
        ("es", "04/03/2026 10:15 hs (hora argentina)", "2026-03-04T10:15:00-03:00"),
        ("es", "4 de marzo de 2026, 10:15 (hora peninsular)", "2026-03-04T10:15:00+01:00"),
        ("es", "Publicado el 4 de julio de 2025 a las 10:15 hora peninsular", "2025-07-04T10:15:00+02:00"),
        ("es", "04/03/2026 - 10:15 hora de Chile", "2026-03-04T10:15:00-03:00"),
        ("fr", "Publié le 4 mars 2026 à 10h15 (heure de Paris)", "2026-03-04T10:15:00+01:00"),
        ("fr", "Publié le 4 mars 2026 à 10 h 15 HNE", "2026-03-04T10:15:00-05:00"),
        ("fr", "Mis en ligne le 4 juillet 2025 à 10h15 HAE", "2025-07-04T10:15:00-04:00"),
        ("fr", "4 mars 2026 à 10h15 (heure de Montréal)", "2026-03-04T10:15:00-05:00"),
        ("it", "4 marzo 2026 ore 10:15 ora italiana", "2026-03-04T10:15:00+01:00"),
        ("en", "March 4, 2026 10:15 a.m. Eastern Time", "2026-03-04T10:15:00-05:00"),
        ("en", "July 4, 2025 at 10:15 am Pacific Time", "2025-07-04T10:15:00-07:00"),
        ("en", "4 March 2026, 10:15 UK time", "2026-03-04T10:15:00+00:00"),
        ("ru", "4 марта 2026, 10:15 по киевскому времени", "2026-03-04T10:15:00+02:00"),
        ("ar", "04-03-2026 10:15 بتوقيت القاهرة", "2026-03-04T10:15:00+02:00"),
        ("ar", "04-03-2026 10:15 بتوقيت مكة المكرمة", "2026-03-04T10:15:00+03:00"),
        ("tr", "04.03.2026 10:15 TSİ", "2026-03-04T10:15:00+03:00"),
        ("zh", "北京时间2026年3月4日 10:15", "2026-03-04T10:15:00+08:00"),
        ("zh", "2026年3月4日 10:15（北京时间）", "2026-03-04T10:15:00+08:00"),
        ("ja", "2026年3月4日 10時15分（日本時間）", "2026-03-04T10:15:00+09:00"),
        ("ko", "2026.03.04 10:15 (한국시간)", "2026-03-04T10:15:00+09:00"),
        # guards: a zone the page prints as an abbreviation or offset reads as before
        ("de", "4. März 2026, 10:15 Uhr MEZ", "2026-03-04T10:15:00+01:00"),
        ("en", "March 4, 2026 10:15 a.m. ET", "2026-03-04T10:15:00-05:00"),
        # a place in the text after the time is no zone: the wall clock stays naive
        ("es", "04/03/2026 10:15 Ciudad de México", "2026-03-04T10:15:00"),
        ("pt", "04/03/2026 10h15 Brasília", "2026-03-04T10:15:00"),
    ],
)  # fmt: skip
def test_a_zone_named_in_words_gives_the_offset(lang: str, line: str, expected: str) -> None:
    assert _published(_COM, lang, line) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("de", "4. Juli 2025, 10:15 Uhr CET/CEST", "2025-07-04T10:15:00+02:00"),
        ("de", "4. März 2026, 10:15 Uhr (MEZ/MESZ)", "2026-03-04T10:15:00+01:00"),
        ("en", "July 4, 2025 10:15 am EST/EDT", "2025-07-04T10:15:00-04:00"),
        ("en", "4 July 2025 10:15 GMT/BST", "2025-07-04T10:15:00+01:00"),
        ("en", "4 March 2026 10:15 AEST/AEDT", "2026-03-04T10:15:00+11:00"),
        # a pair of no one zone: its first
        ("en", "4 March 2026 10:15 UTC/GMT", "2026-03-04T10:15:00+00:00"),
    ],
)  # fmt: skip
def test_a_zones_two_seasons_named_together_give_the_days_offset(
    lang: str, line: str, expected: str
) -> None:
    assert _published(_COM, lang, line) == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        # the site's own zone spells its time so
        ("https://www.ribao.example.cn/a", "zh", "2026-03-04 10:15 CST", "2026-03-04T10:15:00+08:00"),
        ("https://news.example.com.tw/a", "zh-TW", "2026/03/04 10:15 CST", "2026-03-04T10:15:00+08:00"),
        ("https://www.example.co.il/a", "en", "Mar 4, 2026 10:15 am IST", "2026-03-04T10:15:00+02:00"),
        ("https://www.example.ie/a", "en", "Fri 4 Jul 2025 10:15 IST", "2025-07-04T10:15:00+01:00"),
        ("https://www.example.com.ph/a", "en", "March 4, 2026 10:15 AM PST", "2026-03-04T10:15:00+08:00"),
        # elsewhere the usual reading
        ("https://www.example.co.in/a", "en", "Mar 4, 2026 10:15 IST", "2026-03-04T10:15:00+05:30"),
        ("https://www.example.com/a", "en", "Mar 4, 2026 10:15 am IST", "2026-03-04T10:15:00+05:30"),
        ("https://www.example.com/a", "en-US", "March 4, 2026 10:15 AM CST", "2026-03-04T10:15:00-06:00"),
        ("https://www.example.com/a", "en-US", "March 4, 2026 10:15 AM PST", "2026-03-04T10:15:00-08:00"),
        # an Irish page in winter: "GMT" is Dublin's own, "IST" then no Irish time: India's
        ("https://www.example.ie/a", "en", "Wed 4 Mar 2026 10:15 GMT", "2026-03-04T10:15:00+00:00"),
    ],
)  # fmt: skip
def test_an_abbreviation_the_sites_zone_spells_is_that_zones(
    url: str, lang: str, line: str, expected: str
) -> None:
    assert _published(url, lang, line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("04/03/2026 10:15 UTC\u22123", "2026-03-04T10:15:00-03:00"),
        ("4 March 2026 10:15 (GMT\u221205:00)", "2026-03-04T10:15:00-05:00"),
        ("04/03/2026 10:15 UTC-3", "2026-03-04T10:15:00-03:00"),
    ],
)
def test_a_typographic_minus_is_an_offsets_sign(text: str, expected: str) -> None:
    found = parse_date(text)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("4 मार्च 2026, 3:15 अपराह्न IST", "hi", "2026-03-04T15:15:00+05:30"),
        ("2026年3月4日 午後3時15分 JST", "ja", "2026-03-04T15:15:00+09:00"),
        ("2026年3月4日 10時15分（日本時間）", "ja", "2026-03-04T10:15:00+09:00"),
        ("2026년 3월 4일 오후 3시 15분 KST", "ko", "2026-03-04T15:15:00+09:00"),
        ("4 de marzo de 2026, 3:15 de la tarde CET", "es", "2026-03-04T15:15:00+01:00"),
        ("4 Mac 2026 3:15 petang WIB", "ms", "2026-03-04T15:15:00+07:00"),
        # guards: no zone after the words, or a word that is no part of the day
        ("2026年3月4日 午後3時15分", "ja", "2026-03-04T15:15:00"),
        ("4. März 2026, 3:15 Uhr", "de", "2026-03-04T03:15:00"),
    ],
)  # fmt: skip
def test_a_zone_after_a_part_of_the_day_in_words_is_read(
    text: str, lang: str, expected: str
) -> None:
    found = parse_date(text, lang=lang)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("04/03/2026 10h15min", "pt", "2026-03-04T10:15:00"),
        ("04/03/2026 - 10.15 hrs", "es", "2026-03-04T10:15:00"),
        ("04/03/2026 - 10.15 hs", "es", "2026-03-04T10:15:00"),
        # guards: a length after a day is no time of day
        ("04/03/2026 | 1h15min", "pt", "2026-03-04T00:00:00"),
        ("26.10.2025 | 2:43 min", "de", "2025-10-26T00:00:00"),
        ("26.10.2025 | 12:43 min", "de", "2025-10-26T00:00:00"),
    ],
)
def test_clocks_with_hours_words_after_them(text: str, lang: str, expected: str) -> None:
    found = parse_date(text, lang=lang)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-04T10:15:00.000Z[UTC]", "2026-03-04T10:15:00+00:00"),
        ("2026-03-04T10:15Z[UTC]", "2026-03-04T10:15:00+00:00"),
        ("2026-03-04T10:15:00+01:00[Europe/Berlin]", "2026-03-04T10:15:00+01:00"),
        ("2026-07-04T10:15:00[Europe/Berlin]", "2026-07-04T10:15:00+02:00"),
        ("/Date(1772619300000)/", "2026-03-04T10:15:00+00:00"),
        ("/Date(1772619300000+0100)/", "2026-03-04T10:15:00+00:00"),
        ("/Date(17726193)/", None),
    ],
)
def test_java_and_aspnet_stamps_keep_their_instant(value: str, expected: str | None) -> None:
    found = parse_any(value, False)
    assert (found.isoformat() if found else None) == expected


def test_a_java_stamp_in_json_ld_dates_the_page() -> None:
    head = _ld(datePublished="2026-03-04T09:15:00.000Z[UTC]")
    assert _published("https://www.example.de/a", "de", "", head) == "2026-03-04T10:15:00+01:00"


_DE = "https://www.zeitung.example.de/politik/busnetz"


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # a CMS filling the publication with "now": the byline's day and time
        (_meta("2026-03-05T12:00:00+00:00"), "04.03.2026, 10:15 Uhr", "2026-03-04T10:15:00+01:00"),
        (_meta("2026-03-05T12:59:58+01:00"), "Veröffentlicht am 4. März 2026 um 10:15 Uhr", "2026-03-04T10:15:00+01:00"),
        (_ld(datePublished="2026-03-05T11:59:40Z"), "04.03.2026, 10:15 Uhr", "2026-03-04T10:15:00+01:00"),
        (_ld(datePublished="2026-03-05T11:59:40Z"), "<time datetime='2026-03-04T10:15:00+01:00'>04.03.2026, 10:15 Uhr</time>", "2026-03-04T10:15:00+01:00"),
        # ... beside a bare day the page prints: that day
        (_meta("2026-03-05T12:00:01+00:00"), "04.03.2026", "2026-03-04"),
        # guards: a piece fetched as it went out keeps its stamp, to the second
        (_ld(datePublished="2026-03-05T11:59:12Z"), "05.03.2026, 12:59 Uhr", "2026-03-05T12:59:12+01:00"),
        (_meta("2026-03-05T12:59:12+01:00"), "", "2026-03-05T12:59:12+01:00"),
        (_meta("2026-03-05T12:59:12+01:00"), "05.03.2026", "2026-03-05T12:59:12+01:00"),
        # ... and a stamp minutes before the fetch is a publication, whatever the byline
        (_meta("2026-03-05T11:50:00+00:00"), "04.03.2026, 10:15 Uhr", "2026-03-05T12:50:00+01:00"),
    ],
)  # fmt: skip
def test_a_published_stamp_of_the_fetchs_moment_is_the_page_served(
    head: str, line: str, expected: str
) -> None:
    if head.startswith("<script") or line.startswith("<time"):
        meta = line if line.startswith("<time") else (f"<p class='date'>{line}</p>" if line else "")
        page = _page(
            "de",
            meta=meta + (head if head.startswith("<script") else ""),
            head="" if head.startswith("<script") else head,
        )
        got = extract_article(page, _DE, fetched=_FETCHED).published
    else:
        got = _published(_DE, "de", line, head)
    assert got == expected


def test_without_a_fetch_time_a_stamp_is_read_as_stated() -> None:
    page = _page(
        "de",
        meta="<p class='date'>04.03.2026, 10:15 Uhr</p>",
        head=_meta("2026-03-05T12:00:00+00:00"),
    )
    assert extract_article(page, _DE).published == "2026-03-05T13:00:00+01:00"


def test_every_zone_word_names_a_zone_the_database_knows() -> None:
    from zoneinfo import ZoneInfo

    from newsarchive.extract import langwords

    for text in langwords.ZONE_WORDS.values():
        for entry in text.split(","):
            phrase, _, name = entry.partition("=")
            assert phrase.strip() and name.strip(), entry
            ZoneInfo(name.strip())


def _next_data(value: str) -> str:
    state = '{"props":{"pageProps":{"article":{"id":7,"publishedAt":' + value + "}}}}"
    return f"<script id='__NEXT_DATA__' type='application/json'>{state}</script>"


@pytest.mark.parametrize(
    ("lang", "head", "body", "expected"),
    [
        # a naive stamp in the metadata, the moment in UTC in script state or an attribute
        ("en", _ld(datePublished="2026-03-04T10:15:00"), _next_data('"2026-03-04T15:15:00.000Z"'), "2026-03-04T10:15:00-05:00"),
        ("en", _ld(datePublished="2026-03-04T10:15:00"), _next_data("1772637300"), "2026-03-04T10:15:00-05:00"),
        ("en", _ld(datePublished="2026-03-04T10:15:00"), "<span class='date' data-timestamp='1772637300'>March 4, 2026</span>", "2026-03-04T10:15:00-05:00"),
        ("es", _meta("2026-03-04T10:15:00"), _next_data('"2026-03-04T13:15:00Z"'), "2026-03-04T10:15:00-03:00"),
        ("pt", _meta("2026-03-04T10:15:00"), _next_data('"2026-03-04T10:15:00-03:00"'), "2026-03-04T10:15:00-03:00"),
        ("fr", _ld(datePublished="2026-03-04T10:15:00"), "<p class='date'>4 mars 2026 - 10h15</p>" + _next_data('"2026-03-04T09:15:00Z"'), "2026-03-04T10:15:00+01:00"),
        # guards: another moment (not a whole offset away, to the second) leaves it naive
        ("en", _ld(datePublished="2026-03-04T10:15:00"), _next_data('"2026-03-04T15:15:27Z"'), "2026-03-04T10:15:00"),
        ("es", _meta("2026-03-04T10:15:00"), _next_data('"2026-03-05T10:15:00Z"'), "2026-03-04T10:15:00"),
        # ... and so does the update's stamp the metadata names
        ("en", _ld(datePublished="2026-03-04T10:15:00", dateModified="2026-03-04T15:15:00Z"), "", "2026-03-04T10:15:00"),
    ],
)  # fmt: skip
def test_a_naive_stamp_takes_the_offset_of_a_machine_stamp_of_its_moment(
    lang: str, head: str, body: str, expected: str
) -> None:
    page = _page(
        lang,
        meta=body + (head if head.startswith("<script") else ""),
        head="" if head.startswith("<script") else head,
    )
    assert extract_article(page, _COM, fetched=_FETCHED).published == expected


def test_where_the_country_is_known_its_zone_reads_a_naive_stamp() -> None:
    page = _page(
        "de", meta=_next_data('"2026-03-04T15:15:00Z"') + _ld(datePublished="2026-03-04T10:15:00")
    )
    assert (
        extract_article(page, "https://www.example.de/a", fetched=_FETCHED).published
        == "2026-03-04T10:15:00+01:00"
    )


_UK = "https://www.paper.example.co.uk/news/bus-network"


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # a naive JSON-LD stamp and a meta's "Z" on the same wall clock, printed as local: local
        (_ld(datePublished="2025-07-02T11:21:03") + _meta("2025-07-02T11:21:03+00:00"), "2 July 2025, 11:21", "2025-07-02T11:21:03+01:00"),
        (_ld(datePublished="2025-07-02T11:21:03") + _meta("2025-07-02T11:21:03Z"), "Wednesday 2 July 2025 11:21", "2025-07-02T11:21:03+01:00"),
        # guards: the page prints the UTC reading in local time: the "Z" is right
        (_ld(datePublished="2025-07-02T11:21:03") + _meta("2025-07-02T11:21:03Z"), "2 July 2025, 12:21", "2025-07-02T11:21:03+00:00"),
        # ... or prints no time at all
        (_ld(datePublished="2025-07-02T11:21:03") + _meta("2025-07-02T11:21:03Z"), "", "2025-07-02T11:21:03+00:00"),
        # ... or it is winter, when London's clock is UTC's
        (_ld(datePublished="2026-01-02T11:21:03") + _meta("2026-01-02T11:21:03Z"), "2 January 2026, 11:21", "2026-01-02T11:21:03+00:00"),
    ],
)  # fmt: skip
def test_a_utc_stamp_on_a_naive_ones_wall_clock_printed_as_local_is_local(
    head: str, line: str, expected: str
) -> None:
    assert _published(_UK, "en-GB", line, head) == expected


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # a naive stamp on the UTC wall clock of a time the page prints with its zone: UTC
        (_meta("2026-03-04T15:15:00"), "March 4, 2026 10:15 AM EST", "2026-03-04T10:15:00-05:00"),
        (_meta("2026-03-04T15:15:27"), "March 4, 2026 10:15 AM EST", "2026-03-04T10:15:27-05:00"),
        (_ld(datePublished="2026-03-04T02:45:00"), "4 March 2026 8:15 am IST", "2026-03-04T08:15:00+05:30"),
        # guards, as before: the printed zone's own wall clock; the moment at another offset
        (_meta("2026-03-04T10:15:00"), "March 4, 2026 10:15 AM EST", "2026-03-04T10:15:00-05:00"),
        (_meta("2026-03-04T16:15:00"), "March 4, 2026 10:15 AM EST", "2026-03-04T16:15:00+01:00"),
    ],
)  # fmt: skip
def test_a_naive_stamp_on_a_printed_times_utc_clock_is_utc(
    head: str, line: str, expected: str
) -> None:
    assert _published(_COM, "en", line, head) == expected


def test_where_the_country_is_known_a_naive_stamp_is_its_zones_not_utc() -> None:
    head = _ld(datePublished="2026-03-04T10:15:00")
    line = "<time datetime='2026-03-04T11:15:00+01:00'>4. März 2026</time>"
    page = _page("de", meta=line + head)
    published = extract_article(page, "https://www.example.de/a", fetched=_FETCHED).published
    assert published == "2026-03-04T10:15:00+01:00"


def test_a_piece_fetched_as_it_went_out_near_midnight_keeps_its_stamp() -> None:
    """Past midnight in the page's zone the printed day is the next one in UTC's calendar:
    the stamp of the fetch's moment still states the same day the page prints."""
    fetched = datetime(2026, 3, 5, 23, 59, 40, tzinfo=UTC)
    head = _meta("2026-03-05T23:59:12+00:00")
    got = _published(_DE, "de", "06.03.2026", head, fetched=fetched)
    assert got == "2026-03-06T00:59:12+01:00"
    # ... and a printed day that is neither calendar's day still wins
    assert _published(_DE, "de", "04.03.2026", head, fetched=fetched) == "2026-03-04"
