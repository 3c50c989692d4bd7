"""Titles on publishers never seen (issue 10, session 37): echoed fields, listing pages.

Every page here is invented: words, markup, hosts and site names. Rows marked "(guard)"
pass before and after (what the rules must not change); the others failed before.
"""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import html
import json

import pytest

from newsarchive.extract import extract_article

TEXT = {
    "de": "Ein Absatz des Artikels, lang genug, um wie ein Text zu lesen. ",
    "en": "A paragraph of the article, long enough to read like a story. ",
    "nl": "Een alinea van het artikel, lang genoeg om als een verhaal te lezen. ",
    "pl": "Akapit artykułu, wystarczająco długi, aby czytać go jak tekst. ",
    "es": "Un párrafo del artículo, lo bastante largo para leerse como una noticia. ",
    "pt": "Um parágrafo do artigo, longo o bastante para ler como uma notícia. ",
    "ja": "記事の段落で、本文として読めるほど長い文章です。",
}
URL = "https://www.hafenbote.example/politik/2026/12/artikel-123.html"


def _page(
    lang: str,
    *,
    tab: str | None = None,
    og: str | None = None,
    tw: str | None = None,
    dc: str | None = None,
    headline: str | None = None,
    h1: str | None = None,
    site: str = "Hafenbote",
    objects: tuple[dict[str, object], ...] = (),
) -> bytes:
    head = f"<meta charset='utf-8'><meta property='og:site_name' content='{site}'>"
    if tab is not None:
        head += f"<title>{html.escape(tab)}</title>"
    if og is not None:
        head += f'<meta property="og:title" content="{html.escape(og)}">'
    if tw is not None:
        head += f'<meta name="twitter:title" content="{html.escape(tw)}">'
    if dc is not None:
        head += f'<meta name="dc.title" content="{html.escape(dc)}">'
    if headline is not None:
        objects = (
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline},
            *objects,
        )
    for obj in objects:
        head += f'<script type="application/ld+json">{json.dumps(obj)}</script>'
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    return (
        f"<html lang='{lang}'><head>{head}</head><body><article>{heading}"
        f"<p>{TEXT[lang] * 8}</p></article></body></html>"
    ).encode()


# --- lesser metadata fields echoing one another: one voice ---------------------------------

# (lang, og:title, the other line, expected); no h1 on the page
LINES = {
    "de": ("Stadtrat beschließt Neubau der Hafenmauer", "Hafenmauer: Was der Neubau kostet und wer ihn bezahlt"),
    "en": ("Council backs harbour wall rebuild", "Harbour wall: what the rebuild costs and who pays"),
    "nl": ("Gemeenteraad steunt herbouw van de havenmuur", "Havenmuur: wat de herbouw kost en wie betaalt"),
    "pl": ("Rada miasta popiera odbudowę muru portowego", "Mur portowy: ile kosztuje odbudowa i kto zapłaci"),
    "ja": ("市議会、防波堤の再建を支持", "防波堤の再建費用は誰が払うのか、その内訳は"),
}  # fmt: skip


# twitter:title and dc.title repeating the <title> (or each other) word for word, a CMS
# filling them from its one SEO field, beside a lone og:title, on a page with no h1: one
# voice against og:title's, which stays (the three outvoted it)
@pytest.mark.parametrize("lang", sorted(LINES))
@pytest.mark.parametrize(
    "shape",
    [
        pytest.param({"tab": "{o} | Hafenbote", "tw": "{o}", "dc": "{o}"}, id="tw-dc-each-other"),
        pytest.param({"tab": "{o}", "tw": "{o}", "dc": "{o}"}, id="tw-dc-the-title"),
    ],
)
def test_echoed_fields_are_one_voice_against_og_title(lang: str, shape: dict[str, str]) -> None:
    og, other = LINES[lang]
    fields = {k: v.format(o=other) for k, v in shape.items()}
    assert extract_article(_page(lang, og=og, **fields), URL).title == og


