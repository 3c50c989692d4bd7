"""Review of session 21's publication rules on pages their tests did not show (issue 10):
another thing's date after an update ("Quelle: 01.12.2026", "Termin: 03.12.2026"), a
function word taken for a weekday ("di 02/03/2026" in Italian), a time printed alone on a
page captured another day, "BST" on a Bengali page of a UK publisher, an agency's address
abroad, several articles in Angular's state.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "Der Stadtrat stimmt über die neue Brücke am Hafen ab"
_DE = "https://www.kurier.example.de/stadt/41"


def _page(lang: str, line: str, head: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}</head>"
        "<body><header><nav><a href='/'>Start</a> <a href='/stadt'>Stadt</a></nav></header>"
        f"<main><article><h1>{_HEADLINE}</h1>{line}"
        "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, "
        "die alte Brücke abzureissen und bis zum Sommer eine neue zu bauen.</p>"
        "<p>Die Kosten verteilen sich auf drei Jahre, wie die Verwaltung danach mitteilte.</p>"
        "</article></main><footer>Impressum · Kontakt</footer></body></html>"
    )


def _p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def _published(
    url: str, lang: str, line: str, head: str = "", fetched: datetime | None = _FETCHED
) -> str | None:
    return extract_article(_page(lang, line, head), url, fetched=fetched).published


# After an update, a date another label opens that names no publication: the update stands.
OTHER_THINGS_AFTER_UPDATE = [
    ("de-quelle-dated", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr | Quelle: 01.12.2026"), "2026-12-05T14:32:00+01:00"),
    ("de-termin", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr · Termin: 03.12.2026"), "2026-12-05T14:32:00+01:00"),
    ("de-event-no-year", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr · Event: 3.12."), "2026-12-05T14:32:00+01:00"),
    ("en-event", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Updated: 5 Dec 2026 14:32 | Event: 3 Dec 2026"), "2026-12-05T14:32:00+00:00"),
    ("en-source", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Updated: 5 Dec 2026 14:32 | Source: 1 Dec 2026"), "2026-12-05T14:32:00+00:00"),
    ("de-foto", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr | Foto: 01.12.2026"), "2026-12-05T14:32:00+01:00"),
    ("de-stichtag", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr | Stichtag: 01.12.2026"), "2026-12-05T14:32:00+01:00"),
    # guards: a label that names the publication still counts
    ("de-erstveroeff", _DE, "de", _p("Aktualisiert: 05.12.2026, 14:32 Uhr | Erstveröff.: 04.12.2026, 09:15 Uhr"), "2026-12-04T09:15:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in OTHER_THINGS_AFTER_UPDATE],
)
def test_another_things_date_after_an_update(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


# A word before a numeric date that is a weekday's abbreviation in another language only.
FUNCTION_WORDS = [
    ("it-di", "https://www.giornale.example.it/a/41", "it", _p("Edizione di 02/03/2026 ore 18:40"), "2026-03-02T18:40:00+01:00"),
    ("pt-do", "https://www.jornal.example.pt/a/41", "pt", _p("Edição do 02/05/2026 18:40"), "2026-05-02T18:40:00+01:00"),
    # guards: the weekday in the page's language, or abbreviated with a dot
    ("de-mo-dot", _DE, "de", _p("Mo., 03/02/2026, 18:40 Uhr"), "2026-03-02T18:40:00+01:00"),
    ("fr-ven-dot", "https://www.journal.example.fr/a/41", "fr", _p("ven. 01/02/2026 à 18h40"), "2026-01-02T18:40:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in FUNCTION_WORDS]
)
def test_a_function_word_is_no_weekday(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


_URL_DAY = "https://www.kurier.example.de/2026/12/05/neue-bruecke-41"


@pytest.mark.parametrize(
    ("fetched", "expected"),
    [
        pytest.param(None, "2026-12-05", id="no-capture-date"),
        # 23:30 UTC on the 4th is 00:30 on the 5th in Berlin: the URL's day there
        pytest.param(datetime(2026, 12, 4, 23, 30, tzinfo=UTC), "2026-12-05", id="berlin-after-midnight-before-the-time"),
        pytest.param(datetime(2026, 12, 5, 23, 30, tzinfo=UTC), "2026-12-05", id="captured-the-next-day-in-berlin"),
        pytest.param(datetime(2026, 12, 5, 22, 30, tzinfo=UTC), "2026-12-05T10:15:00+01:00", id="captured-late-that-day"),
    ],
)  # fmt: skip
def test_clock_only_line_and_the_capture_day(fetched: datetime | None, expected: str) -> None:
    assert _published(_URL_DAY, "de", _p("Stand: 10:15 Uhr"), fetched=fetched) == expected


def _org(country: str) -> dict[str, object]:
    return {
        "@type": "NewsMediaOrganization",
        "name": "Agency",
        "address": {"@type": "PostalAddress", "addressCountry": country},
    }


def _ld(**fields: object) -> str:
    obj = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        **fields,
    }
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def test_bst_on_a_bengali_page_of_a_uk_publisher() -> None:
    """A Bengali page of a London publisher (.com) in July: "BST" is British summer time."""
    head = _ld(publisher=_org("GB"))
    got = _published(
        "https://www.bangla.example.com/a/41", "bn", _p("29 July 2026, 18:40 BST"), head
    )
    assert got == "2026-07-29T18:40:00+01:00"


def test_bst_on_a_bengali_page_of_a_dhaka_publisher() -> None:
    head = _ld(publisher=_org("BD"))
    got = _published(
        "https://www.bangla.example.com/a/41", "bn", _p("29 July 2026, 18:40 BST"), head
    )
    assert got == "2026-07-29T18:40:00+06:00"


@pytest.mark.parametrize(
    ("lang", "country", "expected"),
    [
        pytest.param("de", "GB", "2026-01-29T18:40:00+01:00", id="de-page-uk-agency"),
        pytest.param("de", "US", "2026-01-29T18:40:00+01:00", id="de-page-us-agency"),
    ],
)  # fmt: skip
def test_agency_address_abroad(lang: str, country: str, expected: str) -> None:
    head = _ld(datePublished="2026-01-29T18:40:00", publisher=_org(country))
    assert _published("https://www.agency.example.com/a/41", lang, "", head) == expected


def test_angular_state_with_related_articles() -> None:
    """The page's article and two related ones in Angular's state: the page's own date."""
    state = (
        "{&q;article-41&q;:{&q;body&q;:{&q;id&q;:41,&q;title&q;:&q;Neue Brücke&q;,"
        "&q;publishedAt&q;:&q;2026-12-05T13:32:00Z&q;,&q;related&q;:["
        "{&q;id&q;:39,&q;publishedAt&q;:&q;2026-12-01T08:00:00Z&q;},"
        "{&q;id&q;:40,&q;publishedAt&q;:&q;2026-12-03T08:00:00Z&q;}]}}}"
    )
    head = f"<script id='serverApp-state' type='application/json'>{state}</script>"
    got = _published("https://www.kurier.example.de/stadt/neue-bruecke-41", "de", "", head)
    assert got == "2026-12-05T14:32:00+01:00"


