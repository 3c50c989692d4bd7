"""The offset a local time gets on publishers never seen, country by country.

A page's update stamp without an offset ("dateModified": "2026-07-04T09:00:00") beside a
publication stamp with one ("+05:30") on a site whose country the host does not name (.com in
English): the page's own offset, where the tz database says every zone keeping it on the
publication's day keeps it on the update's day too. Tables of printed local times by country
(domain, language tag, printed zone word, printed offset) hold what already worked.

Every page and line is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import datetime

import pytest

from newsarchive.extract import extract_article

_HEADLINE = "An invented headline about the harbour cranes"


def _page(
    lang: str, published: str = "", modified: str = "", line: str = "", head: str = ""
) -> str:
    fields = f'"datePublished":"{published}"' if published else ""
    if modified:
        fields += f',"dateModified":"{modified}"' if fields else f'"dateModified":"{modified}"'
    ld = (
        f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",'
        f'"headline":"{_HEADLINE}",{fields}}}</script>'
        if fields
        else ""
    )
    shown = f'<p class="date">{line}</p>' if line else ""
    tag = f' lang="{lang}"' if lang else ""
    return (
        f"<html{tag}><head><title>{_HEADLINE}</title>{head}{ld}</head><body><article>"
        f"<h1>{_HEADLINE}</h1>{shown}"
        "<p>An invented paragraph about the harbour, its cranes and the night shift, long enough.</p>"
        "<p>Another invented paragraph about the ferry timetable and the council vote on it.</p>"
        "</article></body></html>"
    )


def _same(got: str | None, expected: str) -> bool:
    """The same instant and the same offset (a naive answer only where one is expected)."""
    if got is None:
        return False
    g, e = datetime.fromisoformat(got), datetime.fromisoformat(expected)
    if (g.tzinfo is None) != (e.tzinfo is None):
        return False
    return g == e and g.utcoffset() == e.utcoffset()


@pytest.mark.parametrize(
    ("url", "lang", "published", "modified", "expected"),
    [
        # India keeps +05:30 all year, and no other zone keeping it then differs later: the update is India's
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+05:30", "2026-07-04T09:00:00", "2026-07-04T09:00:00+05:30", id="in-com"),
        # Nepal's quarter hour, Iran's half hour (no summer time since 2022), Afghanistan's
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+05:45", "2026-07-04T09:00:00", "2026-07-04T09:00:00+05:45", id="np-com"),
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+03:30", "2026-07-04T09:00:00", "2026-07-04T09:00:00+03:30", id="ir-com"),
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+04:30", "2026-07-04T09:00:00", "2026-07-04T09:00:00+04:30", id="af-com"),
        # Japan and Korea's +09:00 (no zone keeping it in January changes by July)
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+09:00", "2026-07-04T09:00:00", "2026-07-04T09:00:00+09:00", id="jp-kr-com"),
        # Newfoundland's -03:30 lent within its winter
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-12-03T14:05:00-03:30", "2026-12-05T09:00:00", "2026-12-05T09:00:00-03:30", id="nl-ca-com-same-season"),
        # the next day, in Spanish: the page's language names no country (India's offset still holds)
        pytest.param("https://www.diario.example.com/a/1", "es", "2026-01-15T14:05:00+05:30", "2026-01-16T09:00:00", "2026-01-16T09:00:00+05:30", id="in-com-next-day"),
    ],
)  # fmt: skip
def test_a_naive_update_takes_the_publication_stamps_offset(
    url: str, lang: str, published: str, modified: str, expected: str
) -> None:
    article = extract_article(_page(lang, published, modified), url)
    assert article.published == published
    assert _same(article.modified, expected), article.modified


@pytest.mark.parametrize(
    ("url", "lang", "published", "modified", "expected"),
    [
        # +02:00 in January is Athens', Johannesburg's and Cairo's: July's +02:00 is only some of theirs
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+02:00", "2026-07-04T09:00:00", "2026-07-04T09:00:00", id="plus2-across-seasons"),
        # +02:00 in October's last week is Central Europe's summer, gone two days later
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-10-24T14:05:00+02:00", "2026-10-26T09:00:00", "2026-10-26T09:00:00", id="cest-across-the-change"),
        # -05:00 in early March is New York's winter and Bogotá's: New York's changes on the 8th
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-03-06T14:05:00-05:00", "2026-03-10T09:00:00", "2026-03-10T09:00:00", id="est-across-the-change"),
        # -03:00 in December is São Paulo's and Buenos Aires', and Santiago's summer: not lent to July
        pytest.param("https://www.paper.example.com/a/1", "pt", "2025-12-03T14:05:00-03:00", "2026-07-04T09:00:00", "2026-07-04T09:00:00", id="minus3-across-seasons"),
        # a "Z" lends no offset: UTC is a machine's spelling
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00Z", "2026-07-04T09:00:00", "2026-07-04T09:00:00", id="utc-lends-none"),
        # the country's zone, which knows its seasons, still decides where the host names one
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-10-24T14:05:00+02:00", "2026-10-26T09:00:00", "2026-10-26T09:00:00+01:00", id="de-zone-knows-the-change"),
        # ... even where the publication stamp carries the other season's offset (a CMS writing +01:00 all year)
        pytest.param("https://www.zeitung.example.de/a/1", "de", "2026-07-02T14:05:00+01:00", "2026-07-02T18:00:00", "2026-07-02T18:00:00+02:00", id="de-publication-stamp-slipped"),
        pytest.param("https://www.news.example.com.au/a/1", "en-AU", "2026-12-02T14:05:00+10:00", "2026-12-02T18:00:00", "2026-12-02T18:00:00+11:00", id="au-sydney-over-a-brisbane-stamp"),
        # an update stamp with its own offset keeps it
        pytest.param("https://www.paper.example.com/a/1", "en", "2026-01-15T14:05:00+05:30", "2026-07-04T09:00:00+01:00", "2026-07-04T09:00:00+01:00", id="own-offset-kept"),
    ],
)  # fmt: skip
def test_a_naive_update_not_given_an_offset_that_may_not_hold(
    url: str, lang: str, published: str, modified: str, expected: str
) -> None:
    assert _same(extract_article(_page(lang, published, modified), url).modified, expected)


def test_a_printed_zone_word_lends_before_the_publication_stamp() -> None:
    # the update line's own "ET" (New York's, which knows March's change) over a "+05:30" stamp
    html = _page(
        "en",
        "2026-03-06T14:05:00+05:30",
        "2026-03-10T09:00:00",
        line="Updated March 10, 2026 9:00 AM ET",
    )
    modified = extract_article(html, "https://www.paper.example.com/a/1").modified
    assert _same(modified, "2026-03-10T09:00:00-04:00"), modified


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        # the host's country domain (one zone, or the one its national press keeps), by the day's rules
        pytest.param("https://www.zeitung.example.de/a/1", "de", "3. Dezember 2026, 15:15 Uhr", "2026-12-03T15:15:00+01:00", id="de-winter"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "3. Juli 2026, 15:15 Uhr", "2026-07-03T15:15:00+02:00", id="de-summer"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "28. März 2026, 15:15 Uhr", "2026-03-28T15:15:00+01:00", id="de-day-before-spring-change"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "29. März 2026, 15:15 Uhr", "2026-03-29T15:15:00+02:00", id="de-spring-change-day"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "24. Oktober 2026, 15:15 Uhr", "2026-10-24T15:15:00+02:00", id="de-day-before-autumn-change"),
        pytest.param("https://www.zeitung.example.de/a/1", "de", "25. Oktober 2026, 15:15 Uhr", "2026-10-25T15:15:00+01:00", id="de-autumn-change-day"),
        pytest.param("https://www.news.example.com.au/a/1", "en-AU", "3 December 2026, 3:15pm", "2026-12-03T15:15:00+11:00", id="au-december-summer"),
        pytest.param("https://www.news.example.com.au/a/1", "en-AU", "3 July 2026, 3:15pm", "2026-07-03T15:15:00+10:00", id="au-july-winter"),
        pytest.param("https://www.news.example.co.nz/a/1", "en-NZ", "3 December 2026, 3:15pm", "2026-12-03T15:15:00+13:00", id="nz-december-summer"),
        pytest.param("https://www.news.example.in/a/1", "en", "3 December 2026, 15:15", "2026-12-03T15:15:00+05:30", id="in-domain"),
        pytest.param("https://www.news.example.com.np/a/1", "en", "3 December 2026, 15:15", "2026-12-03T15:15:00+05:45", id="np-domain"),
        pytest.param("https://www.news.example.ir/a/1", "en", "3 July 2026, 15:15", "2026-07-03T15:15:00+03:30", id="ir-no-summer-time-since-2022"),
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "3 Aralık 2026 15:15", "2026-12-03T15:15:00+03:00", id="tr-plus3-all-year"),
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "3 Aralık 2015 15:15", "2015-12-03T15:15:00+02:00", id="tr-winter-before-2016"),
        pytest.param("https://www.noticias.example.com.br/a/1", "pt-BR", "3 de dezembro de 2026, 15:15", "2026-12-03T15:15:00-03:00", id="br-no-summer-time-since-2019"),
        pytest.param("https://www.noticias.example.com.br/a/1", "pt-BR", "3 de dezembro de 2018, 15:15", "2018-12-03T15:15:00-02:00", id="br-summer-2018"),
        pytest.param("https://www.noticias.example.com.mx/a/1", "es-MX", "3 de julio de 2026, 15:15", "2026-07-03T15:15:00-06:00", id="mx-no-summer-time-since-2022"),
        pytest.param("https://www.noticias.example.com.mx/a/1", "es-MX", "3 de julio de 2021, 15:15", "2021-07-03T15:15:00-05:00", id="mx-summer-2021"),
        pytest.param("https://www.gazeta.example.kz/a/1", "ru", "3 декабря 2026, 15:15", "2026-12-03T15:15:00+05:00", id="kz-one-zone-since-2024"),
        pytest.param("https://www.gazeta.example.kz/a/1", "ru", "3 декабря 2023, 15:15", "2023-12-03T15:15:00+06:00", id="kz-almaty-before-2024"),
        pytest.param("https://www.news.example.co.za/a/1", "en-ZA", "3 December 2026, 15:15", "2026-12-03T15:15:00+02:00", id="za-domain"),
        pytest.param("https://www.news.example.ca/a/1", "en-CA", "December 3, 2026 3:15 p.m.", "2026-12-03T15:15:00-05:00", id="ca-toronto-where-most-press-sits"),
        # a language tag's region, or an og:locale's, on a .com host
        pytest.param("https://www.news.example.com/a/1", "en-IN", "3 December 2026, 15:15", "2026-12-03T15:15:00+05:30", id="en-IN-tag"),
        pytest.param("https://www.news.example.com/a/1", "en-NZ", "3 December 2026, 15:15", "2026-12-03T15:15:00+13:00", id="en-NZ-tag"),
        pytest.param("https://www.news.example.com/a/1", "ne", "3 December 2026, 15:15", "2026-12-03T15:15:00+05:45", id="nepali-one-zone-language"),
        # a printed zone word, on a host naming no country
        pytest.param("https://www.news.example.com/a/1", "de", "3. Dezember 2026, 15:15 Uhr MEZ", "2026-12-03T15:15:00+01:00", id="MEZ"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 CET", "2026-12-03T15:15:00+01:00", id="CET"),
        pytest.param("https://www.news.example.com/a/1", "en", "July 3, 2026 3:15 PM ET", "2026-07-03T15:15:00-04:00", id="ET-summer"),
        pytest.param("https://www.news.example.com/a/1", "en", "December 3, 2026 3:15 PM ET", "2026-12-03T15:15:00-05:00", id="ET-winter"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 IST", "2026-12-03T15:15:00+05:30", id="IST-india"),
        pytest.param("https://www.news.example.co.il/a/1", "en", "3 December 2026 15:15 IST", "2026-12-03T15:15:00+02:00", id="IST-israel-on-il"),
        pytest.param("https://www.news.example.com/a/1", "en", "December 3, 2026 15:15 JST", "2026-12-03T15:15:00+09:00", id="JST"),
        pytest.param("https://www.news.example.com/a/1", "en", "December 3, 2026 15:15 KST", "2026-12-03T15:15:00+09:00", id="KST"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 3:15pm AEDT", "2026-12-03T15:15:00+11:00", id="AEDT"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 SAST", "2026-12-03T15:15:00+02:00", id="SAST"),
        pytest.param("https://www.news.example.com/a/1", "id", "3 Desember 2026, 15:15 WIB", "2026-12-03T15:15:00+07:00", id="WIB"),
        pytest.param("https://www.news.example.com/a/1", "pt", "3 de dezembro de 2026, 15:15 BRT", "2026-12-03T15:15:00-03:00", id="BRT"),
        pytest.param("https://www.news.example.com.ph/a/1", "en", "December 3, 2026 3:15 PM PST", "2026-12-03T15:15:00+08:00", id="PST-philippines-on-ph"),
        pytest.param("https://www.news.example.com/a/1", "en-US", "December 3, 2026 3:15 PM PST", "2026-12-03T15:15:00-08:00", id="PST-pacific-on-en-US"),
        # a printed offset
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 (UTC+1)", "2026-12-03T15:15:00+01:00", id="UTC+1"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 GMT+2", "2026-12-03T15:15:00+02:00", id="GMT+2"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 (UTC+09:00)", "2026-12-03T15:15:00+09:00", id="UTC+09:00"),
        pytest.param("https://www.news.example.com/a/1", "en", "3 December 2026, 15:15 +0100", "2026-12-03T15:15:00+01:00", id="plus0100"),
        pytest.param("https://www.news.example.com/a/1", "en", "2026-12-03 15:15Z", "2026-12-03T15:15:00+00:00", id="Z"),
        # a host of several zones and a language of several countries: no zone guessed
        pytest.param("https://www.news.example.com/a/1", "en", "December 3, 2026 3:15 PM", "2026-12-03T15:15:00", id="com-en-naive"),
        pytest.param("https://www.news.example.com/a/1", "es", "3 de diciembre de 2026, 15:15", "2026-12-03T15:15:00", id="com-es-naive"),
    ],
)  # fmt: skip
def test_a_printed_local_time_by_country(url: str, lang: str, line: str, expected: str) -> None:
    assert _same(extract_article(_page(lang, line=line), url).published, expected)


def _meta(published: str) -> str:
    return f'<meta property="article:published_time" content="{published}">'


@pytest.mark.parametrize(
    ("url", "lang", "published", "head", "line", "expected"),
    [
        # a server whose tz rules predate the country's change writes the old offset beside the local clock the reader sees
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "2026-12-03T15:15:00+02:00", "", "03.12.2026 15:15", "2026-12-03T15:15:00+03:00", id="tr-winter-time-ended-2016"),
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "", _meta("2026-12-03T15:15:00+02:00"), "03.12.2026 15:15", "2026-12-03T15:15:00+03:00", id="tr-meta"),
        pytest.param("https://www.gazeta.example.kz/a/1", "ru", "2026-12-03T15:15:00+06:00", "", "3 декабря 2026, 15:15", "2026-12-03T15:15:00+05:00", id="kz-almaty-plus6-ended-2024"),
        # Brazil's old summer -02:00 is Noronha's all year: only a printed zone name decides
        pytest.param("https://www.noticias.example.com.br/a/1", "pt-BR", "2026-12-03T15:15:00-02:00", "", "03/12/2026 15h15 (horário de Brasília)", "2026-12-03T15:15:00-03:00", id="br-brasilia-printed"),
        # Mexico's old summer -05:00 is Cancún's all year: likewise
        pytest.param("https://www.noticias.example.com.mx/a/1", "es-MX", "2026-07-03T15:15:00-05:00", "", "3 de julio de 2026, 15:15 (hora del centro de México)", "2026-07-03T15:15:00-06:00", id="mx-centro-printed"),
    ],
)  # fmt: skip
def test_an_offset_of_the_countrys_former_rules_beside_its_local_clock(
    url: str, lang: str, published: str, head: str, line: str, expected: str
) -> None:
    html = _page(lang, published, line=line, head=head)
    assert _same(extract_article(html, url).published, expected)


@pytest.mark.parametrize(
    ("url", "lang", "published", "line"),
    [
        # the page prints the stamp's instant in local time: the stamp is right
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "2026-12-03T15:15:00+02:00", "03.12.2026 16:15", id="tr-instant-printed"),
        # nothing printed: no evidence against the stamp
        pytest.param("https://www.haber.example.com.tr/a/1", "tr", "2026-12-03T15:15:00+02:00", "", id="tr-nothing-printed"),
        # another zone of the country keeps the offset: Noronha's -02:00, Samara's +04:00
        pytest.param("https://www.noticias.example.com.br/a/1", "pt-BR", "2026-12-03T15:15:00-02:00", "03/12/2026 15h15", id="br-noronha"),
        pytest.param("https://www.gazeta.example.ru/a/1", "ru", "2026-12-03T15:15:00+04:00", "3 декабря 2026, 15:15", id="ru-samara"),
        # Argentina's summer time ended in 2009: beyond the years a server's rules lag
        pytest.param("https://www.diario.example.com.ar/a/1", "es-AR", "2026-12-03T15:15:00-02:00", "3 de diciembre de 2026, 15:15", id="ar-rules-of-2009"),
        # Brazil in February 2019 still kept summer time: the stamp is the day's offset
        pytest.param("https://www.noticias.example.com.br/a/1", "pt-BR", "2019-02-03T15:15:00-02:00", "03/02/2019 15h15", id="br-summer-2019"),
    ],
)  # fmt: skip
def test_a_stamps_offset_kept_without_evidence_of_old_rules(
    url: str, lang: str, published: str, line: str
) -> None:
    assert extract_article(_page(lang, published, line=line), url).published == published


@pytest.mark.parametrize(
    ("published", "modified"),
    [
        # the update's naive clock is the publication's own instant in UTC (a CMS writing its
        # update column as naive UTC): read at +05:30 it would precede the publication
        pytest.param("2026-07-04T14:30:00+05:30", "2026-07-04T09:00:00", id="naive-utc-same-instant"),
        pytest.param("2026-07-04T14:30:00+05:30", "2026-07-04T11:00:00", id="naive-utc-two-hours-on"),
        pytest.param("2026-07-04T23:10:00+09:00", "2026-07-04T14:10:00", id="naive-utc-tokyo"),
    ],
)  # fmt: skip
def test_a_lent_offset_never_puts_the_update_before_the_publication(
    published: str, modified: str
) -> None:
    # a right instant is not made wrong: no update is read at +05:30 before its publication
    article = extract_article(_page("en", published, modified), "https://www.paper.example.com/a/1")
    assert article.published == published
    assert article.modified is None or "+" not in article.modified[10:], article.modified


@pytest.mark.parametrize(
    ("published", "modified"),
    [
        # Saturday evening's +02:00 is Berlin's summer or Johannesburg's: Berlin's is +01:00 on Sunday morning
        pytest.param("2026-10-24T20:00:00+02:00", "2026-10-25T09:00:00", id="cest-overnight-change"),
        # Saturday night's -05:00 is New York's winter or Bogotá's: New York's is -04:00 on Sunday noon
        pytest.param("2026-03-07T22:00:00-05:00", "2026-03-08T12:00:00", id="est-overnight-change"),
    ],
)  # fmt: skip
def test_a_lent_offset_not_carried_across_a_change_within_a_day(
    published: str, modified: str
) -> None:
    article = extract_article(_page("en", published, modified), "https://www.paper.example.com/a/1")
    assert article.published == published
    assert _same(article.modified, modified), article.modified
