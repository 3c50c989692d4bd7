"""The site's name as its masthead shows it: the logo at the top, linking home.

Many pages state their name nowhere in the metadata, yet every one shows it at the top:
a logo picture's alt text ("<a href="/"><img alt="Hafenblatt Kurier"></a>"), or, where
the logo is drawn inline, the home link's label (`aria-label`, `title`) or its text (a
word mark, a screen reader's span; `document.parse` drops the SVG itself).
That is the name the page's titles end in (`titleparts.site_names` reads it only where a
title's end names no site the metadata state).
"""

from __future__ import annotations

import html
import itertools
import re

from lxml.html import HtmlElement

from newsarchive.extract.document import Document
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean
from newsarchive.extract.urls import split_url

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

LOGO_WINDOW = 40  # the first images of a page: where its masthead's logo sits
MAX_LOGOS = 2  # the masthead's logo and a second one (a sticky header's); later ones are partners'
MAX_LOGO_WORDS = 5  # "Hafenblatt Kurier" is a name; a longer alt text describes a picture
HOME_LINK_WINDOW = 40  # the first links of a page: the masthead's among them, before the menu's
LOGO_LINK_DEPTH = 5  # an image inside a home link sits a few levels under it (a picture, a span)
_LOGO_WORD = _compile(r"(?i)\b(?:logo|logotipo|logotype|logotyp)\b")
_HOME_LINK = _compile(r"^(?:https?://[^/]+)?/?(?:index\.\w+)?$")
# what a home link's label says besides the name: "Kieler Rundblick - zur Startseite",
# "Go to the homepage", "Retour à l'accueil"
_HOME_WORDS = _compile(
    r"(?i)(?:\b(?:zur|zurück zur|go to|back to|to|retour à|volver a|ir a|torna alla|naar|"
    r"til|till)\s+)?(?:\b(?:the|l'|la|de)\s*)?\b(?:startseite|homepage|home page|home|"
    r"accueil|inicio|portada|homepagina|forside|forsiden|startsida|startsidan|etusivu|"
    r"strona główna|ana sayfa|anasayfa|pagina iniziale)\b"
)
_MARKS = _compile(r"(?!(?<=\s)\s)(?:\s+[-\u2013\u2014|:\u00b7]\s+|\s*[|:]\s*)")


def logo_names(doc: Document) -> list[str]:
    """The masthead's names: the logo picture's alt text, else the home link's labels."""
    return _image_names(doc) or _home_link_names(doc) or _drawn_names(doc)


def _drawn_names(doc: Document) -> list[str]:
    """The label of a logo drawn inline (`<svg aria-label>` or its `<title>`) inside a home
    link or a block classed a logo or the brand.

    The parse drops every SVG (`document._DROP_TAGS`), so the first few are read from the
    page's source (`Document.cache["source"]`): a walk of the tree for them before the drop
    cost ~0.7% of extraction on every page, for a name read only where nothing else names
    the site. What holds the picture is told by the markup just before it: the last link
    opened and not closed there (its `href`), else the classes of the tags opened there.
    """
    source: str = doc.cache.get("source", "")
    found: list[str] = []
    start = 0
    for _ in range(MAX_SVGS):
        at = source.find("<svg", start)
        if at < 0:
            break
        start = at + 4
        opening = _SVG_OPENING.match(source, at)
        if opening is None:
            continue
        label = _ARIA_LABEL.search(opening["attrs"])
        inner = source[opening.end() : opening.end() + MAX_SVG_TITLE_AT]
        text = (
            (label["label"] or label["single"])
            if label
            else (t["title"] if (t := _SVG_TITLE.match(inner)) else "")
        )
        if (
            not text
            or _ICON_WORD.search(text)
            or not _holds_a_logo(source[max(0, at - HOLDER_WINDOW) : at])
        ):
            continue
        if (name := _name(html.unescape(text))) and name not in found:
            found.append(name)
        if len(found) >= MAX_LOGOS:
            break
    return found


