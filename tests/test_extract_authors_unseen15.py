"""Bylines of sites never seen: Italian "Di" before a given name and a surname (by), while
"Di Stefano" alone stays a surname; a newsroom and one word after it ("Von Redaktion,
Schmidt"), a writer where a link names a person so and a place otherwise; "by" words and
"and" words of languages the looked-at pages lack; two writers and their agency.
Invented names and pages."""

# ruff: noqa: E501  -- sentences read best one per line

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = {
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili del centro storico.",
    "de": "Der Gemeinderat hat am Dienstagabend beschlossen, den alten Hafen für den Fährverkehr wieder auszubauen.",
    "pt": "A câmara municipal aprovou ontem à noite o novo plano de ciclovias para o centro histórico da cidade.",
    "pl": "Rada miasta przyjęła wczoraj wieczorem nowy plan ścieżek rowerowych dla historycznego centrum miasta.",
    "nl": "De gemeenteraad heeft gisteravond het nieuwe plan voor fietspaden in de historische binnenstad goedgekeurd.",
    "cs": "Zastupitelstvo včera večer schválilo nový plán cyklostezek pro historické centrum města a okolí.",
    "el": "Το δημοτικό συμβούλιο ενέκρινε χθες το βράδυ το νέο σχέδιο για ποδηλατοδρόμους στο ιστορικό κέντρο.",
    "id": "Dewan kota kemarin malam menyetujui rencana baru jalur sepeda untuk pusat kota yang bersejarah itu.",
    "vi": "Hội đồng thành phố tối qua đã thông qua kế hoạch mới về làn đường xe đạp cho khu phố cổ của thành phố.",
    "ar": "وافق المجلس البلدي مساء أمس على الخطة الجديدة لمسارات الدراجات في وسط المدينة التاريخي القديم.",
    "he": "מועצת העיר אישרה אמש את התוכנית החדשה לשבילי אופניים במרכז ההיסטורי של העיר העתיקה.",
    "en": "The city council last night approved the new plan for cycle lanes in the historic centre of the town.",
}


def _authors(
    lang: str,
    byline: str,
    extra: str = "",
    url: str = "https://city.example/news/cycle-lanes-1.html",
) -> list[str]:
    text = "".join(f"<p>{STORY[lang]} ({i})</p>" for i in range(3))
    page = (
        f"<html lang='{lang}'><head><title>Cycle lanes</title></head><body>"
        f"<article><h1>Cycle lanes for the old town</h1><p class='byline'>{byline}</p>{text}{extra}</article>"
        "</body></html>"
    )
    return extract_article(page, url).authors


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Di Marco Rossi", ["Marco Rossi"]),
        ("DI GIULIA BIANCHI", ["GIULIA BIANCHI"]),  # capitals kept, as printed
        ("Di Anna De Luca", ["Anna De Luca"]),
        ("di Marco Rossi", ["Marco Rossi"]),
        ("Di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),
        # one capitalised word after "Di" is the surname's second half
        ("Luca Di Stefano", ["Luca Di Stefano"]),
        # ... and two ending in a given name: the family name first
        ("Di Maio Luigi", ["Di Maio Luigi"]),
        ("Di Paolo Bianchi", ["Paolo Bianchi"]),
    ],
)
def test_italian_di_before_a_full_name_is_by(byline: str, want: list[str]) -> None:
    assert _authors("it", byline) == want


@pytest.mark.parametrize(
    ("byline", "extra", "want"),
    [
        # a link to the writer's page, or a mailbox, names the word as a person's
        (
            "Von Redaktion, Schmidt",
            "<a href='/autoren/martin-schmidt'>Martin Schmidt</a>",
            ["Schmidt"],
        ),
        ("Von Redaktion, <a href='/autor/schmidt'>Schmidt</a>", "", ["Schmidt"]),
        ("Von Redaktion, Brandt", "<a href='mailto:k.brandt@zeitung.example'>Mail</a>", ["Brandt"]),
        # the writer's link names the whole name: it is the credit
        ("Redakce, Novák", "<a href='/author/jan-novak'>Jan Novák</a>", ["Jan Novák"]),
        # a section's link of the same word names a place; so does nothing at all
        ("Von Redaktion, Berlin", "<a href='/berlin/'>Berlin</a>", ["Redaktion"]),
        ("Von Redaktion, Schmidt", "", ["Redaktion"]),
        # a writer's page of the name, but the story's dateline names the place
        ("Von Redaktion, Hamm", "<a href='/autor/hamm'>x</a>", ["Redaktion"]),
    ],
)
def test_one_word_after_a_newsroom(byline: str, extra: str, want: list[str]) -> None:
    lang = "cs" if byline.startswith("Redakce") else "de"
    url = "https://zeitung.example/lokales/hamm/hafen-1.html"
    assert _authors(lang, byline, extra, url) == want


@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        ("pt", "Por Joana Ferreira e Rui Costa", ["Joana Ferreira", "Rui Costa"]),
        ("pl", "Autor: Katarzyna Nowak", ["Katarzyna Nowak"]),
        ("nl", "Door Pieter de Groot en Sanne Visser", ["Pieter de Groot", "Sanne Visser"]),
        ("cs", "Napsal Tomáš Dvořák", ["Tomáš Dvořák"]),
        ("el", "Του Νίκου Αλεξίου", ["Νίκου Αλεξίου"]),
        ("id", "Oleh Siti Rahmawati", ["Siti Rahmawati"]),
        ("vi", "Bởi Trần Thị Mai", ["Trần Thị Mai"]),
        ("ar", "بقلم سامي حداد", ["سامي حداد"]),
        ("he", "מאת נועה לוי", ["נועה לוי"]),
        # two writers and their agency: the agency stays beside them
        ("en", "By Clara Webb and Tom Hale, Reuters", ["Clara Webb", "Tom Hale", "Reuters"]),
    ],
)
def test_bylines_of_unseen_languages(lang: str, byline: str, want: list[str]) -> None:
    assert _authors(lang, byline) == want
