"""Content-Encoding values that name no coding beside one that does, on a live crawl.

`identity` (and `none`, or an empty item) says "no coding": Scrapy's decoder stopped at
it, so a page served `Content-Encoding: gzip, identity` reached the spider still
gzipped and gave no item (only a warning about 'identity'), and every lone
`identity` page was warned about. One `follow` crawl (with items) of a stdlib
server; the WARC keeps every body as served.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import brotli
import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl
from tests.plugins.page_origin import page_origin


def _page(name: str) -> bytes:
    words = " ".join(f"The {name} story goes on, paragraph {n}." for n in range(20))
    return f"<html><head><title>{name}</title></head><body><p>{words}</p></body></html>".encode()


# path: (Content-Encoding as served, the body as served)
SERVED: dict[str, tuple[str, bytes]] = {
    "/gzip-identity": ("gzip, identity", gzip.compress(_page("gzip-identity"))),
    "/identity-gzip": ("identity, gzip", gzip.compress(_page("identity-gzip"))),
    "/br-none": ("br, none", brotli.compress(_page("br-none"))),
    "/gzip-empty-item": ("gzip,", gzip.compress(_page("gzip-empty-item"))),
    "/identity": ("identity", _page("identity")),
    "/upper-identity": ("IDENTITY", _page("upper-identity")),
    "/upper-gzip": ("GZIP", gzip.compress(_page("upper-gzip"))),
    "/not-a-coding": ("utf-8", _page("not-a-coding")),  # a charset where a coding goes
}
HOME = "".join(f'<a href="{path}">{path}</a> ' for path in SERVED).encode()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    pages = {
        path: ("text/html; charset=utf-8", body, {"Content-Encoding": coding})
        for path, (coding, body) in SERVED.items()
    }
    pages["/"] = ("text/html", b"<html><body>" + HOME + b"</body></html>", {})
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp("codings")
        yield run_crawl("follow", {"url": url + "/", "depth": "1", "items": "1"}, {}, out)


def test_every_page_gives_its_item_decoded(crawl: CrawlResult) -> None:
    assert crawl.returncode == 0, crawl.log[-3000:]
    titles = {item["url"].rsplit("/", 1)[1]: item.get("title") for item in crawl.items()}
    assert {f"/{path}": title for path, title in titles.items() if path} == {
        path: path[1:] for path in SERVED
    }


def test_no_warning_about_a_coding_that_is_none(crawl: CrawlResult) -> None:
    warned = [line for line in crawl.log.splitlines() if "cannot decode the response" in line]
    assert len(warned) == 1 and "/not-a-coding from unsupported encoding(s) 'utf-8'" in warned[0]
    assert "download/undecodable" not in " ".join(crawl.stats)


def test_extract_from_the_warc_gives_the_crawls_items(crawl: CrawlResult, tmp_path: Path) -> None:
    """Re-extraction reads each body as the crawl did: a name that is no coding, over a
    page, is passed over (the record was skipped: "Content-Encoding 'utf-8' is not
    supported", where the crawl, as browsers do, read the page)."""
    out = tmp_path / "items.jsonl"
    command = [sys.executable, "-m", "newsarchive", "extract", "--all-pages", str(crawl.warc_dir)]
    done = subprocess.run([*command, "-o", str(out)], cwd=PROJECT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    lines = out.read_text().splitlines()
    again = {json.loads(line)["url"]: json.loads(line)["title"] for line in lines}
    assert "skipped" not in done.stderr, done.stderr
    assert again == {item["url"]: item["title"] for item in crawl.items()}


def test_the_warc_keeps_each_body_and_header_as_served(crawl: CrawlResult) -> None:
    served: dict[str, tuple[str, bytes]] = {}
    for warc in crawl.warc_files():
        with Path(warc).open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI")
                path = "/" + uri.split("/", 3)[3]
                if path in SERVED:
                    coding = record.http_headers.get_header("Content-Encoding")
                    served[path] = coding, record.raw_stream.read()
    assert served == SERVED


@pytest.mark.pywb
def test_replay_shows_each_page_decoded(crawl: CrawlResult) -> None:
    """`replay` (pywb) gives every page's text to a client that accepts no coding."""
    from tests.test_foreign_archives import replaying_archive
    from tests.test_package import fetch

    origin = crawl.items()[0]["url"].rsplit("/", 1)[0]
    with replaying_archive(crawl.warc_dir) as (base, _):
        shown = {
            path: f"The {path[1:]} story goes on".encode() in fetch(f"{base}2id_/{origin}{path}")
            for path in SERVED
        }
    compressed = [path for path, text in shown.items() if not text]
    assert not compressed, f"served compressed: {', '.join(compressed)}"
