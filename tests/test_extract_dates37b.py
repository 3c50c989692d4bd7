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


_BYLINE = "<p class='date'>05.12. 09:12 Uhr</p>"
_MATCHES = [
    ("29.11. 15:30", "FC Nordstadt", "SV Südhafen", "2:1"),
    ("22.11. 18:30", "TSV Bergheim", "FC Nordstadt", "0:0"),
    ("16.11. 17:30", "FC Nordstadt", "VfL Talbach", "3:2"),
]
_TABLE = (
    "<table>"
    + "".join(f"<tr><td>{d}</td><td>{a} - {b}</td><td>{s}</td></tr>" for d, a, b, s in _MATCHES)
    + "</table>"
)
_ITEMS = "<ul>" + "".join(f"<li>{d} {a} - {b} {s}</li>" for d, a, b, s in _MATCHES) + "</ul>"
_SPANS = "".join(
    f"<div class='match'><span>{d}</span> <span>{a}</span> <span>{b}</span> <span>{s}</span></div>"
    for d, a, b, s in _MATCHES
)
_LINES = "".join(f"<p>{d} {a} - {b} {s}</p>" for d, a, b, s in _MATCHES)
_DE = [
    "Die Sitzung ist eröffnet, der Präsident begrüßt die Gäste im Saal",
    "Die Abgeordneten treffen nach und nach ein, einige fehlen noch",
    "Der Saal füllt sich, auf der Tribüne sitzen viele Schulklassen",
]


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        (_BYLINE + _TABLE, ""),
        (_BYLINE + _ITEMS, ""),
        (_BYLINE + _SPANS, ""),
        (_BYLINE + _LINES, ""),
        (_BYLINE, _TABLE),
        (_BYLINE, _ITEMS),
    ],
)  # fmt: skip
def test_a_results_list_under_a_yearless_byline_is_no_ticker(line: str, tail: str) -> None:
    """Failed before: the list's three matches, newest first within weeks, read as a
    ticker's entries, the page dated by the oldest (16.11. 17:30)."""
    html = story_page("de", line=line, tail=tail)
    url = "https://www.news.example.de/a/4711-bridge"
    assert extract_article(html, url, fetched=FETCHED).published == "2026-12-05T09:12:00+01:00"


_STAMPS = ["05.12. 09:12", "05.12. 08:40", "05.12. 08:05"]
_WEEKS = ["29.11. 15:30", "22.11. 18:30", "16.11. 17:30"]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("".join(f"<p><strong>{s}</strong></p><p>{t}</p>" for s, t in zip(_STAMPS, _DE, strict=True)), "2026-12-05T08:05:00+01:00"),
        ("".join(f"<p><strong>{s} Uhr:</strong> {t}</p>" for s, t in zip(_STAMPS, _DE, strict=True)), "2026-12-05T08:05:00+01:00"),
        ("<ul>" + "".join(f"<li><b>{s}</b> {t}</li>" for s, t in zip(_STAMPS, _DE, strict=True)) + "</ul>", "2026-12-05T08:05:00+01:00"),
        ("".join(f"<div><span>{s}</span><h3>Bundestag tagt</h3><p>{t}</p></div>" for s, t in zip(_STAMPS, _DE, strict=True)), "2026-12-05T08:05:00+01:00"),
        # a byline above a ticker's entries: the newest entry is an update
        (_BYLINE + "".join(f"<p><strong>{s}</strong></p><p>{t}</p>" for s, t in zip(_STAMPS, _DE, strict=True)), "2026-12-05T08:05:00+01:00"),
        # a ticker over weeks, its entries with text
        ("".join(f"<p><strong>{s}</strong></p><p>{t}</p>" for s, t in zip(_WEEKS, _DE, strict=True)), "2026-11-16T17:30:00+01:00"),
    ],
)  # fmt: skip
def test_german_tickers_with_dotted_stamps_keep_their_first_post(line: str, published: str) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates("de", line, domain="de")[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "stamps", "texts", "published"),
    [
        ("ja", "jp", ["12/5 09:12", "12/5 08:40", "12/5 08:05"], ["議会が開会し、議長が来賓を歓迎した。", "議員が次々と到着し、まだ数人が欠席している。", "傍聴席は学校のクラスと記者でいっぱいになった。"], "2026-12-05T08:05:00+09:00"),
        ("en", "co.uk", ["05/12 09:12", "05/12 08:40", "05/12 08:05"], ["The chamber opens its doors and the speaker welcomes the guests", "Members arrive one by one, a few of them are still missing", "The public gallery fills up with school classes and reporters"], "2026-12-05T08:05:00+00:00"),
    ],
)  # fmt: skip
def test_tickers_in_other_languages_keep_their_first_post(
    lang: str, domain: str, stamps: list[str], texts: list[str], published: str
) -> None:
    """Counter-cases (a script without letter case; English): passed before and after."""
    line = "".join(
        f"<p><strong>{s}</strong></p><p>{t}</p>" for s, t in zip(stamps, texts, strict=True)
    )
    assert story_dates(lang, line, domain=domain)[0] == published


