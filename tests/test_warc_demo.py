"""The shared demo crawl's WARCs, read back for real: warcio, cdxj-indexer, pywb.

One `follow` crawl of the demo site (tests/plugins/crawling.py: `demo_crawl`)
reaches every page, image and `/lab/` quirk. Replayed bodies are compared with
the bytes the demo site serves for the same request, fetched with http.client.
"""

from __future__ import annotations

import http.client
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

from tests.plugins.crawling import DEMO_MAX_PAYLOAD, CrawlResult

VENV_BIN = Path(__file__).resolve().parents[1] / ".venv" / "bin"


@dataclass
class Rec:
    type: str
    id: str
    uri: str
    date: str
    warc: Any  # warc headers
    http: Any  # http headers (None for warcinfo, metadata, resource)
    raw: bytes  # the block's payload, exactly as stored (not decoded)
    file: Path
    offset: int


def read_all(paths: list[Path]) -> list[Rec]:
    found = []
    for path in paths:
        with path.open("rb") as stream:
            iterator = ArchiveIterator(stream)
            for record in iterator:
                headers = record.rec_headers
                found.append(
                    Rec(
                        record.rec_type,
                        headers.get_header("WARC-Record-ID"),
                        headers.get_header("WARC-Target-URI") or "",
                        headers.get_header("WARC-Date"),
                        headers,
                        record.http_headers,
                        record.raw_stream.read(),
                        path,
                        iterator.get_record_offset(),
                    )
                )
    return found


@pytest.fixture(scope="module")
def recs(demo_crawl: CrawlResult) -> list[Rec]:
    return read_all(demo_crawl.warc_files())


@pytest.fixture(scope="module")
def captures(recs: list[Rec]) -> dict[str, list[Rec]]:
    """Responses and revisits by URL path, in archive order."""
    found: dict[str, list[Rec]] = {}
    for rec in recs:
        if rec.type in ("response", "revisit"):
            parts = urlsplit(rec.uri)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            found.setdefault(path, []).append(rec)
    return found


@pytest.fixture(scope="module")
def requests_by_target(recs: list[Rec]) -> dict[str, Rec]:
    return {r.warc.get_header("WARC-Concurrent-To"): r for r in recs if r.type == "request"}


def direct(base_url: str, path: str, accept_encoding: str | None) -> tuple[int, list, bytes]:
    """What the demo site serves for `path`, undecoded."""
    host = urlsplit(base_url)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=30)
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, response.getheaders(), body


def accept_encoding(rec: Rec, requests_by_target: dict[str, Rec]) -> str | None:
    request = requests_by_target[rec.id]
    return request.http.get_header("Accept-Encoding")


def replay(pywb: Any, prefix: str, rec: Rec, ae: str | None) -> Any:
    path = urlsplit(prefix).path + f"{iso_date_to_timestamp(rec.date)}id_/{rec.uri}"
    return pywb.fetch(path, {"Accept-Encoding": ae} if ae else {})


@pytest.fixture(scope="module")
def collection(pywb: Any, demo_crawl: CrawlResult) -> str:
    return pywb.add_collection("demo", demo_crawl.warc_files())


# --- files and records ---------------------------------------------------------


def test_crawl_finished_and_closed_its_files(demo_crawl: CrawlResult) -> None:
    assert demo_crawl.stats["finish_reason"] == "finished"
    assert len(demo_crawl.warc_files()) >= 3  # rotated at 400 KB
    assert not list(demo_crawl.warc_dir.glob("*.open"))
    assert demo_crawl.stats["warc/files"] == len(demo_crawl.warc_files())


def test_every_file_passes_warcio_check(demo_crawl: CrawlResult) -> None:
    files = [str(p) for p in demo_crawl.warc_files()]
    # warcio's own command line, given a br decoder that works with brotli 1.2 first
    # (its own fails on /lab/brotli's body before it could check anything)
    check = (
        "import sys; from newsarchive.warc.encodings import install_warcio_decoders as i; i(); "
        "from warcio.cli import main; sys.exit(main())"
    )
    subprocess.run([str(VENV_BIN / "python"), "-c", check, "check", *files], check=True)


