"""One WARC-Record-ID on the captures of two URLs (another tool reusing ids, files merged):
`history` skipped the second URL's page as one an item describes, without a word, and a
revisit naming its original by that id (and its URI) was given the last one read, another
URL's page. Written here byte by byte."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from newsarchive.changes.archive import gather
from newsarchive.warc.reader import iter_html_pages

SITE = "http://quay.news.test"
SHARED = "<urn:uuid:0dd1d000-0000-4000-8000-000000000001>"


def _page(title: str) -> bytes:
    words = f"{title}: the harbour board met on the quay to hear the pilots' plans for winter."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _record(
    kind: str, path: str, record_id: str, day: int, block: bytes, extra: list[str]
) -> bytes:
    lines = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: {record_id}",
        f"WARC-Date: 2026-03-0{day}T07:00:00Z",
        f"WARC-Target-URI: {SITE}{path}",
        "Content-Type: application/http; msgtype=response",
        *extra,
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _response(path: str, record_id: str, day: int, body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    return _record("response", path, record_id, day, head.encode() + body, [])


def _revisit(path: str, day: int, refers_to: str, refers_uri: str) -> bytes:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    extra = [
        "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/server-not-modified",
        f"WARC-Refers-To: {refers_to}",
        f"WARC-Refers-To-Target-URI: {refers_uri}",
    ]
    own = f"<urn:uuid:0dd1d000-0000-4000-8000-00000000000{day}>"
    return _record("revisit", path, own, day, head, extra)


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    path = tmp_path / "warc" / "merged-00000.warc"
    path.parent.mkdir()
    path.write_bytes(
        _response("/pilots", SHARED, 1, _page("Pilots"))
        + _response("/dredging", SHARED, 2, _page("Dredging"))  # the same id, another URL
        + _revisit("/pilots", 3, SHARED, f"{SITE}/pilots")
    )
    return path


def test_a_revisit_gets_the_original_of_the_uri_it_names_not_the_last_with_its_id(
    warc: Path,
) -> None:
    pages = {(p.url, p.provenance.fetched_at): p for p in iter_html_pages([warc])}
    revisit = pages[(f"{SITE}/pilots", "2026-03-03T07:00:00Z")]
    assert b"Pilots" in revisit.body
    assert b"Dredging" not in revisit.body  # the last read with that id: another URL's page


def test_history_re_extracts_and_names_a_page_whose_id_an_item_gives_another_url(
    warc: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    items = tmp_path / "items.jsonl"
    item = {
        "url": f"{SITE}/pilots", "fetched_at": "2026-03-01T07:00:00Z", "title": "Pilots",
        "warc_file": warc.name, "warc_record_id": SHARED, "warc_offset": 0,
    }  # fmt: skip
    items.write_text(json.dumps(item) + "\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        found = gather([items], [warc], lambda url, site: True)
    assert [c.source for c in found.captures[f"{SITE}/pilots"]] == ["items", "warc"]  # + revisit
    dredging = found.captures[f"{SITE}/dredging"]
    assert [c.fields.get("title") for c in dredging] == ["Dredging"]  # was skipped unsaid
    assert found.shared_ids == 1
    assert any(
        "also that of" in r.getMessage() and "dredging" in r.getMessage() for r in caplog.records
    )
