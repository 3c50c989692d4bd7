"""Authors and topics the way sites unlike newsbench's visible ones print them: translators
credited in the byline, a Chinese byline ending where it was filed, a newsroom credited
alone as an Organization in JSON-LD, the site's name with a news word among its keywords.
Invented names, papers and markup."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.authornames import clean_names

PARAGRAPH = "<p>" + "Ein Satz über die Stadt, lang genug für einen Absatz im Text. " * 3 + "</p>"


def _page(head: str, byline: str, lang: str) -> str:
    return (
        f'<html lang="{lang}"><head>{head}</head><body><article><h1>Titel des Artikels</h1>'
        f"{byline}{PARAGRAPH}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("By Jane Doe. Translated by John Roe", ["Jane Doe"], id="en-sentence"),
        pytest.param("Jane Doe Translated by John Roe", ["Jane Doe"], id="en-no-mark"),
        pytest.param("Von Anna Muster, Übersetzung: Ben Beispiel", ["Anna Muster"], id="de-label"),
        pytest.param("Von Anna Muster. Aus dem Englischen von Ben Beispiel", ["Anna Muster"], id="de-from-english"),
        pytest.param("Par Claire Dupont. Traduit de l'anglais par Marc Leroy", ["Claire Dupont"], id="fr"),
        pytest.param("Por Ana García; traducción: Luis Pérez", ["Ana García"], id="es"),
        pytest.param("Por Maria Silva · Tradução: João Santos", ["Maria Silva"], id="pt"),
        pytest.param("Tekst: Anna Kowalska, tłum. Jan Nowak", ["Anna Kowalska"], id="pl"),
        pytest.param("Jana Nováková, překlad: Petr Svoboda", ["Jana Nováková"], id="cs"),
        pytest.param("Автор: Иван Петров, перевод: Мария Иванова", ["Иван Петров"], id="ru"),
        pytest.param("Jonas Jonaitis, vertė Petras Petraitis", ["Jonas Jonaitis"], id="lt"),
        pytest.param("מאת יוסי כהן, תרגום: דנה לוי", ["יוסי כהן"], id="he"),
        pytest.param("作者：王小明 翻译：李华", ["王小明"], id="zh"),
        pytest.param("Übersetzung: Ben Beispiel", [], id="translator-alone"),
        pytest.param("Anna Translation Muster", ["Anna Translation Muster"], id="a-word-inside-a-name-stays"),
    ],
)  # fmt: skip
def test_a_translator_is_no_author(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


def test_a_translator_on_the_page_leaves_the_writer() -> None:
    html = _page("", '<p class="x">By Jane Doe. Translated by John Roe</p>', "en")
    assert extract_article(html, "https://www.example.com/a/1").authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("url", "byline", "expected"),
    [
        pytest.param("https://www.bao.example.tw/a/1", "<div>記者王小明／台北報導</div>", ["王小明"], id="zh-tw-one"),
        pytest.param("https://www.bao.example.tw/a/2", "<div>記者王小明、林美華/綜合報導</div>", ["王小明", "林美華"], id="zh-tw-two-compiled"),
        pytest.param("https://www.bao.example.cn/a/1", "<div>本报记者王小明／北京报道</div>", ["王小明"], id="zh-cn"),
    ],
)  # fmt: skip
def test_a_chinese_byline_ending_where_it_was_filed(
    url: str, byline: str, expected: list[str]
) -> None:
    assert extract_article(_page("", byline, "zh"), url).authors == expected


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Titel",
            "author": author, "publisher": {"@type": "Organization", "name": "Beispielbote"}}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(
    ("lang", "author", "byline", "expected"),
    [
        pytest.param("de", {"@type": "Organization", "name": "Redaktion"}, "", ["Redaktion"], id="de-redaktion"),
        pytest.param("es", {"@type": "Organization", "name": "Redacción"}, "", ["Redacción"], id="es-redaccion"),
        pytest.param("pl", [{"@type": "Organization", "name": "Redakcja"}], "", ["Redakcja"], id="pl-redakcja-listed"),
        pytest.param("en", {"@type": "NewsMediaOrganization", "name": "Staff Writer"}, "", ["Staff Writer"], id="en-staff"),
        # a person printed under the headline still wins
        pytest.param("de", {"@type": "Organization", "name": "Redaktion"}, "<p>Von Anna Muster</p>", ["Anna Muster"], id="de-person-printed"),
        # a Person typed "Redaktion" is the newsroom's word too, credited as the last resort
        # (a key naming no one is not scored; one read from JSON-LD says "Redaktion")
        pytest.param("de", {"@type": "Person", "name": "Redaktion"}, "", ["Redaktion"], id="de-person-typed-role"),
        pytest.param("de", {"@type": "Person", "name": "Redakteurin"}, "", [], id="de-person-typed-job"),
        pytest.param("de", {"@type": "Organization", "name": "https://www.beispielbote.example/"}, "", [], id="url-no-name"),
    ],
)  # fmt: skip
def test_a_newsroom_credited_alone_in_jsonld(
    lang: str, author: object, byline: str, expected: list[str]
) -> None:
    html = _page(_ld(author), byline, lang)
    assert extract_article(html, "https://www.beispielbote.example/a/1").authors == expected


TOPIC_TEXT = "<p>Der Stadtrat von Beispielstadt stritt über den Haushalt und die Feuerwehr.</p>"


@pytest.mark.parametrize(
    ("site", "keywords", "expected"),
    [
        pytest.param("Beispielbote", "Beispielbote Nachrichten, Haushalt, Feuerwehr", ["Haushalt", "Feuerwehr"], id="de-name-news"),
        pytest.param("Beispielbote", "Haushalt, Feuerwehr, Beispielbote aktuell", ["Haushalt", "Feuerwehr"], id="de-name-aktuell-last"),
        pytest.param("Gazeta Przykładowa", "Wiadomości Gazeta Przykładowa, budżet, straż", ["budżet", "straż"], id="pl-news-name"),
        pytest.param("Jornal Exemplo", "Jornal Exemplo Notícias, orçamento, bombeiros", ["orçamento", "bombeiros"], id="pt"),
        pytest.param("Пример", "Пример Новости, бюджет, пожарные", ["бюджет", "пожарные"], id="ru"),
        pytest.param("Beispielbote", "Beispielbote Feuerwehr, Haushalt", ["Beispielbote Feuerwehr", "Haushalt"], id="name-with-a-topic-word-stays"),
    ],
)  # fmt: skip
def test_the_sites_name_with_a_news_word_is_no_topic(
    site: str, keywords: str, expected: list[str]
) -> None:
    head = f'<meta property="og:site_name" content="{site}"><meta name="keywords" content="{keywords}">'
    html = f"<html><head>{head}</head><body><article><h1>Titel</h1>{TOPIC_TEXT}</article></body></html>"
    assert extract_article(html, "https://www.example.org/politik/a-1.html").topics == expected


@pytest.mark.parametrize(
    ("url", "byline", "expected"),
    [
        pytest.param("https://www.gazeta.example.pl/a/1", "<p>Autorzy: Anna Kowalska, Jan Nowak</p>", ["Anna Kowalska", "Jan Nowak"], id="pl"),
        pytest.param("https://www.noviny.example.cz/a/1", "<p>Autoři: Jana Nováková a Petr Svoboda</p>", ["Jana Nováková", "Petr Svoboda"], id="cs"),
        pytest.param("https://www.naujienos.example.lt/a/1", "<p>Autoriai: Jonas Jonaitis ir Petras Petraitis</p>", ["Jonas Jonaitis", "Petras Petraitis"], id="lt"),
        pytest.param("https://www.gazeta.example.ru/a/1", "<p>Авторы: Иван Петров и Мария Иванова</p>", ["Иван Петров", "Мария Иванова"], id="ru"),
        pytest.param("https://www.frettir.example.is/a/1", "<p>Höfundar: Jón Jónsson og Guðrún Sigurðardóttir</p>", ["Jón Jónsson", "Guðrún Sigurðardóttir"], id="is"),
    ],
)  # fmt: skip
def test_a_plural_author_label_under_the_headline(
    url: str, byline: str, expected: list[str]
) -> None:
    assert extract_article(_page("", byline, "xx"), url).authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Text: Anna Muster, Grafik: Ben Beispiel", ["Anna Muster"], id="de-grafik"),
        pytest.param("Von Anna Muster, Illustration: Ben Beispiel", ["Anna Muster"], id="de-illustration"),
        pytest.param("Text: Anna Muster Video: Ben Beispiel", ["Anna Muster"], id="de-video-no-mark"),
        pytest.param("Anna Muster, Kamera: Ben Beispiel", ["Anna Muster"], id="de-kamera"),
        pytest.param("By Jane Doe, Graphics: John Roe", ["Jane Doe"], id="en-graphics"),
        pytest.param("文／王小明\u3000圖／李華", ["王小明"], id="zh-picture-after-full-width-slash"),
    ],
)  # fmt: skip
def test_picture_and_video_credits_are_no_authors(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("<div>Anna Muster, Übersetzung: Ben Beispiel | 05.04.2025</div>", ["Anna Muster"], id="de"),
        pytest.param("<div>Jane Doe. Translated by John Roe | April 5, 2025</div>", ["Jane Doe"], id="en"),
    ],
)  # fmt: skip
def test_a_name_and_date_line_with_a_translator(line: str, expected: list[str]) -> None:
    assert extract_article(_page("", line, "xx"), "https://www.example.org/a/1").authors == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("【記者王小明／台北報導】", ["王小明"], id="zh-tw-in-lenticular-brackets"),
        pytest.param("记者 王小明 编辑 李华", ["王小明"], id="zh-editor-after-the-names"),
        pytest.param("本报记者 王小明 李华 摄影 张伟", ["王小明", "李华"], id="zh-photographer-after-the-names"),
        pytest.param("By Rahul Sharma | Curated By Priya Singh", ["Rahul Sharma"], id="en-in-curated-by"),
        pytest.param("लेखक: राहुल शर्मा | संपादित: प्रिया सिंह", ["राहुल शर्मा"], id="hi-edited"),
    ],
)  # fmt: skip
def test_editors_and_photographers_beside_the_writer(raw: str, expected: list[str]) -> None:
    assert clean_names([raw]) == expected


@pytest.mark.parametrize(
    ("url", "byline", "expected"),
    [
        pytest.param("https://www.bao.example.tw/a/1", "<p>【記者王小明／台北報導】</p>", ["王小明"], id="zh-tw-bracketed-line"),
        pytest.param("https://www.naujienos.example.lt/a/1", "<p>Autorius: Jonas Jonaitis, BNS</p>", ["Jonas Jonaitis", "BNS"], id="lt-bns"),
        pytest.param("https://www.naujienos.example.lt/a/2", "<p>Autorė: Ona Onaitė, ELTA</p>", ["Ona Onaitė", "ELTA"], id="lt-elta"),
        pytest.param("https://www.gazeta.example.ru/a/1", "<p>Автор: Иван Петров, ТАСС</p>", ["Иван Петров", "ТАСС"], id="ru-tass-cyrillic"),
    ],
)  # fmt: skip
def test_a_printed_byline_with_an_agency_or_brackets(
    url: str, byline: str, expected: list[str]
) -> None:
    assert extract_article(_page("", byline, "xx"), url).authors == expected


STORY = (
    "<p>"
    + "Der Stadtrat von Beispielstadt stritt lange über den Haushalt und die Feuerwehr. " * 4
    + "</p>"
)


@pytest.mark.parametrize(
    ("lang", "closing", "expected"),
    [
        pytest.param("de", "<p>Quelle: dpa</p>", ["dpa"], id="de-quelle"),
        pytest.param("es", "<p>Fuente: EFE</p>", ["EFE"], id="es-fuente"),
        pytest.param("pl", "<p>Źródło: PAP</p>", ["PAP"], id="pl-zrodlo"),
        pytest.param("cs", "<p>Zdroj: ČTK</p>", ["ČTK"], id="cs-zdroj"),
        pytest.param("ru", "<p>Источник: ТАСС</p>", ["ТАСС"], id="ru-istochnik"),
        pytest.param("de", "<p>Beispielbote / Ejemplo Hoy</p>", ["Ejemplo Hoy"], id="site-slash-source"),
        # not a credit: another site's name before the slash, a story paragraph, a person's byline
        pytest.param("de", "<p>Berlin / Brandenburg</p>", [], id="no-site-before-the-slash"),
        pytest.param("de", "", [], id="no-closing-line"),
    ],
)  # fmt: skip
def test_the_source_credited_after_a_story_without_a_byline(
    lang: str, closing: str, expected: list[str]
) -> None:
    head = '<meta property="og:site_name" content="Beispielbote">'
    html = f'<html lang="{lang}"><head>{head}</head><body><article><h1>Titel</h1><div class="text">{STORY}{STORY}{closing}<p>Teilen</p></div><div class="comments">{STORY}</div></article></body></html>'
    assert extract_article(html, "https://www.beispielbote.example/a/1").authors == expected


def test_a_byline_wins_over_the_closing_source() -> None:
    head = '<meta property="og:site_name" content="Beispielbote">'
    html = f"<html><head>{head}</head><body><article><h1>Titel</h1><p>Von Anna Muster</p><div>{STORY}<p>Quelle: dpa</p></div></article></body></html>"
    assert extract_article(html, "https://www.beispielbote.example/a/1").authors == ["Anna Muster"]
