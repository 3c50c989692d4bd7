"""Whether one word is a known town or region, or shaped like a town's name.

A positive sign that "Muster, Lörrach" names where she filed from, not a given name the
tables lack ("Muster, Smilla", "Okafor, Chidi"). The towns: the world's of 15,000 people or
more (GeoNames, CC BY 4.0, `towns.txt`, 32,148 names: "Kisumu", "Arequipa"), Faker's (MIT)
address providers' real towns, regions and provinces (small ones of some countries: "Olten",
"Zwettl"), and the cities the time-zone database names: 74,000 spellings with those without
accents and Cyrillic ones in Latin letters, read once on first use (0.4-0.8 s, 35 MB). And the
endings only towns' names have in many languages ("Jaipur", "Hyderabad", "Todtnau").
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
import zoneinfo
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from newsarchive.extract.givennames import CYRILLIC, cyrillic_in_latin, plain

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
    names = {n.casefold() for n in _faker_places()} | {n.casefold() for n in _zone_cities()}
    names |= {n.casefold() for n in _towns()}
    latin = {s for n in names if CYRILLIC.search(n) for s in cyrillic_in_latin(n)}
    return frozenset(names | latin | {plain(n) for n in names if not n.isascii()})


def preload() -> None:
    """Read the table now (the extraction fork server does, for the workers it forks)."""
    _places()


def _faker_places() -> Iterator[str]:
    import faker.providers.address as address

    for module in pkgutil.iter_modules(address.__path__):
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
                    yield entry


def _towns() -> list[str]:
    """The world's towns of 15,000 people or more (GeoNames, `towns.txt`); a missing or
    damaged file costs those towns (one warning), not the page's extraction."""
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
        return []
    return [n for line in text.splitlines() if (n := line.strip()) and not n.startswith("#")]


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
# Hicham, "-ow", "-by", "-ice" but for "-wice", "-šice": Alice, Candice)
_PLACE_SHAPE = re.compile(
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
