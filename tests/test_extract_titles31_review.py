"""Titles on sites never seen: what title-31's cuts must leave alone (issue 10).

title-31 cut a paper's name its host spells by syllables, "heute"/"today" editions, a date
in brackets at a title's end or start, and a leading label that is the page's stated
section. These rows are real headline words that must stay. Every page here is invented.
Rows marked "(guard)" passed before this module; the others failed on title-31's tip.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.tab_titles import tab_page, tab_title


def _title(title: str, url: str = "https://kz.example/a/brand-123", **kw: str) -> str | None:
    return tab_title(title, url, **kw)


# --- a time of day in brackets is no template's date stamp ---------------------------------

TIMED = [
    # a broadcast's or a match's hour is the headline's ("when"), not the day a template stamps
    pytest.param("Tatort: Der Fall Hafen (20:15 Uhr)", id="de-broadcast"),
    pytest.param("Kiel gegen Flensburg im Liveticker (19:30 Uhr)", id="de-kickoff"),
    pytest.param("Harbour council meets tonight (7:30 pm)", id="en-clock"),
    pytest.param("(20:15 Uhr) Tatort: Der Fall Hafen im Ersten", id="de-leading"),
]


@pytest.mark.parametrize("title", TIMED)
def test_a_time_of_day_in_brackets_stays(title: str) -> None:
    assert _title(title) == title


KEPT_BRACKETS = [
    # a film's, a book's or a games' year in brackets is the headline's own word (guard)
    pytest.param("Review: Dune (2021)", id="film-year"),
    pytest.param("Olympische Spiele in Kiel (2028)", id="games-year"),
    pytest.param("東京五輪の記録を振り返る（2021年）", id="ja-year-only"),
    pytest.param("Kieler Woche im Hafen (20.-28. Juni 2026)", id="date-range"),
    pytest.param("Tatort: Der Fall Hafen (So., 20:15 Uhr)", id="weekday-and-hour"),
]


@pytest.mark.parametrize("title", KEPT_BRACKETS)
def test_a_year_or_a_range_in_brackets_stays(title: str) -> None:
    """(guard)"""
    assert _title(title) == title


# --- a headline's last words that are no paper's name, "heute"/"today" in a headline ------

TAILS = [
    # (title, url) (guard)
    pytest.param("Streit im Rat - Mehr Polizei", "https://mep.example/a/1", id="opener"),
    pytest.param("Streit um Kita | Stadt zahlt", "https://stz.example/a/1", id="no-paper-noun"),
    pytest.param("Was Sie heute wissen müssen", "https://was.example/a/1", id="heute-inside"),
    pytest.param("Wetter: So wird es in Hamburg heute", "https://hamburg.example/a/1", id="heute"),
]


@pytest.mark.parametrize(("title", "url"), TAILS)
def test_a_headline_s_own_tail_stays(title: str, url: str) -> None:
    """(guard)"""
    assert _title(title, url) == title


# --- a section label the article's h1 shows as its kicker ----------------------------------


def _sectioned(og: str, section: str, h1: str) -> str | None:
    head = f'<meta property="og:title" content="{og}">'
    head += f'<meta property="article:section" content="{section}">'
    return _title(og + " | KZ", h1=h1, head=head)


SHOWN = [
    # (og:title, section, h1): the h1 shows the label as its kicker, in an element of its own
    # and with no mark after it, before the headline: the title as shown, label and all (as
    # for any kicker og:title and h1 both show: test_extract_title's
    # "de-h1-shows-og-kicker-and-all")
    pytest.param(
        "Unwetter: Sturm trifft die Küste mit voller Wucht",
        "Unwetter",
        '<span class="kicker">Unwetter</span><span>Sturm trifft die Küste mit voller Wucht</span>',
        id="de-kicker-span",
    ),
    pytest.param(
        "Brexit: What happens next for the harbour",
        "Brexit",
        "<span>Brexit</span> What happens next for the harbour",
        id="en-spaced-span",
    ),
    pytest.param(
        "Tormenta: el temporal golpea la costa",
        "Tormenta",
        "<small>Tormenta</small>el temporal golpea la costa",
        id="es-unspaced-lowercase",
    ),
]


@pytest.mark.parametrize(("og", "section", "h1"), SHOWN)
def test_a_section_label_the_h1_shows_as_its_kicker_stays(og: str, section: str, h1: str) -> None:
    assert _sectioned(og, section, h1) == og


NOT_SHOWN = [
    # (og:title, section, h1, title): the h1 shows another kicker or none: the label goes (guard)
    pytest.param(
        "Unwetter: Sturm trifft die Küste mit voller Wucht",
        "Unwetter",
        '<span class="kicker">Nordsee</span><span>Sturm trifft die Küste mit voller Wucht</span>',
        "Sturm trifft die Küste mit voller Wucht",
        id="other-kicker",
    ),
    pytest.param(
        "Politik: Warum der Rat streitet",
        "Politik",
        "<span>Politikerin</span> erklärt, warum der Rat streitet",
        "Warum der Rat streitet",
        id="longer-word",
    ),
]


@pytest.mark.parametrize(("og", "section", "h1", "title"), NOT_SHOWN)
def test_a_section_label_the_h1_does_not_show_goes(
    og: str, section: str, h1: str, title: str
) -> None:
    """(guard)"""
    assert _sectioned(og, section, h1) == title


def test_a_section_page_s_h1_of_the_label_alone_shows_no_kicker() -> None:
    """(guard) A first h1 that is the section's name alone (the section's heading above the
    article's) shows no label before a headline: the label goes."""
    head = '<meta property="og:title" content="Politik: Warum der Rat streitet">'
    head += '<meta property="article:section" content="Politik">'
    page = tab_page(
        "Politik: Warum der Rat streitet | KZ",
        h1="<span>Politik</span></h1><h1>Warum der Rat streitet",
        head=head,
    )
    assert extract_article(page, "https://kz.example/a/rat-123").title == "Warum der Rat streitet"


