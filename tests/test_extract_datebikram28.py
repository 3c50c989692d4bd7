"""Nepal's Bikram Sambat dates in their three orders, the Devanagari months and the Latin ones
(any case), read by the one match-to-day reader both rewrites share (`datebikram._gregorian`,
was two copies); an impossible day is left as written. Checked against the two copies on
two million generated lines when they were merged: no line read differently."""

from __future__ import annotations

import pytest

from newsarchive.extract import datebikram


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("मंसिर १७, २०८३", "2026-12-03"),
        ("२०८३ मंसिर १७ गते", "2026-12-03"),
        ("२०८३ साल मंसिर १७ गते", "2026-12-03"),
        ("१७ गते मंसिर २०८३", "2026-12-03"),
        ("मंसिर 17, 2083", "2026-12-03"),  # Latin digits beside a Devanagari month
        ("बैशाख १, २०८३", "2026-04-14"),
        ("चैत्र ३०, २०८२", "2026-04-13"),
        ("मंसिर ३५, २०८३", "मंसिर ३५, २०८३"),  # no month has 35 days: left as written
        ("कात्तिक २८, २१००", "कात्तिक २८, २१००"),  # past the table
    ],
)
def test_devanagari_months_in_each_order(line: str, expected: str) -> None:
    assert datebikram.rewrite(line, "ne") == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mangsir 17, 2083", "2026-12-03"),
        ("MANGSIR 17, 2083", "2026-12-03"),
        ("mangsir 17th, 2083", "2026-12-03"),
        ("2083 Mangshir 17", "2026-12-03"),
        ("17 Mangsir 2083", "2026-12-03"),
        ("Baishakh 1, 2083", "2026-04-14"),
        ("Chaitra 30, 2082", "2026-04-13"),
        ("Mangsir 35, 2083", "Mangsir 35, 2083"),  # no such day: left as written
    ],
)
def test_latin_months_in_each_order_and_case(line: str, expected: str) -> None:
    assert datebikram.rewrite_latin(line, "en") == expected
