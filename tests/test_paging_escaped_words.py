"""A pager's page word written escaped or decomposed is the same word.

A server (and a browser) takes `/nachrichten/%73eite/2` for `/nachrichten/seite/2`, and
many take `página` decomposed (NFD: `pa` + U+0301 + `gina`, a Mac's or a CMS's slug) for
`página` (NFC). The numbered-page rules compared paths as written: /noticias/'s page 2
linked page 3 with the word decomposed, no next number, and the listing ended
`last_page` at page 2 (page 3's article never fetched); /nachrichten/'s last page, whose
"next" control links back to itself escaped (`%73eite`), was asked for again as its next
page, dropped by Scrapy's duplicate filter (it canonicalizes escapes), and the section
never ended (`unfinished`). The rules now compare paths with escapes undone (an escaped
slash kept) and Unicode composed (NFC).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from urllib.parse import quote, unquote

import pytest

from newsarchive.spiders.pageurls import _path_page, _same, is_next_number
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import answering_origin

NFC = "página"
NFD = unicodedata.normalize("NFD", NFC)
STORIES = {
    ("noticias", n): f"/noticias/2026/12/una-noticia-inventada-numero-{n}/" for n in (1, 2, 3)
} | {("nachrichten", n): f"/nachrichten/2026/12/eine-erfundene-meldung-nummer-{n}/" for n in (1, 2)}
WORDS = "A made-up sentence of a made-up story, long enough for body text. " * 6
ARTICLE = (
    '<html lang="en"><head><title>A story</title><meta name="author" content="Ann Example">'
    '<meta property="article:published_time" content="2026-12-03T08:30:00+01:00"></head>'
    f"<body><article><h1>A story</h1><p>{WORDS}</p><p>{WORDS}</p></article></body></html>"
)


def listing(section: str, n: int, pager: str) -> bytes:
    story = STORIES[(section, n)]
    teaser = f'<article class="teaser"><h2><a href="{story}">Story {n}</a></h2></article>'
    return (
        f'<html lang="es"><head><title>{section} {n}</title></head><body><main>{teaser}'
        f'<nav class="pager">{pager}</nav></main></body></html>'
    ).encode()


# the last page's "next" links to the page itself, escaped
LAST_PAGER = (
    '<a href="/nachrichten/">1</a> <a class="next" href="/nachrichten/%73eite/2">Weiter</a>'
)


def pages() -> dict[str, bytes]:
    """Each listing page by its path as the server reads it: unescaped, composed."""
    word = quote(NFC)  # as a CMS links it: p%C3%A1gina
    return {
        "/noticias/": listing("noticias", 1, f'<a href="/noticias/{word}/2">2</a>'),
        f"/noticias/{NFC}/2": listing(
            "noticias", 2, f'<a href="/noticias/">1</a> <a href="/noticias/{quote(NFD)}/3">3</a>'
        ),
        f"/noticias/{NFC}/3": listing("noticias", 3, f'<a href="/noticias/{word}/2">2</a>'),
        "/nachrichten/": listing("nachrichten", 1, '<a href="/nachrichten/seite/2">2</a>'),
        "/nachrichten/seite/2": listing("nachrichten", 2, LAST_PAGER),
    }


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, list[str]]]:
    asked: list[str] = []
    served = pages()
    articles = set(STORIES.values())

    def answer(path: str) -> tuple[int, dict[str, str], bytes]:
        plain = unicodedata.normalize("NFC", unquote(path))
        asked.append(plain)
        if plain in served:
            return 200, {}, served[plain]
        if plain in articles:
            return 200, {}, ARTICLE.encode()
        return 404, {}, b"not here"

    with answering_origin(answer) as origin:
        out = tmp_path_factory.mktemp("escaped-words")
        args = {
            "url": f"{origin}/noticias/,{origin}/nachrichten/",
            "requisites": "0",
            "discover": "sections",
            "depth": "10",
        }
        settings = {"STATE_ENABLED": "0", "REPORT_DIR": str(out / "reports")}
        yield run_crawl("news", args, settings, out), asked


def test_a_decomposed_page_word_leads_on_to_the_next_page(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    assert asked.count(f"/noticias/{NFC}/3") == 1
    assert STORIES[("noticias", 3)] in asked
    stats = result.stats
    assert (stats["listing/noticias/pages"], stats["listing/noticias/ended"]) == (3, "last_page")


def test_a_next_control_to_the_page_itself_escaped_ends_the_listing(
    crawled: tuple[CrawlResult, list[str]],
) -> None:
    result, asked = crawled
    assert asked.count("/nachrichten/seite/2") == 1
    stats = result.stats
    assert (stats["listing/nachrichten/pages"], stats["listing/nachrichten/ended"]) == (
        2,
        "last_page",
    )
    assert sorted(p for p in asked if p in STORIES.values()) == sorted(STORIES.values())


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("http://x/nachrichten/seite/2", "http://x/nachrichten/%73eite/2", True),
        (f"http://x/noticias/{quote(NFC)}/2", f"http://x/noticias/{quote(NFD)}/2/", True),
        (f"http://x/noticias/{NFC}/2?b=1", f"http://x/noticias/{NFD}/2?b=%31", True),
        ("http://x/music/ac%2Fdc/seite/2", "http://x/music/ac/dc/seite/2", False),
        ("http://x/nachrichten/seite/2", "http://x/nachrichten/seite/3", False),
    ],
)
def test_one_page_however_written(a: str, b: str, same: bool) -> None:
    assert _same(a, b) is same


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("http://x/nachrichten/%73eite/3", 3),
        (f"http://x/noticias/{quote(NFD)}/4/", 4),
        (f"http://x/noticias/{NFD}-5", 5),
        ("http://x/music/ac%2Fdc-3", None),
    ],
)
def test_a_page_word_however_written(url: str, number: int | None) -> None:
    assert _path_page(url) == number


@pytest.mark.parametrize(
    ("url", "target", "expected"),
    [
        (f"http://x/noticias/{quote(NFC)}/2", f"http://x/noticias/{quote(NFD)}/3", True),
        ("http://x/nachrichten/", "http://x/nachrichten/%73eite/2", True),
        (f"http://x/noticias/{NFD}/2", f"http://x/noticias/{NFC}/3", True),
        ("http://x/music/ac%2Fdc/seite/2", "http://x/music/ac/dc/seite/3", False),
    ],
)
def test_the_next_number_however_written(url: str, target: str, expected: bool) -> None:
    assert is_next_number(url, target) is expected


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # latin-1 escapes (no UTF-8): each byte is its own page, not one U+FFFD for both
        ("http://x/seite-%E9/2", "http://x/seite-%E8/2", False),
        ("http://x/seite-%E9/2", "http://x/seite-%e9/2", True),
        ("http://x/seite-%E9/2", "http://x/seite-%EF%BF%BD/2", False),
        ("http://x/%73eite-%E9/2", "http://x/seite-%E9/2", True),
        ("http://x/list?q=%E9", "http://x/list?q=%E8", False),
        ("http://x/list?q=%E9", "http://x/list?q=%e9", True),
        # a literal `%2F` (escaped `%252F`) is not the kept escape `%2F`, nor a `%` the escape
        ("http://x/music/ac%252Fdc/seite/2", "http://x/music/ac%2Fdc/seite/2", False),
        ("http://x/music/ac%2fdc/seite/2", "http://x/music/ac%2Fdc/seite/2", True),
        ("http://x/list?q=%252F", "http://x/list?q=%2F", False),
        ("http://x/list?q=a%2Fb", "http://x/list?q=a/b", True),
        ("http://x/list?q=%25E9", "http://x/list?q=%E9", False),
        # valid UTF-8 next to a byte that is not: the one decoded and composed, the other kept
        (f"http://x/{quote(NFD)}-%E9/2", f"http://x/{NFC}-%E9/2", True),
        (f"http://x/{quote(NFD)}-%E9/2", f"http://x/{NFC}-%E8/2", False),
    ],
)
def test_escapes_that_are_not_utf8_stay_apart(a: str, b: str, same: bool) -> None:
    assert _same(a, b) is same


@pytest.mark.parametrize(
    ("url", "target", "expected"),
    [
        ("http://x/seite-%E9/2", "http://x/seite-%E9/3", True),
        ("http://x/seite-%E9/2", "http://x/seite-%E8/3", False),
        ("http://x/list?cat=%E9&page=2", "http://x/list?cat=%E8&page=3", False),
        ("http://x/music/ac%2Fdc/seite/2", "http://x/music/ac%252Fdc/seite/3", False),
    ],
)
def test_the_next_number_of_a_latin1_path(url: str, target: str, expected: bool) -> None:
    assert is_next_number(url, target) is expected