# --- "heute"/"today" after a place's name: the headline's adverb ---------------------------

ADVERBS = [
    # (title, url, title): the adverb, lowercase after a space, closes the headline's phrase
    # ("... - Kiel heute", how Kiel is today); a show's name writes it joined ("KZheute"),
    # capitalised ("Hafen Today") or after an acronym ("KZ heute")
    pytest.param("Stadtrat streitet - Kiel heute", "https://kiel.example/a/1", id="de-place"),
    pytest.param("Energy Bills Soar - Britain Today", "https://bt.example/a/1", id="en-initials"),
]


@pytest.mark.parametrize(("title", "url"), ADVERBS)
def test_heute_or_today_after_a_place_s_name_stays(title: str, url: str) -> None:
    assert _title(title, url) == title


SHOWS = [
    # (title, url, headline) (guard)
    pytest.param("Stadtrat streitet - KZ heute", "https://kz.example/a/1", id="de-acronym"),
    pytest.param("Stadtrat streitet - Hafen Today", "https://hafen.example/a/1", id="en-capital"),
    pytest.param("Stadtrat streitet - HAFENheute", "https://hafen.example/a/1", id="de-joined"),
]


@pytest.mark.parametrize(("title", "url"), SHOWS)
def test_a_news_show_s_name_is_cut(title: str, url: str) -> None:
    """(guard)"""
    assert _title(title, url) == "Stadtrat streitet"


# --- an article and a paper's noun: a headline's last words -------------------------------

ARTICLED = [
    # (title, url): hosts leave a paper's article out ("The Sydney Morning Herald" on smh), so
    # no host spells it by letters: "Die Post" here is the postal service the story names
    pytest.param("Paket verschwunden – Die Post", "https://dipo.example/a/1", id="de"),
    pytest.param("Parcel lost for weeks - The Post", "https://thpo.example/a/1", id="en"),
]


@pytest.mark.parametrize(("title", "url"), ARTICLED)
def test_an_article_s_letters_spell_no_paper(title: str, url: str) -> None:
    assert _title(title, url) == title


def test_an_article_is_left_out_of_a_spelt_name() -> None:
    """ "Die Tageszeitung" on taz.example: the article left out, its compound spells the host
    (failed before: the article's letters were asked to open the host's)."""
    assert _title("Streit im Rat | Die Tageszeitung", "https://taz.example/a/1") == "Streit im Rat"
