"""The places a page's source says a zone key, found in fewer scans, found as before.

`zones._zones_said` reads a script's zone from where the source says "zone" or a "tz" key.
The six spellings of "tz" are now found from one scan for "tz", not one `str.find` loop
each (a scan of a large page's source costs ~0.2 ms); a user relies on the same zone being
read, so every place must be the one the six loops find: left to right, none overlapping an
earlier one of its own spelling, each spelling's first 200. Checked on invented sources
written to trip a single scan: spellings glued together, overlapping, at the very start
and end, escaped, more than 200 of one.

Every source is made up for the test.
"""

from __future__ import annotations

import random

import pytest

from newsarchive.extract import zones


def _six_loops(source: str) -> list[tuple[int, tuple[int, ...]]]:
    """The places as one `str.find` loop a spelling finds them (the former code)."""
    hits: list[tuple[int, tuple[int, ...]]] = []
    for word, n in zones._TZ_WORDS:
        at, count = source.find(word), 0
        while at != -1 and count < zones._ZONE_HITS:
            hits.append((at, (n,)))
            count += 1
            at = source.find(word, at + len(word))
    return sorted(hits)


_SOURCES = [
    "",
    "tz",
    "tz:",
    "tz=",
    'tz:"Europe/Oslo"',
    '"tz"tz"',  # two '"tz"' sharing a quote: the loop skips the second
    "'tz'tz'",
    '\\"tz\\"tz\\"',  # escaped: the loop's second find starts after the first's end
    '"tz":"Asia/Tokyo"',
    "var tz = 'Europe/Berlin'; tz='+02:00'",
    '{\\"tz\\":\\"Europe/Madrid\\"}',
    "jetzt Platz Schutz trotz Blitz",  # German words: "tz" that is no key
    "tztztz=tz:tz =",
    "'tz''tz'\"tz\"\"tz\"",
    "tz:" * 250,  # more than `_ZONE_HITS` of one spelling
    '"tz"' * 130 + "tz=" * 130,
    "x" * 50 + '"tz' + "\\" + '"tz"',
    'end with "tz"',
    "end with tz",
]


@pytest.mark.parametrize("source", _SOURCES)
def test_tz_keys_found_where_six_loops_find_them(source: str) -> None:
    assert sorted(zones._tz_words_said(source)) == _six_loops(source)


def test_tz_keys_on_random_sources_of_key_fragments() -> None:
    pieces = ["tz", '"', "'", "\\", ":", "=", " ", "t", "z", "a", "Ä", "zone"]
    rng = random.Random(37)
    for _ in range(3000):
        source = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert sorted(zones._tz_words_said(source)) == _six_loops(source), source


@pytest.mark.parametrize(
    ("script", "zone"),
    [
        ('<script>var cfg = {"tz":"Europe/Oslo"};</script>', "Europe/Oslo"),
        ("<script>window.tz = 'Asia/Tokyo';</script>", "Asia/Tokyo"),
        ('<script>self.__s = "{\\"tz\\":\\"America/Chicago\\"}"</script>', "America/Chicago"),
        ("<script>var timeZone = 'Europe/Berlin';</script>", "Europe/Berlin"),
        ("<script>jetzt Platz; var tz= 'Europe/Vienna'</script>", "Europe/Vienna"),
    ],
)
def test_a_scripts_zone_is_read(script: str, zone: str) -> None:
    source = f"<html><head>{script}</head><body><p>Text</p></body></html>"
    said = [m.group(1) for m in zones._zones_said(source)]
    assert said == [zone]
