"""Languages of unseen publishers: the words and forms the extractor lacked (session 21 audit).

Every name, title, date and sentence here is made up for the test; the formats are the ones
sites in each language print (Bengali and Persian digits, Solar Hijri days written like ISO
ones, Marathi and Icelandic month names, Persian, Bengali and Filipino "ago" lines, labels of
the published and updated stamps, bylines' "by" words, roles and "and" words). Each row names
its language, so a failure says which language regressed.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.daterelative import read
from newsarchive.extract.dates import parse_date, to_iso

PARA = (
    "<p>"
    + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter. " * 4
    + "</p>"
)
URL = "https://www.example.news/artikel-1"


def _page(under_headline: str, lang: str, head: str = "", after: str = "") -> str:
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article><h1>Ein erfundener Titel</h1>"
        f"{under_headline}{PARA}{after}</article></body></html>"
    )


DATES = [
    # Icelandic months (CLDR's two-letter "ág." left out)
    ("is", "3. ágúst 2026", "2026-08-03T00:00:00"),
    ("is", "3. nóvember 2026 kl. 14:05", "2026-11-03T14:05:00"),
    ("is", "3. des. 2026", "2026-12-03T00:00:00"),
    ("is", "3. febrúar 2026 14:05", "2026-02-03T14:05:00"),
    # Marathi months, in Devanagari digits or Latin ones
    ("mr", "३ जानेवारी २०२६", "2026-01-03T00:00:00"),
    ("mr", "3 ऑक्टोबर 2026, 14:05", "2026-10-03T14:05:00"),
    ("mr", "३ फेब्रुवारी २०२६", "2026-02-03T00:00:00"),
    ("mr", "३ मे २०२६", "2026-05-03T00:00:00"),
    # a Solar Hijri day written as an ISO one, in Persian digits
    ("fa", "۱۴۰۴-۱۲-۱۲ ۱۴:۰۵", "2026-03-03T14:05:00"),
    ("fa", "۱۴۰۴-۱۲-۱۲", "2026-03-03T00:00:00"),
    ("fa", "۲۰۲۶-۰۳-۰۳ ۱۴:۰۵", "2026-03-03T14:05:00"),  # a Gregorian one stays Gregorian
    # already read, kept so: Bengali digits, Buddhist-era and ROC years, Arabic-Indic digits
    ("bn", "৩ মার্চ ২০২৬, ১৪:০৫", "2026-03-03T14:05:00"),
    ("th", "๓ มี.ค. ๒๕๖๙ ๑๔:๐๕ น.", "2026-03-03T14:05:00"),
    ("zh-Hant", "民國115年3月3日", "2026-03-03T00:00:00"),
    ("zh-Hant", "115/03/03 14:05", "2026-03-03T14:05:00"),
    ("ar", "الثلاثاء ٣ مارس ٢٠٢٦ ٠٢:٠٥ م", "2026-03-03T14:05:00"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), DATES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DATES)]
)
def test_dates_as_printed(lang: str, text: str, expected: str) -> None:
    found = parse_date(text)
    assert (to_iso(found) if found else None) == expected


def test_an_iso_instant_is_still_read_whole() -> None:
    found = parse_date("2026-03-03T14:05:00+03:30")
    assert found is not None and to_iso(found) == "2026-03-03T14:05:00+03:30"


NOW = datetime(2026, 2, 3, 15, 30, 12, tzinfo=timezone(timedelta(hours=1)))

RELATIVE = [
    ("fa", "۳ ساعت پیش", "2026-02-03T12:30:00+01:00"),
    ("fa", "یک ساعت پیش", "2026-02-03T14:30:00+01:00"),
    ("fa", "۵ دقیقه پیش", "2026-02-03T15:25:00+01:00"),
    ("fa", "۲ روز پیش", "2026-02-01"),
    ("bn", "৩ ঘণ্টা আগে", "2026-02-03T12:30:00+01:00"),
    ("bn", "৫ মিনিট আগে", "2026-02-03T15:25:00+01:00"),
    ("bn", "২ দিন আগে", "2026-02-01"),
    ("ur", "3 گھنٹے پہلے", "2026-02-03T12:30:00+01:00"),
    ("tl", "3 oras ang nakalipas", "2026-02-03T12:30:00+01:00"),
    ("tl", "isang araw ang nakalipas", "2026-02-02"),
    ("ro", "acum o oră", "2026-02-03T14:30:00+01:00"),
    ("el", "πριν από μία ώρα", "2026-02-03T14:30:00+01:00"),
    ("ca", "fa 3 hores", "2026-02-03T12:30:00+01:00"),
    ("sl", "pred 3 urami", "2026-02-03T12:30:00+01:00"),
    ("sl", "pred eno uro", "2026-02-03T14:30:00+01:00"),
]


@pytest.mark.parametrize(
    ("lang", "text", "expected"), RELATIVE, ids=[f"{c[0]}-{i}" for i, c in enumerate(RELATIVE)]
)
def test_relative_dates(lang: str, text: str, expected: str) -> None:
    found = read(text, NOW, lang)
    assert found is not None
    shown = found.date().isoformat() if found.time() == datetime.min.time() else found.isoformat()
    assert shown == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "vor 3 Uraufführungen"),  # Slovenian hours are "urami", no stem "ur"
        ("fa", "پیش از ۳ روز"),  # "before 3 days" opening a clause: no "ago" after the unit
        ("bn", "৩ ঘণ্টা ধরে বৃষ্টি"),  # "raining for 3 hours": no "ago"
    ],
)
def test_no_relative_date(lang: str, text: str) -> None:
    assert read(text, NOW, lang) is None


# The published and updated stamps under the headline, in either order.
LABELS = [
    ("bn", "আপডেট: ০৪ মার্চ ২০২৬, ১০:০০", "প্রকাশ: ০৩ মার্চ ২০২৬, ১৪:০৫"),
    ("bn", "হালনাগাদ: ০৪ মার্চ ২০২৬, ১০:০০", "প্রকাশিত: ০৩ মার্চ ২০২৬, ১৪:০৫"),
    ("ur", "اپ ڈیٹ: 4 مارچ 2026 10:00", "شائع: 3 مارچ 2026 14:05"),
    ("hr", "Zadnja izmjena: 04.03.2026. 10:00", "Objavljeno: 03.03.2026. 14:05"),
    ("hu", "Módosítva: 2026.03.04. 10:00", "Létrehozva: 2026.03.03. 14:05"),
    ("ar", "تم التحديث: 04/03/2026 10:00", "نشر في: 03/03/2026 14:05"),
    ("th", "ปรับปรุงล่าสุด 4 มี.ค. 2569 10:00 น.", "เผยแพร่ 3 มี.ค. 2569 14:05 น."),
    ("et", "Muudetud: 04.03.2026 10:00", "Avaldatud: 03.03.2026 14:05"),
    ("af", "Opgedateer: 04/03/2026 10:00", "Gepubliseer: 03/03/2026 14:05"),
    ("is", "Uppfært: 4. mars 2026 10:00", "Birt: 3. mars 2026 14:05"),
    ("mr", "अपडेट: ४ मार्च २०२६, १०:००", "प्रकाशित: ३ मार्च २०२६, १४:०५"),
]


@pytest.mark.parametrize("updated_first", [True, False], ids=["updated-first", "published-first"])
@pytest.mark.parametrize(("lang", "updated", "posted"), LABELS, ids=[c[0] for c in LABELS])
def test_published_and_updated_labels(
    lang: str, updated: str, posted: str, updated_first: bool
) -> None:
    first, second = (updated, posted) if updated_first else (posted, updated)
    html = _page(f"<div class='meta'><span>{first}</span> <span>{second}</span></div>", lang)
    art = extract_article(html, URL)
    assert ((art.published or "")[:16], (art.modified or "")[:16]) == (
        "2026-03-03T14:05",
        "2026-03-04T10:00",
    )


BYLINES = [
    ("pl", "Przez Anna Nowak", ["Anna Nowak"]),
    ("el", "Από τον Γιώργο Νικολάου", ["Γιώργο Νικολάου"]),
    ("el", "Από την Ελένη Δημητρίου", ["Ελένη Δημητρίου"]),
    ("fa", "به قلم علی رضایی", ["علی رضایی"]),
    ("th", "เรื่อง: สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("bn", "প্রতিবেদক: রহিম উদ্দিন", ["রহিম উদ্দিন"]),
    ("bn", "লেখক: রহিম উদ্দিন ও করিম হোসেন", ["রহিম উদ্দিন", "করিম হোসেন"]),
    ("bn", "রহিম উদ্দিন এবং করিম হোসেন", ["রহিম উদ্দিন", "করিম হোসেন"]),
    ("bn", "রহিম উদ্দিন, ঢাকা", ["রহিম উদ্দিন"]),  # where the writer filed from
    ("bn", "নিজস্ব প্রতিবেদক", []),  # "staff reporter": a role, nobody's name
    ("ur", "احمد خان اور بلال احمد", ["احمد خان", "بلال احمد"]),
    ("ur", "تحریر: احمد خان", ["احمد خان"]),
    ("ur", "احمد خان، نامہ نگار", ["احمد خان"]),
    ("zh", "文/张伟 图/李华", ["张伟"]),  # the photographer after a plain slash is no author
    ("zh", "记者 张伟 摄影/李华", ["张伟"]),
    ("zh", "本报记者 张伟 实习生 李华", ["张伟", "李华"]),  # an intern writing with the reporter
    ("th", "รายงานโดย สมชาย ใจดี", ["สมชาย ใจดี"]),  # "reported by", one word with "by"
    ("th", "เขียนโดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    # Slovenian "in" is "and", on a Slovenian page only ("Jane Doe in New York" below)
    ("sl", "Maja Novak in Luka Kralj", ["Maja Novak", "Luka Kralj"]),
    ("sl", "Piše: Maja Novak in Luka Kralj", ["Maja Novak", "Luka Kralj"]),
    ("en", "Jane Doe in New York", ["Jane Doe"]),
]


@pytest.mark.parametrize(
    ("lang", "line", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_under_the_headline(lang: str, line: str, expected: list[str]) -> None:
    html = _page(f"<div class='byline'>{line}</div>", lang)
    assert extract_article(html, URL).authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jane Doe Photo/Reuters", ["Jane Doe"]),
        ("Von Anna Muster, Foto/dpa", ["Anna Muster"]),
        ("Bild/Text: Anna Muster", ["Anna Muster"]),  # two crafts before one label: the writer
        ("Anna Muster/Max Probe", ["Anna Muster", "Max Probe"]),  # a slash between names
    ],
)
def test_a_credit_word_before_a_plain_slash(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("lang", "full", "headline"),
    [
        ("bn", "শহরে নতুন সেতু খুলল | উদাহরণ সংবাদ", "শহরে নতুন সেতু খুলল"),
        ("bn", "শহরে নতুন সেতু খুলল - দৈনিক উদাহরণ পত্রিকা", "শহরে নতুন সেতু খুলল"),
        ("hi", "शहर में नया पुल खुला - उदाहरण न्यूज", "शहर में नया पुल खुला"),
    ],
)
def test_a_papers_name_after_the_headline_in_a_caseless_script(
    lang: str, full: str, headline: str
) -> None:
    html = f"<html lang='{lang}'><head><title>{full}</title></head><body><article>{PARA}</article></body></html>"
    assert extract_article(html, URL).title == headline


P3 = [
    "<p>" + s * 3 + "</p>"
    for s in [
        "Der erste erfundene Absatz über die neue Brücke in der Stadt und den Verkehr. ",
        "Der zweite erfundene Absatz über die Kosten der Brücke und die Pläne des Rates. ",
        "Der dritte erfundene Absatz über die Meinung der Bürger zur neuen Brücke am Hafen. ",
    ]
]
RELATED = [
    ("fa", "بیشتر بخوانید"), ("fa", "اخبار مرتبط"), ("bn", "আরও পড়ুন"), ("bn", "সম্পর্কিত খবর"),
    ("ur", "مزید پڑھیں"), ("tl", "Basahin din"), ("tl", "Mga kaugnay na balita"),
    ("zh-Hant", "延伸閱讀"), ("zh-Hant", "相關新聞"), ("zh", "延伸阅读"), ("ja", "あわせて読みたい"),
    ("ko", "함께 보면 좋은 기사"), ("mr", "हेही वाचा"), ("hi", "और पढ़ें"), ("hi", "संबंधित खबरें"),
    ("ar", "أخبار ذات صلة"), ("el", "Δείτε επίσης"), ("tr", "Bunlar da ilginizi çekebilir"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "heading"), RELATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(RELATED)]
)
def test_a_related_block_after_the_story_is_no_text(lang: str, heading: str) -> None:
    block = (
        f"<h3>{heading}</h3><p>Reispreis steigt wieder auf dem Markt der Stadt am Fluss heute</p>"
        "<p>Neue Schule öffnet im Norden der Stadt nach langer Bauzeit endlich</p>"
    )
    body = extract_article(_page("", lang, after="".join(P3) + block), URL).body or ""
    assert "Brücke am Hafen" in body and "Reispreis" not in body


def test_a_subhead_that_only_starts_like_a_heading_stays() -> None:
    """A bare "read" ("بخوانید", "Basahin") opens sentences: no heading word alone."""
    block = "<h3>بخوانید و بدانید</h3><p>Reispreis steigt wieder auf dem Markt der Stadt am Fluss heute</p>"
    body = extract_article(_page("", "fa", after="".join(P3) + block), URL).body or ""
    assert "Reispreis" in body


@pytest.mark.parametrize(
    ("lang", "heading"), [("bn", "ট্যাগ"), ("bn", "বিষয়"), ("ur", "ٹیگز"), ("mr", "टॅग्स")]
)
def test_a_tag_list_under_its_heading(lang: str, heading: str) -> None:
    links = '<ul><li><a href="/t/haushalt">Haushalt</a></li><li><a href="/t/feuerwehr">Feuerwehr</a></li></ul>'
    html = _page(f"<div class='meta'><span>{heading}:</span>{links}</div>", lang)
    assert extract_article(html, URL).topics == ["Haushalt", "Feuerwehr"]


# "Latest news", "Breaking news" as a keyword: the site's SEO vocabulary, no topic.
GENERIC = [
    ("bn", "সর্বশেষ খবর"), ("bn", "ব্রেকিং নিউজ"), ("ur", "تازہ ترین خبریں"), ("mr", "ताज्या बातम्या"),
    ("tl", "Pinakabagong balita"), ("is", "Nýjustu fréttir"), ("ca", "Últimes notícies"),
    ("et", "Värskeimad uudised"), ("lv", "Jaunākās ziņas"), ("lt", "Naujausios naujienos"),
    ("sr", "Најновије вести"), ("bg", "Последни новини"), ("sk", "Najnovšie správy"),
    ("he", "חדשות אחרונות"), ("ko", "최신 뉴스"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "label"), GENERIC, ids=[f"{c[0]}-{i}" for i, c in enumerate(GENERIC)]
)
def test_news_words_are_no_topics(lang: str, label: str) -> None:
    html = _page("", lang, f"<meta name='keywords' content='{label}, Haushalt'>")
    assert extract_article(html, URL).topics == ["Haushalt"]


@pytest.mark.parametrize(("lang", "label"), [("bn", "খবর"), ("tl", "Balita"), ("is", "Fréttir")])
def test_a_lone_news_word_stays_a_topic(lang: str, label: str) -> None:
    html = _page("", lang, f"<meta name='keywords' content='{label}, Haushalt'>")
    assert extract_article(html, URL).topics == [label, "Haushalt"]


# Right-to-left pages wrap text in direction marks (RLM, LRM, ALM, embeddings) and join
# Persian words with a ZWNJ: none of them hides a date or a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u200f3 مارس 2026\u200f", "2026-03-03T00:00:00"),
        ("\u200e2026-03-03\u200e 14:05", "2026-03-03T14:05:00"),
        ("03/03/2026 \u200f14:05", "2026-03-03T14:05:00"),
        ("\u061c3 مارس 2026", "2026-03-03T00:00:00"),
        ("\u202b3 במרץ 2026\u202c", "2026-03-03T00:00:00"),
        ("۱۲ اسفند ۱۴۰۴ \u200c- ۱۴:۰۵", "2026-03-03T14:05:00"),
    ],
)
def test_a_date_among_direction_marks(text: str, expected: str) -> None:
    found = parse_date(text)
    assert (to_iso(found) if found else None) == expected


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("ar", "\u200fبقلم: محمد علي\u200f", ["محمد علي"]),
        ("he", "\u200fמאת דנה כהן\u200f", ["דנה כהן"]),
        ("fa", "نویسنده:\u200c علی رضایی", ["علی رضایی"]),
    ],
)
def test_a_byline_among_direction_marks(lang: str, line: str, expected: list[str]) -> None:
    html = _page(f"<div class='byline'>{line}</div>", lang)
    assert extract_article(html, URL).authors == expected
