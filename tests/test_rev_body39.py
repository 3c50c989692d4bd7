"""Review of session 39's counted lists and first-ran notes (invented pages).

1. A last sentence "counts" the lines under it only when its number counts things it
   announces: not "dos" ("of the" in Portuguese), not the English "is due", not a digit
   of a date, an amount or a time ("March 3", "$2 million", "1,2 Millionen", "3 Uhr"), not
   a CJK numeral inside a larger one or an ordinal ("十二个", "第三个"), not a span of time
   or a repeat ("for three decades", "om tre veckor", "세 시간"), and not a number after a
   definite article ("The two leaders met", "os dois vereadores"): other stories' titles
   printed under such a sentence still go.
2. The Swedish note with its adverb before the participle ("Artikeln har tidigare
   publicerats i ...") goes as the note; an English note's paper "men's edition" is no
   Swedish "men" clause.

Invented sentences and titles. Each row failed on body-39 before the fix.
"""

from __future__ import annotations

import pytest

from tests.test_body39 import SHARE, _tail
from tests.test_extract_body32 import _lines
from tests.test_extract_body37 import _lines_end

EN2 = [
    "Council approves new cycle lane on the high street",
    "Firefighters rescue cat from a burning house",
]
EN3 = [
    "Council approves new cycle lane",
    "Firefighters rescue cat from a house",
    "New pool opens in June",
]
DE2 = ["Stadtrat beschließt neuen Radweg", "Feuerwehr rettet Katze aus Haus"]
DE3 = [*DE2, "Neues Freibad öffnet im Juni"]
PT2 = ["Câmara aprova nova ciclovia no centro", "Bombeiros salvam gato de casa em chamas"]
ZH3 = ["市议会批准新建自行车道计划", "消防员从火灾中救出一只猫", "新游泳馆将于六月开放"]

# (language, last sentence, other stories' titles under it)
NOT_COUNTS = [
    ("en", "The two leaders met on Friday.", EN2),
    ("en", "The ruling is due next week.", EN2),
    ("en", "The final report is due Friday.", EN2),
    ("en", "The bridge will cost $2 million.", EN2),
    ("en", "The hearing resumes in 2 weeks.", EN2),
    ("en", "The hearing is set for March 3 at the district court.", EN3),
    ("en", "She has lived in the town for three decades.", EN3),
    ("de", "Der Umbau kostete 1,2 Millionen Euro.", DE2),
    ("de", "Die Sitzung beginnt um 3 Uhr.", DE3),
    ("pt", "A maioria dos moradores aprovou o projeto.", PT2),
    ("pt", "O prefeito falou com os dois vereadores na sexta-feira.", PT2),
    (
        "es",
        "Los dos dirigentes se reunieron el viernes.",
        ["El pleno aprueba un nuevo carril bici", "Los bomberos rescatan a un gato"],
    ),
    (
        "it",
        "La sentenza è attesa tra due settimane.",
        ["Il comune approva una nuova pista ciclabile", "I pompieri salvano un gatto"],
    ),
    (
        "sv",
        "Mötet fortsätter om tre veckor.",
        [
            "Kommunen bygger ny cykelbana i centrum",
            "Brandkåren räddade katt ur hus",
            "Nya badhuset öppnar i juni",
        ],
    ),
    (
        "nl",
        "De vergadering duurde drie uur.",
        [
            "Gemeente keurt nieuw fietspad goed",
            "Brandweer redt kat uit brandend huis",
            "Nieuw zwembad opent in juni",
        ],
    ),
    (
        "pl",
        "Posiedzenie trwało trzy godziny.",
        [
            "Rada zatwierdza nową ścieżkę rowerową",
            "Strażacy ratują kota z pożaru",
            "Nowy basen otwarty w czerwcu",
        ],
    ),
    (
        "tr",
        "Toplantı üç saat sürdü.",
        [
            "Belediye yeni bisiklet yolunu onayladı",
            "İtfaiye yanan evden kediyi kurtardı",
            "Yeni havuz haziranda açılıyor",
        ],
    ),
    ("zh", "会议于下午三点结束。", ZH3),
    ("zh", "这是今年第三个重新开放的图书馆。", ZH3),
    ("zh", "会议讨论了十二个问题。", ZH3[:2]),
    (
        "ja",
        "会議は二十三件の議案を審議した。",
        [
            "市議会が新しい自転車道を承認",
            "消防が火災現場から猫を救出",
            "新しい市民プールが六月に開業",
        ],
    ),
    (
        "ko",
        "회의는 세 시간 동안 계속됐다.",
        [
            "시의회, 새 자전거도로 계획 승인",
            "소방대, 화재 현장서 고양이 구조",
            "새 시민 수영장 6월 개장",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "last", "titles"), NOT_COUNTS)
def test_titles_under_a_number_that_counts_no_list_go(
    lang: str, last: str, titles: list[str]
) -> None:
    got = _lines_end(lang, _tail(last, titles, SHARE))
    assert last in got
    assert [t for t in titles if t in got] == []


# (language, note) -- the note in the word orders a newsroom writes it
NOTES_GO = [
    ("sv", "Artikeln har tidigare publicerats i Hamnbladet."),
    ("sv", "Texten har ursprungligen publicerats i Kustposten."),
    ("en", "This article was first published in Health Weekly, men's edition."),
]


@pytest.mark.parametrize(("lang", "note"), NOTES_GO)
@pytest.mark.parametrize("where", ["middle", "end"])
def test_first_ran_notes_go(lang: str, note: str, where: str) -> None:
    got = (
        _lines(lang, f"<p>{note}</p>") if where == "middle" else _lines_end(lang, f"<p>{note}</p>")
    )
    assert note not in got
