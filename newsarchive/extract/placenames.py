"""Whether one word is a known town or region, or shaped like a town's name.

A positive sign that "Muster, Lörrach" names where she filed from, not a given name the
tables lack ("Muster, Smilla", "Okafor, Chidi"). The towns: the world's of 15,000 people or
more (GeoNames, CC BY 4.0, `towns.txt`, 32,632 names with each one's country and people:
"Kisumu", "Arequipa", "Kempten"), Faker's (MIT) address providers' real towns, regions and
provinces (small ones of some countries: "Olten", "Zwettl"; a country's provider's with that
country), and the cities the time-zone database names: 74,800 spellings with those without
accents and Cyrillic ones in Latin letters, read once on first use (0.4-0.8 s, 35 MB). And the
endings only towns' names have in many languages ("Jaipur", "Hyderabad", "Todtnau"). Where a
word is a town only far from the page's language and small (`far_small_town`), it is weighed
as a given name.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import pkgutil
import re
import zoneinfo
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path

from newsarchive.extract.givennames import CYRILLIC, cyrillic_in_latin, plain
from newsarchive.extract.regexcache import compiled_patterns

_compile = compiled_patterns(__name__)  # import-time patterns, kept compiled

# The attributes Faker's address providers keep real places in (not `city_prefixes` and the
# like, which build made-up ones)
_PLACE_LISTS = (
    "cities",
    "city_names",
    "real_city_names",
    "towns",
    "states",
    "provinces",
    "regions",
    "municipalities",
)


@cache
def _places() -> frozenset[str]:
    names = {n.casefold() for n, _ in _faker_places()} | {n.casefold() for n in _zone_cities()}
    names |= {name.casefold() for name, _, _ in _towns_table()}
    latin = {s for n in names if CYRILLIC.search(n) for s in cyrillic_in_latin(n)}
    return frozenset(names | latin | {plain(n) for n in names if not n.isascii()})


def preload() -> None:
    """Read the tables now (the extraction fork server does, for the workers it forks)."""
    _places()
    _town_rows()
    _speakers("en")  # (and Babel's territories' table, read once for every language)
    _country_names("en")  # Babel's English locale (~20 ms), which every language's names add


@cache
def _unranked() -> frozenset[str]:
    """The places of the time-zone database and of Faker's address providers of no one
    country ("en", "de"): no country or size known, so a place wherever it is read."""
    names = {n.casefold() for n, c in _faker_places() if not c}
    names |= {n.casefold() for n in _zone_cities()}
    latin = {s for n in names if CYRILLIC.search(n) for s in cyrillic_in_latin(n)}
    return frozenset(names | latin | {plain(n) for n in names if not n.isascii()})


@cache
def _town_rows() -> dict[str, list[tuple[str, int]]]:
    """Each GeoNames town's and each country's Faker place's spellings (folded, and without
    accents) -> its (country, people); a Faker place's people are not known (0)."""
    rows: dict[str, list[tuple[str, int]]] = {}
    faker = ((name, country, 0) for name, country in _faker_places() if country)
    for name, country, people in itertools.chain(_towns_table(), faker, _local_rows()):
        folded = name.casefold()
        rows.setdefault(folded, []).append((country, people))
        if not folded.isascii():
            rows.setdefault(plain(folded), []).append((country, people))
    return rows


# Big cities as their own country prints them, where GeoNames names them in English (its
# rows are found under "Warsaw", not "Warszawa"), or as datelines print them ("New York"
# for GeoNames' "New York City"): "Warszawa, PAP" is the dateline as "Warsaw, PAP" is.
# Each spelling = the GeoNames name it is found under.
_LOCAL_SPELLINGS = """
Warszawa=Warsaw, Roma=Rome, Milano=Milan, Napoli=Naples, Torino=Turin, Firenze=Florence,
Genova=Genoa, München=Munich, Nürnberg=Nuremberg, Wien=Vienna, Praha=Prague, Lisboa=Lisbon,
Moskva=Moscow, Москва=Moscow, Sankt-Peterburg=Saint Petersburg,
Санкт-Петербург=Saint Petersburg, Bruxelles=Brussels, Brussel=Brussels, Antwerpen=Antwerp,
København=Copenhagen, Göteborg=Gothenburg, Athina=Athens, Αθήνα=Athens,
Θεσσαλονίκη=Thessaloníki, București=Bucharest, Bucureşti=Bucharest, Beograd=Belgrade,
Београд=Belgrade, Київ=Kyiv, Киев=Kyiv, Sofiya=Sofia, София=Sofia, Мінск=Minsk,
Минск=Minsk, Харків=Kharkiv, Одеса=Odesa, Tiranë=Tirana, Den Haag=The Hague, Genève=Geneva,
Hà Nội=Hanoi, Ciudad de México=Mexico City,
Chișinău=Chisinau, New York=New York City, Kiev=Kyiv
"""