@pytest.mark.parametrize(
    ("lang", "domain", "line"),
    [
        ("de", "de", "<p class='date'>Aktualisiert 05.12.2026, 13:05 Uhr</p><p class='date'>Erstellt 05.12.2026, 14:05 Uhr</p>"),
        ("de", "de", "<p class='date'>Erstellt 05.12.2026, 14:05 Uhr | Aktualisiert 05.12.2026, 13:05 Uhr</p>"),
        ("en", "co.uk", "<p class='date'>Published 5 December 2026 14:05</p><p class='date'>Updated 5 December 2026 13:05</p>"),
        ("en", "co.uk", "<p class='date'>Published 5 December 2026 14:05</p><p class='date'>Updated 4 December 2026</p>"),
        ("fr", "fr", "<p class='date'>Publié le 05/12/2026 à 14h05, mis à jour le 05/12/2026 à 13h05</p>"),
    ],
)  # fmt: skip
def test_a_printed_update_before_the_publication_is_no_update(
    lang: str, domain: str, line: str
) -> None:
    """Failed before: the printed update was kept though before the publication, where the
    same times in JSON-LD gave None (test_jsonld_update_before_the_publication_is_none)."""
    assert story_dates(lang, line, domain=domain)[1] is None


def test_jsonld_update_before_the_publication_is_none() -> None:
    """Counter-case: passed before and after."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished":'
        ' "2026-12-05T14:05:00+01:00", "dateModified": "2026-12-05T13:05:00+01:00"}</script>'
    )
    html = story_page("de", head=head)
    found = extract_article(html, "https://www.news.example.de/a/4711-bridge", fetched=FETCHED)
    assert (found.published, found.modified) == ("2026-12-05T14:05:00+01:00", None)


@pytest.mark.parametrize(
    ("lang", "domain", "line", "dates"),
    [
        # a later update, the same time, an update line alone: kept
        ("de", "de", "<p class='date'>Aktualisiert 05.12.2026, 15:05 Uhr</p><p class='date'>Erstellt 05.12.2026, 14:05 Uhr</p>", ("2026-12-05T14:05:00+01:00", "2026-12-05T15:05:00+01:00")),
        ("de", "de", "<p class='date'>Erstellt 05.12.2026, 14:05 Uhr</p><p class='date'>Aktualisiert 05.12.2026, 14:05 Uhr</p>", ("2026-12-05T14:05:00+01:00", "2026-12-05T14:05:00+01:00")),
        ("de", "de", "<p class='date'>Aktualisiert: 05.12.2026, 09:12 Uhr</p>", ("2026-12-05T09:12:00+01:00", "2026-12-05T09:12:00+01:00")),
        ("en", "co.uk", "<p class='date'>Published 4 December 2026</p><p class='date'>Updated 4 December 2026 13:05</p>", ("2026-12-04", "2026-12-04T13:05:00+00:00")),
    ],
)  # fmt: skip
def test_printed_updates_at_or_after_the_publication_are_kept(
    lang: str, domain: str, line: str, dates: tuple[str, str]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates(lang, line, domain=domain) == dates


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("<p class='date'>03.12.2026 15:05 | ΕΝΗΜΕΡΩΘΗΚΕ: 03.12.2026 16:00</p>", ("2026-12-03T15:05:00+02:00", "2026-12-03T16:00:00+02:00")),
        ("<p class='date'>03.12.2026 15:05 | ΑΝΑΝΕΩΘΗΚΕ: 03.12.2026 16:00</p>", ("2026-12-03T15:05:00+02:00", "2026-12-03T16:00:00+02:00")),
        ("<p class='date'>03.12.2026 15:05 | Ανανεώθηκε: 03.12.2026 16:00</p>", ("2026-12-03T15:05:00+02:00", "2026-12-03T16:00:00+02:00")),
        ("<p class='date'>ΕΝΗΜΕΡΩΘΗΚΕ: 03.12.2026 16:00 | ΔΗΜΟΣΙΕΥΣΗ: 03.12.2026 15:05</p>", ("2026-12-03T15:05:00+02:00", "2026-12-03T16:00:00+02:00")),
    ],
)  # fmt: skip
def test_greek_update_labels_in_capitals_or_as_renewed(line: str, dates: tuple[str, str]) -> None:
    """Failed before: a label in capitals loses its accents ("ΕΝΗΜΕΡΩΘΗΚΕ" is no
    "ενημερώθηκε" lower-cased), and "ανανεώθηκε" (renewed) was no update label: the update
    unread, and the last row published at the update's 16:00."""
    assert story_dates("el", line, domain="gr") == dates


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("<p class='date'>Ενημερώθηκε: 03.12.2026 16:00 | Δημοσίευση: 03.12.2026 15:05</p>", ("2026-12-03T15:05:00+02:00", "2026-12-03T16:00:00+02:00")),
        ("<p class='date'>03.12.2026 15:05</p>", ("2026-12-03T15:05:00+02:00", None)),
    ],
)  # fmt: skip
def test_greek_lines_in_small_letters_keep_their_reading(
    line: str, dates: tuple[str, str | None]
) -> None:
    """Counter-cases: passed before and after."""
    assert story_dates("el", line, domain="gr") == dates