def test_every_record_reads_back_and_stats_agree(demo_crawl: CrawlResult, recs: list[Rec]) -> None:
    assert len(recs) == demo_crawl.stats["warc/records"]
    revisits = sum(r.type == "revisit" for r in recs)
    assert revisits == demo_crawl.stats["warc/revisits"] >= 1
    assert demo_crawl.stats["warc/bytes"] == sum(p.stat().st_size for p in demo_crawl.warc_files())
    assert demo_crawl.stats["downloader/response_count"] == sum(
        r.type in ("response", "revisit") for r in recs
    )


def test_warcinfo_first_in_every_file(demo_crawl: CrawlResult, recs: list[Rec]) -> None:
    for path in demo_crawl.warc_files():
        first = next(r for r in recs if r.file == path)
        assert first.type == "warcinfo" and first.offset == 0
        info = first.raw.decode()
        assert f"WARC-Filename: {path.name}" in str(first.warc)
        for field in ("software: newsarchive/", "format: WARC File Format 1.1", "conformsTo: "):
            assert field in info
        assert "robots: classic" in info and "http-header-user-agent: newsarchive/" in info


def test_cdxj_indexer_indexes_every_capture(demo_crawl: CrawlResult, recs: list[Rec]) -> None:
    files = [str(p) for p in demo_crawl.warc_files()]
    done = subprocess.run(
        [str(VENV_BIN / "cdxj-indexer"), *files], check=True, capture_output=True, text=True
    )
    indexed = {(json.loads(line.split(" ", 2)[2])["url"]) for line in done.stdout.splitlines()}
    assert {r.uri for r in recs if r.type in ("response", "revisit")} <= indexed


def test_every_response_has_its_request(
    recs: list[Rec], requests_by_target: dict[str, Rec]
) -> None:
    for rec in recs:
        if rec.type not in ("response", "revisit"):
            continue
        request = requests_by_target[rec.id]
        assert request.uri == rec.uri and request.date == rec.date
        parts = urlsplit(rec.uri)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        assert request.http.protocol == "GET"
        assert request.http.statusline.split(" ")[0] == target
        assert request.http.get_header("Host") == parts.netloc
        assert request.http.get_header("User-Agent").startswith("newsarchive/")
        assert rec.warc.get_header("WARC-IP-Address") == "127.0.0.1"


def test_robots_txt_archived(captures: dict[str, list[Rec]]) -> None:
    assert captures["/robots.txt"][0].http.get_statuscode() == "200"


def test_metadata_record_per_item_tied_to_its_page(
    demo_crawl: CrawlResult, recs: list[Rec]
) -> None:
    by_id = {r.id: r for r in recs}
    metadata = {r.warc.get_header("WARC-Concurrent-To"): r for r in recs if r.type == "metadata"}
    items = demo_crawl.items()
    assert items and len(metadata) == len(items)
    for item in items:
        page = by_id[item["warc_record_id"]]
        assert page.uri == item["url"] and page.type in ("response", "revisit")
        assert (page.file.name, page.offset) == (item["warc_file"], item["warc_offset"])
        record = metadata[item["warc_record_id"]]
        assert record.uri == f"urn:item:{item['url']}"
        assert json.loads(record.raw)["title"] == item["title"]


# --- the quirks, as stored -----------------------------------------------------


def test_gzip_page_stored_encoded(demo_site: Any, captures: dict, requests_by_target: dict) -> None:
    rec = captures["/lab/gzip"][0]
    assert rec.http.get_header("Content-Encoding") == "gzip"
    _, _, body = direct(demo_site.base_url, "/lab/gzip", accept_encoding(rec, requests_by_target))
    assert rec.raw == body and body[:2] == b"\x1f\x8b"
    assert rec.http.get_header("Content-Length") == str(len(body))


@pytest.mark.parametrize("path", ["/lab/chunked", "/lab/chunked-gzip"])
def test_chunked_page_stored_dechunked_with_true_length(
    demo_site: Any, captures: dict, requests_by_target: dict, path: str
) -> None:
    rec = captures[path][0]
    assert rec.http.get_header("Transfer-Encoding") is None
    assert rec.http.get_header("X-Archive-Orig-Transfer-Encoding") == "chunked"  # as served
    assert rec.http.get_header("Content-Length") == str(len(rec.raw))
    _, headers, body = direct(demo_site.base_url, path, accept_encoding(rec, requests_by_target))
    assert ("Transfer-Encoding", "chunked") in headers
    assert rec.raw == body


