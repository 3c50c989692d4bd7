"""Review of dates-23 (session 23) on pages of unseen publishers: the republish rule's hour
slip only where the page's zone keeps summer time and the day falls in its winter, a page
that prints a byline or an agency's dateline is signed (its meta days before a bumped JSON-LD
the first release), and a broadcaster's "Sendung vom" line dates a page that has no other.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "Council votes on the new harbour bridge after a long night"


def _page(lang: str, head: str, body: str, ld: dict[str, object] | None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{script}{head}</head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header><main><article><h1>{_HEADLINE}</h1>{body}"
        "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
        "the old bridge and build a new one by the summer, the council said.</p>"
        "<p>The cost is spread over three years.</p></article></main><footer>Contact</footer></body></html>"
    )


def _bumped(stamp: str, **fields: object) -> dict[str, object]:
    """A JSON-LD article whose publication was overwritten by its last save."""
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        "datePublished": stamp,
        "dateModified": stamp,
        **fields,
    }


def _p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def _meta(value: str) -> str:
    return f"<meta property='article:published_time' content='{value}'>"


def _own_microdata(cls: str, outer: str) -> str:
    """The article's microdata scope below the headline, the story inside it."""
    scope = (
        f"<div itemscope itemtype='https://schema.org/NewsArticle' class='{cls}'>"
        f"<meta itemprop='datePublished' content='{_BUMPED}'><span itemprop='author'>Anna Berg</span>"
        "<p>Der Stadtrat hat am Donnerstag nach langer Debatte entschieden, die Brücke zu erneuern.</p></div>"
    )
    return f"<div class='{outer}'>{scope}</div>" if outer else scope


_DE = "https://www.zeitung.example.de/stadt/bruecke-100.html"
_FR = "https://www.journal.example.fr/ville/pont-100.html"
_JP = "https://www.shimbun.example.jp/articles/4711"
_IN = "https://www.times.example.in/city/4711"
_BR = "https://www.jornal.example.com.br/cidade/4711"
_BUMPED = "2026-12-04T15:05:00+01:00"
_EARLIER = "2026-12-01T09:12:00+01:00"

CASES = [
    # an hour before the bumped JSON-LD on one offset: a slip only in a summer-time zone's winter
    ("de-winter-hour-slip", _DE, "de", _meta("2026-12-04T14:05:00+01:00"), "", _bumped(_BUMPED), _BUMPED),
    ("de-summer-hour-before-first-release", _DE, "de", _meta("2026-07-04T14:05:00+02:00"), "", _bumped("2026-07-04T15:05:00+02:00"), "2026-07-04T14:05:00+02:00"),
    ("jp-no-summer-time-hour-before", _JP, "ja", _meta("2026-12-04T14:05:00+09:00"), "", _bumped("2026-12-04T15:05:00+09:00"), "2026-12-04T14:05:00+09:00"),
    ("in-no-summer-time-hour-before", _IN, "en", _meta("2026-12-04T14:05:00+05:30"), "", _bumped("2026-12-04T15:05:00+05:30"), "2026-12-04T14:05:00+05:30"),
    ("br-no-summer-time-hour-before", _BR, "pt", _meta("2026-12-04T14:05:00-03:00"), "", _bumped("2026-12-04T15:05:00-03:00"), "2026-12-04T14:05:00-03:00"),
    # a meta days before a bumped JSON-LD: the first release where the page names anyone
    ("printed-byline-signed", _DE, "de", _meta(_EARLIER), _p("Von Anna Berg"), _bumped(_BUMPED), _EARLIER),
    ("agency-credit-line-signed", _DE, "de", _meta(_EARLIER), _p("Quelle: dpa"), _bumped(_BUMPED), _EARLIER),
    ("agency-dateline-signed", _DE, "de", _meta(_EARLIER), "<p>Berlin (dpa) - Der Stadtrat hat am Donnerstag entschieden, die Brücke zu erneuern.</p>", _bumped(_BUMPED), _EARLIER),
    ("agency-dateline-signed-fr", _FR, "fr", _meta(_EARLIER), "<p>PARIS (AFP) - Le conseil municipal a voté jeudi soir la reconstruction du pont.</p>", _bumped(_BUMPED), _EARLIER),
    ("two-agencies-dateline-signed", _DE, "de", _meta(_EARLIER), "<p>Wien (APA/dpa) - Der Gemeinderat hat am Donnerstag entschieden.</p>", _bumped(_BUMPED), _EARLIER),
    # ... not a place in brackets, nor a page naming no one (dates-23's guard stands)
    ("place-in-brackets-unsigned", _DE, "de", _meta(_EARLIER), "<p>Neustadt (Saale) - Der Stadtrat hat am Donnerstag entschieden.</p>", _bumped(_BUMPED), _BUMPED),
    ("unsigned", _DE, "de", _meta(_EARLIER), "", _bumped(_BUMPED), _BUMPED),
    # a broadcast's or video's day: the page's own where it prints no other dated line
    ("sendung-vom-alone", _DE, "de", "", _p("Sendung vom 04.12.2026, 19:00 Uhr"), None, "2026-12-04T19:00:00+01:00"),
    ("video-vom-alone", _DE, "de", "", _p("Video vom 04.12.2026, 19:00 Uhr"), None, "2026-12-04T19:00:00+01:00"),
    ("folge-vom-alone", _DE, "de", "", _p("Folge vom 04.12.2026"), None, "2026-12-04"),
    ("sendung-vom-beside-stand", _DE, "de", "", _p("Sendung vom 03.12.2026, 19:00 Uhr") + _p("Stand: 04.12.2026, 15:05 Uhr"), None, "2026-12-04T15:05:00+01:00"),
    ("video-vom-after-stand", _DE, "de", "", _p("Stand: 04.12.2026, 15:05 Uhr") + _p("Video vom 03.12.2026, 19:00 Uhr"), None, "2026-12-04T15:05:00+01:00"),
    # the article's own microdata in a block classed for comments or a related rail: its own
    ("own-microdata-has-comments", _DE, "de", "", _own_microdata("article-body has-comments", ""), None, _BUMPED),
    ("own-microdata-in-related-rail-layout", _DE, "de", "", _own_microdata("article-body", "layout with-related-rail"), None, _BUMPED),
    # ... a related piece's card, a link to it: another item's (dates-23)
    ("related-card-links-another", _DE, "de", "", _p("04.12.2026, 15:05 Uhr") + "<div class='related-card' itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' content='2026-12-05T09:00:00+01:00'><a href='/stadt/verkehr-101.html'>Ein anderer Artikel über den Verkehr in der Stadt</a></div>", None, _BUMPED),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant_on_unseen_pages(
    url: str, lang: str, head: str, body: str, ld: dict[str, object] | None, expected: str | None
) -> None:
    assert extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED).published == expected
