"""Review of small-31's chief editor's credits (langwords.CHIEF_EDITOR_CREDITS): a real writer
who is the paper's chief editor keeps her byline (issue 10).

"Editor-in-chief: Jane Doe" before a colon is the masthead's credit, no byline; but the chief's
title beside her name in a byline, in parentheses, after a comma or before the name, is her job
title over her own column. "Jane Doe (Editor-in-Chief)" lost Jane Doe once the chief's labels
joined the credits that a picture's parentheses ("Jane Doe (Photo)") read as no writer's.

Every name, paper, address and sentence here is made up for the test.
"""

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import STORY, URL, byline_authors

# The chief editor writes, her title beside her name: she stays
CHIEF_WRITES = [
    ("en", "Jane Doe (Editor-in-Chief)", ["Jane Doe"]),
    ("en", "Jane Doe (editor in chief)", ["Jane Doe"]),
    ("de", "Hans Müller (Chefredakteur)", ["Hans Müller"]),
    ("es", "Ana López (redactora jefa)", ["Ana López"]),
    ("ro", "Ion Popescu (redactor-șef)", ["Ion Popescu"]),
    ("pl", "Jan Kowalski (redaktor naczelny)", ["Jan Kowalski"]),
    ("en", "By Jane Doe (Editor-in-Chief) and Tom Smith", ["Jane Doe", "Tom Smith"]),
    ("de", "Von Chefredakteur Hans Müller", ["Hans Müller"]),
    ("de", "Von Chefredakteurin Anna Muster", ["Anna Muster"]),
    ("de", "Chefredakteur Hans Müller kommentiert", ["Hans Müller"]),
    ("de", "Ein Kommentar von Chefredakteur Hans Müller", ["Hans Müller"]),
    ("fr", "Par Marie Dupont, rédactrice en chef", ["Marie Dupont"]),
    ("fr", "Marie Dupont, rédactrice en chef adjointe", ["Marie Dupont"]),
    ("de", "Text: Anna Muster, Chefredakteurin", ["Anna Muster"]),
    ("de", "Kommentar: Hans Müller, Chefredakteur", ["Hans Müller"]),
    ("de", "Hans Müller, stellvertretender Chefredakteur", ["Hans Müller"]),
    ("en", "By Jane Doe, Editor-in-Chief", ["Jane Doe"]),
    ("en", "By Jane Doe | Editor-in-Chief", ["Jane Doe"]),
    ("en", "Jane Doe / Editor-in-Chief", ["Jane Doe"]),
    ("en", "By <a href='/author/jane-doe'>Jane Doe</a>, Editor-in-Chief", ["Jane Doe"]),
    ("en", "By Jane Doe<br>Editor-in-Chief", ["Jane Doe"]),
    ("it", "Di Mario Rossi, direttore responsabile", ["Mario Rossi"]),
    ("pl", "Autor: Jan Kowalski, redaktor naczelny", ["Jan Kowalski"]),
    ("ro", "de Ion Popescu, redactor-șef", ["Ion Popescu"]),
    ("ru", "Иван Петров, главный редактор", ["Иван Петров"]),
    ("nl", "Door Jan de Vries, hoofdredacteur", ["Jan de Vries"]),
    ("sv", "Av Anna Svensson, chefredaktör", ["Anna Svensson"]),
    ("pt", "Por Ana Silva, editora-chefe", ["Ana Silva"]),
    ("hu", "Kovács Anna, főszerkesztő", ["Kovács Anna"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CHIEF_WRITES)
def test_a_chief_editor_who_writes_keeps_her_byline(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# A picture's parentheses still name no writer
PICTURE_PAREN = [
    ("en", "Jane Doe (Photo)"),
    ("de", "Hans Müller (Fotos)"),
]


@pytest.mark.parametrize(("lang", "byline"), PICTURE_PAREN)
def test_a_pictures_parentheses_still_name_no_writer(lang: str, byline: str) -> None:
    assert byline_authors(lang, byline) == []


def _page(byline: str, head: str = "", footer: str = "") -> str:
    story = f"<p>{STORY['en']}</p>" * 3
    return (
        f"<html lang='en'><head><title>A new bridge</title>{head}</head><body><main><article>"
        f"<h1>A new bridge</h1>{byline}<div class='text'>{story}</div></article></main>"
        f"{footer}</body></html>"
    )


def test_the_json_ld_author_wins_over_a_chiefs_credit_in_the_byline_slot() -> None:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "A new bridge"}
    data["author"] = {"@type": "Person", "name": "Jane Doe"}
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    page = _page("<div class='byline'>Editor-in-chief: Jane Doe</div>", head)
    assert extract_article(page, URL).authors == ["Jane Doe"]


IMPRINT = (
    "<footer><p>Editor-in-chief: Jane Doe</p><p>The Example Courier, 1 Main Street</p></footer>"
)


def test_the_chief_in_the_imprint_is_no_writer_and_leaves_the_byline_alone() -> None:
    page = _page("<div class='byline'>By Tom Smith</div>", footer=IMPRINT)
    assert extract_article(page, URL).authors == ["Tom Smith"]
    assert extract_article(_page("", footer=IMPRINT), URL).authors == []


# A credit opening the byline, a full stop, then the writer's label: the writer stays (the
# chief's credit made "Chefredakteurin: Anna Muster. Text: Tom Schmidt" lose both; a photo's
# credit did so before)
CREDIT_THEN_WRITER = [
    ("de", "Chefredakteurin: Anna Muster. Text: Tom Schmidt", ["Tom Schmidt"]),
    ("en", "Editor-in-Chief: Jane Doe. By Tom Smith", ["Tom Smith"]),
    ("en", "Editor-in-Chief: Jane Doe. Words: Tom Smith", ["Tom Smith"]),
    ("ro", "Editor-șef: Ion Popescu. Autor: Maria Ionescu", ["Maria Ionescu"]),
    ("pl", "Redaktor naczelny: Jan Kowalski. Autor: Anna Nowak", ["Anna Nowak"]),
    ("de", "Foto: Anna Muster. Text: Tom Schmidt", ["Tom Schmidt"]),
    ("de", "Chefredakteurin: Anna Muster | Text: Tom Schmidt", ["Tom Schmidt"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CREDIT_THEN_WRITER)
def test_a_writers_label_after_a_credits_full_stop_keeps_the_writer(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected


# ... but a full stop inside a name or after a credit alone leaves no writer
CREDIT_ONLY = [
    ("en", "Editor-in-Chief: Jane St. Clair"),
    ("en", "Editor-in-Chief: J. Doe"),
    ("de", "Chefredakteurin: Anna Muster."),
    ("de", "Foto: Anna Muster. dpa"),
    ("en", "Photo: Jane Doe. Courtesy of the Example Museum"),
]


@pytest.mark.parametrize(("lang", "byline"), CREDIT_ONLY)
def test_a_credits_full_stop_with_no_writers_label_after_it_names_no_one(
    lang: str, byline: str
) -> None:
    assert byline_authors(lang, byline) == []
