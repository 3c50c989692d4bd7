"""Whether a word is a person's given name in any of 86 locales' naming customs.

The table is Faker's (MIT, 40.63): the first names of its 86 person providers, and the
Indonesian one's last names (personal names: most Indonesians carry no family name), 31,381 names
of Europe, the Americas, Turkey, the Arab world, Africa, India and East Asia (measured with
`_faker_first_names`), read once, on first use; only the names are kept, also in Latin
letters (names in Cyrillic as English, Ukrainian and German papers spell them, Japanese and
Chinese ones romanised, "Ł" and "ø" without their stroke), as a byline in Latin letters
prints them: 42,044 spellings in all. It tells "Muster, Anna" (a surname and a given name)
from "Muster, Lörrach" (a surname and where she filed from, `placenames`); a word neither
table holds ("Muster, Smilla") is read as a given name.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterator
from functools import cache

from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# Latin letters only (with their accents): a word in another script is not looked up (the
# table spells few names in Cyrillic, Greek or Arabic letters), so it is unknown, not no name
_LATIN_WORD = _compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'’-]+")

# The attributes a Faker person provider keeps its first names in (tuples, or dicts of
# weights); Japanese and Chinese names also romanised, as a Latin byline spells them
_FIRST_NAME_LISTS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_romanized_names",
    "first_romanized_names_male",
    "first_romanized_names_female",
)


@cache
def _names() -> frozenset[str]:
    names = frozenset(n.lower() for n in _faker_first_names())
    latin = {s for n in names if CYRILLIC.search(n) for s in cyrillic_in_latin(n)}
    return names | latin | frozenset(plain(n) for n in names if not n.isascii())


def preload() -> None:
    """Read the table now (the extraction fork server does, for the workers it forks)."""
    _names()


def _faker_first_names() -> Iterator[str]:
    """Every locale's first names (0.2 s and 32 MB, once: loaded where a byline needs it)."""
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
    # Most Indonesians carry no family name: what the provider lists as last names are
    # personal names a byline prints last or alone ("Santoso, WIBOWO"; "-owo" is also a
    # Polish town's ending, `placenames.place_shaped`)
    indonesian = importlib.import_module(f"{person.__name__}.id_ID").Provider
    yield from indonesian.last_names


def plain(word: str) -> str:
    """Without accents: "Matěj" as "matej", "Dragoș" (comma below) as "dragos", and the
    letters no accent makes ("Małgorzata" as "malgorzata", "Bjørn" as "bjorn")."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    ).translate(_BARE_LETTERS)


# Letters Unicode does not take apart into a base and an accent
_BARE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t"})

CYRILLIC = _compile(r"[\u0400-\u04ff]")
# Cyrillic names in Latin letters as Western papers print them, three ways a row: English
# ("Dmitriy", "Yuliya"), Ukrainian ("Dmytro", "Olha") and German ("Dmitrij", "Julija"); a
# name spelled none of these ways stays unknown. ("-" writes nothing: the hard and soft signs)
_CYRILLIC_TEXT = """
а a a a   б b b b   в v v w   г g h g   ґ g g g   д d d d   е e e e   ё yo yo jo
є ye ie je   ж zh zh sch   з z z s   и i y i   і i i i   ї yi i ji   й y i j   к k k k
л l l l   м m m m   н n n n   о o o o   п p p p   р r r r   с s s s   т t t t   у u u u
ф f f f   х kh kh ch   ц ts ts z   ч ch ch tsch   ш sh sh sch   щ shch shch schtsch
ъ - - -   ы y y y   ь - - -   э e e e   ю yu iu ju   я ya ia ja
"""
_CYRILLIC_ROWS = [
    _CYRILLIC_TEXT.split()[i : i + 4] for i in range(0, len(_CYRILLIC_TEXT.split()), 4)
]
_CYRILLIC_WAYS = tuple({row[0]: row[way].strip("-") for row in _CYRILLIC_ROWS} for way in (1, 2, 3))


def cyrillic_in_latin(name: str) -> set[str]:
    """ "Дмитрий" as "dmitriy", "dmytryi", "dmitrij", and without its ending's last letter
    ("dmitri", "dmitry")."""
    name = name.lower()
    found = set()
    for table in _CYRILLIC_WAYS:
        latin = "".join(table.get(c, c) for c in name)
        found.add(latin)
        if name.endswith("ий"):
            found.add(latin[: -len(table["й"])])  # "Dmitri"
            found.add(latin[:-2] + "y")  # "Dmitry"
    return found


def latin_word(word: str) -> bool:
    return _LATIN_WORD.fullmatch(word) is not None


def is_given_name(word: str) -> bool:
    """ "Anna", "Jürgen", "Ayşe", "Thiago", "Hans-Peter" (each part): a given name;
    "Lörrach", "Olten": none."""
    names = _names()
    return all(
        part.lower() in names or plain(part) in names for part in word.split("-") if part
    ) and bool(word.strip("-"))
