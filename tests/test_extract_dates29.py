"""Dates after session 29 (issue 10): the offset a page's zone meta gives as a number
(`content="+09:00"`, "UTC+9", WordPress's "5.5" hours) for a time stated without one; a
CMS's zone named in a script far down a large page (past its first 60,000 characters).

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 8, 31, 12, 0, tzinfo=UTC)
_HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)
# A large page's menus and inline styles before its scripts (about 90,000 characters).
_FILLER = "<style>" + ".nav-item-x{margin:0 4px;padding:2px}" * 2500 + "</style>"


def _page(lang: str, line: str = "", head: str = "", script: str = "") -> str:
    """A story with `line` under its headline, `script` after the article."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}"
        f"</head><body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1>{line}{_TEXT}</article></main>"
        f"<footer>Contact</footer>{script}</body></html>"
    )


def _ld(published: str) -> str:
    obj = {"@type": "NewsArticle", "headline": _HEADLINE, "datePublished": published}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _published(html: str, domain: str = "com") -> str | None:
    url = f"https://www.news.example.{domain}/a/4711-bridge"
    return extract_article(html, url, fetched=_FETCHED).published


_NAIVE = _ld("2026-07-29T18:40:00")


@pytest.mark.parametrize(
    ("lang", "meta", "expected"),
    [
        # the zone meta holding an offset, in the spellings CMSs write
        ("en", "<meta name='timezone' content='+09:00'>", "2026-07-29T18:40:00+09:00"),
        ("en", "<meta name='timezone' content='UTC+9'>", "2026-07-29T18:40:00+09:00"),
        ("en", "<meta name='tz' content='GMT+05:30'>", "2026-07-29T18:40:00+05:30"),
        ("es", "<meta name='timezone' content='-0500'>", "2026-07-29T18:40:00-05:00"),
        ("es", "<meta name='timezone' content='UTC−3'>", "2026-07-29T18:40:00-03:00"),
        ("ar", "<meta property='article:timezone' content='+03:00'>", "2026-07-29T18:40:00+03:00"),
        # an offset key, also as WordPress's bare hours
        ("en", "<meta name='gmt_offset' content='5.5'>", "2026-07-29T18:40:00+05:30"),
        ("en", "<meta name='utc-offset' content='+8'>", "2026-07-29T18:40:00+08:00"),
        ("en", "<meta name='timezone-offset' content='5.75'>", "2026-07-29T18:40:00+05:45"),
        # no summer time is invented: the page stated one offset
        ("en", "<meta name='timezone' content='+01:00'>", "2026-07-29T18:40:00+01:00"),
        # the same offset stated twice is one
        (
            "en",
            "<meta name='timezone' content='+09:00'><meta name='utc_offset' content='9'>",
            "2026-07-29T18:40:00+09:00",
        ),
    ],
)
def test_a_naive_time_in_the_offset_a_meta_gives(lang: str, meta: str, expected: str) -> None:
    assert _published(_page(lang, head=_NAIVE + meta)) == expected


@pytest.mark.parametrize(
    ("lang", "line", "meta", "expected"),
    [
        # a printed date line with no zone, on a page of no known country
        (
            "en",
            "<p class='date'>July 29, 2026 6:40 PM</p>",
            "<meta name='timezone' content='UTC+8'>",
            "2026-07-29T18:40:00+08:00",
        ),
        (
            "es",
            "<p class='date'>29 de julio de 2026, 18:40</p>",
            "<meta name='timezone' content='-06:00'>",
            "2026-07-29T18:40:00-06:00",
        ),
        (
            "en",
            "<p class='date'>29 July 2026 18:40</p>",
            "<meta name='gmt_offset' content='-4'>",
            "2026-07-29T18:40:00-04:00",
        ),
    ],
)
def test_a_printed_local_time_in_the_offset_a_meta_gives(
    lang: str, line: str, meta: str, expected: str
) -> None:
    assert _published(_page(lang, line=line, head=meta)) == expected


