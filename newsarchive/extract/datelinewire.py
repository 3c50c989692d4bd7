"""A dateline opening the article's first paragraphs: a press release's or an agency's.

"BERLIN, 13. Mai 2026 /PRNewswire/ -- ...", "Madrid, 5 de diciembre de 2026 - El ...": the
release's own day, behind a wire's mark or a place (in capitals, or weaker in title case),
not a sentence's phrase that opens alike ("Meanwhile, 4 December 2026 - ...").
"""

from __future__ import annotations

import itertools

from newsarchive.extract import datetext, langwords, page_fields, placenames
from newsarchive.extract.datelinetexts import has_year
from newsarchive.extract.document import Document, following
from newsarchive.extract.headline import headline
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# A press release's or agency piece's dateline opening its first paragraphs: a place in
# capitals or a capitalised one, a comma and its day, then the wire's mark or a dash ("BERLIN,
# 13. Mai 2026 /PRNewswire/ -- ...", "Wien, 4. Dezember 2026 (APA) - ..."), or the wire's
# mark before the day ("MUNICH--(BUSINESS WIRE)--May 13, 2026--..."). The release's own day;
# a date elsewhere in the text is an event's.
_WIRE = (
    r"(?:/?\s?\(?[A-Z][\w .&-]{1,30}(?:WIRE|Newswire|NEWSWIRE)[\w .-]{0,20}\)?/?"
    r"|/[\w .-]{2,30}/|\([A-Za-z][\w ./-]{1,20}\))"
)
_DASH = r"(?:--|[\u2013\u2014-])"
_WIRE_DATELINE = _compile(
    rf"^\s*(?P<place>[^\W\d_][^\W\d_ .'-]{{1,30}}(?:[ .'-]{{1,2}}[^\W\d_]{{2,20}}){{0,3}})"
    rf"(?:,\s?[^\W\d_][^\W\d_ .]{{1,30}})?"
    # (or a full stop right after the day's year: "Berlin, 5. Dezember 2026. Der Rat ...")
    rf"(?:,\s?(?P<day>[^/()\n]{{6,40}}?)\s?(?:(?P<wire>{_WIRE})\s?{_DASH}?|{_DASH}|(?<=\d{{4}})\.)\s"
    rf"|\s?{_DASH}?\s?{_WIRE}\s?{_DASH}\s?(?P<after>[^\n]{{6,30}}?)\s?{_DASH})"
)
_WIRE_PARAGRAPHS = 3  # the first paragraphs after the headline read for a dateline
_WIRE_ELEMENTS = 60


def wire_dateline(doc: Document) -> str | None:
    """The day a dateline opening one of the article's first paragraphs states, with its
    time if any (a press release's, an agency's: `_WIRE_DATELINE`): behind a wire's mark or
    a place in capitals."""
    found = _first_dateline(doc)
    return found[0] if found is not None and not found[1] else None


def title_case_dateline(doc: Document) -> str | None:
    """The day of a dateline behind a place in title case ("Madrid, 5 de diciembre de 2026 -
    El ..."): weaker, as a sentence may open so ("Meanwhile, 4 December 2026 - The ..."), so
    read only where nothing else dates the page."""
    found = _first_dateline(doc)
    return found[0] if found is not None and found[1] else None


def _first_dateline(doc: Document) -> tuple[str, bool] | None:
    """The first paragraphs' dateline's day and whether only its place's title case made it
    one (both cascades' stages ask: read once)."""
    if "dateline" not in doc.cache:
        doc.cache["dateline"] = _read_dateline(doc)
    found: tuple[str, bool] | None = doc.cache["dateline"]
    return found


def _read_dateline(doc: Document) -> tuple[str, bool] | None:
    h1 = headline(doc)
    if h1 is None:
        return None
    seen = 0
    for el in itertools.islice(following(h1), _WIRE_ELEMENTS):
        if el.tag != "p":
            continue
        seen += 1
        if seen > _WIRE_PARAGRAPHS:
            return None
        line = " ".join(el.text_content()[:160].split())
        m = _WIRE_DATELINE.match(line)
        if m is not None and _weekday_aside(m.group("wire")):
            return None  # "However, on May 13, 2026 (Wednesday) - ...": a sentence
        if m is None:
            continue
        if m["place"].casefold() in _UPDATE_WORDS:
            continue  # "UPDATE, December 5, 2026. ...": an update's note, no dateline
        if m["place"].isupper() and _capitals_sentence(doc, m["place"]):
            continue  # "MEANWHILE, 5 December 2026 - ...": a sentence's word in capitals
        strong = m.group("day") is None or bool(m.group("wire")) or m["place"].isupper()
        if strong or (
            _title_case_place(m["place"], m["day"])
            and not line[m.end() : m.end() + 1].islower()
            and not _sentence_word(doc, m["place"])
        ):
            # a dash or full stop alone after the day only behind a place ("BERLIN, 13. Mai
            # 2026 -- ...", "Madrid, 5 de diciembre de 2026. El ..."): "Am Montag, 4. Dezember
            # 2026 - so der Rat - ..." is a sentence, and so is a title-case phrase before a
            # lower-case aside ("Meanwhile, 4 December 2026 - a Friday - ...")
            found = m.group("day") or m.group("after")
            return (found, not strong) if has_year(found) else None
    return None


