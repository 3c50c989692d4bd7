"""Dates of pages from sites never seen: metadata stating a time after the fetch (a
placeholder, a scheduled time, a mistyped year), the day a page's address states where the
page dates itself nowhere else, and bylines stating the publication and the update on one
line, in many languages and clocks.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)
_HEADLINE = "Der Gemeinderat beschließt den Haushalt für die Schulen"


def _page(lang: str, meta: str = "", head: str = "", after: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Titel</title>{head}</head>"
        f"<body><header><nav><a href='/'>Start</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1>{meta}"
        "<p>Der Rat tagte am Abend lange und stimmte über die Vorlage zur Sanierung der "
        "Schulhäuser ab. Die Debatte dauerte mehrere Stunden, bevor die Mehrheit zustimmte.</p>"
        "<p>Die Kosten verteilen sich auf die nächsten fünf Jahre, wie die Verwaltung sagte.</p>"
        f"{after}</article></main><footer>Impressum</footer></body></html>"
    )


def _ld(**fields: str) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE}
    return f"<script type='application/ld+json'>{json.dumps({**obj, **fields})}</script>"


def _meta(stamp: str) -> str:
    return f"<meta property='article:published_time' content='{stamp}'>"


@pytest.mark.parametrize(
    ("url", "lang", "head", "line", "expected"),
    [
        # a CMS's placeholder far ahead: the byline's time
        ("https://www.zeitung.example.de/a", "de", _meta("2099-12-31T23:59:59Z"), "29.01.2026, 18:40 Uhr", "2026-01-29T18:40:00+01:00"),
        ("https://www.journal.example.fr/a", "fr", _ld(datePublished="2099-12-31T00:00:00Z"), "Publié le 29 janvier 2026 à 18h40", "2026-01-29T18:40:00+01:00"),
        # a year mistyped (2027 for 2026) in the metadata
        ("https://www.diario.example.es/a", "es", _meta("2027-01-29T18:40:00+01:00"), "Publicado: 29/01/2026 18:40", "2026-01-29T18:40:00+01:00"),
        ("https://news.example.co.kr/a", "ko", _ld(datePublished="2027-01-29T18:40:00+09:00"), "입력 2026.01.29 18:40", "2026-01-29T18:40:00+09:00"),
        # an embargoed piece's scheduled time, days ahead
        ("https://www.example.co.uk/a", "en", _meta("2026-02-05T10:00:00+00:00"), "29 January 2026, 18:40", "2026-01-29T18:40:00+00:00"),
        ("https://www.shimbun.example.jp/a", "ja", _ld(datePublished="2026-02-06"), "2026年1月29日 18時40分", "2026-01-29T18:40:00+09:00"),
        # nothing else dates the page: nothing rather than a wrong date
        ("https://www.zeitung.example.de/a", "de", _meta("2099-12-31T23:59:59Z"), "", None),
        # guard: within a day of the fetch, a CMS's clock ahead (or a naive crawl time's zone)
        ("https://www.zeitung.example.de/a", "de", _meta("2026-02-04T09:00:00+01:00"), "", "2026-02-04T09:00:00+01:00"),
        ("https://www.zeitung.example.de/a", "de", _ld(datePublished="2026-02-04"), "", "2026-02-04"),
    ],
)  # fmt: skip
def test_a_published_date_after_the_fetch_is_no_publication(
    url: str, lang: str, head: str, line: str, expected: str | None
) -> None:
    meta = f"<p class='date'>{line}</p>" if line else ""
    if head.startswith("<script"):
        page = _page(lang, meta=meta + head)
    else:
        page = _page(lang, meta=meta, head=head)
    assert extract_article(page, url, fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("modified", "expected"),
    [
        ("2099-12-31T23:59:59Z", None),
        ("2026-03-01T09:05:00+01:00", None),
        ("2026-01-30T09:05:00+01:00", "2026-01-30T09:05:00+01:00"),
    ],
)  # fmt: skip
def test_a_modified_date_after_the_fetch_is_no_update(modified: str, expected: str | None) -> None:
    head = f"<meta property='article:modified_time' content='{modified}'>"
    page = _page("de", meta="<p class='date'>29.01.2026, 18:40 Uhr</p>", head=head)
    article = extract_article(page, "https://www.zeitung.example.de/a", fetched=_FETCHED)
    assert (article.published, article.modified) == ("2026-01-29T18:40:00+01:00", expected)


@pytest.mark.parametrize(
    ("url", "lang", "meta", "expected"),
    [
        # the address's day where the page states none
        ("https://www.zeitung.example.de/2026/01/29/gemeinderat-haushalt/", "de", "", "2026-01-29"),
        ("https://www.example.com.au/news/2026-01-29-council-budget", "en", "", "2026-01-29"),
        ("https://www.diario.example.es/politica/20260129-presupuesto.html", "es", "", "2026-01-29"),
        # ... and where its only line names the update on a later day
        ("https://www.zeitung.example.de/2026/01/29/gemeinderat-haushalt/", "de", "<p class='date'>Aktualisiert am 02.02.2026, 09:05 Uhr</p>", "2026-01-29"),
        ("https://www.journal.example.fr/2026/01/29/budget/", "fr", "<p class='date'>Mis à jour le 2 février 2026 à 9h05</p>", "2026-01-29"),
        # an update on the address's day states the time too
        ("https://www.zeitung.example.de/2026/01/29/gemeinderat-haushalt/", "de", "<p class='date'>Aktualisiert am 29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        # not an event's day in the text: the address's
        ("https://www.zeitung.example.de/2026/01/29/gemeinderat-haushalt/", "de", "<p class='date'>Die Abstimmung ist am 20.02.2026</p>", "2026-01-29"),
        # an update line dated after the fetch, no day in the address: nothing
        ("https://www.zeitung.example.de/politik/gemeinderat-haushalt-123.html", "de", "<p class='date'>Aktualisiert am 02.03.2026, 09:05 Uhr</p>", None),
        # no day in the address, none on the page
        ("https://www.zeitung.example.de/politik/gemeinderat-haushalt-123.html", "de", "", None),
        ("https://www.zeitung.example.de/2026/01/gemeinderat-haushalt/", "de", "", None),
        # an address's day after the fetch is no publication
        ("https://www.zeitung.example.de/2026/03/29/gemeinderat-haushalt/", "de", "", None),
    ],
)  # fmt: skip
def test_the_addresss_day_where_the_page_dates_itself_nowhere_else(
    url: str, lang: str, meta: str, expected: str | None
) -> None:
    assert extract_article(_page(lang, meta=meta), url, fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "published", "modified"),
    [
        ("https://www.example.se/a", "sv", "Publicerad 29 januari 2026 kl. 18.40 Uppdaterad 30 januari 2026 kl. 09.05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.no/a", "no", "Publisert: 29.01.2026 18:40 Oppdatert: 30.01.2026 09:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.dk/a", "da", "Offentliggjort 29. jan. 2026 kl. 18.40 Opdateret 30. jan. 2026 kl. 09.05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.fi/a", "fi", "Julkaistu 29.1.2026 18:40 Päivitetty 30.1.2026 9:05", "2026-01-29T18:40:00+02:00", "2026-01-30T09:05:00+02:00"),
        ("https://www.example.com.tr/a", "tr", "Yayınlanma: 29.01.2026 18:40 Güncelleme: 30.01.2026 09:05", "2026-01-29T18:40:00+03:00", "2026-01-30T09:05:00+03:00"),
        ("https://www.example.it/a", "it", "Pubblicato il 29/01/2026 alle 18:40 - Aggiornato il 30/01/2026 alle 09:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.ru/a", "ru", "Опубликовано: 29 января 2026, 18:40 Обновлено: 30 января 2026, 09:05", "2026-01-29T18:40:00+03:00", "2026-01-30T09:05:00+03:00"),
        ("https://www.example.cz/a", "cs", "29. ledna 2026 18:40, aktualizováno 30. ledna 2026 9:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.pl/a", "pl", "Opublikowano: 29 stycznia 2026, 18:40 Aktualizacja: 30 stycznia 2026, 09:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.nl/a", "nl", "Gepubliceerd 29 jan 2026 om 18:40 Bijgewerkt 30 jan 2026 om 09:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.pt/a", "pt", "Publicado em 29/01/2026 às 18h40 Atualizado em 30/01/2026 às 09h05", "2026-01-29T18:40:00+00:00", "2026-01-30T09:05:00+00:00"),
        ("https://www.example.es/a", "es", "Publicado: 29 ene 2026 - 18:40 Actualizado: 30 ene 2026 - 09:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.fr/a", "fr", "Publié le 29 janvier 2026 à 18h40, modifié le 30 janvier 2026 à 09h05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.ch/a", "de", "Publiziert 29.01.2026, 18.40 Uhr · Aktualisiert 30.01.2026, 09.05 Uhr", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.in/a", "en", "Published: Jan 29, 2026, 18:40 IST | Updated: Jan 30, 2026, 09:05 IST", "2026-01-29T18:40:00+05:30", "2026-01-30T09:05:00+05:30"),
        ("https://www.example.com/a", "en", "Published 6:40 PM EST, Thu January 29, 2026 Updated 9:05 AM EST, Fri January 30, 2026", "2026-01-29T18:40:00-05:00", "2026-01-30T09:05:00-05:00"),
        ("https://www.example.co.kr/a", "ko", "입력 2026.01.29. 오후 6:40 수정 2026.01.30. 오전 9:05", "2026-01-29T18:40:00+09:00", "2026-01-30T09:05:00+09:00"),
        ("https://www.example.jp/a", "ja", "2026/01/29 18:40 (最終更新 2026/01/30 09:05)", "2026-01-29T18:40:00+09:00", "2026-01-30T09:05:00+09:00"),
        ("https://www.example.cn/a", "zh", "发布时间：2026-01-29 18:40 更新时间：2026-01-30 09:05", "2026-01-29T18:40:00+08:00", "2026-01-30T09:05:00+08:00"),
        ("https://www.example.gr/a", "el", "Δημοσίευση: 29.01.2026 18:40 Ενημέρωση: 30.01.2026 09:05", "2026-01-29T18:40:00+02:00", "2026-01-30T09:05:00+02:00"),
        ("https://www.example.hu/a", "hu", "Közzétéve: 2026. január 29. 18:40 Frissítve: 2026. január 30. 9:05", "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        ("https://www.example.ro/a", "ro", "Publicat: 29 ianuarie 2026, 18:40 Actualizat: 30 ianuarie 2026, 09:05", "2026-01-29T18:40:00+02:00", "2026-01-30T09:05:00+02:00"),
        ("https://www.example.com.ua/a", "uk", "29 січня 2026, 18:40 Оновлено 30 січня 2026, 09:05", "2026-01-29T18:40:00+02:00", "2026-01-30T09:05:00+02:00"),
        ("https://www.example.co.il/a", "he", "פורסם: 29.01.26, 18:40 עודכן: 30.01.26, 09:05", "2026-01-29T18:40:00+02:00", "2026-01-30T09:05:00+02:00"),
    ],
)  # fmt: skip
def test_a_byline_stating_publication_and_update(
    url: str, lang: str, line: str, published: str, modified: str
) -> None:
    page = _page(lang, meta=f"<div class='article-meta'><span>{line}</span></div>")
    article = extract_article(page, url, fetched=_FETCHED)
    assert (article.published, article.modified) == (published, modified)


_URL = "https://www.zeitung.example.de/politik/gemeinderat-haushalt-123.html"


@pytest.mark.parametrize(
    ("script", "published", "modified"),
    [
        # JSON inside a JavaScript string
        ('<script>window.__STATE__ = JSON.parse("{\\"article\\":{\\"datePublished\\":\\"2026-01-29T18:40:00+01:00\\",\\"dateModified\\":\\"2026-01-30T09:05:00+01:00\\"}}");</script>',
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        # Next.js's page data, UTC stamps said in the site's zone
        ('<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"x","publishedDate":"2026-01-29T17:40:00Z","updatedDate":"2026-01-30T08:05:00Z"}}}}</script>',
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        # Nuxt 2's state with unquoted keys and naive wall clocks
        ('<script>window.__NUXT__={data:[{article:{title:"x",published_at:"2026-01-29 18:40:00",updated_at:"2026-01-30 09:05:00"}}]}</script>',
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        # Next.js's streamed payload, the slashes escaped as \u002F
        ('<script>self.__next_f.push([1,"5:[\\"$\\",\\"article\\",null,{\\"publishedAt\\":\\"2026\\u002F01\\u002F29 18:40\\",\\"updatedAt\\":\\"2026\\u002F01\\u002F30 09:05\\"}]"])</script>',
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        # Astro's island props: [type, value], 3 a Date
        ('<astro-island props="{&quot;article&quot;:[0,{&quot;publishedAt&quot;:[3,&quot;2026-01-29T17:40:00.000Z&quot;],&quot;modifiedAt&quot;:[3,&quot;2026-01-30T08:05:00.000Z&quot;]}]}"></astro-island>',
         "2026-01-29T18:40:00+01:00", "2026-01-30T09:05:00+01:00"),
        # guards: an update key with no publication near it is another record's (a menu's)
        ('<script>window.__MENU__={"items":[],"updatedAt":"2026-01-31T10:00:00Z"}</script>',
         None, None),
        # ... nor one before the publication (an image's, uploaded earlier)
        ('<script>window.__DATA__={"article":{"publishedAt":"2026-01-29T17:40:00Z","image":{"updatedAt":"2026-01-20T10:00:00Z"}}}</script>',
         "2026-01-29T18:40:00+01:00", None),
        # ... nor one after the fetch
        ('<script>window.__DATA__={"article":{"publishedAt":"2026-01-29T17:40:00Z","updatedAt":"2099-01-01T00:00:00Z"}}</script>',
         "2026-01-29T18:40:00+01:00", None),
    ],
)  # fmt: skip
def test_dates_only_a_pages_script_state_states(
    script: str, published: str | None, modified: str | None
) -> None:
    article = extract_article(_page("de", meta=script), _URL, fetched=_FETCHED)
    assert (article.published, article.modified) == (published, modified)


def test_a_korean_cms_registration_time_in_its_state() -> None:
    script = '<script>var article = {"regDate":"2026-01-29 18:40:00","modDate":"2026-01-30 09:05:00"};</script>'
    url = "https://news.example.co.kr/article/123"
    article = extract_article(_page("ko", meta=script), url, fetched=_FETCHED)
    assert (article.published, article.modified) == (
        "2026-01-29T18:40:00+09:00",
        "2026-01-30T09:05:00+09:00",
    )


def test_the_markups_update_comes_before_the_states() -> None:
    script = '<script>window.__DATA__={"article":{"publishedAt":"2026-01-29T17:40:00Z","updatedAt":"2026-01-31T08:05:00Z"}}</script>'
    meta = f"{script}<p class='date'>Aktualisiert am 30.01.2026, 09:05 Uhr</p>"
    article = extract_article(_page("de", meta=meta), _URL, fetched=_FETCHED)
    assert article.modified == "2026-01-30T09:05:00+01:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Thai Buddhist-era year in a numeric date, as in one with a month's name
        ("29/01/2569 18:40 น.", "2026-01-29T18:40:00+07:00"),
        ("29.01.2569 เวลา 18:40", "2026-01-29T18:40:00+07:00"),
        ("29-01-2569", "2026-01-29"),
        ("29 ม.ค. 2569 18:40 น.", "2026-01-29T18:40:00+07:00"),
    ],
)  # fmt: skip
def test_a_thai_byline_with_a_buddhist_era_year(text: str, expected: str) -> None:
    page = _page("th", meta=f"<div class='byline'><span>{text}</span></div>")
    url = "https://www.khao.example.co.th/news/123"
    assert extract_article(page, url, fetched=_FETCHED).published == expected