@pytest.mark.parametrize(
    ("lang", "meta", "expected"),
    [
        # the CMS's default, no place's clock
        ("en", "<meta name='timezone' content='+00:00'>", "2026-07-29T18:40:00"),
        ("en", "<meta name='timezone' content='UTC+0'>", "2026-07-29T18:40:00"),
        ("en", "<meta name='gmt_offset' content='0'>", "2026-07-29T18:40:00"),
        # no zone keeps such an offset, or it is no offset
        ("en", "<meta name='timezone' content='+19:00'>", "2026-07-29T18:40:00"),
        ("en", "<meta name='timezone' content='+05:75'>", "2026-07-29T18:40:00"),
        ("en", "<meta name='timezone' content='9'>", "2026-07-29T18:40:00"),
        ("en", "<meta name='timezone' content='+9 hours ago'>", "2026-07-29T18:40:00"),
        # two different clocks stated: neither
        (
            "en",
            "<meta name='timezone' content='+09:00'><meta name='gmt_offset' content='8'>",
            "2026-07-29T18:40:00",
        ),
        (
            "en",
            "<meta name='timezone' content='Asia/Kolkata'><meta name='utc_offset' content='+09:00'>",
            "2026-07-29T18:40:00",
        ),
    ],
)
def test_no_offset_from_a_meta_that_states_none(lang: str, meta: str, expected: str) -> None:
    assert _published(_page(lang, head=_NAIVE + meta)) == expected


def test_an_offset_meta_does_not_override_the_country_of_the_domain() -> None:
    """A German domain's own zone knows summer time; a meta's "+01:00" is weaker."""
    html = _page("de", head=_NAIVE + "<meta name='timezone' content='+01:00'>")
    assert _published(html, "de") == "2026-07-29T18:40:00+02:00"


@pytest.mark.parametrize(
    ("lang", "script", "expected"),
    [
        # a CMS's configuration after 90,000 characters of styles and menus
        (
            "en",
            '<script>var cfg={"timezone":"Asia/Kolkata"};</script>',
            "2026-07-29T18:40:00+05:30",
        ),
        (
            "es",
            "<script>window.site={timeZone:'America/Bogota',locale:'es'}</script>",
            "2026-07-29T18:40:00-05:00",
        ),
        (
            "en",
            '<script>var wp={"TIME_ZONE":"Australia/Perth"}</script>',
            "2026-07-29T18:40:00+08:00",
        ),
        # a widget's clock far down is still a widget's
        (
            "en",
            '<script>weatherBox.init({city:"Chicago", units:"F", timezone:"America/Chicago"})</script>',
            "2026-07-29T18:40:00",
        ),
        # the site's own near the top and another far down: two clocks, neither
        ("en", '<script>var cfg={"timezone":"Europe/London"};</script>', "2026-07-29T18:40:00"),
    ],
)
def test_a_zone_named_far_down_a_large_page(lang: str, script: str, expected: str) -> None:
    top = '<script>var site={"timezone":"Asia/Kolkata"}</script>' if "London" in script else ""
    html = _page(lang, head=_NAIVE + top, script=_FILLER + script)
    assert len(html) > 60_000
    assert _published(html) == expected


@pytest.mark.parametrize(
    ("head", "line", "expected"),
    [
        # a bare "en" on a .com page whose locale meta names a region that writes day first
        (
            "<meta property='og:locale' content='en_GB'>",
            "<p class='date'>03/04/2026 14:05</p>",
            "2026-04-03T14:05:00+01:00",
        ),
        (
            "<meta property='og:locale' content='en_AU'>",
            "<p class='date'>Published 03/04/2026</p>",
            "2026-04-03",
        ),
        (
            "<meta property='og:locale' content='en_IN'>",
            "<p class='date'>03/04/2026 2:05 PM</p>",
            "2026-04-03T14:05:00+05:30",
        ),
        (
            "<meta http-equiv='content-language' content='en-NG'>",
            "<p class='date'>03/04/2026</p>",
            "2026-04-03",
        ),
        (
            "<meta property='og:locale' content='en_ZA'>",
            "<p class='date'>Updated 03/04/2026</p>",
            "2026-04-03",
        ),
        # the American and Philippine ones month first, as a bare .com page is read
        (
            "<meta property='og:locale' content='en_US'>",
            "<p class='date'>03/04/2026</p>",
            "2026-03-04",
        ),
        (
            "<meta property='og:locale' content='en_PH'>",
            "<p class='date'>03/04/2026</p>",
            "2026-03-04",
        ),
        # a US territory's too (Guam, Puerto Rico)
        (
            "<meta property='og:locale' content='en_GU'>",
            "<p class='date'>03/04/2026</p>",
            "2026-03-04",
        ),
        (
            "<meta http-equiv='content-language' content='en-PR'>",
            "<p class='date'>03/04/2026</p>",
            "2026-03-04",
        ),
        ("", "<p class='date'>03/04/2026</p>", "2026-03-04"),
        # two regions named: the page's default reading
        (
            "<meta property='og:locale' content='en_GB'><meta http-equiv='content-language' content='en-US'>",
            "<p class='date'>03/04/2026</p>",
            "2026-03-04",
        ),
    ],
)
def test_the_locale_meta_decides_the_day_and_month_order(
    head: str, line: str, expected: str
) -> None:
    assert _published(_page("en", line=line, head=head)) == expected


