"""Date shapes and offsets of publishers never seen, one table per rule, case by language.

A wall clock printed without an offset is the publisher's local time: its country's zone
with summer time. The JSON-LD article's own day stands. A machine offset of the other
season beside a visible wall clock is a CMS that does not know summer time. Japanese era
years and two-digit years that can only be one day are read, and so are Taiwan's Minguo
years in numeric dates ("115/01/29"), stamps with a dotted clock ("T18.40.00") or an offset
to the second ("+01:00:00"), and an article a WebPage's JSON-LD nests as a part or subject.
A machine's naive stamp is UTC where the page prints its moment as the local clock. A locale
meta's region ("en_GB", "es_MX") gives a naive clock its zone where nothing else does. Another
stamp's offset is a naive stamp's only where the site's zone keeps it.

Every line and page here is invented for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.dates import parse_date, to_iso


def _dated_page(lang: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><head></head><body><article><h1>Un titre inventé pour ce test</h1>'
        f'<p class="date">{line}</p><p>Text.</p></article></body></html>'
    )


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        pytest.param("https://www.zeitung.de/a", "de", "Veröffentlicht am 29.01.2026, 18:40 Uhr", "2026-01-29T18:40:00+01:00", id="de-winter"),
        pytest.param("https://www.zeitung.de/a", "de", "Erstellt: 29.07.2026, 18:40 Uhr", "2026-07-29T18:40:00+02:00", id="de-summer"),
        pytest.param("https://www.zeitung.at/a", "de-AT", "29. Jänner 2026, 18:40", "2026-01-29T18:40:00+01:00", id="at-jaenner"),
        pytest.param("https://www.zeitung.ch/a", "de-CH", "Publiziert: 29.07.2026, 18.40 Uhr", "2026-07-29T18:40:00+02:00", id="ch-dotted-clock"),
        pytest.param("https://www.zeitung.com/a", "de", "29.03.2026, 18:40 Uhr", "2026-03-29T18:40:00+02:00", id="de-com-by-language-dst-day"),
        pytest.param("https://www.shimbun.jp/a", "ja", "2026年1月29日 18時40分", "2026-01-29T18:40:00+09:00", id="ja-nen-gatsu-nichi"),
        pytest.param("https://www.news.co.kr/a", "ko", "입력 2026.01.29. 오후 6:40 수정 2026.01.30. 오전 9:10", "2026-01-29T18:40:00+09:00", id="ko-input-modified"),
        pytest.param("https://www.haber.com.tr/a", "tr", "Yayınlanma: 29 Ocak 2026 Perşembe 18:40", "2026-01-29T18:40:00+03:00", id="tr"),
        pytest.param("https://www.diario.es/a", "es", "jueves, 29 de enero de 2026, 18:40", "2026-01-29T18:40:00+01:00", id="es"),
        pytest.param("https://www.journal.fr/a", "fr", "Publié le 29 juillet 2026 à 18h40", "2026-07-29T18:40:00+02:00", id="fr-summer"),
        pytest.param("https://www.avis.no/a", "nb", "Publisert: 29. januar 2026 kl. 18.40", "2026-01-29T18:40:00+01:00", id="no-publisert"),
        pytest.param("https://www.tidning.se/a", "sv", "Publicerad 29 juli 2026 kl. 18.40", "2026-07-29T18:40:00+02:00", id="se-publicerad"),
        pytest.param("https://www.giornale.it/a", "it", "Pubblicato il 29/01/2026 alle 18:40", "2026-01-29T18:40:00+01:00", id="it"),
        pytest.param("https://www.gazeta.ru/a", "ru", "Опубликовано: 29 января 2026 г., 18:40", "2026-01-29T18:40:00+03:00", id="ru"),
        pytest.param("https://www.jornal.pt/a", "pt-PT", "29 de julho de 2026 às 18:40", "2026-07-29T18:40:00+01:00", id="pt-summer"),
        pytest.param("https://www.krant.nl/a", "nl", "do 29 jan 2026 om 18:40", "2026-01-29T18:40:00+01:00", id="nl"),
        pytest.param("https://www.gazeta.pl/a", "pl", "Opublikowano: 29 lipca 2026, 18:40", "2026-07-29T18:40:00+02:00", id="pl-summer"),
    ],
)  # fmt: skip
def test_a_naive_wall_clock_takes_the_countrys_zone(
    url: str, lang: str, line: str, expected: str
) -> None:
    assert extract_article(_dated_page(lang, line), url).published == expected


def _ld_page(lang: str, value: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><head><script type="application/ld+json">{{"@type": "NewsArticle", '
        f'"headline": "Titel", "datePublished": "{value}"}}</script></head><body><article>'
        f'<h1>Titel</h1><p class="date">{line}</p></article></body></html>'
    )


@pytest.mark.parametrize(
    ("lang", "value", "line", "expected"),
    [
        pytest.param("de", "2026-01-29T00:00:00+01:00", "29.01.2026, 18:40 Uhr", "2026-01-29T00:00:00+01:00", id="de-midnight-with-offset"),
        pytest.param("es", "2026-01-29T00:00:00Z", "29 de enero de 2026, 18:40", "2026-01-29T00:00:00+00:00", id="es-midnight-utc"),
        pytest.param("nl", "2026-01-29T00:00:00", "29 januari 2026, 18:40", "2026-01-29", id="nl-naive-midnight-is-a-day"),
    ],
)  # fmt: skip
def test_a_jsonld_midnight_is_not_refined_by_a_visible_time(
    lang: str, value: str, line: str, expected: str
) -> None:
    assert (
        extract_article(_ld_page(lang, value, line), "https://www.site.de/a").published == expected
    )


@pytest.mark.parametrize(
    ("url", "line", "state", "expected"),
    [
        pytest.param("https://www.journal.lu/a", "5. Januar 2026, 18:58 Uhr", "2026-01-05T18:58:06+02:00", "2026-01-05T18:58:06+01:00", id="lu-summer-offset-in-winter"),
        pytest.param("https://www.zeitung.at/a", "5. Juli 2026, 18:58", "2026-07-05T18:58:06+01:00", "2026-07-05T18:58:06+02:00", id="at-winter-offset-in-summer"),
        pytest.param("https://www.diario.es/a", "5 de enero de 2026, 18:58", "2026-01-05T18:58:06+02:00", "2026-01-05T18:58:06+01:00", id="es-summer-offset-in-winter"),
        pytest.param("https://www.wochenblatt.com.py/a", "5. Januar 2026, 18:58 Uhr", "2026-01-05T18:58:06-03:00", "2026-01-05T18:58:06-03:00", id="py-an-offset-the-zone-keeps-stays"),
    ],
)  # fmt: skip
def test_an_offset_of_the_other_season_beside_a_wall_clock(
    url: str, line: str, state: str, expected: str
) -> None:
    html = (
        '<html lang="de"><body><h1>Ein erfundener Titel</h1>'
        f'<p class="date">{line}</p><script>window.s = {{"publishDate": "{state}"}};</script></body></html>'
    )
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("令和8年1月29日 18時40分", "2026-01-29T18:40:00", id="ja-reiwa"),
        pytest.param("令和元年5月1日 10:00", "2019-05-01T10:00:00", id="ja-reiwa-first-year"),
        pytest.param("平成31年4月30日", "2019-04-30T00:00:00", id="ja-heisei"),
        pytest.param("Publié le 29/01/26 à 18h40", "2026-01-29T18:40:00", id="fr-two-digit-year"),
        pytest.param("29/01/26 18:40 h", "2026-01-29T18:40:00", id="es-two-digit-year"),
        pytest.param("29/01/26 às 18h40", "2026-01-29T18:40:00", id="pt-two-digit-year"),
        pytest.param("29-01-26, 18:40", "2026-01-29T18:40:00", id="nl-two-digit-year-dashes"),
        pytest.param("Pubblicato il 29/01/26 alle 18:40", "2026-01-29T18:40:00", id="it-two-digit-year"),
    ],
)  # fmt: skip
def test_era_and_two_digit_years(text: str, expected: str) -> None:
    d = parse_date(text)
    assert d is not None and to_iso(d) == expected


@pytest.mark.parametrize("text", ["05/06/24", "05-06-24", "Version 12/05/26", "Ergebnis 1-2-26"])
def test_two_digit_years_that_could_be_two_days_stay_unread(text: str) -> None:
    d = parse_date(text)
    assert d is None


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        pytest.param("02-12-26, 14:05", False, "2026-12-02T14:05:00", id="nl-dashes"),
        pytest.param("02-12-26 om 14:05", False, "2026-12-02T14:05:00", id="nl-om"),
        pytest.param("05/06/24 18:40", False, "2024-06-05T18:40:00", id="fr-slashes"),
        pytest.param("02/12/26 às 14h05", False, "2026-12-02T14:05:00", id="pt-h"),
        pytest.param("12/02/26, 2:05 PM", True, "2026-12-02T14:05:00", id="en-us-order"),
    ],
)  # fmt: skip
def test_two_digit_years_before_a_time_of_day_read_in_the_pages_order(
    text: str, month_first: bool, expected: str
) -> None:
    """A time of day after it makes the text a date line: its day reads as the page orders
    days ("02-12-26, 14:05" on a Dutch page is 2 December), as with a four-digit year."""
    d = parse_date(text, month_first=month_first)
    assert d is not None and to_iso(d) == expected


@pytest.mark.parametrize(
    ("url", "lang", "text", "expected"),
    [
        pytest.param("https://www.zeitung.de/a", "de", "29.01.2026 um 18:40 Uhr", "2026-01-29T18:40:00+01:00", id="de"),
        pytest.param("https://www.journal.fr/a", "fr", "29 janvier 2026 à 18h40", "2026-01-29T18:40:00+01:00", id="fr"),
        pytest.param("https://www.shimbun.jp/a", "ja", "2026年1月29日 18時40分", "2026-01-29T18:40:00+09:00", id="ja"),
        pytest.param("https://www.news.co.kr/a", "ko", "2026.01.29 오후 6:40", "2026-01-29T18:40:00+09:00", id="ko"),
        pytest.param("https://www.zeitung.de/a", "de", "30.01.2026 um 08:00 Uhr", "2026-01-29", id="de-another-day-in-the-text-is-not-taken"),
    ],
)  # fmt: skip
def test_a_time_elements_bare_day_takes_the_time_its_text_prints(
    url: str, lang: str, text: str, expected: str
) -> None:
    html = (
        f'<html lang="{lang}"><body><h1>Ein erfundener Titel</h1>{"<p>Absatz.</p>" * 90}'
        f'<time datetime="2026-01-29">{text}</time></body></html>'
    )
    assert extract_article(html, url).published == expected


@pytest.mark.parametrize(
    ("url", "lang", "first", "second"),
    [
        pytest.param("https://www.shimbun.jp/a", "ja", "2026年1月30日 18時40分 更新", "2026年1月29日 9時00分", id="ja-koushin-after"),
        pytest.param("https://www.haber.com.tr/a", "tr", "30.01.2026 18:40 güncellendi", "29.01.2026 09:00", id="tr-guncellendi-after"),
        pytest.param("https://www.news.co.kr/a", "ko", "2026.01.30 18:40 수정", "2026.01.29 09:00 입력", id="ko-sujeong-after"),
        pytest.param("https://www.zeitung.de/a", "de", "30.01.2026, 18:40 Uhr aktualisiert", "29.01.2026, 09:00 Uhr", id="de-aktualisiert-after"),
    ],
)  # fmt: skip
def test_an_updated_label_after_its_date(url: str, lang: str, first: str, second: str) -> None:
    html = (
        f'<html lang="{lang}"><body><h1>Ein erfundener Titel</h1>'
        f'<p class="date">{first}</p><p class="date">{second}</p></body></html>'
    )
    art = extract_article(html, url)
    assert ((art.published or "")[:19], (art.modified or "")[:19]) == (
        "2026-01-29T09:00:00",
        "2026-01-30T18:40:00",
    )


def _meta_page(url: str, lang: str, value: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta property="article:published_time" content="{value}">'
        "</head><body><article><h1>Ein erfundener Titel</h1><p>Text.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "lang", "value", "expected"),
    [
        pytest.param("https://www.zeitung.de/a", "de", "2026-01-29T18.40.00+01:00", "2026-01-29T18:40:00+01:00", id="de-dotted-clock"),
        pytest.param("https://www.giornale.it/a", "it", "2026-07-29T18.40.00", "2026-07-29T18:40:00+02:00", id="it-dotted-clock-naive"),
        pytest.param("https://www.avis.no/a", "nb", "2026-07-29 18.40", "2026-07-29T18:40:00+02:00", id="no-dotted-minutes"),
        pytest.param("https://www.zeitung.de/a", "de", "2026-07-29T18:40:00+00:00:00", "2026-07-29T20:40:00+02:00", id="de-offset-seconds-utc"),
        pytest.param("https://www.news.co.in/a", "en-IN", "2026-07-29T18:40:00-03:00:00", "2026-07-29T18:40:00-03:00", id="en-offset-seconds"),
    ],
)  # fmt: skip
def test_a_stamps_dotted_clock_and_offset_with_seconds(
    url: str, lang: str, value: str, expected: str
) -> None:
    assert extract_article(_meta_page(url, lang, value), url).published == expected


@pytest.mark.parametrize(
    ("url", "line", "expected"),
    [
        pytest.param("https://news.example.tw/a", "115/01/29 18:40", "2026-01-29T18:40:00+08:00", id="slashes"),
        pytest.param("https://news.example.tw/a", "發布時間：115/07/03 09:05", "2026-07-03T09:05:00+08:00", id="labelled"),
        pytest.param("https://news.example.com.tw/a", "更新日期 114-12-31", "2025-12-31", id="dashes-day"),
        pytest.param("https://news.example.tw/a", "115.02.28 07:30", "2026-02-28T07:30:00+08:00", id="dots"),
    ],
)  # fmt: skip
def test_a_minguo_year_in_a_numeric_date(url: str, line: str, expected: str) -> None:
    assert extract_article(_dated_page("zh-TW", line), url).published == expected


@pytest.mark.parametrize(
    "text", ["ISBN 978-115-01-29", "v115.01.29", "3115/01/29", "115/13/29", "115/01/29/4"]
)
def test_numbers_that_are_no_minguo_date_stay_unread(text: str) -> None:
    assert parse_date(text) is None


def _nested_page(key: str, nested: str, line: str = "") -> str:
    return (
        '<html lang="es"><head><script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "WebPage", "url": "https://www.diario.es/a", "{key}": {nested}}}</script></head>'
        f'<body><article><h1>Un titular inventado</h1><p class="date">{line}</p><p>Texto.</p>'
        "</article></body></html>"
    )


_OWN = '{"@type": "NewsArticle", "headline": "Un titular inventado", "datePublished": "2026-07-02T10:05:00+02:00"}'
_OTHER = '{"@type": "NewsArticle", "headline": "Otra pieza", "url": "https://www.diario.es/b", "datePublished": "2026-06-20T08:00:00+02:00"}'


@pytest.mark.parametrize(
    ("key", "nested", "line", "expected"),
    [
        pytest.param("hasPart", _OWN, "", "2026-07-02T10:05:00+02:00", id="has-part"),
        pytest.param("about", _OWN, "", "2026-07-02T10:05:00+02:00", id="about"),
        pytest.param("subjectOf", f"[{_OWN}]", "", "2026-07-02T10:05:00+02:00", id="subject-of-list"),
        pytest.param("hasPart", f"[{_OTHER}, {_OWN}]", "", "2026-07-02T10:05:00+02:00", id="own-among-parts"),
        pytest.param("hasPart", f"[{_OTHER}]", "2 de julio de 2026, 10:05", "2026-07-02T10:05:00+02:00", id="only-another-piece"),
    ],
)  # fmt: skip
def test_an_article_nested_in_the_pages_jsonld(
    key: str, nested: str, line: str, expected: str
) -> None:
    assert (
        extract_article(_nested_page(key, nested, line), "https://www.diario.es/a").published
        == expected
    )


def _naive_stamp_page(lang: str, head: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><head>{head}</head><body><article><h1>Un titre inventé</h1>'
        f'<p class="date">{line}</p><p>Text.</p></article></body></html>'
    )


_LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Un titre inventé", "datePublished": "{}"}}</script>'
_META = '<meta property="article:published_time" content="{}">'


@pytest.mark.parametrize(
    ("url", "lang", "head", "line", "expected"),
    [
        pytest.param("https://www.zeitung.de/a", "de", _LD.format("2026-07-29T16:40:00"), "29.07.2026, 18:40 Uhr", "2026-07-29T18:40:00+02:00", id="de-jsonld-summer"),
        pytest.param("https://www.journal.fr/a", "fr", _META.format("2026-01-29T17:40:00"), "Publié le 29 janvier 2026 à 18h40", "2026-01-29T18:40:00+01:00", id="fr-meta-winter"),
        pytest.param("https://www.shimbun.jp/a", "ja", _META.format("2026-01-29 09:40:00"), "2026年1月29日 18時40分", "2026-01-29T18:40:00+09:00", id="ja-meta-space"),
        pytest.param("https://www.gazeta.pl/a", "pl", _LD.format("2026-07-29T22:40:00"), "Opublikowano: 30 lipca 2026, 00:40", "2026-07-30T00:40:00+02:00", id="pl-next-day"),
        # the stamp's own wall clock printed: local, as before
        pytest.param("https://www.diario.es/a", "es", _LD.format("2026-07-29T18:40:00"), "29 de julio de 2026, 18:40", "2026-07-29T18:40:00+02:00", id="es-local-stamp"),
        # a page in UTC's zone: no other reading
        pytest.param("https://www.jornal.pt/a", "pt-PT", _LD.format("2026-01-29T18:40:00"), "29 de janeiro de 2026 às 18:40", "2026-01-29T18:40:00+00:00", id="pt-winter-utc"),
    ],
)  # fmt: skip
def test_a_naive_stamp_that_is_utc_beside_the_local_clock_it_prints(
    url: str, lang: str, head: str, line: str, expected: str
) -> None:
    assert extract_article(_naive_stamp_page(lang, head, line), url).published == expected


def _locale_page(lang: str, locale: str, line: str) -> str:
    return (
        f'<html lang="{lang}"><head><meta property="og:locale" content="{locale}"></head><body>'
        f'<article><h1>A made-up headline</h1><p class="date">{line}</p><p>Text.</p></article>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "locale", "line", "expected"),
    [
        pytest.param("en", "en_GB", "29 July 2026, 18:40", "2026-07-29T18:40:00+01:00", id="en-gb"),
        pytest.param("en", "en_AU", "29 July 2026, 6:40pm", "2026-07-29T18:40:00+10:00", id="en-au-winter"),
        pytest.param("es", "es_MX", "29 de julio de 2026, 18:40", "2026-07-29T18:40:00-06:00", id="es-mx"),
        pytest.param("fr", "fr_CA", "Publié le 29 juillet 2026 à 18 h 40", "2026-07-29T18:40:00-04:00", id="fr-ca"),
        pytest.param("pt", "pt_PT", "29 de julho de 2026 às 18:40", "2026-07-29T18:40:00+01:00", id="pt-pt"),
        pytest.param("ar", "ar_EG", "29/07/2026 18:40", "2026-07-29T18:40:00+03:00", id="ar-eg"),
        # the CMSs' default names no country; another language's locale is not the page's
        pytest.param("en", "en_US", "29 July 2026, 18:40", "2026-07-29T18:40:00", id="en-us-default"),
        pytest.param("es", "en_GB", "29 de julio de 2026, 18:40", "2026-07-29T18:40:00", id="other-language"),
    ],
)  # fmt: skip
def test_a_locale_metas_region_gives_a_naive_clock_its_zone(
    lang: str, locale: str, line: str, expected: str
) -> None:
    page = _locale_page(lang, locale, line)
    assert extract_article(page, "https://www.example-news.com/a").published == expected


def _two_stamps_page(lang: str, naive: str, aware: str) -> str:
    return (
        f'<html lang="{lang}"><head><script type="application/ld+json">{{"@type": "NewsArticle", '
        f'"headline": "Titel", "datePublished": "{naive}"}}</script></head><body><article>'
        f'<h1>Titel</h1><p>Text.</p><time datetime="{aware}"></time></article></body></html>'
    )


@pytest.mark.parametrize(
    ("url", "lang", "naive", "aware", "expected"),
    [
        pytest.param("https://www.paper.co.uk/a", "en-GB", "2026-12-02T10:48:00", "2026-12-02T11:48:00Z", "2026-12-02T10:48:00+00:00", id="uk-no-minus-one"),
        pytest.param("https://www.zeitung.de/a", "de", "2026-01-29T10:48:00", "2026-01-29T11:48:00Z", "2026-01-29T10:48:00+01:00", id="de-no-minus-one"),
        pytest.param("https://www.shimbun.jp/a", "ja", "2026-01-29T18:48:00", "2026-01-29T10:48:00Z", "2026-01-29T18:48:00+09:00", id="jp-no-plus-eight"),
        # an offset the zone keeps: one moment in two spellings
        pytest.param("https://www.zeitung.de/a", "de", "2026-01-29T10:48:00", "2026-01-29T09:48:00Z", "2026-01-29T10:48:00+01:00", id="de-same-moment"),
        pytest.param("https://www.diario.com/a", "es", "2026-01-29T10:48:00", "2026-01-29T13:48:00Z", "2026-01-29T10:48:00-03:00", id="com-no-country"),
    ],
)  # fmt: skip
def test_a_naive_stamp_takes_another_stamps_offset_only_one_its_zone_keeps(
    url: str, lang: str, naive: str, aware: str, expected: str
) -> None:
    assert extract_article(_two_stamps_page(lang, naive, aware), url).published == expected