def _local_rows() -> Iterator[tuple[str, str, int]]:
    """Each `_LOCAL_SPELLINGS` spelling with its city's country and people (the city's own
    rows of a big city, not a namesake's: "Roma" is Rome, Italy, not Rome, Georgia)."""
    english: dict[str, list[tuple[str, int]]] = {}
    for name, country, people in _towns_table():
        if people >= BIG_CITY:
            english.setdefault(name, []).append((country, people))
    for entry in _LOCAL_SPELLINGS.split(","):
        local, _, name = entry.strip().partition("=")
        for country, people in english.get(name, ()):
            yield local, country, people


def town_countries(word: str) -> list[tuple[str, int]]:
    """ "Hikari" -> [("JP", 51040)]: the countries a GeoNames town of this name lies in, and
    its people; empty for a word no town of 15,000 is called."""
    rows = _town_rows()
    return rows.get(word.casefold()) or rows.get(plain(word)) or []


def big_city(word: str, lang: str = "") -> bool:
    """ "Paris", "Warszawa", and on a Spanish page "Bruselas", "Nueva York": a city of
    `BIG_CITY` people or more, by its GeoNames name, its own country's spelling
    (`_LOCAL_SPELLINGS`) or the name CLDR gives a time-zone database city in the page's
    language (as Babel ships it; read once a language, ~15 ms)."""
    if any(people >= BIG_CITY for _, people in town_countries(word)):
        return True
    named = _zone_cities_in(lang.split("-")[0].casefold()).get(word.casefold())
    return named is not None and any(people >= BIG_CITY for _, people in town_countries(named))


def same_city(one: str, other: str, lang: str = "") -> bool:
    """Whether two spellings name one big city ("Rome" and "Roma", "KIEV" and "Kyiv", and
    on a Spanish page "Brussels" and "Bruselas"): a dateline spelled otherwise than the
    byline's is still the same place."""
    return bool(_big_city_rows(one, lang) & _big_city_rows(other, lang))


def _big_city_rows(word: str, lang: str) -> set[tuple[str, int]]:
    """The (country, people) rows of the big cities `word` names (see `big_city`)."""
    named = _zone_cities_in(lang.split("-")[0].casefold()).get(word.casefold())
    rows = town_countries(word) + (town_countries(named) if named else [])
    return {row for row in rows if row[1] >= BIG_CITY}


@cache
def _zone_cities_in(lang: str) -> dict[str, str]:
    """The time-zone database's cities as `lang` names them where it names them otherwise
    ("bruselas" -> "Brussels" in Spanish, "varsovie" -> "Warsaw" in French)."""
    from babel import Locale, UnknownLocaleError

    try:
        zones = Locale.parse(_CLDR_CODES.get(lang, lang)).time_zones if lang else {}
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    found: dict[str, str] = {}
    for zone, names in zones.items():
        city = names.get("city") if hasattr(names, "get") else None
        if isinstance(city, str) and "/" in zone:
            found[city.casefold()] = zone.rpartition("/")[2].replace("_", " ")
    return found


# Codes pages and language detectors still print for a language CLDR files under another
# ("tl" for Filipino, "iw" Hebrew, "in" Indonesian, "ji" Yiddish, "mo" Romanian)
_CLDR_CODES = {"tl": "fil", "iw": "he", "in": "id", "ji": "yi", "mo": "ro"}


