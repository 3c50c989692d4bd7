"""Bylines on publishers never seen (authors-40): each row a made-up byline on the invented
page of `tests.plugins.byline_lines`; the counter-cases say what must stay as it was.

- A big city alone right before an agency stays the dateline ("Paris, AFP"), but where the
  story opens with its own dateline naming another place, the word is the writer's surname
  ("Messina, ANSA" over "ROMA, 5 dic. -").
- German "Von der Leyen": "von" is her name's particle there, not "by".
- "Quelle: dpa, Anna Muster" in a byline's markup is a source line, as "Source:" is; a
  picture's credit ("Quelle: IMAGO / Sven Simon") names no writer.
- Firms named like persons in a source line ("Charles Schwab") are bodies.
- A spaced Chinese "和" between two one-word names.
- Big cities as their own country spells them ("Warszawa", "Roma", "Wien", "Москва"), and
  as the page's language names them ("Bruselas" on a Spanish page).

Every name, paper and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import STORY, line_authors

_DIV = "<div class='byline'>{}</div>"


def _authors(lang: str, line: str, story: str | None = None) -> list[str]:
    return line_authors(lang, _DIV.format(line), story or STORY[lang])


def _dated(place: str, lang: str) -> str:
    """The language's story opening with a dateline naming `place`."""
    return f"{place}, 5 dic. - {STORY[lang]}"


CITY_WRITER = [
    # the story's own dateline names another place: the big city's word is her surname
    ("it", "Messina, ANSA", _dated("ROMA", "it"), ["Messina", "ANSA"]),
    ("en", "Paris, AFP", f"LONDON - {STORY['en']}", ["Paris", "AFP"]),
    ("es", "Santiago, EFE", _dated("Lima", "es"), ["Santiago", "EFE"]),
    ("en", "Lima, Reuters", f"NEW DELHI, Dec 5 (Reuters) - {STORY['en']}", ["Lima", "Reuters"]),
]

CITY_PLACE = [
    # no dateline in the story, or the same place's: the city is where it was filed
    ("it", "Messina, ANSA", None, ["ANSA"]),
    ("it", "Messina, ANSA", _dated("MESSINA", "it"), ["ANSA"]),
    ("en", "Paris, AFP", f"PARIS - {STORY['en']}", ["AFP"]),
    ("en", "Paris, AFP", None, ["AFP"]),
    ("es", "Santiago, EFE", None, ["EFE"]),
    # a word before a colon that is no place is no dateline
    ("en", "Paris, AFP", f"Exclusive: {STORY['en']}", ["AFP"]),
]


@pytest.mark.parametrize(("lang", "line", "story", "expected"), CITY_WRITER)
def test_big_city_before_agency_is_writer_under_another_dateline(
    lang: str, line: str, story: str, expected: list[str]
) -> None:
    assert _authors(lang, line, story) == expected


@pytest.mark.parametrize(("lang", "line", "story", "expected"), CITY_PLACE)
def test_big_city_before_agency_stays_dateline(
    lang: str, line: str, story: str | None, expected: list[str]
) -> None:
    assert _authors(lang, line, story) == expected


