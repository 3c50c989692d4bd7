"""A malformed address a page names (an unclosed IPv6 bracket, brackets holding no address)
costs that address, not the article: extraction read every other field before, and raised
ValueError from urllib.parse on the first canonical link, og:url or picture that held one."""

import ast
import pathlib

import pytest

from newsarchive.extract import extract_article

_BAD = ["http://[bad/x", "https://[::1/story", "http://[zz]/x", "//[/"]

_PLACES = {
    "canonical": "<link rel='canonical' href='{bad}'>",
    "alternate": "<link rel='alternate' hreflang='de' href='{bad}'>",
    "og:url": "<meta property='og:url' content='{bad}'>",
    "og:image": "<meta property='og:image' content='{bad}'>",
    "base": "<base href='{bad}'>",
    "json-ld": (
        '<script type=\'application/ld+json\'>{{"@type": "NewsArticle", "url": "{bad}",'
        ' "image": "{bad}", "author": {{"@type": "Person", "name": "Lena Hart",'
        ' "url": "{bad}"}}}}</script>'
    ),
}

_BODY = "<p>" + "The harbour board met on Tuesday to weigh the new quay. " * 6 + "</p>"


def _page(head: str, bad: str) -> str:
    return (
        f"<html lang='en'><head><title>Quay plan approved - Harbour Times</title>{head}</head>"
        "<body><article><h1>Quay plan approved</h1><p class='byline'>By Lena Hart</p>"
        f"{_BODY}<p>See <a href='{bad}'>the plan</a>.</p><img src='{bad}' alt='Quay'>"
        f"{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize("bad", _BAD)
@pytest.mark.parametrize("place", sorted(_PLACES))
def test_a_malformed_address_costs_only_itself(place: str, bad: str) -> None:
    article = extract_article(
        _page(_PLACES[place].format(bad=bad), bad), "https://www.harbour.example/news/quay"
    )
    assert article.title == "Quay plan approved"
    assert article.authors == ["Lena Hart"]
    assert "harbour board" in (article.body or "")
    assert article.image is None or (article.image and bad not in article.image)


def test_extraction_modules_split_addresses_only_through_urls() -> None:
    """`newsarchive.extract.urls` is the one place a page's addresses reach urllib.parse's
    split and join (which raise on a malformed one)."""
    folder = pathlib.Path(__file__).parents[1] / "newsarchive" / "extract"
    direct = []
    for path in sorted(folder.glob("*.py")):
        if path.name == "urls.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "urllib.parse":
                direct += [
                    f"{path.name}: {a.name}"
                    for a in node.names
                    if a.name in ("urlsplit", "urljoin", "urlparse")
                ]
    assert direct == []


@pytest.mark.parametrize("bad", _BAD)
def test_a_page_at_a_malformed_address_is_read(bad: str) -> None:
    """Another tool's WARC may hold a record at such an address: its page is read as one
    with no address, and the item keeps the record's."""
    article = extract_article(_page("<link rel='canonical' href='/news/quay'>", "/q.jpg"), bad)
    assert (article.url, article.title, article.authors) == (
        bad,
        "Quay plan approved",
        ["Lena Hart"],
    )
