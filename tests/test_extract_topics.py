"""Topics: the labels a reader sees, deduplicated; no slugs, ids or CMS codes. Tags: all keywords."""

# ruff: noqa: E501  -- table rows of HTML snippets read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import SiteRules, extract_article

URL = "https://www.dailyexample.test/money/2025/05/story"


def _page(head: str = "", body: str = "") -> str:
    return f"<html><head>{head}</head><body><h1>Headline</h1>{body}</body></html>"


def _ld(keywords: object) -> str:
    obj = {"@type": "NewsArticle", "headline": "Headline", "keywords": keywords}
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("head", "body", "rules", "expected"),
    [
        pytest.param('<meta name="news_keywords" content="Climate, Energy,  climate ,Oil prices">', "",
                     None, ["Climate", "Energy", "Oil prices"], id="news-keywords-dedup"),
        pytest.param('<meta property="article:tag" content="Spain"><meta property="article:tag" '
                     'content="Europe">', "", None, ["Spain", "Europe"], id="article-tag"),
        pytest.param('<meta property="article:tag" content="Spain,Europe,World news">', "", None,
                     ["Spain", "Europe", "World news"], id="article-tag-joined"),
        pytest.param(_ld("Elections, Voting"), "", None, ["Elections", "Voting"], id="jsonld-string"),
        pytest.param(_ld(["Subject: Justice", "Page Type: Article", "Medium", "Subject: Politics"]), "",
                     None, ["Justice", "Politics"], id="jsonld-key-value-codes"),
        pytest.param('<meta name="keywords" content="dailyexample,money,Florida,Federal Reserve">', "",
                     None, ["Florida", "Federal Reserve"], id="site-and-section-codes-dropped"),
        pytest.param('<meta name="keywords" content="AER,AIRL,GEN,ASIA">', "", None, [],
                     id="wire-codes-are-not-labels"),
        pytest.param('<meta name="parsely-page" content=\'{"tags": ["Space", "Rockets"]}\'>', "", None,
                     ["Space", "Rockets"], id="parsely-tags"),
        pytest.param("", '<p>Mexico votes.</p><div class="tags-box"><h3>Related Topics</h3><ul><li><a href="/c/politics">'
                         "Politics</a></li><li><a href=\"/c/mexico\">Mexico</a></li></ul></div>",
                     None, ["Politics", "Mexico"], id="related-topics-heading"),
        pytest.param("", '<p>Body text on the recession with a <a href="/topic/x">Topic link</a></p><div><div>'
                         '<a href="/topics/recession-1a2b">Recession</a></div><div>'
                         '<a href="/topics/gdp-9z8y">GDP</a></div></div>',
                     None, ["Recession", "GDP"], id="topic-link-cluster"),
        pytest.param('<meta name="keywords" content="Wrong">', '<ul class="x"><li><a>Right</a></li></ul>',
                     SiteRules(topics="ul.x a"), ["Right"], id="site-rule-first"),
        pytest.param('<meta name="keywords" content="china,houseofreps,justice-department">', "", None,
                     ["china", "houseofreps", "justice-department"], id="slugs-only-as-last-resort"),
        pytest.param('<meta name="keywords" content="Fed, rates"><meta name="topics" content="Money">'
                     '<meta name="topics" content="Interest rates, US">', "", None,
                     ["Money", "Interest rates", "US"], id="topics-meta-first"),
        pytest.param('<meta name="tags" content="American Crime Film">', "", None,
                     ["American Crime Film"], id="tags-meta"),
        pytest.param('<meta name="dc.subject" content="Climate change"><meta name="dc.subject" content="Policy">'
                     + _ld(["Climate change", "Policy", "Science", "multidisciplinary"]), "", None,
                     ["Climate change", "Policy"], id="dc-subject-before-jsonld-keywords"),
        pytest.param(_ld(["Storm", "p", "Flooding", "n", "Wales", "雨"]), "", None,
                     ["Storm", "Flooding", "Wales", "雨"], id="stray-letters-dropped"),
        pytest.param('<meta name="section" content="World"><meta name="channels" content="World;Media &amp; Telecom">',
                     "", SiteRules(topics="meta[name='section'], meta[name='channels']"),
                     ["World", "Media & Telecom"], id="site-rule-on-meta-lists"),
        pytest.param('<meta property="article:tag" content="Elections"><meta property="article:tag" content="PA State Wire">'
                     '<meta property="article:tag" content="Washington news">', "",
                     SiteRules(topics_exclude=(r"State Wire$", r"(?i)^washington news$")), ["Elections"],
                     id="site-excludes-desk-labels"),
    ],
)  # fmt: skip
def test_topics(head: str, body: str, rules: SiteRules | None, expected: list[str]) -> None:
    assert extract_article(_page(head, body), URL, rules).topics == expected


def test_topic_links_in_navigation_are_not_topics() -> None:
    nav = '<nav><a href="/topics/a">Alpha</a><a href="/topics/b">Beta</a></nav>'
    html = f"<html><body>{nav}<h1>Headline</h1><p>Text.</p></body></html>"
    assert extract_article(html, URL).topics == []


def test_tags_merge_every_keyword_vocabulary() -> None:
    head = _ld(["Energy"]) + '<meta name="keywords" content="Oil, energy">'
    assert extract_article(_page(head), URL).tags == ["Energy", "Oil"]


def test_the_articles_own_url_slug_is_not_a_topic() -> None:
    url = "https://news.example/politics/budget-vote-delayed-again-0a1b2c3d"
    head = _ld(["Budget", "budget vote delayed again", "Senate"])
    assert extract_article(_page(head), url).topics == ["Budget", "Senate"]
