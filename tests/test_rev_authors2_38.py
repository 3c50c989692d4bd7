"""Review of authors2-38's rules on pages it never saw (issue 10, rev-authors2-38).

Narrowed here:
- Hausa "Daga" (by) is also "from" and opens sentences ("Daga cikin ..." among, "Daga baya
  ..." later): a paragraph whose capitalised "by" word has a lower-case word after it is a
  sentence, no byline (so too Swahili "Na baada ya ...", Catalan "Per això ..."; each gave
  the last name in the sentence). "Daga Musa Abdullahi" still is one.
- Khmer "ដោយ" is also "by means of": a line with Khmer's full stop (។) is a sentence.
- Hindi "सरकार" (government) and "निगम" (corporation) are common surnames (Sarkar, Nigam):
  "अमित सरकार की रिपोर्ट" is Amit Sarkar's report.

Held (counter-cases passing as they are): a desk word in a sentence, as a team page's
heading or a menu's section; a desk beside a writer (the writer wins); source lines with
bodies, agencies only, an expert quoted, four reporters.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, line_authors

_P = "<p>{}</p>"
_DIV = "<div class='byline'>{}</div>"
_HA = "Majalisar birnin ta yanke shawarar rushe tsohuwar gadar da ke kan kogin tare da gina sabuwa."
_KM = "\u200b".join(
    ["ក្រុមប្រឹក្សា", "ក្រុង", "បាន", "សម្រេច", "រុះរើ", "ស្ពាន", "ចាស់", "ហើយ", "សាងសង់", "ស្ពាន", "ថ្មី", "មួយ។"]
)
_STORIES = {"ha": _HA, "km": _KM, "ca": STORY["es"]}


def _authors(lang: str, markup: str, line: str) -> list[str]:
    story = _STORIES.get(lang) or STORY.get(lang) or STORY["en"]
    return line_authors(lang, markup.format(line), story)


SENTENCES = [
    ("ha", "Daga cikin mutanen da suka halarci taron akwai Musa Abdullahi da Aisha Bello.", []),
    ("ha", "Daga baya Musa Abdullahi da Aisha Bello sun koma gida.", []),
    ("sw", "Na baada ya mkutano huo, Juma Mwangi na Amina Said walisema daraja litajengwa.", []),
    ("ca", "Per això el consell ha decidit escoltar Joan Puig i Maria Vila.", []),
    (
        "km",
        "ដោយ ការ\u200bសម្រេច\u200bរបស់\u200bក្រុមប្រឹក្សា ស្ពាន\u200bចាស់\u200bត្រូវ\u200bបាន\u200bបិទ។",
        [],
    ),
    # counter-cases: the bylines these words open
    ("ha", "Daga Musa Abdullahi", ["Musa Abdullahi"]),
    ("ha", "Daga Musa Abdullahi da Aisha Bello", ["Musa Abdullahi", "Aisha Bello"]),
    ("sw", "Na Juma Mwangi", ["Juma Mwangi"]),
    ("km", "ដោយ សុខ ដារ៉ា", ["សុខ ដារ៉ា"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SENTENCES)
def test_a_by_word_opening_a_sentence(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, _P, line) == expected


REPORTS = [
    ("hi", "अमित सरकार की रिपोर्ट", ["अमित सरकार"]),
    ("hi", "अनिल निगम की रिपोर्ट", ["अनिल निगम"]),
    ("hi", "पटना से अमित सरकार की रिपोर्ट", ["अमित सरकार"]),
    # counter-cases: bodies' reports stay no one's
    ("hi", "राज्य योजना आयोग की रिपोर्ट", []),
    ("hi", "रिज़र्व बैंक की रिपोर्ट", []),
    ("ur", "عالمی بینک کی رپورٹ", []),
]


@pytest.mark.parametrize(("lang", "line", "expected"), REPORTS)
def test_a_surname_that_is_also_a_body(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, _DIV, line) == expected


SOURCES = [
    ("de", "Quelle: Bundesamt für Statistik, Anna Muster, dpa", ["Anna Muster", "dpa"]),
    ("de", "Quelle: dpa, AFP, Reuters", ["dpa", "AFP", "Reuters"]),
    ("de", "Quelle: Prof. Anna Muster, Universität Wien", []),
    # the banks are the figures' sources, the agency the story's, as "Forrás: Magyar Nemzeti
    # Bank, MTI" is MTI's in a byline's markup (authors2-39; "Quelle:" read so: authors-40)
    ("de", "Quelle: Deutsche Bank, Commerzbank, dpa", ["dpa"]),
    (
        "de",
        "Quelle: Anna Muster, Ben Beispiel, Carla Probe, Dora Test, dpa",
        ["Anna Muster", "Ben Beispiel", "Carla Probe", "Dora Test", "dpa"],
    ),
    (
        "de",
        "Quelle: Statistik Austria, Anna Muster, Ben Beispiel, dpa",
        ["Anna Muster", "Ben Beispiel", "dpa"],
    ),
]


@pytest.mark.parametrize(("lang", "line", "expected"), SOURCES)
def test_source_lines(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, _DIV, line) == expected


def _page(lang: str, inner: str, nav: str = "") -> str:
    return (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body>{nav}<main>"
        f"<article><h1>A new bridge</h1>{inner}</article></main></body></html>"
    )


_STORY3 = f"<p>{STORY['en']}</p>" * 3
_CA3 = f"<p>{STORY['es']}</p>" * 3
PAGES = [
    ("en", "<p>Editorial Staff at the paper voted on Tuesday to strike.</p>" + _STORY3, [], ""),
    (
        "en",
        _STORY3 + "<h2>Editorial Staff</h2><ul><li>Jane Doe, editor</li><li>John Roe</li></ul>",
        [],
        "",
    ),
    (
        "en",
        "<div class='byline'>Editorial Staff</div>" + _STORY3 + "<p>By Jane Doe</p>",
        ["Jane Doe"],
        "",
    ),
    (
        "ca",
        _CA3,
        [],
        "<nav><ul><li><a href='/redaccio'>Redacció</a></li><li>Esports</li></ul></nav>",
    ),
    (
        "ca",
        "<div class='byline'>Redacció</div>" + _CA3 + "<div class='byline'>Per Joan Puig</div>",
        ["Joan Puig"],
        "",
    ),
]


@pytest.mark.parametrize(("lang", "inner", "expected", "nav"), PAGES)
def test_a_desk_word_elsewhere(lang: str, inner: str, expected: list[str], nav: str) -> None:
    assert extract_article(_page(lang, inner, nav), URL).authors == expected
