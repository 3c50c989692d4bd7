"""The HTTP `Refresh:` header is followed as a browser follows it, through the same checks.

Scrapy reads only `<meta http-equiv="refresh">`: a page answering 200 with
`Refresh: 0; url=/story` (a moved page, an interstitial) reached the spider as the
page, and the story was never fetched. One `news` crawl of the demo profile against
a 127.0.0.1 origin whose articles move on by header (to the story, to another port
of the host that NETWORK_ALLOWED does not name, off the site), by a meta tag on a
non-article interstitial (followed before too), or only reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.network.redirects import parse_refresh
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.network_trap import Trap, trap
from tests.plugins.page_origin import answering_origin

SECTIONS = ("politics", "us")
# In the site's scope (its host), on a port NETWORK_ALLOWED does not name: the guard's to refuse
TRAP_HOST = "127.0.0.1"


def _listing(section: str) -> bytes:
    teasers = "".join(
        f'<li class="teaser"><a href="/{section}/story-number-{n}">story {n}</a></li>'
        for n in range(4)
    )
    return f"<html><head><title>{section}</title></head><body><ul>{teasers}</ul>".encode()


def _article(path: str) -> bytes:
    return (
        f"<html><head><title>Story {path}</title></head><body><article><h1>Story {path}</h1>"
        f"<p>The story at {path} in full, as its publisher wrote it.</p></article></body></html>"
    ).encode()


def _moved(path: str) -> bytes:
    return f"<html><body>{path} moved.</body></html>".encode()


INTERSTITIAL = (
    b"<html><head><title>Continue</title>"
    b'<meta http-equiv="refresh" content="1; url=/us/story-number-0-real"></head>'
    b"<body><p>Taking you to the story.</p></body></html>"
)


class Site:
    def __init__(self, trap_port: int) -> None:
        self.trap_port = trap_port
        self.asked: list[str] = []
        self.origin = ""

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        self.asked.append(path)
        if path == "/robots.txt":
            return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n"
        if path.strip("/") in SECTIONS:
            return 200, {}, _listing(path.strip("/"))
        refresh = {
            "/politics/story-number-0": "0; url=/politics/story-number-0-real",
            "/politics/story-number-1": f"0;URL='http://{TRAP_HOST}:{self.trap_port}/secret'",
            "/politics/story-number-2": f"0, {self.origin.replace('127.0.0.1', 'localhost')}/off",
            "/us/story-number-1": "300",  # a reload timer: the page is the page
            "/us/story-number-2": f"600; url={self.origin}/us/story-number-2",  # itself
        }.get(path)
        if refresh is not None:
            moved = path.startswith("/politics/")  # the others stay where they are
            return 200, {"Refresh": refresh}, _moved(path) if moved else _article(path)
        if path == "/us/story-number-0":
            return 200, {}, INTERSTITIAL
        return 200, {}, _article(path)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CrawlResult, Site, Trap]]:
    with ExitStack() as stack:
        listener = stack.enter_context(trap(TRAP_HOST, 0))
        site = Site(listener.sock.getsockname()[1])
        origin = stack.enter_context(answering_origin(site.answer))
        site.origin = origin
        args = {
            "site": "demo", "base_url": origin, "discover": "sections",
            "sections": ",".join(SECTIONS),
        }  # fmt: skip
        settings = {"STATE_ENABLED": "0"}
        out = tmp_path_factory.mktemp("refresh")
        yield run_crawl("news", args, settings, out), site, listener


def test_a_refresh_header_to_the_story_is_followed(
    refreshed: tuple[CrawlResult, Site, Trap],
) -> None:
    crawl, site, _ = refreshed
    assert "/politics/story-number-0-real" in site.asked, crawl.log[-3000:]
    urls = {item["url"] for item in crawl.items()}
    assert f"{site.origin}/politics/story-number-0-real" in urls
    assert f"{site.origin}/politics/story-number-0" not in urls  # the "Moved." page is no story


def test_a_meta_refresh_on_an_interstitial_is_followed(
    refreshed: tuple[CrawlResult, Site, Trap],
) -> None:
    crawl, site, _ = refreshed
    assert "/us/story-number-0-real" in site.asked
    urls = {item["url"] for item in crawl.items()}
    assert f"{site.origin}/us/story-number-0-real" in urls
    assert f"{site.origin}/us/story-number-0" not in urls


def test_a_refresh_to_a_private_address_is_refused(
    refreshed: tuple[CrawlResult, Site, Trap],
) -> None:
    crawl, _, listener = refreshed
    assert listener.connections == 0
    assert crawl.stats["network/refused/loopback"] == 2  # its robots.txt, and the hop
    assert f"refused http://{TRAP_HOST}:{listener.sock.getsockname()[1]}/secret" in crawl.log


def test_a_refresh_off_the_site_is_out_of_scope(
    refreshed: tuple[CrawlResult, Site, Trap],
) -> None:
    crawl, site, _ = refreshed
    assert "/off" not in site.asked
    assert crawl.stats["offsite/filtered"] == 1


def test_a_reload_timer_is_no_redirect(refreshed: tuple[CrawlResult, Site, Trap]) -> None:
    crawl, site, _ = refreshed
    urls = {item["url"] for item in crawl.items()}
    for n in (1, 2):
        assert site.asked.count(f"/us/story-number-{n}") == 1
        assert f"{site.origin}/us/story-number-{n}" in urls
    assert "redirect/loop" not in crawl.stats


def test_the_pages_that_refreshed_are_archived_as_served(
    refreshed: tuple[CrawlResult, Site, Trap],
) -> None:
    crawl, site, _ = refreshed
    served = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "response":
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    refresh = record.http_headers.get_header("Refresh")
                    served[uri] = (refresh, record.raw_stream.read())
    header, body = served[f"{site.origin}/politics/story-number-0"]
    assert header == "0; url=/politics/story-number-0-real"
    assert body == _moved("/politics/story-number-0")
    assert served[f"{site.origin}/us/story-number-0"] == (None, INTERSTITIAL)
    assert f"{site.origin}/politics/story-number-0-real" in served


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0; url=/a", (0.0, "http://h.test/a")),
        ("5", (5.0, None)),
        ("0;URL='/b c'", (0.0, "http://h.test/b%20c")),
        ("3, http://x.test/", (3.0, "http://x.test/")),
        (' 10 ; url = "/d" trailing', (10.0, "http://h.test/d")),
        ("0; /e", (0.0, "http://h.test/e")),
        ("2.5; url=/f", (2.0, "http://h.test/f")),  # the whole seconds, as browsers read it
        ("soon; url=/g", None),  # no time: browsers ignore it
        ("", None),
    ],
)
def test_refresh_values(value: str, expected: tuple[float, str | None] | None) -> None:
    assert parse_refresh(value, "http://h.test/p/") == expected
