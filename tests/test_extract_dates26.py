"""The published instant in languages the date tests covered thinly (issue 10, session 26):
Nepal's Bikram Sambat calendar ("मंसिर १७, २०८३"), Urdu's and Arabic's comma ("3 دسمبر،
2026"), CLDR's 12-hour marks of Albanian, Irish, Uzbek, Sinhala, Burmese, Lao, Amharic and
Thai ("2:25 m.d.", "9:40 i.n.", "2:25 ප.ව."), Albanian, Azerbaijani, Uzbek and Marathi month
abbreviations, Armenian's and Basque's year-first days, Punjabi's tippi in a month's name; a
JSON-LD block opening with a JavaScript comment.

Every page and line here is made up for the test; the markup is the kind news pages use.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.datebikram import to_gregorian
from newsarchive.extract.datetext import whole_date

_FETCHED = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)
_HEADLINE = "The council approves the new harbour bridge after a long night"
_TEXT = (
    "<p>After a long debate in the evening a narrow majority agreed to the draft, to pull down "
    "the old bridge and build a new one by the summer, the council said.</p>"
    "<p>The cost is spread over three years, the mayor said in the morning.</p>"
)


def _page(lang: str, line: str) -> str:
    """A story whose only date is `line`, just under its headline."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{_HEADLINE}</title></head>"
        f"<body><header><nav><a href='/'>Home</a></nav></header><main><article>"
        f"<h1>{_HEADLINE}</h1><p class='meta'>{line}</p>{_TEXT}</article></main>"
        f"<footer>Contact</footer></body></html>"
    )


def _u(domain: str) -> str:
    return f"https://www.news.example.{domain}/a/4711-bridge"


CASES = [
    # Nepali: Bikram Sambat, month day year, year month day "गते", day month year; Devanagari digits
    ("ne-bs-mdy", _u("com.np"), "ne", "मंसिर १७, २०८३", "2026-12-03"),
    ("ne-bs-weekday", _u("com.np"), "ne", "बिहीबार, मंसिर १७, २०८३", "2026-12-03"),
    ("ne-bs-ymd-gate", _u("com.np"), "ne", "२०८३ मंसिर १७ गते", "2026-12-03"),
    ("ne-bs-clock", _u("com.np"), "ne", "१७ मंसिर २०८३, १४:२५", "2026-12-03T14:25:00+05:45"),
    (
        "ne-bs-afternoon",
        _u("com.np"),
        "ne",
        "मंसिर १७, २०८३ दिउँसो २:२५",
        "2026-12-03T14:25:00+05:45",
    ),
    ("ne-bs-sanskrit", _u("com.np"), "ne", "२०८३ श्रावण २५ गते", "2026-08-10"),
    ("ne-bs-new-year", _u("com.np"), "ne", "बैशाख १, २०८३", "2026-04-14"),
    # Urdu and Arabic: the Arabic comma between the month and the year
    ("ur-comma", _u("com.pk"), "ur", "3 دسمبر، 2026", "2026-12-03"),
    (
        "ur-weekday-pm",
        _u("com.pk"),
        "ur",
        "جمعرات، 3 دسمبر، 2026 2:25 PM",
        "2026-12-03T14:25:00+05:00",
    ),
    ("ar-comma", _u("com.eg"), "ar", "الخميس 3 ديسمبر، 2026 - 14:25", "2026-12-03T14:25:00+02:00"),
    # CLDR's 12-hour marks in the page's own language
    ("sq-md", _u("al"), "sq", "3 dhjetor 2026, 2:25 m.d.", "2026-12-03T14:25:00+01:00"),
    (
        "sq-wide",
        _u("al"),
        "sq",
        "e enjte, 3 dhjetor 2026, 2:25 e pasdites",
        "2026-12-03T14:25:00+01:00",
    ),
    ("ga-in", _u("ie"), "ga", "28 Samhain 2026 9:40 i.n.", "2026-11-28T21:40:00+00:00"),
    ("uz-tk", _u("uz"), "uz", "3-dekabr, 2026, 2:25 TK", "2026-12-03T14:25:00+05:00"),
    ("si-pv", _u("lk"), "si", "2026 දෙසැම්බර් 3 2:25 ප.ව.", "2026-12-03T14:25:00+05:30"),
    ("my-evening", _u("com.mm"), "my", "2026 ဒီဇင်ဘာ 3 2:25 ညနေ", "2026-12-03T14:25:00+06:30"),
    ("lo-pm", _u("la"), "lo", "3 ທັນວາ 2026, 2:25 ຫຼັງທ່ຽງ", "2026-12-03T14:25:00+07:00"),
    ("am-pm", _u("com.et"), "am", "3 ዲሴምበር 2026 2:25 ከሰዓት", "2026-12-03T14:25:00+03:00"),
    ("th-wide-pm", _u("co.th"), "th", "3 ธันวาคม 2569 2:25 หลังเที่ยง", "2026-12-03T14:25:00+07:00"),
    # month abbreviations read on pages of their own language
    ("sq-abbr", _u("al"), "sq", "3 dhj 2026, 14:25", "2026-12-03T14:25:00+01:00"),
    ("az-abbr", _u("az"), "az", "9 iyl 2026 09:05", "2026-07-09T09:05:00+04:00"),
    ("uz-abbr", _u("uz"), "uz", "3-dek, 2026, 14:25", "2026-12-03T14:25:00+05:00"),
    ("mr-abbr", _u("in"), "mr", "28 नोव्हें, 2026, 9:40 PM", "2026-11-28T21:40:00+05:30"),
    # the year first: Armenian "թ." and Basque's CLDR "(e)ko"; Punjabi's tippi (U+0A70)
    ("hy-year-first", _u("am"), "hy", "2026 թ. դեկտեմբերի 3, 14:25", "2026-12-03T14:25:00+04:00"),
    (
        "eu-year-first",
        _u("eus"),
        "eu",
        "2026(e)ko abenduaren 3(a) (14:25)",
        "2026-12-03T14:25:00+01:00",
    ),
    ("pa-tippi", _u("in"), "pa", "3 ਦਸੰਬਰ 2026", "2026-12-03"),
]


