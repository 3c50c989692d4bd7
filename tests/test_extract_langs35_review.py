"""Review of session 35's language rules: the lines they must leave as they were.

Every name, sentence and page here is invented for the test; the shapes (a byline with its
date after the names, a unit cut short with a full stop) are the ones news CMSs print.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.daterelative import read

FETCHED = datetime(2026, 12, 4, 6, 0, tzinfo=UTC)


# A byline with its date, ending in a full stop (a unit cut short, "Std.", "h.", "hod.", or
# the line's own): names and their joining words are no sentence's words
BYLINE_AGO = [
    ("de", "Anna Müller, Jan Schulz · vor 3 Std.", "2026-12-04T03:00:00+00:00"),
    ("de", "Von Anna Müller und Jan Schulz, vor 3 Std.", "2026-12-04T03:00:00+00:00"),
    ("de", "Anna Müller und Jan Schulz vor 3 Stunden.", "2026-12-04T03:00:00+00:00"),
    (
        "de",
        "Aktualisiert vor 2 Stunden von Anna Müller und Jan Schulz.",
        "2026-12-04T04:00:00+00:00",
    ),
    ("en", "Updated 3 hours ago by Jane Doe.", "2026-12-04T03:00:00+00:00"),
    ("fr", "Par Jean Dupont et Marie Curie, il y a 2 h.", "2026-12-04T04:00:00+00:00"),
    ("es", "Por Juan Pérez y Ana López hace 3 h.", "2026-12-04T03:00:00+00:00"),
    ("it", "di Mario Rossi e Luca Bianchi 3 ore fa.", "2026-12-04T03:00:00+00:00"),
    ("nl", "Door Jan van der Berg en Piet de Vries, 3 uur geleden.", "2026-12-04T03:00:00+00:00"),
    ("pl", "Autor: Jan Kowalski, 3 godz. temu.", "2026-12-04T03:00:00+00:00"),
    ("cs", "Jan Novák, Petr Svoboda před 3 hod.", "2026-12-04T03:00:00+00:00"),
    ("hu", "Kovács Anna és Nagy Péter 3 órája.", "2026-12-04T03:00:00+00:00"),
    ("ro", "Publicat acum 45 de minute de Ion Popescu.", "2026-12-04T05:15:00+00:00"),
    ("tr", "Ahmet Yılmaz ve Ayşe Kaya 3 saat önce.", "2026-12-04T03:00:00+00:00"),
]


@pytest.mark.parametrize(("lang", "line", "expected"), BYLINE_AGO)
def test_byline_with_time_ago_and_full_stop_is_a_date(lang: str, line: str, expected: str) -> None:
    found = read(line, FETCHED, lang)
    assert found is not None and found.isoformat() == expected


# ... and on a page: the line under the headline gives the publication time
def test_byline_line_with_cut_unit_dates_the_page() -> None:
    html = (
        "<html lang='de'><head><title>Stadtrat beschließt neuen Haushalt</title></head><body>"
        "<article><h1>Stadtrat beschließt neuen Haushalt</h1>"
        "<div class='byline'>Von Anna Müller und Jan Schulz, vor 3 Std.</div>"
        "<p>Der Stadtrat hat am Abend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit.</p>"
        "<p>Die Opposition kritisierte vor allem die Kürzungen bei den Schwimmbädern und Bibliotheken der Stadtteile.</p>"
        "</article></body></html>"
    )
    art = extract_article(html, "https://stadtbote.example/politik/haushalt", fetched=FETCHED)
    assert art.published == "2026-12-04T04:00:00+01:00"  # read in the page's zone


# Still no date: a sentence with words of its own beside the time
SENTENCES = [
    ("pl", "Godzinę temu rozpoczęła się sesja rady miasta."),
    ("hu", "Egy órája tart a vita a közgyűlésben."),
    ("ro", "Ședința a început acum 45 de minute."),
    ("cs", "Před hodinou začalo zasedání zastupitelstva."),
    ("en", "The fire broke out 3 hours ago near the harbour."),
]


@pytest.mark.parametrize(("lang", "line"), SENTENCES)
def test_sentence_naming_a_time_ago_is_no_date(lang: str, line: str) -> None:
    assert read(line, FETCHED, lang) is None


_STORY_EN = (
    "<p>The small dining room on the corner has been serving the same broth for twenty years, and the queue on a Saturday still stretches out to the bus stop.</p>"
    "<p>Prices have crept up a little since the spring, but a bowl with everything in it remains cheaper than most lunches in the neighbourhood.</p>"
)
_STORY_VI = (
    "<p>Chiều 3/12, hội đồng nhân dân thành phố đã họp phiên bất thường để thông qua kế hoạch chỉnh trang các tuyến phố cũ ở trung tâm, với nhiều ý kiến khác nhau.</p>"
    "<p>Theo kế hoạch, việc thi công sẽ bắt đầu từ quý hai năm sau và kéo dài khoảng mười tám tháng, trong thời gian đó các tuyến xe buýt sẽ đổi lộ trình.</p>"
)


def _closing_page(lang: str, story: str, foot: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>A page</title></head><body><article>"
        f"<h1>A headline of the invented page</h1>{story}{foot}</article></body></html>"
    )


# The Vietnamese signature under the story is read on a page in Vietnamese only: elsewhere a
# bold or right-aligned line of capitalised words whose first is "Mai", "Chu" or "Cao" is a
# review's venue, a street, a place; and "Ông"/"Bà" before a full name is "Mr"/"Mrs", a
# person the story names, not its writer
NO_SIGNATURE = [
    ("en", _STORY_EN, "<p><strong>Mai Thai Kitchen</strong></p>"),
    ("en", _STORY_EN, "<p style='text-align:right'>Chu Lai Street</p>"),
    ("en", _STORY_EN, "<p><strong>Cao Bang</strong></p>"),
    ("de", _STORY_EN, "<p><b>Mai Li Wong</b></p>"),
    ("vi", _STORY_VI, "<p><strong>Ông Nguyễn Văn An</strong></p>"),
    ("vi", _STORY_VI, "<p style='text-align:right'><strong>Bà Trần Thị Bình</strong></p>"),
    # a name in roman type, justified: "right" in another property is no alignment
    ("vi", _STORY_VI, "<p style='text-align:justify;margin-right:0'>Nguyễn Văn An</p>"),
]


@pytest.mark.parametrize(
    ("lang", "story", "foot"), NO_SIGNATURE, ids=[f"{r[0]}-{r[2]}" for r in NO_SIGNATURE]
)
def test_closing_line_that_is_no_signature(lang: str, story: str, foot: str) -> None:
    html = _closing_page(lang, story, foot)
    assert (
        extract_article(html, "https://paper.example/news/a-1.html", fetched=FETCHED).authors == []
    )


def test_signature_on_a_vietnamese_page_still_read() -> None:
    html = _closing_page("vi", _STORY_VI, "<p><strong>Nguyễn Văn An</strong></p>")
    art = extract_article(html, "https://paper.example/news/a-1.html", fetched=FETCHED)
    assert art.authors == ["Nguyễn Văn An"]


# "Yesterday" ending a byline without its clock: the date's in lower case, after a mark, or in
# a script without case; capitalised right after the names it is the last name's word
# ("Ayer" is a Spanish surname, "Vakar", "Ahir", "Dün" read as names too)
YESTERDAY_AT_END = [
    ("es", "María José Ayer", ["María José Ayer"]),
    ("ca", "Joan Pere Ahir", ["Joan Pere Ahir"]),
    ("lt", "Jonas Petras Vakar", ["Jonas Petras Vakar"]),
    ("tr", "Ali Veli Dün", ["Ali Veli Dün"]),
    # still the date's
    ("es", "Juan Pérez, Ayer", ["Juan Pérez"]),
    ("es", "Juan Pérez · Ayer", ["Juan Pérez"]),
    ("es", "Juan Pérez ayer", ["Juan Pérez"]),
    ("es", "Juan Pérez Ayer 14:05", ["Juan Pérez"]),
    ("zh", "记者 王小明 昨天", ["王小明"]),
    ("th", "สมชาย ใจดี เมื่อวาน", ["สมชาย ใจดี"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), YESTERDAY_AT_END)
def test_yesterday_ending_a_byline(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names