def test_repeated_set_cookie_all_kept(demo_site: Any, captures: dict) -> None:
    rec = captures["/lab/cookies"][0]
    stored = [v for k, v in rec.http.headers if k.lower() == "set-cookie"]
    _, headers, _ = direct(demo_site.base_url, "/lab/cookies", None)
    served = [v for k, v in headers if k.lower() == "set-cookie"]
    assert len(served) == 3 and stored == served


def test_redirect_hops_each_archived(captures: dict) -> None:
    first = captures["/lab/redirect"][0].http
    second = captures["/lab/redirect/step-2"][0].http
    assert first.statusline == "301 Moved Permanently"
    assert first.get_header("Location").endswith("/lab/redirect/step-2")
    assert second.statusline == "302 Found"
    assert captures["/lab/redirect/final"][0].http.get_statuscode() == "200"


def test_404_and_retried_503_archived(captures: dict) -> None:
    assert captures["/lab/missing"][0].http.statusline == "404 Not Found"
    # The origin answers 503 until the retry sends back the cookie the 503 set:
    # the failed try and the retry are both archived, in that order.
    statuses = [r.http.get_statuscode() for r in captures["/lab/flaky"]]
    assert statuses == ["503", "200"]


@pytest.mark.parametrize("path", ["/lab/report.pdf", "/lab/latin1", "/lab/cp1252"])
def test_binary_and_legacy_charsets_byte_identical(
    demo_site: Any, captures: dict, requests_by_target: dict, path: str
) -> None:
    rec = captures[path][0]
    _, _, body = direct(demo_site.base_url, path, accept_encoding(rec, requests_by_target))
    assert rec.raw == body


def test_duplicate_payload_is_a_revisit(captures: dict) -> None:
    a, b = captures["/lab/duplicate-a"][0], captures["/lab/duplicate-b"][0]
    original, revisit = (a, b) if a.type == "response" else (b, a)
    assert revisit.type == "revisit" and original.type == "response"
    headers = revisit.warc
    assert headers.get_header("WARC-Refers-To") == original.id
    assert headers.get_header("WARC-Refers-To-Target-URI") == original.uri
    assert headers.get_header("WARC-Refers-To-Date") == original.date
    assert headers.get_header("WARC-Payload-Digest") == original.warc.get_header(
        "WARC-Payload-Digest"
    )
    assert "identical-payload-digest" in headers.get_header("WARC-Profile")
    assert revisit.raw == b""


def test_oversize_truncated_marked_and_crawl_went_on(
    demo_site: Any, demo_crawl: CrawlResult, captures: dict
) -> None:
    rec = captures["/lab/oversize"][0]
    limit = DEMO_MAX_PAYLOAD
    _, _, body = direct(demo_site.base_url, "/lab/oversize", None)
    assert len(body) > limit
    assert rec.warc.get_header("WARC-Truncated") == "length"
    assert rec.raw == body[:limit]
    assert rec.http.get_header("Content-Length") == str(limit)
    assert rec.http.get_header("X-Archive-Orig-Content-Length") == str(len(body))
    assert demo_crawl.stats["warc/truncated"] == 1
    # the download itself stopped at the limit, instead of being read whole (or dropped)
    assert demo_crawl.stats["warc/downloads_stopped"] == 1
    assert "/lab/redirect/final" in captures and demo_crawl.stats["finish_reason"] == "finished"


# --- replay through pywb -------------------------------------------------------


