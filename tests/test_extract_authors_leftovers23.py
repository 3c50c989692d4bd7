"""Bylines an unseen site may print, left over from session 22 (issue 10, authors-23): a
family name before the given one ("Muster, Anna"); a publishing group after the writer
("Lukas Probe / CH Media"); a newsroom after "por la"; an official's title and what the
office serves ("Maire de Lyon"); an interview's kicker naming whom it asks; a column's
title ("From Our Man in Havana"); a Japanese dateline and reporter opening the story's
first paragraph; two Vietnamese writers either side of a dash; Drupal's "Submitted by ...
on <date>"; a closing note on a writer who has died; a Polish "Fot." credit with no colon;
a role and its post before the writer ("Kontributor Bandung, Budi Santoso").

Every name, paper and page here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

URL = "https://www.example.org/news/41"
PARA = (
    "<p>"
    + "An invented paragraph about the town budget and the fire brigade in the winter months. " * 4
    + "</p>"
)
DE = (
    "<p>"
    + "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureissen und neu zu bauen. "
    * 2
    + "</p>"
)


def _authors(
    under_headline: str, lang: str, headline: str = "An invented headline of the story"
) -> list[str]:
    html = (
        f"<html lang='{lang}'><head></head><body><article>"
        f"<h1>{headline}</h1>{under_headline}{PARA}</article></body></html>"
    )
    return extract_article(html, URL).authors


# (lang, byline, authors): read alone (clean_names) and in a byline-classed block
BYLINES = [
    ("de", "Muster, Anna", ["Anna Muster"]),
    ("es", "García, Ana", ["Ana García"]),
    ("de", "Muster, SDA", ["Muster", "SDA"]),  # an agency after one word: as before
    # a surname and where she filed from, no given name (rev-authors23): a town's shape,
    # or a correspondent's post
    ("de", "Muster, Berlin", ["Muster"]),
    ("de", "Von Keller, Oberhausen", ["Keller"]),
    ("de", "Müller, Zürich", ["Müller"]),
    ("de", "Schmidt, Brüssel", ["Schmidt"]),
    ("en", "Smith, Washington", ["Smith"]),
    ("fr", "Dupont, Paris", ["Dupont"]),
    ("de", "Muster, Ewald", ["Ewald Muster"]),  # a given name, "-wald" as a town's too
    ("de", "dpa, Berlin", ["dpa"]),  # an agency and where it filed from
    ("fr", "AFP, Paris", ["AFP"]),
    ("de", "Lukas Probe / CH Media", ["Lukas Probe"]),
    ("de", "Anna Muster / Beispiel Mediengruppe", ["Anna Muster"]),
    ("en", "Jane Doe / PA Media", ["Jane Doe", "PA Media"]),  # an agency stays
    ("fr", "Maire de Lyon", []),
    ("de", "Sprecher vom Ministerium", []),
    ("en", "Mayor of Springfield", []),
    ("es", "Ministro de Hacienda", []),
    ("en", "Minister of Foreign Affairs", []),
    # a role and its desk before the writer's name: hers (rev-authors23)
    ("de", "Leiterin der Lokalredaktion Anna Muster", ["Anna Muster"]),
    ("en", "From Our Man in Havana", []),
    ("en", "By Our Own Correspondent", []),
    ("de", "Von unserer Korrespondentin Anna Muster", ["Anna Muster"]),
    ("vi", "Nguyễn Văn An - Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
    ("vi", "Nguyễn Văn An - Hà Nội", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - TP.HCM", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Phan Thiết", ["Nguyễn Văn An"]),  # a city (rev-authors23)
    ("vi", "Nguyễn Văn An - Lâm Đồng", ["Nguyễn Văn An"]),  # a province
    ("vi", "Nguyễn Văn An - TTXVN", ["Nguyễn Văn An", "TTXVN"]),
    ("en", "Submitted by Jane Doe on Fri, 12/05/2026 - 10:15", ["Jane Doe"]),
    ("en", "Posted by Jane Doe on Friday, December 5, 2026", ["Jane Doe"]),
    ("pl", "Jan Kowalski | Fot. Anna Nowak", ["Jan Kowalski"]),
    ("hu", "Kovács Anna | Fotó: Nagy Péter", ["Kovács Anna"]),
    ("sw", "Juma Mwangi | Picha: Amina Hassan", ["Juma Mwangi"]),
    ("ru", "Иван Петров, РИА Новости", ["Иван Петров", "РИА Новости"]),
    ("id", "Kontributor Bandung, Budi Santoso", ["Budi Santoso"]),
    ("en", "Correspondent Paris, Jane Doe", ["Jane Doe"]),
    ("id", "Wartawan Budi, Jakarta", ["Wartawan Budi"]),  # one word after: as before
    # a contributor after the writer is credited; a line opening so is a sponsor's (rev-authors23)
    ("fr", "Paul Durand, avec la collaboration de l'AFP", ["Paul Durand", "AFP"]),
    ("es", "Con la colaboración de Banco Ejemplo", []),
    ("nl", "Met medewerking van de gemeente Utrecht", []),
    ("es", "Redacción con la colaboración de EFE", ["EFE"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_read_alone(lang: str, byline: str, expected: list[str]) -> None:
    assert clean_names([byline], lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"), BYLINES, ids=[f"{c[0]}-{i}" for i, c in enumerate(BYLINES)]
)
def test_a_byline_block(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>", lang) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        ("es", "Por la Redacción", ["Redacción"]),
        ("fr", "La Rédaction", ["La Rédaction"]),  # a line of its own: as printed
        ("pt", "Da Redação", ["Redação"]),
        ("ro", "De Ion Popescu", ["Ion Popescu"]),
        ("ca", "Per Marta Puig", ["Marta Puig"]),
    ],
)
def test_a_newsroom_or_a_by_word(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>", lang) == expected


MERKEL = (
    "<p>Angela Merkel spricht im Interview über die Krise am Bau, die steigenden Zinsen und "
    "die Frage, warum in den Städten so wenige neue Wohnungen entstehen.</p>"
)


@pytest.mark.parametrize(
    ("headline", "byline", "story", "expected"),
    [
        # whom the interview asks: the headline names her in full, or by her surname before
        # a colon, or by her surname where the story names her in full (rev-authors23)
        ("Angela Merkel: „Wir schaffen das auch diesmal“", "Interview: Angela Merkel", "", []),
        ("Merkel: „Wir schaffen das auch diesmal“", "Interview: Angela Merkel", "", []),
        ("Merkel über die Krise am Bau", "Interview: Angela Merkel", MERKEL, []),
        # the interviewer: the headline names someone else, or no one
        ("„Wir schaffen das auch diesmal“", "Interview: Anna Muster", "", ["Anna Muster"]),
        ("Merkel über die Krise am Bau", "Interview: Anna Muster", MERKEL, ["Anna Muster"]),
        # ... or her surname only as a word of its own, the story naming no one so
        ("Bauer sucht Frau: Die Höfe sterben", "Interview: Max Bauer", "", ["Max Bauer"]),
        ("Der Wolf ist zurück in den Alpen", "Interview: Jan Wolf", "", ["Jan Wolf"]),
        ("Klein, aber fein: der neue Stadtpark", "Interview: Anna Klein", "", ["Anna Klein"]),
    ],
)
def test_an_interviews_kicker(headline: str, byline: str, story: str, expected: list[str]) -> None:
    assert _authors(f"<div class='byline'>{byline}</div>{story}", "de", headline) == expected


LOERRACH = (
    "<p>Die Polizei in Lörrach hat am Dienstag einen Mann festgenommen, der in einem Park am "
    "Fluss Feuer gelegt haben soll; die Stadt will nun mehr Streifen schicken.</p>"
)
QUOTED = (
    "<p>Die Gemeinde hat am Dienstag beschlossen, die alte Brücke abzureissen. Anna Schmidt, "
    "die am Fluss wohnt, freut sich darüber sehr und sagt das auch jedem, der fragt.</p>"
)


@pytest.mark.parametrize(
    ("byline", "story", "url", "expected"),
    [
        # the page names the word after the comma as a place: the story, its dateline, the
        # address's folders (rev-authors23)
        ("Muster, Lörrach", LOERRACH, URL, ["Muster"]),
        ("Muster, Lörrach", "<p>LÖRRACH – " + DE[3:], URL, ["Muster"]),
        ("Muster, Lörrach", DE, "https://www.example.org/loerrach/41", ["Muster"]),
        # a given name the story names before another surname: no place
        ("Muster, Anna", QUOTED, URL, ["Anna Muster"]),
        # two surnames, the writers' links naming the second one's: two writers
        (
            "Meier, Huber",
            "<p><a href='/autoren/eva-meier'>Eva Meier</a> <a href='/autoren/max-huber'>Max Huber</a></p>",
            URL,
            ["Meier", "Huber"],
        ),
    ],
    ids=["story", "dateline", "folder", "given-name-in-story", "two-surnames"],
)
def test_a_surname_and_a_place_or_a_given_name(
    byline: str, story: str, url: str, expected: list[str]
) -> None:
    html = (
        "<html lang='de'><head></head><body><article><h1>Ein erfundener Titel</h1>"
        f"<div class='byline'>{byline}</div>{story}{DE}</article></body></html>"
    )
    assert extract_article(html, url).authors == expected


def _closing_note(note: str) -> list[str]:
    html = (
        "<html lang='de'><body><article><h1>Ein Text über das Reisen</h1>"
        f"{DE}{DE}{DE}<p><em>{note}</em></p></article></body></html>"
    )
    return extract_article(html, URL).authors


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Der Autor Max Frisch starb 1991 in Zürich. Der Text erschien zuerst in einer Zeitschrift.",
            [],
        ),
        ("Die Autorin Anna Muster ist 2019 gestorben; der Text stammt aus ihrem Nachlass.", []),
        ("Die Autorin Anna Muster ist Historikerin in Basel.", ["Anna Muster"]),
        # someone else's death, or years she writes on: a living writer's note (rev-authors23)
        ("Die Autorin Anna Muster schreibt über ihren Vater, der 2019 starb.", ["Anna Muster"]),
        ("Die Autorin Anna Muster ist Historikerin. Ihr Großvater starb 1944.", ["Anna Muster"]),
        ("Die Autorin Anna Muster forscht zu den Jahren 1914-1918 in Basel.", ["Anna Muster"]),
        ("Der Autor Max Frisch (1911–1991) war Schriftsteller in Zürich.", []),
    ],
)
def test_a_closing_note_on_a_writer(note: str, expected: list[str]) -> None:
    assert _closing_note(note) == expected


JA_STORY = "市議会は昨夜、歴史的な中心市街地の自転車道に関する新しい計画を賛成多数で承認した。"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (f"（ワシントン＝山田太郎）{JA_STORY}", ["山田太郎"]),
        (f"（ワシントン＝山田太郎、佐藤花子）{JA_STORY}", ["山田太郎", "佐藤花子"]),
        (f"（ワシントン＝共同）{JA_STORY}", ["共同"]),  # a wire's dispatch: the agency
        (f"（写真＝山田太郎）{JA_STORY}", []),  # a photo's credit, no writer
        (f"（仮称）{JA_STORY}", []),
    ],
)
def test_a_japanese_dateline_opening_the_story(opening: str, expected: list[str]) -> None:
    html = (
        "<html lang='ja'><head><title>自転車道</title></head><body><article><h1>自転車道の新計画</h1>"
        f"<p>{opening}</p><p>{JA_STORY}{JA_STORY}</p><p>{JA_STORY}{JA_STORY}</p></article></body></html>"
    )
    assert extract_article(html, URL).authors == expected
