"""Invented pages for issue 10 (session 26): the published instant where the page states it in
languages and CMS shapes the date tests cover thinly (Portuguese to Swahili; epoch data
attributes, escaped framework state, a bare-day `<time>` beside a full JSON-LD stamp, update
lines before the publication, relative lines, 12-hour clocks, zone abbreviations, a "related"
list dated later). Every page is made up here; prints the share of pages whose published
value is the expected instant and lists the misses.

    .venv/bin/python benchmarks/dates_campaign26.py [-v] [--cldr]    (from the worktree's root)

`--cldr` also prints each of 74 CLDR locales' full, long, medium and short days (alone, with
the locale's clock and with its 12-hour one) as a line under the headline of a page in that
language, three moments each, and counts those whose published value is not the printed
wall clock (babel, a dev requirement, prints them: the words come from outside the
extractor). Two-digit years alone ("3/12/26") stay unread on purpose.
"""

# ruff: noqa: E501  -- one case per line reads best

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this tree's newsarchive
from newsarchive.extract import extract_article

FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)
_RELATED = (
    "<aside class='related'><h3>{label}</h3><ul>"
    "<li><a href='/a/1'>Floods close the coast road</a> <span class='date'>{d1}</span></li>"
    "<li><a href='/a/2'>Ferry fares rise again</a> <span class='date'>{d2}</span></li></ul></aside>"
)


def page(
    lang: str,
    line: str = "",
    head: str = "",
    ld: dict[str, object] | None = None,
    related: str = "",
    after: str = "",
    script: str = "",
) -> str:
    """A news page: `line` under the headline, `related` above it, `after` below the text."""
    block = f"<script type='application/ld+json'>{json.dumps(ld)}</script>" if ld else ""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{HEADLINE}</title>{block}{head}</head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header>{related}<main><article>"
        f"<h1>{HEADLINE}</h1>{line}{_TEXT}{after}</article></main><footer>Contact</footer>{script}</body></html>"
    )  # fmt: skip


def ld(**fields: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": HEADLINE,
        **fields,
    }


def p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def u(tld: str) -> str:
    return f"https://www.news.example.{tld}/a/4711-bridge"


def rel(d1: str, d2: str, label: str = "Related") -> str:
    return _RELATED.format(label=label, d1=d1, d2=d2)


