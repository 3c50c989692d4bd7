"""Bylines where the metadata is thin or absent, as on sites never seen: the whole printed
byline over one linked name or one meta, the paper a writer filed for, a name's initials or
role on a name-and-date line, test-id bylines, "Family, Given" metas, an agency over the
site's own name. Invented names, papers and markup."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

SHARE = '<div><a href="/teilen/1">Teilen</a></div>' * 40  # 80 elements after the headline
PARAGRAPH = "<p>" + "Ein Satz über die Stadt, lang genug für einen Absatz im Text. " * 3 + "</p>"


def _page(head: str, byline: str) -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Titel des Stücks</h1>{byline}"
        f"{PARAGRAPH}</article></body></html>"
    )


# Only the first writer is linked (or the author meta names one): the printed byline lists all.
@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        (
            "",
            '<div class="byline">By <a rel="author" href="/p/jd">Jane Doe</a>, John Roe'
            " and Ann Poe</div>",
            ["Jane Doe", "John Roe", "Ann Poe"],
        ),
        (
            '<meta name="author" content="Anna Muster">',
            '<p class="byline">Von Anna Muster und Bernd Beispiel</p>',
            ["Anna Muster", "Bernd Beispiel"],
        ),
        (
            "",
            '<div class="article-byline">Par <a href="/auteur/cd" rel="author">Claire Dupont</a>'
            " et Marc Leroy</div>",
            ["Claire Dupont", "Marc Leroy"],
        ),
        (
            '<meta property="article:author" content="Kari Nordmann">',
            "<div>Av Kari Nordmann og Ola Hansen</div>",
            ["Kari Nordmann", "Ola Hansen"],
        ),
        (
            '<meta name="author" content="Ana García">',
            '<span class="byline">Por Ana García y Luis Pérez</span>',
            ["Ana García", "Luis Pérez"],
        ),
    ],
    ids=["en-linked", "de-meta", "fr-linked", "nb-meta", "es-meta"],
)
def test_the_printed_byline_names_every_writer(head: str, byline: str, expected: list[str]) -> None:
    assert extract_article(_page(head, byline), "https://www.example.org/a/1").authors == expected


def test_a_job_line_under_the_name_is_no_second_writer() -> None:
    byline = (
        '<div class="byline"><a rel="author" href="/p/jd">Jane Doe</a>'
        "<div>Travel News Reporter</div></div>"
    )
    assert extract_article(_page("", byline), "https://www.example.org/a/1").authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("By Jane Doe For Sundayexample.Com", ["Jane Doe"]),
        ("Jane Doe for The Sunday Example", ["Jane Doe"]),
        ("Von Anna Muster für den Beispielboten", ["Anna Muster"]),
        ("Par Claire Dupont pour Le Journal", ["Claire Dupont"]),
        ("Por Ana García para El Diario Ejemplo", ["Ana García"]),
        ("Door Jan de Vries voor De Krant", ["Jan de Vries"]),
        ("Av Anna Svensson för Exempeltidningen", ["Anna Svensson"]),
        ("di Marco Rossi per Il Giornale Esempio", ["Marco Rossi"]),
        # "Per" capitalised is a first name, and one word before "for" is no name
        ("Anna Berg, Per Olsson", ["Anna Berg", "Per Olsson"]),
        ("Karin Per Lindqvist", ["Karin Per Lindqvist"]),
    ],
)
def test_the_paper_a_writer_filed_for_is_cut(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


# A name-and-date line (no "by" word) with initials or a role after the name.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "<span>Elena Oberholzer (obe)</span> | <span>05.04.2025, 10:57</span>",
            "Elena Oberholzer",
        ),
        ("<span>Ana García, corresponsal</span><span>|</span><span>3/5/2025</span>", "Ana García"),
        ("<span>Claire Dupont, journaliste</span> | <span>12/03/2025</span>", "Claire Dupont"),
        ("<span>Ayşe Kaya [AA]</span> | <span>20.04.2026 - 10:57</span>", "Ayşe Kaya"),
    ],
    ids=["initials", "es-role", "fr-role", "agency"],
)
def test_a_name_and_date_line_loses_initials_and_role(line: str, expected: str) -> None:
    page = _page("", f"<div>{line}</div>")
    assert extract_article(page, "https://www.example.org/a/1").authors == [expected]


def test_a_byline_marked_by_a_test_id() -> None:
    byline = (
        '<div data-testid="byline-contributors"><div data-testid="byline-contributors-0">'
        "<span>Anna Muster</span><span>Wirtschaftsredakteurin</span></div></div>"
    )
    assert extract_article(_page("", byline), "https://www.example.org/a/1").authors == [
        "Anna Muster"
    ]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            '<meta name="dc.creator" content="Lindqvist, Karin">'
            '<meta name="dc.creator" content="Okafor, Chidi">',
            ["Karin Lindqvist", "Chidi Okafor"],
        ),
        ('<meta name="citation_author" content="Dupont, Claire">', ["Claire Dupont"]),
        ('<meta name="dcterms.creator" content="Nováková, Jana">', ["Jana Nováková"]),
        # an agency beside a surname is no given name; other metas are read as written
        ('<meta name="dc.creator" content="Muster, SDA">', ["Muster", "SDA"]),
        ('<meta name="author" content="Jane Doe, John Roe">', ["Jane Doe", "John Roe"]),
    ],
)
def test_family_given_metas_are_read_given_name_first(head: str, expected: list[str]) -> None:
    assert extract_article(_page(head, ""), "https://www.example.org/a/1").authors == expected


@pytest.mark.parametrize(
    ("site", "byline", "expected"),
    [
        ("Beispielblatt", "<p>Von DPA</p>", ["DPA"]),
        ("Le Journal Exemple", "<p>Par AFP</p>", ["AFP"]),
        ("Example Valley News", "<p>By Reuters</p>", ["Reuters"]),
    ],
)
def test_a_bylines_agency_beats_the_sites_own_name(
    site: str, byline: str, expected: list[str]
) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="author" content="{site}">'
    assert extract_article(_page(head, byline), "https://www.example.org/a/1").authors == expected


# No byline markup at all: author-page links after the headline, read with their line.
@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # the writer's photo links to the author page first, the name after it, apart
        (
            '<div><div><div><a href="/av/kari-nordmann"><img src="/k.jpg" alt=""></a></div>'
            '</div></div><div><div><p><span><a href="/av/kari-nordmann">Kari Nordmann</a>'
            "</span></p></div></div>",
            ["Kari Nordmann"],
        ),
        ('<div><a href="/staff/jane-doe/">Jane Doe</a></div>', ["Jane Doe"]),
        # one writer linked in a line that names three, far below the headline (share
        # buttons between)
        (
            SHARE + '<div>By <span>JANE DOE</span>, <a href="/author/john-roe">JOHN ROE</a>'
            " and <span>ANN POE</span></div>",
            ["JANE DOE", "JOHN ROE", "ANN POE"],
        ),
        (
            SHARE + '<div>Von Anna Muster und <a href="/autor/b-beispiel">Bernd Beispiel</a></div>',
            ["Anna Muster", "Bernd Beispiel"],
        ),
        (
            SHARE + '<div>Por <a href="/autor/ana-garcia">Ana García</a> y Luis Pérez</div>',
            ["Ana García", "Luis Pérez"],
        ),
    ],
    ids=["sv-photo-link", "en-staff", "en-line", "de-line", "es-line"],
)
def test_author_page_links_without_byline_markup(byline: str, expected: list[str]) -> None:
    assert extract_article(_page("", byline), "https://www.example.org/a/1").authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Eftir Jón Jónsson", ["Jón Jónsson"]),  # Icelandic "by"
        ("【ワシントン=田中一郎】", ["田中一郎"]),  # a half-width "=" after the place
        ("文・田中一郎", ["田中一郎"]),  # a label before a middle dot
        ("田中一郎（たなか・いちろう）", ["田中一郎"]),  # the name's reading in full-width brackets
        ("a cura della Redazione", []),  # a desk, no one's name
        ("Door onze redactie", []),
        ("Mwandishi Wetu", []),  # Swahili "our writer"
        ("Иван Петров, специальный корреспондент", ["Иван Петров"]),  # a role in lower case
        ("Matti Virtanen STT", ["Matti Virtanen", "STT"]),  # an agency after the name, no mark
        ("Jan Kowalski PAP", ["Jan Kowalski", "PAP"]),
        ("Le Monde et AFP", ["Le Monde et AFP"]),  # a guard: no full name before the agency
        ("rtr/dpa", ["rtr", "dpa"]),  # German abbreviations of agencies (Reuters, SID, dts)
        ("Anna Muster, sid", ["Anna Muster", "sid"]),
        ("APA/Red.", ["APA"]),  # "Red." is the newsroom (Redaktion)
        ("Anna Muster ∙ 3 Min. Lesezeit", ["Anna Muster"]),  # a bullet operator between parts
        ("Jane Doe ● 4 min read", ["Jane Doe"]),
    ],
)
def test_byline_shapes_of_more_languages(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "(서울=연합뉴스) 신현주 기자 = 본문이 시작된다",
        "[부산=뉴시스] 신현주 기자",
        "【서울=예시통신】 신현주 기자",
    ],
)
def test_a_korean_wire_dateline_before_the_reporter(line: str) -> None:
    page = _page("", f"<div>{line}</div>")
    assert extract_article(page, "https://news.example.kr/a/1").authors == ["신현주"]


@pytest.mark.parametrize(
    ("label", "data", "expected"),
    [
        ("Written by", "Jane Doe", ["Jane Doe"]),
        ("Verfasst von", "Anna Muster", ["Anna Muster"]),
        ("Écrit par", "Claire Dupont", ["Claire Dupont"]),
        ("Escrito por", "Ana García", ["Ana García"]),
        ("Skrevet af", "Mette Hansen", ["Mette Hansen"]),
        ("Est. reading time", "6 minutes", []),  # another label: no writer
        ("Verfasst von", "Nachrichten", []),  # a desk word, no one's name
    ],
)
def test_a_written_by_label_meta_names_the_writer(
    label: str, data: str, expected: list[str]
) -> None:
    head = (
        '<meta name="twitter:label2" content="Lesezeit"><meta name="twitter:data2" content="3">'
        f'<meta name="twitter:label1" content="{label}">'
        f'<meta name="twitter:data1" content="{data}">'
    )
    assert extract_article(_page(head, ""), "https://www.example.org/a/1").authors == expected


def test_webtrends_author_meta() -> None:
    head = '<meta name="DCSext.author" content="Kari Nordmann">'
    assert extract_article(_page(head, ""), "https://www.example.org/a/1").authors == [
        "Kari Nordmann"
    ]