_ICON_WORD = _compile(r"(?i)\bicon\b")  # "Chevron icon", "Wetter Icon": a control's picture
MAX_SVGS = 8  # the first drawn pictures: a masthead's logo among them
MAX_SVG_TITLE_AT = 400  # an SVG's <title> is its first child, after a <desc> at most
HOLDER_WINDOW = 600  # characters of markup before a picture: the tags holding it
_SVG_OPENING = _compile(r"<svg\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ARIA_LABEL = _compile(r"""\baria-label\s*=\s*(?:"(?P<label>[^"]*)"|'(?P<single>[^']*)')""")
_SVG_TITLE = _compile(
    r"^\s*(?:<desc\b[^>]*>[^<]*</desc>\s*)?<title\b[^>]*>(?P<title>[^<]+)</title>"
)
_LINK_OPENING = _compile(
    r"""<a\b[^>]*?\bhref\s*=\s*["']?(?P<href>[^"'\s>]*)[^>]*>""", re.IGNORECASE
)
_OPENING_CLASS = _compile(
    r"""<(?!/)[a-z][^>]*?\b(?:class|id)\s*=\s*["'](?P<words>[^"']*)["'][^>]*>$""", re.IGNORECASE
)
_TAGS_BETWEEN = _compile(r"(?:\s*<(?!/)[a-z][^>]*>)+\s*$", re.IGNORECASE)


def _holds_a_logo(before: str) -> bool:
    """Whether the markup just before a picture opens a home link still open at it, or opens
    (with nothing between) a block classed a logo or the brand."""
    links = list(_LINK_OPENING.finditer(before))
    if links and "</a>" not in before[links[-1].end() :].lower():
        return _HOME_LINK.match(links[-1]["href"].strip()) is not None
    run = _TAGS_BETWEEN.search(before)  # the tags opened right before the picture
    tags = re.findall(r"<[^>]*>", run.group()) if run else []
    return any(
        _LOGO_BLOCK.search(m["words"])
        for tag in tags[-LOGO_BLOCK_DEPTH:]
        if (m := _OPENING_CLASS.match(tag))
    )


def _image_names(doc: Document) -> list[str]:
    """The alt text of an image linking home or classed a logo ("Hafenblatt Logo" goes
    to "Hafenblatt")."""
    found: list[str] = []
    for img in doc.elements("img")[:LOGO_WINDOW]:
        if not (alt := img.get("alt")) or not _is_logo(img):
            continue
        if name := _name(alt):
            found.append(name)
        if len(found) >= MAX_LOGOS:
            break
    return found


def _is_logo(img: HtmlElement) -> bool:
    """An image classed a logo, inside a home link, or inside a block classed a logo or the
    masthead's brand ("<div class="site-logo"><img>", Bootstrap's "navbar-brand"): a logo
    that links nowhere, or to the home page by a script."""
    if "logo" in f"{img.get('class', '')} {img.get('id', '')}".lower():
        return True
    near = list(itertools.islice(img.iterancestors(), LOGO_LINK_DEPTH))
    link = next((a for a in near if a.tag == "a"), None)
    if link is not None and _HOME_LINK.match((link.get("href") or "").strip()):
        return True
    return any(
        _LOGO_BLOCK.search(f"{a.get('class', '')} {a.get('id', '')}")
        for a in near[:LOGO_BLOCK_DEPTH]
        if a.tag != "a"
    )


LOGO_BLOCK_DEPTH = 3  # a logo's picture sits a level or two under the block classed so
_LOGO_BLOCK = _compile(r"(?i)logo|brand")


def _home_link_names(doc: Document) -> list[str]:
    """The labels of the first links to the site's home page (a relative "/" or this
    host's root): a drawn logo's `aria-label` or `title`, or the link's own short text.
    A label that is only "Home" names none."""
    host = split_url(doc.url).hostname
    found: list[str] = []
    for link in itertools.islice(doc.tree.iter("a"), HOME_LINK_WINDOW):
        href = (link.get("href") or "").strip()
        if not _HOME_LINK.match(href) or split_url(href).hostname not in (None, host):
            continue
        labels = [link.get("aria-label"), link.get("title"), link.text_content()]
        for label in labels:
            if label and (name := _name(label)) and name not in found:
                found.append(name)
                break
        if len(found) >= MAX_LOGOS:
            break
    return found


def _name(label: str) -> str | None:
    """A label's name: "Logo" and home words go, the first part before a mark stays."""
    text = clean(_HOME_WORDS.sub(" ", _LOGO_WORD.sub(" ", label)))
    name = _MARKS.split(text)[0].strip(" -\u2013\u2014|:\u00b7") if text else ""
    words = name.split()
    named = words and len(words) <= MAX_LOGO_WORDS and any(c.isalpha() for c in name)
    return name if named else None
