"""A JSON-LD publication equal to its own update beside an earlier published meta (review of
session 22's rule): where the meta is the publication kept over a republish, and where it is
no such thing (a template's default years back, a clock slip of the days clocks change, a
byline that states the JSON-LD's time); and live-blog class names on the page's own wrapper.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "Ferry timetable changes after the storm closed the northern pier"
_NO = "https://www.avis.example.no/a/1"
_WP = "https://www.localnews.example.co.uk/2026/12/04/ferry-timetable/"
_BUMPED = "2026-12-04T10:00:00+01:00"


def _page(lang: str, head: str, body: str, ld: dict[str, str] | None, wrapper: str = "") -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    article = (
        f"<h1>{_HEADLINE}</h1>{body}"
        "<p>The operator said the northern pier stays shut until the engineers have checked "
        "the pilings, and the morning boats leave from the southern quay instead.</p>"
        "<p>Season tickets stay valid on every route.</p>"
    )
    if wrapper:
        article = f"<div class='{wrapper}'>{article}</div>"
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{script}{head}</head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header><main><article>{article}"
        "</article></main><footer>Contact</footer></body></html>"
    )


def _ld(**fields: str) -> dict[str, str]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        **fields,
    }


def _meta(value: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{value}'>"


def _bumped(at: str = _BUMPED) -> dict[str, str]:
    return _ld(datePublished=at, dateModified=at)


CASES = [
    # a template's default or a recycled page's stamp, years before: no publication
    ("meta-y2k-default", _NO, "nb", _meta("2000-01-01T01:00:00+01:00"), "", _bumped(), _BUMPED),
    ("meta-years-before", _NO, "nb", _meta("2019-03-01T08:00:00+01:00"), "", _bumped(), _BUMPED),
    # a WordPress page: the meta days before (a draft's time) but the byline states the JSON-LD's
    ("wp-byline-agrees-with-ld", _WP, "en-GB", _meta("2026-11-28T16:20:00+00:00"), "<p class='byline'>Published 4 December 2026, 09:00</p>", _bumped("2026-12-04T09:00:00+00:00"), "2026-12-04T09:00:00+00:00"),
    ("wp-time-agrees-with-ld", _WP, "en-GB", _meta("2026-11-28T16:20:00+00:00"), "<time class='entry-date published' datetime='2026-12-04T09:00:00+00:00'>4 December 2026</time>", _bumped("2026-12-04T09:00:00+00:00"), "2026-12-04T09:00:00+00:00"),
    # ... and where the byline states the meta's: the meta
    ("wp-byline-agrees-with-meta", _WP, "en-GB", _meta("2026-11-28T16:20:00+00:00"), "<p class='byline'>Published 28 November 2026, 16:20</p>", _bumped("2026-12-04T09:00:00+00:00"), "2026-11-28T16:20:00+00:00"),
    # the same instant in another zone, and a date with midnight: the JSON-LD stands
    ("meta-other-zone-same-instant", _NO, "nb", _meta("2026-12-04T18:00:00+09:00"), "", _bumped(), _BUMPED),
    ("meta-midnight", _NO, "nb", _meta("2026-12-01T00:00:00+01:00"), "", _bumped(), _BUMPED),
    # the day clocks go back: a wall clock converted with the summer offset, an hour early in UTC
    ("meta-dst-slip-utc", _NO, "nb", _meta("2026-10-25T08:00:00Z"), "", _bumped("2026-10-25T10:00:00+01:00"), "2026-10-25T10:00:00+01:00"),
    # a published meta that states the JSON-LD's time beside an earlier one (another item's
    # in the head, or a second name kept): the page's own stamps agree, the JSON-LD stands
    ("metas-one-agrees", _NO, "nb", _meta(_BUMPED) + _meta("2026-12-02T08:00:00+01:00", "og:published_time"), "", _bumped(), _BUMPED),
    ("metas-one-agrees-after", _NO, "nb", _meta("2026-12-02T08:00:00+01:00") + _meta(_BUMPED, "og:published_time"), "", _bumped(), _BUMPED),
    # the republish the rule is for, still read
    ("republish-hours-before", _NO, "nb", _meta("2026-12-04T07:12:00+01:00"), "", _bumped(), "2026-12-04T07:12:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_a_bumped_json_ld_publication(
    url: str, lang: str, head: str, body: str, ld: dict[str, str] | None, expected: str
) -> None:
    assert extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED).published == expected


def _live_page(wrapper: str, entry: str) -> str:
    body = (
        "<p class='meta'>Publiceret 4. december 2026 kl. 09.00</p>"
        f"<div class='{entry}'><time datetime='2026-12-04T15:05:00+01:00'>15.05</time><p>Nyt i sagen</p></div>"
        f"<div class='{entry}'><time datetime='2026-12-04T12:05:00+01:00'>12.05</time><p>Nyt</p></div>"
    )
    return _page("da", "", body, None, wrapper)


@pytest.mark.parametrize(
    "wrapper",
    [
        "live-blog__container",
        "liveblog__article",
        "live-blog__wrapper",
        "live-updates",
        # a CMS's live post type named on the article ("type-{post type}")
        "post-4711 live_update type-live_update status-publish",
        "post-4711 liveblog-post type-liveblog-post",
    ],
)
def test_a_live_blog_wrapper_holds_the_page_own_start(wrapper: str) -> None:
    page = _live_page(wrapper, "live-blog__entry")
    assert extract_article(
        page, "https://www.avis.example.dk/live/1", fetched=_FETCHED
    ).published == ("2026-12-04T09:00:00+01:00")


def test_a_live_updates_list_holds_the_page_own_start_under_the_headline() -> None:
    """The start line inside the list of entries ("live-updates"), the headline above it:
    the plural names the list, not an entry."""
    body = (
        "<div class='live-updates'><p class='meta'>Publiceret 4. december 2026 kl. 09.00</p>"
        "<div class='live-update'><time datetime='2026-12-04T15:05:00+01:00'>15.05</time><p>Nyt i sagen</p></div>"
        "<div class='live-update'><time datetime='2026-12-04T12:05:00+01:00'>12.05</time><p>Nyt</p></div></div>"
    )
    page = (
        f"<html lang='da'><head><meta charset='utf-8'><title>{_HEADLINE}</title></head><body><main>"
        f"<h1>{_HEADLINE}</h1>{body}<p>The operator said the northern pier stays shut until the "
        "engineers have checked the pilings.</p></main></body></html>"
    )
    found = extract_article(page, "https://www.avis.example.dk/live/1", fetched=_FETCHED).published
    assert found == "2026-12-04T09:00:00+01:00"
