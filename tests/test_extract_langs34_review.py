"""Review of the session-34 weekday cut (langs-34): a surname that is a weekday in another
language, or a weekday in a script without capitals, is cut only where the date says so.

Every name and date here is made up. 13 October 2026 is a Tuesday, 15 October a Thursday,
18 October a Sunday.
"""

from __future__ import annotations

import pytest

from newsarchive.extract.authornames import clean_names

# A capitalised word right after a name that is a weekday only in a language other than the
# page's is her surname: an English page writes its weekdays in English.
OTHER_LANGUAGE_SURNAMES = [
    ("en", "By Ana Martes 13 October 2026", ["Ana Martes"]),  # Spanish Tuesday
    ("en", "By Ahmet Pazar 18 October 2026", ["Ahmet Pazar"]),  # Turkish Sunday
    ("en", "By Budi Minggu 18/10/2026", ["Budi Minggu"]),  # Indonesian Sunday
    ("de", "Von Petr Sobota 17.10.2026", ["Petr Sobota"]),  # Czech/Polish Saturday
    ("fr", "Par Juan Domingo 18/10/2026", ["Juan Domingo"]),  # Spanish Sunday
    ("en-GB", "By Maria Domenica 18 October 2026", ["Maria Domenica"]),  # Italian Sunday
]
# Arabic writes no capitals: a family name that is a weekday ("al-Khamis", Thursday) before
# a date on another day stays, as a capitalised one does.
CASELESS_SURNAMES = [
    ("ar", "بقلم: أحمد الخميس 13 أكتوبر 2026", ["أحمد الخميس"]),
    ("ar", "بقلم: سارة السبت 13 أكتوبر 2026", ["سارة السبت"]),
]
# counter-cases: the page's own weekdays, English and German anywhere, a mark between, a
# weekday in its script's "day ..." form, and a caseless weekday on its date, are the date's
STILL_CUT = [
    ("nl", "Door Pieter de Vries Dinsdag 13 oktober 2026", ["Pieter de Vries"]),
    ("nl-NL", "Door Pieter de Vries Dinsdag 13 oktober 2026", ["Pieter de Vries"]),
    ("es", "Por Ana Souza Martes 13/10/2026", ["Ana Souza"]),
    ("", "Door Pieter de Vries Dinsdag 13 oktober 2026", ["Pieter de Vries"]),
    ("fr", "By Jane Doe Tuesday, 13/10/2026", ["Jane Doe"]),
    ("en", "By Jane Doe dinsdag 13 oktober 2026", ["Jane Doe"]),
    ("ar", "بقلم: أحمد محمود الخميس 15 أكتوبر 2026", ["أحمد محمود"]),
    ("ar", "بقلم: أحمد محمود الثلاثاء 13 أكتوبر 2026", ["أحمد محمود"]),
    ("th", "โดย สมชาย ใจดี วันอังคารที่ 13 ตุลาคม พ.ศ. 2569", ["สมชาย ใจดี"]),
    ("he", "מאת דנה כהן יום שלישי, 13 באוקטובר 2026", ["דנה כהן"]),
]


@pytest.mark.parametrize(
    ("lang", "line", "names"), OTHER_LANGUAGE_SURNAMES + CASELESS_SURNAMES + STILL_CUT
)
def test_weekday_surname_or_date(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names


# A Chinese credit line sets its labels apart with full-width bars (U+FF5C) only: the editor's
# and the picture's credits after the writer's name go as after "|".
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("文｜王小明｜编辑｜李华", ["王小明"]),
        ("文｜王小明｜图｜李华", ["王小明"]),
        ("文｜王小明 ｜ 摄影｜李华", ["王小明"]),
        # counter-cases: the bar's label alone, two writers
        ("文｜王小明", ["王小明"]),
        ("文｜王小明、李华", ["王小明", "李华"]),
    ],
)
def test_cjk_credits_between_full_width_bars(line: str, names: list[str]) -> None:
    assert clean_names([line], lang="zh") == names


# "From our contributor" leads as "from our correspondent" does: the role after the
# possessive is a job title in the byline's language, no part of the writer's name.
@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("nl", "Van onze medewerker Jan Jansen", ["Jan Jansen"]),
        ("nl", "Van onze medewerkster Eva Smit", ["Eva Smit"]),
        ("nb", "Fra vår medarbeider Ola Nordmann", ["Ola Nordmann"]),
        ("sv", "Från vår medarbetare Anna Berg", ["Anna Berg"]),
        ("da", "Fra vores medarbejder Mette Hansen", ["Mette Hansen"]),
        ("it", "Dal nostro collaboratore Mario Rossi", ["Mario Rossi"]),
        # counter-cases: the newsroom alone, a name
        ("nl", "Van onze verslaggever", []),
        ("nl", "Door Jan Medewerker", ["Jan Medewerker"]),
    ],
)
def test_from_our_contributor(lang: str, line: str, names: list[str]) -> None:
    assert clean_names([line], lang=lang) == names