def test_pywb_replays_every_page_byte_identical(
    pywb: Any,
    collection: str,
    demo_site: Any,
    captures: dict,
    requests_by_target: dict,
) -> None:
    checked = []
    for path, found in captures.items():
        rec = found[-1]
        if rec.http.get_statuscode() != "200" or rec.warc.get_header("WARC-Truncated"):
            continue
        if path == "/lab/flaky":
            continue  # the origin alternates 503/200: no stable bytes to compare with
        ae = accept_encoding(rec, requests_by_target)
        replayed = replay(pywb, collection, rec, ae)
        status, _, body = direct(demo_site.base_url, path, ae)
        assert (replayed.status, status) == (200, 200), path
        assert replayed.body == body, path
        checked.append(path)
    for quirk in ("/lab/gzip", "/lab/chunked", "/lab/chunked-gzip", "/lab/duplicate-b"):
        assert quirk in checked
    assert len(checked) > 300


def test_pywb_replays_the_redirect_chain(
    pywb: Any, collection: str, demo_site: Any, captures: dict
) -> None:
    url = demo_site.base_url + "/lab/redirect"
    statuses = []
    for _ in range(5):
        rec = captures[urlsplit(url).path][0]
        replayed = replay(pywb, collection, rec, None)
        statuses.append(replayed.status)
        if replayed.status not in (301, 302):
            break
        url = urljoin(url, replayed.getheader("Location"))
    assert statuses == [301, 302, 200]
    assert urlsplit(url).path == "/lab/redirect/final"
    assert replayed.body == direct(demo_site.base_url, "/lab/redirect/final", None)[2]


def test_pywb_resolves_revisit_to_original_body(
    pywb: Any, collection: str, demo_site: Any, captures: dict
) -> None:
    revisit = next(
        r
        for p in ("/lab/duplicate-a", "/lab/duplicate-b")
        for r in captures[p]
        if r.type == "revisit"
    )
    replayed = replay(pywb, collection, revisit, None)
    body = direct(demo_site.base_url, urlsplit(revisit.uri).path, None)[2]
    assert replayed.status == 200 and replayed.body == body and body


# --- pages served br, zstd or deflate as the client accepts -------------------

CODED = {  # the crawl offers gzip and br only: the others come plain
    "/lab/brotli": ("br", "Brotli-coded page"),
    "/lab/deflate": (None, "Deflate-coded page"),
    "/lab/deflate-raw": (None, "Raw-deflate page"),
    "/lab/zstd": (None, "Zstandard-coded page"),
}


@pytest.mark.parametrize("path", sorted(CODED))
def test_coded_pages_stored_as_served(
    demo_site: Any, captures: dict, requests_by_target: dict, path: str
) -> None:
    rec = captures[path][0]
    ae = accept_encoding(rec, requests_by_target)
    assert ae == "gzip, br"  # what pywb and replayweb.page both decode
    assert rec.http.get_header("Content-Encoding") == CODED[path][0]
    assert rec.raw == direct(demo_site.base_url, path, ae)[2]


def test_extract_and_index_read_the_coded_pages(demo_crawl: CrawlResult, tmp_path: Path) -> None:
    files = [str(p) for p in demo_crawl.warc_files()]
    out = tmp_path / "items.jsonl"
    done = subprocess.run(
        [str(VENV_BIN / "python"), "-m", "newsarchive", "extract", "--all-pages", *files,
         "-o", str(out)],
        cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    items = {urlsplit(i["url"]).path: i for i in map(json.loads, out.read_text().splitlines())}
    for path, (_, text) in CODED.items():
        assert items[path]["title"].startswith(text) and text in items[path]["body"], path
    index = tmp_path / "index.cdxj"
    done = subprocess.run(
        [str(VENV_BIN / "python"), "-m", "newsarchive", "index", *files, "--cdxj", str(index)],
        cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line.split(" ", 2)[2]) for line in index.read_text().splitlines()]
    indexed = {urlsplit(e["url"]).path: e for e in lines}
    assert all(indexed[path]["status"] == "200" for path in CODED)


@pytest.mark.parametrize("path", sorted(CODED))
def test_pywb_replays_coded_pages_as_text(
    pywb: Any, collection: str, captures: dict, path: str
) -> None:
    """A client that accepts no coding gets the page decoded by pywb (`id_`)."""
    replayed = replay(pywb, collection, captures[path][0], None)
    assert replayed.status == 200
    assert replayed.getheader("Content-Encoding") is None
    assert CODED[path][1].encode() in replayed.body
