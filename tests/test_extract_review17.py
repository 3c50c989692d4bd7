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


_QUOTE_ES = (
    "«El gobierno no ha dicho nada sobre la reforma y los ciudadanos que viven en la costa no "
    "saben qué pasará con sus casas, pero todos los vecinos están preparados para la lucha», dijo."
)
_QUOTE_ES_2 = (
    "“Es una vergüenza que la ciudad no tenga un plan para los barrios más pobres del sur, donde "
    "las familias pagan más por el agua que en el centro”, añadió la alcaldesa."
)
_QUOTE_DE = (
    "„Die Regierung hat nichts über die Reform gesagt und die Bürger, die an der Küste wohnen, "
    "wissen nicht, was mit ihren Häusern wird, aber die Nachbarn sind bereit“, sagte sie."
)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a short English report under lang="en" that opens with quotes in another language:
        # the quoted words are the speaker's, the page's language is the declared one
        (
            [
                _QUOTE_ES,
                _QUOTE_ES_2,
                "The mayor spoke to reporters on Monday.",
                "She said the plan would be announced soon.",
            ],
            "en",
        ),
        (
            [
                _QUOTE_DE,
                "The mayor spoke to reporters on Monday.",
                "She said the plan would be announced soon.",
            ],
            "en",
        ),
        # a page written in another language under a CMS's default "en" is still that language
        (
            [
                "El gobierno no ha dicho nada sobre la reforma y los ciudadanos que viven en la costa no saben qué pasará con sus casas.",
                "La alcaldesa dijo que el plan se anunciará pronto y que el consejo pidió más tiempo para los barrios del sur.",
            ],
            "es",
        ),
    ],
)
def test_quoted_words_do_not_overrule_a_declared_language(
    paragraphs: list[str], expected: str
) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<html lang="en"><head><title>Mayor speaks out</title></head><body><main><article>'
        f"<h1>Mayor speaks out</h1>{body}</article></main></body></html>"
    )
    assert extract_article(html, "https://daily.example/local/mayor").language == expected
