"""What German and other bylines print beside the names: the date in the same text, the job
and what it covers, where the writer reports from, "Text und Fotos", sources in brackets.
Invented names, papers and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.beispiel-zeitung.de/politik/hitze-legt-bahnen-lahm-123.html"
TITLE = "<h1>Hitze legt Bahnen in Musterstadt lahm</h1>"
LONG = (
    "<p>Die Hitze hat am Dienstag den Verkehr in Musterstadt stark beeinträchtigt, mehrere "
    "Bahnen fielen aus, weil Fugenmasse schmolz und Motoren überhitzten, sagte ein Sprecher.</p>"
    "<p>Auch auf der Autobahn platzte der Beton, die Polizei sperrte zwei Spuren für mehrere "
    "Stunden, bis Arbeiter den Schaden behoben hatten.</p>"
)


def _bare(byline: str, lang: str = "de") -> str:
    """A page with no JSON-LD and no author meta: only the byline it prints."""
    return (
        f'<html lang="{lang}"><head><title>Hitze legt Bahnen | Beispiel-Zeitung</title>'
        '<meta property="og:site_name" content="Beispiel-Zeitung"></head><body>'
        f"<article>{TITLE}{byline}{LONG}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the date printed after the names in the same text
        ("Von Anna Muster 12.03.2025, 10:15 Uhr", ["Anna Muster"]),
        ("Von Anna Muster am 12.03.2025 um 10:15 Uhr", ["Anna Muster"]),
        ("Anna Muster und Bernd Beispiel am 3. März 2025", ["Anna Muster", "Bernd Beispiel"]),
        ("Von Anna Muster Aktualisiert am 12.03.2025", ["Anna Muster"]),
        ("By Jane Doe Updated 3 May 2025", ["Jane Doe"]),
        ("Par Claire Dupont Mis à jour le 12 mars 2025", ["Claire Dupont"]),
        ("Por Ana Souza 12/03/2025 às 10h15", ["Ana Souza"]),
        ("Jan Novák 12. 3. 2025 10:15", ["Jan Novák"]),
        ("Jan Kowalski Aktualizacja: 12.03.2025", ["Jan Kowalski"]),
        # every date label dates.py reads ends a byline too: "as of" and short CJK/Arabic ones
        ("Von Anna Muster Stand: 12.03.2025, 10:15 Uhr", ["Anna Muster"]),
        ("홍길동 기자 입력 2026.12.02 10:15", ["홍길동"]),
        ("王小明 发布 2026-12-02 10:15", ["王小明"]),
        ("山田太郎 公開 2026/12/02 10:15", ["山田太郎"]),
        ("بقلم أحمد علي نشر 02.12.2026 10:15", ["أحمد علي"]),
        # a job and what it covers after the name, no second writer
        ("Anna Muster, Leiterin des Hauptstadtbüros", ["Anna Muster"]),
        ("Anna Muster, Korrespondentin für Südosteuropa", ["Anna Muster"]),
        ("Anna Muster, stv. Chefredakteurin", ["Anna Muster"]),
        ("Anna Muster, Chefin vom Dienst", ["Anna Muster"]),
        ("Anna Muster, Leiterin Digitales", ["Anna Muster"]),
        # the job and the paper she works for
        ("Ahmad Faizal, Wartawan Berita Harian", ["Ahmad Faizal"]),
        ("Anna Muster, Redakteurin Beispiel Zeitung", ["Anna Muster"]),
        # a paper's or station's letters before the job
        ("Von SZ-Autorin Anna Muster", ["Anna Muster"]),
        ("Ein Gastbeitrag von TV-Moderatorin Anna Muster", ["Anna Muster"]),
        # "our editors", plural
        (
            "Von unseren Redakteuren Anna Muster und Bernd Beispiel",
            ["Anna Muster", "Bernd Beispiel"],
        ),
        # where from, then the verb
        ("Aus Brüssel berichtet Anna Muster", ["Anna Muster"]),
        (
            "Aus Washington berichten Anna Muster und Bernd Beispiel",
            ["Anna Muster", "Bernd Beispiel"],
        ),
        # the writer took the pictures too
        ("Text und Fotos: Anna Muster", ["Anna Muster"]),
        ("Text & Bilder: Anna Muster", ["Anna Muster"]),
        ("Texto y fotos: Ana García", ["Ana García"]),
        # the sources in brackets, read as "mit dpa/AFP" is
        ("Von Anna Muster (mit dpa/AFP)", ["Anna Muster", "dpa", "AFP"]),
        ("Par Claire Dupont (avec AFP/Reuters)", ["Claire Dupont", "AFP", "Reuters"]),
    ],
)
def test_what_a_byline_prints_beside_the_names(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a full name after the job stays a writer; a name with a job word inside is no job
        # (what the job-phrase and compound rules must leave)
        ("Anna Muster, Redakteurin Carla Probe", ["Anna Muster", "Carla Probe"]),
        ("Von Anna Muster-Reporter", ["Anna Muster-Reporter"]),
    ],
)
def test_names_the_new_cuts_leave_alone(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("byline", "expected", "lang"),
    [
        # a line under the headline: the "by" word, the names, the date in one text
        ("<p>Von Anna Muster 12.03.2025, 10:15 Uhr</p>", ["Anna Muster"], "de"),
        ("<p>Von Anna Muster am 12.03.2025 um 10:15 Uhr</p>", ["Anna Muster"], "de"),
        ("<p>Text und Fotos: Anna Muster</p>", ["Anna Muster"], "de"),
        (
            "<p>Aus Washington berichten Anna Muster und Bernd Beispiel</p>",
            ["Anna Muster", "Bernd Beispiel"],
            "de",
        ),
        # no "by" word: a full name, then the date in the same text
        ("<div><span>Anna Muster 12.03.2025, 10:15 Uhr</span></div>", ["Anna Muster"], "de"),
        (
            "<div><span>Ayşe Yılmaz 12.03.2025 10:15</span> | <span>Güncelleme: 13.03.2025</span></div>",
            ["Ayşe Yılmaz"],
            "tr",
        ),
        (
            "<div><span>Jane Doe, Chief Political Correspondent 12/03/2025</span></div>",
            ["Jane Doe"],
            "en",
        ),
        # byline markup holding a job phrase after a comma
        (
            '<div class="byline"><span>Ein Kommentar von</span> <a href="/autor/am">Anna Muster</a>, <span>Leiterin des Hauptstadtbüros</span></div>',
            ["Anna Muster"],
            "de",
        ),
    ],
)
def test_printed_bylines_with_a_date_or_job(byline: str, expected: list[str], lang: str) -> None:
    assert extract_article(_bare(byline, lang), URL).authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Indian English: the agency "with inputs from"
        ("By Rahul Sharma with inputs from PTI", ["Rahul Sharma", "PTI"]),
        ("Rahul Sharma (With inputs from IANS)", ["Rahul Sharma", "IANS"]),
        # a full URL after a name is cut whole, not split at its slashes
        ("The Example Times https://www.example.com/", ["The Example Times"]),
        ("Jane Doe https://example.com/a/b", ["Jane Doe"]),
        # the site's host name beside the writer, in lower case
        ("Jan Novák, iDNES.cz", ["Jan Novák"]),
        # a verb after the name
        ("Jón Jónsson skrifar", ["Jón Jónsson"]),
        ("Anna Muster kommentiert", ["Anna Muster"]),
        # a label with no colon before a full name
        ("Автор Иван Петров", ["Иван Петров"]),
        ("Автор Іван Петренко", ["Іван Петренко"]),
        ("Autorius Jonas Jonaitis", ["Jonas Jonaitis"]),
        ("Piše Ivan Horvat", ["Ivan Horvat"]),
        ("Autoriai Jonas Jonaitis ir Ona Onaitė", ["Jonas Jonaitis", "Ona Onaitė"]),
        ("Texto Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    ],
)
def test_sources_sites_verbs_and_labels_beside_the_names(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a label word alone before one name, a name whose last word is in lower case after a
        # job word: left as they are
        ("Autor Kowalski", ["Autor Kowalski"]),
        ("Suche Autorin auf", []),
    ],
)
def test_label_and_verb_cuts_need_a_full_name(raw: str, expected: list[str]) -> None:
    assert clean_names([raw], strict=True) == expected


@pytest.mark.parametrize(
    ("byline", "expected", "lang"),
    [
        ("<p>Автор Иван Петров</p>", ["Иван Петров"], "ru"),
        ("<p>Autorius Jonas Jonaitis</p>", ["Jonas Jonaitis"], "lt"),
        ("<div>Autorin Anna Muster</div>", ["Anna Muster"], "de"),
    ],
)
def test_a_label_and_a_name_under_the_headline(byline: str, expected: list[str], lang: str) -> None:
    assert extract_article(_bare(byline, lang), URL).authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # role words after a full name with no mark between, one of them a job
        ("Anna Muster Redakteurin Wirtschaft", ["Anna Muster"]),
        ("Jane Doe Senior Reporter", ["Jane Doe"]),
        ("Jane Doe Chief Political Correspondent", ["Jane Doe"]),
        ("Ana Souza Repórter Especial", ["Ana Souza"]),
        ("Von Anna Muster Stellvertretende Chefredakteurin", ["Anna Muster"]),
        # the date after a symbol
        ("Anna Muster 🕑 12.03.2025", ["Anna Muster"]),
    ],
)
def test_roles_and_dates_after_a_name_with_no_mark_between(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Travel News Reporter",  # a job line throughout, no name before it
        "Guardian staff reporter",
    ],
)
def test_a_job_line_is_not_cut_to_a_name(raw: str) -> None:
    assert clean_names([raw]) == [raw]


def test_a_name_role_and_date_line_under_the_headline() -> None:
    byline = "<div><span>Anna Muster Redakteurin Wirtschaft</span> | <span>12.03.2025, 10:15 Uhr</span></div>"
    assert extract_article(_bare(byline), URL).authors == ["Anna Muster"]


def _boxed(box: str, lang: str) -> str:
    """A page naming no one but in an author box after the story."""
    return (
        f'<html lang="{lang}"><head><title>Hitze legt Bahnen | Beispiel-Zeitung</title></head><body>'
        f"<article>{TITLE}{LONG}{box}</article>"
        '<aside><h3>Meistgelesen</h3><a href="/a/1">Großbrand im Hafen</a></aside></body></html>'
    )


@pytest.mark.parametrize(
    ("box", "lang", "expected"),
    [
        (
            "<div><h3>Über die Autorin</h3><p><strong>Anna Muster</strong> ist Redakteurin im Ressort Politik.</p></div>",
            "de",
            ["Anna Muster"],
        ),
        (
            "<div><h3>Zum Autor</h3><p><b>Bernd Beispiel</b>, Jahrgang 1980, schreibt über Verkehr.</p></div>",
            "de",
            ["Bernd Beispiel"],
        ),
        (
            "<section><h4>About the author</h4><h5>Jane Doe</h5><p>Jane Doe covers transport.</p></section>",
            "en",
            ["Jane Doe"],
        ),
        (
            "<div><h3>À propos de l'auteur</h3><p><strong>Claire Dupont</strong> est journaliste.</p></div>",
            "fr",
            ["Claire Dupont"],
        ),
        (
            "<div><h3>O autorze</h3><p><b>Jan Kowalski</b> jest dziennikarzem.</p></div>",
            "pl",
            ["Jan Kowalski"],
        ),
        (
            "<div><h3>Om skribenten</h3><p><b>Karin Svensson</b> är reporter.</p></div>",
            "sv",
            ["Karin Svensson"],
        ),
        # a link under the heading that is no one's name, no box heading at all
        ('<div><h3>Über den Autor</h3><p><a href="/x">Weitere Artikel</a></p></div>', "de", []),
        (
            "<div><h3>Mehr zum Thema</h3><p><strong>Anna Muster</strong> ist Redakteurin.</p></div>",
            "de",
            [],
        ),
    ],
)
def test_the_name_in_an_author_box_after_the_story(
    box: str, lang: str, expected: list[str]
) -> None:
    assert extract_article(_boxed(box, lang), URL).authors == expected


def _credited(name: str, byline: str, site: str = "Beispiel-Zeitung") -> str:
    """A page whose JSON-LD credits `name` typed Person; `byline` printed under the headline."""
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Hitze",
            "author": {"@type": "Person", "name": name},
            "publisher": {"@type": "Organization", "name": site},
        }
    )
    return (
        f'<html lang="de"><head><title>Hitze | {site}</title><meta property="og:site_name" '
        f'content="{site}"><script type="application/ld+json">{ld}</script></head><body>'
        f"<article>{TITLE}{byline}{LONG}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Beispiel-Zeitung Online", "Beispiel-Zeitung"),
        ("Redaktion Beispiel-Zeitung", "Beispiel-Zeitung"),
        ("Die Beispiel-Zeitung", "Beispiel-Zeitung"),
        ("The Daily Example Staff", "Daily Example"),
        ("The Example Sun Online", "The Example Sun"),
        ("Redacción El Ejemplo", "El Ejemplo"),
        ("Newsdesk", "Beispiel-Zeitung"),
        ("beispiel-zeitung.de Online", "Beispiel-Zeitung"),
    ],
)
def test_the_site_crediting_itself_yields_to_the_printed_writer(name: str, site: str) -> None:
    page = _credited(name, "<p>Von Anna Muster</p>", site)
    assert extract_article(page, URL).authors == ["Anna Muster"]


def test_the_site_crediting_itself_alone_stays() -> None:
    assert extract_article(_credited("Beispiel-Zeitung Online", ""), URL).authors == [
        "Beispiel-Zeitung Online"
    ]


def _opened(byline: str, opening: str, lang: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>Heat</title></head><body><article>'
        f"<h1>Heatwave halts trams across the capital</h1><p>{byline}</p><p>{opening} The heat on "
        "Tuesday severely disrupted traffic, several trams failed because the joint filler "
        "melted and motors overheated, a spokesperson said.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "opening", "lang", "expected"),
    [
        # the place after the name is where the story opens, before a colon or the day
        ("By Rahul Sharma, New Delhi", "New Delhi:", "en", ["Rahul Sharma"]),
        ("By Rahul Sharma, New Delhi", "New Delhi, March 12 (PTI)", "en", ["Rahul Sharma"]),
        ("लेखक: राहुल शर्मा, नई दिल्ली", "नई दिल्ली:", "hi", ["राहुल शर्मा"]),
        ("Por Ana Souza, Belo Horizonte", "Belo Horizonte, 12 de março", "pt", ["Ana Souza"]),
        # a second writer the story does not open with stays
        ("By Rahul Sharma, Priya Nair", "New Delhi:", "en", ["Rahul Sharma", "Priya Nair"]),
    ],
)
def test_the_place_the_story_opens_with_is_no_writer(
    byline: str, opening: str, lang: str, expected: list[str]
) -> None:
    assert (
        extract_article(_opened(byline, opening, lang), "https://example.in/a/1").authors
        == expected
    )


STORY = (
    "Die Hitze hat am Dienstag den Verkehr in Musterstadt stark beeinträchtigt, mehrere Bahnen "
    "fielen aus, weil Fugenmasse schmolz und Motoren überhitzten, sagte ein Sprecher der "
    "Verkehrsbetriebe am Abend."
)


def _tagged(after: str, tail: str = "", lang: str = "de") -> str:
    """A page naming no one but in the tag closing its story."""
    return (
        f'<html lang="{lang}"><head><title>Hitze | Beispiel-Zeitung</title></head><body><article>'
        f"<h1>Hitze legt Bahnen lahm</h1><p>{STORY}</p><p>{STORY}{tail}</p>{after}</article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("after", "tail", "expected"),
    [
        ("<p>(dpa)</p>", "", ["dpa"]),
        ("<p>ama/dpa</p>", "", ["dpa"]),
        ("<p>(AFP, dpa)</p>", "", ["AFP", "dpa"]),
        ("", " (dpa/lno)", ["dpa"]),
        ("", " (APA)", ["APA"]),
        # initials alone, a place, a photo credit: no source
        ("<p>(amu)</p>", "", []),
        ("<p>(Berlin)</p>", "", []),
        ("", " (Foto: dpa)", []),
    ],
)
def test_the_agency_tag_closing_a_story_without_a_byline(
    after: str, tail: str, expected: list[str]
) -> None:
    assert extract_article(_tagged(after, tail), URL).authors == expected


def test_a_byline_wins_over_the_closing_agency_tag() -> None:
    page = _tagged("<p>(dpa)</p>").replace("</h1>", "</h1><p>Von Anna Muster</p>")
    assert extract_article(page, URL).authors == ["Anna Muster"]


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        # a full name and her e-mail under the headline, with no "by" word
        (
            '<div><span>Jón Jónsson</span> <a href="mailto:jon@example.is">jon@example.is</a></div>',
            "is",
            ["Jón Jónsson"],
        ),
        ("<p>Anna Muster, anna.muster@beispiel-zeitung.de</p>", "de", ["Anna Muster"]),
        ("<div>Jane Doe | jane.doe@example.com</div>", "en", ["Jane Doe"]),
        # an address with no name before it
        ("<p>Hinweise an redaktion@beispiel-zeitung.de</p>", "de", []),
    ],
)
def test_a_name_and_her_email_under_the_headline(
    byline: str, lang: str, expected: list[str]
) -> None:
    assert extract_article(_bare(byline, lang), URL).authors == expected


@pytest.mark.parametrize(
    ("name", "byline", "expected"),
    [
        # a JSON-LD author typed in lower case names her, alone or in a list
        ("anna muster", "", ["anna muster"]),
        ("anna muster und bernd beispiel", "", ["anna muster", "bernd beispiel"]),
        ("jan de vries", "", ["jan de vries"]),
        # a role, an account or a slug in lower case names no one: the printed byline does
        ("staff writer", "<p>Von Carla Probe</p>", ["Carla Probe"]),
        ("admin user", "<p>Von Carla Probe</p>", ["Carla Probe"]),
        ("redaktion politik", "<p>Von Carla Probe</p>", ["Carla Probe"]),
    ],
)
def test_a_jsonld_author_in_lower_case(name: str, byline: str, expected: list[str]) -> None:
    assert extract_article(_credited(name, byline), URL).authors == expected
