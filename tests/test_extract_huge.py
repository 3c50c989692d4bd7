"""Pages that make libxml2 stop half way: their body must still be extracted."""

from __future__ import annotations

import pytest

from newsarchive.extract import extract_article

STORY = (
    "<article><h1>Harbour board approves the new ferry timetable</h1>"
    + "<p>The harbour board voted on Tuesday to add two evening crossings. </p>" * 12
    + "</article>"
)


def page(head: str = "", before: str = "") -> str:
    return f"<html><head><title>Ferry</title>{head}</head><body>{before}{STORY}</body></html>"


@pytest.mark.parametrize(
    "html",
    [
        page(head="<script>var blob = '" + "a" * (11 * 1024 * 1024) + "';</script>"),
        page(before="<div>" * 3000 + "deep" + "</div>" * 3000),
        page(before="<div>" * 200_000 + "deepest" + "</div>" * 200_000),
    ],
    ids=["11MB-inline-script", "3000-nested", "200000-nested"],
)
def test_body_survives_what_stops_the_parser(html: str) -> None:
    article = extract_article(html, "http://news.test/ferry")
    assert article.body is not None
    assert article.body.count("The harbour board voted on Tuesday") == 12
