"""Review of session 17's extraction rules: what a site never seen does where a rule was
fitted to the measured pages. Every page here is written for the test.
"""

# ruff: noqa: E501  -- script states read best one per line

from __future__ import annotations

from datetime import UTC, datetime

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


_FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
_ARTICLE = '"title":"Council closes old bridge","publishedAt":"2026-11-20T08:00:00.000Z"'
_AUTHOR = '"author":{"name":"Jane Doe","slug":"jane-doe","createdAt":"2021-03-01T10:00:00.000Z","updatedAt":"2026-11-28T09:12:00.000Z"}'
_CATEGORY = '"category":{"name":"Local","created_at":"2020-01-01T00:00:00Z","updated_at":"2026-11-25T16:40:00Z"}'


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        # a record beside the article (its writer's, its category's) has its own creation and
        # update times: no update of the article
        ("{" + _ARTICLE + "," + _AUTHOR + "}", None),
        ("{" + _ARTICLE + "," + _CATEGORY + "}", None),
        ("{" + _AUTHOR + "," + _ARTICLE + "}", None),
        # the article's own update, beside those records or not
        ("{" + _ARTICLE + ',"updatedAt":"2026-11-21T10:00:00.000Z",' + _AUTHOR + "}", "2026-11-21T10:00:00+00:00"),
        ("{" + _AUTHOR + "," + _ARTICLE + ',"updatedAt":"2026-11-21T10:00:00.000Z"}', "2026-11-21T10:00:00+00:00"),
        # an article object holding only its creation time, but the page's headline
        ('{"title":"Council closes old bridge","createdAt":"2026-11-20T08:00:00.000Z","updatedAt":"2026-11-21T10:00:00.000Z"}', "2026-11-21T10:00:00+00:00"),
    ],
)  # fmt: skip
def test_a_records_update_beside_the_article_in_script_state_is_no_modification(
    state: str, expected: str | None
) -> None:
    script = f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"article":{state}}}}}}}</script>'
    html = _page("").replace("</body>", f"{script}</body>")
    article = extract_article(html, "https://daily.example/local/bridge-closes", fetched=_FETCHED)
    assert article.modified == expected
