"""JavaScript-object JSON-LD and blocks cut short still give the article's fields.

Templates that build the block as a JavaScript literal write single-quoted strings and
bare keys; a CMS that stores the block in a column of N bytes cuts it off mid-way. Such
a block was read as broken: the page fell back to its <title>, no date, no writers. The
complete members before a cut are the publisher's; a value cut mid-way ("2026-05-1") is
not, and is left out. Invented pages, one language a row.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.jsonld import _loads

URL = "https://lokal.example/a/1"
BODY_TEXT = "long text of the article, cut by the database column"


def _page(lang: str, block: str, paragraph: str) -> str:
    paras = "".join(f"<p>{paragraph} {i}</p>" for i in range(4))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Lokalblatt</title>"
        f'<script type="application/ld+json">{block}</script></head>'
        f"<body><article>{paras}</article></body></html>"
    )


# (language, block, headline, date, writer, a paragraph in that language)
ROWS = [
    (
        "en",
        "{'@context': 'https://schema.org', '@type': 'NewsArticle', "
        "'headline': 'It\\'s here: the \"new\" ferry', "
        "'datePublished': '2026-05-12T08:00:00+01:00', "
        "'author': {'@type': 'Person', 'name': 'Jo O\\'Neill'}}",
        'It\'s here: the "new" ferry',
        "2026-05-12T08:00:00+01:00",
        "Jo O'Neill",
        "The new ferry between the two harbours began service on Tuesday morning with "
        "a full load of commuters and a brass band on the quay.",
    ),
    (
        "fr",
        '{"@type": \'NewsArticle\', "headline": "L\'école rouvre ses portes", '
        "'datePublished': '2026-05-12T09:30:00+02:00', "
        "'author': [{'@type': 'Person', 'name': 'Amélie Garnier'}],}",
        "L'école rouvre ses portes",
        "2026-05-12T09:30:00+02:00",
        "Amélie Garnier",
        "L'école du quartier a rouvert ses portes lundi après six mois de travaux, au "
        "grand soulagement des parents et des enseignants.",
    ),
    (
        "de",
        '{\n  "@context": "https://schema.org", "@type": "NewsArticle",\n'
        '  headline: "Rat beschließt: Buslinie 7 fährt ab Juni",\n'
        '  datePublished: "2026-05-12T10:15:00+02:00",\n'
        '  author: {name: "Katrin Wendel", url: "https://lokal.example/autor/wendel"},\n}',
        "Rat beschließt: Buslinie 7 fährt ab Juni",
        "2026-05-12T10:15:00+02:00",
        "Katrin Wendel",
        "Der Stadtrat hat am Dienstag beschlossen, dass die Buslinie 7 ab Juni auch die "
        "Neubaugebiete im Norden an den Bahnhof anbindet.",
    ),
    (
        "es",
        '{"@context":"https://schema.org","@type":"NewsArticle",'
        '"headline":"La cooperativa vende un 5% más","datePublished":"2026-05-12T11:00:00+02:00",'
        '"author":[{"@type":"Person","name":"Lucía Herrera"}],'
        f'"articleBody":"{BODY_TEXT}',
        "La cooperativa vende un 5% más",
        "2026-05-12T11:00:00+02:00",
        "Lucía Herrera",
        "La cooperativa agrícola presentó el martes sus cuentas anuales, con un aumento de "
        "las ventas gracias a la buena cosecha de aceituna.",
    ),
    (
        "pl",
        "{ '@type': 'NewsArticle', headline: 'Rada miasta: budżet // przyjęty', "
        "author: { name: 'Agnieszka Wróbel' }, "
        "datePublished: '2026-05-12T12:00:00+02:00', "
        "description: 'Najwięcej pieniędzy na szkoły i ścieżki rowe",
        "Rada miasta: budżet // przyjęty",
        "2026-05-12T12:00:00+02:00",
        "Agnieszka Wróbel",
        "Rada miasta uchwaliła we wtorek budżet na przyszły rok, w którym najwięcej "
        "pieniędzy przeznaczono na remonty szkół.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "block", "headline", "date", "writer", "paragraph"), ROWS, ids=[r[0] for r in ROWS]
)
def test_javascript_object_or_cut_block_read(lang, block, headline, date, writer, paragraph):
    with pytest.raises(ValueError):
        json.loads(block)  # the block really is broken
    art = extract_article(_page(lang, block, paragraph), URL)
    assert art.title == headline
    assert art.published == date
    assert art.authors == [writer]


def test_cut_inside_a_date_drops_the_date():
    # the cut falls inside the date: "2026-05-1" is no date of the publisher's
    block = (
        '{"@type":"NewsArticle","headline":"Hafen wird ausgebaut",'
        '"author":{"@type":"Person","name":"Moritz Seidel"},"datePublished":"2026-05-1'
    )
    data = _loads(block)
    assert data == {
        "@type": "NewsArticle",
        "headline": "Hafen wird ausgebaut",
        "author": {"@type": "Person", "name": "Moritz Seidel"},
    }


def test_cut_inside_a_number_or_a_nested_value_drops_it():
    block = (
        "{'@type':'NewsArticle','headline':'Brücke gesperrt','wordCount':12,"
        "'author':{'@type':'Person','name':'Sanne','url':'https://lokal.example/a"
    )
    assert _loads(block) == {
        "@type": "NewsArticle",
        "headline": "Brücke gesperrt",
        "wordCount": 12,
        "author": {"@type": "Person", "name": "Sanne"},
    }
    assert _loads('{"@type":"NewsArticle","headline":"Brücke","wordCount":12') == {
        "@type": "NewsArticle",
        "headline": "Brücke",
    }


def test_strings_keep_quotes_slashes_and_colons():
    # an apostrophe inside a double-quoted string, "//" and ":" inside strings: read as text
    block = (
        "{headline: \"Ce n'est pas fini: l'usine // reste\", 'alternativeHeadline': "
        "'Sagt \"nein\": https://x.example/a', '@type': 'NewsArticle'}"
    )
    assert _loads(block) == {
        "headline": "Ce n'est pas fini: l'usine // reste",
        "alternativeHeadline": 'Sagt "nein": https://x.example/a',
        "@type": "NewsArticle",
    }


@pytest.mark.parametrize(
    "garbage",
    [
        "var x = 'NewsArticle'; headline = 'no object'",
        "<p>Kein JSON: 'headline': 'x'</p>",
        "{{{{",
        "{'headline'",
        "{headline 'x', datePublished: }",
        "it's: 'a', 'headline': 'Wrong'",
    ],
)
def test_garbage_stays_unread(garbage):
    assert _loads(garbage) is None


def test_intact_block_unchanged():
    obj = {"@type": "NewsArticle", "headline": "L'usine: // ouverte", "author": "A 'B' C"}
    assert _loads(json.dumps(obj)) == obj
