"""Dates stated against the fetch ("vor 3 Stunden", "gestern, 14:05", "12. März") read with
the fetch time the caller passes, in many languages; never instead of an absolute date.

Every string and page here is made up for the test; the formats are the ones news pages print.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.articles import article_item, fetch_time
from newsarchive.extract import extract_article
from newsarchive.extract.daterelative import read
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.pipelines import ExtractArticlePipeline
from newsarchive.provenance import Provenance
from newsarchive.workers import ExtractWorkers, WorkerConfig
from tests.plugins.crawling import PROJECT

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 2, 3, 15, 30, 12, tzinfo=CET)  # the fetch, in the page's zone


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an amount of minutes or hours ago: that instant, to the minute
        ("vor 3 Stunden", "de", "2026-02-03T12:30:00+01:00"),
        ("Aktualisiert vor 45 Min.", "de", "2026-02-03T14:45:00+01:00"),
        ("vor einer Stunde", "de", "2026-02-03T14:30:00+01:00"),
        ("il y a 2 heures", "fr", "2026-02-03T13:30:00+01:00"),
        ("Publié il y a une heure", "fr", "2026-02-03T14:30:00+01:00"),
        ("3 hours ago", "en", "2026-02-03T12:30:00+01:00"),
        ("an hour ago", "en", "2026-02-03T14:30:00+01:00"),
        ("Updated 12 mins ago", "en", "2026-02-03T15:18:00+01:00"),
        ("3h ago", "en", "2026-02-03T12:30:00+01:00"),  # the unit right after its amount
        ("5m ago", "en", "2026-02-03T15:25:00+01:00"),
        ("vor 3 Std.", "de", "2026-02-03T12:30:00+01:00"),
        ("2 時間前", "ja", "2026-02-03T13:30:00+01:00"),
        ("30分前", "ja", "2026-02-03T15:00:00+01:00"),
        ("3시간 전", "ko", "2026-02-03T12:30:00+01:00"),
        ("hace 5 minutos", "es", "2026-02-03T15:25:00+01:00"),
        ("há 3 horas", "pt", "2026-02-03T12:30:00+01:00"),
        ("3 ore fa", "it", "2026-02-03T12:30:00+01:00"),
        ("för 2 timmar sedan", "sv", "2026-02-03T13:30:00+01:00"),
        ("5 min siden", "nb", "2026-02-03T15:25:00+01:00"),
        ("3 uur geleden", "nl", "2026-02-03T12:30:00+01:00"),
        ("3 saat önce", "tr", "2026-02-03T12:30:00+01:00"),
        ("3 часа назад", "ru", "2026-02-03T12:30:00+01:00"),
        ("2 godziny temu", "pl", "2026-02-03T13:30:00+01:00"),
        ("πριν από 3 ώρες", "el", "2026-02-03T12:30:00+01:00"),
        ("3 jam yang lalu", "id", "2026-02-03T12:30:00+01:00"),
        ("3 giờ trước", "vi", "2026-02-03T12:30:00+01:00"),
        ("3小时前", "zh", "2026-02-03T12:30:00+01:00"),
        ("منذ 3 ساعات", "ar", "2026-02-03T12:30:00+01:00"),
        # days and weeks ago: that day only
        ("vor 2 Tagen", "de", "2026-02-01"),
        ("il y a 3 jours", "fr", "2026-01-31"),
        ("2 days ago", "en", "2026-02-01"),
        ("2d ago", "en", "2026-02-01"),
        ("3天前", "zh", "2026-01-31"),
        ("2 uger siden", "da", "2026-01-20"),
        ("3 minggu lalu", "id", "2026-01-13"),  # a week, though it starts like "min"
        # today and yesterday, with a wall clock (the caller puts it in the page's zone)
        ("Heute, 14:05 Uhr", "de", "2026-02-03T14:05:00"),
        ("Gestern, 14:05", "de", "2026-02-02T14:05:00"),
        ("hier à 14h05", "fr", "2026-02-02T14:05:00"),
        ("Yesterday at 3:05 pm", "en", "2026-02-02T15:05:00"),
        ("ayer, 09:12", "es", "2026-02-02T09:12:00"),
        ("昨日 午後6時40分", "ja", "2026-02-02T18:40:00"),
        ("어제 오후 6:40", "ko", "2026-02-02T18:40:00"),
        ("Heute", "de", "2026-02-03"),
        # a day and month without a year: the latest such day not after the fetch
        ("12. März", "de", "2025-03-12"),
        ("3. Februar, 14:05 Uhr", "de", "2026-02-03T14:05:00"),
        ("3.2. 14:05", "de", "2026-02-03T14:05:00"),
        ("Jan 12, 3:05 pm", "en", "2026-01-12T15:05:00"),
        ("Dec 30", "en", "2025-12-30"),
        ("30 de enero, 10:15", "es", "2026-01-30T10:15:00"),
        ("1월 29일 오후 6:40", "ko", "2026-01-29T18:40:00"),
        ("2月3日 14:05", "ja", "2026-02-03T14:05:00"),
        ("4 février à 08h00", "fr", "2026-02-04T08:00:00"),  # a day after: the zone may differ
    ],
)  # fmt: skip
def test_dates_stated_against_the_fetch(text: str, lang: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None
    shown = found.date().isoformat() if found.time() == datetime.min.time() else found.isoformat()
    assert shown == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("3 Min. Lesezeit", "de"),  # a reading time, no "ago"
        ("Lesezeit 3 Min. vor dem Spiel", "de"),  # German "vor" stands before the amount
        ("12 Kommentare", "de"),  # no month
        ("hier", "de"),  # German "hier" is "here"
        ("vor 3 Stunden · 3. Februar 2026, 12:30", "de"),  # a year: the absolute cascade's
        ("5 Fotos", "de"),
        ("Vor 3 Jahren eröffnete der Laden am Markt, der seitdem jeden Tag bis spät geöffnet hat", "de"),
        ("12. März wurde der Plan im Rat vorgestellt und nach langer Debatte beschlossen", "de"),
        ("Seite 2", "de"),
        ("för 2 timmar", "sv"),  # "for two hours": no "sedan"
        ("12m views", "en"),
    ],
)  # fmt: skip
def test_no_date_against_the_fetch(text: str, lang: str) -> None:
    assert read(text, NOW, lang) is None


URL = "https://zeitung.example.de/lokales/rathaus-plan"
FETCHED = datetime(2026, 2, 3, 14, 30, 12, tzinfo=UTC)  # 15:30:12 in Berlin


def _page(line: str, head: str = "", lang: str = "de") -> str:
    return (
        f"<html lang='{lang}'><head>{head}</head><body><h1>Rat beschließt den neuen Plan</h1>"
        f"<div class='meta'><span class='time'>{line}</span></div>"
        "<p>Der Rat hat am Abend den Plan beschlossen. Die Arbeiten beginnen im Frühjahr.</p>"
        "<aside class='related'><span class='date'>vor 5 Tagen</span></aside></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "line", "lang", "published"),
    [
        (URL, "vor 3 Stunden", "de", "2026-02-03T12:30:00+01:00"),  # in the site's zone
        (URL, "Gestern, 18:40 Uhr", "de", "2026-02-02T18:40:00+01:00"),
        (URL, "12. März, 08:00", "de", "2025-03-12T08:00:00+01:00"),
        ("https://news.example.fr/a", "il y a 2 heures", "fr", "2026-02-03T13:30:00+01:00"),
        ("https://news.example.jp/a", "3 時間前", "ja", "2026-02-03T20:30:00+09:00"),
        ("https://news.example.kr/a", "어제 오후 6:40", "ko", "2026-02-02T18:40:00+09:00"),
        ("https://news.example.se/a", "för 2 timmar sedan", "sv", "2026-02-03T13:30:00+01:00"),
        ("https://news.example.es/a", "hace 5 minutos", "es", "2026-02-03T15:25:00+01:00"),
        ("https://news.example.com/a", "3 hours ago", "en", "2026-02-03T11:30:00+00:00"),  # no zone: UTC's instant
        ("https://news.example.com/a", "Yesterday at 3:05 pm", "en", "2026-02-02T15:05:00"),  # no zone: naive
    ],
)  # fmt: skip
def test_a_page_dated_only_against_the_fetch(
    url: str, line: str, lang: str, published: str
) -> None:
    html = _page(line, lang=lang)
    assert extract_article(html, url, fetched=FETCHED).published == published
    assert extract_article(html, url).published is None  # without a fetch time: unknown


@pytest.mark.parametrize(
    ("url", "line", "lang", "published"),
    [
        # an amount said in words, or in the unit's own form: no digit on the line
        ("https://news.example.com/a", "an hour ago", "en", "2026-02-03T13:30:00+00:00"),
        (URL, "vor einer Stunde", "de", "2026-02-03T14:30:00+01:00"),
        ("https://news.example.fr/a", "il y a une heure", "fr", "2026-02-03T14:30:00+01:00"),
        ("https://news.example.nl/a", "een uur geleden", "nl", "2026-02-03T14:30:00+01:00"),
        ("https://news.example.pl/a", "godzinę temu", "pl", "2026-02-03T14:30:00+01:00"),
        ("https://news.example.cz/a", "před hodinou", "cs", "2026-02-03T14:30:00+01:00"),
        ("https://news.example.fi/a", "tunti sitten", "fi", "2026-02-03T15:30:00+02:00"),
        ("https://news.example.com.tr/a", "bir saat önce", "tr", "2026-02-03T16:30:00+03:00"),
        ("https://news.example.com.eg/a", "منذ ساعتين", "ar", "2026-02-03T14:30:00+02:00"),  # a dual: two
        ("https://news.example.co.il/a", "לפני שעתיים", "he", "2026-02-03T14:30:00+02:00"),
    ],
)  # fmt: skip
def test_a_page_dated_only_by_an_amount_in_words(
    url: str, line: str, lang: str, published: str
) -> None:
    html = _page(line, lang=lang)
    assert extract_article(html, url, fetched=FETCHED).published == published


def test_an_updated_line_against_the_fetch_is_the_modified_time() -> None:
    # and, the page stating no other date, the publication's last resort (as "Updated: <date>")
    html = _page("Aktualisiert vor 20 Min.")
    art = extract_article(html, URL, fetched=FETCHED)
    assert (art.published, art.modified) == ("2026-02-03T15:10:00+01:00",) * 2


def test_an_absolute_date_anywhere_wins_over_a_relative_line() -> None:
    head = '<meta property="article:published_time" content="2026-02-01T09:00:00+01:00">'
    html = _page("vor 3 Stunden", head=head)
    assert extract_article(html, URL, fetched=FETCHED).published == "2026-02-01T09:00:00+01:00"


LATEST = (
    "<ul class='latest'>"
    + "".join(
        f"<li><a href='/n/{n}'>Meldung Nummer {n} aus der Region</a> <span class='time'>vor {n * 7} Min.</span></li>"
        for n in (1, 2, 3)
    )
    + "</ul>"
)


@pytest.mark.parametrize(
    ("body", "published"),
    [
        pytest.param(LATEST + "<h1>Rat beschließt den Plan</h1><p>Text.</p>", None, id="teasers-that-disagree"),
        pytest.param("<p class='date'>vor 3 Stunden</p><h1>Rat beschließt den Plan</h1><p>Text.</p>",
                     "2026-02-03T12:30:00+01:00", id="one-date-line-above-the-headline"),
        pytest.param(LATEST + "<h1>Rat beschließt den Plan</h1><p class='byline'>Von A. Autorin, vor 2 Stunden</p>",
                     "2026-02-03T13:30:00+01:00", id="the-line-under-the-headline-beside-teasers"),
    ],
)  # fmt: skip
def test_teasers_dated_against_the_fetch_are_not_the_articles(
    body: str, published: str | None
) -> None:
    html = f"<html lang='de'><body>{body}</body></html>"
    assert extract_article(html, URL, fetched=FETCHED).published == published


FIXTURES = sorted((PROJECT / "tests" / "fixtures" / "extract").rglob("*.html"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_pages_with_absolute_dates_read_the_same_with_a_fetch_time(path: Path) -> None:
    html = path.read_bytes()
    url = "https://www.example.com/2025/05/03/story"
    assert extract_article(html, url, fetched=FETCHED) == extract_article(html, url)


def test_a_naive_fetch_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        extract_article(_page("vor 3 Stunden"), URL, fetched=datetime(2026, 2, 3, 14, 30))


def test_the_items_fetch_time_is_its_warc_date() -> None:
    assert fetch_time("2026-02-03T14:30:12.123456Z") == datetime(
        2026, 2, 3, 14, 30, 12, 123456, tzinfo=UTC
    )
    assert fetch_time("not a date") is None and fetch_time(None) is None
    page = ArticlePage(url=URL, body=_page("vor 3 Stunden").encode(), encoding="utf-8",
                       provenance=Provenance(fetched_at="2026-02-03T14:30:12.123456Z"))  # fmt: skip
    assert article_item(page).published == "2026-02-03T12:30:00+01:00"


def test_the_crawls_extraction_worker_dates_the_page_by_its_warc_date() -> None:
    """The pipeline sends the page to a worker process with its provenance: the WARC-Date."""
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1})
    assert crawler.stats is not None
    workers = ExtractWorkers(WorkerConfig(workers=1, timeout=60.0, max_pending=4, nice=0))
    pipeline = ExtractArticlePipeline(crawler.stats, workers, 1)
    page = ArticlePage(url=URL, body=_page("Gestern, 18:40 Uhr").encode(), encoding="utf-8",
                       provenance=Provenance(fetched_at="2026-02-03T14:30:12.000000Z"))  # fmt: skip

    async def main() -> ArticleItem:
        try:
            item: ArticleItem = await pipeline.process_item(page)
            return item
        finally:
            pipeline.close_spider()

    item = asyncio.run(main())
    assert item.published == "2026-02-02T18:40:00+01:00"
    assert item.fetched_at == "2026-02-03T14:30:12.000000Z"


def test_extract_reads_the_warc_date_of_each_record(tmp_path: Path) -> None:
    import subprocess
    import sys
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = tmp_path / "pages.warc.gz"
    page = _page("vor 3 Stunden").encode()
    with warc.open("wb") as f:
        writer = WARCWriter(f, gzip=True, warc_version="1.1")
        for n, date in enumerate(("2026-02-03T14:30:12Z", "2026-03-10T08:00:00Z")):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")  # fmt: skip
            record = writer.create_warc_record(
                f"{URL}-{n}", "response", payload=BytesIO(page), length=len(page),
                http_headers=http, warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            writer.write_record(record)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsarchive", "extract", str(warc), "-o", str(out)]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [item["published"] for item in items] == [
        "2026-02-03T12:30:00+01:00",
        "2026-03-10T06:00:00+01:00",
    ]


# Relative forms in more languages: Hungarian's "ago" suffix on the unit ("3 órája"), a unit
# whose form says one without an amount ("godzinę temu", "לפני שעה"), scripts without spaces.
MORE_LANGUAGES = [
    ("3 órája", "hu", "2026-02-03T12:30:00+01:00"),
    ("5 perce", "hu", "2026-02-03T15:25:00+01:00"),
    ("egy órája", "hu", "2026-02-03T14:30:00+01:00"),
    ("2 napja", "hu", "2026-02-01"),
    ("3 hete", "hu", "2026-01-13"),
    ("1 órával ezelőtt", "hu", "2026-02-03T14:30:00+01:00"),
    ("tegnap 14:05", "hu", "2026-02-02T14:05:00"),
    ("Ma, 09:12", "hu", "2026-02-03T09:12:00"),
    ("godzinę temu", "pl", "2026-02-03T14:30:00+01:00"),
    ("wczoraj, 14:05", "pl", "2026-02-02T14:05:00"),
    ("před hodinou", "cs", "2026-02-03T14:30:00+01:00"),
    ("před týdnem", "cs", "2026-01-27"),
    ("před 5 minutami", "cs", "2026-02-03T15:25:00+01:00"),
    ("ontem às 14h05", "pt", "2026-02-02T14:05:00"),
    ("há uma hora", "pt", "2026-02-03T14:30:00+01:00"),
    ("gisteren om 14:05", "nl", "2026-02-02T14:05:00"),
    ("tunti sitten", "fi", "2026-02-03T14:30:00+01:00"),
    ("eilen klo 14.05", "fi", "2026-02-02T14:05:00"),
    ("πριν 5 λεπτά", "el", "2026-02-03T15:25:00+01:00"),
    ("χθες 14:05", "el", "2026-02-02T14:05:00"),
    ("годину тому", "uk", "2026-02-03T14:30:00+01:00"),
    ("учора о 14:05", "uk", "2026-02-02T14:05:00"),
    ("منذ ساعة", "ar", "2026-02-03T14:30:00+01:00"),
    ("قبل 3 ساعات", "ar", "2026-02-03T12:30:00+01:00"),
    ("منذ ٣ ساعات", "ar", "2026-02-03T12:30:00+01:00"),
    ("أمس 14:05", "ar", "2026-02-02T14:05:00"),
    ("לפני שעה", "he", "2026-02-03T14:30:00+01:00"),
    ("אתמול 14:05", "he", "2026-02-02T14:05:00"),
    ("منذ يومين", "ar", "2026-02-01"),
    ("منذ ساعتين", "ar", "2026-02-03T13:30:00+01:00"),
    ("לפני יומיים", "he", "2026-02-01"),
    ("לפני שעתיים", "he", "2026-02-03T13:30:00+01:00"),
    ("5分钟前", "zh", "2026-02-03T15:25:00+01:00"),
    ("昨天 14:05", "zh", "2026-02-02T14:05:00"),
    ("3小時前", "zh-Hant", "2026-02-03T12:30:00+01:00"),
    ("3 घंटे पहले", "hi", "2026-02-03T12:30:00+01:00"),
    ("5 मिनट पहले", "hi", "2026-02-03T15:25:00+01:00"),
    ("आज 14:05", "hi", "2026-02-03T14:05:00"),
    ("sejam yang lalu", "id", "2026-02-03T14:30:00+01:00"),
    ("kemarin 14:05", "id", "2026-02-02T14:05:00"),
    ("hôm qua 14:05", "vi", "2026-02-02T14:05:00"),
    ("5 phút trước", "vi", "2026-02-03T15:25:00+01:00"),
    ("3 ชั่วโมงที่แล้ว", "th", "2026-02-03T12:30:00+01:00"),
    ("3 ชม. ที่แล้ว", "th", "2026-02-03T12:30:00+01:00"),
    ("2 วันที่แล้ว", "th", "2026-02-01"),
    ("เมื่อวาน 14:05 น.", "th", "2026-02-02T14:05:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "expected"), MORE_LANGUAGES, ids=[c[1] for c in MORE_LANGUAGES]
)
def test_relative_dates_in_more_languages(text: str, lang: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None
    shown = found.date().isoformat() if found.time() == datetime.min.time() else found.isoformat()
    assert shown == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ma 3 koty", None),  # two-letter "ma" is Hungarian "today" only on a Hungarian page
        ("Anna ma 14:05 w planie", "pl"),
        (
            "hét órája",
            "hu",
        ),  # "seven hours ago" spelled out: no digit amount, "hét" is no week here
        ("3 óra 20 perc", "hu"),  # a duration: no "ago" suffix
        ("Godzina 14", "pl"),
    ],
)
def test_no_relative_date_in_more_languages(text: str, lang: str | None) -> None:
    assert read(text, NOW, lang) is None


def test_a_hungarian_page_dated_only_hours_ago() -> None:
    html = _page("3 órája", lang="hu")
    art = extract_article(html, "https://hirek.example.hu/belfold/terv", fetched=FETCHED)
    assert art.published == "2026-02-03T12:30:00+01:00"  # 15:30 in Budapest, 3 hours back


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # month/day with the weekday in brackets, no year: the latest such day up to the fetch
        ("2/3(火) 14:05配信", "ja", "2026-02-03T14:05:00"),
        ("2/3（火）14:05", "ja", "2026-02-03T14:05:00"),
        ("12/30(水) 9:00配信", "ja", "2025-12-30T09:00:00"),
        ("2/3(화) 14:05", "ko", "2026-02-03T14:05:00"),
    ],
)
def test_a_month_and_day_with_the_weekday_in_brackets(text: str, lang: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None and found.isoformat() == expected


@pytest.mark.parametrize("lang", ["en", None])
def test_a_month_and_day_with_no_weekday_stay_unread(lang: str | None) -> None:
    """ "2/3 14:05" could be either order in English, or where the language is unknown."""
    assert read("2/3 14:05", NOW, lang) is None


@pytest.mark.parametrize("lang", ["de", "fr", "el"])
def test_a_day_and_month_read_day_first_where_the_language_writes_so(lang: str) -> None:
    """ "2/3 14:05" on a German, French or Greek page is 2 March (session 34): those languages
    never write a numeric day month first; a day after the fetch's is last year's."""
    found = read("2/3 14:05", NOW, lang)
    assert found is not None and found.isoformat() == "2025-03-02T14:05:00"


@pytest.mark.parametrize("lang", ["ja", "ko", "zh"])
def test_a_month_and_day_with_no_weekday_on_a_month_day_page(lang: str) -> None:
    """Japanese, Korean and Chinese pages write a short day month/day only: "2/3 14:05" is
    3 February (session 27; it was left unread before)."""
    found = read("2/3 14:05", NOW, lang)
    assert found is not None and found.isoformat() == "2026-02-03T14:05:00"


def test_a_japanese_syndicated_byline_dates_the_page() -> None:
    title = "市議会が新年度予算案を可決した"
    page = (
        f"<html lang='ja'><head><title>{title}</title></head><body><main><article><h1>{title}</h1>"
        f"<p class='source'>架空新聞 2/3(火) 14:05配信</p><p>{title}。{title}。{title}。</p></article></main></body></html>"
    )
    fetched = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)  # 18:00 in Tokyo
    art = extract_article(page, "https://news.example.co.jp/articles/abc123", fetched=fetched)
    assert art.published == "2026-02-03T14:05:00+09:00"
