"""The demo site's edits (revisions 2 and 3, edits on): article changes and furniture alone."""

from __future__ import annotations

import dataclasses
import http.client
from typing import Any

import pytest

from newsarchive.demo.catalog import TEMPLATES, catalog, expected_article
from newsarchive.demo.html_article import render_article
from newsarchive.demo.server import DemoServer
from newsarchive.extract import extract_article

ORIGIN = "http://127.0.0.1:8000"
COMPARED = ("title", "subtitle", "authors", "published", "modified", "topics", "body")


def extracted(articles: int, revision: int, n: int, furniture: int | None = None) -> dict[str, Any]:
    site = catalog(articles, revision, edits=True)
    article = site.article(n)
    if furniture is not None:
        article = dataclasses.replace(article, furniture=furniture)
    html = render_article(article, site, ORIGIN).encode()
    fields = dataclasses.asdict(extract_article(html, ORIGIN + article.path))
    return {name: fields[name] for name in COMPARED}


@pytest.mark.parametrize("n", [60 - 12, 60 - 13, 60 - 14])  # one article of each template
@pytest.mark.parametrize("level", [1, 2])
def test_furniture_changes_the_page_but_not_what_is_extracted(n: int, level: int) -> None:
    site = catalog(60, 3, edits=True)
    assert {TEMPLATES[m % 3] for m in (48, 47, 46)} == set(TEMPLATES)
    plain = render_article(site.article(n), site, ORIGIN)
    furnished = render_article(dataclasses.replace(site.article(n), furniture=level), site, ORIGIN)
    assert plain != furnished and "comments" in furnished
    assert ("Most read" in furnished) == (level == 2)
    assert extracted(60, 3, n, level) == extracted(60, 3, n)


def test_each_edit_changes_its_field_and_nothing_else() -> None:
    n = 60
    before = {m: extracted(n, 1, m) for m in (57, 56, 53, 50)}
    after = {m: extracted(n, 3, m) for m in (57, 56, 53, 50)}

    def changed(m: int) -> set[str]:
        return {k for k in COMPARED if before[m][k] != after[m][k]}

    assert changed(57) == {"title", "modified", "body"}  # title at 2, two paragraphs at 3
    assert changed(56) == {"authors", "modified"}
    assert changed(53) == {"modified", "body"}
    assert changed(50) == {"published", "modified"}
    assert len(after[56]["authors"]) == 2


def test_edits_off_keep_every_page_as_it_was() -> None:
    for n in range(1, 41):
        assert expected_article(n, articles=40, revision=3) == expected_article(
            n, articles=40, revision=3, edits=False
        )
    edited = catalog(40, 3, edits=True)
    assert set(edited.edited) == {37, 36, 34, 33, 31, 30}
    assert not set(edited.edited) & set(edited.changed)  # clear of the rewrites


def get(server: DemoServer, path: str) -> http.client.HTTPResponse:
    """The response, read whole; its connection is closed (its headers stay readable)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response


def test_a_rewritten_title_keeps_its_url_and_furniture_keeps_last_modified() -> None:
    with DemoServer(articles=30, edits=True) as server:
        title_path = server.expected_article(27)["path"]
        furniture_path = server.expected_article(24)["path"]
        first = get(server, furniture_path)
        server.set_revision(2)
        assert server.edited_articles == {
            27: ("title",), 26: ("byline",), 24: ("furniture",), 21: ("furniture",)
        }  # fmt: skip
        assert server.expected_article(27)["path"] == title_path
        assert server.expected_article(27)["title"] != expected_article(27, articles=30)["title"]
        assert get(server, title_path).status == 200
        second = get(server, furniture_path)
        assert second.getheader("ETag") != first.getheader("ETag")
        assert second.getheader("Last-Modified") == first.getheader("Last-Modified")
