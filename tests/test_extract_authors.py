"""Authors: names only; bylines cleaned of "By", roles, publishers, duplicates, e-mails, URLs."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import SiteRules, extract_article
from newsarchive.extract.authors import clean_names

URL = "https://news.example/a"


@pytest.mark.parametrize(
    ("raw", "publishers", "expected"),
    [
        (["By Jane Doe"], set(), ["Jane Doe"]),
        (["BY JANE DOE AND JOHN ROE"], set(), ["JANE DOE", "JOHN ROE"]),
        (["Jane Doe, John Roe & Ann Poe"], set(), ["Jane Doe", "John Roe", "Ann Poe"]),
        (["Jane Doe, Senior Editor"], set(), ["Jane Doe"]),
        (["Jane Doe | Reporter"], set(), ["Jane Doe"]),
        (["Jane Doe", "jane doe", "Jane  Doe"], set(), ["Jane Doe"]),
        (["Alexandra Koch, Fox News"], {"fox news"}, ["Alexandra Koch"]),
        (
            ["Associated Press"],
            {"associated press"},
            ["Associated Press"],
        ),  # a publisher alone stays
        (["jane@news.example", "Jane Doe"], set(), ["Jane Doe"]),
        (["https://news.example/authors/jane-doe/", "Jane Doe"], set(), ["Jane Doe"]),
        (["jane-doe"], set(), []),
        (["@janedoe"], set(), []),
        (["Written by Jane Doe with John Roe"], set(), ["Jane Doe", "John Roe"]),
        (["Updated 3 hours ago"], set(), []),
        (["Staff Writer"], set(), []),
        (["Helena Smith in Athens"], set(), ["Helena Smith"]),
        (["Associated Press in Valencia"], {"associated press"}, ["Associated Press"]),
        (["Staff and agencies in Rome"], set(), []),
        (["Jane Doe in New York and John Roe in Washington"], set(), ["Jane Doe", "John Roe"]),
    ],
)
def test_clean_names(raw: list[str], publishers: set[str], expected: list[str]) -> None:
    assert clean_names(raw, publishers) == expected


def _ld(author: object, publisher: str = "Daily Example") -> str:
    obj = {"@type": "NewsArticle", "headline": "H", "author": author,
           "publisher": {"@type": "NewsMediaOrganization", "name": publisher}}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param(_ld([{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]),
                     "", None, ["Jane Doe", "John Roe"], id="jsonld-people"),
        pytest.param(_ld([{"@type": "Person", "name": "Jane Doe"},
                          {"@type": "Organization", "name": "Daily Example"}]),
                     "", None, ["Jane Doe"], id="jsonld-publisher-dropped"),
        pytest.param(_ld({"@type": "Person", "givenName": "Jane", "familyName": "Doe"}), "", None,
                     ["Jane Doe"], id="jsonld-given-family"),
        pytest.param('<meta name="author" content="By Jane Doe and John Roe">', "", None,
                     ["Jane Doe", "John Roe"], id="meta-author"),
        pytest.param('<meta name="parsely-page" content=\'{"authors": ["Jane Doe"]}\'>', "", None,
                     ["Jane Doe"], id="parsely"),
        pytest.param("", '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a>, Political '
                         'Correspondent</div>', None, ["Jane Doe"], id="visible-byline-link"),
        pytest.param("", '<div class="article"><div class="byline">By Jane Doe</div></div>'
                         '<aside><div class="card"><div class="byline">By Other Person</div></div></aside>',
                     None, ["Jane Doe"], id="teaser-bylines-ignored"),
        pytest.param('<meta name="author" content="Wrong Person">',
                     '<p class="writer">Jane Doe</p>', SiteRules(authors="p.writer"), ["Jane Doe"],
                     id="site-rule-first"),
        pytest.param('<meta name="author" content="Jane Doe, Daily Example">', "",
                     SiteRules(publisher_names=("Daily Example",)), ["Jane Doe"], id="rule-publisher"),
    ],
)  # fmt: skip
def test_authors_cascade(
    head: str, body: str, rules: SiteRules | None, expected: list[str]
) -> None:
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert extract_article(html, URL, rules).authors == expected


def test_organisation_author_yields_to_a_person_in_the_byline() -> None:
    head = _ld({"@type": "Organization", "name": "Daily Example"})
    body = '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div>'
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    assert extract_article(html, URL).authors == ["Jane Doe"]


def test_organisation_author_stays_when_no_person_is_named() -> None:
    html = f"<html><head>{_ld({'@type': 'Organization', 'name': 'Daily Example'})}</head></html>"
    assert extract_article(html, URL).authors == ["Daily Example"]
