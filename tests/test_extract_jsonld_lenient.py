"""A JSON-LD block broken the ways real CMSs break it still gives the article's fields.

A site never seen may carry its headline, writers and date only in JSON-LD, written by a
template or a plugin that does not emit strict JSON: JavaScript comments between the
members, a byte-order mark before the block, PHP's stray escapes ("\\&", "\\%") inside
strings. Each page below states its writer and date nowhere else, so a block read as
broken loses them. One row per breakage, each in another language (invented pages).
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "HEADLINE",
    "datePublished": "2025-10-14T08:45:00+02:00",
    "author": {"@type": "Person", "name": "WRITER"},
}


def _block(headline: str, writer: str) -> str:
    obj = {**_ARTICLE, "headline": headline, "author": {"@type": "Person", "name": writer}}
    return json.dumps(obj, ensure_ascii=False, indent=1)


def _comment_line(text: str) -> str:
    first = text.index("\n")
    return text[: first + 1] + " // Schema.org markup by the SEO plugin\n" + text[first + 1 :]


def _block_comment(text: str) -> str:
    last = text.rindex("\n")
    return text[:last] + "\n /* généré automatiquement */" + text[last:]


def _escaped(char: str) -> object:
    def alter(text: str) -> str:
        return text.replace(char, "\\" + char)

    return alter


def _bom(text: str) -> str:
    return "\ufeff" + text


def _hex_escape(text: str) -> str:
    return text.replace('"Person"', '"Person", "description": "Redakteur \\x41 bei \\u12"')


def _hex_apostrophe(text: str) -> str:
    # a template escaping for a JavaScript string: "\\x27" is the apostrophe
    return text.replace("'", "\\x27")


def _url_after_quote(text: str) -> str:
    # one line, a quote left unescaped in a string before a URL, and a stray escape: the
    # URL's "//" is not a comment that drops the rest of the line (the writer, the date)
    one = json.dumps(json.loads(text), ensure_ascii=False)
    return one.replace(
        '"@type": "NewsArticle",',
        '"@type": "NewsArticle", "description": "Neue 65" Monitore im Ratssaal, mehr unter '
        'https://rat.example/monitore \\& im Amtsblatt",',
    )


def _escaped_backslash(text: str) -> str:
    # an escaped backslash before "x41" is a backslash and "x41", kept so
    return text.replace('"Person"', '"Person", "description": "Ordner C:\\\\x41 \\&"')


# (language, headline, writer, breakage, a paragraph in that language)
ROWS = [
    (
        "de",
        "Stadtrat beschließt neue Buslinie",
        "Katrin Wendel",
        _comment_line,
        "Der Stadtrat hat am Dienstag eine neue Buslinie beschlossen, die ab dem Frühjahr "
        "die Neubaugebiete im Norden mit dem Bahnhof verbinden soll.",
    ),
    (
        "fr",
        "Le conseil vote une nouvelle ligne de bus",
        "Amélie Garnier",
        _block_comment,
        "Le conseil municipal a voté mardi la création d'une nouvelle ligne de bus qui reliera "
        "dès le printemps les quartiers du nord à la gare.",
    ),
    (
        "es",
        "Ventas & beneficios de la cooperativa",
        "Lucía Herrera",
        _escaped("&"),
        "La cooperativa agrícola presentó el martes sus cuentas anuales, con un aumento de las "
        "ventas y de los beneficios gracias a la buena cosecha de aceituna.",
    ),
    (
        "it",
        "Il comune taglia le tasse del 5%",
        "Giulia Fontana",
        _escaped("%"),
        "Il consiglio comunale ha approvato martedì il bilancio, che prevede un taglio delle "
        "tasse locali per le famiglie con figli a partire dal prossimo anno.",
    ),
    (
        "pl",
        "Rada miasta uchwaliła nowy budżet",
        "Agnieszka Wróbel",
        _bom,
        "Rada miasta uchwaliła we wtorek budżet na przyszły rok, w którym najwięcej pieniędzy "
        "przeznaczono na remonty szkół i budowę nowych ścieżek rowerowych.",
    ),
    (
        "nl",
        "Gemeenteraad stemt in met nieuwe buslijn",
        "Sanne de Wit",
        _hex_escape,
        "De gemeenteraad heeft dinsdag ingestemd met een nieuwe buslijn die vanaf het voorjaar "
        "de nieuwe wijken in het noorden met het station verbindt.",
    ),
    (
        "it",
        "L'Aquila rinnova il ponte sull'Aterno",
        "Giulia Ferretti",
        _hex_apostrophe,
        "Il consiglio comunale dell'Aquila ha approvato martedì il restauro del ponte "
        "sull'Aterno, con lavori che inizieranno in primavera e dureranno un anno.",
    ),
    (
        "de",
        "Rat kauft neue Bildschirme",
        "Moritz Seidel",
        _url_after_quote,
        "Der Stadtrat hat am Dienstag den Kauf neuer Bildschirme für den Ratssaal beschlossen, "
        "damit Zuschauer die Vorlagen der Sitzungen besser lesen können.",
    ),
    (
        "pl",
        "Rada miasta przyjmuje budżet",
        "Marta Kowalczyk",
        _escaped_backslash,
        "Rada miasta przyjęła we wtorek budżet na przyszły rok, w którym najwięcej pieniędzy "
        "przeznaczono na szkoły i nowe ścieżki rowerowe.",
    ),
]


def _page(lang: str, block: str, headline: str, paragraph: str) -> str:
    paras = "".join(f"<p>{paragraph} {i}</p>" for i in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Lokalblatt</title>"
        f'<script type="application/ld+json">{block}</script></head>'
        f"<body><article><h2>{headline}</h2>{paras}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "headline", "writer", "breakage", "paragraph"), ROWS, ids=[r[0] for r in ROWS]
)
def test_broken_block_still_read(lang, headline, writer, breakage, paragraph):
    block = breakage(_block(headline, writer))
    with pytest.raises(ValueError):
        json.loads(block)  # the block really is broken
    art = extract_article(_page(lang, block, headline, paragraph), "https://lokal.example/a/1")
    assert art.authors == [writer]
    assert art.published == "2025-10-14T08:45:00+02:00"
    assert art.title == headline


def _trailing_commas(text: str) -> str:
    return text.replace('"\n }', '",\n }').replace('"\n}', '",\n}')


def _raw_controls(text: str) -> str:
    return text.replace("Rat ", "Rat\t").replace('"headline": "', '"headline": "\n', 1)


def _entities(text: str) -> str:
    return text.replace("&", "&amp;")


def _two_objects(text: str) -> str:
    return text + '{"@context": "https://schema.org", "@type": "WebSite", "name": "Lokalblatt"}'


def _cdata(text: str) -> str:
    return "//<![CDATA[\n" + text + "\n//]]>"


# Breakage the reader already forgave (kept so): each language's page as above.
HELD = [
    (
        "sv",
        "Kommunen bygger en ny skola",
        "Elin Lindqvist",
        _trailing_commas,
        "Kommunfullmäktige beslutade på tisdagen att bygga en ny skola i den norra delen av "
        "staden, och bygget ska vara klart till hösten nästa år.",
    ),
    (
        "de",
        "Rat stimmt Haushalt zu",
        "Jonas Albrecht",
        _raw_controls,
        "Der Gemeinderat hat am Dienstag dem Haushalt für das kommende Jahr zugestimmt, der "
        "vor allem Geld für Schulen und neue Radwege vorsieht.",
    ),
    (
        "pt",
        "Câmara & freguesias assinam acordo",
        "Inês Carvalho",
        _entities,
        "A câmara municipal e as juntas de freguesia assinaram na terça-feira um acordo para "
        "a limpeza das ruas e a manutenção dos jardins do concelho.",
    ),
    (
        "cs",
        "Obec opraví most přes řeku",
        "Petra Nováková",
        _two_objects,
        "Zastupitelstvo obce schválilo v úterý opravu mostu přes řeku, práce začnou na jaře a "
        "potrvají přibližně do konce léta.",
    ),
    (
        "fi",
        "Kunta rakentaa uuden uimahallin",
        "Aino Virtanen",
        _cdata,
        "Kunnanvaltuusto päätti tiistaina rakentaa uuden uimahallin keskustaan, ja rakennustyöt "
        "alkavat ensi keväänä ja kestävät noin kaksi vuotta.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "headline", "writer", "breakage", "paragraph"), HELD, ids=[r[0] for r in HELD]
)
def test_forgiven_breakage_still_read(lang, headline, writer, breakage, paragraph):
    block = breakage(_block(headline, writer))
    if breakage is not _entities:  # entities are valid JSON: the text is what they break
        with pytest.raises(ValueError):
            json.loads(block)
    art = extract_article(_page(lang, block, headline, paragraph), "https://lokal.example/a/2")
    assert art.authors == [writer]
    assert art.published == "2025-10-14T08:45:00+02:00"
    assert art.title == headline
