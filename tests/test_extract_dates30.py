"""Dates after session 30 (issue 10): a zone meta's fixed offset ("-05:00", WordPress's
`gmt_offset`) read as the zone of the country the page names that keeps it when the page was
fetched (its CMS writes the offset of the day it serves the page), so an article of the
other season gets that zone's offset of its own day.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_WINTER = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
_SUMMER = datetime(2026, 8, 31, 12, 0, tzinfo=UTC)
_HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def _page(lang: str, head: str = "", line: str = "", script: str = "", tail: str = "") -> str:
    """A story with `line` under its headline, `tail` after the article, `script` at the end."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1>{line}{_TEXT}</article>{tail}</main>"
        f"<footer>Contact</footer>{script}</body></html>"
    )


def _ld(published: str, **more: object) -> str:
    obj = {"@type": "NewsArticle", "headline": _HEADLINE, "datePublished": published, **more}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _published(html: str, domain: str = "com", fetched: datetime = _WINTER) -> str | None:
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=fetched).published


_JULY = _ld("2026-07-29T18:40:00")
_JANUARY = _ld("2026-01-29T18:40:00")
_US_ADDRESS = {
    "publisher": {
        "@type": "Organization",
        "name": "Example Daily",
        "address": {"@type": "PostalAddress", "addressCountry": "US"},
    }
}


@pytest.mark.parametrize(
    ("lang", "domain", "head", "fetched", "expected"),
    [
        # a US CMS's December -05:00 (og:locale en_US names the country): New York's, summer time in July
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-05:00'>",
            _WINTER,
            "2026-07-29T18:40:00-04:00",
        ),
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='gmt_offset' content='-5'>",
            _WINTER,
            "2026-07-29T18:40:00-04:00",
        ),
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='UTC-8'>",
            _WINTER,
            "2026-07-29T18:40:00-07:00",
        ),
        # fetched in August, -05:00 is Chicago's summer offset: its January is -06:00
        (
            "en",
            "com",
            _JANUARY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-05:00'>",
            _SUMMER,
            "2026-01-29T18:40:00-06:00",
        ),
        # the publisher's address names the country
        (
            "en",
            "com",
            _ld("2026-07-29T18:40:00", **_US_ADDRESS) + "<meta name='gmt_offset' content='-5'>",
            _WINTER,
            "2026-07-29T18:40:00-04:00",
        ),
        # the language tag's region names a country of several zones: the offset picks the zone
        (
            "en-US",
            "com",
            _JULY + "<meta name='timezone' content='-08:00'>",
            _WINTER,
            "2026-07-29T18:40:00-07:00",
        ),
        (
            "en-CA",
            "com",
            _JULY + "<meta name='gmt_offset' content='-7'>",
            _WINTER,
            "2026-07-29T18:40:00-06:00",
        ),
        (
            "fr-CA",
            "com",
            _JULY + "<meta name='timezone' content='-08:00'>",
            _WINTER,
            "2026-07-29T18:40:00-07:00",
        ),
        (
            "pt-BR",
            "com",
            _JULY + "<meta name='timezone' content='-04:00'>",
            _WINTER,
            "2026-07-29T18:40:00-04:00",
        ),
        (
            "es-MX",
            "com",
            _JULY + "<meta name='timezone' content='-08:00'>",
            _WINTER,
            "2026-07-29T18:40:00-07:00",
        ),
        # a locale meta's region
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_CA'><meta name='timezone' content='-08:00'>",
            _WINTER,
            "2026-07-29T18:40:00-07:00",
        ),
        (
            "en",
            "com",
            _JULY
            + "<meta property='og:locale' content='en_AU'><meta name='timezone' content='+08:00'>",
            _WINTER,
            "2026-07-29T18:40:00+08:00",
        ),
        # the domain: Queensland keeps +10:00 all year, Adelaide's December +10:30 is summer time
        (
            "en",
            "com.au",
            _JANUARY + "<meta name='timezone' content='+10:00'>",
            _WINTER,
            "2026-01-29T18:40:00+10:00",
        ),
        (
            "en",
            "com.au",
            _JULY + "<meta name='gmt_offset' content='10.5'>",
            _WINTER,
            "2026-07-29T18:40:00+09:30",
        ),
        (
            "ru",
            "ru",
            _JULY + "<meta name='timezone' content='+07:00'>",
            _WINTER,
            "2026-07-29T18:40:00+07:00",
        ),
    ],
)
def test_a_meta_offset_names_the_zone_of_the_country_the_page_names(
    lang: str, domain: str, head: str, fetched: datetime, expected: str
) -> None:
    assert _published(_page(lang, head=head), domain, fetched) == expected


