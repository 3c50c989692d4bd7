"""Dates after session 37 (issue 10): a live page's feed whose entries are named live
("live-update", "ticker-item", "live-blog__entry"), nothing above them stating a time, is
dated by its first post, not left undated (a lone such block, a widget's, stays another
item's); a class naming a timeline ("timeline-item", "chronologie") holds an article's
history of events, whose stamps date neither a feed's first post nor the article; a
two-digit-year-first "26/12/03" in a data attribute, a meta or script state of a Japanese,
Korean or Chinese page is 2026, as in its text; .as and .mp are rented domains (no country's
zone, no month-first order), American Samoa's English is named by its tag; "vor 2 Stunden"
on the night the clocks change is two hours elapsed, not two on the wall clock. Then rows
in languages outside the world set (Dutch, Polish, Portuguese, Czech, Greek, Hungarian,
Romanian, Finnish, Arabic, Hebrew, Chinese, Indonesian, Vietnamese, Thai) and German
variants, which passed before and after.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from tests.plugins.dateline_pages import FETCHED, story_dates, story_page

_EN_FULL = ["5 December 2026 09:12", "5 December 2026 08:40", "5 December 2026 08:05"]
_EN = [
    "The chamber opens its doors and the speaker welcomes the guests",
    "Members arrive one by one, a few of them are still missing",
    "The public gallery fills up with school classes and reporters",
]
_DE_FULL = ["05.12.2026 09:12", "05.12.2026 08:40", "05.12.2026 08:05"]
_DE = [
    "Die Sitzung ist eröffnet, der Präsident begrüßt die Gäste im Saal",
    "Die Abgeordneten treffen nach und nach ein, einige fehlen noch",
    "Der Saal füllt sich, auf der Tribüne sitzen viele Schulklassen",
]
_ISO = ["2026-12-05T09:12:00+01:00", "2026-12-05T08:40:00+01:00", "2026-12-05T08:05:00+01:00"]


def _classed(cls: str, stamps: list[str], texts: list[str], tag: str = "div") -> str:
    """Entries as blocks their class names, each stamped in a plain element."""
    return "".join(
        f"<{tag} class='{cls}'><span class='date'>{s}</span><p>{t}</p></{tag}>"
        for s, t in zip(stamps, texts, strict=True)
    )


def _timed(cls: str, stamps: list[str], texts: list[str], values: list[str]) -> str:
    """Entries as blocks their class names, each stamped in a `<time datetime=...>`."""
    return "".join(
        f"<div class='{cls}'><time datetime='{v}'>{s}</time><p>{t}</p></div>"
        for s, t, v in zip(stamps, texts, values, strict=True)
    )


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("en", "co.uk", _classed("live-update", _EN_FULL, _EN), "2026-12-05T08:05:00+00:00"),
        ("en", "co.uk", _classed("ticker-item", _EN_FULL, _EN), "2026-12-05T08:05:00+00:00"),
        ("de", "de", _classed("live-blog__entry", _DE_FULL, _DE), "2026-12-05T08:05:00+01:00"),
        ("de", "de", _classed("ticker__item", _DE_FULL, _DE), "2026-12-05T08:05:00+01:00"),
        ("de", "de", _timed("live-post", ["09:12", "08:40", "08:05"], _DE, _ISO), "2026-12-05T08:05:00+01:00"),
        # inside the list holding them
        ("en", "co.uk", "<div class='live-updates'>" + _classed("live-update", _EN_FULL, _EN) + "</div>", "2026-12-05T08:05:00+00:00"),
        # oldest first
        ("en", "co.uk", _classed("live-update", list(reversed(_EN_FULL)), _EN), "2026-12-05T08:05:00+00:00"),
    ],
)  # fmt: skip
def test_a_live_feed_with_nothing_above_is_dated_by_its_first_post(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Failed before: every entry's block was another item's, the page undated."""
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # the page's start above the entries dates it
        ("de", "de", "<p class='date'>05.12.2026, 07:30 Uhr</p>" + _classed("live-update", _DE_FULL, _DE), "2026-12-05T07:30:00+01:00"),
        # two entries: no feed, another item's as before
        ("en", "co.uk", _classed("live-update", _EN_FULL[:2], _EN[:2]), None),
        # a lone live item (a widget's) under the headline
        ("en", "co.uk", _classed("live-update", _EN_FULL[:1], _EN[:1]), None),
    ],
)  # fmt: skip
def test_live_entries_that_are_no_feed_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


