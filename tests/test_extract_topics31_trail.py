"""A navigation trail as the keywords string (issue 10, small-31).

"Startseite/Lokales/Kiel", "Home/News/Politik": a CMS wrote the page's breadcrumb into its
keywords, joined by bare slashes. The trail's first link is the site's home ("Startseite",
"Home", "Accueil", "Главная", "ホーム"), never a topic; the sections after it are labels as
other slashed keywords' parts are. Counter-cases: a region's pair, a code, a path's slug, a
trail-shaped value with no home word first.

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

URL = "https://www.hafenbote.example/lokales/kiel/neue-faehre-4711.html"
STORY = "Die Stadt Kiel hat am Dienstag eine neue Fähre über die Förde in Dienst gestellt, die künftig alle zwanzig Minuten zwischen beiden Ufern pendeln soll."


def _topics(keywords: str, lang: str = "de") -> list[str]:
    page = (
        f"<html lang='{lang}'><head><title>Neue Fähre</title>"
        f"<meta name='keywords' content='{keywords}'></head><body><main><article>"
        f"<h1>Neue Fähre für die Förde</h1>{f'<p>{STORY}</p>' * 3}</article></main></body></html>"
    )
    return extract_article(page, URL).topics


TRAILS = [
    ("Startseite/Lokales/Kiel", ["Lokales", "Kiel"]),
    ("Home/News/Politik", ["News", "Politik"]),
    ("Startseite/Lokales", ["Lokales"]),
    ("Accueil/Actualités/Politique", ["Actualités", "Politique"]),
    ("Inicio/Noticias/Política", ["Noticias", "Política"]),
    ("Forside/Nyheder/Indland", ["Nyheder", "Indland"]),
    ("Etusivu/Uutiset/Kotimaa", ["Uutiset", "Kotimaa"]),
    ("Strona główna/Wiadomości/Kraj", ["Wiadomości", "Kraj"]),
    ("Главная/Новости/Политика", ["Новости", "Политика"]),
    ("ホーム/ニュース/政治", ["ニュース", "政治"]),
]


@pytest.mark.parametrize(("keywords", "expected"), TRAILS)
def test_a_trails_home_is_no_topic(keywords: str, expected: list[str]) -> None:
    assert _topics(keywords) == expected


KEPT = [
    ("Kreistag/Busse/Nahverkehr", ["Kreistag", "Busse", "Nahverkehr"]),
    ("Rhein/Main", ["Rhein/Main"]),
    ("AC/DC, Konzert", ["AC/DC", "Konzert"]),
    ("Hafen, Fähre, Kiel", ["Hafen", "Fähre", "Kiel"]),
    ("Heimat/Lokales/Kiel", ["Heimat", "Lokales", "Kiel"]),
    ("Home", ["Home"]),  # a lone word is no trail
    # of two parts, a home word that is an ordinary word too is a label's
    ("Home/Garden", ["Home/Garden"]),
    ("Start/Ziel", ["Start/Ziel"]),
]


@pytest.mark.parametrize(("keywords", "expected"), KEPT)
def test_other_slashed_keywords_stay(keywords: str, expected: list[str]) -> None:
    assert _topics(keywords) == expected
