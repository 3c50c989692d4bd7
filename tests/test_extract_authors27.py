"""Printed bylines on invented pages (issue 10, authors-27).

- "Surname, Word" printed as a dateline (a date or a dash after it): the word is where she
  filed from only where it is a place by some sign (a town or region some country has, of any
  size; a country's name; capitals; a town's ending; the page names it), else a given name
  the tables lack ("Okafor, Chidi, 3 March 2026"; was: "Okafor" and a place "Chidi"). A
  dateline alone ("LAGOS, 3 March 2026") names no writer.
- A town and its region or country ("El Paso, Texas") is a place, no "Texas El Paso".
- Each language's "and" between writers: "Surname, Given" pairs joined by Indonesian or Malay
  "dan", CLDR's "and" of the page's language (Irish "agus", Basque "eta"), "Teks dan foto:".
- A role in brackets after a name printed surname first ("Muster, Anna (Text)").

Every name, paper, address and sentence here is made up for the test.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_pages import STORY as BYLINE_STORY

# the languages byline_pages has the same sentence for, then this file's own
STORY = {lang: BYLINE_STORY[lang] for lang in ("en", "de", "fr", "es", "it", "sv", "nl", "tr")} | {
    "id": "Dewan kota memutuskan pada hari Selasa untuk membongkar jembatan tua di atas sungai dan membangun yang baru mulai musim depan.",
    "ms": "Majlis bandaran memutuskan pada hari Selasa untuk merobohkan jambatan lama di atas sungai dan membina yang baharu tahun depan.",
    "ga": "Chinn an chomhairle Dé Máirt an seandroichead thar an abhainn a leagan agus ceann nua a thógáil, agus tosóidh an obair san earrach.",
    "eu": "Udalak asteartean erabaki zuen ibaiaren gaineko zubi zaharra botatzea eta berri bat eraikitzea; lanak udaberrian hasiko dira.",
    "so": "Golaha magaaladu wuxuu Talaadadii go'aansaday in la dumiyo buundada duugga ah ee webiga dushiisa oo mid cusub la dhiso guga.",
    "az": "Şəhər şurası çərşənbə axşamı çay üzərindəki köhnə körpünü sökmək və yenisini tikmək qərarına gəldi; işlər yazda başlayacaq.",
}
URL = "https://www.example-courier.test/news/a-new-bridge-4711.html"


def _authors(lang: str, byline: str, story: str = "") -> list[str]:
    text = story or STORY[lang]
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='byline'>{byline}</div>"
        f"<div class='text'>{f'<p>{text}</p>' * 3}</div></article></main></body></html>"
    )
    return extract_article(page, URL).authors


# A word no table holds after "Surname," and before the date or a dash: her given name
GIVEN_BEFORE_DATE = [
    ("en", "Okafor, Chidi, 3 March 2026", ["Chidi Okafor"]),
    ("en", "Okafor, Chidi —", ["Chidi Okafor"]),
    ("en", "Adebayo, Temitope - ", ["Temitope Adebayo"]),
    ("de", "Muster, Smilla, 3. März 2026", ["Smilla Muster"]),
    ("de", "Yılmaz, Kübra –", ["Kübra Yılmaz"]),
    ("fr", "Diallo, Oumou, 3 mars 2026", ["Oumou Diallo"]),
    ("es", "Quispe, Yupanqui, 3 de diciembre de 2026", ["Yupanqui Quispe"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), GIVEN_BEFORE_DATE)
def test_a_word_no_table_holds_before_the_date_is_a_given_name(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# ... and a place by some sign stays where she filed from: a town or region some country has,
# a country's name in the page's language or English, capitals, the page naming it
PLACE_BEFORE_DATE = [
    ("en", "Okafor, Lagos, 3 March 2026", ["Okafor"]),  # a town
    ("en", "Okafor, LAGOS —", ["Okafor"]),  # capitals
    ("en", "Okafor, ENUGU, 3 March 2026", ["Okafor"]),
    ("en", "Okafor, Nigeria —", ["Okafor"]),  # a country, CLDR's English name
    ("de", "Muster, Schweiz —", ["Muster"]),  # and its German one
    ("fr", "Dupont, Suisse, 3 mars 2026", ["Dupont"]),
    ("de", "Muster, Bayern –", ["Muster"]),  # a region
    ("en", "Haugen, Tromsø —", ["Haugen"]),  # a small far town, printed as a dateline
    ("en", "Roe, Oldham, 3 March 2026", ["Roe"]),  # a town's ending
    ("de", "Muster, SDA —", ["Muster", "SDA"]),  # an agency stays
]


@pytest.mark.parametrize(("lang", "byline", "expected"), PLACE_BEFORE_DATE)
def test_a_place_before_the_date_is_where_she_filed_from(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A place in no table, where the story names it: where she filed from
STORY_NAMES = [
    (
        "fr",
        "Dupont, Lodève —",
        "Le conseil municipal de Lodève a décidé mardi de démolir le vieux pont sur la rivière et d'en construire un nouveau, les travaux débutant au printemps.",
    ),
    (
        "es",
        "García, Benasque, 3 de diciembre de 2026",
        "El ayuntamiento de Benasque decidió el martes derribar el viejo puente sobre el río y construir uno nuevo; las obras comenzarán en primavera.",
    ),
    (
        "sv",
        "Berg, Åre —",
        "Kommunfullmäktige i Åre beslutade på tisdagen att riva den gamla bron över ån och bygga en ny; arbetet ska börja under våren.",
    ),
]


@pytest.mark.parametrize(("lang", "byline", "story"), STORY_NAMES)
def test_a_small_town_the_story_names_is_where_she_filed_from(
    lang: str, byline: str, story: str
) -> None:
    assert _authors(lang, byline, story) == [byline.partition(",")[0]]


# A dateline alone in the byline's place: no writer
DATELINES_ALONE = [
    ("en", "LAGOS, 3 March 2026"),
    ("en", "Lagos, 3 March 2026"),
    ("en", "NAIROBI, March 3, 2026"),
    ("de", "BERLIN, 3. März 2026"),
    ("en", "KUALA LUMPUR —"),
    # (rev-authors27: each was read as a writer) a town of two words not in capitals, a
    # country's name, the date after French "le"
    ("en", "Kuala Lumpur —"),
    ("en", "Nigeria, 3 March 2026"),
    ("de", "Schweiz —"),
    ("fr", "Dakar, le 3 mars 2026"),
]


@pytest.mark.parametrize(("lang", "byline"), DATELINES_ALONE)
def test_a_dateline_alone_names_no_writer(lang: str, byline: str) -> None:
    assert _authors(lang, byline) == []


# ... an agency or a writer after the dateline's date stays credited (rev-authors27: was
# no one, the whole line read as a dateline)
DATELINE_THEN_CREDIT = [
    ("en", "LAGOS, 3 March (Reuters) —", ["Reuters"]),
    ("en", "NAIROBI, March 3, 2026 (AP) —", ["AP"]),
    ("de", "BERLIN, 3. März 2026 (dpa)", ["dpa"]),
    ("en", "LAGOS, 3 March 2026, Jane Doe", ["Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), DATELINE_THEN_CREDIT)
def test_a_credit_after_the_datelines_date_stays(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


@pytest.mark.parametrize(
    ("lang", "byline", "expected"),
    [
        ("en", "AFP, 3 March 2026", ["AFP"]),
        ("en", "Jane Doe, 3 March 2026", ["Jane Doe"]),
        ("en", "Okafor, 3 March 2026", ["Okafor"]),
        ("en", "Paris Hilton, 3 March 2026", ["Paris Hilton"]),  # a given name first
        ("fr", "Jean Dupont, le 3 mars 2026", ["Jean Dupont"]),
        ("fr", "Dupont, le 3 mars 2026", ["Dupont"]),
    ],
)
def test_a_writer_or_agency_before_the_date_stays(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected


# A town, then its region or country: a place, no writer printed surname first
TOWN_AND_REGION = [
    ("en", "El Paso, Texas", []),  # was "Texas El Paso"
    ("en", "By Jane Doe, El Paso, Texas", ["Jane Doe"]),  # was "Jane Doe", "El Paso"
    ("en", "Doe, Jane, El Paso, Texas", ["Jane Doe"]),
    ("en", "Lagos, Nigeria", []),
    ("en", "Okafor, Chidi, Lagos, Nigeria", ["Chidi Okafor"]),
    ("de", "Anna Muster, Kempten, Bayern", ["Anna Muster"]),
    ("de", "Lörrach, Deutschland", []),
    # a surname that is a village, and a town: the writer and where she filed from
    ("it", "Bianchi, Lecco", ["Bianchi"]),
    # two towns of one country: her name ("Nakamura", "Hikari" are Japanese towns)
    ("en", "Nakamura, Hikari", ["Hikari Nakamura"]),
    # a one-word town and a region that is no given name (rev-authors27; was "Jackson" a
    # writer and "Mississippi" where she filed from)
    ("en", "Jackson, Mississippi", []),
    ("en", "Lincoln, Nebraska", []),
    ("de", "Kempten, Bayern", []),
    ("en", "Jackson, Mississippi, 3 March 2026", []),
    # ... a given name there is hers: "Jackson, Michael", "Jordan, Georgia"
    ("en", "Jackson, Michael", ["Michael Jackson"]),
    ("en", "Jordan, Georgia", ["Georgia Jordan"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), TOWN_AND_REGION)
def test_a_town_and_its_region_is_a_place(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


# Each language's "and" between writers
AND_LISTS = [
    ("id", "Nurhaliza, Siti dan Fauzi, Ahmad", ["Siti Nurhaliza", "Ahmad Fauzi"]),
    ("ms", "Ismail, Aisyah dan Hassan, Farid", ["Aisyah Ismail", "Farid Hassan"]),
    ("id", "Teks dan foto: Siti Nurhaliza", ["Siti Nurhaliza"]),
    ("tr", "Metin ve fotoğraf: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
    # CLDR's "and" of the page's language, no table's
    ("ga", "Máire Ní Bhriain agus Seán Ó Murchú", ["Máire Ní Bhriain", "Seán Ó Murchú"]),
    ("eu", "Ane Etxeberria eta Jon Agirre", ["Ane Etxeberria", "Jon Agirre"]),
    ("so", "Ahmed Cali iyo Faadumo Xasan", ["Ahmed Cali", "Faadumo Xasan"]),
    ("az", "Leyla Məmmədova və Elvin Əliyev", ["Leyla Məmmədova", "Elvin Əliyev"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), AND_LISTS)
def test_each_languages_and_joins_two_writers(lang: str, byline: str, expected: list[str]) -> None:
    assert _authors(lang, byline) == expected


def test_another_languages_and_joins_nothing() -> None:
    # Irish "agus" on an English page is no "and": one writer's words, as before
    assert _authors("en", "Jane Doe eta John Roe") == ["Jane Doe eta John Roe"]


# A role in brackets after each writer printed surname first
ROLES = [
    ("de", "Muster, Anna (Text), Probe, Jan (Fotos)", ["Anna Muster"]),
    ("de", "Muster, Anna (Text) und Probe, Jan (Fotos)", ["Anna Muster"]),
    ("de", "Muster, Anna (Text); Probe, Jan (Fotos)", ["Anna Muster"]),
    ("de", "Muster, Anna (Text), Probe, Jan (Text)", ["Anna Muster", "Jan Probe"]),
    ("de", "Muster, Anna (Redakteurin)", ["Anna Muster"]),
    ("en", "Doe, Jane (text), Roe, John (photos)", ["Jane Doe"]),
    ("fr", "Dupont, Jean (texte), Martin, Luc (photos)", ["Jean Dupont"]),
    ("nl", "de Vries, Saar (tekst), Bakker, Tim (foto's)", ["Saar de Vries"]),
    ("de", "Muster, Anna (dpa)", ["Anna Muster", "dpa"]),  # an agency stays credited
]


@pytest.mark.parametrize(("lang", "byline", "expected"), ROLES)
def test_a_role_in_brackets_after_a_name_surname_first(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert _authors(lang, byline) == expected
