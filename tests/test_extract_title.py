"""Title and subtitle cascades."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import SiteRules, extract_article

URL = "https://news.example/a"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param('<meta property="og:title" content="Storm hits coast">', "<h1>Storm hits coast</h1>",
                     None, "Storm hits coast", id="og"),
        pytest.param('<meta property="og:title" content="Storm hits coast | The Example">',
                     "<h1>Storm hits coast</h1>", None, "Storm hits coast", id="suffix-cut-by-h1"),
        pytest.param('<meta property="og:site_name" content="The Example"><title>Storm hits coast - '
                     "The Example</title>", "", None, "Storm hits coast", id="suffix-cut-by-site-name"),
        pytest.param('<title>Storm - what we know - The Example</title>', "", None,
                     "Storm - what we know - The Example", id="no-evidence-no-cut"),
        pytest.param('<script type="application/ld+json">' + json.dumps(
                         {"@type": "NewsArticle", "headline": "Storm &#8216;hits&#8217; coast"}) + "</script>"
                     '<meta property="og:title" content="Storm \'hits\' coast | The Example">',
                     "<h1>Storm ‘hits’ coast</h1>", None, "Storm 'hits' coast", id="og-plain-text"),
        pytest.param('<script type="application/ld+json">' + json.dumps(
                         {"@type": "NewsArticle", "headline": "Storm hits coast"}) + "</script>", "", None,
                     "Storm hits coast", id="jsonld-when-no-og"),
        pytest.param("", "<h1>  Storm\n hits   coast </h1>", None, "Storm hits coast", id="h1-last"),
        pytest.param('<meta property="og:title" content="SEO title">', '<h1 class="hl">Real title</h1>',
                     SiteRules(title="h1.hl"), "Real title", id="site-rule"),
    ],
)  # fmt: skip
def test_title(head: str, body: str, rules: SiteRules | None, expected: str) -> None:
    assert extract_article(_page(head, body), URL, rules).title == expected


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param('<meta property="og:description" content="Winds of 90mph are expected overnight.">',
                     "<h1>Storm</h1><div>By X</div><p>Winds of 90mph are expected overnight.</p>",
                     None, "Winds of 90mph are expected overnight.", id="description-confirmed"),
        pytest.param("", '<h1>Storm</h1><p class="standfirst">Winds of 90mph are expected overnight.</p>',
                     None, "Winds of 90mph are expected overnight.", id="standfirst-class"),
        pytest.param("", "<h1>Storm</h1><p>Winds of 90mph are expected overnight.</p>", None, None,
                     id="first-paragraph-is-not-a-subtitle"),
        pytest.param("", '<h1>Storm</h1><h2 class="sub-headline">Winds of 90mph expected</h2>',
                     SiteRules(subtitle="h2.sub-headline"), "Winds of 90mph expected", id="site-rule"),
    ],
)  # fmt: skip
def test_subtitle(head: str, body: str, rules: SiteRules | None, expected: str | None) -> None:
    assert extract_article(_page(head, body), URL, rules).subtitle == expected


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast | Daily Example</title>",
            "Storm hits coast",
        ),
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast - dailyexample.co.uk</title>",
            "Storm hits coast",
        ),
        (
            "https://www.dailyexample.co.uk/a",
            "<title>Storm hits coast | Daily Example Online</title>",
            "Storm hits coast",
        ),
        ("https://news.example/a", "<title>Storm - what we know</title>", "Storm - what we know"),
    ],
)
def test_site_suffix_from_the_host(url: str, head: str, expected: str) -> None:
    assert extract_article(_page(head), url).title == expected