@pytest.mark.parametrize(
    ("name", "url", "lang", "line", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_the_published_instant_in_more_languages(
    name: str, url: str, lang: str, line: str, expected: str
) -> None:
    assert extract_article(_page(lang, line), url, fetched=_FETCHED).published == expected


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("hi", "माघ 12, 2083"),  # India's Vikram Samvat: lunisolar, its months another length
        ("mr", "कार्तिक 12, 2083"),
        ("ne", "मंसिर ३५, २०८३"),  # no month has 35 days
    ],
)
def test_no_bikram_sambat_day_where_it_is_not_one(lang: str, line: str) -> None:
    assert extract_article(_page(lang, line), _u("com"), fetched=_FETCHED).published is None


@pytest.mark.parametrize(
    ("bs", "ad"),
    [
        ((2000, 1, 1), date(1943, 4, 14)),  # the table's first day
        ((2080, 1, 1), date(2023, 4, 14)),  # Nepal's new year's days
        ((2081, 1, 1), date(2024, 4, 13)),
        ((2083, 8, 17), date(2026, 12, 3)),
        ((2100, 1, 1), None),  # past the table
        ((2083, 13, 1), None),
        ((2083, 8, 30), None),  # Mangsir 2083 has 29 days
    ],
)
def test_bikram_sambat_days(bs: tuple[int, int, int], ad: date | None) -> None:
    assert to_gregorian(*bs) == ad


@pytest.mark.parametrize(
    "opening",
    ["/* schema.org */ ", "// SEO plugin\n", "/** Schema by a plugin **/\n"],
    ids=["block-comment", "line-comment", "doc-comment"],
)
def test_a_json_ld_block_after_a_javascript_comment_is_read(opening: str) -> None:
    block = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _HEADLINE,
         "datePublished": "2026-12-03T14:25:00+01:00"}
    )  # fmt: skip
    html = _page("de", "").replace(
        "</head>", f"<script type='application/ld+json'>{opening}{block}</script></head>"
    )
    published = extract_article(html, _u("de"), fetched=_FETCHED).published
    assert published == "2026-12-03T14:25:00+01:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # CLDR's short Korean day: not 26 December a year back, 3 December 2026 (session 38)
        ("26. 12. 3.", "2026-12-03"),
        ("26. 12. 3. 오후 2:25", "2026-12-03T14:25:00+09:00"),
    ],
)
def test_a_korean_short_day_is_no_day_and_month_without_a_year(
    line: str, expected: str | None
) -> None:
    published = extract_article(_page("ko", line), _u("co.kr"), fetched=_FETCHED).published
    assert published == expected