def test_metadata_dates_a_live_feed_over_its_entries() -> None:
    """Counter-case: the page's JSON-LD states its publication; the entries are updates."""
    head = (
        '<script type="application/ld+json">{"@type": "LiveBlogPosting",'
        ' "datePublished": "2026-12-05T07:00:00+01:00"}</script>'
    )
    html = story_page("de", head=head, line=_classed("live-update", _DE_FULL, _DE))
    found = extract_article(html, "https://www.news.example.de/a/4711-bridge", fetched=FETCHED)
    assert found.published == "2026-12-05T07:00:00+01:00"


_EVENTS_DE = ["03.12.2026 18:00", "02.12.2026 14:10", "01.12.2026 09:30"]
_EVENTS_EN = ["3 December 2026 18:00", "2 December 2026 14:10", "1 December 2026 09:30"]


def _timeline(cls: str, item: str, stamps: list[str], texts: list[str]) -> str:
    return f"<ul class='{cls}'>" + _classed(item, stamps, texts, tag="li") + "</ul>"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "tail", "published"),
    [
        ("de", "de", "", _timeline("timeline", "timeline-item", _EVENTS_DE, _DE), None),
        ("en", "co.uk", "", _timeline("timeline", "timeline-item", _EVENTS_EN, _EN), None),
        ("en", "co.uk", _classed("timeline-item", _EVENTS_EN, _EN), "", None),
        ("fr", "fr", _timeline("chronologie", "item", ["03/12/2026 18:00", "02/12/2026 14:10", "01/12/2026 09:30"], _EN), "", None),
        ("de", "de", _timeline("zeitleiste", "eintrag", _EVENTS_DE, _DE), "", None),
    ],
)  # fmt: skip
def test_a_timeline_of_events_dates_no_article(
    lang: str, domain: str, line: str, tail: str, published: str | None
) -> None:
    """Failed before: read as a live feed, the page dated by its oldest event (1 December
    09:30), or by its first line (3 December 18:00) where no feed's class was named."""
    html = story_page(lang, line=line, tail=tail)
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


@pytest.mark.parametrize(
    ("line", "tail", "published"),
    [
        # the byline above a timeline dates the page, as before
        ("<p class='date'>05.12.2026, 07:30 Uhr</p>", _timeline("timeline", "timeline-item", _EVENTS_DE, _DE), "2026-12-05T07:30:00+01:00"),
        # a feed that is no timeline keeps its first post
        (_classed("feed-item", _DE_FULL, _DE), "", "2026-12-05T08:05:00+01:00"),
        # "Zeit" and "line" apart are no timeline's
        ("<div class='zeit-line'><p class='date'>05.12.2026, 07:30 Uhr</p></div>", "", "2026-12-05T07:30:00+01:00"),
    ],
)  # fmt: skip
def test_other_lists_keep_their_reading(line: str, tail: str, published: str) -> None:
    """Counter-cases: passed before and after."""
    html = story_page("de", line=line, tail=tail)
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


_STATE = '<script>window.__STATE__={{"publishedAt":"{}"}}</script>'


