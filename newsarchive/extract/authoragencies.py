"""Newsroom and agency credits inside a byline: "Redaktion", "(dpa)", "AFP/Reuters",
a newsroom and the place it filed from.

A credit names no person but says who wrote: the cascade keeps it only where no person is
named, and `clean_names` must not take it for a surname.
"""

from __future__ import annotations

import re

from newsarchive.extract import langwords
from newsarchive.extract.authorjoins import AND_WORDS
from newsarchive.extract.authorshapes import capitalised
from newsarchive.extract.byline import (
    BYLINE_LEAD,
    is_place_name,
)
from newsarchive.extract.langwords import AGENCIES, is_agency
from newsarchive.extract.regexcache import compiled_patterns
from newsarchive.extract.text import clean, dedupe

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled


_NEWSROOM = _compile(
    r"^(?:(?:{})\s+)?({})$".format(
        "|".join(map(re.escape, langwords.entries(langwords.NEWSROOM_FROM))),
        "|".join(map(re.escape, langwords.entries(langwords.NEWSROOM_WORDS))),
    ),
    re.I,
)


def newsroom_credit(text: str) -> str | None:
    """ "Por Redação", "Da Redação", "Redakce": the newsroom's word as printed, else None."""
    text = clean(text)
    if len(text) > NEWSROOM_CHARS:
        return None
    text = BYLINE_LEAD.sub("", text).strip(" .:")
    if (place := _CREDIT_AND_PLACE.match(text)) and a_place(place.group(2).strip()):
        text = place.group(1)  # "Da Redação | São Paulo", "Redakce, Praha": where it filed from
    if (m := _NEWSROOM.match(text)) is None:
        return None
    article, _, word = m.group(1).partition(" ")
    # "Por la Redacción": the newsroom's word, not the sentence's article ("La Rédaction",
    # a line of its own, stays as printed)
    return word if word and article in _NEWSROOM_ARTICLES else m.group(1)


NEWSROOM_CHARS = 40
_NEWSROOM_ARTICLES = frozenset(("la", "le", "a", "o", "de", "el", "the"))
_CREDIT_AND_PLACE = _compile(
    r"^(.+?)\s*(?:[|,/\u00b7\u2022]|\s[-\u2013\u2014])\s*([^\W\d_][^\d|,]{1,30})$"
)


# "(dpa)", "ama/dpa", "(AFP, dpa)": the agencies a story credits in its closing tag, with an
# editor's initials or a regional service's code in lower case ("ama", "lno") beside them.
# (full-width brackets and stop too: Japanese and Chinese stories close with Kyodo's "共同")
_AGENCY_TAG_LINE = _compile(r"^[(（]?\s*([^\W\d_][\w./,&\s-]{1,40}?)\s*[)）]?[.。]?$")
_TAG_PARTS = _compile(rf"(?!(?<=\s)\s)(?:\s*[/,&]\s*|\s+(?:{AND_WORDS})\s+)", re.I)


def agency_tag(text: str) -> list[str]:
    """The agencies of a closing tag, where every part is an agency or lower-case initials."""
    m = _AGENCY_TAG_LINE.match(text) if text else None
    if m is None:
        return []
    parts = [p for p in _TAG_PARTS.split(m.group(1)) if p]
    if parts == [text] and (
        text.casefold() in langwords.WORD_AGENCIES or text.casefold() not in AGENCIES
    ):
        # "AP" alone on a line, no brackets: a subhead as likely as a tag; so are letters
        # that are a word too, agencies only in capitals ("MAP", "SPA": a label)
        return []
    agencies = [p for p in parts if is_agency(p)]
    # "(APA/red.)": initials or a newsroom's "red." with its abbreviation's stop
    initials = all(
        (q := p.removesuffix(".")).islower() and q.isalpha() and 2 <= len(q) <= 4
        for p in parts
        if p not in agencies
    )
    return dedupe(agencies) if agencies and initials else []


def a_place(part: str) -> bool:
    """Where a newsroom filed from: one capitalised word, not an agency ("Praha", not "ČTK",
    "Agenturen"), or a place of several words ("São Paulo"; not "João Lima", who may be a
    writer)."""
    if is_place_name(part):
        return True
    return (
        " " not in part
        and capitalised(part)
        and not part.isupper()
        and not is_agency(part)
        and part.casefold() not in langwords.GENERIC_AGENCY_WORDS
    )