@cache
def _speakers(lang: str) -> frozenset[str]:
    """The countries where `lang` ("de", "en") is an official, regional or de facto language
    (CLDR, as Babel ships it): "de" -> DE, AT, CH, LI, LU, BE ...; "en" -> GB, US, IN, NG,
    KE ...; "ca" -> AD and ES (Catalonia's), "cy" -> GB (Wales')."""
    from babel import languages
    from babel.core import get_global

    lang = _CLDR_CODES.get(lang, lang)
    return frozenset(
        territory
        for territory in get_global("territory_languages")
        if lang in languages.get_official_languages(territory, regional=True, de_facto=True)
    )


# A city as statistics count one (100,000 people): a correspondent's post, whatever the
# page's language ("Sendai", "Agadir"); a smaller town is a dateline only near the paper
BIG_CITY = 100_000


def far_small_town(word: str, lang: str) -> bool:
    """Whether `word` names only towns of fewer than `BIG_CITY` people in countries that do
    not speak the page's language, and no region or place of Faker's or the time-zone
    database: "Hikari" (Japan) or "Kemi" (Finland) under an English or French byline, read
    as a given name; not "Lörrach" on a German page, "Kisumu" on an English one (Kenya
    speaks English), "Sendai" (a city of a million), or any word where the page names no
    language."""
    lang = lang.split("-")[0].casefold()
    rows = town_countries(word)
    if not lang or not rows or word.casefold() in _unranked() or plain(word) in _unranked():
        return False
    speakers = _speakers(lang)
    return bool(speakers) and all(
        people < BIG_CITY and country not in speakers for country, people in rows
    )


def town_where_spoken(word: str, lang: str) -> bool:
    """ "Ora" (South Tyrol) on an Italian page: a town spelled so, accents and all ("Però" is
    no "Pero"), in a country where the page's language is spoken."""
    speakers = _speakers(lang.split("-")[0].casefold()) if lang else frozenset()
    return any(country in speakers for country, _ in _town_rows().get(word.casefold(), ()))


@cache
def _country_names(lang: str) -> dict[str, str]:
    """The names of the world's countries and regions CLDR gives in `lang` and in English
    (as Babel ships them), folded, to their codes: "nigeria" -> NG, "schweiz" -> CH; empty
    for no language CLDR knows."""
    from babel import Locale, UnknownLocaleError

    names: dict[str, str] = {}
    for code in {_CLDR_CODES.get(lang, lang), "en"}:
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        names.update((n.casefold(), c) for c, n in territories.items())
    return names


def country_name(word: str, lang: str) -> bool:
    """ "Nigeria", "Schweiz" on a German page: a country's or region's name in the page's
    language or English."""
    return word.casefold() in _country_names(lang.split("-")[0].casefold())


_MISSPELT = 2  # letters changed: "Najeriya" for CLDR's Hausa "Nijeriya"


def country_spelled(word: str, countries: AbstractSet[str], lang: str) -> bool:
    """ "Najeriya" for Nigeria (NG) on a Hausa page: a name of one of `countries` in the
    page's language or English, or a spelling of one a letter or two off (the tables spell
    some otherwise than pages do); not a given name ("Chidi", "Mele") after a city."""
    folded = word.casefold()
    if len(folded) < _MISSPELT + 3:
        return False
    names = _country_names(lang.split("-")[0].casefold())
    return any(
        code in countries
        and abs(len(name) - len(folded)) <= _MISSPELT
        and _changes(name, folded) <= _MISSPELT
        for name, code in names.items()
    )


