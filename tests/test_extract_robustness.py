"""Extraction never raises on bad input: it returns what it found."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import pytest

from newsarchive.extract import Article, extract_article

URL = "https://news.example/a"
TITLE = "Café owner wins award"


@pytest.mark.parametrize(
    "html",
    [
        b"",
        "",
        b"\x00\x01\x02\xff\xfe\x00garbage",
        "   \n  ",
        "<<<>>>",
        "<html><head><title>x",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        b"\xef\xbb\xbf<html><body><h1>BOM</h1></body></html>",
        "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>",
        '<script type="application/ld+json">{"@graph": [[[[[[{"@type": "NewsArticle"}]]]]]]}</script>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": 42, "headline": ["a", 7]}'
        "</script>",
        '<meta name="parsely-page" content="{broken"><meta property="article:published_time" content="soon">',
    ],
)
def test_garbage_does_not_raise(html: str | bytes) -> None:
    art = extract_article(html, URL)
    assert isinstance(art, Article)
    assert art.url == URL


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(f"<html><head><meta charset='utf-8'></head><body><h1>{TITLE}</h1></body></html>"
                     .encode(), None, id="utf8-declared"),
        pytest.param(f"<html><head><meta charset='iso-8859-1'></head><body><h1>{TITLE}</h1></body></html>"
                     .encode("latin-1"), None, id="latin1-declared"),
        pytest.param(f"<html><body><h1>{TITLE}</h1></body></html>".encode("cp1252"), "cp1252",
                     id="encoding-from-http-header"),
        pytest.param(f"<html><head><meta charset='utf-8'></head><body><h1>{TITLE}</h1></body></html>"
                     .encode("latin-1"), None, id="wrong-charset-declared"),
        pytest.param(f"<html><head><meta charset='no-such-charset'></head><body><h1>{TITLE}</h1></body></html>"
                     .encode(), None, id="unknown-charset"),
    ],
)  # fmt: skip
def test_charsets(data: bytes, encoding: str | None) -> None:
    assert extract_article(data, URL, encoding=encoding).title == TITLE


def test_unclosed_markup_still_gives_fields() -> None:
    html = "<html><head><title>Harbour plan approved</title><body><h1>Harbour plan approved<p>Text"
    art = extract_article(html, URL)
    assert art.title == "Harbour plan approved"


def test_utf8_bytes_under_a_latin1_header_read_as_utf8() -> None:
    data = f"<html><body><h1>{TITLE}</h1></body></html>".encode()
    assert extract_article(data, URL, encoding="iso-8859-1").title == TITLE
