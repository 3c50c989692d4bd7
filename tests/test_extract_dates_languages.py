"""Dates as pages print them in many languages, and where pages hide them.

Every string here is made up for the test: the formats are the ones news pages use.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso

URL = "https://news.example/a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German
        ("Veröffentlicht am 7. März 2025 um 09:12", "2025-03-07T09:12:00"),
        ("Stand: 07.03.2025, 9.12 Uhr", "2025-03-07T09:12:00"),
        ("Fr 07.03.25 | 18:05 Uhr", "2025-03-07T18:05:00"),
        ("Aktualisiert: 7. Jänner 2025, 18:05", "2025-01-07T18:05:00"),
        # French
        ("Publié le 2 février 2025 à 18h40", "2025-02-02T18:40:00"),
        ("le 1er décembre 2024 à 07h05", "2024-12-01T07:05:00"),
        # Spanish, Italian, Portuguese
        ("Madrid, 19 de septiembre de 2024 - 22:15 CEST", "2024-09-19T22:15:00+02:00"),
        ("19 settembre 2024, ore 22:15", "2024-09-19T22:15:00"),
        ("19 de setembro de 2024 às 22h15", "2024-09-19T22:15:00"),
        # Scandinavian, Dutch, Turkish, Russian, Polish
        ("Publisert 4. august 2024 kl. 15.30", "2024-08-04T15:30:00"),
        ("Publicerad 4 augusti 2024 kl. 15.30", "2024-08-04T15:30:00"),
        ("4 augustus 2024, 15:30", "2024-08-04T15:30:00"),
        ("04 Ağustos 2024 15:30 GMT+3", "2024-08-04T15:30:00+03:00"),
        ("4 августа 2024, 15:30", "2024-08-04T15:30:00"),
        ("4 sierpnia 2024 15:30", "2024-08-04T15:30:00"),
        # Japanese, Korean, Chinese-style numerals and full-width digits
        ("2024年8月4日 15時30分", "2024-08-04T15:30:00"),
        ("２０２４年８月４日　１５：３０", "2024-08-04T15:30:00"),
        ("입력 2024.08.04 오후 3:30", "2024-08-04T15:30:00"),
        ("2024년 8월 4일 오전 9:05", "2024-08-04T09:05:00"),
        # English spellings the dateutil path used to take
        ("Sept. 4th, 2024 at 3:30 p.m. ET", "2024-09-04T15:30:00-04:00"),
        ("4 Sep 2024 15:30 +0530", "2024-09-04T15:30:00+05:30"),
        # A bare day
        ("4 août 2024", "2024-08-04T00:00:00"),
    ],
)
def test_dates_in_many_languages(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("05/06/2024 10:00", False, "2024-06-05T10:00:00"),
        ("05/06/2024 10:00", True, "2024-05-06T10:00:00"),
        ("25/06/2024", True, "2024-06-25T00:00:00"),  # the day shows the order
        ("06/25/2024", False, "2024-06-25T00:00:00"),
    ],
)
def test_slashed_day_and_month_order(text: str, month_first: bool, expected: str) -> None:
    d = parse_date(text, month_first=month_first)
    assert d is not None
    assert to_iso(d) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bis 25. April, ab 22 Uhr",  # no year
        "Seit 2019 im Amt",
        "Version 1.2.3",
        "12/06/24",  # a two-digit year with slashes: could be anything
        "vor 3 Stunden",
        "32. März 2025",
    ],
)
def test_not_a_date_in_other_languages(text: str) -> None:
    assert parse_date(text) is None


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


RELATED = (
    '<aside><div class="teaser"><div class="date">Veröffentlicht am 20.03.2025</div></div></aside>'
)


@pytest.mark.parametrize(
    ("url", "html", "expected"),
    [
        pytest.param(URL, _page(body="<h1>Titel</h1><ul><li class='info'>Veröffentlicht am 7. März 2025 um 09:12</li></ul>" + RELATED),
                     "2025-03-07T09:12:00", id="own-line-under-headline-before-related-items"),
        pytest.param("https://news.example.de/a", _page(body="<h1>Titel</h1><p class='meta'>Sa 08.03.25 | 14:07 Uhr | Von A. Autorin</p>"),
                     "2025-03-08T14:07:00+01:00", id="dateline-without-date-class-in-the-country-zone"),
        pytest.param(URL, _page('<meta property="og:title" content="Ein langer Titel des Artikels">',
                                "<nav><h3>Anderes Thema von gestern</h3><p>1. März 2025</p></nav>"
                                "<h3>Ein langer Titel des Artikels</h3><div>2. März 2025, 10:00</div>"),
                     "2025-03-02T10:00:00", id="no-h1-the-heading-stating-the-title"),
        pytest.param(URL, _page('<script type="application/ld+json">' + json.dumps(
                                {"@type": "ClaimReview", "url": URL, "datePublished": "2025-03-07 09:12"}) + "</script>"),
                     "2025-03-07T09:12:00", id="json-ld-object-about-this-page"),
        pytest.param(URL, _page(body='<h1>T</h1><time datetime="2025-03-07">7.3.</time>'
                                     '<script type="application/ld+json">{"@type": "WebPage", "url": "' + URL
                                     + '", "datePublished": "2025-03-07T09:12:00+01:00"}</script>'),
                     "2025-03-07T09:12:00+01:00", id="timestamp-beats-day-only-time-of-same-day"),
        pytest.param(URL, _page('<meta name="date" content="2025-03-07">',
                                '<h1>T</h1><div class="date">Updated</div><div class="teaser-date">20 March 2025 10:00</div>'),
                     "2025-03-07", id="day-only-not-replaced-by-another-days-time"),
        pytest.param(URL, _page(body='<h1>T</h1><div class="byline" data-published="2026.01.29 18:40">Redaktion</div>'),
                     "2026-01-29T18:40:00", id="data-attribute"),
        pytest.param(URL, _page(body='<h1>T</h1><span data-publish-time="1738000000">vor 2 Tagen</span>'),
                     "2025-01-27T17:46:40+00:00", id="data-attribute-unix-time"),
        pytest.param(URL, _page(body='<h1>T</h1><script>window.__STATE__ = "{\\"article\\":{\\"publishedAt\\":\\"2025-03-07T09:12:00+01:00\\"}}"</script>'),
                     "2025-03-07T09:12:00+01:00", id="escaped-script-state"),
        pytest.param(URL, _page(body="<h1>T</h1><script>dataLayer.push({'pubDate': '2025-03-07 09:12'})</script>"),
                     "2025-03-07T09:12:00", id="data-layer"),
        pytest.param("https://www.shimbun.example.jp/a", _page(body="<h1>T</h1><p class='date'>令和7年3月7日 9時12分</p>"),
                     "2025-03-07T09:12:00+09:00", id="ja-era-year-line"),
        pytest.param("https://www.shimbun.example.jp/a", _page(body="<h1>T</h1><div>更新 令和7年3月8日 10時00分</div><div>公開 令和7年3月7日 9時12分</div>"),
                     "2025-03-07T09:12:00+09:00", id="ja-era-year-published-after-updated"),
        pytest.param("https://www.shimbun.example.jp/a", _page(body="<h1>T</h1><p>平成31年4月30日 18:00</p>"),
                     "2019-04-30T18:00:00+09:00", id="ja-heisei-year-line"),
        pytest.param("https://www.shimbun.example.jp/a", _page(body="<h1>T</h1><p class='date'>２０２５年３月７日　９時１２分</p>"),
                     "2025-03-07T09:12:00+09:00", id="ja-full-width-digits"),
        pytest.param("https://www.xinwen.example.cn/a", _page(body="<h1>T</h1><p class='date'>2025年03月07日 09时12分 来源：本报</p>"),
                     "2025-03-07T09:12:00+08:00", id="zh-simplified-hour-sign"),
        pytest.param("https://www.xinwen.example.cn/a", _page(body="<h1>T</h1><p class='date'>2025年03月07日 09点12分</p>"),
                     "2025-03-07T09:12:00+08:00", id="zh-colloquial-hour-sign"),
    ],
)  # fmt: skip
def test_where_pages_state_their_date(url: str, html: str, expected: str) -> None:
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("updated", "posted"),
    [
        ("Aktualisiert am 08.03.2025, 10:00 Uhr", "Veröffentlicht am 07.03.2025, 09:00 Uhr"),
        ("Mis à jour le 8 mars 2025 à 10h00", "Publié le 7 mars 2025 à 09h00"),
        ("수정 2025.03.08 10:00", "입력 2025.03.07 09:00"),
        ("Akt.: 08.03.2025 - 10.00 Uhr", "07.03.2025 - 09.00 Uhr"),
        ("Atualizado em 08/03/2025 10:00", "Publicado em 07/03/2025 09:00"),
        ("Päivitetty 8.3.2025 klo 10:00", "Julkaistu 7.3.2025 klo 9:00"),
        ("Zaktualizowano 08.03.2025, 10:00", "Opublikowano 07.03.2025, 09:00"),
    ],
)
def test_an_updated_line_is_the_modified_time_in_other_languages(updated: str, posted: str) -> None:
    html = _page(
        body=f"<h1>T</h1><div class='meta'><span>{updated}</span> <span>{posted}</span></div>"
    )
    art = extract_article(html, URL)
    assert (art.published, art.modified) == ("2025-03-07T09:00:00", "2025-03-08T10:00:00")


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        ("https://www.zeitung.lu/a", "", "2025-01-15T10:00:00+01:00"),  # one-zone country domain
        ("https://news.example.com/a", "de-CH", "2025-01-15T10:00:00+01:00"),  # region of the tag
        ("https://news.example.com/a", "ja", "2025-01-15T10:00:00+09:00"),  # one-zone language
        ("https://news.example.com/a", "en-ZA", "2025-01-15T10:00:00+02:00"),
        ("https://news.example.com/a", "en", "2025-01-15T10:00:00"),  # no zone known: none invented
        ("https://news.example.com/a", "es", "2025-01-15T10:00:00"),  # Spain and the Americas
        ("https://news.example.com.au/a", "en-AU", "2025-01-15T10:00:00+11:00"),  # Sydney's
        # Swahili: Kenya, Tanzania and Uganda all keep East Africa Time, no summer time
        ("https://habari.example.com/a", "sw", "2025-01-15T10:00:00+03:00"),
    ],
)
def test_the_zone_of_the_sites_country(url: str, lang: str, expected: str) -> None:
    html = (
        f'<html lang="{lang}"><head><meta property="article:published_time" '
        'content="2025-01-15T10:00:00"></head><body></body></html>'
    )
    assert extract_article(html, url).published == expected


def _meta_published(value: str) -> str:
    return f'<meta property="article:published_time" content="{value}">'


@pytest.mark.parametrize(
    ("url", "html", "expected"),
    [
        # A local wall clock spelled as UTC: the visible line shows the same wall clock.
        pytest.param("https://www.zeitung.de/a", _page(_meta_published("2025-06-30T15:59:00+00:00"),
                     "<h1>Titel</h1><p>30. Juni 2025, 15:59 Uhr</p>"),
                     "2025-06-30T15:59:00+02:00", id="de-false-utc"),
        pytest.param("https://www.diario.es/a", _page(_meta_published("2025-05-29T20:00:27Z"),
                     "<h1>Titular</h1><span class='fecha'>29/05/2025 20:00</span>"),
                     "2025-05-29T20:00:27+02:00", id="es-false-utc"),
        pytest.param("https://www.paper.co.uk/a", _page(_meta_published("2024-07-17T11:21:03+0000"),
                     "<h1>Headline</h1><p>Published Jul 17, 2024, 11:21am</p>"),
                     "2024-07-17T11:21:03+01:00", id="uk-false-utc"),
        pytest.param("https://www.shimbun.jp/a", _page(_meta_published("2025-01-13T20:01:00Z"),
                     "<h1>見出し</h1><p>2025年1月13日 20時01分</p>"),
                     "2025-01-13T20:01:00+09:00", id="ja-false-utc"),
        # A true UTC time: the visible line shows it in local time, so the Z stands.
        pytest.param("https://www.zeitung.de/a", _page(_meta_published("2025-06-30T15:59:00+00:00"),
                     "<h1>Titel</h1><p>30. Juni 2025, 17:59 Uhr</p>"),
                     "2025-06-30T17:59:00+02:00", id="de-true-utc"),
        pytest.param("https://www.paper.co.uk/a", _page(_meta_published("2024-01-17T11:21:03Z"),
                     "<h1>Headline</h1><p>Jan 17, 2024, 11:21am</p>"),
                     "2024-01-17T11:21:03+00:00", id="uk-winter-utc-is-local"),
        # Two sources with one wall clock, one says Z and one the local offset.
        pytest.param(URL, _page(_meta_published("2025-05-29T20:00:27Z"),
                     '<h1>Titre</h1><time datetime="2025-05-29T20:00:27+02:00">29 mai</time>'),
                     "2025-05-29T20:00:27+02:00", id="fr-same-wall-clock-local-offset-wins"),
    ],
)  # fmt: skip
def test_a_local_time_spelled_as_utc(url: str, html: str, expected: str) -> None:
    assert extract_article(html, url).published == expected


def _ld(**fields: str) -> str:
    return (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", **fields})
        + "</script>"
    )


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        pytest.param("https://news.example.com/a",
                     _ld(datePublished="2025-01-15T10:00:00", dateModified="2025-01-15T12:30:00-05:00"),
                     "2025-01-15T10:00:00-05:00", id="en-com-offset-from-modified"),
        pytest.param("https://www.zeitung.de/a",
                     _ld(datePublished="2025-03-28T10:00:00", dateModified="2025-04-02T12:30:00+02:00"),
                     "2025-03-28T10:00:00+01:00", id="de-country-zone-agrees-and-knows-winter-time"),
        pytest.param("https://www.haber.de/a",
                     _ld(datePublished="2025-03-28T10:00:00", dateModified="2025-03-28T12:30:00+03:00"),
                     "2025-03-28T10:00:00+03:00", id="tr-on-de-domain-the-page-offset-wins"),
        pytest.param("https://news.example.com/a",
                     _ld(datePublished="2025-01-15T10:00:00"), "2025-01-15T10:00:00",
                     id="no-offset-anywhere-none-invented"),
    ],
)  # fmt: skip
def test_a_naive_time_takes_the_offset_the_page_states(url: str, head: str, expected: str) -> None:
    assert extract_article(_page(head, "<h1>T</h1>"), url).published == expected


def test_a_day_only_time_yields_to_a_broken_json_ld_timestamp_of_that_day() -> None:
    """An unescaped quote breaks the JSON-LD block; its timestamp is still read from the source."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Er sagte "Nein"",'
        ' "datePublished": "2026-01-29T18:40:00+01:00"}</script>'
    )
    html = _page(head, '<h1>T</h1><time datetime="2026-01-29">29.01.2026</time>')
    assert extract_article(html, URL).published == "2026-01-29T18:40:00+01:00"


