"""Many spellings of one article in one listing: each waiting spelling the spider asks for
is dropped where it is scheduled (one fingerprint), and each drop hands its place to the
next waiting article. Before, each drop began its own loop inside the last one's
`engine.crawl`: past a few dozen the signal handler died of a RecursionError (a
traceback in the log) and the article listed after them was never asked for. Since
session 36 the spider knows the spellings for one article itself (`Frontier.spelled`):
each is a duplicate link, never asked, so none is dropped and the article after them
takes the second place at once.

A real crawl of 127.0.0.1 (the news spider over a listing written here)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

DAY = "/news/2026/12/06/"
WORDS = "café-résumé-éclair-été-menu"  # six é: 4**6 spellings of the hex digits' case
SPELLINGS = 300


def _spellings() -> list[str]:
    """The path's own bytes escaped, each letter of each escape in either case."""
    escapes = [("%c3", "%C3"), ("%a9", "%A9")] * WORDS.count("é")
    parts = WORDS.split("é")
    found = []
    for cases in itertools.islice(itertools.product(*escapes), SPELLINGS):
        pairs = ["".join(cases[i : i + 2]) for i in range(0, len(cases), 2)]
        found.append(parts[0] + "".join(p + rest for p, rest in zip(pairs, parts[1:], strict=True)))
    return found


def _story(title: str) -> bytes:
    paragraphs = "".join(f"<p>{title}: paragraph {n} of the report.</p>" for n in range(4))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    spellings = _spellings()
    listed = [DAY + s for s in spellings] + [f"{DAY}ferry-times-change-for-winter"]
    # every spelling served: whichever one is fetched answers
    pages: dict[str, tuple[str, bytes] | tuple[str, bytes, dict[str, str]]] = {
        DAY + s: ("text/html; charset=utf-8", _story("Pastry shop reopens")) for s in spellings
    }
    pages[f"{DAY}ferry-times-change-for-winter"] = ("text/html", _story("Ferry times change"))
    links = "".join(f'<li><a href="{path}">Story {n}</a></li>' for n, path in enumerate(listed))
    listing = f"<html><head><title>News</title></head><body><ul>{links}</ul></body></html>"
    pages["/news/"] = ("text/html; charset=utf-8", listing.encode())
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("dropped-many")
        args = {"url": url + "/news/", "requisites": "0", "max_articles": "2"}
        yield run_crawl("news", args, {}, out)


def test_every_dropped_spelling_hands_its_place_on_without_a_traceback(
    crawl: CrawlResult,
) -> None:
    stats = {k: v for k, v in crawl.stats.items() if k.startswith("news/")}
    assert sorted(item["title"] for item in crawl.items()) == [
        "Ferry times change",
        "Pastry shop reopens",
    ], stats
    assert crawl.stats.get("news/links_duplicate") == SPELLINGS - 1, stats
    assert crawl.stats.get("news/articles_dropped") is None, stats
    assert "Traceback" not in crawl.log
    assert "RecursionError" not in crawl.log