@pytest.mark.parametrize(
    ("lang", "domain", "line", "head", "script", "published"),
    [
        ("ja", "jp", "<div class='meta' data-date='26/12/03'></div>", "", "", "2026-12-03"),
        ("ko", "kr", "<div data-date='26.12.03'></div>", "", "", "2026-12-03"),
        ("zh", "cn", "<div data-published='26-12-03'></div>", "", "", "2026-12-03"),
        ("ja", "jp", "<div data-date='26/12/03 15:15'></div>", "", "", "2026-12-03T15:15:00+09:00"),
        ("ja", "jp", "", "<meta property='article:published_time' content='26/12/03'>", "", "2026-12-03"),
        ("ja", "jp", "", "", _STATE.format("26/12/03"), "2026-12-03"),
    ],
)  # fmt: skip
def test_a_year_first_short_day_in_values_is_this_century(
    lang: str, domain: str, line: str, head: str, script: str, published: str
) -> None:
    """Failed before: read day first outside the page's text, 26 December 2003."""
    html = story_page(lang, head=head, line=line, script=script)
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # Hong Kong's day first stays refused (no 2004), read with its clock
        ("zh-HK", "hk", "<div data-date='04/12/26'></div>", None),
        ("zh-HK", "hk", "<div data-date='04/12/26 15:15'></div>", "2026-12-04T15:15:00+08:00"),
        # other languages' "03.12.26" is day first
        ("de", "de", "<div data-date='03.12.26'></div>", "2026-12-03"),
        ("ja", "jp", "<div data-date='2026/12/03'></div>", "2026-12-03"),
    ],
)  # fmt: skip
def test_other_short_days_in_values_keep_their_reading(
    lang: str, domain: str, line: str, published: str | None
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_DAY = "<p class='date'>03/12/2026 10:15</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "published"),
    [
        ("en", "as", "2026-12-03T10:15:00"),
        ("en", "mp", "2026-12-03T10:15:00"),
        ("en-AS", "com", "2026-03-12T10:15:00-11:00"),
    ],
)  # fmt: skip
def test_as_and_mp_are_rented_domains(lang: str, domain: str, published: str) -> None:
    """Failed before: .as and .mp read month first (and .mp in Saipan's zone) as a US
    territory's press, though sites anywhere rent them; en-AS named no zone."""
    assert story_dates(lang, _DAY, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "published"),
    [
        ("en", "io", "2026-12-03T10:15:00"),
        ("de", "as", "2026-12-03T10:15:00+01:00"),
        ("en-MP", "com", "2026-03-12T10:15:00+10:00"),
        ("en", "gu", "2026-03-12T10:15:00+10:00"),
        ("en", "us", "2026-03-12T10:15:00-04:00"),
    ],
)  # fmt: skip
def test_other_domains_keep_their_order(lang: str, domain: str, published: str) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, _DAY, domain=domain)[0] == published


def _at(line: str, fetched: datetime, lang: str = "de", domain: str = "de") -> str | None:
    html = story_page(lang, line=f"<p class='date'>{line}</p>")
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=fetched).published


@pytest.mark.parametrize(
    ("line", "fetched", "published"),
    [
        # read at 04:30 CEST the night the clocks go forward: 00:30 UTC
        ("vor 2 Stunden", datetime(2026, 3, 29, 2, 30, tzinfo=UTC), "2026-03-29T01:30:00+01:00"),
        # read at 02:30 CET the night they go back: 00:30 UTC, 02:30 CEST
        ("vor 1 Stunde", datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "2026-10-25T02:30:00+02:00"),
    ],
)  # fmt: skip
def test_hours_ago_across_a_clock_change_are_hours_elapsed(
    line: str, fetched: datetime, published: str
) -> None:
    """Failed before: subtracted on the wall clock, an hour off (02:30+01:00, a time that
    never was; 01:30+02:00)."""
    assert _at(line, fetched) == published


