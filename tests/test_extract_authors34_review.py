"""Review of authors-34's rules on pages never seen (issue 10): where they read wrong.

- A spokesperson's letters after a name are her initials where they spell her name ("Ursula
  Nina Mara Schulz (UNMS)"): the writer, though they open "UN" as the UN's bodies do.
- "Aus der Redaktion: Anna Schmidt": a label, the name after it the writer; "aus der
  Redaktion von ..." names who made the piece, no desk ("Ein Beitrag" is no writer).
- A JSON-LD author whom the header prints after an editor's label is passed over only as
  the story's editor: "edited by" in a photo's caption is the picture's, and "Jan Roe" is not
  the editor "Jan Roeder".

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import URL, byline_authors, closing_authors, line_page

_closing = closing_authors


CLOSING_LINES = [
    ("en", "Ursula Nina Mara Schulz (UNMS)", ["Ursula Nina Mara Schulz"]),
    # counter-cases: the UN's bodies and others' letters stay whom she speaks for
    ("en", "Jane Doe (UNHCR)", []),
    ("en", "Jane Doe (UNDP)", []),
    ("en", "Jane Doe (UNITA)", []),
    ("en", "Uma Nair (UNDP)", []),
]


@pytest.mark.parametrize(("lang", "last", "expected"), CLOSING_LINES)
def test_letters_opening_un_that_are_her_initials(
    lang: str, last: str, expected: list[str]
) -> None:
    assert _closing(lang, last) == expected


DESK_LINES = [
    ("Aus der Redaktion: Anna Schmidt", ["Anna Schmidt"]),
    ("Ein Beitrag aus der Redaktion von Anna Schmidt", []),
    # counter-cases: the desk after or instead of a name
    ("Von Anna Schmidt aus dem Ressort Politik", ["Anna Schmidt"]),
    ("Aus dem Ressort Politik", []),
    ("Anna Schmidt, aus der Redaktion Wirtschaft", ["Anna Schmidt"]),
]


@pytest.mark.parametrize(("byline", "expected"), DESK_LINES)
def test_a_desk_phrase_as_a_label(byline: str, expected: list[str]) -> None:
    assert byline_authors("de", byline) == expected


def _with_jsonld(lang: str, author: str, line: str, meta: str = "") -> list[str]:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A new bridge"}
    data["author"] = {"@type": "Person", "name": author}
    script = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    if meta:
        script += f"<meta name='author' content='{meta}'>"
    return extract_article(
        line_page(lang, line).replace("</head>", f"{script}</head>"), URL
    ).authors


EDITOR_IN_JSONLD = [
    (
        "en",
        "Jane Doe",
        "<figure><img src='/bridge.jpg' alt=''><figcaption>Photo: Example Agency, edited "
        "by Jane Doe</figcaption></figure>",
        "John Roe",
        ["Jane Doe"],
    ),
    ("en", "Jan Roe", "<p>By Jane Doe</p><p>Edited by Jan Roeder</p>", "", ["Jan Roe"]),
    # counter-cases: the story's editor printed, a printed writer beside her
    ("en", "John Roe", "<p>By Jane Doe</p><p>Edited by John Roe</p>", "", ["Jane Doe"]),
    (
        "et",
        "Jaan Kask",
        "<p>Autor: Mari Maasikas</p><p>Toimetaja: Jaan Kask, foto: Example Agency</p>",
        "",
        ["Mari Maasikas"],
    ),
    ("et", "Jaan Kask", "<p>Toimetaja: Jaan Kask</p>", "", ["Jaan Kask"]),
]


@pytest.mark.parametrize(("lang", "author", "line", "meta", "expected"), EDITOR_IN_JSONLD)
def test_a_jsonld_author_printed_as_an_editor(
    lang: str, author: str, line: str, meta: str, expected: list[str]
) -> None:
    assert _with_jsonld(lang, author, line, meta) == expected
