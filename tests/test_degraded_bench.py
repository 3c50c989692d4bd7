"""The copies benchmarks/degraded_bench.py scores are what its docstring and README say.

An invented page, rewritten as each copy is: what is removed is gone, the rest stays, and
each broken JSON-LD copy really is invalid JSON that still holds the page's fields.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import degraded_bench as bench
from variant_pages import rewritten

LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Rat stimmt neuer Buslinie zu",
    "description": "Ab Frühjahr fährt der Bus\nnach Norden & 5% öfter.",
    "author": [{"@type": "Person", "name": "Anna Berg"}],
}
PAGE = (
    '<html><head><meta charset="utf-8"><title>Rat stimmt zu | Hafenbote</title>'
    '<meta property="og:title" content="Rat stimmt zu"><meta name="twitter:card" content="x">'
    '<meta property="article:published_time" content="2026-01-29T17:40:00+01:00">'
    '<meta name="author" content="Anna Berg">'
    f'<script type="application/ld+json">{json.dumps(LD)}</script></head>'
    '<body><h1>Rat stimmt neuer Buslinie zu</h1><p class="byline">Von Anna Berg</p>'
    '<meta itemprop="datePublished" content="2026-01-29"><p>Text</p></body></html>'
)


def _copy(name: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(rewritten(PAGE.encode(), bench.VARIANTS[name]))


def test_no_jsonld_removes_only_the_blocks() -> None:
    root = _copy("no-jsonld")
    assert not root.xpath("//script") and root.xpath("//meta[@property='og:title']")


def test_no_og_removes_social_metas_only() -> None:
    root = _copy("no-og")
    assert not root.xpath("//meta[@property='og:title' or @name='twitter:card']")
    assert not root.xpath("//meta[@property='article:published_time']")
    assert root.xpath("//meta[@name='author']") and root.xpath("//script")


def test_visible_only_keeps_the_markup_a_reader_sees() -> None:
    root = _copy("visible-only")
    assert not root.xpath("//script")
    assert [m.attrib for m in root.iter("meta")] == [{"charset": "utf-8"}]
    assert root.findtext(".//h1") and root.xpath("//p[@class='byline']")


@pytest.mark.parametrize("name", [n for n in bench.VARIANTS if n.startswith("ld-")])
def test_broken_jsonld_is_invalid_and_keeps_the_fields(name: str) -> None:
    (script,) = _copy(name).xpath("//script")
    text = script.text
    with pytest.raises(ValueError):
        json.loads(text)
    words = " ".join(text.split())
    assert "Rat stimmt neuer Buslinie zu" in words and "Anna Berg" in words