def test_angular_state_related_first() -> None:
    """Teasers stored before the page's article (another request's state): the object
    whose title is the page's headline, as with other quotes."""
    state = (
        "{&q;teasers&q;:[{&q;id&q;:39,&q;title&q;:&q;Alte Schule wird saniert&q;,"
        "&q;publishedAt&q;:&q;2026-12-01T08:00:00Z&q;},"
        "{&q;id&q;:40,&q;title&q;:&q;Markt zieht um&q;,&q;publishedAt&q;:&q;2026-12-03T08:00:00Z&q;}],"
        f"&q;article-41&q;:{{&q;body&q;:{{&q;id&q;:41,&q;title&q;:&q;{_HEADLINE}&q;,"
        "&q;publishedAt&q;:&q;2026-12-05T13:32:00Z&q;}}}"
    )
    head = f"<script id='serverApp-state' type='application/json'>{state}</script>"
    got = _published("https://www.kurier.example.de/stadt/neue-bruecke-41", "de", "", head)
    assert got == "2026-12-05T14:32:00+01:00"


def test_canonical_to_the_home_page() -> None:
    """A canonical naming the home page (a misconfigured theme): a byline date in a link to
    another piece stays another piece's."""
    other = "https://www.kurier.example.de/2026/01/20/altes-rathaus/"
    line = f"<div class='teaser'><a href='{other}' rel='bookmark'><time datetime='2026-01-20T09:00:00+01:00'>20. Januar 2026</time></a></div>"
    head = "<link rel='canonical' href='https://www.kurier.example.de/'>"
    got = _published("https://www.kurier.example.de/2026/01/29/neue-bruecke/", "de", line, head)
    assert got == "2026-01-29"


def test_italian_first_publication_after_an_update() -> None:
    """ "Prima pubblicazione:" names the publication ("prima", first, is no other thing's)."""
    line = _p("Aggiornato: 05/12/2026 14:32 | Prima pubblicazione: 04/12/2026 09:15")
    got = _published("https://www.giornale.example.it/a/41", "it", line)
    assert got == "2026-12-04T09:15:00+01:00"
