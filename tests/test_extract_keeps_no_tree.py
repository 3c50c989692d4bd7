"""A worker extracts page after page for hours: once `extract_article` has returned, no
element of the page may stay alive (an element kept in a module's cache holds its page's
whole parsed tree; a cache of 8192 elements on `is_machine_summary` kept up to 8192 pages'
trees in each worker). Pages in several languages, each with a lead block the lead rules
ask about (`lead.marked_lead`) and furniture the body's walk asks about."""

from __future__ import annotations

import gc

import lxml.etree
import pytest

from newsarchive.extract import extract_article

LEADS = {
    "de": ("Stadtrat beschließt neue Brücke", "Der Bau soll im Frühjahr beginnen.",
           "Die Arbeiten sollen mehrere Monate dauern und werden von der Gemeinde bezahlt."),
    "fr": ("Le conseil vote un nouveau pont", "Les travaux commenceront au printemps.",
           "Les travaux devraient durer plusieurs mois et seront payés par la commune."),
    "en": ("Council approves a new bridge", "Work is to start in the spring.",
           "The work is expected to take several months and the town will pay for it."),
}  # fmt: skip


def _page(lang: str, marker: str) -> bytes:
    title, lead, sentence = LEADS[lang]
    paragraphs = "".join(f"<p>{sentence} {n}</p>" for n in range(6))
    return (
        f'<html lang="{lang}" data-test-page="{marker}"><head><title>{title}</title></head>'
        f'<body><article><h1>{title}</h1><p class="lead ai-summary">{lead}</p>'
        f'<div class="article-body">{paragraphs}'
        f'<aside class="sidebar related"><p>{sentence}</p></aside></div></article>'
        "</body></html>"
    ).encode()


def _alive(marker: str) -> int:
    """Elements of the page still in memory (found by the marker on its root)."""
    gc.collect()
    return sum(
        1
        for o in gc.get_objects()
        if isinstance(o, lxml.etree._Element)
        and o.getroottree().getroot().get("data-test-page") == marker
    )


@pytest.mark.parametrize("lang", sorted(LEADS))
def test_no_element_of_a_page_outlives_its_extraction(lang: str) -> None:
    marker = f"keeps-no-tree-{lang}"
    article = extract_article(_page(lang, marker), f"https://example.{lang}/a/1")
    assert article.body  # the page was read through its body's rules
    del article
    assert _alive(marker) == 0
