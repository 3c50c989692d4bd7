"""Each exchange's response record holds its own header lines as served, on a live crawl.

The download handler hands a response's header lines on in `request.meta`, and a redirect
copies the meta into the request it makes: a follow-up whose lines were not set anew would
be archived with the previous hop's. Interim answers (100 Continue, 103 Early Hints) come
before the final one on the same request. warcio reads the records back, pywb replays them.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import CrawlResult, run_crawl
from tests.plugins.raw_origin import path_answers, raw_origin


def _page(name: str) -> bytes:
    words = f"The {name} bus leaves the square at noon and comes back by six."
    return f"<html><head><title>{name}</title></head><body><p>{words}</p></body></html>".encode()


def _answer(status: str, lines: list[str], body: bytes = b"") -> bytes:
    head = "".join(f"{line}\r\n" for line in lines)
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode() + body


MOVED = b"<html><body>moved</body></html>"
# /hop1 -> /hop2 -> /hop3: each hop says things the next one does not
HOPS = {
    "/hop1": [
        "Location: /hop2",
        "Set-Cookie: first=1; Path=/",
        "X-Hop-One: yes",
        "Content-Type: text/html",
        f"Content-Length: {len(MOVED)}",
        "Keep-Alive: timeout=9",
    ],
    "/hop2": ["X-Hop-Two: yes", "Location: /hop3", "Content-Length: 0"],
    "/hop3": [
        "Content-Type: text/html",
        "X-Hop-Three: yes",
        f"Content-Length: {len(_page('hop3'))}",
    ],
}
EARLY = _answer("103 Early Hints", ["Link: </style.css>; rel=preload; as=style"])
CONTINUE = _answer("100 Continue", ["X-Interim: go on"])
FINAL = {
    path: ["Content-Type: text/html", f"X-Final: {path}", f"Content-Length: {len(_page(path[1:]))}"]
    for path in ("/early", "/continue")
}
SERVED = {
    "/hop1": _answer("301 Moved Permanently", HOPS["/hop1"], MOVED),
    "/hop2": _answer("302 Found", HOPS["/hop2"]),
    "/hop3": _answer("200 OK", HOPS["/hop3"], _page("hop3")),
    "/early": EARLY + _answer("200 OK", FINAL["/early"], _page("early")),
    "/continue": CONTINUE + EARLY + _answer("200 OK", FINAL["/continue"], _page("continue")),
}
_serve = path_answers(SERVED, ["/hop1", "/early", "/continue"])


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    with raw_origin(_serve) as url:
        out = tmp_path_factory.mktemp("hop-headers")
        yield run_crawl("follow", {"url": url + "/", "depth": "2"}, {}, out)


def _records(crawl: CrawlResult) -> dict[str, tuple[int, list[str], bytes]]:
    """path -> (status, the record's header lines, its body), read back by warcio."""
    found = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream, check_digests="raise"):
                if record.rec_type != "response":
                    continue
                path = "/" + record.rec_headers.get_header("WARC-Target-URI").split("/", 3)[3]
                lines = [f"{name}: {value}" for name, value in record.http_headers.headers]
                status = int(record.http_headers.get_statuscode())
                found[path] = status, lines, record.content_stream().read()
    return found


def test_each_redirect_hop_keeps_its_own_header_lines(crawl: CrawlResult) -> None:
    records = _records(crawl)
    assert {path: records[path][:2] for path in HOPS} == {
        "/hop1": (301, HOPS["/hop1"]),
        "/hop2": (302, HOPS["/hop2"]),
        "/hop3": (200, HOPS["/hop3"]),
    }
    assert records["/hop3"][2] == _page("hop3")


def test_interim_answers_leave_the_final_answer_recorded(crawl: CrawlResult) -> None:
    records = _records(crawl)
    assert {path: records[path][:2] for path in FINAL} == {
        path: (200, lines) for path, lines in FINAL.items()
    }
    assert records["/early"][2] == _page("early")
    assert "Traceback" not in crawl.log


@pytest.mark.pywb
def test_replay_serves_each_hop_and_the_page_after_interim_answers(crawl: CrawlResult) -> None:
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    with Path(crawl.warc_files()[0]).open("rb") as stream:
        first = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        origin = first.rec_headers.get_header("WARC-Target-URI").rsplit("/", 1)[0]
    with replaying_archive(crawl.warc_dir) as (base, _):
        for path in ("/hop3", "/early", "/continue"):
            assert fetch(f"{base}2id_/{origin}{path}") == _page(path[1:])
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as moved:
            opener.open(f"{base}2id_/{origin}/hop2", timeout=10)
        assert moved.value.code == 302
        assert moved.value.headers["X-Hop-Two"] == "yes"
        assert moved.value.headers["X-Hop-One"] is None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None
