"""Agency credits on German-language pages with no writer named: the tag closing a story of
short paragraphs (agency copy), and a line under the headline giving a place or the page's
section before the agency. Invented pages, sentences and names."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.beispiel-zeitung.de/politik/windkraft-123.html"
# paragraphs of 100 to 200 characters, as agency copy is written
SHORT = [
    "Die Landesregierung will das neue Gesetz noch vor der Sommerpause in den Landtag einbringen, sagte ein Sprecher.",
    "Umweltverbände begrüßten den Entwurf grundsätzlich, forderten aber strengere Vorgaben für den Schutz von Vögeln.",
    "Bürgerinitiativen in mehreren Landkreisen kündigten Widerstand an und verwiesen auf Lärm und Schattenwurf.",
]
SHORT_OTHER = {
    "fr": [
        "Le gouvernement régional veut présenter la nouvelle loi au parlement avant la pause estivale, a indiqué un porte-parole.",
        "Les associations de défense de l'environnement ont salué le projet, tout en réclamant des règles plus strictes.",
    ],
    "es": [
        "El gobierno regional quiere presentar la nueva ley en el parlamento antes del verano, según dijo un portavoz oficial.",
        "Las asociaciones ecologistas celebraron el proyecto, aunque pidieron normas más estrictas para proteger a las aves.",
    ],
    "pl": [
        "Rząd regionu chce przedstawić nową ustawę w parlamencie jeszcze przed przerwą wakacyjną, poinformował rzecznik.",
        "Organizacje ekologiczne z zadowoleniem przyjęły projekt, ale domagają się surowszych przepisów chroniących ptaki.",
    ],
}


def _closing(after: str, tail: str = "", lang: str = "de", story: list[str] | None = None) -> str:
    texts = story or SHORT
    body = "".join(f"<p>{t}</p>" for t in texts[:-1]) + f"<p>{texts[-1]}{tail}</p>"
    return (
        f'<html lang="{lang}"><head><title>Windkraft</title></head><body><article>'
        f"<h1>Windkraft soll schneller kommen</h1>{body}{after}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("after", "tail", "lang", "expected"),
    [
        ("<p>red/dpa</p>", "", "de", ["dpa"]),
        ('<p class="kuerzel">(dpa/AFP/jm)</p>', "", "de", ["dpa", "AFP"]),
        ("<p>APA/red</p>", "", "de", ["APA"]),
        ("", " (sda/kes)", "de", ["sda"]),
        ("<p>Quelle: APA</p>", "", "de", ["APA"]),
        ("<p>(AFP)</p>", "", "fr", ["AFP"]),
        ("<p>Fuente: EFE</p>", "", "es", ["EFE"]),
        ("<p>Źródło: PAP</p>", "", "pl", ["PAP"]),
        # guards: initials alone, a short last sentence, a photo credit name no source
        ("<p>(amu)</p>", "", "de", []),
        ("<p>AP</p>", "", "de", []),  # an agency's name that is a word, alone: maybe a subhead
        ("<p>(AP)</p>", "", "de", ["AP"]),
        ("<p>Das Urteil ist noch nicht rechtskräftig.</p>", "", "de", []),
        ("", " (Foto: dpa)", "de", []),
    ],
)
def test_the_tag_closing_a_story_of_short_paragraphs(
    after: str, tail: str, lang: str, expected: list[str]
) -> None:
    page = _closing(after, tail, lang, SHORT_OTHER.get(lang))
    assert extract_article(page, URL).authors == expected


def test_one_short_paragraph_is_no_story_block() -> None:
    """A lone paragraph of 100+ characters (a teaser's) does not make its block the story."""
    page = (
        '<html lang="de"><head><title>Windkraft</title></head><body><article><h1>Windkraft</h1>'
        f'<div class="teaser"><p>{SHORT[0]}</p><p>(dpa)</p></div><div><p>Kurz.</p></div></article></body></html>'
    )
    assert extract_article(page, URL).authors == []


def _under(line: str, head: str = "", before: str = "") -> str:
    return (
        f'<html lang="de"><head><title>Mehr Polizei an Bahnhöfen</title>{head}</head><body>{before}<article>'
        f'<h1>Mehr Polizei an Bahnhöfen</h1><p class="meta">{line}</p><p class="date">03.12.2026, 07:30 Uhr</p>'
        + "".join(f"<p>{t}</p>" for t in SHORT)
        + "</article></body></html>"
    )


SECTION_META = '<meta property="article:section" content="Innere Sicherheit">'
CRUMBS = '<nav><ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/innere-sicherheit">Innere Sicherheit</a></li></ol></nav>'
KICKER_OG = '<meta property="og:title" content="Innere Sicherheit: Mehr Polizei an Bahnhöfen">'


@pytest.mark.parametrize(
    ("line", "head", "before", "expected"),
    [
        # a place before the agency (one word, or with a lower-case word inside)
        ("Frankfurt am Main, dpa", "", "", ["dpa"]),
        ("Wien, APA", "", "", ["APA"]),
        ("Rio de Janeiro, AFP", "", "", ["AFP"]),
        ("Bad Homburg, dpa", "", "", ["dpa"]),
        # the page's section, however the page names it
        ("Energiepolitik, dpa", "", "", ["dpa"]),
        ("Innere Sicherheit, dpa", SECTION_META, "", ["dpa"]),
        ("Innere Sicherheit, dpa", "", CRUMBS, ["dpa"]),
        ("Innere Sicherheit, dpa/AFP", KICKER_OG, "", ["dpa", "AFP"]),
        # guards: a person before the agency stays, also on a page with a section
        ("Jan Beispiel, dpa", "", "", ["Jan Beispiel", "dpa"]),
        ("Jan Beispiel, AFP", SECTION_META, "", ["Jan Beispiel", "AFP"]),
        # the site's own name before the agency: not read here (a newsroom's credit)
        ("Beispiel-Zeitung (AFP)", "", "", []),
        # no agency: a section line is no byline
        ("Innere Sicherheit, Berlin", SECTION_META, "", []),
    ],
)
def test_a_place_or_section_before_the_agency_under_the_headline(
    line: str, head: str, before: str, expected: list[str]
) -> None:
    assert extract_article(_under(line, head, before), URL).authors == expected


def _linked(byline: str, lang: str = "de") -> str:
    return (
        f'<html lang="{lang}"><head><title>Windkraft</title></head><body><article><h1>Windkraft soll schneller kommen</h1>'
        f'<p class="byline">{byline}</p>'
        + "".join(f"<p>{t}</p>" for t in SHORT)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        # a surname that is a job word, the whole name in the author link's address
        (
            'Von <a href="/autoren/anna-maria-autor">Anna Maria Autor</a>',
            "de",
            ["Anna Maria Autor"],
        ),
        (
            'Von <a href="/autor/anna-lena-reporter-1234.html">Anna Lena Reporter</a>',
            "de",
            ["Anna Lena Reporter"],
        ),
        (
            '<a href="/profil/hans-joerg-redakteur/">Hans Jörg Redakteur</a>',
            "de",
            ["Hans Jörg Redakteur"],
        ),
        (
            'By <a href="/author/jane-mary-reporter">Jane Mary Reporter</a>',
            "en",
            ["Jane Mary Reporter"],
        ),
        # guards: a job after the name, the link naming the name alone
        ('Von <a href="/autoren/anna-muster">Anna Muster</a> Redakteurin', "de", ["Anna Muster"]),
        ('<a href="/autoren/anna-muster">Anna Muster Redakteurin</a>', "de", ["Anna Muster"]),
        ("Von Anna Muster Redakteurin Wirtschaft", "de", ["Anna Muster"]),
    ],
)
def test_a_job_word_surname_the_author_link_spells(
    byline: str, lang: str, expected: list[str]
) -> None:
    assert extract_article(_linked(byline, lang), URL).authors == expected