@pytest.mark.parametrize(
    ("line", "fetched", "published"),
    [
        ("vor 30 Minuten", datetime(2026, 3, 29, 2, 0, tzinfo=UTC), "2026-03-29T03:30:00+02:00"),
        ("vor 2 Stunden", FETCHED, "2026-12-06T11:00:00+01:00"),
        ("gestern, 14:05", datetime(2026, 3, 29, 10, 0, tzinfo=UTC), "2026-03-28T14:05:00+01:00"),
        ("vor 2 Tagen", datetime(2026, 3, 29, 10, 0, tzinfo=UTC), "2026-03-27"),
    ],
)  # fmt: skip
def test_other_relative_lines_keep_their_reading(
    line: str, fetched: datetime, published: str
) -> None:
    """Counter-cases: passed before and after."""
    assert _at(line, fetched) == published


_W = "2026-12-03T14:05:00+01:00"
_S = "2026-07-03T14:05:00+02:00"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        ("de", "de", "Veröffentlicht am 3. Dezember 2026, 14:05 Uhr", _W),
        ("de", "de", "Stand: 03.12.2026 14:05 Uhr", _W),
        ("de", "de", "Stand: 03.07.2026 14:05 Uhr", _S),
        ("de", "de", "Do., 03.12.2026 | 14:05", _W),
        ("de", "de", "am 3.12.2026 um 14.05 Uhr", _W),
        ("de", "de", "Veröffentlicht: 3. Dez. 2026, 14:05 Uhr | Aktualisiert: 4. Dez. 2026, 09:10 Uhr", _W),
        ("de", "de", "29.03.2026, 03:30 Uhr", "2026-03-29T03:30:00+02:00"),
        ("de", "de", "03.07.2026 14:05 MESZ", _S),
        ("de-AT", "at", "3. Dezember 2026, 14:05", _W),
        ("de-CH", "ch", "03.12.2026, 14.05 Uhr", _W),
        ("nl", "nl", "gepubliceerd op 3 december 2026 om 14:05", _W),
        ("nl", "nl", "do 3 dec 2026, 14.05 uur", _W),
        ("pl", "pl", "3 grudnia 2026, 14:05", _W),
        ("pl", "pl", "3 lipca 2026, 14:05", _S),
        ("pt-BR", "com.br", "publicado em 03/12/2026 às 14h05", "2026-12-03T14:05:00-03:00"),
        ("pt-BR", "com.br", "Atualizado em 03/12/2026 às 15h10 | Publicado em 03/12/2026 às 14h05", "2026-12-03T14:05:00-03:00"),
        ("pt-PT", "pt", "publicado a 3 de dezembro de 2026 às 14:05", "2026-12-03T14:05:00+00:00"),
        ("pt-PT", "pt", "3 de julho de 2026, 14:05", "2026-07-03T14:05:00+01:00"),
        ("cs", "cz", "3. prosince 2026 14:05", _W),
        ("cs", "cz", "Aktualizováno 4. 12. 2026 9:10 · Publikováno 3. 12. 2026 14:05", _W),
        ("hu", "hu", "2026. december 3. 14:05", _W),
        ("hu", "hu", "2026. július 3. 14:05", _S),
        ("fi", "fi", "3.12.2026 klo 14.05", "2026-12-03T14:05:00+02:00"),
        ("fi", "fi", "Julkaistu 3.7.2026 klo 14.05", "2026-07-03T14:05:00+03:00"),
        ("el", "gr", "3 Δεκεμβρίου 2026, 14:05", "2026-12-03T14:05:00+02:00"),
        ("ro", "ro", "3 decembrie 2026, 14:05", "2026-12-03T14:05:00+02:00"),
        ("ar-EG", "com", "الخميس 3 ديسمبر 2026 - 14:05", "2026-12-03T14:05:00+02:00"),
        ("ar-AE", "ae", "٣ ديسمبر ٢٠٢٦ ١٤:٠٥", "2026-12-03T14:05:00+04:00"),
        ("he", "co.il", "3 בדצמבר 2026, 14:05", "2026-12-03T14:05:00+02:00"),
        ("zh-CN", "cn", "2026年12月3日 14:05", "2026-12-03T14:05:00+08:00"),
        ("zh-TW", "tw", "2026年12月3日 週四 下午2:05", "2026-12-03T14:05:00+08:00"),
        ("id", "co.id", "3 Desember 2026 14:05 WITA", "2026-12-03T14:05:00+08:00"),
        ("vi", "vn", "Thứ năm, 3/12/2026, 14:05 (GMT+7)", "2026-12-03T14:05:00+07:00"),
        ("th", "co.th", "3 ธ.ค. 2569 14:05 น.", "2026-12-03T14:05:00+07:00"),
    ],
)  # fmt: skip
def test_printed_dates_in_more_languages(lang: str, domain: str, line: str, published: str) -> None:
    """Probes outside the world set's languages: passed before and after."""
    assert story_dates(lang, f"<p class='date'>{line}</p>", domain=domain)[0] == published


