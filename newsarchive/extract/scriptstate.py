"""An article stated only in a CMS's script state, read as if it were JSON-LD.

Arc XP (Fusion) pages carry the story as `Fusion.globalContent = {...}` in a script;
some leave JSON-LD out or give it without authors, tags or dates. Where a page has no
JSON-LD article, that state is mapped onto the schema.org names the cascades read.
"""

from __future__ import annotations

import html
import json
from typing import Any

from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

_NAME = "Fusion.globalContent"
_FUSION = _compile(r"Fusion\.globalContent\s*=\s*")
_DECODER = json.JSONDecoder(strict=False)
_TAG = _compile(r"<[^>]*>")  # Arc's text elements carry inline markup (<a>, <b>)


def article(source: str) -> dict[str, Any]:
    """The story in the page's script state (`source`: its HTML) as a NewsArticle object;
    {} when the page has none. Script text is raw in HTML, so it is read from the source."""
    at, m = source.find(_NAME), None
    while at >= 0 and not (m := _FUSION.match(source, at)):
        at = source.find(_NAME, at + 1)
    if m is None:
        return {}
    try:
        state, _ = _DECODER.raw_decode(source, m.end())
    except (ValueError, RecursionError):  # RecursionError: nested past Python's stack
        return {}
    return _arc_story(state) if isinstance(state, dict) else {}


def _arc_story(state: dict[str, Any]) -> dict[str, Any]:
    """Arc's content API names (ANS) as schema.org names; a non-story (a section front) is {}."""
    headline = _get(state, "headlines", "basic")
    if state.get("type") != "story" or not isinstance(headline, str):
        return {}
    by = _get(state, "credits", "by")
    taxonomy = state.get("taxonomy")
    taxonomy = taxonomy if isinstance(taxonomy, dict) else {}
    found = {
        "@type": "NewsArticle",
        "headline": headline,
        "description": _get(state, "subheadlines", "basic") or _get(state, "description", "basic"),
        "author": [
            {"@type": "Person", "name": c["name"]}
            for c in (by if isinstance(by, list) else [])
            if isinstance(c, dict) and isinstance(c.get("name"), str)
        ],
        "datePublished": state.get("first_publish_date") or state.get("display_date"),
        "dateModified": state.get("last_updated_date"),
        "keywords": [
            t["text"]
            for t in _list(taxonomy.get("tags"))
            if isinstance(t, dict) and isinstance(t.get("text"), str)
        ],
        "articleSection": _get(taxonomy, "primary_section", "name"),
        "image": _get(state, "promo_items", "basic", "url"),
        "articleBody": "\n\n".join(
            html.unescape(_TAG.sub("", e["content"]))
            for e in _list(state.get("content_elements"))
            if isinstance(e, dict) and e.get("type") == "text" and isinstance(e.get("content"), str)
        ),
        "inLanguage": state.get("language"),
    }
    return {k: v for k, v in found.items() if v}


def _list(value: Any) -> list[Any]:
    """A field that should be a list, [] where the state gives something else (a number)."""
    return value if isinstance(value, list) else []


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    return data