def test_echoed_fields_are_one_voice_against_the_json_ld_headline() -> None:
    """og:title a section's name (left out): the JSON-LD headline first, twitter:title and
    dc.title the <title>'s copies."""
    og, other = LINES["de"]
    page = _page("de", og="Politik", headline=og, tw=other, dc=other, tab=other)
    assert extract_article(page, URL).title == og


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # the JSON-LD headline, the <title> and the article's h1: three voices (guard)
        pytest.param({"headline": "{o}", "tab": "{o} | Hafenbote", "h1": "{o}"}, "{o}", id="h1-headline-title"),
        # twitter:title stating the <title>'s words without its site's name: no copy of
        # it word for word, a voice beside the headline and the <title> (guard)
        pytest.param({"headline": "{o}", "tab": "{o} | Hafenbote", "tw": "{o}"}, "{o}", id="tw-cut-of-title"),
        # og:title stated again by twitter:title: the first choice agreed with (guard)
        pytest.param({"tw": "{f}", "dc": "{o}", "tab": "{o}"}, "{f}", id="tw-echoes-og"),
    ],
)  # fmt: skip
def test_fields_that_are_voices_of_their_own_still_count(
    fields: dict[str, str], expected: str
) -> None:
    """(guard)"""
    og, other = LINES["de"]
    values = {k: v.format(o=other, f=og) for k, v in fields.items()}
    assert extract_article(_page("de", og=og, **values), URL).title == expected.format(
        o=other, f=og
    )


# --- a paginated listing's WebPage name ----------------------------------------------------


def _webpage(name: str, url: str, kind: str = "WebPage") -> dict[str, object]:
    return {"@context": "https://schema.org", "@type": kind, "name": name, "url": url}


# A listing's page whose <title> is the site's name alone and whose JSON-LD WebPage at its
# own address names the section and the page's number: no article's title (it took
# "Politik - Seite 2", the number cut)
@pytest.mark.parametrize(
    ("lang", "url", "name"),
    [
        pytest.param("de", "https://www.hafenbote.example/politik/seite-2/", "Politik - Seite 2 | Hafenbote", id="de"),
        pytest.param("en", "https://www.hafenbote.example/news/page/2/", "Latest news from the harbour and the coast - Page 2", id="en"),
        pytest.param("nl", "https://www.hafenbote.example/nieuws/pagina/3/", "Nieuws uit de haven en de regio | Pagina 3", id="nl"),
        pytest.param("pl", "https://www.hafenbote.example/wiadomosci/strona/4/", "Wiadomości z portu i regionu - Strona 4", id="pl"),
        pytest.param("pt", "https://www.hafenbote.example/noticias/pagina/2/", "Notícias do porto e da região - Página 2 de 40", id="pt"),
    ],
)  # fmt: skip
def test_a_paginated_listing_s_webpage_name_is_no_title(lang: str, url: str, name: str) -> None:
    page = _page(lang, tab="Hafenbote", objects=(_webpage(name, url),))
    assert extract_article(page, url).title is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # a bare article's own WebPage name: its title, site cut (test_extract_titles36)
        pytest.param("Stadtrat beschließt Neubau der Hafenmauer | Hafenbote", "Stadtrat beschließt Neubau der Hafenmauer", id="article"),
        # a page's number inside the headline's sentence is its words, no page part
        pytest.param("Warum die Seite 3 der Zeitung verschwunden ist", "Warum die Seite 3 der Zeitung verschwunden ist", id="words"),
        pytest.param("Why the Page 3 era of the tabloids ended for good | Hafenbote", "Why the Page 3 era of the tabloids ended for good", id="en-words"),
    ],
)  # fmt: skip
def test_a_webpage_name_without_a_page_number_part_stays(name: str, expected: str) -> None:
    """(guard)"""
    page = _page("de", tab="Hafenbote", objects=(_webpage(name, URL),))
    assert extract_article(page, URL).title == expected


# --- capitals: an echo casts no vote of its own ----------------------------------------------

