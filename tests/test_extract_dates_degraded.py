"""Dates on pages that lack or bend a source the looked-at pages have (dates_degraded_bench.py).

Every page here is made up for the test: the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article


def _ld(*objects: dict) -> str:
    return "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)


def _page(url: str, lang: str, head: str, title: str, body: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title><meta property='og:title' content='{title}'>"
        f"<link rel='canonical' href='{url}'>{head}</head><body><article><h1>{title}</h1>{body}"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch etwas mehr.</p>"
        "</article></body></html>"
    )


_RELATED = {
    "@type": "NewsArticle",
    "headline": "Eine ältere Geschichte über etwas ganz anderes",
    "url": "https://www.zeitung.example.de/politik/aeltere-geschichte-ueber-anderes-123.html",
    "datePublished": "2026-01-22T09:00:00+01:00",
}


@pytest.mark.parametrize(
    ("url", "lang", "title", "head", "expected"),
    [
        # the page's own JSON-LD is a WebPage: a related story's NewsArticle is not its article
        ("https://www.zeitung.example.de/politik/rat-tagt-456.html", "de", "Der Rat tagt erneut",
         _ld({"@type": "WebPage", "@id": "https://www.zeitung.example.de/politik/rat-tagt-456.html#webpage"}, _RELATED)
         + "<meta property='article:published_time' content='2026-01-29T18:40:00+01:00'>",
         "2026-01-29T18:40:00+01:00"),
        ("https://www.noviny.example.cz/domov/rada-jedna-789", "cs", "Rada jedná znovu",
         _ld({**_RELATED, "headline": "Starší článek o něčem úplně jiném"})
         + "<meta property='article:published_time' content='2026-01-29T18:40:00+01:00'>",
         "2026-01-29T18:40:00+01:00"),
        ("https://www.gazeta.example.pl/kraj/rada-obraduje-77", "pl", "Rada obraduje ponownie",
         _ld({"@type": "BreadcrumbList", "itemListElement": []}, {**_RELATED, "headline": "Starszy tekst o czymś innym"}),
         None),
        # guards: an article object naming the home page or another address, whose headline
        # the page shows, is the page's own
        ("https://www.shinbun.example.jp/article/1011", "ja", "議会が再び開かれる",
         _ld({"@type": "NewsArticle", "headline": "議会が再び開かれる", "mainEntityOfPage": "https://www.shinbun.example.jp",
              "datePublished": "2026-01-30T01:28:54+09:00"}),
         "2026-01-30T01:28:54+09:00"),
        ("https://local.example.co.za/news/2026-01-29-council-meets-again/", "en", "Council meets again",
         _ld({"@type": "NewsArticle", "headline": "Council meets again",
              "mainEntityOfPage": "https://other.example.co.za/partner/news/2026-01-29-council-meets-again/",
              "datePublished": "2026-01-29T12:00:00+0000"}),
         "2026-01-29T14:00:00+02:00"),
    ],
)  # fmt: skip
def test_a_related_storys_article_object_does_not_date_the_page(
    url: str, lang: str, title: str, head: str, expected: str | None
) -> None:
    assert extract_article(_page(url, lang, head, title), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "head", "expected"),
    [
        # a WebPage describing this page states when it was created: after the published meta
        ("https://www.zeitung.example.de/a/rat-1.html", "de",
         _ld({"@type": "WebPage", "@id": "https://www.zeitung.example.de/a/rat-1.html#webpage", "dateCreated": "2026-01-22T09:00:00+01:00"})
         + "<meta property='article:published_time' content='2026-01-29T18:40:00+01:00'>",
         "2026-01-29T18:40:00+01:00"),
        ("https://www.diario.example.pt/a/conselho-2", "pt",
         _ld({"@type": "WebPage", "url": "https://www.diario.example.pt/a/conselho-2", "dateCreated": "2026-01-22T09:00:00Z"})
         + "<meta name='pubdate' content='2026-01-29T18:40:00Z'>",
         "2026-01-29T18:40:00+00:00"),
        # guards: a WebPage's datePublished still comes first; its dateCreated alone still dates
        ("https://www.zeitung.example.de/a/rat-3.html", "de",
         _ld({"@type": "WebPage", "@id": "https://www.zeitung.example.de/a/rat-3.html", "datePublished": "2026-01-29T18:40:00+01:00"})
         + "<meta name='date' content='2026-01-30T09:00:00+01:00'>",
         "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.de/a/rat-4.html", "de",
         _ld({"@type": "WebPage", "@id": "https://www.zeitung.example.de/a/rat-4.html", "dateCreated": "2026-01-29T18:40:00+01:00"}),
         "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_a_web_pages_creation_time_comes_after_the_published_names(
    url: str, lang: str, head: str, expected: str
) -> None:
    assert extract_article(_page(url, lang, head, "Ein Titel"), url).published == expected


def _naive_page(lang: str, line: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>Ein ganz gewöhnlicher Titel</h1>"
        f"<p class='date'>{line}</p><p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        # a country of one zone the table lacked, by its domain
        ("https://nyheder.example.gl/a/1", "da", "29.01.2026 18:40", "2026-01-29T18:40:00-02:00"),
        ("https://news.example.co.ls/a/2", "en", "29 January 2026, 18:40", "2026-01-29T18:40:00+02:00"),
        ("https://actu.example.re/a/3", "fr", "29/01/2026 18:40", "2026-01-29T18:40:00+04:00"),
        ("https://medee.example.mn/a/4", "mn", "2026-01-29 18:40", "2026-01-29T18:40:00+08:00"),
        ("https://news.example.com.fj/a/5", "en", "29 January 2026, 18:40", "2026-01-29T18:40:00+12:00"),
        # a language spoken in one zone, on a .com page
        ("https://www.example.com/a/6", "kl", "29.01.2026 18:40", "2026-01-29T18:40:00-02:00"),
        ("https://www.example.com/a/7", "ta", "29.01.2026 18:40", "2026-01-29T18:40:00+05:30"),
        ("https://www.example.com/a/8", "st", "29.01.2026 18:40", "2026-01-29T18:40:00+02:00"),
        # a rented domain names no country: the language does, or nothing
        ("https://www.wochenblatt.example.cc/a/9", "de", "29.01.2026 18:40", "2026-01-29T18:40:00+01:00"),
        ("https://news.example.tv/a/10", "en", "29 January 2026, 18:40", "2026-01-29T18:40:00"),
        ("https://news.example.io/a/11", "en", "29 January 2026, 18:40", "2026-01-29T18:40:00"),
        # guards: countries the table had
        ("https://www.example.de/a/12", "de", "29.01.2026 18:40", "2026-01-29T18:40:00+01:00"),
        ("https://www.example.dk/a/13", "da", "29.01.2026 18:40", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_the_zone_of_a_naive_time_from_every_one_zone_country(
    url: str, lang: str, line: str, expected: str
) -> None:
    assert extract_article(_naive_page(lang, line), url).published == expected


def _state_page(url: str, lang: str, state: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>Ein ganz gewöhnlicher Titel</h1>"
        "<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein.</p></article>"
        f"<script>window.__STATE__ = {state};</script></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "state", "expected"),
    [
        # Unix milliseconds keep them (the instant a JSON-LD stamp states with them)
        ("https://www.zeitung.example.de/a/1", "de", '{"article": {"publishedAt": 1769708400123}}', "2026-01-29T18:40:00.123000+01:00"),
        ("https://www.noviny.example.cz/a/2", "cs", '{"story": {"publishDate": "1769708400123"}}', "2026-01-29T18:40:00.123000+01:00"),
        ("https://www.example.com/a/3", "en", '{"post": {"published_at": 1769708400123}}', "2026-01-29T17:40:00.123000+00:00"),
        # Unix seconds with a fraction
        ("https://www.gazeta.example.pl/a/4", "pl", '{"article": {"publishedAt": 1769708400.5}}', "2026-01-29T18:40:00.500000+01:00"),
        # guards: whole seconds, whole milliseconds, compact digits
        ("https://www.zeitung.example.de/a/5", "de", '{"article": {"publishedAt": 1769708400}}', "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.de/a/6", "de", '{"article": {"publishedAt": 1769708400000}}', "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.de/a/7", "de", '{"article": {"publishedAt": "20260129184000"}}', "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_unix_times_in_script_state_keep_their_fraction(
    url: str, lang: str, state: str, expected: str
) -> None:
    assert extract_article(_state_page(url, lang, state), url).published == expected


def _lines_page(lang: str, lines: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article><h1>Ein ganz gewöhnlicher Titel der Seite</h1>"
        f"{lines}<p>Ein Absatz mit Text, der lang genug ist, um ein Absatz zu sein, und noch etwas mehr.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "lines", "expected"),
    [
        # a subtitle dated to an event, above the byline: the byline's date is the article's
        ("https://www.zeitung.example.de/a", "de",
         "<p class='subtitle'>Die Abstimmung vom 20.01.2026, 10 Uhr, wird wiederholt</p><p class='byline'>Von Anna Beispiel, 29.01.2026, 14:05 Uhr</p>",
         "2026-01-29T14:05:00+01:00"),
        ("https://www.example.com/a", "en",
         "<h2>The vote on January 20, 2026 at 10am is to be repeated</h2><p class='byline'>By Anna Example | January 29, 2026, 2:05 PM</p>",
         "2026-01-29T14:05:00"),
        ("https://www.noviny.example.cz/a", "cs",
         "<div class='perex'>Hlasování z 20. 1. 2026 v 10:00 se bude opakovat</div><p class='autor'>Jana Nováková, 29. 1. 2026 14:05</p>",
         "2026-01-29T14:05:00+01:00"),
        ("https://www.diario.example.pt/a", "pt",
         "<h2 class='linha-fina'>A votação de 20/01/2026 às 10h00 será repetida</h2><p class='autor'>Ana Exemplo, 29/01/2026 14h05</p>",
         "2026-01-29T14:05:00+00:00"),
        # the lead's names too, in its languages (langwords.LEAD_CLASSES, one list for every rule)
        ("https://www.zeitung.example.de/d", "de",
         "<div class='einleitung'>Die Abstimmung vom 20.01.2026, 10 Uhr, wird wiederholt</div><p class='byline'>Von Anna Beispiel, 29.01.2026, 14:05 Uhr</p>",
         "2026-01-29T14:05:00+01:00"),
        ("https://www.giornale.example.it/a", "it",
         "<p class='sommario'>Il voto del 20/01/2026 alle 10:00 sarà ripetuto</p><p class='autore'>Anna Esempio, 29/01/2026 14:05</p>",
         "2026-01-29T14:05:00+01:00"),
        ("https://www.gazeta.example.pl/b", "pl",
         "<p class='zajawka'>Głosowanie z 20.01.2026, godz. 10:00 zostanie powtórzone</p><p class='autor'>Anna Przykład, 29.01.2026 14:05</p>",
         "2026-01-29T14:05:00+01:00"),
        ("https://www.example.com/b", "en",
         "<p class='lede'>The vote of 20/01/2026 at 10:00 is to be repeated</p><p class='byline'>By Anna Example, 29/01/2026 14:05</p>",
         "2026-01-29T14:05:00"),
        # guards: a lead's date alone is still read; a date-classed heading is the date line
        ("https://www.zeitung.example.de/b", "de", "<h2>Am 20. Januar 2026 um 10 Uhr tagte der Rat</h2>", "2026-01-20T10:00:00+01:00"),
        ("https://www.zeitung.example.de/c", "de",
         "<h3 class='article-date'>29.01.2026, 14:05 Uhr</h3><p class='byline'>Von Anna Beispiel, 30.01.2026, 09:00 Uhr</p>",
         "2026-01-29T14:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_subtitles_event_date_yields_to_the_bylines(
    url: str, lang: str, lines: str, expected: str
) -> None:
    assert extract_article(_lines_page(lang, lines), url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "lines", "expected"),
    [
        # a teaser card whose date is the text after its headline link, in the card itself
        ("https://www.zeitung.example.de/a", "de",
         "<p class='byline'>Von Anna Beispiel</p><div class='more'><a href='/politik/ein-anderer-artikel-123.html'>Ein anderer Artikel über etwas ganz anderes heute</a> 28.01.2026, 09:00 Uhr</div>",
         None),
        ("https://www.gazeta.example.pl/a", "pl",
         "<p class='autor'>Anna Przykład</p><div><a href='/kraj/inny-tekst-o-czyms-innym,77.html'>Inny tekst o czymś zupełnie innym niż ten</a> 28.01.2026 09:00</div>",
         None),
        ("https://www.example.com/2026/01/29/council-meets-again/", "en",
         "<p class='byline'>By Anna Example</p><div><a href='/2026/01/28/another-story-about-else/'>Another story about something else entirely</a> Jan 28, 2026, 9:00 AM</div>",
         "2026-01-29"),  # not the teaser's: the day the page's own address states
        # guards: a byline's author link, a section link beside the date
        ("https://www.zeitung.example.de/b", "de",
         "<p class='byline'>Von <a href='/autor/anna-beispiel'>Anna Beispiel</a>, 29.01.2026, 14:05 Uhr</p>", "2026-01-29T14:05:00+01:00"),
        ("https://www.zeitung.example.de/c", "de",
         "<p class='byline'>29.01.2026, 14:05 Uhr · <a href='/politik/'>Politik und Gesellschaft in Niedersachsen heute</a></p>",
         "2026-01-29T14:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_teaser_cards_date_after_its_link_is_not_the_articles(
    url: str, lang: str, lines: str, expected: str | None
) -> None:
    assert extract_article(_lines_page(lang, lines), url).published == expected


_FETCHED = datetime(2026, 1, 29, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("url", "lang", "lines", "expected"),
    [
        # a page dated only by its update against the fetch: that is its publication too
        ("https://www.zeitung.example.de/politik/rat-tagt-123.html", "de", "<p class='date'>Aktualisiert vor 3 Stunden</p>", "2026-01-29T13:00:00+01:00"),
        ("https://www.example.com/news/council-meets-again", "en", "<p class='date'>Updated 3 hours ago</p>", "2026-01-29T12:00:00+00:00"),
        ("https://www.gazeta.example.pl/kraj/rada-obraduje,77.html", "pl", "<p class='date'>Zaktualizowano 3 godziny temu</p>", "2026-01-29T13:00:00+01:00"),
        ("https://www.noviny.example.cz/domov/rada-jedna-77", "cs", "<p class='date'>Aktualizováno před 3 hodinami</p>", "2026-01-29T13:00:00+01:00"),
        ("https://www.diario.example.pt/pais/conselho-77", "pt", "<p class='date'>Atualizado há 3 horas</p>", "2026-01-29T12:00:00+00:00"),
        # guards: a publication against the fetch beside it, a date the page states, another piece's
        ("https://www.zeitung.example.de/politik/rat-tagt-124.html", "de",
         "<p class='date'>vor 5 Stunden</p><p>Aktualisiert vor 3 Stunden</p>", "2026-01-29T11:00:00+01:00"),
        ("https://www.zeitung.example.de/politik/rat-tagt-125.html", "de",
         "<p class='date'>29.01.2026, 09:00 Uhr</p><p>Aktualisiert vor 3 Stunden</p>", "2026-01-29T09:00:00+01:00"),
        ("https://www.example.com/news/council-meets-again", "en",
         "<p class='byline'>By Anna Example</p><ul class='more'><li><a href='/news/2026/01/29/bill-passed-after-long-debate-123'>Bill passed after a long debate in the chamber</a></li>"
         "<li><span class='date'>Updated 2 hours ago</span></li></ul>", None),
    ],
)  # fmt: skip
def test_an_update_stated_against_the_fetch_dates_a_page_stating_nothing_else(
    url: str, lang: str, lines: str, expected: str | None
) -> None:
    assert extract_article(_lines_page(lang, lines), url, fetched=_FETCHED).published == expected


_OWN = {
    "@type": "NewsArticle",
    "headline": "Rat beschließt Haushalt für 2026 nach langer Debatte",
    "datePublished": "2026-01-29T18:40:00+01:00",
}
_OTHER = {
    "@type": "NewsArticle",
    "headline": "Stadtwerke erhöhen die Preise",
    "datePublished": "2026-01-22T09:00:00+01:00",
}


@pytest.mark.parametrize(
    ("lang", "head", "expected"),
    [
        # two article objects naming no page, neither headline shown: the one a meta dates
        ("de", _ld(_OTHER, _OWN) + "<meta property='article:published_time' content='2026-01-29T18:40:00+01:00'>", "2026-01-29T18:40:00+01:00"),
        ("pl", _ld(_OTHER, _OWN) + "<meta name='pubdate' content='2026-01-29T17:40:00Z'>", "2026-01-29T18:40:00+01:00"),
        ("cs", _ld(_OTHER, _OWN) + "<meta name='date' content='2026-01-29 18:40'>", "2026-01-29T18:40:00+01:00"),
        # guards: no meta, or the first agrees: the first; a meta agreeing with neither: the first
        ("de", _ld(_OTHER, _OWN), "2026-01-22T09:00:00+01:00"),
        ("de", _ld(_OWN, _OTHER) + "<meta property='article:published_time' content='2026-01-29T18:40:00+01:00'>", "2026-01-29T18:40:00+01:00"),
        ("de", _ld(_OTHER, _OWN) + "<meta property='article:published_time' content='2026-01-30T07:00:00+01:00'>", "2026-01-22T09:00:00+01:00"),
    ],
)  # fmt: skip
def test_of_two_article_objects_naming_no_page_the_one_a_meta_dates_is_the_pages(
    lang: str, head: str, expected: str
) -> None:
    url = "https://www.zeitung.example.de/politik/haushalt-beschlossen-123.html"
    assert (
        extract_article(_page(url, lang, head, "Haushalt beschlossen"), url).published == expected
    )


@pytest.mark.parametrize(
    ("url", "lang", "label", "expected"),
    [
        # a date attribute on an element labelled as the update states the update
        ("https://www.diario.example.es/a/consejo-1", "es", "<abbr title='actualizado'>Actualizado:</abbr> ", "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.de/a/rat-2", "de", "Aktualisiert: ", "2026-01-29T18:40:00+01:00"),
        ("https://www.example.com/a/council-3", "en", "<b>Updated</b> ", "2026-01-29T18:40:00+01:00"),
        ("https://www.gazeta.example.pl/a/rada-4", "pl", "Aktualizacja: ", "2026-01-29T18:40:00+01:00"),
        ("https://www.journal.example.fr/a/conseil-5", "fr", "Mis à jour ", "2026-01-29T18:40:00+01:00"),
        # guards: no label, or a published one: the first attribute stands
        ("https://www.zeitung.example.de/a/rat-6", "de", "", "2026-01-30T09:05:00+01:00"),
        ("https://www.zeitung.example.de/a/rat-7", "de", "Veröffentlicht: ", "2026-01-30T09:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_date_attribute_labelled_as_the_update_is_not_the_publication(
    url: str, lang: str, label: str, expected: str
) -> None:
    lines = (
        f"<p class='meta'><span data-date='2026-01-30T09:05:00+01:00'>{label}gestern</span></p>"
        "<p>Ein erster Absatz des Artikels mit etwas Text.</p>"
        "<div data-publish-date='2026-01-29T18:40:00+01:00'><p>Noch ein Absatz mit Text.</p></div>"
    )
    assert extract_article(_lines_page(lang, lines), url).published == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # ISO spellings a CMS writes: a comma for the "T", a comma before the fraction, the
        # basic format, a space before the offset after a fraction
        ("2026-01-29, 18:40:27.336+01:00", "2026-01-29T18:40:27.336000+01:00"),
        ("2026-01-29,18:40:27Z", "2026-01-29T19:40:27+01:00"),
        ("2026-01-29T18:40:27,5+01:00", "2026-01-29T18:40:27.500000+01:00"),
        ("20260129T184027+0100", "2026-01-29T18:40:27+01:00"),
        ("20260129T174027Z", "2026-01-29T18:40:27+01:00"),
        ("2026-01-29 18:40:27.5 +01:00", "2026-01-29T18:40:27.500000+01:00"),
        # guards: the spellings read before
        ("2026-01-29 18:40:27 +0100", "2026-01-29T18:40:27+01:00"),
        ("2026-01-29T18:40:27.336+01:00", "2026-01-29T18:40:27.336000+01:00"),
        ("Thu, 29 Jan 2026 18:40:27 +0100", "2026-01-29T18:40:27+01:00"),
        ("202601291840", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_iso_spellings_in_a_published_meta(meta: str, expected: str) -> None:
    url = "https://www.zeitung.example.de/politik/haushalt-beschlossen-123.html"
    head = f"<meta property='article:published_time' content='{meta}'>"
    assert (
        extract_article(_page(url, "de", head, "Haushalt beschlossen"), url).published == expected
    )


_A = {"headline": "Haushalt beschlossen", "datePublished": "2026-01-29T18:40:27+01:00"}


@pytest.mark.parametrize(
    "ld",
    [
        # JSON-LD article objects spelt as hand-written blocks and other vocabularies do
        {"@context": "https://schema.org", "@type": "schema:NewsArticle", **_A},
        {"@type": "SatiricalArticle", **_A},
        {"@type": "AdvertiserContentArticle", **_A},
        {"@type": "NewsArticle", "headline": "Haushalt beschlossen", "datepublished": "2026-01-29T18:40:27+01:00"},
        {"@type": "NewsArticle", "headline": "Haushalt beschlossen", "DatePublished": "2026-01-29T18:40:27+01:00"},
        # guards: the spellings read before
        {"@type": "http://schema.org/NewsArticle", **_A},
        {"@type": ["NewsArticle", "Article"], **_A},
        {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", **_A}},
    ],
)  # fmt: skip
def test_article_objects_in_other_spellings_date_the_page(ld: dict) -> None:
    url = "https://www.zeitung.example.de/politik/haushalt-beschlossen-123.html"
    body = "<p class='meta'><time datetime='2026-01-29T18:45:00+01:00'>18:45 Uhr</time></p>"
    html = _page(url, "de", _ld(ld), "Haushalt beschlossen", body)
    assert extract_article(html, url).published == "2026-01-29T18:40:27+01:00"


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # a meta named for the publication in a spelling no list names
        ("<meta property='vr:published_time' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        ("<meta name='publication-time' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        ("<meta name='article.published_time' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        ("<meta property='og:article:published' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        ("<meta name='date.available' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        ("<meta name='cms:first_published_at' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:40:27+01:00"),
        # guards: a publisher's name, a generic "date" in a namespace, a creation time
        ("<meta name='article:publisher' content='2026 Zeitung'>", "2026-01-29T18:45:00+01:00"),
        ("<meta name='nv:date' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:45:00+01:00"),
        ("<meta name='created' content='2026-01-29T18:40:27+01:00'>", "2026-01-29T18:45:00+01:00"),
    ],
)  # fmt: skip
def test_a_meta_named_for_the_publication_in_any_spelling(meta: str, expected: str) -> None:
    url = "https://www.zeitung.example.de/politik/haushalt-beschlossen-123.html"
    body = "<p class='meta'><time datetime='2026-01-29T18:45:00+01:00'>18:45 Uhr</time></p>"
    assert (
        extract_article(_page(url, "de", meta, "Haushalt beschlossen", body), url).published
        == expected
    )


@pytest.mark.parametrize(
    ("url", "lang", "lines", "expected"),
    [
        # RDFa's date properties, as microdata's itemprop
        ("https://www.zeitung.example.de/politik/rat-1.html", "de",
         "<p class='meta'><span property='schema:datePublished' content='2026-01-29T18:40:27+01:00'>29.01.2026</span></p>",
         "2026-01-29T18:40:27+01:00"),
        ("https://www.gazeta.example.pl/kraj/rada-2.html", "pl",
         "<p class='meta'><span property='datePublished' content='2026-01-29T18:40:27+01:00'>29 stycznia 2026</span></p>",
         "2026-01-29T18:40:27+01:00"),
        ("https://www.diario.example.pt/pais/conselho-3", "pt",
         "<p class='meta'>Publicado <span property='schema:datePublished' content='2026-01-29T18:40:27Z'>29/01/2026</span></p>",
         "2026-01-29T18:40:27+00:00"),
        # guard: another piece's card below, its RDFa date in its own <article>
        ("https://www.zeitung.example.de/politik/rat-4.html", "de",
         "<p class='meta'>29.01.2026, 18:40 Uhr</p></article><article><h3><a href='/politik/anderes-thema-ganz-anders-5.html'>Ein anderes Thema, ganz anders als dieses</a></h3>"
         "<span property='schema:datePublished' content='2026-01-22T09:00:00+01:00'>22.01.2026</span>",
         "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_rdfa_date_properties_date_the_page(url: str, lang: str, lines: str, expected: str) -> None:
    assert extract_article(_lines_page(lang, lines), url).published == expected
