"""Publication dates as unseen sites print them (issue 10, session 21): a line stating the
update first and the publication after it, with the labels of 25 languages ("수정 ... 게재
...", "Frissítve: ... Létrehozva: ...", "আপডেট: ... প্রকাশ: ..."); a Persian line printing
the day in two calendars before its time; a time printed alone ("Stand: 10:15 Uhr") with the
day only in the URL.

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


def _page(lang: str, line: str, after: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title></head>"
        "<body><header><nav><a href='/'>Start</a> <a href='/stadt'>Stadt</a></nav></header>"
        f"<main><article><h1>{_HEADLINE}</h1>{line}"
        "<p>Nach einer langen Debatte am Abend stimmte eine knappe Mehrheit dem Entwurf zu, "
        "die alte Brücke abzureissen und bis zum Sommer eine neue zu bauen.</p>"
        "<p>Die Kosten verteilen sich auf drei Jahre, wie die Verwaltung danach mitteilte.</p>"
        f"{after}</article></main><footer>Impressum · Kontakt</footer></body></html>"
    )


def _p(text: str) -> str:
    return f"<p class='meta'>{text}</p>"


def _published(url: str, lang: str, line: str, after: str = "") -> str | None:
    return extract_article(_page(lang, line, after), url, fetched=_FETCHED).published


_BD = "https://www.khobor.example.com.bd/a/41"
_KR = "https://news.example.co.kr/a/41"
_HU = "https://www.hirek.example.hu/hir/41"
_JP = "https://www.shimbun.example.jp/a/41"
_IR = "https://www.khabar.example.ir/news/41"

# The update first, the publication after it: the publication (4 Dec 09:15 local).
UPDATE_FIRST = [
    ("bn-update-prokash", _BD, "bn", _p("আপডেট: ০৫ ডিসেম্বর ২০২৬, ১৪:৩২ প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ০৯:১৫"), "2026-12-04T09:15:00+06:00"),
    ("bn-halnagad-lines", _BD, "bn", _p("হালনাগাদ: ০৫ ডিসেম্বর ২০২৬ ১৪:৩২") + _p("প্রকাশিত: ০৪ ডিসেম্বর ২০২৬ ০৯:১৫"), "2026-12-04T09:15:00+06:00"),
    ("bn-sorboshesh", _BD, "bn", _p("সর্বশেষ আপডেট: ০৫ ডিসেম্বর ২০২৬, ১৪:৩২") + _p("প্রকাশের সময়: ০৪ ডিসেম্বর ২০২৬, ০৯:১৫"), "2026-12-04T09:15:00+06:00"),
    ("bn-in", "https://www.khobor.example.in/a/41", "bn", _p("শেষ আপডেট: ০৫ ডিসেম্বর ২০২৬ ১৪:৩২") + _p("প্রকাশিত: ০৪ ডিসেম্বর ২০২৬ ০৯:১৫"), "2026-12-04T09:15:00+05:30"),
    ("ko-gejae", _KR, "ko", _p("수정 2026-12-05 14:32 게재 2026-12-04 09:15"), "2026-12-04T09:15:00+09:00"),
    ("ko-balhaeng", _KR, "ko", _p("최종수정 2026.12.05 14:32 | 발행 2026.12.04 09:15"), "2026-12-04T09:15:00+09:00"),
    ("ko-songo", _KR, "ko", _p("업데이트 2026-12-05 14:32 송고 2026-12-04 09:15"), "2026-12-04T09:15:00+09:00"),
    ("hu-letrehozva", _HU, "hu", _p("Frissítve: 2026.12.05. 14:32 Létrehozva: 2026.12.04. 09:15"), "2026-12-04T09:15:00+01:00"),
    ("hu-modositva", _HU, "hu", _p("Módosítva: 2026. december 5. 14:32 Közzétéve: 2026. december 4. 09:15"), "2026-12-04T09:15:00+01:00"),
    ("hu-utolso", _HU, "hu", _p("Utolsó frissítés: 2026.12.05. 14:32 Megjelenés: 2026.12.04. 09:15"), "2026-12-04T09:15:00+01:00"),
    ("ur", "https://www.akhbar.example.pk/a/41", "ur", _p("اپ ڈیٹ: 05 دسمبر 2026 14:32 شائع: 04 دسمبر 2026 09:15"), "2026-12-04T09:15:00+05:00"),
    ("ta", "https://www.seithi.example.in/a/41", "ta", _p("புதுப்பிக்கப்பட்டது: டிசம்பர் 05, 2026 14:32 IST வெளியிடப்பட்டது: டிசம்பர் 04, 2026 09:15 IST"), "2026-12-04T09:15:00+05:30"),
    ("sq", "https://www.lajme.example.al/a/41", "sq", _p("Përditësuar: 05 Dhjetor 2026, 14:32 Publikuar: 04 Dhjetor 2026, 09:15"), "2026-12-04T09:15:00+01:00"),
    ("cs-upraveno", "https://www.noviny.example.cz/a/41", "cs", _p("Upraveno 5. prosince 2026 14:32 Publikováno 4. prosince 2026 9:15"), "2026-12-04T09:15:00+01:00"),
    ("bg", "https://www.novini.example.bg/a/41", "bg", _p("Обновена: 05.12.2026 14:32 Публикувана: 04.12.2026 09:15"), "2026-12-04T09:15:00+02:00"),
    ("sr-cyrillic", "https://www.vesti.example.rs/a/41", "sr", _p("Ажурирано: 05.12.2026. 14:32 Објављено: 04.12.2026. 09:15"), "2026-12-04T09:15:00+01:00"),
    ("ja-keisai", _JP, "ja", _p("更新日：2026年12月5日 14:32 掲載日：2026年12月4日 9:15"), "2026-12-04T09:15:00+09:00"),
    ("ja-toko", _JP, "ja", _p("最終更新 2026/12/05 14:32 投稿日 2026/12/04 09:15"), "2026-12-04T09:15:00+09:00"),
    ("ja-labels-after", _JP, "ja", _p("2026/12/05 14:32 更新 2026/12/04 09:15 掲載"), "2026-12-04T09:15:00+09:00"),
    ("zh-bianji", "https://news.example.cn/a/41.html", "zh", _p("编辑于 2026-12-05 14:32 发布于 2026-12-04 09:15"), "2026-12-04T09:15:00+08:00"),
    ("zh-tw-kanchu", "https://news.example.com.tw/a/41", "zh-TW", _p("最後更新：2026/12/05 14:32 刊出時間：2026/12/04 09:15"), "2026-12-04T09:15:00+08:00"),
    ("ar-tamma", "https://www.akhbar.example.sa/a/41", "ar", _p("تم التحديث: 05 ديسمبر 2026 14:32 تم النشر: 04 ديسمبر 2026 09:15"), "2026-12-04T09:15:00+03:00"),
    ("ar-damma", "https://www.akhbar.example.ae/a/41", "ar", _p("آخر تحديث 05/12/2026 14:32 | نُشر في 04/12/2026 09:15"), "2026-12-04T09:15:00+04:00"),
    ("ro", "https://www.stiri.example.ro/a/41", "ro", _p("Data actualizării: 05-12-2026 14:32 Data publicării: 04-12-2026 09:15"), "2026-12-04T09:15:00+02:00"),
    ("fa-akharin", _IR, "fa", _p("آخرین به روز رسانی: ۱۴ آذر ۱۴۰۵ - ۱۴:۳۲ تاریخ انتشار: ۱۳ آذر ۱۴۰۵ - ۰۹:۱۵"), "2026-12-04T09:15:00+03:30"),
    ("hi-antim", "https://www.khabar.example.in/a/41", "hi", _p("अंतिम अपडेट: 05 दिसंबर 2026, 14:32 IST पब्लिश्ड: 04 दिसंबर 2026, 09:15 IST"), "2026-12-04T09:15:00+05:30"),
    ("es-modificado", "https://www.diario.example.es/a/41", "es", _p("Modificado: 05/12/2026 14:32 Publicado: 04/12/2026 09:15"), "2026-12-04T09:15:00+01:00"),
    ("es-ar-creado", "https://www.diario.example.com.ar/a/41", "es", _p("Última actualización: 05 de diciembre de 2026, 14:32 Creado: 04 de diciembre de 2026, 09:15"), "2026-12-04T09:15:00-03:00"),
    ("de-letzte-aenderung", "https://www.kurier.example.de/a/41", "de", _p("Letzte Änderung: 05.12.2026, 14:32 Uhr") + _p("Erstellt: 04.12.2026, 09:15 Uhr"), "2026-12-04T09:15:00+01:00"),
    ("fr-cree", "https://www.journal.example.fr/a/41", "fr", _p("Modifié le 05/12/2026 à 14:32 Créé le 04/12/2026 à 09:15"), "2026-12-04T09:15:00+01:00"),
    ("it-creato", "https://www.giornale.example.it/a/41", "it", _p("Modificato il 05/12/2026 alle 14:32 Creato il 04/12/2026 alle 09:15"), "2026-12-04T09:15:00+01:00"),
    ("fi-muokattu", "https://www.lehti.example.fi/a/41", "fi", _p("Muokattu 5.12.2026 14:32 Julkaistu 4.12.2026 9:15"), "2026-12-04T09:15:00+02:00"),
    ("pl-utworzenia", "https://www.gazeta.example.pl/a/41", "pl", _p("Ostatnia aktualizacja: 05.12.2026 14:32 Data utworzenia: 04.12.2026 09:15"), "2026-12-04T09:15:00+01:00"),
    ("tr-olusturma", "https://www.haber.example.com.tr/a/41", "tr", _p("Güncellenme Tarihi: 05.12.2026 14:32 Oluşturulma Tarihi: 04.12.2026 09:15"), "2026-12-04T09:15:00+03:00"),
    ("ru-sozdano", "https://www.gazeta.example.ru/a/41", "ru", _p("Обновлено: 05.12.2026 14:32 Создано: 04.12.2026 09:15"), "2026-12-04T09:15:00+03:00"),
    # guards: the publication first, or alone, or a footer's registration day (Korean sites)
    ("bn-prokash-first", _BD, "bn", _p("প্রকাশ: ০৪ ডিসেম্বর ২০২৬, ০৯:১৫ | আপডেট: ০৫ ডিসেম্বর ২০২৬, ১৪:৩২"), "2026-12-04T09:15:00+06:00"),
    ("es-creado-first", "https://www.diario.example.es/a/41", "es", _p("Creado: 04/12/2026 09:15 | Modificado: 05/12/2026 14:32"), "2026-12-04T09:15:00+01:00"),
    ("es-modificado-alone", "https://www.diario.example.es/a/41", "es", _p("Modificado: 05/12/2026 14:32"), "2026-12-05T14:32:00+01:00"),
    ("fr-cree-par", "https://www.journal.example.fr/a/41", "fr", _p("Créé par la rédaction, le 04/12/2026 à 09h15"), "2026-12-04T09:15:00+01:00"),
    ("ko-footer", _KR, "ko", _p("입력 2026.12.04 09:15 | 수정 2026.12.05 14:32"), "2026-12-04T09:15:00+09:00", "<p class='copy'>발행인·편집인: 김철수 | 발행일자: 2010.03.02 | 등록일자 2010.03.02</p>"),
    ("ko-footer-line", _KR, "ko", _p("2026.12.04 09:15"), "2026-12-04T09:15:00+09:00", "<p class='copy'>발행인·편집인: 김철수 | 발행일자: 2010.03.02 | 등록일자 2010.03.02</p>"),
]  # fmt: skip

# A Persian line printing the day in the Solar Hijri and the Gregorian calendar, then its time.
TWO_CALENDARS = [
    ("fa-then-gregorian-name", _IR, "fa", _p("شنبه ۱۴ آذر ۱۴۰۵ - ۰۵ دسامبر ۲۰۲۶ - ۱۴:۳۲"), "2026-12-05T14:32:00+03:30"),
    ("fa-then-iso", _IR, "fa", _p("۱۴ آذر ۱۴۰۵ | 2026-12-05 | ۱۴:۳۲"), "2026-12-05T14:32:00+03:30"),
    ("fa-numeric-both", _IR, "fa", _p("۱۴۰۵/۰۹/۱۴ - 2026/12/05 ۱۴:۳۲"), "2026-12-05T14:32:00+03:30"),
    # guards: the time between the two, or before the Gregorian day in brackets
    ("fa-time-between", _IR, "fa", _p("تاریخ انتشار: شنبه ۱۴ آذر ۱۴۰۵ ساعت ۱۴:۳۲ (۵ دسامبر ۲۰۲۶)"), "2026-12-05T14:32:00+03:30"),
    ("fa-code-first", _IR, "fa", _p("کد خبر: ۴۱۲۳۴ | ۱۴ آذر ۱۴۰۵ - ۱۴:۳۲ - 05 December 2026"), "2026-12-05T14:32:00+03:30"),
    # another day after the first is no second calendar: the first day's time is not read
    # from after it (an update's)
    ("de-two-days", "https://www.kurier.example.de/a/41", "de", _p("04.12.2026 – 05.12.2026, 14:32 Uhr"), "2026-12-04"),
]  # fmt: skip

_URL_TODAY = "https://www.kurier.example.de/2026/12/05/neue-bruecke/"
# A time printed alone, the day only in the URL (fetched 5 Dec 16:00 UTC).
CLOCK_ONLY = [
    ("de-stand", _URL_TODAY, "de", _p("Stand: 10:15 Uhr"), "2026-12-05T10:15:00+01:00"),
    ("de-um", _URL_TODAY, "de", _p("Veröffentlicht um 10:15 Uhr"), "2026-12-05T10:15:00+01:00"),
    ("de-compact-url", "https://www.kurier.example.de/stadt/neue-bruecke-20261205.html", "de", _p("Stand: 10:15 Uhr"), "2026-12-05T10:15:00+01:00"),
    ("en-gb", "https://www.gazette.example.co.uk/2026/12/05/bridge/", "en-GB", _p("Updated 10:15am"), "2026-12-05T10:15:00+00:00"),
    ("en-us", "https://www.gazette.example.com/2026/12/05/bridge/", "en-US", _p("Published 9:15 AM"), "2026-12-05T09:15:00-05:00"),
    ("fr", "https://www.journal.example.fr/2026/12/05/pont/", "fr", _p("Publié à 10h15"), "2026-12-05T10:15:00+01:00"),
    # guards: a URL of an earlier day (the time is then the fetch day's), a time after the
    # fetch, a time without a label, other pieces' times
    ("de-older-url", "https://www.kurier.example.de/2026/12/01/neue-bruecke/", "de", _p("Stand: 10:15 Uhr"), "2026-12-01"),
    ("de-after-fetch", _URL_TODAY, "de", _p("Stand: 19:15 Uhr"), "2026-12-05"),
    ("de-no-label", _URL_TODAY, "de", _p("10:15 Uhr"), "2026-12-05"),
    ("en-us-after-fetch", "https://www.gazette.example.com/2026/12/05/bridge/", "en-US", _p("Published 2:15 PM"), "2026-12-05"),
]  # fmt: skip

_TEASERS = (
    "<aside><ul><li class='teaser'><a href='/a'>Fähre</a> <span class='date'>Aktualisiert 08:00"
    "</span></li><li class='teaser'><a href='/b'>Parkhaus</a> <span class='date'>Aktualisiert "
    "09:00</span></li></ul></aside>"
)


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected", "after"),
    [pytest.param(*c[1:5], c[5] if len(c) > 5 else "", id=c[0]) for c in UPDATE_FIRST],
)
def test_update_first(url: str, lang: str, line: str, expected: str, after: str) -> None:
    assert _published(url, lang, line, after) == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in TWO_CALENDARS]
)
def test_two_calendars(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CLOCK_ONLY]
)
def test_clock_only_with_url_day(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


def test_other_pieces_clocks_give_no_time() -> None:
    """Two teasers' "Aktualisiert 08:00"/"09:00" below the article: neither is its time."""
    assert _published(_URL_TODAY, "de", "", _TEASERS) == "2026-12-05"


