"""A section's one name (newsarchive.sites.base.section_key) whatever Unicode form or accents
its name comes in: an item's section written decomposed (e + U+0301, as text copied from a
Mac or a CMS normalizing to NFD) or accented where the profile's key is the plain slug of
its URL ("Économie" and economie; "Überblick" and uberblick) is filed under the profile's
key, in the crawl state's stats and the report alike. Before, the composed "Économie" stayed
a name of its own beside the key economie, and the decomposed one joined it: one section,
two names across runs."""

from __future__ import annotations

import unicodedata
from collections import Counter

from newsarchive.report import sections
from newsarchive.sites.base import section_key, section_keys

COMPOSED = unicodedata.normalize("NFC", "Économie")
DECOMPOSED = unicodedata.normalize("NFD", "Économie")


def test_composed_and_decomposed_names_have_one_key() -> None:
    for key in ("economie", COMPOSED.lower(), DECOMPOSED.lower()):
        keys = section_keys([key, "sport"])
        assert {section_key(n, keys) for n in (COMPOSED, DECOMPOSED, "ECONOMIE")} == {key}
    keys = section_keys(["uberblick", "ausland"])
    assert section_key("Überblick", keys) == "uberblick"
    assert section_key("Ausland", keys) == "ausland"
    assert section_key("Inland", keys) == "Inland"  # no key: its own name


def test_the_report_files_both_forms_under_the_profiles_key() -> None:
    stats = {f"state/section/{DECOMPOSED}/unchanged": 3, "state/section/economie/new": 9}
    found = sections(stats, {COMPOSED: Counter(new=2)}, ("economie", "sport"))
    assert found == {"economie": {"new": 2, "unchanged": 3}}
