"""The published instant on pages of unseen publishers outside the German-language ones
(issue 10, session 22): a JSON-LD "Z" beside a printed local clock, naive stamps on sites
whose country the host names, a published meta kept where the JSON-LD's publication was bumped
to its update, 12-hour clocks and zone names of many countries, epoch values, live blogs and
the days clocks change.

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


def _page(lang: str, head: str, body: str, ld: dict[str, str] | None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{script}{head}</head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header><main><article><h1>{_HEADLINE}</h1>{body}"
        "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
        "the old bridge and build a new one by the summer, the council said.</p>"
        "<p>The cost is spread over three years.</p></article></main><footer>Contact</footer></body></html>"
    )


def _ld(**fields: str) -> dict[str, str]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": _HEADLINE,
        **fields,
    }


def _p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def _meta(value: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{value}'>"


def _live(cls: str) -> str:
    return (
        _p("Publiceret 4. december 2026 kl. 09.00")
        + f"<div class='live'><div class='{cls}'><time datetime='2026-12-04T15:05:00+01:00'>15.05</time><p>Nyt i sagen</p></div>"
        f"<div class='{cls}'><time datetime='2026-12-04T12:05:00+01:00'>12.05</time><p>Nyt</p></div></div>"
    )


_NL = "https://www.krant.example.nl/a/1"
_PL = "https://www.gazeta.example.pl/a/1"
_JP = "https://www.shimbun.example.jp/a/1"
_KR = "https://news.example.co.kr/a/1"
_AU = "https://www.news.example.com.au/a/1"
_US = "https://www.paper.example.com/a/1"
_NO = "https://www.avis.example.no/a/1"
_ID = "https://www.berita.example.co.id/a/1"
_BUMPED = "2026-12-04T10:00:00+01:00"

CASES = [
    # JSON-LD in UTC beside the printed local clock: the same instant, said locally
    ("ld-utc-beside-local-nl", _NL, "nl", "", _p("5 december 2026, 15:05"), _ld(datePublished="2026-12-05T14:05:00Z"), "2026-12-05T15:05:00+01:00"),
    ("ld-utc-beside-local-jp-next-day", _JP, "ja", "", _p("2026年12月5日 0時05分"), _ld(datePublished="2026-12-04T15:05:00Z"), "2026-12-05T00:05:00+09:00"),
    ("ld-utc-beside-local-in", "https://www.news.example.in/a/1", "en-IN", "", _p("Dec 4, 2026, 03:05 PM IST"), _ld(datePublished="2026-12-04T09:35:00Z"), "2026-12-04T15:05:00+05:30"),
    ("ld-utc-beside-est", _US, "en-US", "", _p("Dec. 4, 2026 3:05 p.m. EST"), _ld(datePublished="2026-12-04T20:05:00Z"), "2026-12-04T15:05:00-05:00"),
    ("ld-utc-beside-local-tr", "https://www.gazete.example.com.tr/a/1", "tr", "", _p("04.12.2026 15:05"), _ld(datePublished="2026-12-04T12:05:00Z"), "2026-12-04T15:05:00+03:00"),
    ("ld-utc-beside-local-dst-day", _NL, "nl", "", _p("29 maart 2026, 14:05"), _ld(datePublished="2026-03-29T12:05:00Z"), "2026-03-29T14:05:00+02:00"),
    ("ld-utc-an-hour-off-dst-day", _NL, "nl", "", _p("29 maart 2026, 14:05"), _ld(datePublished="2026-03-29T13:05:00Z"), "2026-03-29T15:05:00+02:00"),
    # the JSON-LD article's own "Z" on the printed wall clock stands as UTC (the project's
    # convention, test_extract_dates_unseen_pages); a meta's "Z" there is a local time mislabelled
    ("ld-z-on-printed-wall-pl", _PL, "pl", "", _p("5 grudnia 2026, 15:05"), _ld(datePublished="2026-12-05T15:05:00Z"), "2026-12-05T16:05:00+01:00"),
    ("meta-z-on-printed-wall-pl", _PL, "pl", _meta("2026-12-05T15:05:00Z"), _p("5 grudnia 2026, 15:05"), None, "2026-12-05T15:05:00+01:00"),
    ("meta-z-on-printed-wall-dst-day", _NL, "nl", _meta("2026-03-29T14:05:00Z"), _p("29 maart 2026, 14:05"), None, "2026-03-29T14:05:00+02:00"),
    # a naive stamp on a site whose country the host names
    ("naive-nl", _NL, "nl", "", "", _ld(datePublished="2026-12-05T15:05:00"), "2026-12-05T15:05:00+01:00"),
    ("naive-pl-summer", _PL, "pl", "", "", _ld(datePublished="2026-07-05T15:05:00"), "2026-07-05T15:05:00+02:00"),
    ("naive-jp", _JP, "ja", "", "", _ld(datePublished="2026-12-05T15:05:00"), "2026-12-05T15:05:00+09:00"),
    ("naive-br", "https://www.jornal.example.com.br/a/1", "pt-BR", "", "", _ld(datePublished="2026-12-05T15:05:00"), "2026-12-05T15:05:00-03:00"),
    ("naive-mx", "https://www.diario.example.mx/a/1", "es-MX", "", "", _ld(datePublished="2026-12-05T15:05:00"), "2026-12-05T15:05:00-06:00"),
    ("naive-au-printed-awst", _AU, "en-AU", "", _p("December 4, 2026 — 3:05pm AWST"), _ld(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+08:00"),
    ("naive-ca-printed-pt", "https://www.paper.example.ca/a/1", "en-CA", "", _p("Dec. 4, 2026 3:05 p.m. PT"), _ld(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00-08:00"),
    ("naive-nl-date-only-time", _NL, "nl", "", "<time datetime='2026-12-04'>4 december 2026</time>", _ld(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+01:00"),
    # a date-only <time> beside a full stamp: the stamp
    ("date-only-time-beside-stamp-fr", "https://www.journal.example.fr/a/1", "fr", "", "<time datetime='2026-12-04'>4 décembre 2026</time>", _ld(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
    # the JSON-LD's publication bumped to its own update, the published meta kept: the meta's
    ("republish-days-before", _NO, "nb", _meta("2026-12-01T08:00:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED, author="Kari Nordmann"), "2026-12-01T08:00:00+01:00"),
    ("republish-hours-before", _NO, "nb", _meta("2026-12-04T08:00:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), "2026-12-04T08:00:00+01:00"),
    # ... and in the same minute: the JSON-LD's seconds are its save stamp's, the meta's minute the editors'
    ("republish-same-minute", _JP, "ja", _meta("2026-12-04T17:41:00+09:00"), "", _ld(datePublished="2026-12-04T17:41:47+09:00", dateModified="2026-12-04T17:41:47+09:00"), "2026-12-04T17:41:00+09:00"),
    ("republish-og-name", "https://www.journal.example.fr/a/1", "fr", _meta("2026-12-02T07:30:00+01:00", "og:published_time"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED, author="Jeanne Martin"), "2026-12-02T07:30:00+01:00"),
    # ... not where the meta is the same instant, another season's offset on the same wall
    # clock, or the JSON-LD's update differs from its publication
    ("republish-same-instant", _NO, "nb", _meta("2026-12-04T09:00:00Z"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), _BUMPED),
    ("republish-offset-slip", _NO, "nb", _meta("2026-12-04T10:00:00+02:00"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), _BUMPED),
    ("updated-apart-ld-stands", _NO, "nb", _meta("2026-12-01T08:00:00+01:00"), "", _ld(datePublished=_BUMPED, dateModified="2026-12-04T12:00:00+01:00"), _BUMPED),
    ("no-ld-update-ld-stands", _NO, "nb", _meta("2026-12-01T08:00:00+01:00"), "", _ld(datePublished=_BUMPED), _BUMPED),
    ("date-only-meta-ld-stands", _NO, "nb", _meta("2026-12-01"), "", _ld(datePublished=_BUMPED, dateModified=_BUMPED), _BUMPED),
    # a page dated only by its update: that is its publication as well (the convention)
    ("updated-only-sv", "https://www.tidning.example.se/a/1", "sv", "", _p("Uppdaterad 5 december 2026 kl. 14.32"), None, "2026-12-05T14:32:00+01:00"),
    ("updated-only-in", "https://www.news.example.in/a/1", "en-IN", "", _p("Updated: Dec 04, 2026 15:05 IST"), None, "2026-12-04T15:05:00+05:30"),
    # other items' dates before the article's own
    ("related-first-it", "https://www.giornale.example.it/a/1", "it", "", "<aside><ul><li><a href='/b'>Altro</a> <span>1 dicembre 2026</span></li><li><a href='/c'>Altro</a> <span>2 dicembre 2026</span></li></ul></aside>" + _p("4 dicembre 2026, 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("related-time-first-sv", "https://www.tidning.example.se/a/1", "sv", "", "<ul class='related'><li><a href='/x'>Annan artikel</a> <time datetime='2026-12-01T08:00:00+01:00'>1 dec</time></li></ul>" + _p("Publicerad 4 december 2026 kl. 15.05"), None, "2026-12-04T15:05:00+01:00"),
    # live blogs: the start printed above the entries, entries named as BEM parts
    ("live-blog-bem-entry", "https://www.avis.example.dk/live/1", "da", "", _live("live-blog__entry"), None, "2026-12-04T09:00:00+01:00"),
    ("live-blog-bem-post", "https://www.avis.example.dk/live/1", "da", "", _live("liveblog__post"), None, "2026-12-04T09:00:00+01:00"),
    ("live-underscore-update", "https://www.avis.example.dk/live/1", "da", "", _live("live_update"), None, "2026-12-04T09:00:00+01:00"),
    ("live-blog-update", "https://www.avis.example.dk/live/1", "da", "", _live("live-blog-update"), None, "2026-12-04T09:00:00+01:00"),
    ("live-feed-item", "https://www.avis.example.dk/live/1", "da", "", _live("live-feed__item"), None, "2026-12-04T09:00:00+01:00"),
    ("live-event-post", "https://www.avis.example.dk/live/1", "da", "", _live("live-event__post"), None, "2026-12-04T09:00:00+01:00"),
    ("ticker-bem-item", "https://www.avis.example.dk/live/1", "da", "", _live("ticker__item"), None, "2026-12-04T09:00:00+01:00"),
    ("live-blog-entry", "https://www.avis.example.dk/live/1", "da", "", _live("live-blog-entry"), None, "2026-12-04T09:00:00+01:00"),
    # a LiveBlogPosting's own datePublished stands over its coverage start (the convention)
    ("live-ld-published", "https://www.news.example.co.nz/live/1", "en-NZ", "", "", {**_ld(datePublished="2026-12-04T15:05:00+13:00", dateModified="2026-12-04T15:05:00+13:00", coverageStartTime="2026-12-04T09:00:00+13:00"), "@type": "LiveBlogPosting"}, "2026-12-04T15:05:00+13:00"),
    ("live-ld-coverage-only", "https://www.news.example.co.nz/live/1", "en-NZ", "", "", {**_ld(coverageStartTime="2026-12-04T09:00:00+13:00", dateModified="2026-12-04T15:05:00+13:00"), "@type": "LiveBlogPosting"}, "2026-12-04T09:00:00+13:00"),
    # 12-hour clocks and local clock spellings
    ("ca-pm-et", "https://www.paper.example.ca/a/1", "en-CA", "", _p("Published Dec. 4, 2026 3:05 p.m. ET"), None, "2026-12-04T15:05:00-05:00"),
    ("ca-fr-15-h-05", "https://www.journal.example.ca/a/1", "fr-CA", "", _p("Publié le 4 décembre 2026 à 15 h 05"), None, "2026-12-04T15:05:00-05:00"),
    ("fr-15h05", "https://www.journal.example.fr/a/1", "fr", "", _p("Publié le 4 décembre 2026 à 15h05"), None, "2026-12-04T15:05:00+01:00"),
    ("us-noon-pm", _US, "en-US", "", _p("Dec. 4, 2026 12:05 p.m. ET"), None, "2026-12-04T12:05:00-05:00"),
    ("us-midnight-am", _US, "en-US", "", _p("Dec. 4, 2026 12:05 a.m. ET"), None, "2026-12-04T00:05:00-05:00"),
    ("us-pt", _US, "en-US", "", _p("Dec. 4, 2026 3:05 PM PT"), None, "2026-12-04T15:05:00-08:00"),
    ("ja-gogo", _JP, "ja", "", _p("2026年12月4日 午後3時5分"), None, "2026-12-04T15:05:00+09:00"),
    ("ja-gozen-0", _JP, "ja", "", _p("2026年12月4日 午前0時5分"), None, "2026-12-04T00:05:00+09:00"),
    ("ja-gogo-0", _JP, "ja", "", _p("2026年12月4日 午後0時5分"), None, "2026-12-04T12:05:00+09:00"),
    ("ja-slashes", _JP, "ja", "", _p("2026/12/04 15:05"), None, "2026-12-04T15:05:00+09:00"),
    ("ko-ohu", _KR, "ko", "", _p("입력 2026.12.04 오후 3:05"), None, "2026-12-04T15:05:00+09:00"),
    ("ko-ojeon-12", _KR, "ko", "", _p("입력 2026.12.04 오전 12:05"), None, "2026-12-04T00:05:00+09:00"),
    ("ko-gisaipryeok", _KR, "ko", "", _p("기사입력 2026-12-04 오후 3:05"), None, "2026-12-04T15:05:00+09:00"),
    ("nl-be-uur", "https://www.krant.example.be/a/1", "nl-BE", "", _p("4 december 2026 om 15.05 uur"), None, "2026-12-04T15:05:00+01:00"),
    ("da-kl", "https://www.avis.example.dk/a/1", "da", "", _p("4. december 2026 kl. 15.05"), None, "2026-12-04T15:05:00+01:00"),
    ("fi-klo", "https://www.lehti.example.fi/a/1", "fi", "", _p("4.12.2026 klo 15.05"), None, "2026-12-04T15:05:00+02:00"),
    ("pl-godz", _PL, "pl", "", _p("Opublikowano: 04.12.2026, godz. 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("cs", "https://www.noviny.example.cz/a/1", "cs", "", _p("4. prosince 2026 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("ru", "https://www.gazeta.example.ru/a/1", "ru", "", _p("4 декабря 2026, 15:05"), None, "2026-12-04T15:05:00+03:00"),
    ("ru-msk", "https://www.gazeta.example.ru/a/1", "ru", "", _p("4 декабря 2026, 15:05 (мск)"), None, "2026-12-04T15:05:00+03:00"),
    ("tr", "https://www.gazete.example.com.tr/a/1", "tr", "", _p("04.12.2026 - 15:05"), None, "2026-12-04T15:05:00+03:00"),
    ("ar-eg-pm", "https://www.akhbar.example.eg/a/1", "ar", "", _p("الجمعة 4 ديسمبر 2026 03:05 م"), None, "2026-12-04T15:05:00+02:00"),
    ("ar-sa-gmt3", "https://www.akhbar.example.sa/a/1", "ar", "", _p("4 ديسمبر 2026 - 15:05 (GMT+3)"), None, "2026-12-04T15:05:00+03:00"),
    ("mx-hrs", "https://www.diario.example.mx/a/1", "es-MX", "", _p("4 de diciembre de 2026, 15:05 hrs"), None, "2026-12-04T15:05:00-06:00"),
    ("ar-utc-minus", "https://www.diario.example.com.ar/a/1", "es-AR", "", _p("4 de diciembre de 2026 · 15:05 (UTC−3)"), None, "2026-12-04T15:05:00-03:00"),
    ("br-15h05", "https://www.jornal.example.com.br/a/1", "pt-BR", "", _p("04/12/2026 15h05"), None, "2026-12-04T15:05:00-03:00"),
    ("br-brt", "https://www.jornal.example.com.br/a/1", "pt-BR", "", _p("04/12/2026 - 15:05 (BRT)"), None, "2026-12-04T15:05:00-03:00"),
    ("es-h", "https://www.diario.example.es/a/1", "es", "", _p("04/12/2026 - 15:05 h."), None, "2026-12-04T15:05:00+01:00"),
    ("it-ore", "https://www.giornale.example.it/a/1", "it", "", _p("04 dicembre 2026 ore 15:05"), None, "2026-12-04T15:05:00+01:00"),
    ("pt-dez", "https://www.jornal.example.pt/a/1", "pt-PT", "", _p("4 dez 2026 15h05"), None, "2026-12-04T15:05:00+00:00"),
    ("nz-clock-first", "https://www.news.example.co.nz/a/1", "en-NZ", "", _p("3:05pm, Dec 04 2026"), None, "2026-12-04T15:05:00+13:00"),
    # zones named: Australian, Indian, Asian, Indonesian, European, "GMT+8"
    ("au-aedt", _AU, "en-AU", "", _p("December 4, 2026 — 3:05pm AEDT"), None, "2026-12-04T15:05:00+11:00"),
    ("au-aest-december", _AU, "en-AU", "", _p("December 4, 2026 — 3:05pm AEST"), None, "2026-12-04T15:05:00+10:00"),
    ("au-awst", _AU, "en-AU", "", _p("December 4, 2026 — 3:05pm AWST"), None, "2026-12-04T15:05:00+08:00"),
    ("au-acst-july", _AU, "en-AU", "", _p("July 4, 2026 — 3:05pm ACST"), None, "2026-07-04T15:05:00+09:30"),
    ("au-aest-july", _AU, "en-AU", "", _p("July 4, 2026 — 3:05pm AEST"), None, "2026-07-04T15:05:00+10:00"),
    ("in-ist", "https://www.news.example.in/a/1", "en-IN", "", _p("Published: Dec 04, 2026 03:05 PM IST"), None, "2026-12-04T15:05:00+05:30"),
    ("gmt-plus-530", "https://www.news.example.com/a/1", "en", "", _p("Dec 4, 2026, 15:05 (GMT+5:30)"), None, "2026-12-04T15:05:00+05:30"),
    ("sg-gmt8", "https://www.news.example.sg/a/1", "en-SG", "", _p("Dec 4, 2026, 3:05 pm (GMT+8)"), None, "2026-12-04T15:05:00+08:00"),
    ("hk-gmt8", "https://www.news.example.com.hk/a/1", "zh-HK", "", _p("2026-12-04 15:05 (GMT+8)"), None, "2026-12-04T15:05:00+08:00"),
    ("sg-sgt", "https://www.news.example.com.sg/a/1", "en-SG", "", _p("Dec 4, 2026, 03:05 PM SGT"), None, "2026-12-04T15:05:00+08:00"),
    ("hk-hkt", "https://www.news.example.com.hk/a/1", "en-HK", "", _p("4 Dec 2026 - 3:05 PM HKT"), None, "2026-12-04T15:05:00+08:00"),
    ("ph-pht", "https://www.news.example.com.ph/a/1", "en-PH", "", _p("December 04, 2026 | 3:05 PM PHT"), None, "2026-12-04T15:05:00+08:00"),
    ("id-wib", _ID, "id", "", _p("Jumat, 04 Des 2026 15:05 WIB"), None, "2026-12-04T15:05:00+07:00"),
    ("id-wita", _ID, "id", "", _p("Jumat, 04 Des 2026 15:05 WITA"), None, "2026-12-04T15:05:00+08:00"),
    ("id-wit", _ID, "id", "", _p("Jumat, 04 Des 2026 15:05 WIT"), None, "2026-12-04T15:05:00+09:00"),
    ("com-cet", "https://www.news.example.com/a/1", "en", "", _p("4 Dec 2026, 15:05 CET"), None, "2026-12-04T15:05:00+01:00"),
    ("com-cest", "https://www.news.example.com/a/1", "en", "", _p("4 Jul 2026, 15:05 CEST"), None, "2026-07-04T15:05:00+02:00"),
    ("uk-bst", "https://www.news.example.co.uk/a/1", "en-GB", "", _p("4 July 2026 • 3:05pm BST"), None, "2026-07-04T15:05:00+01:00"),
    # the day only in the address
    ("url-only-za", "https://www.news.example.co.za/2026/12/05/bridge-vote", "en-ZA", "", "", None, "2026-12-05"),
    ("url-only-dst-day", "https://www.paper.example.com/2026/03/08/story", "en-US", "", "", None, "2026-03-08"),
    # epoch values in data attributes, seconds and milliseconds
    ("epoch-ms-ie", "https://www.news.example.ie/a/1", "en-IE", "", "<span class='date' data-timestamp='1796482800000'>5 December 2026, 15:00</span>", None, "2026-12-05T15:00:00+00:00"),
    ("epoch-s-ie", "https://www.news.example.ie/a/1", "en-IE", "", "<span class='date' data-timestamp='1796482800'>5 December 2026</span>", None, "2026-12-05T15:00:00+00:00"),
    ("epoch-s-pt", "https://www.jornal.example.pt/a/1", "pt-PT", "", "<span class='date' data-time='1796482800'>5 dez 2026</span>", None, "2026-12-05T15:00:00+00:00"),
    ("epoch-s-not-shown", "https://www.news.example.ie/a/1", "en-IE", "", "<div class='article-meta' data-publish-date='1796482800'></div>", None, "2026-12-05T15:00:00+00:00"),
    # the days clocks change
    ("pt-fall-back-day", "https://www.jornal.example.pt/a/1", "pt-PT", "", _p("25 de outubro de 2026, 01:30"), None, "2026-10-25T01:30:00+01:00"),
    ("es-spring-day", "https://www.diario.example.es/a/1", "es", "", _p("29 de marzo de 2026, 14:05"), None, "2026-03-29T14:05:00+02:00"),
    ("nl-fall-back-repeated-hour", _NL, "nl", "", _p("25 oktober 2026, 02:30"), None, "2026-10-25T02:30:00+02:00"),
    ("nl-spring-after", _NL, "nl", "", _p("29 maart 2026, 03:30"), None, "2026-03-29T03:30:00+02:00"),
    ("nl-spring-before", _NL, "nl", "", _p("29 maart 2026, 01:30"), None, "2026-03-29T01:30:00+01:00"),
    ("us-spring-day", _US, "en-US", "", _p("March 8, 2026 3:05 a.m. ET"), None, "2026-03-08T03:05:00-04:00"),
    ("us-fall-back-est", _US, "en-US", "", _p("November 1, 2026 1:30 a.m. EST"), None, "2026-11-01T01:30:00-05:00"),
    ("au-spring-day", _AU, "en-AU", "", _p("October 4, 2026 — 3:05pm AEDT"), None, "2026-10-04T15:05:00+11:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "head", "body", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant_on_unseen_pages(
    url: str, lang: str, head: str, body: str, ld: dict[str, str] | None, expected: str | None
) -> None:
    assert extract_article(_page(lang, head, body, ld), url, fetched=_FETCHED).published == expected
