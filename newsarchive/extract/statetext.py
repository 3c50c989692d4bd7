"""An article's text kept only in a Next.js page's state (`__NEXT_DATA__`), for body.py.

A page rendered in the browser ships an empty root and its data as JSON: the text is
there, in paragraphs under one path (`props.pageProps.article.body[].text`) or as one
HTML string (`...content: "<p>...</p>"`). The paragraphs are the strings of the path
(list indexes left out) carrying the most running text, in the order the state gives them,
short ones (subheads) included.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

import lxml.html

from newsarchive.extract.text import clean, width

_NEXT_DATA = re.compile(r"<script[^>]*\bid=[\"']__NEXT_DATA__[\"'][^>]*>", re.I)
_DECODER = json.JSONDecoder(strict=False)
MIN_STRING = 40  # letters' worth: shorter strings are titles, labels and ids, and weigh nothing
_ADDRESS = ("http://", "https://", "/")
MAX_DEPTH = 40
_HTML = re.compile(r"<(?:p|br|h[2-4]|div)\b", re.I)
_PARAGRAPH_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")


def state_paragraphs(source: str) -> list[str]:
    """The article's paragraphs in the page's Next.js state, or [] without one."""
    m = _NEXT_DATA.search(source)
    if m is None:
        return []
    try:
        state, _ = _DECODER.raw_decode(source, m.end())
    except (ValueError, RecursionError):
        return []
    found: dict[str, list[str]] = defaultdict(list)
    _collect(state, "", found, 0)
    weights = {
        path: sum(width(t) for t in texts if _running_text(t)) for path, texts in found.items()
    }
    if not weights or not max(weights.values()):
        return []
    best = found[max(weights, key=weights.__getitem__)]
    paragraphs: list[str] = []
    for value in best:
        paragraphs.extend(_split(value))
    return [p for p in paragraphs if p]


def _collect(value: Any, path: str, found: dict[str, list[str]], depth: int) -> None:
    """Strings of running text under their paths, list indexes left out (so the
    paragraphs of one body share one path)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            _collect(item, f"{path}.{key}", found, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _collect(item, path + "[]", found, depth + 1)
    elif isinstance(value, str) and value.strip() and not value.startswith(_ADDRESS):
        found[path].append(value)  # short ones too: a body's subheads share its path


def _running_text(value: str) -> bool:
    """Words, not an id, slug or address: spaces between them (or a script without any)."""
    size = width(value)
    if size < MIN_STRING:
        return False
    return " " in value.strip() or size > len(value)


def _split(value: str) -> list[str]:
    """A string's paragraphs: an HTML string's blocks, else the string cut at blank lines."""
    if not _HTML.search(value):
        return [clean(p) for p in re.split(r"\n\s*\n|\n", value)]
    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return [clean(value)]
    blocks = [el for el in root.iter(*_PARAGRAPH_TAGS) if el.getparent() is not None]
    outer = [b for b in blocks if not any(a in blocks for a in b.iterancestors())]
    return [clean(b.text_content()) for b in outer] or [clean(root.text_content())]