# A zone abbreviation the country's press prints for its own zone, tzdata naming it by its
# offset: Bangladesh's "BST", Arabia's "AST"; Chile's "CLT"/"CLST".
ZONE_WORDS = [
    ("bst-bd", "https://www.news.example.com.bd/a/41", "en", _p("29 January 2026, 18:40 BST"), "2026-01-29T18:40:00+06:00"),
    ("ast-sa", "https://www.news.example.sa/a/41", "en", _p("January 29, 2026 18:40 AST"), "2026-01-29T18:40:00+03:00"),
    ("ast-kw", "https://www.news.example.com.kw/a/41", "ar", _p("29 يناير 2026 18:40 AST"), "2026-01-29T18:40:00+03:00"),
    ("clst", "https://www.diario.example.com/a/41", "es", _p("29/01/2026 18:40 CLST"), "2026-01-29T18:40:00-03:00"),
    ("clt", "https://www.diario.example.com/a/41", "es", _p("29/07/2026 18:40 CLT"), "2026-07-29T18:40:00-04:00"),
    # guards: the usual readings elsewhere
    ("bst-uk", "https://www.news.example.co.uk/a/41", "en-GB", _p("29 July 2026, 18:40 BST"), "2026-07-29T18:40:00+01:00"),
    ("bst-com", "https://www.news.example.com/a/41", "en", _p("29 July 2026, 18:40 BST"), "2026-07-29T18:40:00+01:00"),
    ("ast-ca", "https://www.news.example.ca/a/41", "en-CA", _p("Jan. 29, 2026 6:40 p.m. AST"), "2026-01-29T18:40:00-04:00"),
]  # fmt: skip

