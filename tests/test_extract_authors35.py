"""Writers on publishers never seen (issue 10, authors-35).

- A weekday that is the surname of a two-word name, the date right after it on that very day
  ("Por Juan Domingo 18/10/2026", 18 October 2026 a Sunday): her surname, not the date's
  weekday; after a mark, or after a name of two words, it stays the date's.
- An agency's letters that are a given name too after a surname ("Sharma, ANI") in an
  English wire story on a page that declares another language (`de`): the agency, as on an
  English page; her given name where the story is in the page's own language.
- "Van onze verslaggever, Amsterdam": a place after a correspondent's label ("our
  reporter") is where she filed from, no person; a name there stays.
- Korean and Japanese wire shapes: "홍길동 기자 = " (the reporter, then the "=" the story
  runs on after), the dateline and reporter in lenticular brackets as in round ones, and
  Kyodo's tag closing a story in full-width brackets (the agency, as "(共同)" is).
- "Allikas: ERR, BNS" closing a story: a source line credits its agencies, and an outlet's
  letters beside one ("ERR", "ORF": the newsroom the text came from, as a byline credits
  it); a public body's or a party's letters, or an office, are where a figure came from,
  no writer; a line naming no agency credits no one, as before.
- "Mit Material von dpa" closing a story with no byline: the agency, as under the headline
  and as "(dpa)" closing it.
- An author box after the story whose sentence opens with her name in plain type ("Über die
  Autorin" / "Anna Müller ist Redakteurin im Ressort Politik."): her, as a name set in bold
  there is.
- A Japanese story opening with its dateline and an agency in brackets ("【ワシントン共同】",
  Kyodo from Washington), no byline: the agency, as its closing tag credits it.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, byline_authors, closing_authors, line_authors

# 18 October 2026 is a Sunday, 17 October a Saturday
WEEKDAY_SURNAME_ON_ITS_DAY = [
    ("es", "Por Juan Domingo 18/10/2026", ["Juan Domingo"]),
    ("pt", "Por João Domingo 18/10/2026", ["João Domingo"]),
    ("de", "Von Anna Sonntag 18.10.2026", ["Anna Sonntag"]),
    ("it", "Di Marco Domenica 18/10/2026", ["Marco Domenica"]),
    ("de", "Von Thomas Samstag 17.10.2026", ["Thomas Samstag"]),
    # a comma before the date: a byline of a given name alone is rarer still
    ("es", "Por Juan Domingo, 18/10/2026", ["Juan Domingo"]),
    ("de", "Von Karl Sonntag, 18.10.2026", ["Karl Sonntag"]),
    # counter-cases: a mark before the weekday, a name of two words before it, a desk's
    # word before it, a lower-case weekday: the date's weekday
    ("de", "Von Karl | Sonntag, 18.10.2026", ["Karl"]),
    ("es", "Por Ana Martínez Domingo 18/10/2026", ["Ana Martínez"]),
    ("de", "Von Anna Müller Sonntag 18.10.2026", ["Anna Müller"]),
    ("de", "Lokales Sonntag 18.10.2026", []),
    ("es", "Por Juan domingo 18/10/2026", ["Juan"]),
    # another day: her surname already
    ("es", "Por Juan Domingo 17/10/2026", ["Juan Domingo"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), WEEKDAY_SURNAME_ON_ITS_DAY)
def test_a_weekday_surname_on_its_own_day(lang: str, byline: str, expected: list[str]) -> None:
    assert byline_authors(lang, byline) == expected


ENGLISH_WIRE_STORY = (
    "The federal government on Monday approved a plan to widen the coastal highway, officials"
    " said, adding that work on the first stretch would begin before the monsoon arrives."
)
WIRE_STORY_ON_A_PAGE_OF_ANOTHER_LANGUAGE = [
    ("de", "Sharma, ANI", ENGLISH_WIRE_STORY, ["Sharma", "ANI"]),
    ("fr", "Haddad, PETRA", ENGLISH_WIRE_STORY, ["Haddad", "PETRA"]),
    ("it", "Okafor, NAN", ENGLISH_WIRE_STORY, ["Okafor", "NAN"]),
    # counter-cases: the story in the page's own language: her given name in capitals
    ("de", "Müller, ANI", STORY["de"], ["ANI Müller"]),
    ("fr", "Dupont, PETRA", STORY["fr"], ["PETRA Dupont"]),
    # a given name in title case is hers whatever the story's language
    ("de", "Müller, Petra", ENGLISH_WIRE_STORY, ["Petra Müller"]),
]


@pytest.mark.parametrize(
    ("lang", "byline", "story", "expected"), WIRE_STORY_ON_A_PAGE_OF_ANOTHER_LANGUAGE
)
def test_an_agencys_letters_by_the_storys_own_language(
    lang: str, byline: str, story: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline, story) == expected


OUR_CORRESPONDENT_AND_A_PLACE = [
    ("nl", "Van onze verslaggever, Amsterdam", []),
    ("nl", "Van onze correspondent, Brussel", []),
    ("en", "From our correspondent, Paris", []),
    ("en", "By our special correspondent, New York", []),
    ("fr", "De notre correspondant, Berlin", []),
    ("it", "Dal nostro inviato, Roma", []),
    ("de", "Von unserem Korrespondenten, Brüssel", []),
    ("de", "Von unserer Korrespondentin, Wien", []),
    ("es", "De nuestro corresponsal, Madrid", []),
    # counter-cases: a writer named after the label, or before the place
    ("nl", "Van onze verslaggever, Jan de Vries", ["Jan de Vries"]),
    ("nl", "Van onze verslaggever Jan de Vries, Amsterdam", ["Jan de Vries"]),
    ("de", "Von unserer Korrespondentin Anna Müller, Wien", ["Anna Müller"]),
    ("de", "Von Anna Müller, Wien", ["Anna Müller"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), OUR_CORRESPONDENT_AND_A_PLACE)
def test_a_place_after_our_correspondent_is_no_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


KOREAN_REPORTER_AND_EQUALS = [
    ("홍길동 기자 = ", ["홍길동"]),
    ("홍길동 기자=", ["홍길동"]),
    ("홍길동 특파원 = ", ["홍길동"]),
    ("[서울=뉴시스]홍길동 기자 = ", ["홍길동"]),
    ("(서울=연합뉴스) 홍길동 기자 =", ["홍길동"]),
    ("홍길동·김철수 기자 = ", ["홍길동", "김철수"]),
    # counter-cases: the reporter with no "=", and with the agency's dateline before him
    ("홍길동 기자", ["홍길동"]),
    ("[서울=뉴시스]홍길동 기자", ["홍길동"]),
]


@pytest.mark.parametrize(("byline", "expected"), KOREAN_REPORTER_AND_EQUALS)
def test_a_korean_reporter_before_the_equals_sign(byline: str, expected: list[str]) -> None:
    assert byline_authors("ko", byline) == expected


JAPANESE_DATELINE_IN_BRACKETS = [
    ("<p>【ワシントン＝山田太郎】</p>", "", ["山田太郎"]),
    ("", "【ワシントン＝山田太郎】", ["山田太郎"]),
    ("<p>（ワシントン＝山田太郎）</p>", "", ["山田太郎"]),
    # counter-cases: a photo's source in the same brackets, a headline's kicker
    ("<p>【写真＝山田太郎】</p>", "", []),
    ("<p>【速報】</p>", "", []),
]


@pytest.mark.parametrize(("line", "lead", "expected"), JAPANESE_DATELINE_IN_BRACKETS)
def test_a_japanese_dateline_and_reporter_in_lenticular_brackets(
    line: str, lead: str, expected: list[str]
) -> None:
    assert line_authors("ja", line, lead + STORY["ja"]) == expected


FULL_WIDTH_CLOSING_AGENCY = [
    ("ja", "（共同）", ["共同"]),
    ("ja", "（時事）", ["時事"]),
    ("zh", "（新华社）", ["新华社"]),
    # counter-cases: the same in narrow brackets; a word in brackets that is no agency
    ("ja", "(共同)", ["共同"]),
    ("ja", "（了）", []),
    ("ja", "（注）", []),
]


@pytest.mark.parametrize(("lang", "last", "expected"), FULL_WIDTH_CLOSING_AGENCY)
def test_an_agency_in_full_width_brackets_closing_a_story(
    lang: str, last: str, expected: list[str]
) -> None:
    assert closing_authors(lang, last) == expected


def run_on_tag_authors(lang: str, tag: str) -> list[str]:
    """The authors of a story whose last paragraph ends with `tag` run on (no byline)."""
    text = STORY[lang] * 2  # paragraphs of a story's length in a script of few letters
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'><p>{text}</p><p>{text}</p><p>{text}{tag}</p>"
        "</div></article></main></body></html>"
    )
    return extract_article(page, URL).authors


RUN_ON_FULL_WIDTH_TAG = [
    ("ja", "（共同）", ["共同"]),
    ("zh", "（新华社）", ["新华社"]),
    # counter-cases: a bracket that is no agency's
    ("ja", "（了）", []),
    ("zh", "（完）", []),
]


@pytest.mark.parametrize(("lang", "tag", "expected"), RUN_ON_FULL_WIDTH_TAG)
def test_an_agency_in_full_width_brackets_after_the_last_sentence(
    lang: str, tag: str, expected: list[str]
) -> None:
    assert run_on_tag_authors(lang, tag) == expected


CLOSING_SOURCES = [
    # beside an agency, other letters are where a figure came from, as an institute's,
    # a company's or a police's are ("RKI", "BMW", "FBI"): no list tells an outlet's letters
    # from theirs, and on the outlet's own site its letters are the publisher's anyway
    ("et", "Allikas: ERR, BNS", ["BNS"]),
    ("de", "Quelle: APA, ORF", ["APA"]),
    ("de", "Quelle: dpa, RKI", ["dpa"]),
    ("de", "Quelle: dpa, BMW", ["dpa"]),
    ("de", "Quelle: dpa, NASA", ["dpa"]),
    ("en", "Source: AP, FBI", ["AP"]),
    ("en", "Source: Reuters, CDC", ["Reuters"]),
    ("de", "Quelle: dpa, Stadtverwaltung", ["dpa"]),
    ("de", "Quelle: dpa, WHO", ["dpa"]),
    ("de", "Quelle: dpa, SPD", ["dpa"]),
    # counter-cases: as before, agencies alone, no agency at all
    ("et", "Allikas: BNS", ["BNS"]),
    ("de", "Quelle: dpa/AFP", ["dpa", "AFP"]),
    ("et", "Allikas: ERR", []),
    ("de", "Quelle: WHO", []),
    ("de", "Quelle: Stadtverwaltung", []),
]


@pytest.mark.parametrize(("lang", "last", "expected"), CLOSING_SOURCES)
def test_a_closing_source_line_credits_its_agencies_and_outlets(
    lang: str, last: str, expected: list[str]
) -> None:
    assert closing_authors(lang, last) == expected


CLOSING_MATERIAL_FROM = [
    ("de", "Mit Material von dpa", ["dpa"]),
    ("de", "mit Material von dpa und AFP", ["dpa", "AFP"]),
    ("de", "(Mit Material von dpa)", ["dpa"]),
    ("de", "Mit Material von dpa.", ["dpa"]),
    ("en", "With additional reporting by Reuters", ["Reuters"]),
    # counter-cases: material from no agency, a sentence of the story
    ("de", "Mit Material von Greenpeace", []),
    ("de", "Mit Material von der Stadt", []),
]


@pytest.mark.parametrize(("lang", "last", "expected"), CLOSING_MATERIAL_FROM)
def test_material_from_an_agency_closing_a_story(lang: str, last: str, expected: list[str]) -> None:
    assert closing_authors(lang, last) == expected


def box_authors(lang: str, box: str) -> list[str]:
    """The authors of a story with no byline and `box` (markup) after it."""
    story = "".join(f"<p>{STORY[lang]}</p>" for _ in range(3))
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'>{story}</div>{box}"
        "</article></main></body></html>"
    )
    return extract_article(page, URL).authors


AUTHOR_BOX_SENTENCE = [
    (
        "de",
        "<aside><h3>Über die Autorin</h3><p>Anna Müller ist Redakteurin im Ressort Politik.</p>"
        "</aside>",
        ["Anna Müller"],
    ),
    (
        "de",
        "<div><h4>Über den Autor</h4><p>Jan von Schulz, Jahrgang 1980, berichtet aus Brüssel.</p>"
        "</div>",
        ["Jan von Schulz"],
    ),
    (
        "en",
        "<section><h3>About the author</h3><p>Jane Doe is a reporter on the city desk.</p>"
        "</section>",
        ["Jane Doe"],
    ),
    # counter-cases: a sentence opening with no given name, a link list, a name in bold
    (
        "de",
        "<aside><h3>Über die Autorin</h3><p>Die Autorin ist Redakteurin im Ressort Politik.</p>"
        "</aside>",
        [],
    ),
    (
        "de",
        "<aside><h3>Über den Autor</h3><p>Weitere Artikel lesen Sie hier.</p></aside>",
        [],
    ),
    (
        "de",
        "<aside><h3>Über die Autorin</h3><p><b>Anna Müller</b> ist Redakteurin.</p></aside>",
        ["Anna Müller"],
    ),
    # counter-cases: capitalised words opening a sentence that are no writer's name: a
    # paper before a job word, a prize, a name of three words (someone famous the box
    # mentions, not a byline's given name and surname)
    (
        "en",
        "<section><h3>About the author</h3><p>Washington Post reporter Jane Doe covers schools."
        "</p></section>",
        [],
    ),
    (
        "en",
        "<section><h3>About the author</h3><p>Jane Austen Prize winner Tom Lee writes on books."
        "</p></section>",
        [],
    ),
    (
        "de",
        "<aside><h3>Über den Autor</h3><p>Martin Luther King gilt ihm als Vorbild.</p></aside>",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "box", "expected"), AUTHOR_BOX_SENTENCE)
def test_an_author_box_sentence_opening_with_her_name(
    lang: str, box: str, expected: list[str]
) -> None:
    assert box_authors(lang, box) == expected


JAPANESE_DISPATCH_OPENING = [
    ("【ワシントン共同】", ["共同"]),
    ("【北京時事】", ["時事"]),
    ("（ロンドン共同）", ["共同"]),
    # counter-cases: a reporter's name after the sign, a kicker in the same brackets
    ("【ワシントン＝山田太郎】", ["山田太郎"]),
    ("【速報】", []),
    ("【共同研究】", []),
    # "共同" is also the word "joint": a kicker of who did something together ("Japan-US
    # joint", "industry-academia joint", "public-private joint") is no dateline
    ("【日米共同】", []),
    ("【産学共同】", []),
    ("（官民共同）", []),
    # a foreign town in katakana, a known one in kanji: the dateline
    ("【モスクワ共同】", ["共同"]),
    ("【上海共同】", ["共同"]),
]


@pytest.mark.parametrize(("lead", "expected"), JAPANESE_DISPATCH_OPENING)
def test_a_japanese_dispatch_opening_credits_the_agency(lead: str, expected: list[str]) -> None:
    assert line_authors("ja", "", lead + STORY["ja"]) == expected
