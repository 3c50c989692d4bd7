"""A page that only moves its reader on by script, on one `news -a url=` crawl.

Without a browser (`render=0`), a stub answering 200 whose whole content is a script
`location.replace("/story")` (a moved article, a consent hop) was itemed as the article:
no title, no body, and the page it names never fetched. It is followed now as a meta
refresh is, the stub archived and no item. Counter-cases, itemed as before: an article
whose script moves only on a condition, and an article with its text whose only script
is a move (a page with a reader's text is read, not left).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin

HTML = "text/html; charset=utf-8"
STUBS = {  # stub path -> its script
    "/politik/the-moved-story-stub": 'location.replace("/politik/the-story-it-moved-to");',
    "/politik/the-href-story-stub": " window.location.href = '/politik/the-href-target-story' ",
    "/politik/the-assign-story-stub": 'window.location.assign("/politik/the-assign-target");',
}
TARGETS = [
    "/politik/the-story-it-moved-to",
    "/politik/the-href-target-story",
    "/politik/the-assign-target",
]
BROKEN = {  # stubs moving to an address no browser could: archived, nothing followed
    "/politik/the-broken-move-stub": "<script>location.replace('http://[bad/x');</script>",
    "/politik/the-broken-refresh-stub": "<meta http-equiv='refresh' content='0;url=http://[bad/x'>",
}
KEPT = {  # articles with a script that moves them: read, not left
    "/politik/the-conditional-move-story": 'if (screen.width < 600) location.href = "/m/";',
    "/politik/the-story-with-its-text": 'location.replace("/politik/not-this-page");',
}


def _article(path: str, script: str = "") -> tuple[str, bytes]:
    words = " ".join(f"The council met on Tuesday about item {n} of {path}." for n in range(20))
    return HTML, (
        f"<html><head><title>Story {path}</title><script>{script}</script></head><body>"
        f"<article><h1>Story {path}</h1><p>{words}</p></article></body></html>"
    ).encode()


def _pages() -> dict[str, tuple[str, bytes]]:
    links = "".join(f'<a href="{p}">A headline for {p}</a>' for p in [*STUBS, *BROKEN, *KEPT])
    section = (
        f"<html><head><title>Politik</title></head><body><h1>Politik</h1>{links}</body></html>"
    )
    pages = {"/politik/": (HTML, section.encode())}
    for path, script in STUBS.items():
        body = "<p>Weiterleitung ...</p><noscript><a href='/'>weiter</a></noscript>"
        stub = f"<html><head><script>{script}</script></head><body>\n{body}</body></html>"
        pages[path] = (HTML, stub.encode())
    for path, head in BROKEN.items():
        pages[path] = (HTML, f"<html><head>{head}</head><body><p>...</p></body></html>".encode())
    pages.update({path: _article(path) for path in TARGETS})
    pages.update({path: _article(path, script) for path, script in KEPT.items()})
    pages["/politik/not-this-page"] = _article("/politik/not-this-page")
    return pages


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with page_origin(_pages()) as origin:
        settings = {"STATE_ENABLED": "0", "NETWORK_ALLOWED": origin.split("//")[1]}
        args = {"url": f"{origin}/politik/", "discover": "sections", "render": "0"}
        yield run_crawl("news", args, settings, tmp_path_factory.mktemp("script-moves"))


def test_a_script_stub_is_followed_to_its_page(crawl: CrawlResult) -> None:
    urls = sorted(
        path for item in crawl.items() if "/" + (path := item["url"].split("/", 3)[3]) not in BROKEN
    )
    assert urls == sorted(path[1:] for path in [*TARGETS, *KEPT]), crawl.log[-3000:]
    assert all(item["title"] for item in crawl.items() if item["url"].split("/", 3)[3] in urls)


def test_the_stub_is_archived_as_served(crawl: CrawlResult) -> None:
    responses = set()
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    responses.add(record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3])
    assert {path[1:] for path in STUBS} <= responses
    assert "politik/not-this-page" not in responses


def test_a_stub_moving_to_a_malformed_address_is_a_page_not_a_failed_fetch(
    crawl: CrawlResult,
) -> None:
    """Scrapy's refresh reading raised ValueError on "url=http://[bad/x" inside the
    middleware: the page, archived, was counted a fetch that failed ("could not fetch")."""
    responses = set()
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    responses.add(record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3])
    assert {path[1:] for path in BROKEN} <= responses
    assert "Traceback" not in crawl.log
    assert "could not fetch" not in crawl.log
