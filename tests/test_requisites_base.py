"""A page's requisites are joined with the base its links are (`newsarchive.pagebase`): its
first `<base href>` wherever it stands. Before, they were joined with the base Scrapy's
`get_base_url` finds in the page's first 4,096 characters: a head holding more before its
`<base>` (inline styles, a consent script) had its stylesheet and lead image asked where
nothing is, while its links and pager were joined with the base; a base that is no URL
(`http://[::1`) raised in the spider. The crawl's listing pages (spider), the worker's
articles (`ServedRequisites`, extraction's tree) and a page known by its bytes alone
(`page_requisites`) give the same list.
"""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from newsarchive.articles import article_item
from newsarchive.items import ArticlePage
from newsarchive.pagebase import response_base
from newsarchive.requisites import ServedRequisites, page_requisites
from newsarchive.spiders.requisites import requisite_links

URL = "http://news.example.org/world/story"
STYLE = "<style>" + "p.made-up { color: #123456; }\n" * 200 + "</style>"  # ~6,000 chars
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6


def page(base: str) -> bytes:
    return (
        f'<html lang="en"><head><title>A story</title>{STYLE}<base href="{base}">'
        '<link rel="stylesheet" href="look.css"></head><body><article><h1>A story</h1>'
        f'<img src="lead.jpg"><p>{WORDS}</p><p>{WORDS}</p><a href="next-story-of-the-day/">'
        "Next</a></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("/assets/", "http://news.example.org/assets/"),
        ("http://[::1", URL),  # no URL: passed over, as a browser does
        ("javascript:", URL),
    ],
)
def test_requisites_are_joined_with_the_base_the_page_s_links_are(base: str, expected: str) -> None:
    body = page(base)
    folder = expected.rsplit("/", 1)[0]
    wanted = [f"{folder}/lead.jpg", f"{folder}/look.css"]  # in selector order: img first
    response = HtmlResponse(URL, body=body, encoding="utf-8")
    assert len(response.text.split("<base", 1)[0]) > 4096
    assert response_base(response) == expected  # where the spider joins its links
    assert requisite_links(response) == wanted  # a listing page's, in the spider
    assert page_requisites(body, "utf-8", URL) == wanted  # by its bytes alone
    finder = ServedRequisites(body, "utf-8", URL)
    article_item(ArticlePage(url=URL, body=body, encoding="utf-8"), 4_000_000, served=finder)
    assert finder.shared  # read from extraction's own tree
    assert finder.links() == wanted
