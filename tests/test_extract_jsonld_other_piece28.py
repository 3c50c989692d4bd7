"""A page's only JSON-LD article that is clearly another piece (a related or promoted story's
card) dates, titles and signs nothing: its headline shares almost none of the words of the
titles the page shows (which agree among themselves), or its address names another page (a
query naming another item, tracking parameters aside). A JSON-LD headline that rewrites the
page's title, or an address that is the page's own written as a path, still counts.

Every page and string here is made up for the test; the markup is the kind news pages use.
"""

# ruff: noqa: E501  -- table rows of headlines read best one case per line

from __future__ import annotations

import json

import pytest

from newsarchive.extract import extract_article

_OWN_TIME = "2026-03-12T10:35:00+01:00"
_LD_TIME = "2026-03-04T08:00:00+01:00"


def _page(lang: str, title: str, ld: dict[str, object], og_url: str = "") -> str:
    og = f"<meta property='og:url' content='{og_url}'>" if og_url else ""
    return (
        f"<html lang='{lang}'><head><title>{title} | Site</title>"
        f"<meta property='og:title' content='{title}'>{og}"
        f"<meta property='article:published_time' content='{_OWN_TIME}'>"
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
        f"</head><body><article><h1>{title}</h1><p class='meta'><time datetime='{_OWN_TIME}'>"
        "12.03.2026 10:35</time></p><p>Ein Absatz mit Text, der lang genug ist, um ein Absatz "
        "zu sein, und noch mehr Text dazu, damit er zählt.</p></article></body></html>"
    )


def _ld(headline: str, **more: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": _LD_TIME, "author": {"@type": "Person", "name": "Otto Fremd"}, **more,
    }  # fmt: skip


# (language, the page's title, another story's headline, a rewrite of the page's title)
_PAGES = [
    ("de", "Der Landtag beschließt den neuen Haushalt", "Stadtrat vertagt die Entscheidung über das neue Hallenbad", "Haushalt: Landtag beschließt neuen Etat für 2027"),
    ("fr", "Le conseil régional adopte le budget de l'année prochaine", "Une tempête coupe l'électricité dans trois départements", "Budget de l'année prochaine : feu vert du conseil régional"),
    ("es", "El parlamento aprueba los presupuestos del próximo año", "Un incendio obliga a desalojar tres urbanizaciones en la costa", "Los presupuestos del próximo año, aprobados por el parlamento"),
    ("en", "Council approves new budget after long debate", "Storm cuts power to thousands across northern valleys", "After long debate, council approves its new budget"),
    ("ru", "Госдума приняла бюджет на следующий год", "В Москве открылся новый музей современного искусства", "Бюджет на следующий год принят Госдумой"),
    ("ar", "الحكومة تقر الميزانية الجديدة للعام المقبل", "افتتاح متحف جديد للفن الحديث في العاصمة", "إقرار الميزانية الجديدة للعام المقبل من الحكومة"),
    ("ja", "衆院予算委員会が新年度予算案を可決", "大雪で新幹線が終日運休、帰省客に影響", "新年度予算案、衆院予算委員会で可決"),
    ("ko", "국회 내년도 예산안 본회의 통과", "폭설로 고속철도 운행 전면 중단 사태", "내년도 예산안 국회 본회의서 통과"),
]  # fmt: skip
_URL = "https://www.site.example/politik/haushalt-1.html"


@pytest.mark.parametrize(("lang", "title", "other", "rewrite"), _PAGES)
def test_a_lone_json_ld_article_of_another_headline_dates_nothing(
    lang: str, title: str, other: str, rewrite: str
) -> None:
    found = extract_article(_page(lang, title, _ld(other)), _URL)
    assert found.published == _OWN_TIME
    assert "Otto Fremd" not in found.authors


@pytest.mark.parametrize(("lang", "title", "other", "rewrite"), _PAGES)
def test_a_lone_json_ld_article_rewriting_the_title_still_dates_the_page(
    lang: str, title: str, other: str, rewrite: str
) -> None:
    found = extract_article(_page(lang, title, _ld(rewrite)), _URL)
    assert found.published == _LD_TIME
    assert found.authors == ["Otto Fremd"]


@pytest.mark.parametrize(
    ("url", "ld_url"),
    [
        ("https://www.site.example/article.php?id=123", "https://www.site.example/article.php?id=456"),
        ("https://site.example/news/view?articleId=77&utm_source=feed", "https://site.example/news/view?articleId=78"),
        ("https://www.site.example/index.php?p=901", "http://site.example/index.php?p=902&utm_medium=social"),
    ],
)  # fmt: skip
def test_a_lone_json_ld_article_whose_query_names_another_item_dates_nothing(
    url: str, ld_url: str
) -> None:
    ld = _ld("Storm cuts power to thousands across northern valleys", url=ld_url)
    found = extract_article(_page("en", "Council approves new budget after long debate", ld), url)
    assert found.published == _OWN_TIME
    assert "Otto Fremd" not in found.authors


@pytest.mark.parametrize(
    ("url", "ld_url"),
    [
        ("https://www.site.example/politik/haushalt-1.html", "/politik/haushalt-1.html"),
        ("https://www.site.example/politik/haushalt-1.html", "//www.site.example/politik/haushalt-1.html"),
        ("https://www.site.example/article.php?id=123&utm_source=newsletter", "https://site.example/article.php?id=123"),
        ("https://www.site.example/politik/haushalt-1.html?utm_campaign=x", "https://www.site.example/politik/haushalt-1.html/"),
    ],
)  # fmt: skip
def test_a_json_ld_article_naming_the_page_its_own_way_dates_it(url: str, ld_url: str) -> None:
    ld = _ld("Haushalt: Landtag beschließt neuen Etat für 2027", url=ld_url)
    found = extract_article(_page("de", "Der Landtag beschließt den neuen Haushalt", ld), url)
    assert found.published == _LD_TIME
    assert found.authors == ["Otto Fremd"]


def test_a_lone_json_ld_article_on_a_page_whose_titles_disagree_still_counts() -> None:
    """Only the site's name in <title>, no og:title, an h1 the JSON-LD does not repeat: no two
    titles agree on the page's piece, so nothing says the object is another's."""
    page = (
        "<html lang='en'><head><title>Site News</title><script type='application/ld+json'>"
        + json.dumps(_ld("Storm cuts power to thousands across northern valleys"))
        + "</script></head><body><article><h1>Power is back after the storm</h1><p>A paragraph "
        "of text long enough to be a paragraph, and some more text to make it count.</p>"
        "</article></body></html>"
    )
    found = extract_article(page, "https://www.site.example/news/storm-1")
    assert found.published == _LD_TIME


@pytest.mark.parametrize(("lang", "title", "other", "rewrite"), _PAGES[:4])
def test_a_lone_json_ld_article_the_pages_meta_dates_counts_under_another_headline(
    lang: str, title: str, other: str, rewrite: str
) -> None:
    """A teaser-like JSON-LD headline sharing no word with the title, but its date is the one
    the page's article:published_time states: the page's own object, its author the page's."""
    page = _page(lang, title, {**_ld(other), "datePublished": _OWN_TIME})
    assert extract_article(page, _URL).authors == ["Otto Fremd"]