TEASER = (
    '<aside><a href="/other-story"><h3>A different story from earlier in the week</h3>'
    '<time datetime="2025-03-01T08:00:00+01:00">1.3.</time></a></aside>'
)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        pytest.param(_page(body=TEASER + '<h1>T</h1><p>Publié le <time datetime="2025-03-07T09:12:00+01:00">7 mars</time></p>'),
                     "2025-03-07T09:12:00+01:00", id="fr-teaser-time-in-link-skipped"),
        pytest.param(_page(body=TEASER + '<h1>T</h1><a href="/archiv/2025-03-07"><time datetime="2025-03-07T09:12:00+01:00">07.03.2025</time></a>'),
                     "2025-03-07T09:12:00+01:00", id="de-date-linking-to-its-archive-kept"),
        pytest.param(_page(body="<h1>T</h1><p class='date'>7 marzo 2025</p>"
                                '<script>var s = "{\\"publishedAt\\":\\"2025-03-07T09:12:00+01:00\\"}";</script>'),
                     "2025-03-07T09:12:00+01:00", id="it-day-line-refined-by-script-state"),
        pytest.param(_page(body="<h1>T</h1><p class='date'>7 marzo 2025</p>"
                                '<script>var s = {"publishedAt": "2025-02-11T09:12:00+01:00"};</script>'),
                     "2025-03-07", id="it-script-state-of-another-day-ignored"),
    ],
)  # fmt: skip
def test_another_items_date_is_not_the_articles(html: str, expected: str) -> None:
    assert extract_article(html, URL).published == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('<h1>Otsikko</h1><script>var s = JSON.parse("{\\u0022datePublished\\u0022:\\u00222026-01-29T18:40:00+02:00\\u0022}");</script>',
                     "2026-01-29T18:40:00+02:00", id="fi-unicode-escaped-state"),
        pytest.param('<h1>Rubrik</h1><div data-props="{&quot;publishTime&quot;:&quot;2026.01.29 18:40&quot;}"></div>',
                     "2026-01-29T18:40:00", id="sv-json-props-in-an-attribute"),
        pytest.param('<h1>Titel</h1><p>Mehr zu <a href="/geld/" data-article-publish-date="1698417600">Geld</a>.</p>'
                     '<script>window.s = {"published_at": "2026-01-29T17:40:00Z"};</script>',
                     "2026-01-29T17:40:00+00:00", id="de-link-date-attribute-is-the-linked-pages"),
        pytest.param('<h1>기사 제목</h1><div class="info" data-publish-time="2026.01.29 18:40">입력</div>',
                     "2026-01-29T18:40:00+09:00", id="ko-dotted-data-attribute"),  # Hangul: Korea's zone
        pytest.param('<h1>Başlık</h1><script>var s = {"pubDate": "2026-01-29 15:40", "datePublished": "2026-01-29T15:40:12.500Z"};</script>',
                     "2026-01-29T15:40:12.500000+00:00", id="tr-minute-wall-clock-is-the-precise-instant"),
        pytest.param('<h1>Título</h1><script>var wp = {"posts":[{"id":7,"date":"2026-01-29T10:40:00","date_gmt":"2026-01-29T16:40:00"}]};</script>',
                     "2026-01-29T16:40:00+00:00", id="es-wordpress-date-gmt-is-utc"),
    ],
)  # fmt: skip
def test_dates_only_machines_read(body: str, expected: str) -> None:
    assert extract_article(_page(body=body), URL).published == expected


@pytest.mark.parametrize(
    ("url", "body", "expected"),
    [
        pytest.param("https://news.example/2025/03/07/ein-artikel", '<h1>Titel</h1><div class="teaser-date">1. März 2025, 10:00</div><p class="date">7. März 2025, 09:12</p>',
                     "2025-03-07T09:12:00", id="de-url-day-sets-another-days-line-aside"),
        pytest.param("https://news.example/politica/20250307-12345/", '<h1>Titolo</h1><div class="date">28 febbraio 2025, 18:00</div><script>var s = {"publishedAt": "2025-03-07T09:12:00+01:00"};</script>',
                     "2025-03-07T09:12:00+01:00", id="it-compact-url-day"),
        pytest.param("https://news.example/2025/03/07/a-story", '<h1>Headline</h1><div class="date">March 1, 2025 10:00</div>',
                     "2025-03-01T10:00:00", id="en-only-date-kept-though-off-the-url-day"),
    ],
)  # fmt: skip
def test_the_day_the_url_states(url: str, body: str, expected: str) -> None:
    assert extract_article(_page(body=body), url).published == expected
