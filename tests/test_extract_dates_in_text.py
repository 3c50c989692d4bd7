"""Dates the article's text and its pictures state are not its own.

A site never seen marks an event's day up in a paragraph (`<time datetime=...>` inside a
sentence), or captions a photo with the moment it shows: the byline printed as plain text
is then the article's date.
Every string and page here is made up for the test; the shapes are the ones news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

_BODY = "<p>{}</p>" * 2


def _page(lang: str, byline: str, body: str, before: str = "") -> str:
    filler = _BODY.format(
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.",
        "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.",
    )
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body>{before}<main><article>"
        f"<h1>Der Rat und die Stadt: was jetzt kommt</h1><p class='meta'>{byline}</p>"
        f"{body}{filler}</article></main></body></html>"
    )


def _time(stamp: str, shown: str) -> str:
    return f'<time datetime="{stamp}">{shown}</time>'


# (lang, url, byline, a paragraph of the text with an earlier event's <time>, published)
_IN_A_SENTENCE = [
    ("de", "https://zeitung.example.de/a", "Von Anna Muster · 03.12.2026, 14:05 Uhr",
     "Bereits am {} hatte der Gemeinderat über den Antrag beraten, ohne sich auf eine Lösung zu einigen, wie die Sprecherin sagte.",
     "2026-12-03T14:05:00+01:00"),
    ("en", "https://news.example.co.uk/a", "By Jane Doe | 3 December 2026, 2:05pm",
     "The council first met on {} to discuss the proposal, but members could not agree on a plan, a spokeswoman said.",
     "2026-12-03T14:05:00+00:00"),
    ("fr", "https://journal.example.fr/a", "Par Anne Dupont, publié le 3 décembre 2026 à 14h05",
     "Le conseil avait déjà examiné la proposition le {} sans parvenir à un accord, selon une porte-parole de la mairie.",
     "2026-12-03T14:05:00+01:00"),
    ("es", "https://diario.example.es/a", "Ana López | 03/12/2026 14:05",
     "El pleno ya había debatido la propuesta el {} sin llegar a un acuerdo, según explicó una portavoz del ayuntamiento.",
     "2026-12-03T14:05:00+01:00"),
    ("pt", "https://jornal.example.com.br/a", "Por Ana Silva · 03/12/2026 às 14h05",
     "A câmara já tinha discutido a proposta em {} sem chegar a um acordo, segundo uma porta-voz da prefeitura.",
     "2026-12-03T14:05:00-03:00"),
    ("nl", "https://krant.example.nl/a", "Door Anna de Vries · 3 december 2026, 14:05",
     "De gemeenteraad had het voorstel al op {} besproken, maar kwam niet tot een besluit, zei een woordvoerster.",
     "2026-12-03T14:05:00+01:00"),
    ("pl", "https://gazeta.example.pl/a", "Anna Nowak · 03.12.2026, 14:05",
     "Rada miasta omawiała już projekt w dniu {} ale nie doszła do porozumienia, jak powiedziała rzeczniczka urzędu.",
     "2026-12-03T14:05:00+01:00"),
]  # fmt: skip


_EVENTS = {
    "time-datetime": _time("2026-11-20T18:00:00+01:00", "20.11.2026"),
    "time-text": "<time>20.11.2026</time>",  # its text the date line
    "date-span": "<span class='date'>20.11.2026</span>",
}


@pytest.mark.parametrize(
    ("lang", "url", "byline", "sentence", "published"),
    _IN_A_SENTENCE,
    ids=[row[0] for row in _IN_A_SENTENCE],
)
def test_a_time_in_a_sentence_of_the_text_is_an_events(
    lang: str, url: str, byline: str, sentence: str, published: str
) -> None:
    html = _page(lang, byline, f"<p>{sentence.format(_EVENTS['time-datetime'])}</p>")
    assert extract_article(html, url).published == published


@pytest.mark.parametrize(
    ("lang", "url", "meta", "published"),
    [
        ("de", "https://zeitung.example.de/a", "Von Anna Muster und Max Beispiel, Berlin | Lesezeit: 4 Minuten | {}", "2026-12-03T14:05:00+01:00"),
        ("en", "https://news.example.co.uk/a", "By Jane Doe and John Roe, Political Correspondents | Published {}", "2026-12-03T14:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_bylines_paragraph_keeps_its_time(lang: str, url: str, meta: str, published: str) -> None:
    """A byline's paragraph is short and says little in lower-case words: its <time> is
    the article's, read before the plain-text line."""
    stamp = _time("2026-12-03T14:05:00+01:00", "3.12.2026")
    html = _page(lang, "", f"<p>{meta.format(stamp)}</p>")
    assert extract_article(html, url).published == published


