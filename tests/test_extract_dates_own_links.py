"""A date beside a link that leads to no other piece is the article's own: a section or topic
link ("Alle Nachrichten aus der Region ..."), an author's page, a link sharing this page, and
a German lead named "Teaser" with a topic link in it. Teaser lists and cards linking to
other pieces keep their dates out.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.datelinelinks import links_a_piece

_BODY = {
    "de": "Der Gemeinderat hat am Dienstagabend nach langer Debatte das Budget beschlossen, die Opposition stimmte dagegen.",
    "fr": "Le conseil municipal a adopté le budget mardi soir après un long débat, l'opposition a voté contre.",
    "es": "El pleno aprobó el presupuesto el martes por la noche tras un largo debate, la oposición votó en contra.",
    "pl": "Rada miasta przyjęła budżet we wtorek wieczorem po długiej debacie, opozycja głosowała przeciw.",
    "cs": "Zastupitelstvo v úterý večer po dlouhé debatě schválilo rozpočet, opozice hlasovala proti.",
    "ja": "市議会は火曜日の夜、長い議論の末に予算案を可決した。野党は反対票を投じた。",
}


def _page(lang: str, own: str) -> str:
    title = "Der Gemeinderat beschließt das Budget für das kommende Jahr"
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><main><article>"
        f"<h1>{title}</h1>{own}<p>{_BODY[lang]}</p><p>{_BODY[lang]}</p>"
        "</article></main></body></html>"
    )


_URL = {
    "de": "https://www.zeitung.example.de/politik/budget-beschlossen-100.html",
    "fr": "https://www.journal.example.fr/politique/budget-adopte-100.html",
    "es": "https://www.diario.example.es/politica/presupuesto-aprobado-100.html",
    "pl": "https://www.gazeta.example.pl/polityka/budzet-przyjety-100.html",
    "cs": "https://www.noviny.example.cz/domov/rozpocet-schvalen-100.html",
    "ja": "https://www.shimbun.example.jp/politics/100.html",
}


@pytest.mark.parametrize(
    ("lang", "own", "expected"),
    [
        # a section or topic link beside the date
        pytest.param("de", "<div class='meta'><a href='/region/hannover'>Alle Nachrichten aus der Region Hannover</a><span class='date'>02.12.2026, 14:05 Uhr</span></div>",
                     "2026-12-02T14:05:00+01:00", id="de-region-link"),
        pytest.param("de", "<div class='meta'><a href='/region/hannover/'>Alle Nachrichten aus der Region Hannover</a><time datetime='2026-12-02T14:05:00+01:00'>02.12.2026</time></div>",
                     "2026-12-02T14:05:00+01:00", id="de-region-link-time"),
        pytest.param("fr", "<div class='meta'><span>Publié le 02/12/2026 à 14h05</span> <a href='/politique/'>Toute l'actualité politique de la région</a></div>",
                     "2026-12-02T14:05:00+01:00", id="fr-section-link"),
        pytest.param("es", "<div class='meta'><a href='/tema/presupuestos'>Todas las noticias sobre los presupuestos municipales</a> <span>02/12/2026 14:05</span></div>",
                     "2026-12-02T14:05:00+01:00", id="es-topic-link"),
        pytest.param("pl", "<div class='meta'><a href='/tag/budzet-miasta'>Wszystkie wiadomości o budżecie naszego miasta</a> <span>2 grudnia 2026, 14:05</span></div>",
                     "2026-12-02T14:05:00+01:00", id="pl-tag-link"),
        pytest.param("ja", "<div class='meta'><a href='/politics/'>政治ニュースの一覧へ戻ってください</a><span>2026年12月2日 14時05分</span></div>",
                     "2026-12-02T14:05:00+09:00", id="ja-section-link"),
        # an author's page named at length, a link sharing this page
        pytest.param("cs", "<div class='byline'><a href='/autor/jan-novak'>Jan Novák, redaktor domácí politiky a regionů</a> <time>2. prosince 2026 14:05</time></div>",
                     "2026-12-02T14:05:00+01:00", id="cs-author-link"),
        pytest.param("de", "<div class='meta'><span>02.12.2026, 14:05 Uhr</span><a href='https://www.facebook.example/sharer.php?u=https%3A%2F%2Fwww.zeitung.example.de%2Fpolitik%2Fbudget-beschlossen-100.html'>Diesen Artikel auf Facebook mit Freunden teilen</a></div>",
                     "2026-12-02T14:05:00+01:00", id="de-share-link"),
        # a German lead called "Teaser", its own date inside, a topic link in it
        pytest.param("de", "<div id='artikel-teaser'><p class='date'>02.12.2026, 14:05 Uhr</p><p>Der Rat hat das Budget beschlossen.</p></div>",
                     "2026-12-02T14:05:00+01:00", id="de-lead-teaser-id"),
        pytest.param("de", "<p class='article__teaser'><span>02.12.2026 | 14:05</span> Der Rat hat <a href='/thema/gemeinderat'>entschieden</a> und zwar heute.</p>",
                     "2026-12-02T14:05:00+01:00", id="de-lead-teaser-topic-link"),
    ],
)  # fmt: skip
def test_a_date_beside_a_link_to_no_other_piece_is_the_articles(
    lang: str, own: str, expected: str
) -> None:
    assert extract_article(_page(lang, own), _URL[lang]).published == expected


@pytest.mark.parametrize(
    ("lang", "other"),
    [
        pytest.param("de", "<div class='meta'><a href='/politik/stadtrat-vertagt-hallenbad-101.html'>Stadtrat vertagt die Entscheidung über das Hallenbad</a><span class='date'>01.12.2026, 09:00 Uhr</span></div>",
                     id="de-card-id"),
        pytest.param("fr", "<div class='carte'><a href='/politique/la-mairie-reporte-la-decision-sur-la-piscine'>La mairie reporte la décision sur la nouvelle piscine</a> <span>01/12/2026 à 09h00</span></div>",
                     id="fr-card-slug"),
        pytest.param("de", "<ul class='teaser-list'><li><a href='/andere'>Andere Meldung</a> <span class='date'>01.12.2026, 09:00 Uhr</span></li></ul>",
                     id="de-teaser-list"),
        pytest.param("de", "<div class='teaser'><a href='/politik/stadtrat-101.html'>Stadtrat</a><span class='date'>01.12.2026, 09:00 Uhr</span></div>",
                     id="de-teaser-card"),
    ],
)  # fmt: skip
def test_another_pieces_date_stays_out(lang: str, other: str) -> None:
    """The page's own date is a bare day under the headline; another piece's time that day
    would refine it if read."""
    own = "<p class='meta'>02.12.2026</p>" if lang == "de" else "<p class='meta'>02/12/2026</p>"
    page = _page(
        lang, own + other.replace("01.12.2026", "02.12.2026").replace("01/12/2026", "02/12/2026")
    )
    assert extract_article(page, _URL[lang]).published == "2026-12-02"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/politik/stadtrat-vertagt-hallenbad-101.html", True),
        ("https://www.zeitung.example.de/politik/stadtrat-vertagt-das-hallenbad", True),
        ("/news/2026/12/01/rat", True),
        ("/artikel?id=abc", True),
        ("/region/hannover", False),
        ("/thema/gemeinderat/", False),
        ("/autor/anna-muster", False),
        ("https://www.zeitung.example.de/", False),
        (
            "https://social.example/share?url=https%3A%2F%2Fwww.zeitung.example.de%2Fpolitik%2Fbudget-beschlossen-100.html",
            False,
        ),
        ("/politik/budget-beschlossen-100.html#kommentare", False),
        ("/autor/anna-muster-123/", False),
        ("/profile/12345", False),
        ("https://www.gazeta.example.pl/autorzy/jan-kowalski-77", False),
        # the author paths authors.py reads as bylines (Icelandic, Swedish)
        ("https://www.frettir.example.is/hofundur/jon-jonsson-42", False),
        ("https://www.tidning.example.se/av/anna-svensson-42", False),
        # those that open such a part too (langwords.AUTHOR_PATH_OPENERS)
        ("https://www.frettir.example.is/hofundur-jon-jonsson-42", False),
        ("https://www.habari.example.co.tz/mwandishi-juma-mwangi-42", False),
    ],
)
def test_links_a_piece(href: str, expected: bool) -> None:
    assert links_a_piece(href, _URL["de"]) is expected


@pytest.mark.parametrize(
    ("lang", "card", "own", "expected"),
    [
        pytest.param("de", "<div class='box'><div><a href='/politik/hallenbad-101.html'><img src='/a.jpg' alt=''><h3>Hallenbad bleibt zu</h3></a><span>28.11.2026, 10:00</span></div></div>",
                     "<p class='byline'>02.12.2026, 14:05 Uhr</p>", "2026-12-02T14:05:00+01:00", id="de-card-h3"),
        pytest.param("es", "<div class='caja'><div><a href='/politica/piscina-municipal-101'><h4>La piscina, cerrada</h4></a><span>28/11/2026 10:00</span></div></div>",
                     "<p class='firma'>02/12/2026 14:05</p>", "2026-12-02T14:05:00+01:00", id="es-card-h4"),
        pytest.param("ja", "<div class='box'><div><a href='/politics/101.html'><h3>市営プール休止</h3></a><span>2026年11月28日 10時00分</span></div></div>",
                     "<p class='byline'>2026年12月2日 14時05分</p>", "2026-12-02T14:05:00+09:00", id="ja-card-h3"),
    ],
)  # fmt: skip
def test_a_cards_date_beside_a_short_heading_link_stays_out(
    lang: str, card: str, own: str, expected: str
) -> None:
    """A card placed between the headline and the byline: its link holds a heading too short
    to read as a headline by its text."""
    assert extract_article(_page(lang, card + own), _URL[lang]).published == expected


@pytest.mark.parametrize(
    ("lang", "own", "expected"),
    [
        pytest.param("de", "<div class='author-box'><a href='/autor/anna-muster-123/'><h4>Anna Muster</h4></a><time>02.12.2026, 14:05</time></div>",
                     "2026-12-02T14:05:00+01:00", id="de-author-card-heading"),
        pytest.param("pl", "<div class='meta'><a href='/autor/jan-kowalski-77'>Jan Kowalski, dziennikarz działu krajowego</a> <span>2 grudnia 2026, 14:05</span></div>",
                     "2026-12-02T14:05:00+01:00", id="pl-numbered-author"),
        pytest.param("fr", "<div class='meta'><a rel='author' href='/p/4521'>Marie Dupont, journaliste au service politique</a> <span>Publié le 02/12/2026 à 14h05</span></div>",
                     "2026-12-02T14:05:00+01:00", id="fr-rel-author"),
        pytest.param("cs", "<div class='meta'><a href='/profil/12345'>Jan Novák, redaktor domácí politiky a regionů</a> <span>2. prosince 2026 14:05</span></div>",
                     "2026-12-02T14:05:00+01:00", id="cs-profile"),
    ],
)  # fmt: skip
def test_a_date_beside_an_authors_numbered_link_is_the_articles(
    lang: str, own: str, expected: str
) -> None:
    """An author's page numbered, or headed in a card, or marked rel="author": a byline."""
    assert extract_article(_page(lang, own), _URL[lang]).published == expected
