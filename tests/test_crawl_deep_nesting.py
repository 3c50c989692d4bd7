"""Article pages nested past Python's stack (1,100-2,000 levels: libxml2 keeps them) on a
real crawl of 127.0.0.1 (the news spider: the extraction worker finds the requisites):
each is archived, its requisites (read from the tree as served, before extraction
flattens it) fetched, and its item has its title and its paragraphs apart.

Extraction of such a page raised RecursionError (the item kept only its provenance,
`extract/failed/RecursionError`) before it was read again flattened; the flattened read
glued its blocks together. tests/test_extract_nesting_stack.py has the shapes one by one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

FIRST = "The harbour board voted on Tuesday to add two evening crossings to the timetable."
SECOND = "The new crossings start in March and run until the end of the summer season."


def _story(title: str, nested: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{nested}</article></body></html>"
    ).encode()


BLOCKS = f"<p>{FIRST}</p><p>{SECOND}</p>"
DEEP = {
    "/news/2026/12/04/ferry-in-divs": _story(
        "Ferry divs",
        "<div>" * 1_500 + BLOCKS + "<img src='/media/ferry-divs.jpg'>" + "</div>" * 1_500,
    ),
    "/news/2026/12/04/ferry-in-unclosed-divs": _story("Ferry unclosed", "<div>" * 2_000 + BLOCKS),
    "/news/2026/12/04/ferry-in-tables": _story(
        "Ferry tables", "<table><tr><td>" * 400 + BLOCKS + "<img src='/media/ferry-tables.jpg'>"
    ),
    "/news/2026/12/04/ferry-in-quotes": _story("Ferry quotes", "<blockquote>" * 1_100 + BLOCKS),
}
SHALLOW = {
    "/news/2026/12/04/ferry-read-shallow": _story("Ferry", BLOCKS + "<img src='/media/ferry.jpg'>")
}
IMAGES = ["/media/ferry-divs.jpg", "/media/ferry-tables.jpg", "/media/ferry.jpg"]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    pages: dict[str, tuple[str, bytes]] = {
        path: ("text/html; charset=utf-8", body) for path, body in {**DEEP, **SHALLOW}.items()
    }
    for path in IMAGES:
        pages[path] = ("image/jpeg", b"\xff\xd8\xff\xe0" + path.encode())  # apart: no revisit
    links = "".join(
        f'<li><a href="{path}">Ferry story {n}</a></li>' for n, path in enumerate([*DEEP, *SHALLOW])
    )
    listing = f"<html><head><title>News</title></head><body><ul>{links}</ul></body></html>"
    pages["/news/"] = ("text/html; charset=utf-8", listing.encode())
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("deep-nesting")
        yield run_crawl("news", {"url": url + "/news/"}, {}, out)


def test_every_deep_page_gives_its_title_and_paragraphs(crawl: CrawlResult) -> None:
    items = {item["url"].split("/", 3)[3]: item for item in crawl.items()}
    for path, body in DEEP.items():
        item = items[path.lstrip("/")]
        assert item["title"] is not None and item["title"] in body.decode()
        assert item["body"] == f"{FIRST}\n\n{SECOND}", path
        assert item["warc_record_id"]


def test_no_extraction_failed(crawl: CrawlResult) -> None:
    assert crawl.stats["extract/items"] == len(crawl.items()) >= len(DEEP)
    assert not [name for name in crawl.stats if name.startswith("extract/failed")]
    assert "Traceback" not in crawl.log


def test_each_page_says_once_it_was_read_flattened(crawl: CrawlResult) -> None:
    """One line a page, naming its address (the worker's line, however it is formatted)."""
    lines = [line for line in crawl.log.splitlines() if "past Python's stack" in line]
    named = [next(w for w in line.split() if "://" in w).split("/", 3)[3] for line in lines]
    assert sorted(named) == sorted(path.lstrip("/") for path in DEEP)


def test_the_pages_and_their_requisites_are_archived(crawl: CrawlResult) -> None:
    archived = set()
    for warc in crawl.warc_files():
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    archived.add(record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3])
    assert {path.lstrip("/") for path in [*DEEP, *SHALLOW, *IMAGES]} <= archived
