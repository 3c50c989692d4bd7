"""The shortcuts parsing takes for speed give what the long way gives.

A page that came as UTF-8 bytes is parsed from those bytes; one given as text, or in
another charset, from its text. A crawl hands extraction bytes and a test or a caller
may hand it text: the same page must give the same article either way, whatever its
own declarations say. JSON-LD blocks are copied only when nested past the bound.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import lxml.etree
import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import parse
from newsarchive.extract.jsonld import _MAX_DEPTH

URL = "https://stadtbote.example/2026/03/fähre-abends"


def _page(head: str = "", body: str = "", prefix: str = "") -> str:
    ld = json.dumps(
        {
            "@type": "NewsArticle",
            "headline": "Fähre fährt künftig auch abends – “endlich”",
            "author": {"@type": "Person", "name": "Jürgen Größ"},
            "datePublished": "2026-03-04T05:06:00+01:00",
        },
        ensure_ascii=False,
    )
    return (
        f"{prefix}<html><head>{head}<title>Fähre fährt künftig auch abends | Stadtbote</title>"
        f'<script type="application/ld+json">{ld}</script></head><body><article>'
        "<h1>Fähre fährt künftig auch abends – “endlich”</h1><p>Von Jürgen Größ</p>"
        "<p>Der Hafenrat hat am Dienstag zwei Überfahrten am Abend beschlossen; "
        "die erste legt um 21.15 Uhr ab, die zweite um 22.40 Uhr.</p>"
        f"<p>Pendlerinnen aus Übersee hatten das seit Jahren gefordert.</p>{body}"
        "</article></body></html>"
    )


PAGES = {
    "plain": _page(),
    "meta-latin1": _page('<meta charset="iso-8859-1">'),
    "meta-cp1252-http-equiv": _page(
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    ),
    "meta-shift-jis-late": _page(body='<meta charset="shift_jis"><p>日本語の段落です。</p>'),
    "meta-utf16": _page('<meta charset="utf-16">'),
    "xml-declaration": _page(prefix='<?xml version="1.0" encoding="iso-8859-1"?>'),
    "emoji-and-cyrillic": _page(body="<p>Новости 😀 дня: паром ходит и вечером.</p>"),
    "control-characters": _page(body="<p>a\x0cb\x01c – Ende</p>"),
    "nested-past-2048": _page(body="<div>" * 3000 + "<p>tief unten</p>" + "</div>" * 3000),
}


@pytest.mark.parametrize("name", PAGES)
def test_utf8_bytes_and_text_give_the_same_article(name: str) -> None:
    html = PAGES[name]
    as_text = extract_article(html, URL)
    as_bytes = extract_article(html.encode("utf-8"), URL)
    assert dataclasses.asdict(as_bytes) == dataclasses.asdict(as_text)
    assert as_bytes.title and as_bytes.title.startswith("Fähre fährt")
    assert as_bytes.authors == ["Jürgen Größ"]


@pytest.mark.parametrize("name", PAGES)
def test_utf8_bytes_and_text_give_the_same_tree(name: str) -> None:
    """Every element and character, not only what the fields read (a meta charset in a
    page parsed from bytes must not switch how the rest is read)."""
    html = PAGES[name]
    from_text, from_bytes = parse(html, URL), parse(html.encode("utf-8"), URL)
    assert from_text is not None and from_bytes is not None
    assert lxml.etree.tostring(from_bytes.tree) == lxml.etree.tostring(from_text.tree)
    assert from_bytes.cache["source"] == from_text.cache["source"]


def test_a_bom_or_a_legacy_charset_still_reads_as_the_page_says() -> None:
    html = _page('<meta charset="windows-1252">')
    legacy = html.replace("“", '"').replace("”", '"').replace("–", "-")
    expected = dataclasses.asdict(extract_article(legacy, URL))
    assert dataclasses.asdict(extract_article(legacy.encode("cp1252"), URL)) == expected
    bom = b"\xef\xbb\xbf" + html.encode("utf-8")
    assert dataclasses.asdict(extract_article(bom, URL)) == dataclasses.asdict(
        extract_article(html, URL)
    )


def test_served_reader_sees_the_page_as_served_from_bytes() -> None:
    seen: list[tuple[str, str]] = []

    def reader(tree: lxml.etree._Element, text: str) -> None:
        seen.append((tree.text_content(), text))

    html = PAGES["meta-latin1"]
    extract_article(html.encode("utf-8"), URL, served=reader)
    extract_article(html, URL, served=reader)
    assert len(seen) == 2 and seen[0] == seen[1]
    assert "Überfahrten" in seen[0][0]


def _nested(levels: int) -> Any:
    value: Any = "Hafen"
    for _ in range(levels):
        value = [value]
    return value


def _depth(value: Any) -> int:
    depth = 0
    while isinstance(value, list):
        value, depth = value[0], depth + 1
    return depth


@pytest.mark.parametrize("levels", [_MAX_DEPTH - 2, _MAX_DEPTH - 1, _MAX_DEPTH, _MAX_DEPTH + 5])
def test_a_block_is_cut_exactly_at_the_nesting_bound(levels: int) -> None:
    """`about` sits one level inside the block: its lists are kept to the bound, never
    past it, whether the block is returned as parsed or copied."""
    block = {"@type": "NewsArticle", "headline": "Hafen", "about": _nested(levels)}
    doc = parse(_page(f'<script type="application/ld+json">{json.dumps(block)}</script>'), URL)
    assert doc is not None
    about = next(o for o in doc.jsonld if o.get("headline") == "Hafen")["about"]
    kept = min(levels, _MAX_DEPTH - 1)  # the block is level 0, `about`'s first list level 1
    assert _depth(about) == kept
    inner = about
    for _ in range(kept):
        inner = inner[0]
    assert inner == ("Hafen" if levels < _MAX_DEPTH else None)
