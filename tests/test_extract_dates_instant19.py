"""The instant of a publication where a page's stamps disagree by a whole offset, on sites
never seen (half of them German-language: .de, .at, .ch).

A CMS that stores UTC often writes one of its stamps without the "Z": the JSON-LD's
`"datePublished": "2026-01-29T17:40:27"` beside a `<time datetime="2026-01-29T18:40:27+01:00">`,
a meta or a script state's `"publishedAt": "2026-01-29T17:40:27Z"` is 18:40:27+01:00, one
moment in two spellings, not a local 17:40:27 an hour before it. The same page with a
visible line, another zone or no other stamp at all reads as before.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
_HEADLINE = "Gemeinderat beschliesst neue Regeln für die Parkplätze am See"


def _page(lang: str, head: str = "", body: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}</head>"
        "<body><header><nav><a href='/'>Start</a> <a href='/region'>Region</a></nav></header>"
        f"<main><article><h1>{_HEADLINE}</h1>{body}"
        "<p>Nach einer langen Sitzung am Abend stimmte eine knappe Mehrheit dem Vorschlag zu, "
        "die Gebühren am Ufer im Sommer zu erhöhen und neue Plätze für Velos zu schaffen.</p>"
        "<p>Die Gemeinde will die neuen Regeln ab dem Frühling umsetzen, hiess es danach.</p>"
        "</article></main><footer>Impressum · Kontakt</footer></body></html>"
    )


def _ld(**fields: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE}
    return f"<script type='application/ld+json'>{json.dumps({**obj, **fields})}</script>"


def _meta(stamp: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{stamp}'>"


def _time(stamp: str, text: str = "29.01.2026") -> str:
    return f"<time datetime='{stamp}'>{text}</time>"


def _state(key: str, value: str) -> str:
    state = json.dumps({"props": {"pageProps": {"article": {"id": 41, key: value}}}})
    return f"<script id='__NEXT_DATA__' type='application/json'>{state}</script>"


def _attr(name: str, value: str) -> str:
    return f"<div class='article-meta' {name}='{value}'></div>"


_DE = "https://www.tagblatt.example.de/region/parkplaetze-am-see-100.html"
_AT = "https://www.kurier.example.at/region/parkplaetze-am-see"
_CH = "https://www.anzeiger.example.ch/region/parkplaetze-am-see-ld.41"


def _published(url: str, lang: str, head: str, body: str) -> str | None:
    return extract_article(_page(lang, head, body), url, fetched=_FETCHED).published


# A naive metadata stamp that is another stamp's UTC wall clock to the second: UTC, its
# "Z" left out; said in the site's zone.
@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "expected"),
    [
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _time("2026-01-29T18:40:27+01:00"), "2026-01-29T18:40:27+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27") + _meta("2026-01-29T18:40:27+01:00"), "", "2026-01-29T18:40:27+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _state("publishedAt", "2026-01-29T17:40:27Z"), "2026-01-29T18:40:27+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _state("firstPublished", "2026-01-29T17:40:27.000Z"), "2026-01-29T18:40:27+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _attr("data-published", "1769708427"), "2026-01-29T18:40:27+01:00"),
        # summer time on the day: the zone's offset of that day
        (_DE, "de", _ld(datePublished="2025-07-29T16:40:27"), _time("2025-07-29T18:40:27+02:00", "29.07.2025"), "2025-07-29T18:40:27+02:00"),
        (_AT, "de-AT", _ld(datePublished="2025-10-24T08:05:51"), _state("publishedAt", "2025-10-24T08:05:51Z"), "2025-10-24T10:05:51+02:00"),
        (_AT, "de-AT", _ld(datePublished="2025-10-27T08:05:51"), _state("publishedAt", "2025-10-27T08:05:51Z"), "2025-10-27T09:05:51+01:00"),
        (_CH, "de-CH", _ld(datePublished="2026-01-29T17:40:27"), _meta("2026-01-29T18:40:27+01:00"), "2026-01-29T18:40:27+01:00"),
        (_CH, "fr-CH", _meta("2026-01-29T17:40:27"), _state("datePublished", "2026-01-29T17:40:27Z"), "2026-01-29T18:40:27+01:00"),
        # milliseconds on both
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27.512"), _state("publishedAt", "2026-01-29T17:40:27.512Z"), "2026-01-29T18:40:27.512000+01:00"),
        # other countries, other zones
        ("https://www.dagblad.example.nl/a", "nl", _ld(datePublished="2026-01-29T17:40:27"), _time("2026-01-29T18:40:27+01:00"), "2026-01-29T18:40:27+01:00"),
        ("https://www.gazeta.example.pl/a", "pl", _ld(datePublished="2026-01-29T17:40:27"), _state("publishedAt", "2026-01-29T17:40:27Z"), "2026-01-29T18:40:27+01:00"),
        ("https://www.sanomat.example.fi/a", "fi", _ld(datePublished="2026-01-29T16:40:27"), _time("2026-01-29T18:40:27+02:00"), "2026-01-29T18:40:27+02:00"),
        ("https://www.news.example.co.kr/a", "ko", _ld(datePublished="2026-01-29T09:40:27"), _time("2026-01-29T18:40:27+09:00", "2026.01.29"), "2026-01-29T18:40:27+09:00"),
        ("https://www.shimbun.example.co.jp/a", "ja", _meta("2026-01-29T09:40:27"), _state("publishedAt", "2026-01-29T09:40:27Z"), "2026-01-29T18:40:27+09:00"),
        ("https://www.herald.example.com.au/a", "en-AU", _ld(datePublished="2026-01-29T07:40:27"), _time("2026-01-29T18:40:27+11:00", "January 29, 2026"), "2026-01-29T18:40:27+11:00"),
        ("https://www.diario.example.com.ar/a", "es-AR", _ld(datePublished="2026-01-29T21:40:27"), _state("publishedAt", "2026-01-29T21:40:27Z"), "2026-01-29T18:40:27-03:00"),
        ("https://www.times.example.co.za/a", "en-ZA", _ld(datePublished="2026-01-29T16:40:27"), _time("2026-01-29T18:40:27+02:00", "29 January 2026"), "2026-01-29T18:40:27+02:00"),
    ],
)  # fmt: skip
def test_a_naive_stamp_that_is_another_stamps_utc_to_the_second_is_utc(
    url: str, lang: str, head: str, body: str, expected: str
) -> None:
    assert _published(url, lang, head, body) == expected


# Guards: the naive stamp stays the site's local clock.
@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "expected"),
    [
        # to the minute only: an hour later may be another time (an update on the hour)
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:00"), _time("2026-01-29T18:40:00+01:00"), "2026-01-29T17:40:00+01:00"),
        (_CH, "de-CH", _ld(datePublished="2026-01-29T17:40:00") + _meta("2026-01-29T18:40:00+01:00"), "", "2026-01-29T17:40:00+01:00"),
        # another second: another moment
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _time("2026-01-29T18:40:31+01:00"), "2026-01-29T17:40:27+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), _state("publishedAt", "2026-01-29T17:41:27Z"), "2026-01-29T17:40:27+01:00"),
        # the stamp the metadata names the update: a later time, whatever its seconds
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27", dateModified="2026-01-29T18:40:27+01:00"), "", "2026-01-29T17:40:27+01:00"),
        (_AT, "de-AT", _ld(datePublished="2026-01-29T17:40:27") + _meta("2026-01-29T17:40:27Z", "article:modified_time"), "", "2026-01-29T17:40:27+01:00"),
        # the page prints the naive wall clock as its local time: local, whatever a script says
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), "<p class='date'>29.01.2026, 17:40 Uhr</p>" + _state("publishedAt", "2026-01-29T17:40:27Z"), "2026-01-29T17:40:27+01:00"),
        # a candidate stating the naive wall clock with a "Z": that UTC instant, as before
        (_DE, "de", _ld(datePublished="2026-01-29 17:40:27"), _time("2026-01-29T17:40:27Z"), "2026-01-29T17:40:27+00:00"),
        # the same wall clock with an offset: that offset, as before
        (_DE, "de", _ld(datePublished="2026-01-29T18:40:27"), _time("2026-01-29T18:40:27+01:00"), "2026-01-29T18:40:27+01:00"),
        # no other stamp: the site's zone reads it, as before
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:27"), "", "2026-01-29T17:40:27+01:00"),
        (_AT, "de-AT", _ld(datePublished="2025-07-29T17:40:27"), "", "2025-07-29T17:40:27+02:00"),
    ],
)  # fmt: skip
def test_a_naive_stamp_without_a_stamp_of_its_utc_moment_stays_local(
    url: str, lang: str, head: str, body: str, expected: str
) -> None:
    assert _published(url, lang, head, body) == expected


# German-language CMS shapes on sites never seen: the day, the time and the zone of the day.
@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "expected"),
    [
        (_DE, "de", "", "<p class='date'>Veröffentlicht am 29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", "", "<p class='date'>29. Januar 2026 um 18.40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", "", "<p class='date'>Aktualisiert vor 3 Std. · Veröffentlicht am 05.03.2026, 08:10 Uhr</p>", "2026-03-05T08:10:00+01:00"),
        (_DE, "de", "", "<p class='date'>Stand: 29.07.2025, 18:40 Uhr</p>", "2025-07-29T18:40:00+02:00"),
        (_DE, "de", "", "<div class='meta'><span class='date'>29.01.2026</span> <span class='time'>18:40 Uhr</span></div>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", "", "<span class='date' data-date='2026-01-29 18:40'>29.01.2026</span>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T18:40:00"), "<p class='date'>29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", _ld(datePublished="2025-07-29T18:40:00"), "", "2025-07-29T18:40:00+02:00"),
        (_DE, "de", _meta("2025-07-29T18:40:00+01:00"), "<p class='date'>29.07.2025, 18:40 Uhr</p>", "2025-07-29T18:40:00+02:00"),
        (_DE, "de", _meta("2026-01-29T18:40:00+00:00"), "<p class='date'>29. Januar 2026 um 18.40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", _ld(datePublished="2026-01-29T17:40:00Z"), "<p class='date'>29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", _ld(datePublished="Thu Jan 29 2026 18:40:00 GMT+0100 (Mitteleuropäische Normalzeit)"), "", "2026-01-29T18:40:00+01:00"),
        (_DE, "de", _ld(datePublished="29.01.2026 18:40"), "", "2026-01-29T18:40:00+01:00"),
        (_AT, "de-AT", "", "<p class='date'>29. Jänner 2026, 18.40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_AT, "de-AT", _meta("2026-01-29T18:40:00"), "", "2026-01-29T18:40:00+01:00"),
        (_CH, "de-CH", "", "<p class='date'>Publiziert 29. Januar 2026, 18.40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_CH, "de-CH", "", "<p class='date'>Erstellt: 29.01.2026, 18:40 Uhr | Aktualisiert: 30.01.2026, 07:05 Uhr</p>", "2026-01-29T18:40:00+01:00"),
        (_CH, "de-CH", "", "<time datetime='2026-01-29T18:40'>29.01.2026</time>", "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.com/a", "de-CH", _ld(datePublished="2026-01-29T18:40:00"), "", "2026-01-29T18:40:00+01:00"),
        ("https://www.zeitung.example.it/a", "de", "", "<p class='date'>29.01.2026 18:40</p>", "2026-01-29T18:40:00+01:00"),
    ],
)  # fmt: skip
def test_german_language_cms_shapes(
    url: str, lang: str, head: str, body: str, expected: str
) -> None:
    assert _published(url, lang, head, body) == expected


# Other languages: a time the page prints in its own zone's words or in 12-hour form.
@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        ("https://www.herald.example.com.au/a", "en-AU", "January 29, 2026 — 6.40pm AEDT", "2026-01-29T18:40:00+11:00"),
        ("https://www.herald.example.com.au/a", "en-AU", "January 29, 2026 — 6.40pm AWST", "2026-01-29T18:40:00+08:00"),
        ("https://www.news.example.co.kr/a", "ko", "입력 2026.01.29. 오후 6:40", "2026-01-29T18:40:00+09:00"),
        ("https://www.news.example.co.kr/a", "ko", "입력 2026.01.29 18:40 KST", "2026-01-29T18:40:00+09:00"),
        ("https://www.shimbun.example.co.jp/a", "ja", "2026年1月29日 午後6時40分", "2026-01-29T18:40:00+09:00"),
        ("https://www.berita.example.co.id/a", "id", "Kamis, 29 Jan 2026 18:40 WITA", "2026-01-29T18:40:00+08:00"),
        ("https://www.daily.example.co.ke/a", "en", "Thursday January 29 2026 6:40 PM EAT", "2026-01-29T18:40:00+03:00"),
        ("https://www.diario.example.cl/a", "es-CL", "29 de julio de 2025, 18:40", "2025-07-29T18:40:00-04:00"),
        ("https://www.posten.example.se/a", "sv", "Publicerad 29 januari 2026 kl. 18.40", "2026-01-29T18:40:00+01:00"),
        ("https://www.sanomat.example.fi/a", "fi", "29.1.2026 klo 18.40", "2026-01-29T18:40:00+02:00"),
    ],
)  # fmt: skip
def test_a_printed_time_in_the_sites_zone(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, "", f"<p class='date'>{line}</p>") == expected


_W = "2026-01-29T18:40:27+01:00"


# A stamp whose offset is mislabelled (a "Z" on a local clock, the other season's offset),
# where another stamp only machines read states its wall clock in the zone's offset of the
# day: that offset.
@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "expected"),
    [
        (_DE, "de", _meta("2026-01-29T18:40:27Z"), _state("publishedAt", _W), _W),
        (_DE, "de", _meta("2026-01-29T18:40:27+00:00"), _attr("data-published", _W), _W),
        (_CH, "de-CH", _meta("2026-01-29T18:40:27Z"), _attr("data-timestamp", "1769708427"), _W),
        # the other season's offset, in a meta or the JSON-LD
        (_DE, "de", _meta("2026-01-29T18:40:27+02:00"), _state("publishedAt", _W), _W),
        (_DE, "de", _meta("2026-01-29T18:40:27+02:00"), _time(_W), _W),
        (_DE, "de", _ld(datePublished="2026-01-29T18:40:27+02:00"), _state("publishedAt", "2026-01-29T17:40:27Z"), _W),
        (_AT, "de-AT", _ld(datePublished="2025-07-29T18:40:27+01:00"), _state("publishedAt", "2025-07-29T18:40:27+02:00"), "2025-07-29T18:40:27+02:00"),
        (_CH, "de-CH", _ld(datePublished="2025-07-29T18:40:27+01:00"), _attr("data-published", "1753807227"), "2025-07-29T18:40:27+02:00"),
        ("https://www.posten.example.se/a", "sv", _meta("2025-07-29T18:40+01:00"), _time("2025-07-29T18:40+02:00", "29 juli 2025"), "2025-07-29T18:40:00+02:00"),
    ],
)  # fmt: skip
def test_a_mislabelled_offset_takes_the_zones_offset_another_stamp_states(
    url: str, lang: str, head: str, body: str, expected: str
) -> None:
    assert _published(url, lang, head, body) == expected


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "expected"),
    [
        # another stamp states the stamp's own instant too: a fixed offset kept right
        (_DE, "de", _meta("2026-01-29T19:40:27+02:00"), _state("publishedAt", _W), "2026-01-29T19:40:27+02:00"),
        (_DE, "de", _meta("2026-01-29T18:40:27+02:00"), _state("publishedAt", _W) + _attr("data-published", "2026-01-29T16:40:27Z"), "2026-01-29T18:40:27+02:00"),
        # the JSON-LD article's own UTC stamp is its statement of the instant
        (_DE, "de", _ld(datePublished="2026-01-29T18:40:27Z"), _state("publishedAt", _W), "2026-01-29T19:40:27+01:00"),
        # the metadata's update stamp is no other spelling of the publication
        (_DE, "de", _meta("2026-01-29T18:40:27+02:00") + _meta(_W, "article:modified_time"), "", "2026-01-29T18:40:27+02:00"),
        # a US page's -05:00 in July is Chicago's: the stamp stands
        ("https://www.tribune.example.com/a", "en-US", _meta("2025-07-29T18:40:27-05:00"), _state("publishedAt", "2025-07-29T18:40:27-04:00"), "2025-07-29T18:40:27-05:00"),
        # ... and an Australian page's +10:00 in January is Brisbane's
        ("https://www.herald.example.com.au/a", "en-AU", _ld(datePublished="2026-01-29T18:40:27+10:00"), _state("publishedAt", "2026-01-29T07:40:27Z"), "2026-01-29T18:40:27+10:00"),
        # no other stamp: read as before
        (_DE, "de", _meta("2026-01-29T18:40:27Z"), "", "2026-01-29T19:40:27+01:00"),
        (_DE, "de", _meta("2026-01-29T18:40:27+02:00"), "", "2026-01-29T18:40:27+02:00"),
    ],
)  # fmt: skip
def test_a_stamp_stands_without_another_stamp_of_its_wall_clock(
    url: str, lang: str, head: str, body: str, expected: str
) -> None:
    assert _published(url, lang, head, body) == expected
