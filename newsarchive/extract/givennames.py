"""Whether a word is a person's given name in any of 50-odd countries' naming customs.

The table is gender-guesser's (Jörg Michael's `nam_dict.txt`, some 48,000 given names of
Europe, the Americas, Turkey, the Arab world, India and East Asia in Latin letters), read
once, on first use, through the library's own parser; only the names are kept. It tells
"Muster, Anna" (a surname and a given name) from "Muster, Lörrach" (a surname and where she
filed from) on a page that names neither elsewhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Latin letters only (with their accents): the table holds no Cyrillic, Greek or Arabic
# spelling, so a word in those scripts is unknown to it, not known as no name
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’-]+")


@cache
def _names() -> frozenset[str]:
    from gender_guesser.detector import Detector  # 0.2 s: loaded where a byline needs it

    names = Detector(case_sensitive=False).names
    return frozenset(names) | frozenset(_plain(n) for n in names if not n.isascii())


def _plain(word: str) -> str:
    """Without accents: "Matěj" as "matej", "Dragoș" (comma below) as "dragos"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def latin_word(word: str) -> bool:
    return _LATIN_WORD.fullmatch(word) is not None


def is_given_name(word: str) -> bool:
    """ "Anna", "Jürgen", "Ayşe", "Małgorzata", "Hans-Peter" (each part): a given name;
    "Lörrach", "Olten": none."""
    names = _names()
    return all(
        part.lower() in names or _plain(part) in names for part in word.split("-") if part
    ) and bool(word.strip("-"))
