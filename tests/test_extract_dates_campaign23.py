"""The published instant where unseen sites most often trip (issue 10, session 23's
campaign): the date only in script state or data attributes, a day-only <time> beside the
JSON-LD's timestamp, other items' dates nearby (teasers, comments, "updated" lines), local
times without an offset in many zones, 12-hour clocks in several languages, and relative
dates that must not become the publication. German-language shapes first.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
H = "Der Stadtrat stimmt über die neue Brücke am Hafen ab"
DE = "https://www.kurier.example.de/stadt/neue-bruecke-100.html"
AT = "https://www.rundschau.example.at/stadt/neue-bruecke"
CH = "https://www.anzeiger.example.ch/stadt/neue-bruecke-ld.41"
COM = "https://www.news.example.com/a/1"


def _page(lang: str, body: str, head: str, ld: dict[str, object] | None) -> str:
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{H}</title>{script}{head}</head>"
        f"<body><header><nav><a href='/'>Start</a></nav></header><main><article><h1>{H}</h1>{body}"
        "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, die "
        "alte Brücke abzureißen und bis zum Sommer eine neue zu bauen, sagte die Stadt.</p>"
        "<p>Die Kosten verteilen sich auf drei Jahre.</p></article></main><footer>Kontakt</footer></body></html>"
    )


def p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def L(**fields: object) -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": H, **fields}


def m(value: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{value}'>"


def state(var: str, obj: object) -> str:
    return f"<script>window.{var} = {json.dumps(obj)};</script>"


def state_esc(var: str, obj: object) -> str:
    return f"<script>window.{var} = JSON.parse({json.dumps(json.dumps(obj))});</script>"


def nextdata(obj: object) -> str:
    return f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(obj)}</script>"


def teaser(title: str, line: str) -> str:
    return (
        f"<aside class='related'><h3>Mehr zum Thema</h3><ul><li><a href='/stadt/anderes-thema-99.html'>{title}</a>"
        f"<span class='date'>{line}</span></li><li><a href='/stadt/drittes-thema-98.html'>Noch ein Thema aus der Stadt heute</a>"
        f"<span class='date'>{line}</span></li></ul></aside>"
    )


def script(js: str) -> str:
    return f"<script>{js}</script>"


def comments(line: str) -> str:
    return (
        "<section class='comments'><div class='comment'><b>Leser123</b>"
        f"<span class='comment-date'>{line}</span><p>Sehr guter Artikel, danke dafür.</p></div></section>"
    )


CASES = [
 # --- German first: script state only
 ("de-initial-state", DE,"de", "", state("__INITIAL_STATE__",{"article":{"id":4711,"title":"x","publishedAt":"2026-12-04T14:05:00.000Z","updatedAt":"2026-12-04T16:00:00.000Z"}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-initial-state-esc", DE,"de", "", state_esc("__INITIAL_STATE__",{"article":{"id":4711,"publishedAt":"2026-12-04T14:05:00.000Z","updatedAt":"2026-12-04T16:00:00.000Z"}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-next-data", DE,"de", "", nextdata({"props":{"pageProps":{"article":{"headline":"x","datePublished":"2026-12-04T15:05:00+01:00","dateModified":"2026-12-04T17:00:00+01:00"}}}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-next-data-teasers-first", DE,"de", "", nextdata({"props":{"pageProps":{"teasers":[{"title":"Ein ganz anderes Thema aus der Stadt","publishedAt":"2026-12-05T09:00:00+01:00"}],"article":{"headline":H,"publishedAt":"2026-12-04T15:05:00+01:00"}}}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-nuxt", DE,"de", "", "<script>window.__NUXT__={data:[{article:{publishDate:\"2026-12-04T14:05:00Z\"}}]}</script>", None, "2026-12-04T15:05:00+01:00"),
 ("at-epoch-state", AT,"de-AT", "", state("__INITIAL_STATE__",{"story":{"published":1796393100}}), None, "2026-12-04T15:05:00+01:00"),
 # data attributes
 ("de-data-attr-dots", DE,"de", "<div class='article-meta' data-date='2026.01.29 18:40'></div>", "", None, "2026-01-29T18:40:00+01:00"),
 ("de-data-attr-dots-shown", DE,"de", "<span class='date' data-published='2026.01.29 18:40'>29. Januar 2026</span>", "", None, "2026-01-29T18:40:00+01:00"),
 ("ch-data-attr-iso-naive", CH,"de-CH", "<time class='date' data-datetime='2026-07-04 15:05'>04.07.2026</time>", "", None, "2026-07-04T15:05:00+02:00"),
 # day-only <time> beside JSON-LD
 ("de-dayonly-time-ld", DE,"de", "<time datetime='2026-12-04'>4. Dezember 2026</time>", "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-dayonly-time-ld-z", DE,"de", "<time datetime='2026-12-04'>04.12.2026</time>", "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
 ("de-dayonly-time-ld-z-nextday", DE,"de", "<time datetime='2026-12-05'>05.12.2026</time>", "", L(datePublished="2026-12-04T23:30:00Z"), "2026-12-05T00:30:00+01:00"),
 ("at-dayonly-text-ld", AT,"de-AT", p("4. Dezember 2026"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 # other items nearby
 ("de-teaser-before", DE,"de", p("04.12.2026, 15:05 Uhr")+teaser("Ein anderer Artikel über den Verkehr in der Stadt","05.12.2026, 09:00 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-teaser-only-then-line", DE,"de", teaser("Ein anderer Artikel über den Verkehr in der Stadt","05.12.2026, 09:00 Uhr")+p("Stand: 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-comments", DE,"de", p("4. Dezember 2026, 15:05 Uhr")+comments("05.12.2026, 10:12 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-comments-only-ld", DE,"de", comments("05.12.2026, 10:12 Uhr"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-updated-first", DE,"de", p("Aktualisiert am 05.12.2026, 09:00 Uhr")+p("Erstellt am 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-updated-only-plus-ld", DE,"de", p("Aktualisiert: 05.12.2026, 09:00 Uhr"), "", L(datePublished="2026-12-04T15:05:00+01:00",dateModified="2026-12-05T09:00:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-zuletzt-aktualisiert-same-line", DE,"de", p("Veröffentlicht: 04.12.2026, 15:05 Uhr | Zuletzt aktualisiert: 05.12.2026, 09:00 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("at-update-line-stand-only", AT,"de-AT", p("Stand: 05.12.2026, 09:00")+p("Von Anna Berg, 4. Dezember 2026, 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("ch-am-um", CH,"de-CH", p("Publiziert am 4. Dezember 2026 um 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("ch-heute-relative", CH,"de-CH", p("vor 3 Stunden")+p("Publiziert: 04.12.2026, 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-relative-only-ld", DE,"de", p("vor 3 Stunden"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-relative-only-meta", DE,"de", p("vor 3 Stunden"), "<meta property='article:published_time' content='2026-12-04T15:05:00+01:00'>", None, "2026-12-04T15:05:00+01:00"),
 ("de-gestern", DE,"de", p("Gestern, 15:05 Uhr")+p("04.12.2026"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-12h-nachm", DE,"de", p("13.05.2026, 3:15 nachm."), "", None, "2026-05-13T15:15:00+02:00"),
 ("de-12h-vorm", DE,"de", p("13.05.2026, 9:15 vorm."), "", None, "2026-05-13T09:15:00+02:00"),
 ("de-12h-nachmittags", DE,"de", p("13. Mai 2026 um 3:15 Uhr nachmittags"), "", None, "2026-05-13T15:15:00+02:00"),
 ("de-dst-summer", DE,"de", p("13. Mai 2026, 15:05 Uhr"), "", None, "2026-05-13T15:05:00+02:00"),
 ("de-mesz", COM,"de", p("13. Mai 2026, 15:05 Uhr MESZ"), "", None, "2026-05-13T15:05:00+02:00"),
 ("de-com-no-region", COM,"de", p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-weekday-long", DE,"de", p("Freitag, 4. Dezember 2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-short-year", DE,"de", p("04.12.26, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-jaenner", AT,"de-AT", p("4. Jänner 2026, 15:05"), "", None, "2026-01-04T15:05:00+01:00"),
 ("de-dpa-dateline", DE,"de", "<p>Berlin (dpa) - Der Stadtrat hat am Donnerstag entschieden, die Brücke zu erneuern.</p>"+p("04.12.2026 - 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-event-date-in-text", DE,"de", p("04.12.2026, 15:05 Uhr")+"<p>Die Sitzung am 12. Januar 2027 um 18 Uhr soll entscheiden.</p>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-naive", DE,"de", "", "", L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+01:00"),
 ("de-ld-naive-summer", DE,"de", "", "", L(datePublished="2026-07-04T15:05:00"), "2026-07-04T15:05:00+02:00"),
 ("de-ld-date-space", DE,"de", "", "", L(datePublished="2026-12-04 15:05:00"), "2026-12-04T15:05:00+01:00"),
 ("ch-ld-z-printed-local", CH,"de-CH", p("04.12.2026, 15:05 Uhr"), "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
 # --- local time with no offset in many zones
 ("au-naive", "https://www.news.example.com.au/a/1","en-AU", p("December 4, 2026 — 3:05pm"), "", None, "2026-12-04T15:05:00+11:00"),
 ("br-naive", "https://www.jornal.example.com.br/a/1","pt-BR", p("04/12/2026 às 15:05"), "", None, "2026-12-04T15:05:00-03:00"),
 ("in-naive", "https://www.news.example.in/a/1","en-IN", p("Dec 4, 2026, 15:05"), "", None, "2026-12-04T15:05:00+05:30"),
 ("jp-naive", "https://www.shimbun.example.jp/a/1","ja", p("2026年12月4日 15時05分"), "", None, "2026-12-04T15:05:00+09:00"),
 ("kr-naive", "https://news.example.co.kr/a/1","ko", p("승인 2026.12.04 15:05"), "", None, "2026-12-04T15:05:00+09:00"),
 ("tr-naive", "https://www.gazete.example.com.tr/a/1","tr", p("04 Aralık 2026 15:05"), "", None, "2026-12-04T15:05:00+03:00"),
 ("za-naive", "https://www.news.example.co.za/a/1","en-ZA", p("04 December 2026 | 15:05"), "", None, "2026-12-04T15:05:00+02:00"),
 ("mx-naive", "https://www.diario.example.com.mx/a/1","es-MX", p("04/12/2026 15:05"), "", None, "2026-12-04T15:05:00-06:00"),
 ("ch-fr-naive", "https://www.journal.example.ch/a/1","fr-CH", p("Publié le 04.12.2026 à 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("at-naive-ld-z", AT,"de-AT", "", "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
 ("au-ld-naive", "https://www.news.example.com.au/a/1","en-AU", "", "", L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+11:00"),
 ("br-ld-naive", "https://www.jornal.example.com.br/a/1","pt-BR", "", "", L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00-03:00"),
 ("jp-ld-naive", "https://www.shimbun.example.jp/a/1","ja", "", "", L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+09:00"),
 # --- 12-hour clocks in several languages
 ("zh-xiawu", "https://www.news.example.com.tw/a/1","zh-TW", p("2026年12月4日 下午3:15"), "", None, "2026-12-04T15:15:00+08:00"),
 ("zh-shangwu", "https://www.news.example.com.tw/a/1","zh-TW", p("2026/12/04 上午9:15"), "", None, "2026-12-04T09:15:00+08:00"),
 ("ko-si-bun", "https://news.example.co.kr/a/1","ko", p("2026년 12월 4일 오후 3시 15분"), "", None, "2026-12-04T15:15:00+09:00"),
 ("ko-ojeon-si", "https://news.example.co.kr/a/1","ko", p("2026년 12월 4일 오전 9시 15분"), "", None, "2026-12-04T09:15:00+09:00"),
 ("es-pm", "https://www.diario.example.com.mx/a/1","es-MX", p("4 de diciembre de 2026, 3:15 p.m."), "", None, "2026-12-04T15:15:00-06:00"),
 ("pt-br-pm", "https://www.jornal.example.com.br/a/1","pt-BR", p("4 de dezembro de 2026 - 3:15 PM"), "", None, "2026-12-04T15:15:00-03:00"),
 ("ar-masa", "https://www.akhbar.example.ae/a/1","ar", p("4 ديسمبر 2026 3:15 مساءً"), "", None, "2026-12-04T15:15:00+04:00"),
 ("hi-apraahn", "https://www.news.example.in/a/1","hi", p("4 दिसंबर 2026, 3:15 अपराह्न"), "", None, "2026-12-04T15:15:00+05:30"),
 ("tr-os", "https://www.gazete.example.com.tr/a/1","tr", p("4 Aralık 2026 ÖS 3:15"), "", None, "2026-12-04T15:15:00+03:00"),
 ("nl-pm-not", "https://www.krant.example.nl/a/1","nl", p("4 december 2026, 3:15 p.m."), "", None, "2026-12-04T15:15:00+01:00"),
 ("vi-ch", "https://www.bao.example.vn/a/1","vi", p("04/12/2026 3:15 CH"), "", None, "2026-12-04T15:15:00+07:00"),
 ("th-bai", "https://www.news.example.co.th/a/1","th", p("4 ธ.ค. 2569 15:15 น."), "", None, "2026-12-04T15:15:00+07:00"),
 # --- relative dates, other languages
 ("en-hours-ago-ld", COM,"en", p("3 hours ago"), "", L(datePublished="2026-12-04T15:05:00-05:00"), "2026-12-04T15:05:00-05:00"),
 ("fr-il-y-a", "https://www.journal.example.fr/a/1","fr", p("Il y a 3 heures")+p("Publié le 4 décembre 2026 à 15h05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("nl-geleden", "https://www.krant.example.nl/a/1","nl", p("3 uur geleden"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 # German metas / bylines
 ("de-date-meta-name", DE,"de", "", "<meta name='date' content='2026-12-04T15:05:00+01:00'>", None, "2026-12-04T15:05:00+01:00"),
 ("de-pubdate-meta-naive", DE,"de", "", "<meta name='pubdate' content='2026-12-04 15:05'>", None, "2026-12-04T15:05:00+01:00"),
 ("de-dc-date", DE,"de", "", "<meta name='DC.date.issued' content='2026-12-04'>", None, "2026-12-04"),
 ("de-last-modified-only-meta", DE,"de", p("04.12.2026"), "<meta name='last-modified' content='2026-12-05T09:00:00+01:00'>", None, "2026-12-04"),
 ("de-byline-time-tag", DE,"de", "<div class='byline'>Von Anna Berg | <time datetime='2026-12-04T14:05:00Z'>04.12.2026, 15:05 Uhr</time></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-time-tag-naive-dt", DE,"de", "<time datetime='2026-12-04T15:05'>04.12.2026, 15:05 Uhr</time>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-time-tag-summer-z", DE,"de", "<time datetime='2026-07-04T13:05:00Z'>04.07.2026, 15:05 Uhr</time>", "", None, "2026-07-04T15:05:00+02:00"),
 ("de-uhrzeit-dot", DE,"de", p("04.12.2026 um 15.05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-hour-only-uhr", DE,"de", p("4. Dezember 2026, 15 Uhr"), "", None, "2026-12-04T15:00:00+01:00"),
 ("de-month-abbr", DE,"de", p("4. Dez. 2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-iso-text", DE,"de", p("2026-12-04 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-veroeffentlicht-after-aktualisiert-ld", DE,"de", p("Aktualisiert am 05.12.2026 um 09:00 Uhr"), m("2026-12-04T15:05:00+01:00"), None, "2026-12-04T15:05:00+01:00"),
 ("de-erstmals", DE,"de", p("Erstmals veröffentlicht: 04.12.2026, 15:05 Uhr | Aktualisiert: 05.12.2026, 09:00 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-in-graph", DE,"de", "", "<script type='application/ld+json'>"+json.dumps({"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2026-12-05T08:00:00+01:00"},{"@type":"NewsArticle","headline":H,"datePublished":"2026-12-04T15:05:00+01:00"}]})+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-two-articles", DE,"de", "", "<script type='application/ld+json'>"+json.dumps([{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ein anderes Thema aus der Region heute","datePublished":"2026-12-05T08:00:00+01:00"},{"@context":"https://schema.org","@type":"NewsArticle","headline":H,"datePublished":"2026-12-04T15:05:00+01:00"}])+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("at-ld-offset-summer-winter-slip", AT,"de-AT", p("04.12.2026, 15:05"), "", L(datePublished="2026-12-04T15:05:00+02:00"), "2026-12-04T15:05:00+01:00"),
 ("ch-ld-ms", CH,"de-CH", "", "", L(datePublished="2026-12-04T14:05:00.000Z"), "2026-12-04T15:05:00+01:00"),
 ("de-agency-time-header", DE,"de", "<div class='meta'><span class='date'>04.12.2026</span><span class='time'>15:05 Uhr</span></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-date-time-split-elements", DE,"de", "<div class='article-date'><span>Freitag, 04.12.2026</span> <span>| 15:05 Uhr</span></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-copyright-year-only", DE,"de", p("04.12.2026, 15:05 Uhr")+"<p>© 2026 Kurier</p>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-photo-caption-date", DE,"de", "<figure><img src='/b.jpg'><figcaption>Die Brücke am 01.12.2026. Foto: Anna Berg</figcaption></figure>"+p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-lesezeit", DE,"de", p("04.12.2026, 15:05 Uhr · 3 Min. Lesezeit"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-data-attr-epoch-ms", DE,"de", "<span class='date' data-timestamp='1796393100000'>vor 1 Tag</span>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-data-attr-iso-z", DE,"de", "<div class='article-header' data-published-at='2026-12-04T14:05:00Z'></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-next-epoch", DE,"de", "", nextdata({"props":{"pageProps":{"article":{"title":H,"publishedAt":1796393100000}}}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-state-naive", DE,"de", "", state("__INITIAL_STATE__",{"article":{"title":H,"publicationDate":"2026-12-04 15:05:00"}}), None, "2026-12-04T15:05:00+01:00"),
 ("de-comment-relative-then-line", DE,"de", p("04.12.2026, 15:05 Uhr")+"<section class='comments'><div class='comment'><span>vor 2 Stunden</span><p>Super.</p></div></section>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-vor-minuten-only", DE,"de", p("vor 35 Minuten"), "", None, "2026-12-05T16:25:00+01:00"),
 ("de-heute-um", DE,"de", p("Heute, 09:12 Uhr"), "", None, "2026-12-05T09:12:00+01:00"),
 ("de-relative-ld-disagree", DE,"de", p("vor 2 Tagen"), "", L(datePublished="2026-12-03T15:05:00+01:00"), "2026-12-03T15:05:00+01:00"),
 ("at-12h-pm-en", AT,"de-AT", p("04.12.2026, 3:05 PM"), "", None, "2026-12-04T15:05:00+01:00"),
 # other countries
 ("nz-naive", "https://www.news.example.co.nz/a/1","en-NZ", p("4 Dec 2026 03:05 PM"), "", None, "2026-12-04T15:05:00+13:00"),
 ("ar-naive-ld", "https://www.diario.example.com.ar/a/1","es-AR", "", "", L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00-03:00"),
 ("cl-naive", "https://www.diario.example.cl/a/1","es-CL", p("04 de diciembre de 2026 | 15:05"), "", None, "2026-12-04T15:05:00-03:00"),
 ("co-naive", "https://www.diario.example.com.co/a/1","es-CO", p("diciembre 04 de 2026 - 03:05 p. m."), "", None, "2026-12-04T15:05:00-05:00"),
 ("pe-pm", "https://www.diario.example.pe/a/1","es-PE", p("04/12/2026 03:05 p.m."), "", None, "2026-12-04T15:05:00-05:00"),
 ("ke-eat", "https://www.news.example.co.ke/a/1","en-KE", p("Friday, December 04, 2026 — updated 3:05 pm"), "", None, "2026-12-04"),
 ("ng-wat", "https://www.news.example.com.ng/a/1","en-NG", p("December 4, 2026 3:05 pm"), "", None, "2026-12-04T15:05:00+01:00"),
 ("eg-ar-naive", "https://www.akhbar.example.com.eg/a/1","ar", p("الجمعة، 04 ديسمبر 2026 03:05 م"), "", None, "2026-12-04T15:05:00+02:00"),
 ("il-he", "https://www.news.example.co.il/a/1","he", p("04.12.2026 15:05"), "", None, "2026-12-04T15:05:00+02:00"),
 ("gr-el-mm", "https://www.news.example.gr/a/1","el", p("04.12.2026 • 03:05 μμ"), "", None, "2026-12-04T15:05:00+02:00"),
 ("pl-naive-summer", "https://www.gazeta.example.pl/a/1","pl", p("4 lipca 2026 15:05"), "", None, "2026-07-04T15:05:00+02:00"),
 ("ua-naive", "https://www.news.example.com.ua/a/1","uk", p("4 грудня 2026, 15:05"), "", None, "2026-12-04T15:05:00+02:00"),
 ("cn-naive", "https://www.news.example.cn/a/1","zh-CN", p("2026-12-04 15:05 来源：新华社"), "", None, "2026-12-04T15:05:00+08:00"),
 ("hk-zh-xiawu", "https://www.news.example.com.hk/a/1","zh-HK", p("2026年12月4日 下午3時15分"), "", None, "2026-12-04T15:15:00+08:00"),
 ("id-naive", "https://www.berita.example.co.id/a/1","id", p("Jumat, 04 Desember 2026 15:05"), "", None, "2026-12-04T15:05:00+07:00"),
 ("ph-naive", "https://www.news.example.com.ph/a/1","en-PH", p("December 4, 2026 | 3:05 pm"), "", None, "2026-12-04T15:05:00+08:00"),
 ("pk-naive", "https://www.news.example.com.pk/a/1","en-PK", p("December 04, 2026 03:05 PM"), "", None, "2026-12-04T15:05:00+05:00"),
 ("ru-vechera", "https://www.gazeta.example.ru/a/1","ru", p("4 декабря 2026, 3:05 вечера"), "", None, "2026-12-04T15:05:00+03:00"),
 ("it-naive-ld-space", "https://www.giornale.example.it/a/1","it", "", "", L(datePublished="2026-12-04 15:05:00"), "2026-12-04T15:05:00+01:00"),
 ("fr-naive-ld-then-line", "https://www.journal.example.fr/a/1","fr", p("Publié le 04/12/2026 à 15h05"), "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
    # --- third round: German labels, data layers, media lines, more zones and clocks
 ("de-artikel-vom", DE,"de", p("Artikel vom 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-stand-ld-modified", DE,"de", p("Stand: 05.12.2026, 09:00 Uhr"), "", L(datePublished="2026-12-04T15:05:00+01:00", dateModified="2026-12-05T09:00:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-weekday-abbr", DE,"de", p("Fr., 04.12.2026 – 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-no-leading-zero", DE,"de", p("4.12.2026 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-no-year-ld", DE,"de", p("am 4.12. um 15:05 Uhr"), "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
 ("de-printausgabe", DE,"de", p("04.12.2026, 15:05 Uhr")+p("Erschienen in der Printausgabe vom 05.12.2026"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-printausgabe-first", DE,"de", p("Erschienen in der Printausgabe vom 05.12.2026")+p("Online: 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-video-vom", DE,"de", "<div class='video'><p>Video vom 03.12.2026, 18:00 Uhr</p></div>"+p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-ticker-entries", DE,"de", p("Erstellt: 04.12.2026, 09:00 Uhr")+"<div class='ticker'><div class='ticker-entry'><span class='ticker-time'>15:05 Uhr</span><p>Neu</p></div><div class='ticker-entry'><span class='ticker-time'>12:05 Uhr</span><p>Neu</p></div></div>", "", None, "2026-12-04T09:00:00+01:00"),
 ("de-datalayer", DE,"de", "", script("window.dataLayer = window.dataLayer || []; dataLayer.push({'pageType':'article','publishDate':'2026-12-04T15:05:00+01:00'});"), None, "2026-12-04T15:05:00+01:00"),
 ("de-datalayer-german-date", DE,"de", "", script("dataLayer.push({\"articlePublishDate\":\"04.12.2026 15:05\"});"), None, "2026-12-04T15:05:00+01:00"),
 ("de-utag", DE,"de", "", script("var utag_data = {\"article_publish_date\":\"2026-12-04 15:05:00\",\"page_type\":\"article\"};"), None, "2026-12-04T15:05:00+01:00"),
 ("de-apollo", DE,"de", "", script("window.__APOLLO_STATE__="+json.dumps({"Article:4711":{"title":H,"firstPublishedAt":"2026-12-04T14:05:00.000Z","lastModifiedAt":"2026-12-05T08:00:00.000Z"}})), None, "2026-12-04T15:05:00+01:00"),
 ("de-state-escaped-slashes", DE,"de", "", script("window.__PRELOADED_STATE__ = \"{\\\"article\\\":{\\\"datePublished\\\":\\\"2026-12-04T15:05:00+01:00\\\"}}\";"), None, "2026-12-04T15:05:00+01:00"),
 ("de-quelle-dpa", DE,"de", p("04.12.2026, 15:05 Uhr")+"<p class='source'>Quelle: dpa</p>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-aehnliche-list", DE,"de", p("04.12.2026, 15:05 Uhr")+"<div class='more'><h2>Ähnliche Artikel</h2><a href='/x-1.html'>Die Straße am Markt wird nächste Woche gesperrt</a> <span>05.12.2026</span></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-aehnliche-before", DE,"de", "<div class='more'><h2>Ähnliche Artikel</h2><a href='/x-1.html'>Die Straße am Markt wird nächste Woche gesperrt</a> <span>05.12.2026, 10:00 Uhr</span></div>", "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("ch-summer-naive", CH,"de-CH", p("04.07.2026, 15:05 Uhr"), "", None, "2026-07-04T15:05:00+02:00"),
 ("at-ld-meta-disagree-offset", AT,"de-AT", "", m("2026-12-04T15:05:00+01:00"), L(datePublished="2026-12-04T15:05:00"), "2026-12-04T15:05:00+01:00"),
 ("de-aktualisiert-vor", DE,"de", p("Aktualisiert vor 2 Stunden")+p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-zuerst-erschienen", DE,"de", p("Zuerst erschienen am 01.12.2026 in der Wochenausgabe"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 # more zones
 ("mx-summer", "https://www.diario.example.com.mx/a/1","es-MX", p("04/07/2026 15:05"), "", None, "2026-07-04T15:05:00-06:00"),
 ("cl-summer", "https://www.diario.example.cl/a/1","es-CL", p("04/07/2026 15:05"), "", None, "2026-07-04T15:05:00-04:00"),
 ("eg-summer", "https://www.akhbar.example.com.eg/a/1","ar", p("04/07/2026 15:05"), "", None, "2026-07-04T15:05:00+03:00"),
 ("ir-naive", "https://www.khabar.example.ir/a/1","fa", p("۱۴ تیر ۱۴۰۵ - ۱۵:۰۵"), "", None, "2026-07-05T15:05:00+03:30"),
 ("fj-naive", "https://www.news.example.com.fj/a/1","en-FJ", p("December 4, 2026 3:05pm"), "", None, "2026-12-04T15:05:00+12:00"),
 ("lb-naive", "https://www.news.example.com.lb/a/1","ar", p("04-12-2026 | 15:05"), "", None, "2026-12-04T15:05:00+02:00"),
 ("np-naive", "https://www.news.example.com.np/a/1","en", p("December 4, 2026, 15:05"), "", None, "2026-12-04T15:05:00+05:45"),
 ("pt-summer", "https://www.jornal.example.pt/a/1","pt-PT", p("04/07/2026 15:05"), "", None, "2026-07-04T15:05:00+01:00"),
 ("ie-summer", "https://www.news.example.ie/a/1","en-IE", p("Sat 4 Jul 2026 at 15:05"), "", None, "2026-07-04T15:05:00+01:00"),
 # more 12h
 ("sv-em", "https://www.tidning.example.se/a/1","sv", p("4 december 2026 3:05 em"), "", None, "2026-12-04T15:05:00+01:00"),
 ("zh-wanshang", "https://www.news.example.com.tw/a/1","zh-TW", p("2026年12月4日 晚上8:15"), "", None, "2026-12-04T20:15:00+08:00"),
 ("ja-gogo-colon", "https://www.shimbun.example.jp/a/1","ja", p("2026/12/04 午後3:15"), "", None, "2026-12-04T15:15:00+09:00"),
 ("ms-ptg", "https://www.berita.example.com.my/a/1","ms", p("4 Disember 2026, 3:15 petang"), "", None, "2026-12-04T15:15:00+08:00"),
 ("af-nm", "https://www.nuus.example.co.za/a/1","af", p("4 Desember 2026 3:15 nm."), "", None, "2026-12-04T15:15:00+02:00"),
 ("tl-hapon", "https://www.balita.example.com.ph/a/1","tl", p("Disyembre 4, 2026 3:15 ng hapon"), "", None, "2026-12-04T15:15:00+08:00"),
 ("en-noon", COM,"en-US", p("Dec. 4, 2026 12:15 p.m. ET"), "", None, "2026-12-04T12:15:00-05:00"),
 ("hu-du", "https://www.hirek.example.hu/a/1","hu", p("2026. december 4. du. 3:15"), "", None, "2026-12-04T15:15:00+01:00"),
 ("ko-ohu-dot", "https://news.example.co.kr/a/1","ko", p("2026. 12. 4. 오후 3:15"), "", None, "2026-12-04T15:15:00+09:00"),
 # relative others
 ("es-hace", "https://www.diario.example.es/a/1","es", p("Hace 3 horas"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("it-fa", "https://www.giornale.example.it/a/1","it", p("3 ore fa")+p("Pubblicato il 04/12/2026 alle 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("pl-temu", "https://www.gazeta.example.pl/a/1","pl", p("3 godziny temu"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("tr-once", "https://www.gazete.example.com.tr/a/1","tr", p("3 saat önce")+p("Yayınlanma: 04.12.2026 15:05"), "", None, "2026-12-04T15:05:00+03:00"),
    # --- fourth round: metas against printed lines, microdata of related pieces, JSON-LD spellings, German-speaking countries' domains
 # meta vs printed, German
 ("de-meta-utc-printed-local", DE,"de", p("04.12.2026, 15:05 Uhr"), m("2026-12-04T14:05:00+00:00"), None, "2026-12-04T15:05:00+01:00"),
 ("de-meta-naive-printed", DE,"de", p("04.12.2026, 15:05 Uhr"), m("2026-12-04T15:05:00"), None, "2026-12-04T15:05:00+01:00"),
 ("de-meta-z-summer", DE,"de", "", m("2026-07-04T13:05:00Z"), None, "2026-07-04T15:05:00+02:00"),
 ("de-meta-mod-before-pub", DE,"de", "", m("2026-12-04T15:05:00+01:00")+m("2026-12-05T09:00:00+01:00","article:modified_time"), None, "2026-12-04T15:05:00+01:00"),
 ("de-itemprop-datepublished", DE,"de", "<meta itemprop='datePublished' content='2026-12-04T15:05:00+01:00'>"+p("04.12.2026"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-itemprop-in-related", DE,"de", p("04.12.2026, 15:05 Uhr")+"<div class='related' itemscope itemtype='https://schema.org/NewsArticle'><meta itemprop='datePublished' content='2026-12-05T09:00:00+01:00'><a href='/x-1.html'>Ein anderer Artikel über den Verkehr in der Stadt</a></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("at-ld-date-only", AT,"de-AT", p("04.12.2026, 15:05"), "", L(datePublished="2026-12-04"), "2026-12-04"),
 ("ch-ld-other-day-time-printed", CH,"de-CH", p("04.12.2026, 15:05"), "", L(datePublished="2026-12-04T15:05:00+01:00", dateModified="2026-12-05T10:00:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-time-pubdate-attr", DE,"de", "<time pubdate datetime='2026-12-04T15:05:00+01:00'>04.12.2026</time>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-two-times-updated-first", DE,"de", "<p>Aktualisiert: <time datetime='2026-12-05T09:00:00+01:00'>05.12.2026</time></p><p>Veröffentlicht: <time datetime='2026-12-04T15:05:00+01:00'>04.12.2026</time></p>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-entry-date-wp", DE,"de", "<time class='entry-date published' datetime='2026-12-04T15:05:00+01:00'>4. Dezember 2026</time><time class='updated' datetime='2026-12-05T09:00:00+01:00'>5. Dezember 2026</time>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-wp-updated-first", DE,"de", "<time class='updated' datetime='2026-12-05T09:00:00+01:00'>5. Dezember 2026</time><time class='entry-date published' datetime='2026-12-04T15:05:00+01:00'>4. Dezember 2026</time>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-lesedauer-only-ld", DE,"de", p("Lesedauer: 4 Minuten"), "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-event-box", DE,"de", p("04.12.2026, 15:05 Uhr")+"<div class='infobox'><p>Termin: Samstag, 05.12.2026, 10:00 Uhr, Rathaus</p></div>", "", None, "2026-12-04T15:05:00+01:00"),
 ("de-event-box-first", DE,"de", "<div class='infobox'><p>Termin: Samstag, 05.12.2026, 10:00 Uhr</p></div>", "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-ld-newsarticle-video-object-first", DE,"de", "", "<script type='application/ld+json'>"+json.dumps([{"@context":"https://schema.org","@type":"VideoObject","name":"Clip","uploadDate":"2026-12-01T10:00:00+01:00"},{"@context":"https://schema.org","@type":"NewsArticle","headline":H,"datePublished":"2026-12-04T15:05:00+01:00"}])+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-webpage-only", DE,"de", "", "<script type='application/ld+json'>"+json.dumps({"@context":"https://schema.org","@type":"WebPage","url":DE,"name":H,"datePublished":"2026-12-04T15:05:00+01:00"})+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-reportage", DE,"de", "", "<script type='application/ld+json'>"+json.dumps({"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":H,"datePublished":"2026-12-04T15:05:00+01:00"})+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-datecreated", DE,"de", "", "<script type='application/ld+json'>"+json.dumps({"@context":"https://schema.org","@type":"NewsArticle","headline":H,"dateCreated":"2026-12-04T15:05:00+01:00"})+"</script>", None, "2026-12-04T15:05:00+01:00"),
 ("de-ld-epoch-string", DE,"de", "", "", L(datePublished="1796393100"), "2026-12-04T15:05:00+01:00"),
 ("de-ld-offset-no-colon", DE,"de", "", "", L(datePublished="2026-12-04T15:05:00+0100"), "2026-12-04T15:05:00+01:00"),
 ("de-ld-german-format", DE,"de", "", "", L(datePublished="04.12.2026 15:05"), "2026-12-04T15:05:00+01:00"),
 ("de-ld-slash-format", DE,"de", "", "", L(datePublished="2026/12/04 15:05:00"), "2026-12-04T15:05:00+01:00"),
 # Swiss French/Italian, Austrian, Liechtenstein, Luxembourg German
 ("ch-it-naive", "https://www.giornale.example.ch/a/1","it-CH", p("04.12.2026 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("li-naive", "https://www.volksblatt.example.li/a/1","de-LI", p("04.12.2026, 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("lu-de-naive", "https://www.wort.example.lu/a/1","de", p("04.12.2026 um 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("lu-fr-naive", "https://www.journal.example.lu/a/1","fr", p("Publié le 04.12.2026 à 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("be-de-naive", "https://www.grenz.example.be/a/1","de", p("04.12.2026, 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("it-de-suedtirol", "https://www.tageblatt.example.it/a/1","de", p("04.12.2026 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-ch-com", COM,"de-CH", p("04.12.2026, 15:05"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-at-com-summer", COM,"de-AT", p("04.07.2026, 15:05"), "", None, "2026-07-04T15:05:00+02:00"),
 ("de-com-ld-z", COM,"de", "", "", L(datePublished="2026-12-04T14:05:00Z"), "2026-12-04T15:05:00+01:00"),
 ("de-info-domain", "https://www.stadtnachrichten.example.info/a/1","de", p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-news-domain", "https://www.lokal.example.news/a/1","de", p("04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
    # --- fifth round: relative lines beside labelled ones, German parts of the day, media lines
 ("de-rel-then-teaser-labelled", DE,"de", p("vor 3 Stunden")+teaser("Ein anderer Artikel über den Verkehr in der Stadt","Veröffentlicht: 01.12.2026, 09:00 Uhr"), "", None, "2026-12-05T14:00:00+01:00"),
 ("de-rel-labelled-then-labelled", DE,"de", p("Veröffentlicht vor 3 Stunden")+p("Veröffentlicht: 05.12.2026, 14:00 Uhr"), "", None, "2026-12-05T14:00:00+01:00"),
 ("de-rel-then-comment-labelled", DE,"de", p("vor 3 Stunden")+comments("Veröffentlicht am 05.12.2026, 15:30 Uhr"), "", None, "2026-12-05T14:00:00+01:00"),
 ("de-rel-then-updated", DE,"de", p("vor 3 Stunden")+p("Aktualisiert: 05.12.2026, 15:30 Uhr"), "", None, "2026-12-05T14:00:00+01:00"),
 ("de-rel-gestern-then-erstellt", DE,"de", p("gestern, 15:05 Uhr")+p("Erstellt: 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
 ("de-rel-then-erstellt-other", DE,"de", p("vor 20 Minuten")+p("Erstellt: 03.12.2026, 11:00 Uhr"), "", None, "2026-12-03T11:00:00+01:00"),
 ("at-rel-tagen", AT,"de-AT", p("vor 2 Tagen"), "", None, "2026-12-03"),
 ("de-12h-abends", DE,"de", p("13.05.2026, 8:15 Uhr abends"), "", None, "2026-05-13T20:15:00+02:00"),
 ("de-12h-morgens", DE,"de", p("13.05.2026, 8:15 Uhr morgens"), "", None, "2026-05-13T08:15:00+02:00"),
 ("de-24h-abends-word", DE,"de", p("13.05.2026, 20:15 Uhr abends"), "", None, "2026-05-13T20:15:00+02:00"),
 ("de-vorm-noon", DE,"de", p("13.05.2026, 12:15 nachm."), "", None, "2026-05-13T12:15:00+02:00"),
 ("de-video-vom-only", DE,"de", "<div class='video'><p>Video vom 03.12.2026, 18:00 Uhr</p></div>", "", L(datePublished="2026-12-04T15:05:00+01:00"), "2026-12-04T15:05:00+01:00"),
 ("de-video-in-headline-line", DE,"de", p("Video: 04.12.2026, 15:05 Uhr"), "", None, "2026-12-04T15:05:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "body", "head", "ld", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_the_published_instant(
    url: str, lang: str, body: str, head: str, ld: dict[str, object] | None, expected: str | None
) -> None:
    assert extract_article(_page(lang, body, head, ld), url, fetched=_FETCHED).published == expected
