"""Languages of unseen publishers, session 34 sweep: what invented article pages in a dozen
languages we never measured showed the extractor lacked.

Every name, date and sentence here is made up for the test. Each row names its language,
so a failure says which language regressed.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

# A byline and its date on one line, a weekday's name opening the date (13 October 2026 is a
# Tuesday): the weekday is the date's, not the last writer's surname.
WEEKDAY_BYLINES = [
    ("nl", "Door Pieter de Vries Dinsdag 13 oktober 2026, 09:12", ["Pieter de Vries"]),
    ("nl", "Door Pieter de Vries dinsdag 13 oktober 2026, 09:12", ["Pieter de Vries"]),
    ("pl", "Autor: Jan Nowak Wtorek, 13.10.2026 09:12", ["Jan Nowak"]),
    ("pt", "Por Ana Souza Terça-feira, 13 de outubro de 2026 às 09:12", ["Ana Souza"]),
    ("cs", "Autor: Jana Dvořáková Úterý 13. října 2026, 9:12", ["Jana Dvořáková"]),
    ("fi", "Teksti: Matti Virtanen Tiistai 13.10.2026 klo 9.12", ["Matti Virtanen"]),
    ("hu", "Szerző: Kovács Anna Kedd, 2026. október 13. 09:12", ["Kovács Anna"]),
    ("ro", "de Andrei Popescu Marți, 13 octombrie 2026, 09:12", ["Andrei Popescu"]),
    (
        "el",
        "Κείμενο: Γιώργος Παπαδόπουλος Τρίτη, 13 Οκτωβρίου 2026 09:12",
        ["Γιώργος Παπαδόπουλος"],
    ),
    ("uk", "Автор: Олена Коваленко Вівторок, 13 жовтня 2026, 09:12", ["Олена Коваленко"]),
    ("id", "Oleh: Budi Santoso Selasa, 13 Oktober 2026 - 09:12", ["Budi Santoso"]),
    ("vi", "Bởi Nguyễn Văn An Thứ Ba, 13/10/2026 - 09:12", ["Nguyễn Văn An"]),
    ("th", "โดย สมชาย ใจดี วันอังคารที่ 13 ตุลาคม พ.ศ. 2569 09:12 น.", ["สมชาย ใจดี"]),
    ("ar", "بقلم: أحمد محمود الثلاثاء 13 أكتوبر 2026 - 09:12", ["أحمد محمود"]),
    ("he", "מאת דנה כהן יום שלישי, 13 באוקטובר 2026", ["דנה כהן"]),
    # counter-cases: a surname that is a weekday, before a date on another day, stays
    ("es", "Por Juan Domingo 13/10/2026", ["Juan Domingo"]),
    ("es", "Por Juan Domingo, 13/10/2026", ["Juan Domingo"]),
    ("pt", "Por Ana Domingo 13 de outubro de 2026", ["Ana Domingo"]),
    ("id", "Oleh Budi Minggu 13 Oktober 2026", ["Budi Minggu"]),
    ("tr", "Ayşe Cuma 13 Ekim 2026", ["Ayşe Cuma"]),
    ("ro", "de Ion Joi 13 octombrie 2026", ["Ion Joi"]),
    ("hu", "Szerző: Kovács Kedd 2026. október 14.", ["Kovács Kedd"]),  # a Wednesday
    ("en", "By Jane Doe Tuesday, 13/10/2026 - 09:12", ["Jane Doe"]),  # as before
]


@pytest.mark.parametrize(("lang", "line", "names"), WEEKDAY_BYLINES)
def test_weekday_opening_the_date_is_no_name(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names


def _page(lang: str, byline: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>T</title></head><body><article>"
        f"<h1>Ein erfundener Titel über den Stadtrat</h1><p class='meta'>{byline}</p>"
        + "<p>"
        + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr im Winter. " * 4
        + "</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("vi", "Theo Nguyễn Văn An Thứ Ba, 13/10/2026 - 09:12", ["Nguyễn Văn An"]),
        ("th", "โดย สมชาย ใจดี วันอังคารที่ 13 ตุลาคม 2569 09:12 น.", ["สมชาย ใจดี"]),
        ("pl", "Autor: Jan Nowak Wtorek, 13.10.2026 09:12", ["Jan Nowak"]),
    ],
)
def test_weekday_after_byline_on_a_page(lang: str, line: str, names: list[str]) -> None:
    assert extract_article(_page(lang, line), "https://www.example.news/a/1").authors == names


def _lead_page(lang: str, lead: str, description: str | None = None) -> str:
    meta = f"<meta name='description' content='{description or lead}'>"
    return (
        f"<html lang='{lang}'><head>{meta}</head><body><article>"
        f"<h1>新轻轨线路将连接成都市中心与东部新区</h1><p class='lead'>{lead}</p>"
        "<p>市人大常委会周二通过了新轻轨线路的建设时间表，工程将分三期推进，首期工程明年开工。</p>"
        "<p>市政府表示，新线路建成后，从东部新区到市中心的通勤时间将缩短近二十分钟。</p>"
        "</article></body></html>"
    )


# A standfirst in wide characters says as much in half the characters: a Chinese or Japanese
# one of 10 to 19 characters, under the headline and repeated by the description, is one.
@pytest.mark.parametrize(
    ("lang", "lead", "description", "want"),
    [
        ("zh", "首批列车预计将于明年年底投入运营。", None, "首批列车预计将于明年年底投入运营。"),
        ("ja", "一番列車は来年末に運行を始める。", None, "一番列車は来年末に運行を始める。"),
        # counter-cases: a shorter one, a short Latin one
        ("zh", "明年年底运营。", None, None),
        ("en", "Trams from 2027.", None, None),
        # classed as a lead, it needs no description's word (as a Latin one of 20 letters)
        (
            "zh",
            "首批列车预计将于明年年底投入运营。",
            "另一段完全不同的页面描述文字，讲的是别的事情。",
            "首批列车预计将于明年年底投入运营。",
        ),
    ],
)
def test_short_wide_standfirst(
    lang: str, lead: str, description: str | None, want: str | None
) -> None:
    page = _lead_page(lang, lead, description)
    assert extract_article(page, "https://www.example.news/a/1").subtitle == want


# "From our reporter" as the byline's "by" in Dutch and the Scandinavian languages, as
# German's "Von unserem Korrespondenten" and Italian's "Dal nostro inviato" already were
FROM_OUR_BYLINES = [
    ("nl", "Van onze verslaggever Pieter de Vries", ["Pieter de Vries"]),
    (
        "nl",
        "Van onze verslaggevers Pieter de Vries en Sanne Bakker",
        ["Pieter de Vries", "Sanne Bakker"],
    ),
    ("sv", "Från vår korrespondent Anna Berg", ["Anna Berg"]),
    ("nb", "Fra vår korrespondent Ola Nordmann", ["Ola Nordmann"]),
    ("da", "Fra vores korrespondent Mette Hansen", ["Mette Hansen"]),
    # counter-cases: "Van" opening a name, a name with "van" inside
    ("nl", "Van Dijk", ["Van Dijk"]),
    ("nl", "Door Pieter van den Berg", ["Pieter van den Berg"]),
    ("nl", "Lotte Van Onzen", ["Lotte Van Onzen"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), FROM_OUR_BYLINES)
def test_from_our_reporter(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names


# A Chinese credit's label before a full-width bar, as before a colon or a full-width slash
# (U+FF5C after "文", "撰文", "记者"); the picture's credit after it goes as after the slash
CJK_BAR_BYLINES = [
    ("zh", "文｜王小明", ["王小明"]),
    ("zh", "撰文｜王小明", ["王小明"]),
    ("zh", "记者｜王小明", ["王小明"]),
    ("zh", "文｜王小明 图｜李华", ["王小明"]),
    # as before: the slash and the colon
    ("zh", "文／王小明", ["王小明"]),
    ("zh", "作者：王小明", ["王小明"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), CJK_BAR_BYLINES)
def test_cjk_credit_before_full_width_bar(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names
