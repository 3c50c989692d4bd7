"""Bylines with their date after the name, as unseen publishers print them in many languages,
Thai's other spellings of "updated", and Mongolian numbered months beside other languages'
"sar" (Tajik "head of cattle"; session 22, issue 10).

Every name, sentence and date here is made up for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.datetext import spell_out

FILLER = (
    "<p>"
    + "Un párrafo inventado sobre el presupuesto de la ciudad y sus bomberos en invierno. " * 4
    + "</p>"
)

# (language, a byline with the date after the name, the names read)
NAME_THEN_DATE = [
    ("es", "Por Marta Gil 13 de mayo de 2026", ["Marta Gil"]),
    ("es", "Por Marta Gil, 13 de mayo de 2026", ["Marta Gil"]),
    ("es", "Por Marta Gil | 13 de mayo de 2026", ["Marta Gil"]),
    ("es", "Por Marta Gil - 13 de mayo de 2026", ["Marta Gil"]),
    ("es", "Marta Gil 13 de mayo de 2026 15:44", ["Marta Gil"]),
    ("es", "Por Lucía Ferrer Soto 3 de diciembre de 2026", ["Lucía Ferrer Soto"]),
    ("pt", "Por João Silva 13 de maio de 2026", ["João Silva"]),
    ("pt", "Por João Silva, 13 de maio de 2026", ["João Silva"]),
    ("pt", "Por João Silva 13 de maio de 2026 às 15h44", ["João Silva"]),
    ("fr", "Par Jean Dupont le 13 mai 2026 à 15h44", ["Jean Dupont"]),
    ("fr", "Par Jean Dupont, 13 mai 2026", ["Jean Dupont"]),
    ("it", "di Mario Rossi 13 maggio 2026", ["Mario Rossi"]),
    ("it", "di Mario Rossi | 13 maggio 2026", ["Mario Rossi"]),
    ("ca", "per Marta Puig 13 de maig de 2026", ["Marta Puig"]),
    ("ca", "per Marta Puig 13 d'abril de 2026", ["Marta Puig"]),
    ("ca", "per Marta Puig, 13 d’octubre de 2026", ["Marta Puig"]),
    ("gl", "Por Xosé Castro 13 de maio de 2026", ["Xosé Castro"]),
    ("gl", "Por Xosé Castro 13 de xuño de 2026", ["Xosé Castro"]),
    ("ro", "de Ion Popescu 13 mai 2026", ["Ion Popescu"]),
    ("ro", "de Ion Popescu, 13 mai 2026", ["Ion Popescu"]),
    ("nl", "Door Jan Jansen 13 mei 2026", ["Jan Jansen"]),
    ("nl", "Door Jan Jansen - 13 mei 2026", ["Jan Jansen"]),
    ("no", "Av Kari Nordmann 13. mai 2026", ["Kari Nordmann"]),
    ("no", "Av Kari Nordmann, 13. mai 2026", ["Kari Nordmann"]),
    ("sv", "Av Karin Berg 13 maj 2026", ["Karin Berg"]),
    ("pl", "Autor: Jan Kowalski 13 maja 2026", ["Jan Kowalski"]),
    ("tr", "Yazan: Ahmet Yılmaz 13 Mayıs 2026", ["Ahmet Yılmaz"]),
    ("id", "Oleh Budi Santoso 13 Mei 2026", ["Budi Santoso"]),
    ("id", "Oleh Budi Santoso | 13 Mei 2026", ["Budi Santoso"]),
    ("de", "Von Anna Muster 13. Mai 2026", ["Anna Muster"]),
    ("de", "Von Anna Muster, 13. Mai 2026", ["Anna Muster"]),
    ("de", "Von Anna Muster | 13. Mai 2026, 15:44 Uhr", ["Anna Muster"]),
    ("en", "By Jane Doe May 13, 2026", ["Jane Doe"]),
    ("sw", "Juma Mwangi Desemba 2, 2026", ["Juma Mwangi"]),
    # a surname that is a month's word in some language: a month only where a day follows
    # it in that language's order, not where the day opens the date after it
    ("es", "Por Marta Medi 13 de mayo de 2026", ["Marta Medi"]),
    ("es", "Marta Medi 13 de mayo de 2026", ["Marta Medi"]),
    ("es", "Por Marta Medi 13 mayo 2026", ["Marta Medi"]),
    ("es", "Por Ana Marzo 13 de mayo de 2026", ["Ana Marzo"]),
    ("es", "Por Ana Marzo, 13 de mayo de 2026", ["Ana Marzo"]),
    ("en", "By Jane May 13 June 2026", ["Jane May"]),
    ("de", "Von Anna Mai 13. Mai 2026", ["Anna Mai"]),
    ("pl", "Autor: Ewa Marta 13 maja 2026", ["Ewa Marta"]),
]


@pytest.mark.parametrize(("lang", "line", "names"), NAME_THEN_DATE)
def test_the_name_before_a_date_in_the_byline(lang: str, line: str, names: list[str]) -> None:
    """ "Por Marta Gil 13 de mayo de 2026": the name without the date (before: a Romance "de"
    between day and month hid the date and the whole line was dropped; a surname that is a
    month somewhere was cut as the date's start)."""
    assert clean_names([line], lang=lang) == names


# A month's word before a day opens a date only where no month's word follows the day.
@pytest.mark.parametrize(
    "line",
    ["Juma Mwangi Desemba 2 saa 10", "Jane Doe May 13"],
)
def test_month_first_then_a_day_still_cut(line: str) -> None:
    assert clean_names([line]) == [line.split(" ")[0] + " " + line.split(" ")[1]]


def _page(lang: str, meta: str) -> str:
    return (
        f"<html lang='{lang}'><body><article><h1>Un titular inventado del artículo</h1>"
        f"{meta}{FILLER}</article></body></html>"
    )


# (language, the byline line under the headline, the writer, the day published)
BYLINE_PAGES = [
    ("es", "Por Marta Gil 13 de mayo de 2026", "Marta Gil", "2026-05-13"),
    ("pt", "Por João Silva 13 de maio de 2026", "João Silva", "2026-05-13"),
    ("gl", "Por Xosé Castro 13 de maio de 2026", "Xosé Castro", "2026-05-13"),
    ("es", "Por Marta Medi 13 de mayo de 2026", "Marta Medi", "2026-05-13"),
]


@pytest.mark.parametrize(("lang", "line", "writer", "day"), BYLINE_PAGES)
def test_a_byline_page_gives_writer_and_date(lang: str, line: str, writer: str, day: str) -> None:
    html = _page(lang, f"<p class='byline'>{line}</p>")
    art = extract_article(html, "https://www.noticias.example/a/1")
    assert (art.authors, (art.published or "")[:10]) == ([writer], day)


# Thai's other spellings of "updated" ("อัพเดท", "อัพเดต" beside "อัปเดต"): (line, published)
THAI_UPDATED = [
    # alone, the update is the page's only date: published falls back to it, as for "อัปเดต"
    ("อัพเดท 4 ธ.ค. 2569 10:00 น.", "2026-12-04T10:00:00+07:00"),
    ("อัพเดต 4 ธ.ค. 2569 10:00 น.", "2026-12-04T10:00:00+07:00"),
    ("อัพเดท 4 ธ.ค. 2569 10:00 น. | เผยแพร่ 3 ธ.ค. 2569 14:05 น.", "2026-12-03T14:05:00+07:00"),
    ("เผยแพร่ 3 ธ.ค. 2569 14:05 น. | อัพเดต 4 ธ.ค. 2569 10:00 น.", "2026-12-03T14:05:00+07:00"),
]


@pytest.mark.parametrize(("line", "published"), THAI_UPDATED)
def test_thai_updated_respellings_are_modified(line: str, published: str) -> None:
    """Before: no label, so no modified time (and beside "เผยแพร่" the update was no stamp)."""
    html = _page("th", f"<div class='meta'>{line}</div>")
    art = extract_article(html, "https://www.example.news/a/1")
    assert (art.published, art.modified) == (published, "2026-12-04T10:00:00+07:00")


def test_thai_updated_respelling_glued_to_a_word_is_no_label() -> None:
    html = _page("th", "<div class='meta'>อัพเดทระบบ 4 ธ.ค. 2569 10:00 น.</div>")
    art = extract_article(html, "https://www.example.news/a/1")
    assert art.modified is None


# Mongolian numbered months ("12 saryn"), not Tajik "sar" (head of cattle)
@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("Дар деҳа 12 сар гов ҳаст", "Дар деҳа 12 сар гов ҳаст"),
        ("12 сар чорво", "12 сар чорво"),
        ("2026 оны 12 сарын 5", "2026 оны december 5"),
        ("2026 оны 12 сар 5", "2026 оны december 5"),
        ("2026 оны 12 сард", "2026 оны december"),
        ("12 сар 5, 2026", "december 5, 2026"),
        ("12-р сар", "december"),
        ("12 дугаар сар", "december"),
        ("тавдугаар сарын 13", "may 13"),
    ],
)
def test_mongolian_numbered_month_needs_a_mongolian_mark_or_a_date_beside(
    text: str, spelled: str
) -> None:
    assert spell_out(text) == spelled


def test_tajik_head_of_cattle_is_no_date() -> None:
    body = "<p>" + "Дар деҳаи мо 12 сар гов ва 30 сар гӯсфанд ҳаст, мегӯянд деҳқонон. " * 4 + "</p>"
    html = (
        "<html lang='tg'><body><article><h1>Деҳқонон дар зимистон</h1>"
        f"{body}</article></body></html>"
    )
    art = extract_article(html, "https://www.example.tj/a/1")
    assert art.published is None