@pytest.mark.parametrize(
    ("lang", "domain", "line", "expected"),
    [
        # "AST" on a page in Arabic is Arabia Standard Time, wherever the site sits
        ("ar", "com", "<p class='date'>Mar 4, 2026, 2:05 PM AST</p>", "2026-03-04T14:05:00+03:00"),
        ("ar", "net", "<p class='date'>04/03/2026 14:05 AST</p>", "2026-03-04T14:05:00+03:00"),
        ("ar", "eg", "<p class='date'>4 مارس 2026 - 14:05 AST</p>", "2026-03-04T14:05:00+03:00"),
        # elsewhere the Atlantic's, and a Saudi site's own as before
        ("en", "com", "<p class='date'>Mar 4, 2026, 2:05 PM AST</p>", "2026-03-04T14:05:00-04:00"),
        ("en", "sa", "<p class='date'>Mar 4, 2026, 2:05 PM AST</p>", "2026-03-04T14:05:00+03:00"),
    ],
)
def test_ast_on_an_arabic_page_is_arabia_standard_time(
    lang: str, domain: str, line: str, expected: str
) -> None:
    assert _published(_page(lang, line=line), domain) == expected


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        # WordPress's bare hours of two digits: Sydney's summer, New Zealand, Samoa
        ("<meta name='gmt_offset' content='10'>", "2026-07-29T18:40:00+10:00"),
        ("<meta name='gmt_offset' content='11'>", "2026-07-29T18:40:00+11:00"),
        ("<meta name='utc_offset' content='12'>", "2026-07-29T18:40:00+12:00"),
        ("<meta name='gmt_offset' content='13'>", "2026-07-29T18:40:00+13:00"),
        # a sign is "+", "-" or U+2212, not a letter or a digit
        ("<meta name='timezone' content='A5'>", "2026-07-29T18:40:00"),
        ("<meta name='timezone' content='1100'>", "2026-07-29T18:40:00"),
    ],
)
def test_an_offset_of_two_digits_is_read_whole(meta: str, expected: str) -> None:
    assert _published(_page("en", head=_NAIVE + meta)) == expected


@pytest.mark.parametrize(
    ("head", "script", "expected"),
    [
        # a zone's name and the offset it keeps are one clock, not two
        (
            "<meta name='timezone' content='Asia/Tokyo'><meta name='timezone-offset' content='+09:00'>",
            "",
            "2026-07-29T18:40:00+09:00",
        ),
        (
            "<meta name='gmt_offset' content='5.5'>",
            '<script>var cfg={"timezone_string":"Asia/Kolkata"}</script>',
            "2026-07-29T18:40:00+05:30",
        ),
        # its standard offset beside it: the named zone's summer on a summer day
        (
            "<meta name='timezone' content='America/New_York'><meta name='gmt_offset' content='-5'>",
            "",
            "2026-07-29T18:40:00-04:00",
        ),
        # an offset the named zone never keeps is another clock: neither
        (
            "<meta name='timezone' content='America/New_York'><meta name='gmt_offset' content='-7'>",
            "",
            "2026-07-29T18:40:00",
        ),
    ],
)
def test_a_zone_and_its_own_offset_name_one_clock(head: str, script: str, expected: str) -> None:
    assert _published(_page("en", head=_NAIVE + head, script=script)) == expected


def test_a_zone_named_near_the_top_of_a_page_saying_zone_often_below() -> None:
    """A site's `timeZone` at the top is read though its scripts say "zone" hundreds of times
    further down (a bundled zone library): each spelling's first places are read."""
    config = "<script>window.site={timeZone:'America/Bogota',locale:'es'}</script>"
    bundle = "<script>" + "function f(zone){return zone.run(zone.fork())}" * 300 + "</script>"
    html = _page("es", head=_NAIVE + config, script=bundle)
    assert _published(html) == "2026-07-29T18:40:00-05:00"


@pytest.mark.parametrize(
    "script",
    [
        # an ad's configuration far down: an ad server's clock, not the site's
        '<script>adConfig={"slot":"top-banner","timezone":"America/New_York"}</script>',
        "<script>googletag.cmd.push(function(){var t={timeZone:'America/Chicago'}})</script>",
        '<script>pbjs.que.push({adUnit:"mid", time_zone:"Europe/London"})</script>',
    ],
)
def test_an_ads_zone_far_down_is_not_the_sites(script: str) -> None:
    html = _page("en", head=_NAIVE, script=_FILLER + script)
    assert _published(html) == "2026-07-29T18:40:00"
