"""Bylines in many languages: initials, lists joined by "and", roles, agencies, datelines,
and a newspaper's name where a person is named. Invented names and papers."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names


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


# More languages: Portuguese, Dutch, Polish, Czech, Finnish, Arabic, Hebrew, Chinese, Hindi.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Por Maria Silva e João Santos", ["Maria Silva", "João Santos"]),
        ("Por Maria Silva, da Redação", ["Maria Silva"]),
        ("Maria Silva, repórter", ["Maria Silva"]),
        ("Texto: Maria Silva | Fotos: João Santos", ["Maria Silva"]),
        ("Por Maria Silva — Lisboa", ["Maria Silva"]),
        ("Maria Silva, com agências", ["Maria Silva"]),
        ("Door onze verslaggever Jan de Vries", ["Jan de Vries"]),
        ("Redacteur Jan de Vries", ["Jan de Vries"]),
        ("Jan de Vries, correspondent in Berlijn", ["Jan de Vries"]),
        ("Tekst: Jan de Vries · Foto: Piet Jansen", ["Jan de Vries"]),
        ("Autor: Anna Kowalska", ["Anna Kowalska"]),
        ("Anna Kowalska, dziennikarka", ["Anna Kowalska"]),
        ("oprac. Jan Nowak", ["Jan Nowak"]),
        ("Anna Kowalska oraz Jan Nowak", ["Anna Kowalska", "Jan Nowak"]),
        ("Tekst: Anna Kowalska, zdjęcia: Jan Nowak", ["Anna Kowalska"]),
        ("Anna Kowalska / PAP", ["Anna Kowalska", "PAP"]),
        ("Autor: Jana Nováková", ["Jana Nováková"]),
        ("Jana Nováková a Petr Svoboda", ["Jana Nováková", "Petr Svoboda"]),
        ("Jana Nováková, redaktorka", ["Jana Nováková"]),
        ("Text: Jana Nováková, foto: Petr Svoboda", ["Jana Nováková"]),
        ("Jana Nováková, ČTK", ["Jana Nováková", "ČTK"]),
        ("Teksti: Matti Virtanen", ["Matti Virtanen"]),
        ("Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
        ("Matti Virtanen, toimittaja", ["Matti Virtanen"]),
        ("Teksti: Matti Virtanen, kuvat: Liisa Korhonen", ["Matti Virtanen"]),
        ("Kirjoittaja: Matti Virtanen", ["Matti Virtanen"]),
        ("بقلم أحمد علي", ["أحمد علي"]),
        ("كتب: أحمد علي", ["أحمد علي"]),
        ("أحمد علي و محمد حسن", ["أحمد علي", "محمد حسن"]),
        ("أحمد علي - القاهرة", ["أحمد علي"]),
        ("مراسل أحمد علي", ["أحمد علي"]),
        ("تصوير: محمد حسن", []),
        ("מאת יוסי כהן", ["יוסי כהן"]),
        ("יוסי כהן ודנה לוי", ["יוסי כהן", "דנה לוי"]),
        ("כתב: יוסי כהן", ["יוסי כהן"]),
        ("יוסי כהן, כתב", ["יוסי כהן"]),
        ("צילום: דנה לוי", []),
        ("记者 王小明", ["王小明"]),
        ("文/王小明", ["王小明"]),
        ("本报记者 王小明 李华", ["王小明", "李华"]),
        ("（记者 王小明）", ["王小明"]),
        ("作者：王小明", ["王小明"]),
        ("王小明 报道", ["王小明"]),
        ("山田 太郎", ["山田 太郎"]),  # Japanese spaces a family name from a given name
        ("लेखक: राहुल शर्मा", ["राहुल शर्मा"]),
        ("राहुल शर्मा और प्रिया सिंह", ["राहुल शर्मा", "प्रिया सिंह"]),
        ("रिपोर्ट: राहुल शर्मा", ["राहुल शर्मा"]),
        ("राहुल शर्मा, संवाददाता", ["राहुल शर्मा"]),
        ("द्वारा राहुल शर्मा", ["राहुल शर्मा"]),
    ],
)
def test_byline_parts_in_more_languages(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("url", "byline", "expected"),
    [
        (
            "https://www.jornal.example.pt/a/1",
            "<p>Por Maria Silva e João Santos</p>",
            ["Maria Silva", "João Santos"],
        ),
        (
            "https://www.krant.example.nl/a/1",
            "<div>Door onze verslaggever Jan de Vries</div>",
            ["Jan de Vries"],
        ),
        (
            "https://www.gazeta.example.pl/a/1",
            "<div class='autor'>Autor: Anna Kowalska</div>",
            ["Anna Kowalska"],
        ),
        ("https://www.noviny.example.cz/a/1", "<div>Autor: Jana Nováková</div>", ["Jana Nováková"]),
        (
            "https://www.lehti.example.fi/a/1",
            "<div>Teksti: Matti Virtanen</div>",
            ["Matti Virtanen"],
        ),
        ("https://www.sahifa.example.eg/a/1", "<div dir='rtl'>بقلم أحمد علي</div>", ["أحمد علي"]),
        ("https://www.iton.example.il/a/1", "<div dir='rtl'>מאת יוסי כהן</div>", ["יוסי כהן"]),
        ("https://www.bao.example.cn/a/1", "<div>本报记者 王小明 李华</div>", ["王小明", "李华"]),
        ("https://www.samachar.example.in/a/1", "<div>लेखक: राहुल शर्मा</div>", ["राहुल शर्मा"]),
    ],
    ids=["pt", "nl", "pl", "cs", "fi", "ar", "he", "zh", "hi"],
)
def test_a_byline_under_the_headline_in_more_languages(
    url: str, byline: str, expected: list[str]
) -> None:
    html = (
        f"<html><head></head><body><article><h1>Titel van het stuk</h1>{byline}{PARAGRAPH}"
        "</article></body></html>"
    )
    assert extract_article(html, url).authors == expected
