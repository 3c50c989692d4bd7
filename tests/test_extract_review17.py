"""Review of session 17's extraction rules: what a site never seen does where a rule was
fitted to the measured pages. Every page here is written for the test.
"""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = (
    "The council voted on Monday to close the old bridge for repairs, and traffic will be "
    "sent along the ring road until the work is done next spring."
)


def _page(top: str) -> str:
    paragraphs = "".join(f"<p>{STORY} ({i})</p>" for i in range(4))
    return (
        '<html lang="en"><head><title>Council closes old bridge</title></head><body>'
        "<main><article><h1>Council closes old bridge</h1>"
        f"{top}{paragraphs}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a name ending in an initial has no surname yet: a last word spelled as an agency's
        # name is the writer's surname, not a second credit
        ("By Michael R. Bloomberg", ["Michael R. Bloomberg"]),
        ("By Anna K Ritzau", ["Anna K Ritzau"]),
        ("By Peter J. Anadolu", ["Peter J. Anadolu"]),
        # a full name before the agency still gives two credits
        ("By Jane Doe Reuters", ["Jane Doe", "Reuters"]),
        ("By Jane Doe Bloomberg", ["Jane Doe", "Bloomberg"]),
    ],
)
def test_a_surname_spelled_as_an_agency_after_an_initial_stays_the_writers(
    line: str, expected: list[str]
) -> None:
    html = _page(f'<div class="byline">{line}</div>')
    assert extract_article(html, "https://daily.example/local/bridge-closes").authors == expected