def _changes(a: str, b: str) -> int:
    """The letters to insert, drop or change to spell `a` as `b` (Levenshtein's distance)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


def town_and_region(town: str, region: str, lang: str) -> bool:
    """ "El Paso", "Texas"; "Lagos", "Nigeria"; "Kempten", "Bayern": a town some country
    has, then a region of that country (Faker's) or its name (CLDR's), as a place is
    printed in full; not "Doe", "Texas" nor "Kempten", "Texas"."""
    towns = {country for country, people in town_countries(town) if people}
    if not towns:
        return False  # (a GeoNames town: "Bianchi", a village Faker lists, is a surname)
    # a region Faker's address providers list for its country and no town of it there
    # (GeoNames counts no region's people): not a second town ("Bianchi, Lecco": a surname
    # and where she filed from; "Nakamura, Hikari": both Japanese towns, her name)
    rows = town_countries(region)
    regions = {c for c, people in rows if not people} - {c for c, people in rows if people}
    if named := _country_names(lang.split("-")[0].casefold()).get(region.casefold()):
        regions.add(named)
    return bool(towns & regions)


# An ending of towns' names that given names share too ("Hexham", "Oldham"; "Hicham",
# "Abraham"): a town's only where the word is printed as a dateline and is no given name
_DATELINE_SHAPE = _compile(r"(?<=[^\W\d_]{3})ham$", re.I)


def dateline_shaped(word: str) -> bool:
    """ "Hexham", and any `place_shaped` word: a town's ending, for a dateline's word."""
    return place_shaped(word) or _DATELINE_SHAPE.search(word) is not None


def _faker_places() -> Iterator[tuple[str, str]]:
    """(place, its country's code: "de_AT" -> "AT", "" for a language's provider: "de")."""
    import faker.providers.address as address

    for module in pkgutil.iter_modules(address.__path__):
        country = module.name.rpartition("_")[2] if "_" in module.name else ""
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attribute in _PLACE_LISTS:
            found = provider.__dict__.get(attribute)
            if not isinstance(found, (tuple, list, dict)):
                continue
            for entry in found:
                # ("AB", "Alba"), ("05001", "Medellín"), ("1900", "La Plata", "BA")
                if isinstance(entry, tuple):
                    entry = next(
                        (
                            e
                            for e in entry
                            if isinstance(e, str) and not e[:1].isdigit() and len(e) > 3
                        ),
                        "",
                    )
                if isinstance(entry, str) and entry:
                    yield entry, country


@cache
def _towns_table() -> tuple[tuple[str, str, int], ...]:
    """The world's towns of 15,000 people or more (GeoNames, `towns.txt`: name, country,
    people); a missing or damaged file costs those towns (one warning), not the page's
    extraction."""
    try:
        text = _TOWNS.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        log.warning(
            "placenames: cannot read %s (%s); 'Surname, Town' bylines are read without its"
            " towns: restore it from the checkout or rebuild it with scripts/make_towns.py",
            _TOWNS,
            reason,
        )
        return ()
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, rest = line.partition("\t")
        country, _, people = rest.partition("\t")
        rows.append((name.strip(), country.strip(), int(people) if people.isdigit() else 0))
    return tuple(rows)


_TOWNS = Path(__file__).with_name("towns.txt")
log = logging.getLogger(__name__)


def _zone_cities() -> Iterator[str]:
    """ "Africa/Kigali", "America/Argentina/Rio_Gallegos": their last part."""
    for zone in zoneinfo.available_timezones():
        if "/" in zone and not zone.startswith("Etc/"):
            yield zone.rpartition("/")[2].replace("_", " ")


# Endings of towns' names, read only for a word no given name of the tables: "-pur"
# (Jaipur), "-abad", "-grad", "-ice" (Katowice), "-ach" (Lörrach), "-nau" (Todtnau),
# "-köping", "-hill"; not the endings many given names share ("-au": Gitau, "-ham":
# Hicham, "-ow", "-by", "-ice" but for "-wice", "-šice": Alice, Candice); a town's stem
# before its ending is three letters or more ("Lörr-ach"; "Noach", "Zach" are given names)
_PLACE_SHAPE = _compile(
    r"(?<=[^\W\d_]{3})"
    r"(?:pur|puram|abad|nagar|grad|gorod|sk|wice|vice|šice|bice|plice|owo|ów|ovo|evo|itz|ach"
    r"|[dlnrsz]au|ingen|ungen|hausen|heim|hofen|kirchen|dorf|burg|berg|stadt|feld|felden"
    r"|bach|beck|brück|münde|rode|roda|leben|stedt|büttel|köping|holm|hamn|vik|fors|sund"
    r"|strup|rup|chester|caster|cester|mouth|bury|borough|wich|wick|hill|field|ford|pool"
    r"|haven|ville|polis|opol|ograd)$",
    re.I,
)


def is_known_place(word: str) -> bool:
    """ "Lörrach", "Kisumu", "Oaxaca", "Košice": a town or region some country has."""
    folded = word.casefold()
    return folded in _places() or plain(folded) in _places()


def place_shaped(word: str) -> bool:
    """ "Schopfheim", "Bexhill", "Waldshut"? no; "Nagpur", "Hyderabad": a town's ending."""
    return _PLACE_SHAPE.search(word) is not None
