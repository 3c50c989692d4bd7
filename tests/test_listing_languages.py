"""A section page's links to its other language editions are not read as its teasers."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from newsarchive.sites.base import Listing
from newsarchive.spiders.listing import section_entries

URL = "https://news.example/de/welt/"
TEASER = '<a href="/de/welt/2026/12/04/ein-erfundener-bericht-heute/">Bericht</a>'


def _urls(html: str) -> list[str]:
    response = HtmlResponse(URL, body=html.encode(), encoding="utf-8")
    return [entry.url for entry in section_entries(response, Listing())]


@pytest.mark.parametrize(
    ("page_lang", "switcher", "kept"),
    [
        # the switcher's article-like links in French and Italian: not this listing's
        ("de", '<a hreflang="fr" href="/fr/monde/un-rapport-invente-aujourdhui/">FR</a>', False),
        ("de-CH", '<a lang="it" href="/it/mondo/un-rapporto-inventato-oggi/">IT</a>', False),
        ("", '<a hreflang="fr" href="/fr/monde/un-rapport-invente-aujourdhui/">FR</a>', False),
        ("", '<a lang="fr" href="/fr/monde/un-rapport-invente-aujourdhui/">FR</a>', True),
        # the page's own language, or x-default: kept
        ("de", '<a hreflang="de-AT" href="/at/welt/ein-anderer-bericht-heute/">AT</a>', True),
        ("de", '<a hreflang="x-default" href="/welt/ein-anderer-bericht-heute/">x</a>', True),
    ],
)
def test_links_to_another_language_are_skipped(page_lang: str, switcher: str, kept: bool) -> None:
    lang = f' lang="{page_lang}"' if page_lang else ""
    html = f"<html{lang}><body><nav>{switcher}</nav><main>{TEASER}</main></body></html>"
    urls = _urls(html)
    assert "https://news.example/de/welt/2026/12/04/ein-erfundener-bericht-heute/" in urls
    assert (len(urls) == 2) is kept, urls


OWN = "https://news.example/de/welt/2026/12/04/ein-erfundener-bericht-heute/"


@pytest.mark.parametrize(
    ("html_tag", "teaser", "kept"),
    [
        # `lang` on a link is its text's language: an English headline on a German page
        # (marked for screen readers) is this listing's teaser, its URL in the German edition
        ('<html lang="de">', f'<a lang="en" href="{OWN}">The Crown</a>', True),
        # a page naming its language as XHTML does, or in a meta: its own hreflang is kept
        ('<html xml:lang="de">', f'<a hreflang="de" href="{OWN}">Bericht</a>', True),
        (
            '<html><head><meta http-equiv="Content-Language" content="de"></head>',
            f'<a hreflang="de" href="{OWN}">Bericht</a>',
            True,
        ),
        # one language, two codes: Norwegian Bokmål's page, a link saying "no"
        ('<html lang="nb">', f'<a hreflang="no" href="{OWN}">Sak</a>', True),
        ('<html lang="he">', f'<a hreflang="iw" href="{OWN}">x</a>', True),
        # the edition switcher is still skipped
        ('<html lang="nb">', f'<a hreflang="sv" href="{OWN}">SV</a>', False),
    ],
)
def test_links_in_the_pages_own_language_are_kept(html_tag: str, teaser: str, kept: bool) -> None:
    html = f"{html_tag}<body><main>{teaser}</main></body></html>"
    assert (OWN in _urls(html)) is kept


def test_a_page_naming_no_language_keeps_the_language_most_links_name() -> None:
    """Teasers that each carry hreflang="de" on a page with no lang are its own; the one
    link to the French edition is the switcher's."""
    teasers = "".join(
        f'<a hreflang="de" href="/de/welt/2026/12/04/bericht-nummer-{n}-heute/">B{n}</a>'
        for n in range(3)
    )
    switcher = '<a hreflang="fr" href="/fr/monde/un-rapport-invente-aujourdhui/">FR</a>'
    urls = _urls(f"<html><body><nav>{switcher}</nav><main>{teasers}</main></body></html>")
    assert [u.rsplit("/", 2)[-2] for u in urls] == [f"bericht-nummer-{n}-heute" for n in range(3)]