# A date line's label in the element before it (a definition list, a label span).
LABEL_BEFORE = [
    ("dl-update-first", "<dl class='article-info'><dt>Aktualisiert</dt><dd>30.01.2026 08:00</dd><dt>Veröffentlicht</dt><dd>29.01.2026 18:40</dd></dl>", "2026-01-29T18:40:00+01:00"),
    ("spans-update-first", "<div class='dates'><span class='label'>Aktualisiert:</span> <span>30.01.2026, 08:00 Uhr</span><br><span class='label'>Erstellt:</span> <span>29.01.2026, 18:40 Uhr</span></div>", "2026-01-29T18:40:00+01:00"),
    ("spans-stand-am", "<div class='dates'><span>Zuletzt aktualisiert am</span> <span>30.01.2026, 08:00 Uhr</span></div><div class='dates'><span>Veröffentlicht am</span> <span>29.01.2026, 18:40 Uhr</span></div>", "2026-01-29T18:40:00+01:00"),
    # guards: the publication first; a label after the date before it is that date's
    ("dl-published-first", "<dl class='article-info'><dt>Veröffentlicht</dt><dd>29.01.2026 18:40</dd><dt>Aktualisiert</dt><dd>30.01.2026 08:00</dd></dl>", "2026-01-29T18:40:00+01:00"),
    ("label-after-date", "<p class='date'>30.01.2026, 08:00 Uhr aktualisiert</p><p class='date'>29.01.2026, 18:40 Uhr</p>", "2026-01-29T18:40:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in ZONE_WORDS]
)
def test_local_zone_abbreviations(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


@pytest.mark.parametrize(
    ("line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in LABEL_BEFORE]
)
def test_label_in_the_element_before(line: str, expected: str) -> None:
    assert _published("https://www.kurier.example.de/stadt/41", "de", line) == expected


# A numeric date that reads either way, the weekday before it deciding (a CMS's default US
# format on a European site: Drupal's "Fri, 01/02/2026 - 18:40").
WEEKDAY_ORDER = [
    ("drupal-en-on-de", "https://www.kurier.example.de/a/41", "de", _p("Submitted by Anna on Fri, 01/02/2026 - 18:40"), "2026-01-02T18:40:00+01:00"),
    ("de-fr-slash", "https://www.kurier.example.de/a/41", "de", _p("Fr., 01/02/2026, 18:40 Uhr"), "2026-01-02T18:40:00+01:00"),
    ("fr-vendredi", "https://www.journal.example.fr/a/41", "fr", _p("vendredi 01/02/2026 à 18h40"), "2026-01-02T18:40:00+01:00"),
    ("uk-friday", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Friday 01/02/2026 10:15"), "2026-01-02T10:15:00+00:00"),
    ("us-sunday", "https://www.gazette.example.com/a/41", "en-US", _p("Sunday, 01/02/2026 10:15 AM"), "2026-02-01T10:15:00-05:00"),
    # guards: the weekday agrees, none is printed, the month is named, the year comes first
    ("de-so-dots", "https://www.kurier.example.de/a/41", "de", _p("So., 01.02.2026, 18:40 Uhr"), "2026-02-01T18:40:00+01:00"),
    ("fr-dimanche", "https://www.journal.example.fr/a/41", "fr", _p("dimanche 01/02/2026 à 18h40"), "2026-02-01T18:40:00+01:00"),
    ("uk-no-weekday", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("01/02/2026 10:15"), "2026-02-01T10:15:00+00:00"),
    ("uk-named-month", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Sat, 1 February 2026 10:15"), "2026-02-01T10:15:00+00:00"),
    ("uk-iso", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Fri, 2026-01-02 10:15"), "2026-01-02T10:15:00+00:00"),
]  # fmt: skip

_PERMALINK = "https://www.kurier.example.de/2026/01/29/neue-bruecke/"
_POSTED_ON = (
    f"<span class='posted-on'><a href='{_PERMALINK}' rel='bookmark'><time class='entry-date "
    "published' datetime='2026-01-29T18:40:00+01:00'>29. Januar 2026</time><time class='updated' "
    "datetime='2026-01-30T08:00:00+01:00'>30. Januar 2026</time></a></span>"
)


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"), [pytest.param(*c[1:], id=c[0]) for c in WEEKDAY_ORDER]
)
def test_weekday_orders_day_and_month(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


@pytest.mark.parametrize(
    ("url", "canonical", "expected"),
    [
        pytest.param("https://www.kurier.example.de/?p=4711", True, "2026-01-29T18:40:00+01:00", id="shortlink"),
        pytest.param(_PERMALINK + "amp/", True, "2026-01-29T18:40:00+01:00", id="amp"),
        pytest.param(_PERMALINK, False, "2026-01-29T18:40:00+01:00", id="permalink"),
        # no canonical: the link may be another piece's (the URL's day stands, as before)
        pytest.param(_PERMALINK + "amp/", False, "2026-01-29", id="amp-no-canonical"),
    ],
)  # fmt: skip
def test_byline_links_the_canonical_permalink(url: str, canonical: bool, expected: str) -> None:
    """A page read at a short or AMP address, its byline's `<time>` in a link to its
    permalink (WordPress's "posted-on"), which its canonical link names: its own date."""
    head = f"<link rel='canonical' href='{_PERMALINK}'>" if canonical else ""
    html = _page("de", _POSTED_ON).replace("</head>", head + "</head>")
    assert extract_article(html, url, fetched=_FETCHED).published == expected


def test_angular_transfer_state() -> None:
    """Angular's server state escapes its quotes as "&q;" (`<script id="serverApp-state">`):
    the only place such a page states its publication."""
    state = (
        "{&q;article-41&q;:{&q;body&q;:{&q;id&q;:41,&q;title&q;:&q;Neue Brücke&q;,"
        "&q;publishedAt&q;:&q;2026-12-05T13:32:00Z&q;}}}"
    )
    html = _page("de", "").replace(
        "</head>", f"<script id='serverApp-state' type='application/json'>{state}</script></head>"
    )
    url = "https://www.kurier.example.de/stadt/neue-bruecke-41"
    assert extract_article(html, url, fetched=_FETCHED).published == "2026-12-05T14:32:00+01:00"


def _org(country: object) -> dict[str, object]:
    address = {"@type": "PostalAddress", "addressCountry": country}
    return {"@type": "NewsMediaOrganization", "name": "Daily", "address": address}


_EN_HEADLINE = "The council votes on the new bridge at the harbour"


def _ld_page(lang: str, **fields: object) -> str:
    """A page in English (the publisher's country is read only where its press writes the
    page's language: bylines-22)."""
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _EN_HEADLINE}
    block = f"<script type='application/ld+json'>{json.dumps({**obj, **fields})}</script>"
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_EN_HEADLINE}</title>{block}"
        f"</head><body><main><article><h1>{_EN_HEADLINE}</h1>"
        "<p>After a long debate in the evening a narrow majority backed the plan to pull down "
        "the old bridge and build a new one by the summer.</p>"
        "<p>The costs are spread over three years, the council said afterwards.</p>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("country", "stamp", "expected"),
    [
        pytest.param("ZA", "2026-01-29T18:40:00", "2026-01-29T18:40:00+02:00", id="za-naive"),
        pytest.param({"@type": "Country", "name": "NG"}, "2026-01-29T18:40:00", "2026-01-29T18:40:00+01:00", id="ng-country-object"),
        pytest.param("KE", "2026-07-29T18:40:00", "2026-07-29T18:40:00+03:00", id="ke-naive"),
        # guards: a UTC stamp stays as stated; a country of several zones names none
        pytest.param("ZA", "2026-01-29T16:40:00Z", "2026-01-29T16:40:00+00:00", id="za-utc"),
        pytest.param("US", "2026-01-29T18:40:00", "2026-01-29T18:40:00", id="us-several-zones"),
        pytest.param("South Africa", "2026-01-29T18:40:00", "2026-01-29T18:40:00", id="a-name-not-a-code"),
    ],
)  # fmt: skip
def test_publisher_address_country_zones_a_naive_stamp(
    country: object, stamp: str, expected: str
) -> None:
    """A .com site in English, its JSON-LD publisher's address naming its country: a stamp
    stated without an offset is that country's wall clock."""
    html = _ld_page("en", datePublished=stamp, publisher=_org(country))
    url = "https://www.daily.example.com/news/41"
    assert extract_article(html, url, fetched=_FETCHED).published == expected


# A line opening with an update, then another date a word and a colon label, in any language.
COLON_LABEL_AFTER_UPDATE = [
    ("de-erstveroeff", "https://www.kurier.example.de/a/41", "de", _p("Aktualisiert: 30.01.2026, 08:00 Uhr | Erstveröff.: 29.01.2026, 18:40 Uhr"), "2026-01-29T18:40:00+01:00"),
    ("en-first-aired", "https://www.gazette.example.co.uk/a/41", "en-GB", _p("Updated: 5 Dec 2026 14:32 | First aired: 4 Dec 2026 09:15"), "2026-12-04T09:15:00+00:00"),
    ("ko-jakseongil", _KR, "ko", _p("수정: 2026.12.05 14:32 | 작성일: 2026.12.04 09:15"), "2026-12-04T09:15:00+09:00"),
    # guards: a reading time, a separate clock, a source after the update are no other date
    ("de-lesezeit", "https://www.kurier.example.de/a/41", "de", _p("Aktualisiert: 30.01.2026, 08:00 Uhr | Lesezeit: 3 Min."), "2026-01-30T08:00:00+01:00"),
    ("de-uhrzeit", "https://www.kurier.example.de/a/41", "de", _p("Aktualisiert: 30.01.2026 Uhrzeit: 08:00"), "2026-01-30T08:00:00+01:00"),
    ("de-quelle", "https://www.kurier.example.de/a/41", "de", _p("Stand: 30.01.2026, 08:00 Uhr · Quelle: dpa"), "2026-01-30T08:00:00+01:00"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("url", "lang", "line", "expected"),
    [pytest.param(*c[1:], id=c[0]) for c in COLON_LABEL_AFTER_UPDATE],
)
def test_colon_label_after_an_update(url: str, lang: str, line: str, expected: str) -> None:
    assert _published(url, lang, line) == expected


def test_a_later_colon_labelled_day_is_no_publication() -> None:
    """ "· Printausgabe: 06.12.2026" after an update of the 5th: the print edition's day."""
    line = _p("Stand: 05.12.2026, 14:32 Uhr · Printausgabe: 06.12.2026")
    assert (
        _published("https://www.kurier.example.de/a/41", "de", line) == "2026-12-05T14:32:00+01:00"
    )
