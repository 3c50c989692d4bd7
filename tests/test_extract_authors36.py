"""Writers on publishers never seen (issue 10, authors-36).

- A weekday that is a surname after a known given name, before a short date with no year
  ("By Grace Sunday, 18 Oct", "Von Karl Freitag, 3. Dez."): her surname (read right already;
  kept here with its counter-cases).
- An Arabic byline before a date of three words and more ("بقلم أحمد علي 3 ديسمبر 2026"):
  the writer (read right already).
- A closing source line naming a person and an agency ("Allikas: Mari Tamm, BNS"): both, as
  a writer's label ("Tekst: Mari Tamm, BNS") credits them: the agency's reporter. A person
  alone, or beside no agency, in a source line is where a figure or a quote came from: no one.
- A Japanese story closing with its reporter's name in full-width brackets (山田太郎), as
  its own short paragraph or after the last sentence: hers; notes in the same brackets
  (honorifics left out, the end, a series' part, an office) credit no one. A paragraph of
  kanji and kana is measured with each character counted twice: 60 of them are a story's.
- An "about the author" box on a book review (the page prints the book's ISBN or types it
  Book in JSON-LD) naming the person the review speaks of: the book's author, no writer.
- Byline labels in Polish, Czech, Finnish, Greek, Hungarian, Romanian, Indonesian, Swahili,
  Hindi and Ukrainian.

Every name, paper, address, book and sentence here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, byline_authors, closing_authors, line_authors

# 18 October 2026 is a Sunday, 4 December 2026 a Friday
WEEKDAY_SURNAME_SHORT_DATE = [
    ("en", "By Grace Sunday, 18 Oct", ["Grace Sunday"]),
    ("en", "By Grace Sunday 18 Oct", ["Grace Sunday"]),
    ("en", "By Grace Monday, Oct 19", ["Grace Monday"]),
    ("de", "Von Karl Freitag, 4. Dez.", ["Karl Freitag"]),
    ("de", "Von Karl Freitag 4. Dez.", ["Karl Freitag"]),
    ("es", "Por Juan Domingo, 18 oct.", ["Juan Domingo"]),
    ("fr", "Par Paul Dimanche, le 18 oct.", ["Paul Dimanche"]),
    ("it", "Di Marco Domenica, 18 ott.", ["Marco Domenica"]),
    # counter-cases: a mark before the weekday, a name of two words before it
    ("en", "By Grace | Sunday, 18 Oct", ["Grace"]),
    ("en", "By Grace Hopper Sunday, 18 Oct", ["Grace Hopper"]),
    ("de", "Von Anna Müller Freitag, 4. Dez.", ["Anna Müller"]),
    ("de", "Von Anna Müller Freitag 04.12.", ["Anna Müller"]),
    ("de", "Von Thomas Freitag 04.12.", ["Thomas Freitag"]),
    # counter-cases (review): a given name right before the weekday (a name of three
    # words, "Mary Ann Sunday"), or one word alone that is no given name: her surname
    ("en", "By Mary Ann Sunday, 18 Oct", ["Mary Ann Sunday"]),
    ("en", "By Anna Maria Friday, 4 Dec", ["Anna Maria Friday"]),
    ("de", "Von Anna Maria Freitag, 4. Dez.", ["Anna Maria Freitag"]),
    ("en", "By Hopper Sunday, 18 Oct", ["Hopper Sunday"]),
    # with its year the date says which: her surname on another day
    ("en", "By Grace Hopper Sunday, 18 Oct 2026", ["Grace Hopper"]),
    ("de", "Von Anna Müller Freitag, 03.12.2026", ["Anna Müller Freitag"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), WEEKDAY_SURNAME_SHORT_DATE)
def test_a_weekday_surname_before_a_date_without_year(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


ARABIC_BYLINE_AND_DATE = [
    "بقلم أحمد علي 3 ديسمبر 2026",
    "بقلم أحمد علي الخميس 3 ديسمبر 2026",
    "بقلم: أحمد علي 3 ديسمبر 2026 10:30",
    "كتب أحمد علي - 3 ديسمبر 2026",
]


@pytest.mark.parametrize("byline", ARABIC_BYLINE_AND_DATE)
@pytest.mark.parametrize("markup", ["<div class='byline'>{}</div>", "<p>{}</p>"])
def test_an_arabic_byline_before_a_long_date(byline: str, markup: str) -> None:
    assert line_authors("ar", markup.format(byline)) == ["أحمد علي"]


def test_an_arabic_sentence_is_no_byline() -> None:
    # the story's own sentence under the headline, a date in it: no writer
    sentence = "قال أحمد علي إن الجسر سيفتح في 3 ديسمبر 2026 بعد انتهاء الأعمال"
    assert line_authors("ar", f"<p>{sentence}</p>") == []


SOURCE_LINE_PERSON_AND_AGENCY = [
    ("et", "Allikas: Mari Tamm, BNS", ["Mari Tamm", "BNS"]),
    ("de", "Quelle: Anna Muster, dpa", ["Anna Muster", "dpa"]),
    ("sv", "Källa: Anna Svensson, TT", ["Anna Svensson", "TT"]),
    ("no", "Kilde: Kari Nordmann, NTB", ["Kari Nordmann", "NTB"]),
    ("pl", "Źródło: Jan Kowalski, PAP", ["Jan Kowalski", "PAP"]),
    ("en", "Source: Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
    # a writer's label credits both already
    ("et", "Tekst: Mari Tamm, BNS", ["Mari Tamm", "BNS"]),
    # counter-cases: a person alone, or beside a body, is where a figure or quote came from
    ("et", "Allikas: Mari Tamm", []),
    ("de", "Quelle: Anna Muster, Universität Wien", []),
    ("de", "Quelle: Statistisches Landesamt, dpa", ["dpa"]),
    ("et", "Allikas: BNS", ["BNS"]),
    ("pl", "Źródło: PAP", ["PAP"]),
    ("en", "Source: World Health Organization, Reuters", ["Reuters"]),
    # counter-cases (review): a body named after a person, a body between the person and
    # the agency (the expert's university), a title before the name
    ("de", "Quelle: Robert Koch Institut, dpa", ["dpa"]),
    ("de", "Quelle: Hans Böckler Stiftung, dpa", ["dpa"]),
    ("en", "Source: John Hopkins University, AP", ["AP"]),
    ("de", "Quelle: Anna Muster, Universität Wien, dpa", ["dpa"]),
    ("en", "Source: Jane Smith, Example University, AFP", ["AFP"]),
    ("en", "Source: Dr Jane Smith, AFP", ["AFP"]),
]


@pytest.mark.parametrize(("lang", "last", "expected"), SOURCE_LINE_PERSON_AND_AGENCY)
def test_a_source_line_naming_a_person_and_an_agency(
    lang: str, last: str, expected: list[str]
) -> None:
    assert closing_authors(lang, last) == expected


JA_CLOSING_TAG = [
    ("（山田太郎）", ["山田太郎"]),
    ("（山田 太郎）", ["山田 太郎"]),
    ("（山田太郎、佐藤花子）", ["山田太郎", "佐藤花子"]),
    ("（共同）", ["共同"]),
    ("（ワシントン＝山田太郎）", ["山田太郎"]),
    # counter-cases: notes in the same brackets
    ("（敬称略）", []),
    ("（文中敬称略）", []),
    ("（了）", []),
    ("（上）", []),
    ("（肩書は当時）", []),
    ("（随時更新）", []),
    ("（写真は山田太郎）", []),
    ("（42）", []),
    ("（国土交通省）", []),
    ("（経済部）", []),
    # counter-cases (review): a quoted person's title, a paper, a bank, a place, a desk
    ("（山田一郎首相）", []),
    ("（山田太郎社長）", []),
    ("（山田太郎教授）", []),
    ("（山田太郎氏）", []),
    ("（山田太郎さん）", []),
    ("（海浜新聞）", []),
    ("（東西経済新聞）", []),
    ("（海浜日報）", []),
    ("（東西銀行）", []),
    ("（名古屋）", []),
    ("（鹿児島）", []),
    ("（和歌山）", []),
    ("（宇都宮）", []),
    ("（東京地検）", []),
    ("（日本代表）", []),
    ("（特別取材班）", []),
    ("（日本語版）", []),
]


@pytest.mark.parametrize(("last", "expected"), JA_CLOSING_TAG)
def test_a_japanese_closing_tag(last: str, expected: list[str]) -> None:
    assert closing_authors("ja", last) == expected


def test_a_japanese_closing_tag_after_the_last_sentence() -> None:
    story = "".join(f"<p>{STORY['ja']}</p>" for _ in range(2))
    page = (
        "<html lang='ja'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><div class='text'>{story}<p>{STORY['ja']}（山田太郎）</p></div>"
        "</article></main></body></html>"
    )
    assert extract_article(page, URL).authors == ["山田太郎"]


def test_a_name_after_a_closing_quote_is_the_speaker() -> None:
    # a story ending on a quote, its speaker in brackets after it: no reporter's tag
    assert closing_authors("ja", "「来年も続けたい」（山田太郎）") == []


def test_a_chinese_bracket_is_not_read_as_japanese() -> None:
    # a Chinese story closing with a name in brackets: its editor's or a photo's as often
    assert closing_authors("zh", "（张小伟）") == []


REVIEW = (
    "In ihrem neuen Roman erzählt Anna Muster von einer Familie am Fluss; Muster findet dafür"
    " eine ruhige, genaue Sprache, die lange nachklingt und den Leser nicht mehr loslässt."
)
OTHER_STORY = (
    "Die Gemeinde hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und"
    " neu zu bauen; die Arbeiten sollen im Frühjahr beginnen, sagte der Bürgermeister gestern."
)


def _box_page(story: str, book: str = "", jsonld: str = "") -> str:
    script = f"<script type='application/ld+json'>{jsonld}</script>" if jsonld else ""
    return (
        f"<html lang='de'><head><title>Ein Roman</title>{script}</head><body><main><article>"
        f"<h1>Ein Roman vom Fluss</h1><div class='text'>{f'<p>{story}</p>' * 3}{book}</div>"
        "<aside><h3>Über die Autorin</h3><p><b>Anna Muster</b> ist Schriftstellerin und"
        " lebt in Leipzig.</p></aside></article></main></body></html>"
    )


BOOK_LINE = "<p>Anna Muster: Der Fluss. Roman. Beispielverlag, ISBN 978-3-00-000000-0</p>"
OTHER_BOOK = "<p>Karl Probe: Die Brücke. Sachbuch. Beispielverlag, ISBN 978-3-00-000001-7</p>"
BOOK_JSONLD = '{"@type": "Review", "itemReviewed": {"@type": "Book", "name": "Der Fluss"}}'


@pytest.mark.parametrize(
    ("story", "book", "jsonld", "expected"),
    [
        (REVIEW, BOOK_LINE, "", []),
        (REVIEW, "", BOOK_JSONLD, []),
        # counter-cases: no book on the page, or the box's person not the one the story and
        # its book speak of (the reviewer's own box)
        (REVIEW, "", "", ["Anna Muster"]),
        (OTHER_STORY, OTHER_BOOK, "", ["Anna Muster"]),
        (OTHER_STORY, "", BOOK_JSONLD, ["Anna Muster"]),
        (OTHER_STORY, "", "", ["Anna Muster"]),
    ],
)
def test_an_author_box_on_a_book_review(
    story: str, book: str, jsonld: str, expected: list[str]
) -> None:
    assert extract_article(_box_page(story, book, jsonld), URL).authors == expected


BYLINE_LABELS = [
    ("pl", "Autor: Jan Kowalski", ["Jan Kowalski"]),
    ("pl", "Autorka: Anna Nowak", ["Anna Nowak"]),
    ("cs", "Autor: Jan Novák", ["Jan Novák"]),
    ("cs", "Autorka: Jana Nováková", ["Jana Nováková"]),
    ("fi", "Teksti: Matti Virtanen", ["Matti Virtanen"]),
    ("fi", "Teksti ja kuvat: Matti Virtanen", ["Matti Virtanen"]),
    ("el", "Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
    ("el", "Της Μαρίας Παπαδοπούλου", ["Μαρίας Παπαδοπούλου"]),
    ("hu", "Szerző: Kovács János", ["Kovács János"]),
    ("hu", "Írta: Kovács János", ["Kovács János"]),
    ("ro", "de Ion Popescu", ["Ion Popescu"]),
    ("id", "Penulis: Budi Santoso", ["Budi Santoso"]),
    ("id", "Oleh Budi Santoso", ["Budi Santoso"]),
    ("id", "Oleh: Budi Santoso", ["Budi Santoso"]),
    ("hi", "लेखक: राहुल शर्मा", ["राहुल शर्मा"]),
    ("uk", "Автор: Олена Коваленко", ["Олена Коваленко"]),
    ("uk", "Авторка: Олена Коваленко", ["Олена Коваленко"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), BYLINE_LABELS)
@pytest.mark.parametrize("markup", ["<div class='byline'>{}</div>", "<p>{}</p>"])
def test_byline_labels_in_more_languages(
    lang: str, byline: str, expected: list[str], markup: str
) -> None:
    assert line_authors(lang, markup.format(byline)) == expected


SWAHILI_STORY = (
    "Baraza la jiji liliamua Jumanne kubomoa daraja la zamani juu ya mto na kujenga jipya;"
    " kazi zitaanza msimu ujao wa mvua katika mji wote."
)


def test_a_swahili_byline() -> None:
    assert byline_authors("sw", "Na Juma Mwangi", SWAHILI_STORY) == ["Juma Mwangi"]
