"""Whether a word is a person's given name in any of some 90 locales' naming customs.

The table is Faker's (MIT): the first names of its person providers, some 37,000 names of
Europe, the Americas, Turkey, the Arab world, Africa, India and East Asia, read once, on first
use; only the names are kept. It tells "Muster, Anna" (a surname and a given name) from
"Muster, Lörrach" (a surname and where she filed from) on a page that names neither elsewhere.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

# Latin letters only (with their accents): a word in another script is not looked up (the
# table spells few names in Cyrillic, Greek or Arabic letters), so it is unknown, not no name
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’-]+")

# The attributes a Faker person provider keeps its first names in (tuples, or dicts of weights)
_FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female")


@cache
def _names() -> frozenset[str]:
    names = frozenset(n.lower() for n in _faker_first_names())
    return names | frozenset(_plain(n) for n in names if not n.isascii())


def _faker_first_names() -> Iterator[str]:
    """Every locale's first names (0.6 s and 37 MB, once: loaded where a byline needs it)."""
    import faker.providers.person as person

    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _FIRST_NAME_LISTS:
            # the nearest class that holds the list (a locale may inherit its parent's)
            for cls in provider.__mro__:
                found = cls.__dict__.get(attribute)
                if isinstance(found, (tuple, list, dict)):
                    yield from (n for n in found if isinstance(n, str))
                    break


def _plain(word: str) -> str:
    """Without accents: "Matěj" as "matej", "Dragoș" (comma below) as "dragos"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )


def latin_word(word: str) -> bool:
    return _LATIN_WORD.fullmatch(word) is not None


def is_given_name(word: str) -> bool:
    """ "Anna", "Jürgen", "Ayşe", "Thiago", "Hans-Peter" (each part): a given name;
    "Lörrach", "Olten": none."""
    names = _names()
    return all(
        part.lower() in names or _plain(part) in names for part in word.split("-") if part
    ) and bool(word.strip("-"))