def _byline_page(line: str, lang: str = "de", cls: str = "meta") -> str:
    return (
        f'<html lang="{lang}"><head><title>Windkraft</title></head><body><article><h1>Windkraft soll schneller kommen</h1>'
        f'<p class="{cls}">{line}</p>'
        + "".join(f"<p>{t}</p>" for t in SHORT)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "lang", "expected"),
    [
        # a staff possessive and the role after it, adjectives too ("freien")
        ("Von unserem Redaktionsmitglied Jan Probe", "de", ["Jan Probe"]),
        ("Von unserer Mitarbeiterin Lisa Beispiel", "de", ["Lisa Beispiel"]),
        ("Von unserem freien Mitarbeiter Jan Probe", "de", ["Jan Probe"]),
        ("Von unserer freien Korrespondentin Lisa Beispiel, Wien", "de", ["Lisa Beispiel"]),
        ("By our senior correspondent Jane Doe", "en", ["Jane Doe"]),
        # the source credited under the headline, agencies only
        ("Quelle: dpa/AFP", "de", ["dpa", "AFP"]),
        ("Quelle: Reuters", "de", ["Reuters"]),
        ("Fuente: EFE", "es", ["EFE"]),
        ("Źródło: PAP", "pl", ["PAP"]),
        # an agency tag in brackets under the headline
        ("(jpr/sda)", "de", ["sda"]),
        ("(dpa/AFP)", "de", ["dpa", "AFP"]),
        # guards: a source that is no agency; a possessive with no job after it; a place
        ("(Berlin)", "de", []),
        ("(amu)", "de", []),
        ("Quelle: Stadtverwaltung", "de", []),
        ("Von unserem Redakteur Jan Probe", "de", ["Jan Probe"]),
    ],
)
def test_staff_roles_and_sources_under_the_headline(
    line: str, lang: str, expected: list[str]
) -> None:
    assert extract_article(_byline_page(line, lang), URL).authors == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # Swiss German's "Redaktor(in)" for the German "Redakteur(in)"
        ('<div class="author">Anna Muster, Redaktorin Politik</div>', ["Anna Muster"]),
        ('<div class="author">Anna Muster Redaktorin Politik</div>', ["Anna Muster"]),
        ("<p>Anna Muster, Redaktorin</p>", ["Anna Muster"]),
        (
            '<div class="byline">Von Jan Probe, Redaktor Inland, und Lisa Beispiel</div>',
            ["Jan Probe", "Lisa Beispiel"],
        ),
        # guards
        ('<div class="author">Anna Muster, Redakteurin Politik</div>', ["Anna Muster"]),
        ('<div class="author">Anna Muster</div>', ["Anna Muster"]),
    ],
)
def test_swiss_job_titles(byline: str, expected: list[str]) -> None:
    page = (
        '<html lang="de-CH"><head><title>Windkraft</title></head><body><article><h1>Windkraft soll schneller kommen</h1>'
        f"{byline}" + "".join(f"<p>{t}</p>" for t in SHORT) + "</article></body></html>"
    )
    assert extract_article(page, "https://www.probe-zeitung.ch/a-1").authors == expected


