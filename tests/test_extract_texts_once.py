"""An element's text is serialised once a page (`Document.text`, `Document.raw_text`),
and a page reads the same whether or not the texts are kept: the body's sign-up and
paywall boxes, its scored paragraphs, the standfirst and an author box all come out alike."""

from __future__ import annotations

import lxml.etree
import pytest

from newsarchive.extract import extract_article
from newsarchive.extract.document import Document, parse
from newsarchive.extract.text import clean

URL = "https://news.example.test/harbour/2025/05/bridge-reopens"

SENTENCE = "The harbour bridge reopened on Monday after three months of repairs to its deck. "

PAGES = [
    pytest.param(
        "<html><head><title>Bridge reopens | Harbour News</title>"
        '<meta name="description" '
        'content="Traffic runs again over the harbour bridge after repairs.">'
        "</head><body><main><article><h1>Bridge reopens</h1>"
        "<p>Traffic runs again over the harbour bridge after repairs.</p>"
        + f"<p>{SENTENCE * 3}</p>"
        * 4
        + '<div class="box"><div><h3>The Morning Newsletter</h3><p>Our best stories, every day.</p>'
        '<form><input type="email" name="email" placeholder="Your email"><button>Sign up</button>'
        "</form></div></div>"
        + f"<p>{SENTENCE * 2}</p>"
        + "<div><p>Subscribe to keep reading</p><p>Only 1 euro a month.</p>"
        '<a href="/abo">Subscribe</a></div>'
        "<h3>About the author</h3><p><b>Jane Doe</b> is our harbour reporter.</p>"
        "</article></main></body></html>",
        id="sign-up-and-paywall-boxes-in-an-english-article",
    ),
    pytest.param(
        "<html><head><title>Brücke wieder offen</title></head><body><div class=wrap><div>"
        "<h1>Brücke wieder offen</h1><div class=intro>Nach drei Monaten rollt der Verkehr wieder "
        "über die Hafenbrücke.</div>"
        + "<div>Die Hafenbrücke ist seit Montag wieder befahrbar, sagte die Stadt am Morgen. "
        "Die Arbeiten am Belag dauerten länger als geplant.</div>"
        * 5
        + "<div><span>Newsletter</span><p>Jeden Morgen die Nachrichten aus dem Hafen.</p>"
        '<a href="/newsletter/anmelden">Jetzt anmelden</a></div>'
        '<div><a href="/login">Anmelden</a> <a href="/abo">Jetzt abonnieren</a></div>'
        "</div></div></body></html>",
        id="german-divs-without-paragraphs",
    ),
]


def _uncached(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Document, "raw_text", lambda self, el: el.text_content())
    monkeypatch.setattr(Document, "text", lambda self, el: clean(el.text_content()))


@pytest.mark.parametrize("page", PAGES)
def test_a_page_reads_the_same_with_and_without_the_kept_texts(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = extract_article(page, URL)
    _uncached(monkeypatch)
    assert extract_article(page, URL) == kept
    assert kept.body and "Sign up" not in kept.body and "Jetzt anmelden" not in kept.body


@pytest.mark.parametrize("page", PAGES)
def test_each_elements_text_is_read_once_and_is_its_text(page: str) -> None:
    doc = parse(page, URL)
    assert doc is not None
    for el in doc.tree.iter(lxml.etree.Element):
        assert doc.text(el) == clean(el.text_content())
        assert doc.raw_text(el) == el.text_content()
    # the same element reached again by another walk (fresh lookups) is served from the page
    for el in doc.tree.iter(lxml.etree.Element):
        assert doc.text(el) is doc.texts[el]
    assert len(doc.texts) == len(list(doc.tree.iter(lxml.etree.Element)))
