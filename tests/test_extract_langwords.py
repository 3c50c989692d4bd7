"""Bylines, dates and topic headings in the languages langwords.py covers beyond the dev/world sets.

Made-up names, dates and pages, one case per language at least: what a reader of a site in that
language sees under a headline.
"""

# ruff: noqa: E501  -- table rows read best one case per line

from __future__ import annotations

import pytest
from babel import Locale

from newsarchive.extract import extract_article, langwords
from newsarchive.extract.authornames import clean_names
from newsarchive.extract.dates import parse_date, to_iso

URL = "https://www.example.news/2026/artikel-1.html"
TEXT = "<p>" + "Ein erfundener Absatz über den Haushalt der Stadt und ihre Feuerwehr. " * 4 + "</p>"


def _page(under_headline: str, lang: str = "") -> str:
    return f"<html lang='{lang}'><body><article><h1>Ein erfundener Titel des Artikels</h1>{under_headline}{TEXT}</article></body></html>"


@pytest.mark.parametrize(
    ("lang", "line", "expected"),
    [
        ("pt", "Por Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
        ("nl", "Door Jan de Vries en Piet Bakker", ["Jan de Vries", "Piet Bakker"]),
        ("af", "Deur Sipho Dlamini", ["Sipho Dlamini"]),
        ("pl", "Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("cs", "Autor: Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("sk", "Autorka: Jana Horváthová", ["Jana Horváthová"]),
        ("fi", "Teksti: Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
        ("hu", "Szerző: Nagy Anna és Kovács Péter", ["Nagy Anna", "Kovács Péter"]),
        ("ro", "de Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
        ("el", "Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]),
        ("hr", "Piše: Ivana Horvat", ["Ivana Horvat"]),
        ("sl", "Avtor: Luka Novak", ["Luka Novak"]),
        ("uk", "Автор: Олена Коваль та Іван Петренко", ["Олена Коваль", "Іван Петренко"]),
        ("id", "Oleh Budi Santoso dan Siti Rahma", ["Budi Santoso", "Siti Rahma"]),
        ("vi", "Bởi Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("he", "מאת דנה כהן", ["דנה כהן"]),
        ("ar", "بقلم محمد علي", ["محمد علي"]),
        ("zh", "作者：张伟", ["张伟"]),
        ("lv", "Autors: Jānis Bērziņš un Anna Liepa", ["Jānis Bērziņš", "Anna Liepa"]),
        ("lt", "Autorius: Jonas Kazlauskas ir Ona Petraitė", ["Jonas Kazlauskas", "Ona Petraitė"]),
        ("ca", "per Jordi Puig i Marta Vila", ["Jordi Puig", "Marta Vila"]),
        ("sw", "na Juma Mwangi", ["Juma Mwangi"]),
    ],
)  # fmt: skip
def test_a_byline_under_the_headline(lang: str, line: str, expected: list[str]) -> None:
    html = _page(f"<p class='meta'>{line}</p>", lang)
    assert extract_article(html, URL).authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Redaktorka Jana Nováková", ["Jana Nováková"]),  # cs
        ("dziennikarz Jan Kowalski", ["Jan Kowalski"]),  # pl
        ("Anna Nagy újságíró", ["Anna Nagy"]),  # hu
        ("Verslaggever Els Peeters", ["Els Peeters"]),  # nl
        ("Repórter Ana Souza", ["Ana Souza"]),  # pt
        ("Toimittaja Matti Virtanen", ["Matti Virtanen"]),  # fi
        ("δημοσιογράφος Νίκος Γεωργίου", ["Νίκος Γεωργίου"]),  # el
        ("本报记者 李明", ["李明"]),  # zh
        ("Pedro Lima, Lusa", ["Pedro Lima", "Lusa"]),  # an agency beside a person stays
        ("Redactie", []),  # the desk is nobody
        ("Per Olsson", ["Per Olsson"]),  # a first name, not Catalan "per"
        ("Di Stefano Marco", ["Di Stefano Marco"]),  # a surname, not Italian "di"
    ],
)
def test_roles_desks_and_names_that_look_like_by_words(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13 de maio de 2026 às 15h44", "2026-05-13T15:44:00"),  # pt
        ("13 mei 2026 om 15.44 uur", "2026-05-13T15:44:00"),  # nl
        ("13 maja 2026 r., godz. 15.44", "2026-05-13T15:44:00"),  # pl
        ("13. května 2026 15:44", "2026-05-13T15:44:00"),  # cs
        ("13. mája 2026 o 15:44", "2026-05-13T15:44:00"),  # sk
        ("13.5.2026 klo 15.44", "2026-05-13T15:44:00"),  # fi
        ("13. toukokuuta 2026", "2026-05-13T00:00:00"),  # fi
        ("2026. május 13. 15:44", "2026-05-13T15:44:00"),  # hu: year first
        ("13 mai 2026, ora 15:44", "2026-05-13T15:44:00"),  # ro
        ("13 Μαΐου 2026, 15:44", "2026-05-13T15:44:00"),  # el
        ("13 ΜΑΪΟΥ 2026", "2026-05-13T00:00:00"),  # el in capitals, no accents
        ("13. svibnja 2026. u 15.44", "2026-05-13T15:44:00"),  # hr
        ("13. maj 2026 ob 15.44", "2026-05-13T15:44:00"),  # sl: "ob" says a dotted time
        ("13 травня 2026 о 15:44", "2026-05-13T15:44:00"),  # uk
        ("13 мая 2026, 15:44 МСК", "2026-05-13T15:44:00+03:00"),  # ru: Moscow time
        ("13 Mei 2026 15:44 WIB", "2026-05-13T15:44:00+07:00"),  # id
        ("13/05/2026 15:44 (GMT+7)", "2026-05-13T15:44:00+07:00"),  # vi
        ("13 พฤษภาคม 2569 15:44", "2026-05-13T15:44:00"),  # th: Buddhist era
        ("13 मई 2026 15:44 IST", "2026-05-13T15:44:00+05:30"),  # hi: IST is India's time
        ("١٣ مايو ٢٠٢٦ ١٥:٤٤", "2026-05-13T15:44:00"),  # ar: Arabic-Indic digits
        ("13 במאי 2026 15:44", "2026-05-13T15:44:00"),  # he: "in May"
        ("2026年5月13日 下午3:44", "2026-05-13T15:44:00"),  # zh: afternoon
        ("13 de maig de 2026", "2026-05-13T00:00:00"),  # ca
        ("13. mai 2026 kell 15.44", "2026-05-13T15:44:00"),  # et
        ("2026. gada 13. maijs", "2026-05-13T00:00:00"),  # lv: year, "gada", day, month
        ("2026 m. gegužės 13 d. 15:44", "2026-05-13T15:44:00"),  # lt
        ("13 Mei 2026, 15:44 SAST", "2026-05-13T15:44:00+02:00"),  # af
        ("13 Mei 2026 saa 15:44 EAT", "2026-05-13T15:44:00+03:00"),  # sw
        ("13. Mai 2026, 15:44 Uhr MESZ", "2026-05-13T15:44:00+02:00"),  # de zone names
    ],
)
def test_dates_in_more_languages(text: str, expected: str | None) -> None:
    found = parse_date(text)
    assert (to_iso(found) if found else None) == expected


@pytest.mark.parametrize(
    ("updated", "posted"),
    [
        ("Aktualizováno 8. března 2025 10:00", "Publikováno 7. března 2025 9:00"),  # cs
        ("Frissítve: 2025. március 8. 10:00", "Megjelent: 2025. március 7. 9:00"),  # hu
        ("Actualizat: 8 martie 2025, 10:00", "Publicat: 7 martie 2025, 09:00"),  # ro
        ("Ενημερώθηκε: 8 Μαρτίου 2025, 10:00", "Δημοσιεύθηκε: 7 Μαρτίου 2025, 09:00"),  # el
        ("Ažurirano: 8. ožujka 2025. u 10:00", "Objavljeno: 7. ožujka 2025. u 09:00"),  # hr
        ("Оновлено: 8 березня 2025, 10:00", "Опубліковано: 7 березня 2025, 09:00"),  # uk
        ("Diperbarui 8 Maret 2025, 10:00", "Dipublikasikan 7 Maret 2025, 09:00"),  # id
        ("Bijgewerkt 8 maart 2025 10:00", "Gepubliceerd 7 maart 2025 09:00"),  # nl
    ],
)
def test_an_updated_line_in_more_languages(updated: str, posted: str) -> None:
    html = _page(f"<div class='meta'><span>{updated}</span> <span>{posted}</span></div>")
    art = extract_article(html, "https://www.example.news/artikel-1")
    assert (art.published, art.modified) == ("2025-03-07T09:00:00", "2025-03-08T10:00:00")


@pytest.mark.parametrize(
    "heading",
    ["Tópicos", "Onderwerpen", "Słowa kluczowe", "Témata", "Kľúčové slová", "Avainsanat", "Címkék",
     "Etichete", "Ετικέτες", "Oznake", "Теги", "Teme", "Topik", "Chủ đề", "Etiquetes", "Märksõnad",
     "Birkas", "Žymos", "Etikette", "Mada", "תגיות", "الوسوم", "关键词"],
)  # fmt: skip
def test_topic_links_under_a_heading_in_more_languages(heading: str) -> None:
    links = '<a href="/a/1">Haushalt</a><a href="/a/2">Feuerwehr</a>'
    html = _page(f"<div><h3>{heading}:</h3>{links}</div>")
    assert extract_article(html, URL).topics == ["Haushalt", "Feuerwehr"]


@pytest.mark.parametrize("label", ["Notícias ao vivo", "Știri live", "Berita terkini", "Hírek élő"])
def test_news_and_live_words_are_no_topic(label: str) -> None:
    head = f'<meta name="keywords" content="{label}, Haushalt">'
    html = f"<html><head>{head}</head><body><h1>Ein erfundener Titel</h1>{TEXT}</body></html>"
    assert extract_article(html, URL).topics == ["Haushalt"]


def test_month_table_holds_cldr_names_twelve_months_each() -> None:
    """Each language's line has twelve months holding CLDR's full names; a clash is a known one."""
    numbers = langwords.month_numbers()
    for lang, text in langwords.MONTH_NAMES.items():
        months = text.split("|")
        assert len(months) == 12, lang
        for number, name in Locale.parse(lang).months["format"]["wide"].items():
            word = name.lower()
            if " " in word or "\u2019" in word:  # two words, or Catalan "d'abril"
                continue
            if word in months[number - 1].split():
                continue
            assert len(word) < 2, (lang, word)
    clashes = {
        w for text in langwords.MONTH_NAMES.values()
        for n, names in enumerate(text.split("|"), 1) for w in names.split() if numbers[w] != n
    }  # fmt: skip
    assert clashes == {"listopada", "listopad", "lis", "lip", "srp"}  # Croatian vs Polish/Czech


PARAGRAPHS = "".join(
    f"<p>Odstavec {n}: vymyšlený text o rozpočtu města, o hasičích a o tom, co zastupitelé schválili.</p>"
    for n in range(1, 5)
)


@pytest.mark.parametrize(
    ("heading", "ad"),
    [
        ("Czytaj także", "Reklama"),  # pl
        ("Čtěte také", "Reklama"),  # cs
        ("Leia também", "Publicidade"),  # pt
        ("Διαβάστε επίσης", "Διαφήμιση"),  # el
        ("Baca Juga", "Iklan"),  # id
        ("Lue myös", "Mainos"),  # fi
        ("Pročitajte još", "Oglas"),  # hr
        ("اقرأ أيضا", "إعلان"),  # ar
    ],
)
def test_related_blocks_and_ad_labels_are_not_body_text(heading: str, ad: str) -> None:
    teasers = "".join(
        f'<li><a href="/jine-{n}">Jiný vymyšlený článek číslo {n} o něčem</a></li>'
        for n in range(3)
    )
    html = (
        "<html><body><article><h1>Vymyšlený titulek</h1>"
        f"{PARAGRAPHS[:200]}<p>{ad}</p>{PARAGRAPHS}"
        f"<div><h3>{heading}</h3><ul>{teasers}</ul></div></article></body></html>"
    )
    body = extract_article(html, URL).body or ""
    assert "Odstavec 4" in body
    assert ad not in body.split("\n")
    assert heading not in body and "Jiný vymyšlený článek" not in body


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ana Souza Seguir", ["Ana Souza"]),  # pt
        ("Jan Novák Sledovat", ["Jan Novák"]),  # cs
        ("Obserwuj Anna Nowak", ["Anna Nowak"]),  # pl
        ("Budi Santoso Ikuti", ["Budi Santoso"]),  # id
        ("Jane Doe follow her on X", []),  # a sentence around the button word: no name
    ],
)
def test_a_follow_button_beside_the_name_goes(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


def test_a_site_name_after_a_spaced_guillemet_goes() -> None:
    head = '<meta property="og:title" content="Un titre inventé pour ce test « Le Journal Exemple">'
    head += '<meta property="og:site_name" content="Le Journal Exemple">'
    html = (
        f"<html><head>{head}</head><body><h1>Un titre inventé pour ce test</h1>{TEXT}</body></html>"
    )
    assert extract_article(html, URL).title == "Un titre inventé pour ce test"
