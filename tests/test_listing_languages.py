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
