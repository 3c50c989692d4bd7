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

from newsarchive.extract import extract_article
from tests.plugins.byline_lines import URL, byline_authors

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


# Letters that are a word too ("MAP", "SPA", "APP", "ENA") alone on the story's last line, no
# brackets, no other part: a label or subhead as likely as a tag, as "AP" alone is. The line
# stays the story's and credits no one (was dropped and credited as the agency); in brackets
# or beside another agency they are the agency's tag still.
_PARA = (
    "The council decided on Tuesday to tear down the old bridge over the river and build a "
    "new one, with work due to start in the spring and to last two years."
)


def _closing(lang: str, last: str):  # type: ignore[no-untyped-def]
    page = (
        f"<html lang='{lang}'><head><title>A new bridge</title></head><body><main><article>"
        f"<h1>A new bridge</h1><p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p><p>{last}</p>"
        "</article></main></body></html>"
    )
    return extract_article(page, URL)


@pytest.mark.parametrize(
    ("lang", "last"), [("en", "MAP"), ("en", "SPA"), ("en", "APP"), ("fr", "ENA")]
)
def test_capitals_letters_alone_closing_a_story_stay_its_text(lang: str, last: str) -> None:
    article = _closing(lang, last)
    assert article.authors == []
    assert article.body is not None and article.body.endswith(last)


@pytest.mark.parametrize(
    ("last", "expected"), [("(MAP)", ["MAP"]), ("MAP/AFP", ["MAP", "AFP"]), ("dpa", ["dpa"])]
)
def test_capitals_letters_in_a_tag_still_credit_the_agency(last: str, expected: list[str]) -> None:
    article = _closing("en", last)
    assert article.authors == expected
    assert article.body is not None and last not in article.body
