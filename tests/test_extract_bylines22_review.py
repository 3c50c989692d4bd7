"""Review of bylines-22 (issue 10): shapes its rules misread on pages a site never showed us.

A capitalised word for today or yesterday after one word is that day where it is a word of the
page's own language ("Lokales Heute, 10:15 Uhr" on a German page is a section and a time, no
writer "Lokales Heute"); only a word of another language is a surname ("Chris Hoy" on an
English page). An interview's guest goes, its writer after a "by" word stays ("Interview with
Jane Doe by John Roe"). A Japanese bracketed line credits a reporter, not a photo or a source
(写真, 資料 before the equals sign), and not inside a quotation. A publisher's address
zones a page whose language is not known, or is one the table does not list, as before.

Every name, paper and page here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.example.org/news/41"
PARA = (
    "<p>"
    + "An invented paragraph about the town budget and the fire brigade in the winter months. " * 4
    + "</p>"
)


def _authors(under_headline: str, lang: str) -> list[str]:
    html = (
        f"<html lang='{lang}'><head></head><body><article>"
        f"<h1>An invented headline of the story</h1>{under_headline}{PARA}</article></body></html>"
    )
    return extract_article(html, URL).authors


# (lang, byline, authors): read alone and in a byline-classed block
BYLINES = [
    # the page's own word for today or yesterday before a clock: the time, no surname
    ("en", "By Chris Today, 10:15", ["Chris"]),
    ("en", "Maria Yesterday, 18:40", ["Maria"]),
    ("de", "Anna Heute, 10:15 Uhr", ["Anna"]),
    ("es", "Por Marta Hoy, 10:15", ["Marta"]),
    ("it", "Marco Oggi, 10:15", ["Marco"]),
    # ... another language's word is a surname (bylines-22's "Chris Hoy, 10:15")
    ("en", "By Chris Hoy, 10:15", ["Chris Hoy"]),
    ("en", "By Alfred Ayer, 10:15", ["Alfred Ayer"]),
    # an interview's guest goes; its writer after a "by" word stays
    ("en", "Interview with Jane Doe by John Roe", ["John Roe"]),
    ("de", "Interview mit Anna Muster von Bernd Beispiel", ["Bernd Beispiel"]),
    ("fr", "Entretien avec Jeanne Martin par Luc Durand", ["Luc Durand"]),
    ("de", "Interview mit Ursula von der Leyen", []),
    ("de", "Interview mit Anna Muster", []),
    # a two-word public body with an apostrophe
    ("en", "By the Mayor's Office", []),
    ("en", "By the Mayor’s Office", []),
    # Thai "เรื่อง:" in a credit line: the writer by her given name alone
    ("th", "เรื่อง: สมชาย ภาพ: วิชัย", ["สมชาย"]),
    ("th", "เรื่อง: สมชาย / ภาพ: วิชัย รักไทย", ["สมชาย"]),
    ("th", "เรื่อง: น้ำท่วมภาคเหนือ", []),
    ("th", "เรื่อง: น้ำท่วมภาคเหนือ, ภัยแล้ง", []),
    # a paper named after its city
    ("en", "By City Press", ["City Press"]),
    # ... the bodies still name no one
    ("en", "By the City of Example", []),
    ("en", "By the Ministry of Foreign Affairs", []),
    ("de", "Von der Stadt Bad Beispiel", []),
    # "Da" is Italian "from" only on an Italian page: elsewhere a surname's particle
    ("en", "By Da Silva", ["Da Silva"]),
    ("en", "Jane Doe and Da Silva", ["Jane Doe", "Da Silva"]),
    ("it", "Mario Rossi, Da Roma", ["Mario Rossi"]),
    ("en", "Jane Doe, From Rome", ["Jane Doe"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_read_alone(lang: str, byline: str, expected: list[str]) -> None:
    assert clean_names([byline], lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_block(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>", lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("en", "By Police Chief Jane Doe", "Jane Doe"),
        ("en", "By Council Member Jane Doe", "Jane Doe"),
        ("en", "By Government Minister Jane Doe", "Jane Doe"),
        ("en", "By City Council Member Jane Doe", "Jane Doe"),
        ("fr", "Par la maire Jeanne Martin", "Jeanne Martin"),
        ("en", "From City Hall: Jane Doe", "Jane Doe"),
    ],
)
def test_an_official_after_a_public_bodys_word_is_a_writer(
    lang: str, byline: str, name: str
) -> None:
    """A guest piece by an official: her title holds a public body's word ("Police Chief",
    "Council Member"), her name follows. bylines-22 gave nobody."""
    for found in (
        clean_names([byline], lang=lang),
        _authors(f"<div class='byline'>{byline}</div>", lang),
    ):
        assert len(found) == 1 and found[0].endswith(name), found


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("de", "Lokales Heute, 10:15 Uhr"),
        ("de", "Politik Gestern, 18:40 Uhr"),
        ("en", "Sport Yesterday, 18:40"),
    ],
)
def test_a_section_and_today_under_the_headline_names_no_one(lang: str, line: str) -> None:
    """A meta line under the headline: a section's name, then today's time. bylines-22 made
    the section and the day one writer ("Lokales Heute")."""
    assert _authors(f"<p class='meta'>{line}</p>", lang) == []


JA_TEXT = "<p>" + "東京の市場では円相場が朝から大きく動き、輸出企業の株価も上下した。" * 4 + "</p>"


def _ja_authors(first: str, later: str = "") -> list[str]:
    html = (
        "<html lang='ja'><head></head><body><article><h1>円相場が大きく動く</h1>"
        f"{first}{JA_TEXT}{later}{JA_TEXT}</article></body></html>"
    )
    return extract_article(html, "https://www.example.jp/a/41").authors


@pytest.mark.parametrize(
    ("first", "later", "expected"),
    [
        ("<p>（ワシントン＝山田太郎）</p>", "", ["山田太郎"]),
        # a photo's or a table's source in the same brackets: no reporter
        ("", "<p>（写真＝山田太郎）</p>", []),
        ("", "<p>（資料＝財務省）</p>", []),
        ("<p>（写真＝山田太郎）</p>", "", []),
        ("<p>（出典＝財務省）</p>", "", []),
        # a quotation of another paper's dateline inside the story
        ("", "<blockquote><p>（ワシントン＝山田太郎）</p></blockquote>", []),
    ],
)
def test_a_japanese_bracketed_line(first: str, later: str, expected: list[str]) -> None:
    assert _ja_authors(first, later) == expected


NAIVE = "2026-01-29T18:40:00"


def _publisher_page(lang: str, text: str, country: str) -> str:
    org = {
        "@type": "NewsMediaOrganization",
        "name": "Daily",
        "address": {"@type": "PostalAddress", "addressCountry": country},
    }
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Results 41",
        "datePublished": NAIVE,
        "publisher": org,
    }
    block = f"<script type='application/ld+json'>{json.dumps(obj)}</script>"
    tag = f" lang='{lang}'" if lang else ""
    return (
        f"<html{tag}><head><title>Results 41</title>{block}</head><body><article>"
        f"<h1>Results 41</h1><p>{text}</p></article></body></html>"
    )


_SCORES = "1-0 2-2 3-1 0-0 4-2 1-1 2-0 0-3 " * 5
_FIL = (
    "Nagpulong ang konseho tungkol sa bagong tulay at sumang-ayon sa plano pagkatapos ng mahabang debate. "
    * 3
)
_RM = (
    "Il cussegl ha decidì da construir ina nova punt sur il flum suenter ina lunga debatta la saira. "
    * 3
)
_EN = (
    "After a long debate in the evening a narrow majority of the council backed the plan to build a new bridge. "
    * 3
)


@pytest.mark.parametrize(
    ("lang", "text", "country", "expected"),
    [
        # no language to go by: the address stands, as before bylines-22
        pytest.param("", _SCORES, "ZA", "2026-01-29T18:40:00+02:00", id="none-za"),
        pytest.param("", _SCORES, "DE", "2026-01-29T18:40:00+01:00", id="none-de"),
        # a language the table does not list: nothing says the address is abroad
        pytest.param("fil", _FIL, "PH", "2026-01-29T18:40:00+08:00", id="fil-ph"),
        pytest.param("rm", _RM, "CH", "2026-01-29T18:40:00+01:00", id="rm-ch"),
        # an English page and a publisher in the Netherlands: English-language papers sit
        # there (session 23; bylines-22 had read it as a holding's address abroad)
        pytest.param("en", _EN, "NL", "2026-01-29T18:40:00+01:00", id="en-nl"),
        pytest.param("en", _EN, "ZA", "2026-01-29T18:40:00+02:00", id="en-za"),
    ],
)
def test_a_publishers_country_where_the_language_says_nothing(
    lang: str, text: str, country: str, expected: str
) -> None:
    html = _publisher_page(lang, text, country)
    assert extract_article(html, "https://www.daily.example.com/news/41").published == expected