@pytest.mark.parametrize(
    ("lang", "head", "expected"),
    [
        # no country named: the offset as it stands, no summer time invented
        ("en", _JULY + "<meta name='timezone' content='-05:00'>", "2026-07-29T18:40:00-05:00"),
        # en_US, a CMS default, beside an offset no US zone keeps: the offset as it stands
        (
            "en",
            _JULY
            + "<meta property='og:locale' content='en_US'><meta name='timezone' content='+05:30'>",
            "2026-07-29T18:40:00+05:30",
        ),
        # a country of one zone keeps its own zone
        ("de", _JULY + "<meta name='timezone' content='+01:00'>", "2026-07-29T18:40:00+02:00"),
    ],
)
def test_a_meta_offset_where_no_zone_of_a_named_country_keeps_it(
    lang: str, head: str, expected: str
) -> None:
    assert _published(_page(lang, head=head)) == expected


def test_without_a_fetch_time_the_zone_whose_winter_offset_it_is() -> None:
    """Extraction without `fetched`: "-05:00" is New York's winter offset (Chicago's summer)."""
    head = (
        _JULY + "<meta property='og:locale' content='en_US'><meta name='timezone' content='-05:00'>"
    )
    html = _page("en", head=head)
    url = "https://www.news.example.com/a/4711-bridge"
    assert extract_article(html, url).published == "2026-07-29T18:40:00-04:00"


def _config(obj: str) -> str:
    return f"<script>window.__CONFIG__ = {obj};</script>"


@pytest.mark.parametrize(
    ("lang", "head", "script", "expected"),
    [
        # a CMS's configuration in a script: an offset, or a zone under the key "tz"
        (
            "en",
            _JULY,
            _config('{"site": "news", "timezone": "+09:00"}'),
            "2026-07-29T18:40:00+09:00",
        ),
        (
            "en",
            _JULY,
            _config('{"site": "news", "timeZone": "UTC+05:30"}'),
            "2026-07-29T18:40:00+05:30",
        ),
        (
            "es",
            _JULY,
            _config('{"site": "news", "timezone": "-03:00"}'),
            "2026-07-29T18:40:00-03:00",
        ),
        (
            "en",
            _JULY,
            _config('{"site": "news", "tz": "Europe/Berlin"}'),
            "2026-07-29T18:40:00+02:00",
        ),
        (
            "fr",
            _JULY,
            _config("{site: 'news', tz: 'Africa/Abidjan', lang: 'fr'}"),
            "2026-07-29T18:40:00+00:00",
        ),
        ("en", _JULY, "<script>var tz = 'Australia/Perth';</script>", "2026-07-29T18:40:00+08:00"),
        # a zone meta holding an abbreviation: its zone, summer time and all
        ("en", _JULY + "<meta name='timezone' content='CET'>", "", "2026-07-29T18:40:00+02:00"),
        ("en", _JULY + "<meta name='timezone' content='JST'>", "", "2026-07-29T18:40:00+09:00"),
        ("en", _JULY + "<meta name='timezone' content='KST'>", "", "2026-07-29T18:40:00+09:00"),
        ("en", _JULY + "<meta name='tz' content='EST'>", "", "2026-07-29T18:40:00-04:00"),
        ("en", _JULY + "<meta name='timezone' content='PST'>", "", "2026-07-29T18:40:00-07:00"),
        ("en", _JULY + "<meta name='timezone' content='SAST'>", "", "2026-07-29T18:40:00+02:00"),
        ("es", _JULY + "<meta name='timezone' content='ART'>", "", "2026-07-29T18:40:00-03:00"),
        # "IST": India's, Ireland's or Israel's, by the page's locale
        (
            "en",
            _JULY
            + "<meta name='timezone' content='IST'><meta property='og:locale' content='en_US'>",
            "",
            "2026-07-29T18:40:00",
        ),
    ],
)
def test_a_zone_a_script_or_an_abbreviation_meta_states(
    lang: str, head: str, script: str, expected: str
) -> None:
    assert _published(_page(lang, head=head, script=script)) == expected


_EVENT_CARD = (
    "<section><h2>Events</h2><div class='event'><time datetime='2026-08-01T19:00:00+02:00'>"
    "Sat 1 Aug, 19:00</time> Jazz night at the harbour hall</div></section>"
)
_FIXTURE = (
    "<div class='sports'><time datetime='2026-08-02T20:00:00+01:00'>2 Aug 20:00</time> "
    "Rovers v United</div>"
)


