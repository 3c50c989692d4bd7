"""Rules of the seventh session that no test caught: each case here fails with its rule
disabled (the review's mutation check, 2026-12-03), and passes with it.

Every page, name and sentence is invented.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso
from newsarchive.extract.document import parse
from newsarchive.extract.page_fields import image

URL = "https://news.example/stadt/a-123.html"
TEXT = "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, den alten Hafen für die Fähre umzubauen."
PARAGRAPHS = "".join(f"<p>{TEXT} Absatz {i}.</p>" for i in range(8))


# --- title -------------------------------------------------------------------------------


def test_a_headline_broken_by_br_after_its_first_word_stays_whole() -> None:
    """A `<br>` after a short first line is a kicker's only where the second line opens as a
    headline does: one opening in lower case is the same sentence going on (title.py,
    `_headline_part`: `not rest[0].islower()`)."""
    html = "<html><body><h1>Storm<br>hits the coast as thousands lose power overnight</h1></body></html>"
    article = extract_article(html, URL)
    assert article.title == "Storm hits the coast as thousands lose power overnight"


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mchana" runs from late morning into the afternoon: saa 5 is 11 o'clock, not 23
        ("2 Desemba 2026 saa 5:30 mchana", "2026-12-02T11:30:00"),
        ("2 Desemba 2026 saa 4:15 mchana", "2026-12-02T10:15:00"),
        ("2 Desemba 2026 saa 6:00 mchana", "2026-12-02T12:00:00"),
    ],
)
def test_swahili_midday_hours_before_noon(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


# --- lead image --------------------------------------------------------------------------


def _cover(url: str, advert: str) -> str | None:
    html = (
        "<html><head><title>Storm hits the harbour town overnight</title></head><body><main><article>"
        "<h1>Storm hits the harbour town overnight</h1>"
        f'<div class="promo"><a href="{advert}"><img src="/uploads/2026/offer-wide.jpg" alt="Book now"></a></div>'
        f'<figure><img src="/uploads/2026/harbour.jpg"></figure>{PARAGRAPHS}</article></main></body></html>'
    )
    doc = parse(html, url)
    assert doc is not None
    return image(doc, None, ())


@pytest.mark.parametrize(
    ("url", "advert"),
    [
        ("https://www.zeitung.example/a/1.html", "https://www.werbung.example/angebot/"),
        # under a country's second level every site ends in the same two labels: "co.uk"
        ("https://www.harbourpost.co.uk/news/1.html", "https://www.ferry-offers.co.uk/offer/"),
        ("https://www.diariodoporto.com.br/a/1.html", "https://www.loja-barcos.com.br/oferta/"),
        ("https://www.hadashot-hanamal.co.il/a/1.html", "https://www.sfinot.co.il/mivtsa/"),
    ],
)
def test_a_banner_linking_to_another_site_is_no_lead_under_a_country_second_level(
    url: str, advert: str
) -> None:
    found = _cover(url, advert)
    assert found is not None and found.endswith("/uploads/2026/harbour.jpg")


def test_the_sites_own_link_under_a_country_second_level_is_no_banner() -> None:
    """The article's own site on another host of it ("shop.", "www.") is no other site."""
    found = _cover(
        "https://www.harbourpost.co.uk/news/1.html", "https://shop.harbourpost.co.uk/prints/"
    )
    assert found is not None and found.endswith("/uploads/2026/offer-wide.jpg")