_NE_HEADLINE = "नगर परिषदले लामो बहसपछि नयाँ पुल निर्माणलाई स्वीकृति दियो"
_NE_TEXT = (
    "<p>साँझ लामो बहसपछि थोरै बहुमतले मस्यौदामा सहमति जनायो, पुरानो पुल भत्काएर गर्मीसम्म "
    "नयाँ पुल बनाइने छ, परिषदले भन्यो।</p>"
    "<p>लागत तीन वर्षमा बाँडिनेछ, मेयरले बिहान भने। यो निर्णय सहरका लागि निकै महत्त्वपूर्ण "
    "छ र मानिसहरू खुसी छन्।</p>"
)
_HI_HEADLINE = "नगर परिषद ने लंबी बहस के बाद नए पुल को मंजूरी दी"
_HI_TEXT = (
    "<p>शाम को लंबी बहस के बाद एक छोटे बहुमत ने मसौदे पर सहमति जताई, पुराने पुल को गिराकर "
    "गर्मियों तक नया पुल बनाया जाएगा, परिषद ने कहा।</p>"
    "<p>लागत तीन वर्षों में बांटी जाएगी, महापौर ने सुबह कहा। यह फैसला शहर के लिए बहुत "
    "महत्वपूर्ण है और लोग इससे खुश हैं।</p>"
)


def _devanagari_page(html_attrs: str, headline: str, text: str, line: str) -> str:
    """A story in Nepali or Hindi words whose markup may not say so."""
    return (
        f"<html{html_attrs}><head><meta charset='utf-8'><title>{headline}</title></head>"
        f"<body><main><article><h1>{headline}</h1><p class='meta'>{line}</p>{text}"
        f"</article></main></body></html>"
    )


@pytest.mark.parametrize("html_attrs", ["", " lang='en-US'"], ids=["no-lang", "cms-default-en"])
def test_a_nepali_page_not_declaring_nepali_reads_bikram_sambat(html_attrs: str) -> None:
    # Devanagari letters name Hindi; the words are Nepali, and so is the calendar
    html = _devanagari_page(html_attrs, _NE_HEADLINE, _NE_TEXT, "मंसिर १७, २०८३ १४:२५")
    published = extract_article(html, _u("com.np"), fetched=_FETCHED).published
    assert published == "2026-12-03T14:25:00+05:45"


@pytest.mark.parametrize("html_attrs", ["", " lang='en-US'", " lang='hi'"])
def test_a_hindi_page_reads_no_bikram_sambat_day(html_attrs: str) -> None:
    # Vikram Samvat's lunisolar Kartik on an Indian page is no Nepali Kartik
    html = _devanagari_page(html_attrs, _HI_HEADLINE, _HI_TEXT, "कार्तिक 12, 2083")
    assert extract_article(html, _u("in"), fetched=_FETCHED).published is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Uzbek's o' and g' are often typed with an apostrophe: "to'liq" is no "TO" mark
        ("3-dekabr, 2026, 12:30 to'liq matn", "2026-12-03T12:30:00+05:00"),
        ("3-dekabr, 2026, 12:30 to\u2019liq matn", "2026-12-03T12:30:00+05:00"),
        ("3-dekabr, 2026, 12:30 TO", "2026-12-03T00:30:00+05:00"),
        ("3-dekabr, 2026, 12:30 TO, Toshkent", "2026-12-03T00:30:00+05:00"),
    ],
)
def test_an_uzbek_word_after_the_time_is_no_12_hour_mark(line: str, expected: str) -> None:
    published = extract_article(_page("uz", line), _u("uz"), fetched=_FETCHED).published
    assert published == expected


@pytest.mark.parametrize(
    "line", ["मंसिर १७, २०८३", "मंसिर 17, २०८३", "२०८३ मंसिर १७ गते", "१७ मंसिर २०८३"]
)
def test_a_bikram_sambat_day_in_devanagari_digits_is_one_date(line: str) -> None:
    # a title's part so shaped is a date line, as "३ डिसेम्बर २०२६" is
    assert whole_date(line, "ne")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Nepali's night before the time, as its morning and evening are
        ("मंसिर १७, २०८३ राति ९:२५", "2026-12-03T21:25:00+05:45"),
        ("मंसिर १७, २०८३ राति १२:१०", "2026-12-03T00:10:00+05:45"),
        ("मंसिर १७, २०८३ राति २:१०", "2026-12-03T02:10:00+05:45"),
        ("मंसिर १७, २०८३ बेलुका ७:०५", "2026-12-03T19:05:00+05:45"),
    ],
)
def test_a_nepali_part_of_the_day_before_the_time(line: str, expected: str) -> None:
    published = extract_article(_page("ne", line), _u("com.np"), fetched=_FETCHED).published
    assert published == expected
