"""A date attribute on a link: another item's, unless the link shows only a date or time (or
nothing) and leads to a day's archive (a byline's date linked to that day's page of the paper's
archive).

Every page is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article


def _page(byline: str, text: str = "") -> str:
    return (
        '<html lang="es"><body><article><h1>Un titular inventado para esta prueba</h1>'
        f'<div class="byline"><span>Ana Pérez</span> <span>Madrid - {byline}</span></div>'
        "<p>Un párrafo inventado sobre el presupuesto de la ciudad y sus bomberos, bastante largo.</p>"
        f"<p>Otro párrafo inventado para que el texto sea largo {text} y se lea bien.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "text", "expected"),
    [
        # the byline's date linked to its day's archive: the page's
        pytest.param('<a href="https://diario.example.com/archivo/2026-01-29/" data-date="2026-01-29T18:40:00+01:00">29 ene - 18:40</a>', "", "2026-01-29T18:40:00+01:00", id="day-archive"),
        pytest.param('<a href="/2026/01/29/"><span data-publish-date="2026-01-29T18:40:00+01:00"></span></a>', "", "2026-01-29T18:40:00+01:00", id="day-archive-empty-link"),
        # a link to another piece, or one carrying a headline: that item's date
        pytest.param('<a href="/espana/2026-01-20/otra-noticia-de-otro-dia.html" data-date="2026-01-20T10:00:00+01:00">Otra noticia</a>', "", None, id="piece-link"),
        pytest.param('<a href="/archivo/2026-01-20/" data-date="2026-01-20T10:00:00+01:00">Todas las noticias publicadas aquel martes de enero</a>', "", None, id="archive-link-with-words"),
        pytest.param("", 'con <a href="/otra/2026/01/20/" data-publish-date="2026-01-20T10:00:00+01:00">el pleno</a>', None, id="in-text-link-to-an-archive"),
        pytest.param("", 'con <a href="/otra/2026/01/20/otra-noticia-de-otro-dia" data-publish-date="2026-01-20T10:00:00+01:00">el pleno</a>', None, id="in-text-link"),
    ],
)  # fmt: skip
def test_a_date_attribute_on_a_link(byline: str, text: str, expected: str | None) -> None:
    url = "https://diario.example.com/espana/2026-01-29/un-titular-inventado.html"
    # the URL's day is the article's: a link's date on another day is not read anyway
    assert (
        extract_article(_page(byline, text), url.replace("2026-01-29/", "")).published == expected
    )
