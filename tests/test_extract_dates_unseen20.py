"""Publication dates of pages from sites never seen, as unseen publishers print them: German
"Stand:" and "Veröffentlicht am" lines (the update first), Austrian and Swiss spellings, a
<time> with no datetime, metadata with no offset on a site whose zone its country states
(on the days the clocks change), Japanese, Chinese, Korean, Thai, Arabic and Persian dates,
relative dates against the fetch time, JSON-LD stamps in epoch milliseconds, the 12 o'clock
hours of a 12-hour clock, month names of Albanian, Azerbaijani, Georgian, Armenian, Urdu, Bengali and Tamil.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "Der Stadtrat stimmt über die neue Brücke am Hafen ab"


def _page(lang: str, head: str = "", line: str = "", after: str = "", before: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title>{head}</head>"
        "<body><header><nav><a href='/'>Start</a> <a href='/stadt'>Stadt</a></nav></header>"
        f"<main><article>{before}<h1>{_HEADLINE}</h1>{line}"
        "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, "
        "die alte Brücke abzureissen und bis zum Sommer eine neue zu bauen.</p>"
        "<p>Die Kosten verteilen sich auf drei Jahre, wie die Verwaltung danach mitteilte.</p>"
        f"{after}</article></main><footer>Impressum · Kontakt</footer></body></html>"
    )


def _ld(**fields: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE}
    return f"<script type='application/ld+json'>{json.dumps({**obj, **fields})}</script>"


def _meta(stamp: str, prop: str = "article:published_time") -> str:
    return f"<meta property='{prop}' content='{stamp}'>"


_DE = "https://www.kurier.example.de/stadt/neue-bruecke-100.html"
_AT = "https://www.rundschau.example.at/stadt/neue-bruecke"
_CH = "https://www.anzeiger.example.ch/stadt/neue-bruecke-ld.41"


def _published(
    url: str, lang: str, head: str, line: str, after: str = "", before: str = ""
) -> str | None:
    return extract_article(_page(lang, head, line, after, before), url, fetched=_FETCHED).published


CASES = [
    # German lines: "Stand" is the update, "Veröffentlicht"/"Erstellt" the publication
    ("de-stand-then-pub", _DE, "de", "", "<p class='meta'>Stand: 05.12.2026, 14:32 Uhr</p><p class='meta'>Veröffentlicht am 04.12.2026, 09:15 Uhr</p>", "2026-12-04T09:15:00+01:00"),
    ("de-akt-then-pub", _DE, "de", "", "<p class='meta'>aktualisiert am 05.12.2026 um 14:32 Uhr, veröffentlicht am 04.12.2026 um 09:15 Uhr</p>", "2026-12-04T09:15:00+01:00"),
    ("de-erstellt-stand", _DE, "de", "", "<div class='dates'><span>Erstellt: 04.12.2026, 09:15 Uhr</span> <span>Stand: 05.12.2026, 14:32 Uhr</span></div>", "2026-12-04T09:15:00+01:00"),
    ("de-stand-only", _DE, "de", "", "<p class='meta'>Stand: 05.12.2026 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-long-month", _DE, "de", "", "<p class='meta'>5. Dezember 2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-summer", _DE, "de", "", "<p class='meta'>Veröffentlicht am 5. Juli 2026, 14:32 Uhr</p>", "2026-07-05T14:32:00+02:00"),
    # Austrian and Swiss
    ("at-jaenner", _AT, "de", "", "<p class='meta'>12. Jänner 2026, 08:05</p>", "2026-01-12T08:05:00+01:00"),
    ("at-feber", _AT, "de", "", "<p class='meta'>3. Feber 2026, 17:45</p>", "2026-02-03T17:45:00+01:00"),
    ("ch-dot-clock", _CH, "de", "", "<p class='meta'>Publiziert: 05.12.2026, 14.32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("ch-dot-clock-akt", _CH, "de", "", "<p class='meta'>Aktualisiert 05.12.2026, 16.10 Uhr</p><p class='meta'>Publiziert 05.12.2026, 14.32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    # <time> with no datetime attribute
    ("time-no-attr", _DE, "de", "", "<time>5. Dezember 2026, 14:32 Uhr</time>", "2026-12-05T14:32:00+01:00"),
    ("time-no-attr-num", _AT, "de", "", "<time class='published'>05.12.2026 14:32</time>", "2026-12-05T14:32:00+01:00"),
    # metadata with no offset: the country's zone on that day, across the clock changes
    ("naive-winter", _DE, "de", _meta("2026-12-05T14:32:00"), "", "2026-12-05T14:32:00+01:00"),
    ("naive-summer", _DE, "de", _meta("2026-07-05T14:32:00"), "", "2026-07-05T14:32:00+02:00"),
    ("naive-dst-start-before", _DE, "de", _meta("2026-03-29T01:30:00"), "", "2026-03-29T01:30:00+01:00"),
    ("naive-dst-start-after", _DE, "de", _meta("2026-03-29T03:30:00"), "", "2026-03-29T03:30:00+02:00"),
    ("naive-dst-end-after", _AT, "de", _ld(datePublished="2026-10-25T09:00:00"), "", "2026-10-25T09:00:00+01:00"),
    ("naive-dst-end-before", _CH, "de", _ld(datePublished="2026-10-24T21:00:00"), "", "2026-10-24T21:00:00+02:00"),
    ("line-dst-start-after", _DE, "de", "", "<p class='meta'>29.03.2026, 10:15 Uhr</p>", "2026-03-29T10:15:00+02:00"),
    ("line-dst-end-after", _DE, "de", "", "<p class='meta'>25.10.2026, 10:15 Uhr</p>", "2026-10-25T10:15:00+01:00"),
    # East Asia
    ("ja-jifun", "https://www.shimbun.example.jp/articles/41", "ja", "", "<p class='date'>2026年12月5日 14時32分</p>", "2026-12-05T14:32:00+09:00"),
    ("ja-gogo", "https://www.shimbun.example.jp/articles/41", "ja", "", "<p class='date'>2026年12月5日 午後2時32分</p>", "2026-12-05T14:32:00+09:00"),
    ("ja-gozen-12", "https://www.shimbun.example.jp/articles/41", "ja", "", "<p class='date'>2026年12月5日 午前0時10分</p>", "2026-12-05T00:10:00+09:00"),
    ("zh-cn", "https://news.example.cn/a/41.html", "zh", "", "<p class='date'>2026年12月05日 14:32</p>", "2026-12-05T14:32:00+08:00"),
    ("zh-tw-roc", "https://news.example.com.tw/a/41", "zh-TW", "", "<p class='date'>115年12月5日 14:32</p>", "2026-12-05T14:32:00+08:00"),
    ("ko-ohu", "https://news.example.co.kr/a/41", "ko", "", "<p class='date'>입력 2026.12.05 오후 2:32</p>", "2026-12-05T14:32:00+09:00"),
    ("ko-ojeon-12", "https://news.example.co.kr/a/41", "ko", "", "<p class='date'>입력 2026.12.05 오전 12:10</p>", "2026-12-05T00:10:00+09:00"),
    ("ko-ohu-12", "https://news.example.co.kr/a/41", "ko", "", "<p class='date'>입력 2026.12.05 오후 12:10</p>", "2026-12-05T12:10:00+09:00"),
    # Thai Buddhist era, Arabic-Indic and Persian digits, Solar Hijri
    ("th-be", "https://www.khao.example.co.th/news/41", "th", "", "<p class='date'>5 ธันวาคม 2569 14:32 น.</p>", "2026-12-05T14:32:00+07:00"),
    ("th-be-abbr", "https://www.khao.example.co.th/news/41", "th", "", "<p class='date'>5 ธ.ค. 2569 14:32 น.</p>", "2026-12-05T14:32:00+07:00"),
    ("ar-indic", "https://www.akhbar.example.eg/news/41", "ar", "", "<p class='date'>٥ ديسمبر ٢٠٢٦ ١٤:٣٢</p>", "2026-12-05T14:32:00+02:00"),
    ("fa-solar", "https://www.khabar.example.ir/news/41", "fa", "", "<p class='date'>۱۴ آذر ۱۴۰۵ - ۱۴:۳۲</p>", "2026-12-05T14:32:00+03:30"),
    ("fa-solar-num", "https://www.khabar.example.ir/news/41", "fa", "", "<p class='date'>۱۴۰۵/۰۹/۱۴ ۱۴:۳۲</p>", "2026-12-05T14:32:00+03:30"),
    # relative to the fetch (16:00 UTC = 17:00 in Berlin)
    ("de-vor-stunden", _DE, "de", "", "<p class='meta'>vor 3 Stunden</p>", "2026-12-05T14:00:00+01:00"),
    # JSON-LD in epoch milliseconds / seconds
    ("ld-epoch-ms", _DE, "de", _ld(datePublished=1796477520000), "", "2026-12-05T14:32:00+01:00"),
    ("ld-epoch-s", _DE, "de", _ld(datePublished=1796477520), "", "2026-12-05T14:32:00+01:00"),
    ("ld-epoch-ms-str", _DE, "de", _ld(datePublished="1796477520000"), "", "2026-12-05T14:32:00+01:00"),
    # dateCreated / uploadDate beside datePublished
    ("ld-created-published", _DE, "de", _ld(dateCreated="2026-12-03T08:00:00+01:00", datePublished="2026-12-05T14:32:00+01:00"), "", "2026-12-05T14:32:00+01:00"),
    ("ld-created-only", _DE, "de", _ld(dateCreated="2026-12-05T14:32:00+01:00"), "", "2026-12-05T14:32:00+01:00"),
    ("ld-video-upload", _DE, "de", _ld(datePublished="2026-12-05T14:32:00+01:00", video={"@type": "VideoObject", "name": "Clip", "uploadDate": "2026-11-20T10:00:00+01:00"}), "", "2026-12-05T14:32:00+01:00"),
    # the JSON-LD article's own datePublished stands where it equals its dateModified and a
    # line prints an earlier publication: the key a reader of the schema takes (a meta equal
    # to the modified meta gives way to the line: "de-meta-is-update")
    ("ld-is-modified", _DE, "de", _ld(datePublished="2026-12-05T14:32:00+01:00", dateModified="2026-12-05T14:32:00+01:00"), "<p class='meta'>Veröffentlicht am 04.12.2026, 09:15 Uhr, zuletzt aktualisiert am 05.12.2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    # 12-hour clock's 12 o'clock hours
    ("en-12am", "https://www.gazette.example.com/news/41", "en", "", "<p class='byline-date'>Published Dec. 5, 2026, 12:15 a.m. ET</p>", "2026-12-05T00:15:00-05:00"),
    ("en-12pm", "https://www.gazette.example.com/news/41", "en", "", "<p class='byline-date'>Published Dec. 5, 2026, 12:15 p.m. ET</p>", "2026-12-05T12:15:00-05:00"),
    ("en-au", "https://www.herald.example.com.au/news/41", "en", "", "<p class='byline-date'>5 December 2026 — 3:32pm</p>", "2026-12-05T15:32:00+11:00"),
    ("de-weekday-abbr", _DE, "de", "", "<p class='meta'>Veröffentlicht: Sa., 05.12.2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-short-year", _DE, "de", "", "<p class='meta'>05.12.26, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-pipe", _DE, "de", "", "<p class='meta'>5.12.2026 | 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("de-weekday-long", _DE, "de", "", "<p class='meta'>Samstag, 05. Dezember 2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-dez-abbr", _DE, "de", "", "<p class='meta'>05. Dez. 2026 - 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("de-time-first", _DE, "de", "", "<p class='meta'>14:32 Uhr, 05.12.2026</p>", "2026-12-05T14:32:00+01:00"),
    ("de-erstellt-um", _DE, "de", "", "<p class='meta'>Erstellt am 05.12.2026 um 09:15 Uhr | Aktualisiert am 05.12.2026 um 14:32 Uhr</p>", "2026-12-05T09:15:00+01:00"),
    ("at-um", _AT, "de", "", "<p class='meta'>05.12.2026 um 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("ld-graph-webpage", _DE, "de", "<script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "datePublished": "2020-01-01T00:00:00+01:00"}, {"@type": "NewsArticle", "headline": _HEADLINE, "datePublished": "2026-12-05T14:32:00+01:00"}]}) + "</script>", "", "2026-12-05T14:32:00+01:00"),
    ("ld-german-format", _DE, "de", _ld(datePublished="05.12.2026 14:32"), "", "2026-12-05T14:32:00+01:00"),
    ("next-epoch-ms", _DE, "de", "<script id='__NEXT_DATA__' type='application/json'>" + json.dumps({"props": {"pageProps": {"article": {"id": 41, "publishedAt": 1796477520000}}}}) + "</script>", "", "2026-12-05T14:32:00+01:00"),
    ("fr-maj-first", "https://www.journal.example.fr/politique/41", "fr", "", "<p class='date'>Mis à jour le 05/12/2026 à 16h10 | Publié le 05/12/2026 à 14h32</p>", "2026-12-05T14:32:00+01:00"),
    ("it-ore", "https://www.giornale.example.it/news/41", "it", "", "<p class='date'>5 dicembre 2026 ore 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("nl", "https://www.krant.example.nl/nieuws/41", "nl", "", "<p class='date'>5 december 2026, 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("cs", "https://www.noviny.example.cz/zpravy/41", "cs", "", "<p class='date'>5. prosince 2026 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("hu", "https://www.hirek.example.hu/hir/41", "hu", "", "<p class='date'>2026. december 5. 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("pl", "https://www.gazeta.example.pl/news/41", "pl", "", "<p class='date'>5 grudnia 2026, 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("id-wib", "https://www.berita.example.co.id/news/41", "id", "", "<p class='date'>Sabtu, 05 Des 2026 14:32 WIB</p>", "2026-12-05T14:32:00+07:00"),
    ("ph", "https://www.inquirer.example.ph/news/41", "en", "", "<p class='date'>December 5, 2026 2:32 PM</p>", "2026-12-05T14:32:00+08:00"),
    ("ng", "https://www.punch.example.ng/news/41", "en", "", "<p class='date'>5th December 2026 2:32 pm</p>", "2026-12-05T14:32:00+01:00"),
    ("ke", "https://www.nation.example.co.ke/news/41", "en", "", "<p class='date'>Saturday, December 05, 2026 — updated 16:10</p><p class='date'>Published December 05, 2026 14:32</p>", "2026-12-05T14:32:00+03:00"),
    ("mx", "https://www.diario.example.mx/noticia/41", "es", "", "<p class='date'>05 de diciembre de 2026 a las 14:32 hrs</p>", "2026-12-05T14:32:00-06:00"),
    ("ar-com", "https://www.diario.example.com.ar/noticia/41", "es", "", "<p class='date'>5 de diciembre de 2026 · 14:32</p>", "2026-12-05T14:32:00-03:00"),
    ("en-1230am", "https://www.gazette.example.com/news/41", "en", "", "<p class='byline-date'>December 5, 2026 at 12:30 am EST</p>", "2026-12-05T00:30:00-05:00"),
    ("de-gestern-cap", _DE, "de", "", "<p class='meta'>Gestern, 18:05</p>", "2026-12-04T18:05:00+01:00"),
    ("vi", "https://www.tin.example.vn/news/41", "vi", "", "<p class='date'>Thứ bảy, 5/12/2026, 14:32 (GMT+7)</p>", "2026-12-05T14:32:00+07:00"),
    ("ua", "https://www.novyny.example.ua/news/41", "uk", "", "<p class='date'>5 грудня 2026, 14:32</p>", "2026-12-05T14:32:00+02:00"),
    ("he", "https://www.haaretz.example.co.il/news/41", "he", "", "<p class='date'>05.12.2026 14:32</p>", "2026-12-05T14:32:00+02:00"),
    ("hi", "https://www.khabar.example.in/news/41", "hi", "", "<p class='date'>5 दिसंबर 2026, 14:32 IST</p>", "2026-12-05T14:32:00+05:30"),
    ("de-print-edition", _DE, "de", "", "<p class='meta'>05.12.2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00", "<p class='print'>Erschienen in der Ausgabe vom 06.12.2026</p>"),
    ("de-teasers-after", _DE, "de", "", "<p class='meta'>05.12.2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00", "<aside><h2>Mehr zum Thema</h2><ul><li><a href='/a'>Neue Fähre am Hafen</a> <span class='date'>03.12.2026, 08:00 Uhr</span></li><li><a href='/b'>Parkhaus schliesst</a> <span class='date'>01.12.2026, 10:00 Uhr</span></li></ul></aside>"),
    ("ld-type-list", _DE, "de", "<script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@type": ["NewsArticle", "Article"], "headline": _HEADLINE, "datePublished": "2026-12-05T14:32:00+01:00"}) + "</script>", "", "2026-12-05T14:32:00+01:00"),
    ("itemprop-no-colon", _DE, "de", "", "<meta itemprop='datePublished' content='2026-12-05T14:32:00+0100'>", "2026-12-05T14:32:00+01:00"),
    ("time-naive-minutes", _AT, "de", "", "<time datetime='2026-12-05T14:32'>05.12.2026, 14:32</time>", "2026-12-05T14:32:00+01:00"),
    ("upload-date-only", _DE, "de", "<script type='application/ld+json'>" + json.dumps({"@context": "https://schema.org", "@type": "VideoObject", "name": _HEADLINE, "uploadDate": "2026-12-05T14:32:00+01:00"}) + "</script>", "", "2026-12-05T14:32:00+01:00"),
    ("og-updated-and-line", _DE, "de", "<meta property='og:updated_time' content='2026-12-05T16:10:00+01:00'>", "<p class='meta'>05.12.2026, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("breadcrumb-date", _DE, "de", "", "", "2026-12-05T14:32:00+01:00", "", "<p class='kicker'>Stadt · 05.12.2026, 14:32 Uhr</p>"),
    # languages whose month names were not read before: Albanian, Azerbaijani, Georgian, Armenian, Urdu
    ("sq", "https://www.lajme.example.al/a/41", "sq", "", "<p class='date'>5 dhjetor 2026, 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("sq-capital", "https://www.lajme.example.al/a/41", "sq", "", "<p class='date'>05 Dhjetor 2026 14:32</p>", "2026-12-05T14:32:00+01:00"),
    ("az", "https://www.xeber.example.az/a/41", "az", "", "<p class='date'>5 dekabr 2026, 14:32</p>", "2026-12-05T14:32:00+04:00"),
    ("ka", "https://www.news.example.ge/a/41", "ka", "", "<p class='date'>5 დეკემბერი 2026, 14:32</p>", "2026-12-05T14:32:00+04:00"),
    ("hy", "https://www.news.example.am/a/41", "hy", "", "<p class='date'>5 դեկտեմբերի 2026, 14:32</p>", "2026-12-05T14:32:00+04:00"),
    ("ur", "https://www.akhbar.example.pk/a/41", "ur", "", "<p class='date'>05 دسمبر 2026 14:32</p>", "2026-12-05T14:32:00+05:00"),
    # Bengali (its digits too) and Tamil
    ("bn", "https://www.khobor.example.com.bd/a/41", "bn", "", "<p class='date'>৫ ডিসেম্বর ২০২৬, ১৪:৩২</p>", "2026-12-05T14:32:00+06:00"),
    ("bn-latin-digits", "https://www.khobor.example.com.bd/a/41", "bn", "", "<p class='date'>05 ডিসেম্বর 2026, 14:32</p>", "2026-12-05T14:32:00+06:00"),
    ("bn-nukta-composed", "https://www.khobor.example.com.bd/a/41", "bn", "", "<p class='date'>৫ জানু\u09dfারি ২০২৬, ১৪:৩২</p>", "2026-01-05T14:32:00+06:00"),
    ("bn-nukta-decomposed", "https://www.khobor.example.com.bd/a/41", "bn", "", "<p class='date'>৫ জানু\u09af\u09bcারি ২০২৬, ১৪:৩২</p>", "2026-01-05T14:32:00+06:00"),
    ("ta-lk", "https://www.seithi.example.lk/a/41", "ta", "", "<p class='date'>05 டிசம்பர் 2026 14:32</p>", "2026-12-05T14:32:00+05:30"),
    ("ta-in", "https://www.seithi.example.in/a/41", "ta", "", "<p class='date'>டிசம்பர் 05, 2026 14:32 IST</p>", "2026-12-05T14:32:00+05:30"),
    # the date only in the address
    ("url-date", "https://www.kurier.example.de/2026/12/05/neue-bruecke/", "de", "", "", "2026-12-05"),
    ("url-date-compact", "https://www.kurier.example.de/stadt/20261205-neue-bruecke.html", "de", "", "", "2026-12-05"),
    # more shapes
    ("de-zuletzt-erschienen", _DE, "de", "", "<p class='meta'>Zuletzt aktualisiert: 05.12.2026, 14:32 Uhr</p><p class='meta'>Erschienen am 03.12.2026, 18:05 Uhr</p>", "2026-12-03T18:05:00+01:00"),
    ("de-meta-is-update", _DE, "de", _meta("2026-12-05T14:32:00+01:00") + _meta("2026-12-05T14:32:00+01:00", "article:modified_time"), "<p class='meta'>Aktualisiert am 05.12.2026, 14:32 Uhr</p><p class='meta'>Veröffentlicht am 04.12.2026, 09:15 Uhr</p>", "2026-12-04T09:15:00+01:00"),
    ("de-time-dateonly", _DE, "de", "", "<time datetime='2026-12-05'>05.12.2026, 14:32 Uhr</time>", "2026-12-05T14:32:00+01:00"),
    ("at-hreflang-com", "https://www.wochenblatt.example.com/stadt/neue-bruecke", "de-AT", _meta("2026-07-05T14:32:00"), "", "2026-07-05T14:32:00+02:00"),
    ("de-heute", _DE, "de", "", "<p class='meta'>heute, 14:32 Uhr</p>", "2026-12-05T14:32:00+01:00"),
    ("de-gestern", _DE, "de", "", "<p class='meta'>gestern, 18:05 Uhr</p>", "2026-12-04T18:05:00+01:00"),
    ("de-vor-minuten", _DE, "de", "", "<p class='meta'>vor 45 Minuten</p>", "2026-12-05T16:15:00+01:00"),
    ("ja-reiwa", "https://www.shimbun.example.jp/articles/41", "ja", "", "<p class='date'>令和8年12月5日 14時32分</p>", "2026-12-05T14:32:00+09:00"),
    ("ar-pm", "https://www.akhbar.example.eg/news/41", "ar", "", "<p class='date'>السبت 05 ديسمبر 2026 - 02:32 م</p>", "2026-12-05T14:32:00+02:00"),
    ("ar-levant", "https://www.akhbar.example.com.lb/news/41", "ar", "", "<p class='date'>5 كانون الأول 2026 14:32</p>", "2026-12-05T14:32:00+02:00"),
    ("fa-solar-latin", "https://www.khabar.example.ir/news/41", "fa", "", "<p class='date'>14 آذر 1405 ساعت 14:32</p>", "2026-12-05T14:32:00+03:30"),
    ("el-genitive", "https://www.efimerida.example.gr/news/41", "el", "", "<p class='date'>5 Δεκεμβρίου 2026, 14:32</p>", "2026-12-05T14:32:00+02:00"),
    ("es-de", "https://www.diario.example.es/noticia/41", "es", "", "<p class='date'>5 de diciembre de 2026 - 14:32 CET</p>", "2026-12-05T14:32:00+01:00"),
    ("ld-space-naive", _DE, "de", _ld(datePublished="2026-12-05 14:32:00"), "", "2026-12-05T14:32:00+01:00"),
    ("ld-no-colon-offset", _DE, "de", _ld(datePublished="2026-12-05T14:32:00+0100"), "", "2026-12-05T14:32:00+01:00"),
    ("meta-rfc2822", _DE, "de", _meta("Sat, 05 Dec 2026 14:32:00 +0100"), "", "2026-12-05T14:32:00+01:00"),
    ("meta-compact", _DE, "de", "<meta name='pubdate' content='20261205T143200'>", "", "2026-12-05T14:32:00+01:00"),
    ("meta-dc-date", _DE, "de", "<meta name='dc.date' content='2026-12-05T14:32:00+01:00'>", "", "2026-12-05T14:32:00+01:00"),
    ("en-noon", "https://www.gazette.example.com/news/41", "en", "", "<p class='byline-date'>Published 12:00 PM EST, Sat December 5, 2026</p>", "2026-12-05T12:00:00-05:00"),
    ("en-midnight", "https://www.gazette.example.com/news/41", "en", "", "<p class='byline-date'>Published 12:00 AM EST, Sat December 5, 2026</p>", "2026-12-05T00:00:00-05:00"),
    ("en-ist", "https://www.times.example.in/news/41", "en", "", "<p class='byline-date'>Updated: Dec 05, 2026 18:10 IST | Published: Dec 05, 2026 14:32 IST</p>", "2026-12-05T14:32:00+05:30"),
    # the JSON-LD states a bare day: that day, not a line's time (the schema's reader has a day)
    ("ld-date-only-line-time", _DE, "de", _ld(datePublished="2026-12-05"), "<p class='meta'>05.12.2026, 14:32 Uhr</p>", "2026-12-05"),
    ("pt-br", "https://www.jornal.example.com.br/noticia/41", "pt-BR", "", "<p class='date'>05/12/2026 14h32</p>", "2026-12-05T14:32:00-03:00"),
    ("ru", "https://www.gazeta.example.ru/news/41", "ru", "", "<p class='date'>5 декабря 2026, 14:32</p>", "2026-12-05T14:32:00+03:00"),
    ("tr", "https://www.haber.example.com.tr/news/41", "tr", "", "<p class='date'>05.12.2026 14:32</p>", "2026-12-05T14:32:00+03:00"),
    ("za", "https://www.news.example.co.za/news/41", "en", "", "<p class='date'>05 December 2026 | 14:32</p>", "2026-12-05T14:32:00+02:00"),
    ("nz", "https://www.herald.example.co.nz/news/41", "en", "", "<p class='date'>5 Dec, 2026 02:32 PM</p>", "2026-12-05T14:32:00+13:00"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_published(case: tuple[str, ...]) -> None:
    _name, url, lang, head, line, expected, *around = case
    assert _published(url, lang, head, line, *around) == expected


# A line stating the update first, then the publication under a noun ("Erstveröffentlichung",
# "Fecha de publicación", "Publicatiedatum") or a verb not read before (Danish "Udgivet"): the
# publication. 13 of these 20 read the update's time before.
UPDATE_FIRST = [
    ("de", _DE, "de", "Stand: 05.12.2026, 14:32 Uhr · Erstveröffentlichung: 04.12.2026, 09:15 Uhr", "2026-12-04T09:15:00+01:00"),
    ("de2", _DE, "de", "Aktualisiert: 05.12.2026, 14:32 Uhr | Veröffentlichung: 04.12.2026, 09:15 Uhr", "2026-12-04T09:15:00+01:00"),
    ("de3", _DE, "de", "Letzte Aktualisierung 05.12.2026, 14:32 Uhr – Veröffentlichungsdatum 04.12.2026, 09:15 Uhr", "2026-12-04T09:15:00+01:00"),
    ("at", _AT, "de", "Aktualisiert: 05.12.2026, 14:32 · Online seit: 04.12.2026, 09:15", "2026-12-04T09:15:00+01:00"),
    ("fr", "https://www.journal.example.fr/a/41", "fr", "Mis à jour le 05/12/2026 à 14h32 · Première publication le 04/12/2026 à 09h15", "2026-12-04T09:15:00+01:00"),
    ("fr2", "https://www.journal.example.fr/a/41", "fr", "Mis à jour le 05/12/2026 à 14h32 · Publication : 04/12/2026 à 09h15", "2026-12-04T09:15:00+01:00"),
    ("es", "https://www.diario.example.es/a/41", "es", "Actualizado: 05/12/2026 14:32 · Fecha de publicación: 04/12/2026 09:15", "2026-12-04T09:15:00+01:00"),
    ("es2", "https://www.diario.example.es/a/41", "es", "Actualizado 05/12/2026 14:32 · Publicación 04/12/2026 09:15", "2026-12-04T09:15:00+01:00"),
    ("it", "https://www.giornale.example.it/a/41", "it", "Aggiornato il 05/12/2026 alle 14:32 · Data di pubblicazione: 04/12/2026 09:15", "2026-12-04T09:15:00+01:00"),
    ("pt", "https://www.jornal.example.pt/a/41", "pt", "Atualizado: 05/12/2026 14:32 · Publicação: 04/12/2026 09:15", "2026-12-04T09:15:00+00:00"),
    ("nl", "https://www.krant.example.nl/a/41", "nl", "Bijgewerkt: 05-12-2026, 14:32 · Publicatiedatum: 04-12-2026, 09:15", "2026-12-04T09:15:00+01:00"),
    ("en", "https://www.paper.example.co.uk/a/41", "en", "Updated: 5 December 2026, 14:32 · Publication date: 4 December 2026, 09:15", "2026-12-04T09:15:00+00:00"),
    ("en2", "https://www.paper.example.co.uk/a/41", "en", "Last modified on 5 December 2026, 14:32 · First posted on 4 December 2026, 09:15", "2026-12-04T09:15:00+00:00"),
    ("pl", "https://www.gazeta.example.pl/a/41", "pl", "Aktualizacja: 05.12.2026 14:32 · Data publikacji: 04.12.2026 09:15", "2026-12-04T09:15:00+01:00"),
    ("cs", "https://www.noviny.example.cz/a/41", "cs", "Aktualizováno 5. 12. 2026 14:32 · Publikováno 4. 12. 2026 9:15", "2026-12-04T09:15:00+01:00"),
    ("sv", "https://www.tidning.example.se/a/41", "sv", "Uppdaterad 5 december 2026 14.32 · Publicerad 4 december 2026 09.15", "2026-12-04T09:15:00+01:00"),
    ("da", "https://www.avis.example.dk/a/41", "da", "Opdateret 5. december 2026 kl. 14.32 · Udgivet 4. december 2026 kl. 09.15", "2026-12-04T09:15:00+01:00"),
    ("nb", "https://www.avis.example.no/a/41", "nb", "Oppdatert 5. desember 2026 kl. 14.32 · Publisert 4. desember 2026 kl. 09.15", "2026-12-04T09:15:00+01:00"),
    ("tr", "https://www.haber.example.com.tr/a/41", "tr", "Güncelleme: 05.12.2026 14:32 · Yayınlanma: 04.12.2026 09:15", "2026-12-04T09:15:00+03:00"),
    ("ru", "https://www.gazeta.example.ru/a/41", "ru", "Обновлено 05.12.2026 14:32 · Опубликовано 04.12.2026 09:15", "2026-12-04T09:15:00+03:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "url", "lang", "line", "expected"), UPDATE_FIRST, ids=[c[0] for c in UPDATE_FIRST]
)
def test_update_then_publication_noun(
    name: str, url: str, lang: str, line: str, expected: str
) -> None:
    assert _published(url, lang, "", f"<p class='meta'>{line}</p>") == expected


# The same labels before a publication's own line, or alone: still the publication.
@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [
        (_DE, "de", "Veröffentlichung: 04.12.2026, 09:15 Uhr · Aktualisiert: 05.12.2026, 14:32 Uhr", "2026-12-04T09:15:00+01:00"),
        (_DE, "de", "Erstveröffentlichung: 04.12.2026, 09:15 Uhr", "2026-12-04T09:15:00+01:00"),
        ("https://www.diario.example.es/a/41", "es", "Fecha de publicación: 04/12/2026 09:15", "2026-12-04T09:15:00+01:00"),
        ("https://www.journal.example.fr/a/41", "fr", "Publication : 04/12/2026 à 09h15 · Mis à jour le 05/12/2026 à 14h32", "2026-12-04T09:15:00+01:00"),
        ("https://www.paper.example.co.uk/a/41", "en", "Publication date: 4 December 2026, 09:15", "2026-12-04T09:15:00+00:00"),
    ],
)  # fmt: skip
def test_publication_noun_first_or_alone(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, "", f"<p class='meta'>{line}</p>") == expected