def _ld(published: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
        f' "datePublished": "{published}"}}</script>'
    )


@pytest.mark.parametrize(
    ("lang", "domain", "stamp", "published"),
    [
        ("nl", "com", "2026-12-03T14:05:00", _W),
        ("pl", "pl", "2026-07-03T14:05:00", _S),
        ("cs", "cz", "2026-12-03 14:05:00", _W),
        ("fi", "fi", "2026-12-03T14:05:00", "2026-12-03T14:05:00+02:00"),
        ("pt-BR", "com.br", "2026-12-03T14:05:00", "2026-12-03T14:05:00-03:00"),
        ("pt", "com", "2026-12-03T14:05:00", "2026-12-03T14:05:00"),
        ("he", "co.il", "2026-07-03T14:05:00", "2026-07-03T14:05:00+03:00"),
        ("vi", "com", "2026-12-03T14:05:00", "2026-12-03T14:05:00+07:00"),
        ("th", "com", "2026-12-03T14:05:00", "2026-12-03T14:05:00+07:00"),
        ("nl-BE", "be", "2026-12-03T14:05:00", _W),
    ],
)  # fmt: skip
def test_a_naive_stamp_takes_the_zone_the_page_names(
    lang: str, domain: str, stamp: str, published: str
) -> None:
    """Probes: passed before and after (a bare "pt" names no zone: none invented)."""
    html = story_page(lang, head=_ld(stamp))
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


_DOTTED = ["05.12. 09:12", "05.12. 08:40", "05.12. 08:05"]


@pytest.mark.parametrize(
    "line",
    [
        "".join(f"<p class='date'>{s}</p><p>{t}</p>" for s, t in zip(_DOTTED, _DE, strict=True)),
        _classed("entry", _DOTTED, _DE),
        _classed("ticker-item", _DOTTED, _DE),
        _classed("entry", ["05.12., 09:12", "05.12., 08:40", "05.12., 08:05"], _DE),
    ],
)
def test_a_ticker_of_dotted_short_stamps_is_dated_by_its_first_post(line: str) -> None:
    """Failed before: German's dotted short day ("05.12. 09:12", its day closing with a dot)
    was no short stamp, so the newest entry (09:12), an update, dated the page (or, named
    live, nothing did)."""
    assert story_dates("de", line, domain="de")[0] == "2026-12-05T08:05:00+01:00"


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published"),
    [
        # two stamps: a byline's over one earlier event
        ("de", "de", "".join(f"<p class='date'>{s}</p><p>{t}</p>" for s, t in zip(_DOTTED[:2], _DE[:2], strict=True)), "2026-12-05T09:12:00+01:00"),
        # not in one order: the story's days
        ("de", "de", "".join(f"<p class='date'>{s}</p><p>{t}</p>" for s, t in zip(["05.12. 09:12", "01.12. 08:40", "03.12. 08:05"], _DE, strict=True)), "2026-12-05T09:12:00+01:00"),
        # Korean's dotted month first, a byline alone
        ("ko", "kr", "<p class='date'>12. 5. 09:12</p>", "2026-12-05T09:12:00+09:00"),
    ],
)  # fmt: skip
def test_dotted_short_stamps_that_are_no_ticker_keep_their_reading(
    lang: str, domain: str, line: str, published: str
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain)[0] == published


