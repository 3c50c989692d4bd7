"""Counter-cases to the world's agencies table (review of agencies-33).

- Letters that are a given name too ("Tasnim", "Andina") count as an agency only in
  capitals, as "ANI", "PETRA" do: "Rahman, Tasnim" is Tasnim Rahman (was "Rahman", "Tasnim").
- A name printed all in capitals ends in a given name that is an agency's letters too ("LI
  XIAO NAN", "ZHOU YA NAN"): no capitals set the agency apart, so the name is one person's
  (was "LI XIAO", "NAN"). "Jane Doe ANI" and "Sharma, ANI" stay the writer and the agency.

Every name here is made up for the test.
"""

from __future__ import annotations

import pytest

from tests.plugins.byline_lines import byline_authors

CASES = [
    ("en", "Rahman, Tasnim", ["Tasnim Rahman"]),
    ("en", "Khan, Tasnim, Reuters", ["Tasnim Khan", "Reuters"]),
    ("en", "By Tasnim Rahman and Jane Doe", ["Tasnim Rahman", "Jane Doe"]),
    ("es", "Pérez, Andina", ["Andina Pérez"]),
    ("es", "Andina Pérez", ["Andina Pérez"]),
    ("en", "By LI XIAO NAN", ["LI XIAO NAN"]),
    ("en", "By ZHOU YA NAN", ["ZHOU YA NAN"]),
    # as the table meant: the letters in capitals beside a name in its own case
    ("en", "Karimi, TASNIM", ["Karimi", "TASNIM"]),
    ("es", "Quispe, ANDINA", ["Quispe", "ANDINA"]),
    ("en", "Sharma, ANI", ["Sharma", "ANI"]),
    ("en", "Li Xiao NAN", ["Li Xiao", "NAN"]),
    ("fi", "Matti Virtanen STT", ["Matti Virtanen", "STT"]),
    ("en", "JOHN SMITH AFP", ["JOHN SMITH", "AFP"]),
]


@pytest.mark.parametrize(("lang", "byline", "expected"), CASES)
def test_a_given_name_is_no_agency_where_no_capitals_set_it_apart(
    lang: str, byline: str, expected: list[str]
) -> None:
    assert byline_authors(lang, byline) == expected