@pytest.mark.parametrize(
    ("lang", "head", "tail", "script", "expected"),
    [
        # a zone meta, and a widget's zone in a script below: the meta's
        (
            "en",
            _JULY + "<meta name='timezone' content='Asia/Tokyo'>",
            "",
            _config('{"event": "Jazz night", "venue": "Harbour hall", "timeZone": "Europe/Paris"}'),
            "2026-07-29T18:40:00+09:00",
        ),
        (
            "en",
            _JULY + "<meta name='timezone' content='+05:30'>",
            "",
            _config('{"fixture": "Rovers v United", "timezone": "Europe/London"}'),
            "2026-07-29T18:40:00+05:30",
        ),
        # a zone meta, and an event card's or a fixture's time below the story
        (
            "en",
            _JULY + "<meta name='timezone' content='Asia/Tokyo'>",
            _EVENT_CARD,
            "",
            "2026-07-29T18:40:00+09:00",
        ),
        (
            "en",
            _JULY + "<meta name='timezone' content='+05:30'>",
            _FIXTURE,
            "",
            "2026-07-29T18:40:00+05:30",
        ),
        (
            "en",
            _JULY + "<meta name='timezone' content='JST'>",
            _EVENT_CARD,
            "",
            "2026-07-29T18:40:00+09:00",
        ),
        (
            "en",
            _JULY,
            _FIXTURE,
            _config('{"site": "news", "timezone": "Asia/Singapore"}'),
            "2026-07-29T18:40:00+08:00",
        ),
        (
            "id",
            _JULY + "<meta name='tz' content='Asia/Jakarta'>",
            _FIXTURE,
            "",
            "2026-07-29T18:40:00+07:00",
        ),
    ],
)
def test_the_pages_zone_wins_over_zones_of_unrelated_parts(
    lang: str, head: str, tail: str, script: str, expected: str
) -> None:
    assert _published(_page(lang, head=head, tail=tail, script=script)) == expected


def test_a_printed_zones_name_still_weighs_beside_a_meta_offset() -> None:
    """A CMS's December "-05:00" and the story's own "6:40 PM EDT": the printed zone's summer."""
    head = _JULY + "<meta name='timezone' content='-05:00'>"
    line = "<p class='date'>July 29, 2026 6:40 PM EDT</p>"
    assert _published(_page("en", head=head, line=line)) == "2026-07-29T18:40:00-04:00"


_DAY_FETCHED = datetime(2026, 2, 3, 12, 0, tzinfo=UTC)