_BYLINE = "<p class='date'>05.12.2026, 07:30 Uhr</p>"
_OTHER_STORIES = [
    "Bahnstreik: Züge fallen am Montag in ganz Bayern aus",
    "Lawinengefahr in den Alpen steigt nach starkem Schneefall",
    "Bundesliga: Trainer in Mainz nach Niederlage entlassen",
]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # a layout's or a theme's name holding "timeline": the byline is no event in it
        ("<div class='article-body timeline-layout'>" + _BYLINE + "</div>", "2026-12-05T07:30:00+01:00"),
        ("<div class='timeline-theme'>" + _BYLINE + "</div>", "2026-12-05T07:30:00+01:00"),
        ("<div class='datetime-line'>" + _BYLINE + "</div>", "2026-12-05T07:30:00+01:00"),
        ("<p>Von Anna Muster, <span class='time-line'>05.12.2026, 07:30 Uhr</span></p>", "2026-12-05T07:30:00+01:00"),
        # "chronological" is an order, not a chronology: a feed sorted so keeps its first post
        ("<div class='meta chronological'>" + _BYLINE + "</div>", "2026-12-05T07:30:00+01:00"),
        ("<div class='feed reverse-chronological'>" + _classed("entry", _DE_FULL, _DE) + "</div>", "2026-12-05T08:05:00+01:00"),
        ("<div class='chronologisch'>" + _classed("feed-item", _DE_FULL, _DE) + "</div>", "2026-12-05T08:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_class_naming_a_timeline_around_no_events_keeps_the_date(
    line: str, published: str
) -> None:
    """Review of dates-37: failed on the branch (None: any ancestor's class holding
    "time-line" or "chronolog" hid the date); passed on main."""
    assert story_dates("de", line, domain="de")[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line", "tail", "published"),
    [
        # bare list items of a timeline are its events still
        ("de", "de", "<ul class='timeline'>" + "".join(f"<li><span class='date'>{s}</span> {t}</li>" for s, t in zip(_EVENTS_DE, _DE, strict=True)) + "</ul>", "", None),
        ("en", "co.uk", "", "<ol class='chronology'>" + _classed("event", _EVENTS_EN, _EN, tag="li") + "</ol>", None),
        ("es", "es", "<div class='cronologia'>" + _classed("hito", ["03/12/2026 18:00", "02/12/2026 14:10", "01/12/2026 09:30"], _EN) + "</div>", "", None),
    ],
)  # fmt: skip
def test_a_timeline_of_events_dates_no_article_review(
    lang: str, domain: str, line: str, tail: str, published: str | None
) -> None:
    """Counter-cases for the narrowing above: passed on the branch and after."""
    html = story_page(lang, line=line, tail=tail)
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == published


def _ticker_above(stamps: list[str]) -> str:
    """A site's news ticker of other stories above the article, text only."""
    ticker = "<div class='newsticker'>" + _classed("ticker-item", stamps, _OTHER_STORIES) + "</div>"
    return story_page("de").replace("<main>", ticker + "<main>")


@pytest.mark.parametrize("stamps", [_DE_FULL, ["05.12. 09:12", "05.12. 08:40", "05.12. 08:05"]])
def test_a_ticker_of_other_stories_above_the_headline_dates_no_article(stamps: list[str]) -> None:
    """Review of dates-37: failed on the branch with full stamps (08:05, the ticker's oldest
    other story); None on main. A live page's feed is under its headline."""
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(_ticker_above(stamps), url, fetched=FETCHED).published is None


def test_a_ticker_of_other_stories_above_the_headline_leaves_the_byline() -> None:
    """Counter-case: passed on the branch and after."""
    html = _ticker_above(_DE_FULL).replace("</h1>", "</h1>" + _BYLINE)
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == "2026-12-05T07:30:00+01:00"