# (name, url, html, expected published instant)
CASES: list[tuple[str, str, str, str]] = [
    # Portuguese / Brazilian
    (
        "pt-br-as",
        u("com.br"),
        page("pt-BR", p("Publicado em 03/12/2026 às 14h25")),
        "2026-12-03T14:25:00-03:00",
    ),
    (
        "pt-br-dash",
        u("com.br"),
        page("pt-BR", p("03 dez 2026 - 14h25")),
        "2026-12-03T14:25:00-03:00",
    ),
    (
        "pt-br-upd-first",
        u("com.br"),
        page("pt-BR", p("Atualizado em 04/12/2026 às 09h10 | Publicado em 03/12/2026 às 14h25")),
        "2026-12-03T14:25:00-03:00",
    ),
    ("pt-br-ha", u("com.br"), page("pt-BR", p("há 3 horas")), "2026-12-05T13:00:00+00:00"),
    ("pt-br-brt", u("com"), page("pt-BR", p("03/12/2026 14:25 BRT")), "2026-12-03T14:25:00-03:00"),
    # Polish
    (
        "pl-opubl",
        u("pl"),
        page("pl", p("Opublikowano: 3 grudnia 2026, 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("pl-dots", u("pl"), page("pl", p("03.12.2026 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "pl-upd-first",
        u("pl"),
        page("pl", p("Aktualizacja: 04.12.2026 09:10") + p("Publikacja: 03.12.2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("pl-temu", u("pl"), page("pl", p("2 godziny temu")), "2026-12-05T14:00:00+00:00"),
    (
        "pl-weekday",
        u("pl"),
        page("pl", p("czwartek, 3 grudnia 2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    # Dutch
    ("nl-om", u("nl"), page("nl", p("3 dec. 2026 om 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "nl-gepubl",
        u("nl"),
        page("nl", p("Gepubliceerd op 3 december 2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "nl-upd-first",
        u("nl"),
        page(
            "nl", p("Bijgewerkt op 4 december 2026 09:10 · Gepubliceerd op 3 december 2026 14:25")
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    ("nl-geleden", u("nl"), page("nl", p("2 uur geleden")), "2026-12-05T14:00:00+00:00"),
    ("nl-be-dash", u("be"), page("nl-BE", p("do 03/12/2026 - 14:25")), "2026-12-03T14:25:00+01:00"),
    # Czech / Slovak
    ("cs-spaces", u("cz"), page("cs", p("3. 12. 2026 14:25")), "2026-12-03T14:25:00+01:00"),
    ("cs-pred", u("cz"), page("cs", p("před 2 hodinami")), "2026-12-05T14:00:00+00:00"),
    (
        "cs-upd-first",
        u("cz"),
        page("cs", p("Aktualizováno 4. 12. 2026 9:10") + p("Publikováno 3. 12. 2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "cs-weekday",
        u("cz"),
        page("cs", p("čtvrtek 3. prosince 2026, 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("sk-month", u("sk"), page("sk", p("3. decembra 2026 14:25")), "2026-12-03T14:25:00+01:00"),
    ("sk-pred", u("sk"), page("sk", p("pred 2 hodinami")), "2026-12-05T14:00:00+00:00"),
    # Hungarian
    ("hu-numeric", u("hu"), page("hu", p("2026. 12. 03. 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "hu-weekday",
        u("hu"),
        page("hu", p("2026. december 3., csütörtök 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("hu-oraja", u("hu"), page("hu", p("2 órája")), "2026-12-05T14:00:00+00:00"),
    # Romanian
    ("ro-ora", u("ro"), page("ro", p("3 decembrie 2026, ora 14:25")), "2026-12-03T14:25:00+02:00"),
    ("ro-acum", u("ro"), page("ro", p("acum 2 ore")), "2026-12-05T14:00:00+00:00"),
    ("ro-dots", u("ro"), page("ro", p("Publicat: 03.12.2026 14:25")), "2026-12-03T14:25:00+02:00"),
    # Croatian / Serbian
    ("hr-u", u("hr"), page("hr", p("3. prosinca 2026. u 14:25")), "2026-12-03T14:25:00+01:00"),
    ("hr-prije", u("hr"), page("hr", p("prije 2 sata")), "2026-12-05T14:00:00+00:00"),
    ("sr-cyr", u("rs"), page("sr", p("3. децембар 2026. 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "sr-lat",
        u("rs"),
        page("sr-Latn", p("3. decembar 2026. u 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("sr-pre", u("rs"), page("sr", p("пре 2 сата")), "2026-12-05T14:00:00+00:00"),
    # Greek
    ("el-bullet", u("gr"), page("el", p("03.12.2026 • 14:25")), "2026-12-03T14:25:00+02:00"),
    ("el-mm", u("gr"), page("el", p("3 Δεκεμβρίου 2026, 2:25 μ.μ.")), "2026-12-03T14:25:00+02:00"),
    ("el-prin", u("gr"), page("el", p("πριν από 2 ώρες")), "2026-12-05T14:00:00+00:00"),
    (
        "el-weekday",
        u("gr"),
        page("el", p("Πέμπτη, 3 Δεκεμβρίου 2026 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    # Ukrainian
    ("uk-month", u("ua"), page("uk", p("3 грудня 2026, 14:25")), "2026-12-03T14:25:00+02:00"),
    ("uk-o", u("ua"), page("uk", p("03.12.2026 о 14:25")), "2026-12-03T14:25:00+02:00"),
    ("uk-tomu", u("ua"), page("uk", p("2 години тому")), "2026-12-05T14:00:00+00:00"),
    (
        "uk-upd-first",
        u("ua"),
        page("uk", p("Оновлено: 4 грудня 2026, 09:10") + p("Опубліковано: 3 грудня 2026, 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    # Finnish
    ("fi-klo", u("fi"), page("fi", p("3.12.2026 klo 14.25")), "2026-12-03T14:25:00+02:00"),
    (
        "fi-julk",
        u("fi"),
        page("fi", p("Julkaistu 3.12.2026 14:25 | Päivitetty 4.12.2026 9:10")),
        "2026-12-03T14:25:00+02:00",
    ),
    ("fi-sitten", u("fi"), page("fi", p("2 tuntia sitten")), "2026-12-05T14:00:00+00:00"),
    (
        "fi-upd-first",
        u("fi"),
        page("fi", p("Päivitetty 4.12.2026 9:10 | Julkaistu 3.12.2026 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    # Vietnamese
    (
        "vi-gmt7",
        u("vn"),
        page("vi", p("Thứ năm, 3/12/2026, 14:25 (GMT+7)")),
        "2026-12-03T14:25:00+07:00",
    ),
    ("vi-time-first", u("vn"), page("vi", p("14:25 03/12/2026")), "2026-12-03T14:25:00+07:00"),
    ("vi-truoc", u("vn"), page("vi", p("2 giờ trước")), "2026-12-05T14:00:00+00:00"),
    ("vi-ngay", u("vn"), page("vi", p("Ngày 03/12/2026 14:25")), "2026-12-03T14:25:00+07:00"),
    # Indonesian / Malay
    (
        "id-wib",
        u("co.id"),
        page("id", p("Kamis, 03 Des 2026 14:25 WIB")),
        "2026-12-03T14:25:00+07:00",
    ),
    (
        "id-pipe",
        u("co.id"),
        page("id", p("3 Desember 2026 | 14.25 WIB")),
        "2026-12-03T14:25:00+07:00",
    ),
    ("id-lalu", u("co.id"), page("id", p("2 jam yang lalu")), "2026-12-05T14:00:00+00:00"),
    (
        "id-wita",
        u("co.id"),
        page("id", p("Kamis, 3 Desember 2026 - 15:25 WITA")),
        "2026-12-03T15:25:00+08:00",
    ),
    (
        "ms-pm",
        u("com.my"),
        page("ms", p("Khamis, 3 Disember 2026 2:25 PM")),
        "2026-12-03T14:25:00+08:00",
    ),
    ("ms-ptg", u("my"), page("ms", p("3 Disember 2026 @ 2:25 ptg")), "2026-12-03T14:25:00+08:00"),
    ("ms-mpt", u("my"), page("ms", p("Diterbitkan 2 jam yang lalu")), "2026-12-05T14:00:00+00:00"),
    # Thai
    ("th-abbr", u("co.th"), page("th", p("3 ธ.ค. 2569 14:25 น.")), "2026-12-03T14:25:00+07:00"),
    (
        "th-full",
        u("co.th"),
        page("th", p("วันพฤหัสบดีที่ 3 ธันวาคม พ.ศ. 2569 เวลา 14:25 น.")),
        "2026-12-03T14:25:00+07:00",
    ),
    ("th-short-yr", u("co.th"), page("th", p("3 ธ.ค. 69 14:25")), "2026-12-03T14:25:00+07:00"),
    # Chinese
    ("zh-nianyue", u("cn"), page("zh-CN", p("2026年12月03日 14:25")), "2026-12-03T14:25:00+08:00"),
    (
        "zh-fabu",
        u("cn"),
        page("zh-CN", p("发布时间：2026-12-03 14:25 来源：新华社")),
        "2026-12-03T14:25:00+08:00",
    ),
    (
        "zh-tw-xiawu",
        u("com.tw"),
        page("zh-TW", p("2026/12/03 下午 2:25")),
        "2026-12-03T14:25:00+08:00",
    ),
    (
        "zh-hk",
        u("hk"),
        page("zh-HK", p("2026年12月3日 星期四 下午2:25")),
        "2026-12-03T14:25:00+08:00",
    ),
    ("zh-qian", u("cn"), page("zh-CN", p("2小时前")), "2026-12-05T14:00:00+00:00"),
    (
        "zh-upd-first",
        u("cn"),
        page("zh-CN", p("更新时间：2026-12-04 09:10") + p("发布时间：2026-12-03 14:25")),
        "2026-12-03T14:25:00+08:00",
    ),
    # Hindi / Bengali / Nepali
    ("hi-ist", u("in"), page("hi", p("3 दिसंबर 2026, 14:25 IST")), "2026-12-03T14:25:00+05:30"),
    (
        "hi-pm",
        u("in"),
        page("hi", p("प्रकाशित: 03 दिसम्बर 2026 02:25 PM (IST)")),
        "2026-12-03T14:25:00+05:30",
    ),
    (
        "hi-en-upd",
        u("in"),
        page("hi", p("Updated: Dec 04, 2026 09:10 IST") + p("Published: Dec 03, 2026 14:25 IST")),
        "2026-12-03T14:25:00+05:30",
    ),
    ("hi-pahle", u("in"), page("hi", p("2 घंटे पहले")), "2026-12-05T14:00:00+00:00"),
    ("bn-digits", u("com.bd"), page("bn", p("৩ ডিসেম্বর ২০২৬, ১৪:২৫")), "2026-12-03T14:25:00+06:00"),
    (
        "bn-pm",
        u("com.bd"),
        page("bn", p("প্রকাশ: ০৩ ডিসেম্বর ২০২৬, ০২:২৫ পিএম")),
        "2026-12-03T14:25:00+06:00",
    ),
    ("bn-in", u("in"), page("bn", p("৩ ডিসেম্বর ২০২৬, ১৪:২৫")), "2026-12-03T14:25:00+05:30"),
    ("ne-bs", u("com.np"), page("ne", p("मंसिर १७, २०८३")), "2026-12-03"),
    ("ne-ad", u("com.np"), page("ne", p("३ डिसेम्बर २०२६, १४:२५")), "2026-12-03T14:25:00+05:45"),
    # Arabic / Hebrew / Persian
    ("ar-dash", u("com.eg"), page("ar", p("3 ديسمبر 2026 - 14:25")), "2026-12-03T14:25:00+02:00"),
    (
        "ar-pm",
        u("com.eg"),
        page("ar", p("الخميس 3 ديسمبر 2026 02:25 م")),
        "2026-12-03T14:25:00+02:00",
    ),
    ("ar-digits", u("com.sa"), page("ar", p("٣ ديسمبر ٢٠٢٦ ١٤:٢٥")), "2026-12-03T14:25:00+03:00"),
    (
        "ar-levant",
        u("com.lb"),
        page("ar", p("3 كانون الأول 2026 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    ("ar-mundhu", u("com.eg"), page("ar", p("منذ ساعتين")), "2026-12-05T14:00:00+00:00"),
    (
        "he-month",
        u("co.il"),
        page("he", p("פורסם: 3 בדצמבר 2026, 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    ("he-dots", u("co.il"), page("he", p("03.12.2026 14:25")), "2026-12-03T14:25:00+02:00"),
    ("he-lifnei", u("co.il"), page("he", p("לפני שעתיים")), "2026-12-05T14:00:00+00:00"),
    ("fa-solar", u("ir"), page("fa", p("۱۲ آذر ۱۴۰۵ - ۱۴:۲۵")), "2026-12-03T14:25:00+03:30"),
    ("fa-numeric", u("ir"), page("fa", p("۱۴۰۵/۰۹/۱۲ ۱۴:۲۵")), "2026-12-03T14:25:00+03:30"),
    # Swahili / Afrikaans
    ("sw-month", u("co.ke"), page("sw", p("Desemba 3, 2026 14:25")), "2026-12-03T14:25:00+03:00"),
    ("sw-eat", u("co.tz"), page("sw", p("3 Desemba 2026 14:25 EAT")), "2026-12-03T14:25:00+03:00"),
    ("sw-iliyopita", u("co.ke"), page("sw", p("Saa 2 zilizopita")), "2026-12-05T14:00:00+00:00"),
    ("af-om", u("co.za"), page("af", p("3 Desember 2026 om 14:25")), "2026-12-03T14:25:00+02:00"),
    ("af-gelede", u("co.za"), page("af", p("2 uur gelede")), "2026-12-05T14:00:00+00:00"),
    # CMS shapes
    (
        "attr-epoch-s",
        u("de"),
        page(
            "de",
            "<div class='meta' data-timestamp='1796304300'><span class='author'>Von Anna Berg</span></div>",
        ),
        "2026-12-03T13:25:00+00:00",
    ),
    (
        "attr-epoch-ms",
        u("de"),
        page("de", "<div class='meta' data-publish-date='1796304300000'>Von Anna Berg</div>"),
        "2026-12-03T13:25:00+00:00",
    ),
    (
        "next-data",
        u("com"),
        page(
            "en",
            script="<script id='__NEXT_DATA__' type='application/json'>"
            + json.dumps(
                {
                    "props": {
                        "pageProps": {
                            "article": {
                                "title": HEADLINE,
                                "publishedAt": "2026-12-03T13:25:00.000Z",
                                "url": "https://x.example/a",
                            }
                        }
                    }
                }
            )
            + "</script>",
        ),
        "2026-12-03T13:25:00+00:00",
    ),
    (
        "initial-state",
        u("com"),
        page(
            "en",
            script="<script>window.__INITIAL_STATE__="
            + json.dumps(
                {
                    "article": {
                        "headline": HEADLINE,
                        "url": "https://x.example/a/b",
                        "datePublished": "2026-12-03T14:25:00+01:00",
                    }
                }
            ).replace("/", "\\u002F")
            + ";</script>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "time-day-ld",
        u("de"),
        page(
            "de",
            "<time datetime='2026-12-03'>3. Dezember 2026</time>",
            ld=ld(datePublished="2026-12-03T14:25:00+01:00"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-aktualisiert-first",
        u("de"),
        page(
            "de",
            p("Aktualisiert am 04.12.2026, 09:10 Uhr · Erstveröffentlichung 03.12.2026, 14:25 Uhr"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-vor", u("de"), page("de", p("vor 2 Stunden")), "2026-12-05T14:00:00+00:00"),
    (
        "de-related-first",
        u("de"),
        page(
            "de",
            p("03.12.2026, 14:25 Uhr"),
            related=rel("04.12.2026, 10:00 Uhr", "04.12.2026, 11:00 Uhr", "Meistgelesen"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-related-after",
        u("de"),
        page(
            "de",
            p("Stand: 03.12.2026 14:25 Uhr"),
            after=rel("04.12.2026, 10:00 Uhr", "04.12.2026, 11:00 Uhr", "Mehr zum Thema"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-mez", u("com"), page("de", p("3. Dezember 2026, 14:25 MEZ")), "2026-12-03T14:25:00+01:00"),
    ("de-mesz", u("com"), page("de", p("3. Juli 2026, 14:25 MESZ")), "2026-07-03T14:25:00+02:00"),
    ("en-cet", u("eu"), page("en", p("3 December 2026, 14:25 CET")), "2026-12-03T14:25:00+01:00"),
    ("en-cest", u("eu"), page("en", p("3 July 2026, 14:25 CEST")), "2026-07-03T14:25:00+02:00"),
    ("en-jst", u("com"), page("en", p("Dec 3, 2026 2:25 p.m. JST")), "2026-12-03T14:25:00+09:00"),
    ("en-kst", u("com"), page("en", p("Dec 3, 2026, 14:25 KST")), "2026-12-03T14:25:00+09:00"),
    ("en-aest", u("com"), page("en", p("3 July 2026 2:25pm AEST")), "2026-07-03T14:25:00+10:00"),
    (
        "en-nzdt",
        u("com"),
        page("en", p("3 December 2026, 2:25pm NZDT")),
        "2026-12-03T14:25:00+13:00",
    ),
    (
        "en-sast",
        u("com"),
        page("en", p("03 December 2026 14:25 SAST")),
        "2026-12-03T14:25:00+02:00",
    ),
    (
        "en-wat",
        u("com"),
        page("en", p("December 3, 2026 2:25 pm WAT")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "en-eat",
        u("com"),
        page("en", p("December 3, 2026 2:25 pm EAT")),
        "2026-12-03T14:25:00+03:00",
    ),
    (
        "es-art",
        u("com"),
        page("es", p("3 de diciembre de 2026 14:25 ART")),
        "2026-12-03T14:25:00-03:00",
    ),
    (
        "es-pm",
        u("com.mx"),
        page("es", p("3 de diciembre de 2026, 2:25 p. m.")),
        "2026-12-03T14:25:00-06:00",
    ),
    (
        "pt-pm",
        u("com.br"),
        page("pt-BR", p("3 de dezembro de 2026, 2:25 PM")),
        "2026-12-03T14:25:00-03:00",
    ),
    (
        "en-ie-ist",
        u("ie"),
        page("en-IE", p("Thu 3 Dec 2026, 14:25 GMT")),
        "2026-12-03T14:25:00+00:00",
    ),
    (
        "en-in-ist",
        u("in"),
        page("en-IN", p("Updated: December 03, 2026 2:25 pm IST")),
        "2026-12-03T14:25:00+05:30",
    ),
    (
        "ko-ipryeok",
        u("co.kr"),
        page("ko", p("입력 2026.12.03 14:25 수정 2026.12.04 09:10")),
        "2026-12-03T14:25:00+09:00",
    ),
    ("ko-ohu", u("co.kr"), page("ko", p("2026-12-03 오후 2:25")), "2026-12-03T14:25:00+09:00"),
    ("ja-nen", u("jp"), page("ja", p("2026年12月3日 14時25分")), "2026-12-03T14:25:00+09:00"),
    (
        "tr-saat",
        u("com.tr"),
        page("tr", p("03 Aralık 2026 Perşembe 14:25")),
        "2026-12-03T14:25:00+03:00",
    ),
    ("tr-once", u("com.tr"), page("tr", p("2 saat önce")), "2026-12-05T14:00:00+00:00"),
    # round 2: relative days, clocks before days, lines at the foot, naive metas
    ("de-gestern", u("de"), page("de", p("gestern, 14:25 Uhr")), "2026-12-04T14:25:00+01:00"),
    ("de-heute", u("de"), page("de", p("Heute, 09:10 Uhr")), "2026-12-05T09:10:00+01:00"),
    ("pl-wczoraj", u("pl"), page("pl", p("wczoraj 14:25")), "2026-12-04T14:25:00+01:00"),
    ("nl-gisteren", u("nl"), page("nl", p("gisteren om 14:25")), "2026-12-04T14:25:00+01:00"),
    ("pt-ontem", u("com.br"), page("pt-BR", p("ontem às 14h25")), "2026-12-04T14:25:00-03:00"),
    ("cs-vcera", u("cz"), page("cs", p("včera 14:25")), "2026-12-04T14:25:00+01:00"),
    ("hu-tegnap", u("hu"), page("hu", p("tegnap 14:25")), "2026-12-04T14:25:00+01:00"),
    ("ro-ieri", u("ro"), page("ro", p("ieri, 14:25")), "2026-12-04T14:25:00+02:00"),
    ("tr-dun", u("com.tr"), page("tr", p("dün 14:25")), "2026-12-04T14:25:00+03:00"),
    ("uk-vchora", u("ua"), page("uk", p("вчора о 14:25")), "2026-12-04T14:25:00+02:00"),
    ("el-xthes", u("gr"), page("el", p("Χθες 14:25")), "2026-12-04T14:25:00+02:00"),
    ("fi-eilen", u("fi"), page("fi", p("eilen klo 14.25")), "2026-12-04T14:25:00+02:00"),
    ("hr-jucer", u("hr"), page("hr", p("jučer u 14:25")), "2026-12-04T14:25:00+01:00"),
    ("sv-igar", u("se"), page("sv", p("igår 14:25")), "2026-12-04T14:25:00+01:00"),
    ("id-kemarin", u("co.id"), page("id", p("Kemarin, 14:25 WIB")), "2026-12-04T14:25:00+07:00"),
    ("de-noyear", u("de"), page("de", p("3. Dezember, 14:25 Uhr")), "2026-12-03T14:25:00+01:00"),
    ("pl-noyear", u("pl"), page("pl", p("3 grudnia, 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "de-clock-first",
        u("de"),
        page("de", p("14:25 Uhr, 03.12.2026")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-dots-clock",
        u("at"),
        page("de-AT", p("Veröffentlicht am Donnerstag, 3. Dezember 2026, 14.25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-upd-time-only",
        u("de"),
        page("de", p("Publiziert: 03.12.2026, 14:25 Uhr | Aktualisiert: 16:50 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-foot-stand",
        u("de"),
        page(
            "de",
            after=p("Stand: 03.12.2026, 14:25 Uhr")
            + rel("04.12.2026", "04.12.2026", "Mehr zum Thema"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-meta-naive",
        u("de"),
        page("de", head="<meta property='article:published_time' content='2026-12-03T14:25:00'>"),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "pl-meta-naive-summer",
        u("pl"),
        page("pl", head="<meta property='article:published_time' content='2026-07-03 14:25:00'>"),
        "2026-07-03T14:25:00+02:00",
    ),
    (
        "de-rel-comments",
        u("de"),
        page(
            "de",
            p("vor 2 Tagen"),
            after="<section class='comments'><p>Max, 04.12.2026 10:00</p><p>Eva, 04.12.2026 11:00</p></section>",
        ),
        "2026-12-03",
    ),
    (
        "de-erstellt",
        u("de"),
        page("de", p("Erstellt: 03.12.2026 14:25 | Geändert: 04.12.2026 09:10")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-og-upd-line",
        u("de"),
        page(
            "de",
            p("03.12.2026, 14:25 Uhr"),
            head="<meta property='og:updated_time' content='2026-12-04T09:10:00+01:00'>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-itemprop-naive",
        u("de"),
        page("de", "<meta itemprop='datePublished' content='2026-12-03 14:25'>"),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-time-epoch-teaser",
        u("de"),
        page(
            "de",
            p("03.12.2026, 14:25 Uhr"),
            related="<div class='teaser'><a href='/a/9'>Other</a><time data-timestamp='1796400000'>vor 1 Std.</time></div>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-pipe", u("ch"), page("de-CH", p("03.12.2026 | 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "en-us-et",
        u("com"),
        page("en-US", p("Dec. 3, 2026 2:25 p.m. ET")),
        "2026-12-03T14:25:00-05:00",
    ),
    (
        "en-us-naive",
        u("com"),
        page("en-US", p("December 3, 2026 at 2:25 PM")),
        "2026-12-03T14:25:00-05:00",
    ),
    (
        "en-uk-pub-upd",
        u("co.uk"),
        page("en-GB", p("Published 3 December 2026, 14:25 GMT | Updated 4 December 2026")),
        "2026-12-03T14:25:00+00:00",
    ),
    (
        "fr-le-a",
        u("fr"),
        page("fr", p("Publié le 3 décembre 2026 à 14h25, mis à jour le 4 décembre 2026 à 09h10")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "fr-maj-first",
        u("fr"),
        page("fr", p("Mis à jour le 04/12/2026 à 09h10 - Publié le 03/12/2026 à 14h25")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("it-alle", u("it"), page("it", p("3 dicembre 2026 alle 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "es-upd-first",
        u("es"),
        page("es", p("Actualizado: 04/12/2026 09:10h · Publicado: 03/12/2026 14:25h")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("ru-v", u("ru"), page("ru", p("3 декабря 2026, 14:25")), "2026-12-03T14:25:00+03:00"),
    ("ru-nazad", u("ru"), page("ru", p("2 часа назад")), "2026-12-05T14:00:00+00:00"),
    ("da-kl", u("dk"), page("da", p("3. dec. 2026 kl. 14.25")), "2026-12-03T14:25:00+01:00"),
    (
        "no-kl",
        u("no"),
        page("nb", p("Publisert 03.12.2026 kl. 14.25 Sist oppdatert 04.12.2026 kl. 09.10")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("ca-de", u("cat"), page("ca", p("3 de desembre de 2026, 14:25")), "2026-12-03T14:25:00+01:00"),
    ("bg-month", u("bg"), page("bg", p("3 декември 2026, 14:25")), "2026-12-03T14:25:00+02:00"),
    ("sl-month", u("si"), page("sl", p("3. december 2026 ob 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "lt-month",
        u("lt"),
        page("lt", p("2026 m. gruodžio 3 d. 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    (
        "lv-month",
        u("lv"),
        page("lv", p("2026. gada 3. decembris 14:25")),
        "2026-12-03T14:25:00+02:00",
    ),
    ("et-month", u("ee"), page("et", p("3. detsember 2026, 14:25")), "2026-12-03T14:25:00+02:00"),
    ("tl-month", u("ph"), page("tl", p("Disyembre 3, 2026 2:25 PM")), "2026-12-03T14:25:00+08:00"),
    ("ur-month", u("pk"), page("ur", p("3 دسمبر 2026")), "2026-12-03"),
    ("ta-month", u("in"), page("ta", p("டிசம்பர் 3, 2026 14:25")), "2026-12-03T14:25:00+05:30"),
    # round 3: sources that disagree, odd stamps in JSON-LD and metas
    (
        "ld-german-format",
        u("de"),
        page("de", ld=ld(datePublished="03.12.2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "ld-rfc2822",
        u("de"),
        page("de", ld=ld(datePublished="Thu, 03 Dec 2026 14:25:00 +0100")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "ld-no-colon",
        u("de"),
        page("de", ld=ld(datePublished="2026-12-03T14:25:00+0100")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "ld-naive-space",
        u("de"),
        page("de", ld=ld(datePublished="2026-12-03 14:25:00")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "ld-naive-summer-pl",
        u("pl"),
        page("pl", ld=ld(datePublished="2026-07-03T14:25:00")),
        "2026-07-03T14:25:00+02:00",
    ),
    (
        "ld-us-slash",
        u("com"),
        page("en-US", ld=ld(datePublished="12/03/2026 02:25 PM")),
        "2026-12-03T14:25:00-05:00",
    ),
    (
        "ld-itemlist-first",
        u("de"),
        "<html lang='de'><head><title>t</title><script type='application/ld+json'>"
        + json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "ItemList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": 1,
                        "item": {
                            "@type": "NewsArticle",
                            "headline": "Floods close the coast road",
                            "datePublished": "2026-12-04T10:00:00+01:00",
                        },
                    }
                ],
            }
        )
        + "</script>"
        + "<script type='application/ld+json'>"
        + json.dumps(ld(datePublished="2026-12-03T14:25:00+01:00"))
        + "</script></head><body><h1>"
        + HEADLINE
        + "</h1>"
        + _TEXT
        + "</body></html>",
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "ld-graph-webpage",
        u("de"),
        page(
            "de",
            ld={
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "@id": u("de"),
                        "datePublished": "2026-12-01T08:00:00+01:00",
                    },
                    {
                        "@type": "NewsArticle",
                        "headline": HEADLINE,
                        "datePublished": "2026-12-03T14:25:00+01:00",
                        "mainEntityOfPage": {"@id": u("de")},
                    },
                ],
            },
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "time-related-first",
        u("de"),
        page(
            "de",
            "<p class='meta'><time>03.12.2026, 14:25 Uhr</time></p>",
            related="<aside><article><h2><a href='/a/1'>Other</a></h2><time datetime='2026-12-04T10:00:00+01:00'>04.12.2026</time></article></aside>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "meta-date-day-line",
        u("de"),
        page("de", p("03.12.2026, 14:25 Uhr"), head="<meta name='date' content='2026-12-03'>"),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "dpa-dateline",
        u("de"),
        page(
            "de",
            "<p>Berlin (dpa) - Der Rat stimmte am Donnerstag zu.</p>",
            after="<p class='source'>dpa, 03.12.2026, 14:25 Uhr</p>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "liveblog",
        u("de"),
        page(
            "de",
            ld={
                "@context": "https://schema.org",
                "@type": "LiveBlogPosting",
                "headline": HEADLINE,
                "coverageStartTime": "2026-12-03T14:25:00+01:00",
                "datePublished": "2026-12-03T14:25:00+01:00",
                "dateModified": "2026-12-05T15:00:00+01:00",
                "liveBlogUpdate": [
                    {
                        "@type": "BlogPosting",
                        "headline": "Neu",
                        "datePublished": "2026-12-05T15:00:00+01:00",
                    }
                ],
            },
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "meta-epoch-ms",
        u("de"),
        page("de", head="<meta name='publish-date' content='1796304300000'>"),
        "2026-12-03T13:25:00+00:00",
    ),
    (
        "de-rubric-line",
        u("de"),
        page("de", "<div class='kicker'>Politik | 03.12.2026 | 14:25 Uhr | Lesezeit: 3 Min.</div>"),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-byline-von-am",
        u("de"),
        page("de", p("Von Anna Berg am 03.12.2026 um 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-commas", u("de"), page("de", p("Do., 03.12.2026, 14:25")), "2026-12-03T14:25:00+01:00"),
    ("de-short-year", u("de"), page("de", p("03.12.26, 14:25 Uhr")), "2026-12-03T14:25:00+01:00"),
    (
        "de-month-abbr",
        u("de"),
        page("de", p("3. Dez. 2026 - 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-ch-dots", u("ch"), page("de-CH", p("03.12.2026, 14.25 Uhr")), "2026-12-03T14:25:00+01:00"),
    (
        "de-upd-label-only-time",
        u("de"),
        page(
            "de",
            "<div class='meta'><span>03.12.2026</span> <span>Aktualisiert: 04.12.2026, 09:10 Uhr</span></div>",
        ),
        "2026-12-03",
    ),
    # round 4: German CMS lines and split elements
    ("de-erschienen", u("de"), page("de", p("Erschienen am 03.12.2026")), "2026-12-03"),
    (
        "de-veroeff-weekday",
        u("de"),
        page("de", p("Veröffentlicht: Do, 03.12.2026 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-um-uhr",
        u("de"),
        page("de", p("03. Dezember 2026 um 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-weekday-pipe",
        u("de"),
        page("de", p("Donnerstag, 03.12.2026 | 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-at-month",
        u("at"),
        page("de-AT", p("3. Dezember 2026, 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-zuletzt-erstmals",
        u("de"),
        page(
            "de",
            p("Zuletzt aktualisiert: 04.12.2026, 09:10 Uhr")
            + p("Erstmals veröffentlicht: 03.12.2026, 14:25 Uhr"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    ("de-dpa-pipe", u("de"), page("de", p("dpa | 03.12.2026, 14:25")), "2026-12-03T14:25:00+01:00"),
    (
        "de-artikel-vom",
        u("de"),
        page("de", p("Artikel vom 03.12.2026, 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-short-weekday-yy",
        u("de"),
        page("de", p("Mi, 03.12.26 | 14:25 Uhr")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-split-spans",
        u("de"),
        page(
            "de",
            "<div class='meta'><span class='date'>03.12.2026</span> <span class='time'>14:25 Uhr</span></div>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-time-z",
        u("de"),
        page("de", "<time datetime='2026-12-03T13:25:00Z'>03.12.2026, 14:25 Uhr</time>"),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-print-edition",
        u("de"),
        page("de", p("03.12.2026, 14:25 Uhr"), after=p("Erschienen in der Ausgabe vom 04.12.2026")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-liveblog",
        u("de"),
        page(
            "de",
            p("Liveblog vom 03.12.2026")
            + "<div class='entry'><b>+++ 18:40 Uhr +++</b> Neu.</div><div class='entry'><b>+++ 14:25 Uhr +++</b> Start.</div>",
        ),
        "2026-12-03",
    ),
    (
        "de-ch-stand",
        u("ch"),
        page(
            "de-CH",
            p("Aktualisiert am 04.12.2026, 09.10 Uhr") + p("Publiziert am 03.12.2026, 14.25 Uhr"),
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-meta-date",
        u("de"),
        page(
            "de",
            head="<meta name='date' content='2026-12-03T14:25:00+01:00'><meta property='og:updated_time' content='2026-12-04T09:10:00+01:00'>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-comments-rel",
        u("de"),
        page(
            "de",
            p("Lokales · 03.12.2026"),
            after="<section class='comments'><p>Max <span class='date'>vor 5 Minuten</span></p></section>",
        ),
        "2026-12-03",
    ),
    (
        "de-mez-plain",
        u("de"),
        page("de", p("03.12.2026 – 14:25 Uhr MEZ")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "de-summer-line",
        u("de"),
        page("de", p("03.07.2026, 14:25 Uhr")),
        "2026-07-03T14:25:00+02:00",
    ),
    (
        "de-utc-meta-line",
        u("de"),
        page(
            "de",
            p("03.12.2026, 14:25 Uhr"),
            head="<meta property='article:published_time' content='2026-12-03T13:25:00+00:00'>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "en-byline-on",
        u("co.uk"),
        page("en-GB", p("By Anna Berg on 3 December 2026, 2:25pm")),
        "2026-12-03T14:25:00+00:00",
    ),
    (
        "en-us-updated-first",
        u("com"),
        page(
            "en-US",
            p("Updated 9:10 AM EST, Fri December 4, 2026")
            + p("Published 2:25 PM EST, Thu December 3, 2026"),
        ),
        "2026-12-03T14:25:00-05:00",
    ),
    (
        "fr-le-weekday",
        u("fr"),
        page("fr", p("Publié le jeudi 3 décembre 2026 à 14h25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "it-pubblicato",
        u("it"),
        page("it", p("Pubblicato il 03/12/2026 - Aggiornato il 04/12/2026")),
        "2026-12-03",
    ),
    (
        "es-weekday",
        u("es"),
        page("es", p("Jueves, 3 de diciembre de 2026, 14:25")),
        "2026-12-03T14:25:00+01:00",
    ),
    (
        "pt-pt-weekday",
        u("pt"),
        page("pt-PT", p("quinta-feira, 3 de dezembro de 2026 às 14:25")),
        "2026-12-03T14:25:00+00:00",
    ),
    (
        "ne-bs-full",
        u("com.np"),
        page("ne", p("बिहीबार, मंसिर १७, २०८३ दिउँसो २:२५")),
        "2026-12-03T14:25:00+05:45",
    ),
    (
        "ne-bs-gate",
        u("com.np"),
        page("ne", p("२०८३ मंसिर १७ गते १४:२५")),
        "2026-12-03T14:25:00+05:45",
    ),
    (
        "ur-comma",
        u("com.pk"),
        page("ur", p("جمعرات، 3 دسمبر، 2026 2:25 PM")),
        "2026-12-03T14:25:00+05:00",
    ),
    ("sq-md", u("al"), page("sq", p("3 dhjetor 2026, 2:25 m.d.")), "2026-12-03T14:25:00+01:00"),
    (
        "ld-js-comment",
        u("de"),
        page(
            "de",
            head="<script type='application/ld+json'>/* schema */ "
            + json.dumps(ld(datePublished="2026-12-03T14:25:00+01:00"))
            + "</script>",
        ),
        "2026-12-03T14:25:00+01:00",
    ),
]


def same(found: str | None, want: str) -> bool:
    """Whether `found` states the instant `want` does (a bare day: the same day)."""
    if not found or not want:
        return found == (want or None)
    if len(want) == 10 or len(found) == 10:
        return found[:10] == want[:10] and len(found) == len(want)
    a, b = datetime.fromisoformat(found), datetime.fromisoformat(want)
    if (a.tzinfo is None) != (b.tzinfo is None):
        return False
    return a == b


_LOCALES = (
    "sk hr sr sr_Latn bs bn ne fa sw af ms fil ta ur bg sl lt lv et ka hy az kk uz mk sq is ga "
    "cy eu gl mr te kn ml gu pa si my km lo am pt_BR pt_PT pl nl cs hu ro el uk fi vi id th "
    "zh_Hans zh_Hant ja ko ar he hi tr ru de de_AT de_CH it es fr da nb sv ca"
)
CLDR_LOCALES = _LOCALES.split()
_MOMENTS = (
    datetime(2026, 12, 3, 14, 25),
    datetime(2026, 7, 9, 9, 5),
    datetime(2026, 11, 28, 21, 40),
)


def cldr_misses(verbose: bool) -> tuple[int, Counter[str]]:
    """How many CLDR-printed lines were tried, and the misses by locale."""
    from babel.dates import format_date, format_time, get_datetime_format

    tried, misses = 0, Counter[str]()
    for loc in CLDR_LOCALES:
        for width in ("full", "long", "medium", "short"):
            for clock in ("short", "h:mm a", None):
                for moment in _MOMENTS:
                    line = format_date(moment, width, locale=loc)
                    if clock:
                        joined = get_datetime_format(width, locale=loc).replace("'", "")
                        line = joined.replace("{1}", line).replace(
                            "{0}", format_time(moment, clock, locale=loc)
                        )
                    html = page(loc.replace("_", "-"), p(line))
                    got = extract_article(html, u("com"), fetched=FETCHED).published or ""
                    want = moment.strftime("%Y-%m-%dT%H:%M" if clock else "%Y-%m-%d")
                    tried += 1
                    if not (got.startswith(want) and (clock is not None or len(got) == 10)):
                        misses[loc] += 1
                        if verbose:
                            print(f"MISS {loc:8} {line!r:50} {got}")
    return tried, misses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="print every page's value")
    ap.add_argument("--cldr", action="store_true", help="also CLDR's patterns in 74 locales")
    args = ap.parse_args()
    good = 0
    for name, url, html, want in CASES:
        found = extract_article(html, url, fetched=FETCHED).published
        ok = same(found, want)
        good += ok
        if args.v or not ok:
            print(f"{'ok  ' if ok else 'MISS'} {name:22} {found!s:28} want {want}")
    print(f"published, same instant: {good}/{len(CASES)} = {good / len(CASES):.3f}")
    if args.cldr:
        tried, misses = cldr_misses(args.v)
        print(f"CLDR lines read to the minute: {tried - misses.total()}/{tried}; misses by locale:")
        print(" ".join(f"{loc} {n}" for loc, n in misses.most_common()))


if __name__ == "__main__":
    main()
