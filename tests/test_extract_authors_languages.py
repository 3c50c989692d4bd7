"""Bylines in many languages: initials, lists joined by "and", roles, agencies, datelines,
and a newspaper's name where a person is named. Invented names and papers."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authors import clean_names


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # "Name (initials)", whole or cut short by the page
        ("Elena Oberholzer (obe)", ["Elena Oberholzer"]),
        ("Elena Oberholzer (obe", ["Elena Oberholzer"]),
        ("Von Anna Muster (amu) und Peter Beispiel (pbe)", ["Anna Muster", "Peter Beispiel"]),
        ("Rolf Schmidt (rs), Berlin", ["Rolf Schmidt"]),
        # lists joined by "and" in each language
        ("Par Claire Dupont et Marc Leroy", ["Claire Dupont", "Marc Leroy"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Por Ana García e Inés Ruiz", ["Ana García", "Inés Ruiz"]),
        ("Av Kari Nordmann og Ola Hansen", ["Kari Nordmann", "Ola Hansen"]),
        ("Av Anna Svensson och Erik Lind", ["Anna Svensson", "Erik Lind"]),
        ("di Marco Rossi e Giulia Bianchi", ["Marco Rossi", "Giulia Bianchi"]),
        ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
        ("Anna Kowalska i Jan Nowak", ["Anna Kowalska", "Jan Nowak"]),
        ("Иван Петров и Мария Иванова", ["Иван Петров", "Мария Иванова"]),
        ("Mehmet Yılmaz ve Ayşe Kaya", ["Mehmet Yılmaz", "Ayşe Kaya"]),
        ("Ελένη Παππά και Νίκος Γεωργίου", ["Ελένη Παππά", "Νίκος Γεωργίου"]),
        ("山田太郎、佐藤花子", ["山田太郎", "佐藤花子"]),
        ("山田太郎と佐藤花子", ["山田太郎", "佐藤花子"]),
        ("王小明和李华", ["王小明", "李华"]),
        ("佐藤和夫", ["佐藤和夫"]),  # a "和" inside one name
        ("Le Monde et AFP", ["Le Monde et AFP"]),  # not every side a full name: no split
        # roles around the name
        ("신현주 기자", ["신현주"]),
        ("신현주·김철수 기자", ["신현주", "김철수"]),
        ("田中一郎 編集委員", ["田中一郎"]),
        ("Redakteurin Anna Muster", ["Anna Muster"]),
        ("Claire Dupont, envoyée spéciale à Kiev", ["Claire Dupont"]),
        ("Jane Doe | Senior Reporter", ["Jane Doe"]),
        # Japanese dateline before the name
        ("ワシントン＝田中一郎", ["田中一郎"]),
        # photographers and agencies beside the writer
        ("Texto: Ana García / Fotos: Luis Pérez", ["Ana García"]),
        ("Text: Anna Muster, Fotos: Peter Beispiel", ["Anna Muster"]),
        ("Marie Curie et Pierre Curie, avec AFP", ["Marie Curie", "Pierre Curie", "AFP"]),
        ("Claire Dupont avec AFP", ["Claire Dupont", "AFP"]),
        ("Anna Muster mit Material von dpa", ["Anna Muster", "dpa"]),
        ("Anna Muster, mit Agenturen", ["Anna Muster"]),
        ("Ana García con agencias", ["Ana García"]),
        ("Jane Doe with agencies", ["Jane Doe"]),
    ],
)
def test_byline_parts(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


def test_a_publisher_stays_beside_a_person_and_alone_but_not_over_one() -> None:
    publishers = {"zeitung beispiel"}
    assert clean_names(["Anna Muster / Zeitung Beispiel"], publishers) == ["Anna Muster"]
    assert clean_names(["Zeitung Beispiel"], publishers) == ["Zeitung Beispiel"]


PARAGRAPH = "<p>" + "Ein Satz über die Stadt, lang genug für einen Absatz im Text. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("url", "head", "byline", "expected"),
    [
        (
            "https://www.beispiel-zeitung.de/a/1",
            '<meta name="author" content="Beispiel Zeitung">',
            '<div class="meta"><span>Von Anna Muster (amu) und Peter Beispiel (pbe)</span></div>',
            ["Anna Muster", "Peter Beispiel"],
        ),
        (
            "https://www.journal-exemple.fr/a/1",
            '<script type="application/ld+json">{"@type": "NewsArticle", "author":'
            ' {"@type": "Organization", "name": "Journal Exemple"}}</script>',
            '<p class="x">Par Claire Dupont et Marc Leroy</p>',
            ["Claire Dupont", "Marc Leroy"],
        ),
        (
            "https://news.example.kr/a/1",
            '<meta name="author" content="예시일보">',
            "<div>신현주 기자 shin@example.kr</div>",
            ["신현주"],
        ),
        (
            "https://www.example.com/a/1",
            '<meta name="author" content="Example Valley News">',
            '<div class="byline">By Jane Doe, Political Editor</div>',
            ["Jane Doe"],
        ),
        (
            "https://www.shimbun.example.jp/a/1",
            "",
            '<div class="author">ワシントン＝田中一郎</div>',
            ["田中一郎"],
        ),
        (
            "https://www.avisa.example.no/a/1",
            '<meta name="author" content="Nordlandsavisen">',
            "<div>Av Kari Nordmann og Ola Hansen</div>",
            ["Kari Nordmann", "Ola Hansen"],
        ),
    ],
)
def test_a_person_named_on_the_page_wins_over_the_newspapers_name(
    url: str, head: str, byline: str, expected: list[str]
) -> None:
    html = (
        f"<html><head>{head}</head><body><article><h1>Titel</h1>{byline}{PARAGRAPH}"
        "</article></body></html>"
    )
    assert extract_article(html, url).authors == expected


def test_a_newspapers_name_alone_stays_the_author() -> None:
    html = (
        '<html><head><meta name="author" content="Example Valley News"></head><body>'
        f"<article><h1>Head</h1>{PARAGRAPH}</article></body></html>"
    )
    assert extract_article(html, "https://www.example.com/a/1").authors == ["Example Valley News"]