VON_DER = [
    ("de", "Von der Leyen, dpa", ["Von der Leyen", "dpa"]),
    ("de", "Von der Leyen", ["Von der Leyen"]),
    ("de", "von der Lippe, dpa", ["von der Lippe", "dpa"]),
    # counter-cases: a given name after the "by"; a newsroom, a body, a noun after "von der"
    ("de", "Von Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("de", "Von Anna Muster, dpa", ["Anna Muster", "dpa"]),
    ("de", "Von der Redaktion, dpa", ["dpa"]),
    ("de", "Von der Polizei", []),
    ("de", "Von der Stadt Hannover", []),
    ("de", "Von der Verwaltung", []),
    ("nl", "Door Jan van der Berg", ["Jan van der Berg"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), VON_DER)
def test_von_der_is_her_name(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


QUELLE = [
    ("de", "Quelle: dpa, Anna Muster", ["dpa", "Anna Muster"]),
    ("de", "Quelle: Anna Muster, dpa", ["Anna Muster", "dpa"]),
    ("de", "Quelle: dpa", ["dpa"]),
    # counter-cases: a picture's credit, its photographer after a slash; no agency named
    ("de", "Quelle: IMAGO / Sven Simon", []),
    ("de", "Quelle: picture alliance/dpa/Anna Muster", []),
    ("de", "Quelle: IMAGO, Sven Simon", []),
    ("de", "Quelle: Statistisches Bundesamt", []),
    ("en", "Source: Reuters, Jane Doe", ["Reuters", "Jane Doe"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), QUELLE)
def test_quelle_line_in_byline(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


FIRMS = [
    ("en", "Source: Reuters, Charles Schwab", ["Reuters"]),
    ("en", "Source: Reuters, Morgan Stanley", ["Reuters"]),
    ("en", "Source: Charles Schwab, Reuters", ["Reuters"]),
    ("de", "Quelle: dpa, Julius Baer", ["dpa"]),
    # counter-cases: persons of those given names stay; a byline names the writer
    ("en", "Source: Reuters, Charles Smith", ["Reuters", "Charles Smith"]),
    ("en", "Source: Morgan Smith, Reuters", ["Morgan Smith", "Reuters"]),
    ("de", "Quelle: dpa, Julius Bauer", ["dpa", "Julius Bauer"]),
    ("en", "By Morgan Stanley", ["Morgan Stanley"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), FIRMS)
def test_firms_named_like_persons_in_source_lines(
    lang: str, line: str, expected: list[str]
) -> None:
    assert _authors(lang, line) == expected


CHINESE_AND = [
    ("zh", "王明 和 李华", ["王明", "李华"]),
    ("zh", "王明 和 李华 和 张伟", ["王明", "李华", "张伟"]),
    ("zh", "欧阳明月 和 李华", ["欧阳明月", "李华"]),
    ("zh", "王明和李华", ["王明", "李华"]),
    ("zh", "王明", ["王明"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), CHINESE_AND)
def test_chinese_spaced_and(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected


LOCAL_CITIES = [
    ("pl", "Warszawa, PAP", ["PAP"]),
    ("it", "Roma, ANSA", ["ANSA"]),
    ("it", "Milano, ANSA", ["ANSA"]),
    ("it", "Napoli, ANSA", ["ANSA"]),
    ("de", "München, dpa", ["dpa"]),
    ("de", "Wien, APA", ["APA"]),
    ("cs", "Praha, ČTK", ["ČTK"]),
    ("pt", "Lisboa, Lusa", ["Lusa"]),
    ("ru", "Moskva, TASS", ["TASS"]),
    ("ru", "Москва, ТАСС", ["ТАСС"]),
    ("uk", "Київ, Укрінформ", ["Укрінформ"]),
    ("nl", "Den Haag, ANP", ["ANP"]),
    # the city as the page's language names it (CLDR's time-zone cities)
    ("es", "Bruselas, EFE", ["EFE"]),
    ("es", "Nueva York, EFE", ["EFE"]),
    ("fr", "Varsovie, AFP", ["AFP"]),
    ("de", "Warschau, dpa", ["dpa"]),
    ("pl", "Rzym, PAP", ["PAP"]),
    ("es", "Por Ana García, Bruselas, EFE", ["Ana García", "EFE"]),
    # counter-cases: a surname of a small town's name, a city's name with a given name
    ("it", "Bianchi, ASKANEWS", ["Bianchi", "ASKANEWS"]),
    ("it", "Marco Roma, ANSA", ["Marco Roma", "ANSA"]),
    ("pl", "Anna Warszawa, PAP", ["Anna Warszawa", "PAP"]),
]


@pytest.mark.parametrize(("lang", "line", "expected"), LOCAL_CITIES)
def test_big_cities_local_spellings(lang: str, line: str, expected: list[str]) -> None:
    assert _authors(lang, line) == expected