def _dates(lang: str, domain: str, line: str) -> tuple[str | None, str | None]:
    """A story dated only by `line` under its headline: (published, modified)."""
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    article = extract_article(_page(lang, line=line), url, fetched=_DAY_FETCHED)
    return article.published, article.modified


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published", "modified"),
    [
        # an update's label and its clock alone, on the day of the date before it
        (
            "fr",
            "fr",
            "<p>Publié le 29 janvier 2026 à 18h40, mis à jour à 19h02</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
        (
            "it",
            "it",
            "<p>29 gennaio 2026 18:40 - Aggiornato alle 19:02</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
        (
            "de",
            "de",
            "<p>29.01.2026, 18:40 Uhr, aktualisiert um 19:02 Uhr</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
        (
            "pt",
            "br",
            "<p>29/01/2026 18h40 Atualizado às 19h02</p>",
            "2026-01-29T18:40:00-03:00",
            "2026-01-29T19:02:00-03:00",
        ),
        (
            "nl",
            "nl",
            "<p>29 januari 2026 18:40, bijgewerkt om 19:02</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
        (
            "en",
            "uk",
            "<p>29 January 2026 18:40, updated at 19:02</p>",
            "2026-01-29T18:40:00+00:00",
            "2026-01-29T19:02:00+00:00",
        ),
        (
            "en",
            "us",
            "<p>Jan. 29, 2026, 6:40 p.m. ET, updated 7:02 p.m.</p>",
            "2026-01-29T18:40:00-05:00",
            "2026-01-29T19:02:00-05:00",
        ),
    ],
)
def test_an_updates_clock_alone_on_the_day_before_it(
    lang: str, domain: str, line: str, published: str, modified: str
) -> None:
    assert _dates(lang, domain, line) == (published, modified)


@pytest.mark.parametrize(
    ("lang", "domain", "line", "published", "modified"),
    [
        # an update's clock earlier than the publication's: another day's, not read
        (
            "fr",
            "fr",
            "<p>Publié le 29 janvier 2026 à 18h40, mis à jour à 08h15</p>",
            "2026-01-29T18:40:00+01:00",
            None,
        ),
        # visible lines in languages and scripts the earlier tables do not hold (read already)
        (
            "ja",
            "jp",
            "<p class='date'>令和8年1月29日 18時40分</p>",
            "2026-01-29T18:40:00+09:00",
            None,
        ),
        (
            "ko",
            "kr",
            "<div class='info'>수정 2026.01.29 19:02 | 입력 2026.01.29 18:40</div>",
            "2026-01-29T18:40:00+09:00",
            "2026-01-29T19:02:00+09:00",
        ),
        (
            "zh",
            "cn",
            "<div class='info'>2026-01-29 18:40 来源：新华社</div>",
            "2026-01-29T18:40:00+08:00",
            None,
        ),
        (
            "zh-TW",
            "tw",
            "<div class='date'>115年1月29日 18:40</div>",
            "2026-01-29T18:40:00+08:00",
            None,
        ),
        (
            "ar",
            "eg",
            "<div class='date'>الخميس ٢٩ يناير ٢٠٢٦ - ٠٦:٤٠ م</div>",
            "2026-01-29T18:40:00+02:00",
            None,
        ),
        (
            "fa",
            "ir",
            "<div class='date'>۹ بهمن ۱۴۰۴ - ۱۸:۴۰</div>",
            "2026-01-29T18:40:00+03:30",
            None,
        ),
        (
            "th",
            "th",
            "<div class='date'>29 ม.ค. 2569 18:40 น.</div>",
            "2026-01-29T18:40:00+07:00",
            None,
        ),
        (
            "bn",
            "bd",
            "<div class='date'>২৯ জানুয়ারি ২০২৬, ১৮:৪০</div>",
            "2026-01-29T18:40:00+06:00",
            None,
        ),
        ("km", "kh", "<div class='date'>២៩ មករា ២០២៦</div>", "2026-01-29", None),
        (
            "ka",
            "ge",
            "<div class='date'>29 იანვარი 2026, 18:40</div>",
            "2026-01-29T18:40:00+04:00",
            None,
        ),
        (
            "hy",
            "am",
            "<div class='date'>29 հունվարի 2026, 18:40</div>",
            "2026-01-29T18:40:00+04:00",
            None,
        ),
        (
            "kk",
            "kz",
            "<div class='date'>29 қаңтар 2026, 18:40</div>",
            "2026-01-29T18:40:00+05:00",
            None,
        ),
        (
            "lv",
            "lv",
            "<div class='date'>2026. gada 29. janvāris 18:40</div>",
            "2026-01-29T18:40:00+02:00",
            None,
        ),
        (
            "eu",
            "eus",
            "<div class='date'>2026ko urtarrilaren 29a, 18:40</div>",
            "2026-01-29T18:40:00+01:00",
            None,
        ),
        (
            "gl",
            "gal",
            "<div class='date'>29 de xaneiro de 2026 ás 18:40</div>",
            "2026-01-29T18:40:00+01:00",
            None,
        ),
        (
            "ms",
            "my",
            "<div class='date'>Khamis, 29 Januari 2026 6:40 petang</div>",
            "2026-01-29T18:40:00+08:00",
            None,
        ),
        (
            "tr",
            "tr",
            "<p>Güncelleme: 29.01.2026 19:02 Yayınlanma: 29.01.2026 18:40</p>",
            "2026-01-29T18:40:00+03:00",
            "2026-01-29T19:02:00+03:00",
        ),
        (
            "da",
            "dk",
            "<p>Opdateret 29. jan. 2026 kl. 19.02 Offentliggjort 29. jan. 2026 kl. 18.40</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
        (
            "cs",
            "cz",
            "<p>Aktualizováno 29. 1. 2026 19:02 Publikováno 29. 1. 2026 18:40</p>",
            "2026-01-29T18:40:00+01:00",
            "2026-01-29T19:02:00+01:00",
        ),
    ],
)
def test_visible_lines_still_read(
    lang: str, domain: str, line: str, published: str, modified: str | None
) -> None:
    assert _dates(lang, domain, line) == (published, modified)


# Review of session 30: where these rules gave a wrong instant (each failed before)
_SIDE_LINE = "<p>Jan. 28, 2026, 5:00 p.m., updated 7:02 p.m.</p>"


@pytest.mark.parametrize(
    ("lang", "domain", "html", "published", "modified"),
    [
        # a photo caption's own day and update below the story's line: not the story's update
        (
            "en",
            "us",
            _page(
                "en",
                line="<p>Jan. 29, 2026, 6:40 p.m. ET</p><figure><img src='harbour.jpg'>"
                f"<figcaption>{_SIDE_LINE}</figcaption></figure>",
            ),
            "2026-01-29T18:40:00-05:00",
            None,
        ),
        # a live blog's entry line below the story's: that entry's, not the story's
        (
            "en",
            "us",
            _page(
                "en",
                line="<p>Jan. 29, 2026, 6:40 p.m. ET</p>",
                tail="<section><p>Jan. 30, 2026, 8:00 a.m. ET, updated 9:15 a.m.</p></section>",
            ),
            "2026-01-29T18:40:00-05:00",
            None,
        ),
        # an update's clock in another zone than the line's: not that clock on the line's zone
        (
            "en",
            "com",
            _page("en", line="<p>Jan. 29, 2026, 6:40 p.m. ET, updated 7:02 p.m. PT</p>"),
            "2026-01-29T18:40:00-05:00",
            None,
        ),
        (
            "de",
            "de",
            _page("de", line="<p>29.01.2026, 18:40 Uhr, aktualisiert um 19:02 UTC</p>"),
            "2026-01-29T18:40:00+01:00",
            None,
        ),
    ],
    ids=["caption", "live-entry", "en-other-zone", "de-utc"],
)
def test_an_update_clock_of_another_item_or_zone_is_not_the_storys(
    lang: str, domain: str, html: str, published: str, modified: str | None
) -> None:
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    article = extract_article(html, url, fetched=_WINTER)
    assert (article.published, article.modified) == (published, modified)


@pytest.mark.parametrize(
    "value",
    [
        '"tz": "-120"',  # a reader's offset in minutes (JavaScript's getTimezoneOffset)
        '"tz": "+330"',
        "tz: '-300'",
    ],
)
def test_a_scripts_tz_in_minutes_is_no_offset(value: str) -> None:
    html = _page("en", head=_JULY, script=f"<script>var c = {{{value}}};</script>")
    assert _published(html) == "2026-07-29T18:40:00"


@pytest.mark.parametrize(
    ("lang", "head", "published"),
    [
        # the article's own stated offset stands beside any zone the page names
        ("de", "<meta name='timezone' content='Asia/Tokyo'>", "2026-07-01T10:00:00+02:00"),
        ("en-US", "<meta name='timezone' content='-05:00'>", "2026-07-01T10:00:00+02:00"),
        ("en", "<meta name='timezone' content='EST'>", "2026-07-01T10:00:00+02:00"),
        ("ja", "<meta name='timezone' content='CET'>", "2026-07-01T10:00:00+02:00"),
    ],
)
def test_the_articles_own_offset_wins_over_the_zone_the_page_names(
    lang: str, head: str, published: str
) -> None:
    own = _ld("2026-07-01T10:00:00+02:00")
    assert _published(_page(lang, head=head + own)) == published
    line = "<time datetime='2026-07-01T10:00:00+02:00'>1 July 2026</time>"
    assert _published(_page(lang, head=head, line=line)) == published


@pytest.mark.parametrize(
    ("head", "script"),
    [
        ("", '<script>var site = {"tz": "America/Chicago"};</script>'),
        ("<meta name='timezone' content='America/Chicago'>", ""),
        ("", '<script>var site = {"timezone": "+01:00"};</script>'),
    ],
    ids=["script-zone", "meta-zone", "script-offset"],
)
def test_the_articles_own_modified_offset_dates_its_naive_published(head: str, script: str) -> None:
    # the story's own dateModified states its CMS's offset: its naive datePublished is on it,
    # not on a zone a meta or a script names
    own = _ld("2026-07-01T10:00:00", dateModified="2026-07-01T12:00:00-04:00")
    html = _page("en", head=head + own, script=script)
    assert _published(html) == "2026-07-01T10:00:00-04:00"


@pytest.mark.parametrize(
    ("tail", "script"),
    [
        # an element's data-tz (a footer's office clock) is markup, not the CMS's configuration
        ("<div class='foot'><span data-tz='Asia/Tokyo'>Tokyo office</span></div>", ""),
        # a reader's preferences object
        ("", "<script>var prefs = {lang: 'en', tz: 'Asia/Tokyo'};</script>"),
    ],
    ids=["data-tz", "prefs"],
)
def test_a_tz_that_is_not_the_sites_clock(tail: str, script: str) -> None:
    html = _page("en", head=_JULY, tail=tail, script=script)
    assert _published(html) == "2026-07-29T18:40:00"
