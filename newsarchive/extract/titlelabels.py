"""Labels a title field opens with that the page's own headline does not carry.

A social card or a CMS's SEO field tags the headline with the story's medium or format:
"VIDEO: Storm hits coast", "[영상] ...", "【動画】...", "+++ Eilmeldung +++ ...",
"EN DIRECT - ...". Where another place the page states its title (the JSON-LD headline,
the article's h1, the <title>, another meta) opens without that label, the label is the
field's, not the headline's, and goes. Where every place carries it, the site writes its
headlines so, and it stays: the evidence is the page's, the word list only says which
first parts may be such a label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from newsarchive.extract import langwords
from newsarchive.extract.titlevotes import norm

MIN_REST = 8  # characters left after the label: a shorter rest is no headline
MAX_TAG_WORDS = 4  # "[포토]", "【独自】", "(mit Video)": a bracketed tag is a few words
MAX_TAG_CHARS = 24
# Brackets around a tag; not the corner brackets 「」『』, which quote words of the headline.
_OPEN = "\\[(\uff08\u3010\u3014\u3016\u3018\u301a\u300a\u3008\uff1c<"
_CLOSE = "\\])\uff09\u3011\u3015\u3017\u3019\u301b\u300b\u3009\uff1e>"
_BRACKETED = re.compile(rf"\s*[{_OPEN}]\s*(?P<label>[^{_CLOSE}{_OPEN}]+?)\s*[{_CLOSE}]\s*")
# "+++ Eilmeldung +++": a German ticker's tag, any words between the marks
_PLUSSED = re.compile(r"\s*\+{2,}\s*(?P<label>[^+]+?)\s*\+{2,}\s*")
# "VIDEO: ", "VIDÉO. ", "Video | ", "FOTOS \u2013 ", "EN DIRECT -", "速報\uff1a": a word label and
# its mark
_WORDED = re.compile(
    r"\s*(?P<label>[^\W\d_][^:|\uff1a\uff5c]{0,29}?)"
    r"\s*(?:[:|\uff1a\uff5c]|\.(?=\s)|\s[-\u2013\u2014](?=\s)|[-\u2013\u2014](?=\s))\s*"
)


def _bare(text: str) -> str:
    """A label's words without case or accents, which capitals often drop ("VIDEO" for
    "Vidéo"), Turkish dotless i as i ("CANLI" is "canl\u0131")."""
    bare = unicodedata.normalize("NFKD", norm(text))
    return "".join(c for c in bare if not unicodedata.combining(c)).replace("\u0131", "i")


_LABELS = frozenset(
    _bare(e)
    for table in (langwords.MEDIA_LABELS, langwords.LIVE_WORDS, langwords.LIVE_PAGE_WORDS)
    for e in langwords.entries(table)
)


def opening_label(value: str) -> tuple[str, str] | None:
    """(label, rest) where `value` opens with a medium/format label or a bracketed tag."""
    for shape in (_BRACKETED, _PLUSSED, _WORDED):
        m = shape.match(value)
        if m is None:
            continue
        label, rest = m.group("label"), value[m.end() :]
        if len(rest) < MIN_REST or len(label) >= len(rest):
            return None
        if shape is _WORDED and _bare(label) not in _LABELS:
            return None
        if len(label) > MAX_TAG_CHARS or len(norm(label).split()) > MAX_TAG_WORDS:
            return None
        return label, rest
    return None


def unlabelled(value: str, witnesses: Sequence[str]) -> str:
    """`value` without its opening label where one of `witnesses` (the page's other
    titles) opens without it; else `value` as it is."""
    found = opening_label(value) if value else None
    if found is None:
        return value
    label = norm(found[0])
    for w in witnesses:
        key = norm(w)
        if len(key) >= MIN_REST and not key.startswith(label):
            return found[1]
    return value
