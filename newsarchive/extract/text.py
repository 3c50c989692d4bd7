"""Small text helpers shared by the field cascades."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

_TAG = re.compile(r"<[^>]+>")


def clean(value: object) -> str:
    """Collapse whitespace, unescape entities and drop markup left in attribute text."""
    if value is None:
        return ""
    s = str(value)
    if "<" in s and ">" in s:
        s = _TAG.sub(" ", s)
    if "&" in s and ";" in s:
        s = html.unescape(s)
    if "\u200b" in s:
        s = s.replace("\u200b", "")
    return " ".join(s.split())  # str.split() also splits on no-break and other Unicode spaces


def dedupe(values: Iterable[str]) -> list[str]:
    """Keep the first spelling of each value, compared casefolded and NFKC-normalised."""
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        v = clean(v)
        key = unicodedata.normalize("NFKC", v).casefold()
        if v and key not in seen:
            seen.add(key)
            out.append(v)
    return out


def as_strings(value: object) -> list[str]:
    """Flatten a JSON-LD value (str, list, dict with name) into strings."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (int, float)):
        return [str(value)]
    if isinstance(value, dict):
        for key in ("name", "@value", "headline", "text"):
            if isinstance(value.get(key), str):
                return [value[key]]
        return []
    if isinstance(value, list):
        return [s for v in value for s in as_strings(v)]
    return []