SENTENCE = {
    "en": "Council approves rebuild of the old harbour wall",
    "de": "Stadtrat beschließt den Neubau der alten Hafenmauer",
    "nl": "Gemeenteraad keurt herbouw van de oude havenmuur goed",
}


def _title_case(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


# og:title in sentence case beside a <title> in Title Case that twitter:title and dc.title
# copy word for word, on a page without an h1: one SEO field's style against og:title's,
# a tie that keeps og:title (the copies made three votes and the Title Case won)
@pytest.mark.parametrize("lang", sorted(SENTENCE))
def test_capitals_echoed_by_lesser_fields_are_one_vote(lang: str) -> None:
    og = SENTENCE[lang]
    styled = _title_case(og)
    page = _page(lang, og=og, tw=styled, dc=styled, tab=styled)
    assert extract_article(page, URL).title == og


@pytest.mark.parametrize(
    "fields",
    [
        # the page's own h1 in sentence case: its capitals (test_extract_titles36) (guard)
        pytest.param({"og": "{t}", "tw": "{s}", "dc": "{s}", "tab": "{s}", "h1": "{s}"}, id="h1"),
        # the JSON-LD headline, the <title> and twitter:title: three fields written apart (guard)
        pytest.param({"og": "{t}", "headline": "{s}", "tw": "{s}", "tab": "{s} | Hafenbote"}, id="three-fields"),
        # twitter:title in other capitals than og:title is no copy of it: a vote with
        # the <title>'s against og:title's Title Case (guard)
        pytest.param({"og": "{t}", "tw": "{s}", "dc": "{s}", "tab": "{s} | Hafenbote"}, id="tw-other-capitals"),
    ],
)  # fmt: skip
def test_capitals_of_fields_written_apart_still_vote(fields: dict[str, str]) -> None:
    """(guard)"""
    plain = SENTENCE["en"]
    values = {k: v.format(s=plain, t=_title_case(plain)) for k, v in fields.items()}
    assert extract_article(_page("en", **values), URL).title == plain


# --- review (rev-titles37): copies beside a JSON-LD headline stating the same line ----------

# (lang, og:title a shorter social teaser, the headline)
TEASED = {
    "de": ("Das hat der Stadtrat jetzt entschieden", "Stadtrat beschließt den Neubau der alten Hafenmauer"),
    "en": ("What the council decided last night", "Council approves the rebuild of the old harbour wall"),
    "es": ("Lo que decidió el ayuntamiento", "El ayuntamiento aprueba reconstruir el viejo muro del puerto"),
    "pl": ("Co postanowiła rada miasta", "Rada miasta zatwierdza odbudowę starego muru portowego"),
}  # fmt: skip


# og:title a social teaser; the JSON-LD headline, a field written apart, states the line
# the <title> does, and twitter:title and dc.title copy the <title>: no page without an h1
# where one SEO line outvotes og:title alone, two fields agreeing with their copies beside
# them (the headline is the article's; the copies were no longer counted, and the teaser
# was taken)
@pytest.mark.parametrize("lang", sorted(TEASED))
@pytest.mark.parametrize("tab", ["{h} | Hafenbote", "{h}"])
def test_copies_beside_a_json_ld_headline_stating_their_line_still_count(
    lang: str, tab: str
) -> None:
    og, line = TEASED[lang]
    title = tab.format(h=line)
    page = _page(lang, og=og, headline=line, tab=title, tw=title, dc=title)
    assert extract_article(page, URL).title == line


def test_copies_beside_a_json_ld_headline_of_other_words_are_one_voice() -> None:
    """(guard) the JSON-LD headline states another line than the copies: the <title> and
    its copies are one voice against og:title's, which stays."""
    og, line = TEASED["en"]
    other = "Harbour wall: what the rebuild costs and who pays"
    page = _page("en", og=og, headline=line, tab=other, tw=other, dc=other)
    assert extract_article(page, URL).title == og