# Words opening a sentence's phrase before a day, never a place's: a weekday's, a relative
# day's ("Gestern, 4. Dezember 2026 - ..."), a month's alone; a place's inner word of up to
# three letters in lower case ("Frankfurt am Main", "Rio de Janeiro": "Janeiro" is a month's
# name too).
_NOT_PLACE_WORDS = frozenset(
    langwords.entries(langwords.TODAY_WORDS) + langwords.entries(langwords.YESTERDAY_WORDS)
)
_PLACE_INNER = 3
# The article a dateline's day may open with ("Paris, le 5 décembre 2026", "Stockholm, den 5
# december 2026"); any other word ("However, on 4 December 2026 - ...") opens a sentence's.
_DAY_ARTICLES = frozenset(("le", "den"))


def _title_case_place(place: str, day: str) -> bool:
    """Whether a dateline's place is a city's name in title case ("Berlin", "Den Haag",
    "Frankfurt am Main") before the day itself: not a phrase of a sentence ("Am Montag",
    "Last year", "El lunes", "However, on 4 December 2026")."""
    words = place.replace("-", " ").split()
    if not words or not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if len(words) == 1 and datetext.month_number(words[0]) is not None:
        return False
    for i, word in enumerate(words):
        folded = word.casefold()
        if folded in datetext.WEEKDAY_NAMES or folded in _NOT_PLACE_WORDS:
            return False
        if not word[0].isupper() and (i == 0 or len(word) > _PLACE_INNER):
            return False
    first = day.split(maxsplit=1)[0].rstrip(".,").casefold()
    return (
        first[:1].isdigit()
        or first in _DAY_ARTICLES
        or first in datetext.WEEKDAY_NAMES
        or datetext.month_number(first) is not None
    )


# An update's label written where a wire's place stands ("UPDATE, December 5, 2026. ..."):
# a note the piece was changed that day, no dateline's place.
_UPDATE_WORDS = frozenset(langwords.entries(langwords.UPDATED_LABELS))
_CONNECTIVES = {
    lang: frozenset(langwords.entries({lang: words}))
    for lang, words in langwords.CONNECTIVES.items()
}


_DOTLESS_I_LANGS = ("tr", "az")


def _capitals_sentence(doc: Document, place: str) -> bool:
    """Whether a dateline's place in capitals is a sentence's words: a connective alone
    ("MEANWHILE"), or before words ending in a known place ("MEANWHILE IN BERLIN"). Capitals
    give no other sign: "STILL RIVER" (Massachusetts), a name the table does not know,
    opens with a connective and is the place."""
    words = place.split()
    if len(words) > 1 and not any(
        placenames.is_known_place(" ".join(words[k:])) for k in range(1, len(words))
    ):
        return False
    return _sentence_word(doc, place)


def _sentence_word(doc: Document, place: str) -> bool:
    """Whether a title-case dateline's place is a sentence's words ("Meanwhile, 4 December
    2026 - The council ...", "Meanwhile in Berlin, ..."): opening with a connective of the
    page's language (`langwords.CONNECTIVES`) that no town where it is spoken is called ("Ora"
    in South Tyrol on an Italian page is the town, "Auch" in France on a German one "also"),
    nor a place of more words ("Prima Porta", "Além Paraíba"). Not any word the page also
    writes in lower case: small towns are called so ("Street", "Wells", "Buchen")."""
    lang = (page_fields.language(doc) or "").split("-")[0]
    first = place.split(maxsplit=1)[0]
    if lang in _DOTLESS_I_LANGS:  # Turkish capitals: a capital I is a dotless one's
        first = first.replace("I", "ı").replace("İ", "i")
    if first.casefold() not in _CONNECTIVES.get(lang, ()):
        return False
    if " " in place:
        return not placenames.is_known_place(place)
    return not placenames.town_where_spoken(place, lang)


def _weekday_aside(wire: str | None) -> bool:
    """Whether a dateline's mark in parentheses is a weekday's name ("(Wednesday)"), no wire's."""
    return wire is not None and wire.strip(" ()/").casefold() in datetext.WEEKDAY_WORDS