@pytest.mark.parametrize(
    "picture",
    [
        '<figure><img src="/a.jpg" alt=""><figcaption><span class="credit">Quelle: dpa</span></figcaption></figure>',
        '<img src="/a.jpg" alt=""><p class="meta">Quelle: dpa</p>',
        '<div class="image-credit"><span>Quelle: Reuters</span></div>',
    ],
)
def test_a_pictures_source_under_the_headline_is_no_author(picture: str) -> None:
    page = _byline_page("").replace('<p class="meta"></p>', picture)
    assert extract_article(page, URL).authors == []


@pytest.mark.parametrize("line", ["(dpa)", "Quelle: dpa", "Frankfurt am Main, dpa"])
def test_an_agency_line_inside_the_story_is_no_byline(line: str) -> None:
    """Read under the headline only before the story's first paragraph: a line between
    paragraphs is the story's (a quoted source, a teaser's credit)."""
    body = f"<p>{SHORT[0]}</p><p>{line}</p>" + "".join(f"<p>{t}</p>" for t in SHORT[1:])
    page = (
        '<html lang="de"><head><title>Windkraft</title></head><body><article>'
        f"<h1>Windkraft soll schneller kommen</h1>{body}</article></body></html>"
    )
    assert extract_article(page, URL).authors == []