# (lang, url, a picture's caption naming the moment it shows, byline, published)
_CAPTIONS = [
    ("de", "https://zeitung.example.de/a", "Demonstranten am 01.12.2026 um 18:00 Uhr vor dem Rathaus. Foto: dpa",
     "03.12.2026, 14:05 Uhr", "2026-12-03T14:05:00+01:00"),
    ("en", "https://news.example.co.uk/a", "Protesters gather outside the town hall on 1 December 2026 at 6:10pm. Photograph: Agency",
     "3 December 2026, 2:05pm", "2026-12-03T14:05:00+00:00"),
    ("es", "https://diario.example.es/a", "Manifestantes frente al ayuntamiento el 01/12/2026 a las 18:10 horas. Foto: agencia",
     "03/12/2026 14:05", "2026-12-03T14:05:00+01:00"),
    ("nl", "https://krant.example.nl/a", "Demonstranten voor het stadhuis op 1 december 2026 om 18.10 uur. Foto: persbureau",
     "3 december 2026, 14:05", "2026-12-03T14:05:00+01:00"),
    ("sv", "https://tidning.example.se/a", "Demonstranter framför rådhuset den 1 december 2026 kl. 18.10. Foto: byrå",
     "Publicerad 3 december 2026 kl. 14.05", "2026-12-03T14:05:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "url", "caption", "byline", "published"),
    _CAPTIONS,
    ids=[row[0] for row in _CAPTIONS],
)
def test_a_caption_telling_when_its_picture_was_taken_is_no_date_line(
    lang: str, url: str, caption: str, byline: str, published: str
) -> None:
    figure = f"<figure><img src='/p.jpg'><figcaption>{caption}</figcaption></figure>"
    html = (
        f"<html lang='{lang}'><head><title>T</title></head><body><article>"
        f"<h1>Der Rat und die Stadt: was jetzt kommt</h1>{figure}"
        f"<p class='meta'>{byline}</p><p>Lorem ipsum dolor sit amet, consectetur.</p>"
        "</article></body></html>"
    )
    assert extract_article(html, url).published == published


def test_an_authors_card_in_a_figure_keeps_its_date_line() -> None:
    html = (
        "<html lang='de'><body><article><h1>Der Rat und die Stadt: was jetzt kommt</h1>"
        "<figure class='author'><img src='/anna.jpg'><figcaption>Anna Muster · 03.12.2026, "
        "14:05 Uhr</figcaption></figure><p>Lorem ipsum dolor sit amet.</p></article></body></html>"
    )
    published = extract_article(html, "https://zeitung.example.de/a").published
    assert published == "2026-12-03T14:05:00+01:00"


@pytest.mark.parametrize(
    "event", [_EVENTS["time-text"], _EVENTS["date-span"]], ids=["time-text", "date-span"]
)
@pytest.mark.parametrize(
    ("lang", "url", "byline", "sentence", "published"),
    _IN_A_SENTENCE[:2],
    ids=[row[0] for row in _IN_A_SENTENCE[:2]],
)
def test_a_day_in_a_sentence_does_not_hide_a_machine_read_date(
    lang: str, url: str, byline: str, sentence: str, published: str, event: str
) -> None:
    """A page dated only in a data attribute: a day the text names is no bare day of the
    article's that would make that date another day's."""
    stamp = published.replace("14:05:00", "14:05:30")
    html = _page(
        lang,
        "Anna Muster",
        f"<div data-published='{stamp}'></div><p>{sentence.format(event)}</p>",
    )
    assert extract_article(html, url).published == stamp
