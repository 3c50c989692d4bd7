"""Printed bylines on invented pages (issue 10, authors-30).

- A date label's word that is the name's own last word, right before a relative time ("John
  Birt 2 hours ago": Icelandic "birt", published; "Nguyễn Văn Đăng 2 giờ trước": "đăng",
  posted): the relative time goes, the name stays whole (each lost its last word before).
- "Just now" after a Korean name alone ("김철수 방금", "김철수 방금 전") and a relative time
  after one ("김철수 3시간 전"); Chinese "刚才", Japanese "今さっき" (whole line, or no writer).
- An agency credited in lower case ("de l'agence France-Presse", "avec l'AFP", "de la agencia
  EFE", "dell'agenzia ANSA"): read as its capitalised credit is ("Agence France-Presse",
  "Agencia EFE": the agency kept beside the writer, as "Jane Doe, AFP" is, or alone).
- "Surname, GIVEN" then the date with no dash, comma or colon ("Smith, JORDAN 3 March 2026"):
  a given name in capitals that is a place too is hers (was dropped as a dateline's place).
- A relative time between two writers ("Jane Doe 12 hours ago, Tom Kay"): both (the second
  was lost).
- An editor's credit beside the writer's in more languages ("Autor: Jan Kowalski, Redakcja:
  Anna Nowak", "Автор: ..., редактор: ...", "Edición:", "Urednik:"): the writer alone; a
  photographer's ("Fotografer:"), "by" after the names (Hindi "द्वारा"), Tagalog "Isinulat
  ni", Tamil "எழுதியவர்:"; an agency's information after the writer ("con información de
  EFE", "com informações da Lusa"): the agency credited beside her.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

# A label's word that is the name's last word: the relative time goes, the name stays
LABEL_NAMES = [
    ("en", "John Birt 2 hours ago", ["John Birt"]),
    ("en", "By John Birt 2 hours ago", ["John Birt"]),
    ("en", "John Birt, 2 hours ago", ["John Birt"]),
    ("en", "Mary Jane Birt 2 hours ago", ["Mary Jane Birt"]),
    ("vi", "Nguyễn Văn Đăng 2 giờ trước", ["Nguyễn Văn Đăng"]),
    ("vi", "Trần Thị Đăng 3 giờ trước", ["Trần Thị Đăng"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), LABEL_NAMES)
def test_a_label_word_that_ends_the_name_stays(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


# "Just now" and a relative time after a name of one word with no space
ONE_WORD_NAMES = [
    ("ko", "김철수 방금", ["김철수"]),
    ("ko", "김철수 방금 전", ["김철수"]),
    ("ko", "김철수 3시간 전", ["김철수"]),
    ("zh", "王小明 刚才", ["王小明"]),
    ("zh", "王小明 剛剛", ["王小明"]),
    ("ja", "山田太郎 今さっき", ["山田太郎"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), ONE_WORD_NAMES)
def test_just_now_after_a_one_word_name_is_the_date(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# An agency credited in lower case, read as its capitalised credit is
AGENCIES = [
    ("fr", "de l'agence France-Presse", ["Agence France-Presse"]),
    ("fr", "Marie Dupont, de l'agence France-Presse", ["Marie Dupont", "Agence France-Presse"]),
    ("fr", "Marie Dupont avec l'AFP", ["Marie Dupont", "AFP"]),
    ("fr", "Avec AFP", ["AFP"]),
    ("de", "Mit dpa", ["dpa"]),
    ("es", "de la agencia EFE", ["EFE"]),
    ("it", "dell'agenzia ANSA", ["ANSA"]),
    ("it", "Mario Rossi, dell'agenzia ANSA", ["Mario Rossi", "ANSA"]),
    ("it", "Mario Rossi, dell’agenzia ANSA", ["Mario Rossi", "ANSA"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), AGENCIES)
def test_an_agency_credited_in_lower_case_is_the_agency(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# "Surname, GIVEN" and the date with no mark: a given name that is a place too is hers
SURNAME_GIVEN = [
    ("en", "Smith, JORDAN 3 March 2026", ["JORDAN Smith"]),
    ("en", "Smith, GEORGIA 3 March 2026", ["GEORGIA Smith"]),
    ("en", "Smith, FLORENCE 3 March 2026", ["FLORENCE Smith"]),
    ("en", "Smith, CHAD 3 March 2026", ["CHAD Smith"]),
    ("en", "Smith, ISRAEL 3 March 2026", ["ISRAEL Smith"]),
    ("en", "Smith, VICTORIA 3 March 2026", ["VICTORIA Smith"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), SURNAME_GIVEN)
def test_a_given_name_in_capitals_after_a_surname_is_hers(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# A relative time between two writers ends no list
BETWEEN = [
    ("en", "Jane Doe 12 hours ago, Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago and Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago · Tom Kay 3 hours ago", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe Just now, Tom Kay", ["Jane Doe", "Tom Kay"]),
    ("en", "Jane Doe 12 hours ago, Updated 3 hours ago", ["Jane Doe"]),
    ("de", "Anna Muster vor 3 Stunden, Peter Bild", ["Anna Muster", "Peter Bild"]),
    ("fr", "Marie Dupont il y a 2 heures et Paul Durand", ["Marie Dupont", "Paul Durand"]),
    ("fr", "Marie Dupont à l'instant, Paul Durand", ["Marie Dupont", "Paul Durand"]),
    ("es", "Juan García hace 3 horas y Ana López", ["Juan García", "Ana López"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), BETWEEN)
def test_a_relative_time_between_writers_keeps_both(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# What the rules above must leave as it was: a label not the name's, a dateline's place
# closed by a mark or a correspondent's post, an agency beside the writer, a date at the end
KEPT = [
    ("en", "Jane Doe Updated 2 hours ago", ["Jane Doe"]),
    ("de", "Anna Muster Aktualisiert vor 2 Stunden", ["Anna Muster"]),
    ("vi", "Nguyễn Văn An Đăng 3 giờ trước", ["Nguyễn Văn An"]),
    ("vi", "Nguyễn Văn An - Đăng 3 giờ trước", ["Nguyễn Văn An"]),
    ("en", "Okafor, LAGOS 3 March 2026", ["Okafor"]),
    ("en", "Smith, JORDAN — 3 March 2026", ["Smith"]),
    ("en", "Smith, JORDAN, 3 March 2026", ["Smith"]),
    ("en", "Smith, JORDAN: 3 March 2026", ["Smith"]),
    ("en", "Smith, PARIS 3 March 2026", ["Smith"]),
    ("en", "By Jane Doe, JORDAN 3 March 2026", ["Jane Doe"]),
    ("en", "Jane Doe 12 hours ago, 3 min read", ["Jane Doe"]),
    ("ko", "김철수 기자 방금", ["김철수"]),
    ("fr", "Marie Dupont (avec AFP)", ["Marie Dupont", "AFP"]),
    ("pt", "da agência Lusa", ["Lusa"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), KEPT)
def test_names_beside_these_shapes_stay(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


# An editor's or photographer's credit beside the writer's, "by" after the names or of two
# words, the label before the name, an agency's information: the writer (and the agency)
CREDITS = [
    ("pl", "Autor: Jan Kowalski, Redakcja: Anna Nowak", ["Jan Kowalski"]),
    ("pl", "Autor: Jan Kowalski Redaktor: Anna Nowak", ["Jan Kowalski"]),
    ("pl", "Redakcja: Anna Nowak | Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("ru", "Автор: Иван Петров. Редактор: Анна Смирнова", ["Иван Петров"]),
    ("ru", "Автор: Иван Петров, Редактор: Анна Смирнова", ["Иван Петров"]),
    ("uk", "Автор: Олена Коваленко, редактор: Іван Петренко", ["Олена Коваленко"]),
    ("hu", "Szerkesztő: Kiss Anna, Szerző: Nagy Péter", ["Nagy Péter"]),
    ("hr", "Autor: Ivan Horvat, Urednik: Ana Kovač", ["Ivan Horvat"]),
    ("lt", "Autorius: Jonas Jonaitis, redaktorė: Ona Jonaitienė", ["Jonas Jonaitis"]),
    ("es", "Texto: Juan García. Edición: Ana López", ["Juan García"]),
    ("pt", "Texto: João Silva | Edição: Maria Souza", ["João Silva"]),
    ("id", "Penulis: Budi Santoso | Fotografer: Andi Wijaya", ["Budi Santoso"]),
    ("hi", "राम शर्मा द्वारा", ["राम शर्मा"]),
    ("tl", "Isinulat ni Juan dela Cruz", ["Juan dela Cruz"]),
    ("ta", "எழுதியவர்: முருகன் சுப்பிரமணியம்", ["முருகன் சுப்பிரமணியம்"]),
    ("es", "Por Juan García, con información de EFE", ["Juan García", "EFE"]),
    ("es", "Juan García con información de EFE", ["Juan García", "EFE"]),
    ("pt", "Por João Silva, com informações da Lusa", ["João Silva", "Lusa"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CREDITS)
def test_the_writer_beside_other_credits_in_more_languages(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# Bylines in these languages read right before and after the rules above (guards)
LANGUAGE_GUARDS = [
    ("pl", "Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("cs", "Autor: Jan Novák", ["Jan Novák"]),
    ("ro", "de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
    ("hu", "Szerző: Nagy Péter", ["Nagy Péter"]),
    ("id", "Penulis: Budi Santoso | Editor: Siti Aminah", ["Budi Santoso"]),
    ("id", "Reporter: Budi Santoso Editor: Siti Aminah", ["Budi Santoso"]),
    ("en", "Writer: Jane Doe | Editor: Tom Kay", ["Jane Doe"]),
    ("el", "Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
    ("el", "Επιμέλεια: Μαρία Νικολάου", ["Μαρία Νικολάου"]),
    ("he", "מאת דנה כהן", ["דנה כהן"]),
    ("ar", "بقلم أحمد علي", ["أحمد علي"]),
    ("ar", "تحرير: أحمد علي", ["أحمد علي"]),
    ("hi", "लेखक: राम शर्मा", ["राम शर्मा"]),
    ("th", "โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
    ("uk", "Автор: Олена Коваленко", ["Олена Коваленко"]),
    ("pl", "Tekst i zdjęcia: Jan Kowalski", ["Jan Kowalski"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), LANGUAGE_GUARDS)
def test_bylines_in_more_languages_stay_read(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected
