"""Records other tools write that look like captures but cannot be read as one.

Each is named `FILE@OFFSET: record skipped: ...` by `extract`, `history`
and `index`, counted (exit 3), and the records after it are read: before,
a response without WARC-Target-URI made warcio raise (the file's rest was
lost), a headerless (HTTP/0.9) response, or one whose URI has no scheme,
was dropped without a word by `extract` (the first indexed with its HTML as
headers), and a first segment became an item of half a page.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive

SITE = "http://harbour.news.test"


def _page(title: str) -> bytes:
    words = f"{title}: the ferry to the island ran late again because of the fog."
    return f"<html><head><title>{title}</title></head><body><p>{words}</p></body></html>".encode()


def _http(body: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def _record(uri: str | None, block: bytes, number: int, extra: str = "") -> bytes:
    lines = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2026-04-01T08:00:00Z",
        *([f"WARC-Target-URI: {uri}"] if uri is not None else []),
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n" + extra + "\r\n").encode() + block + b"\r\n\r\n"


CASES = {
    "no target uri": (
        _record(None, _http(_page("Lost")), 1),
        "a response record without a WARC-Target-URI",
    ),
    "headerless": (
        _record(SITE + "/old", _page("Headerless"), 1),
        "no HTTP status line (an HTTP/0.9 or headerless response): not read as a page",
    ),
    "no scheme": (
        _record("harbour.news.test/ferry", _http(_page("Schemeless")), 1),
        "WARC-Target-URI without a scheme ('harbour.news.test/ferry'): not read as a page",
    ),
    "first segment": (
        _record(SITE + "/split", _http(_page("Split"))[:120], 1, "WARC-Segment-Number: 1\r\n"),
        # `extract` and `history` join segments (not here: its others are in no file), `index`
        # leaves them out (replay tools would serve one segment): tests/test_resync.py
        "segment 1 of a record split in segments (WARC-Segment-Number): ",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_the_record_is_named_counted_and_the_next_one_read(case: str, tmp_path: Path) -> None:
    odd, reason = CASES[case]
    after = _record(SITE + "/after", _http(_page("After")), 2)
    path = tmp_path / "odd.warc"
    path.write_bytes(odd + after)
    named = f"{path}@0: record skipped: {reason}"

    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "items.jsonl"), str(path))
    assert done.returncode == 3, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "extract: 1 item; skipped: 1 record skipped"
    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    assert [item["title"] for item in items] == ["After"]

    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr
    lines = (tmp_path / "index.cdxj").read_text().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["test,news,harbour)/after"]

    done = newsarchive("history", "--warc", str(path), "--reextract", SITE + "/after")
    assert done.returncode == 3, done.stderr
    assert named in done.stderr and "Traceback" not in done.stderr


def _arc_v2(gzipped: bool) -> bytes:
    """An ARC version 2 file: ten fields a header line (warcio reads version 1's five)."""
    spec = (
        b"2 0 Harbour\nURL IP-address Archive-date Content-type Result-code Checksum Location "
        b"Offset Filename Archive-length\n"
    )
    head = b"filedesc://harbour.arc 0.0.0.0 20010203040506 text/plain 200 - - 0 harbour.arc "
    records = [head + str(len(spec)).encode() + b"\n" + spec + b"\n"]
    for path, title in (("/ferry", "Ferry"), ("/fog", "Fog")):
        block = _http(_page(title))
        line = f"{SITE}{path} 192.0.2.7 20010203040507 text/html 200 - - 0 harbour.arc {len(block)}"
        records.append(line.encode() + b"\n" + block + b"\n")
    if gzipped:
        return b"".join(gzip.compress(record, mtime=0) for record in records)
    return b"".join(records)


@pytest.mark.parametrize("name", ["v2.arc", "v2.arc.gz"])
def test_an_arc_version_2_file_gives_its_urls_and_dates(name: str, tmp_path: Path) -> None:
    """Before, the URL was the first six fields joined and the date 1900 (the file offset)."""
    path = tmp_path / name
    path.write_bytes(_arc_v2(gzipped=name.endswith(".gz")))
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "items.jsonl"), str(path))
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    assert [(item["url"], item["title"]) for item in items] == [
        (SITE + "/ferry", "Ferry"),
        (SITE + "/fog", "Fog"),
    ]
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 0, done.stderr
    lines = [line.split(" ", 2) for line in (tmp_path / "index.cdxj").read_text().splitlines()]
    assert [(key, stamp, json.loads(rest)["mime"]) for key, stamp, rest in lines] == [
        ("test,news,harbour)/ferry", "20010203040507", "text/html"),
        ("test,news,harbour)/fog", "20010203040507", "text/html"),
    ]


def _pages(first: int, last: int) -> list[bytes]:
    """Records of pages `first` to `last - 1`, a few KB each (so a file splits into ranges)."""
    filler = " ".join(f"Harbour word {n}" for n in range(300))
    return [
        _record(f"{SITE}/p{n}", _http(_page(f"Page {n} {filler}")), n) for n in range(first, last)
    ]


@pytest.mark.parametrize("gzipped", [True, False])
def test_junk_between_records_is_named_and_the_records_after_it_read(
    gzipped: bool, tmp_path: Path
) -> None:
    """Before, reading stopped at the junk and the file's rest was named and lost (40 of 80
    pages); `-j 2` reads what one reader reads."""
    pack = (lambda r: gzip.compress(r, mtime=0)) if gzipped else (lambda r: r)
    before = b"".join(pack(r) for r in _pages(0, 40))
    junk = bytes(512) + b"JUNK JUNK\r\n"  # a zeroed block, then text
    path = tmp_path / ("junk.warc.gz" if gzipped else "junk.warc")
    path.write_bytes(before + junk + b"".join(pack(r) for r in _pages(40, 80)))
    # a plain record's end is before its blank lines: they are counted with the junk
    at = len(before) - (0 if gzipped else 4)
    named = (
        f"{path}@{at}: record skipped: {len(before) + len(junk) - at} bytes that start no record"
    )
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"items{jobs}.jsonl"
        done = newsarchive(
            "extract", "--all-pages", "-j", jobs, "--shard-size", "65536", "-o", str(out), str(path)
        )
        assert done.returncode == 3, done.stderr
        assert named in done.stderr
        assert (
            done.stderr.strip().splitlines()[-1] == "extract: 80 items; skipped: 1 record skipped"
        )
        outputs.append(out.read_text())
    assert outputs[0] == outputs[1]
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    assert named in done.stderr
    assert len((tmp_path / "index.cdxj").read_text().splitlines()) == 80


def test_a_status_line_with_an_odd_protocol_is_still_a_page(tmp_path: Path) -> None:
    """What tells a headerless response is that no status code follows (pywb's own samples
    have `HTTPX/1.1 200 OK`, which warcio and pywb read)."""
    block = _http(_page("Odd protocol")).replace(b"HTTP/1.1 200", b"HTTPX/1.1 200", 1)
    path = tmp_path / "odd.warc"
    path.write_bytes(_record(SITE + "/odd", block, 1))
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "items.jsonl"), str(path))
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "items.jsonl").read_text())["title"] == "Odd protocol"


def test_a_file_gzipped_whole_gets_no_index_line(tmp_path: Path) -> None:
    """No offset into one gzip stream holds: a line would point pywb at nothing (the record
    cdxj-indexer held when the reading broke was indexed, with a negative length)."""
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(gzip.compress(b"".join(_pages(0, 3)), mtime=0))
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    assert "gzipped as one stream, not record by record" in done.stderr
    assert not (tmp_path / "index.cdxj").exists()  # no empty index (session 40)


def test_a_record_without_a_length_number_gets_no_index_line(tmp_path: Path) -> None:
    """`extract` named it and cdxj-indexer indexed it (pywb answered its line with 500)."""
    odd = _record(SITE + "/odd", _http(_page("Odd")), 1).replace(
        b"Content-Length: ", b"Content-Length: about ", 1
    )
    path = tmp_path / "odd.warc"
    path.write_bytes(_record(SITE + "/first", _http(_page("First")), 2) + odd)
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    reason = "record skipped: its length 'about 192' is no number (no Content-Length number)"
    assert reason in done.stderr
    lines = (tmp_path / "index.cdxj").read_text().splitlines()
    assert [line.split(" ")[0] for line in lines] == ["test,news,harbour)/first"]


def test_a_record_without_a_length_number_is_named_at_its_own_offset(tmp_path: Path) -> None:
    """Before, `extract` named it by the offset of the record after it (reading its length
    had moved warcio on): pywb__bad.arc's records at 0, 134 and 262 were named @134, @202
    and @331 (the file's end), where `index` named them right."""
    first = _record(SITE + "/first", _http(_page("First")), 2)
    odd = _record(SITE + "/odd", _http(_page("Odd")), 1).replace(
        b"Content-Length: ", b"Content-Length: about ", 1
    )
    path = tmp_path / "odd.warc"
    path.write_bytes(first + odd + _record(SITE + "/last", _http(_page("Last")), 3))
    named = f"{path}@{len(first)}: record skipped: its length 'about 192' is no number (no Content"
    for command in (["extract", "--all-pages", "-o", str(tmp_path / "items.jsonl")], ["index"]):
        done = newsarchive(
            *command, str(path), *(["--cdxj", str(tmp_path / "i.cdxj")] * (command == ["index"]))
        )
        assert done.returncode == 3 and named in done.stderr, (command, done.stderr)


def test_every_command_names_the_records_of_types_index_leaves_out(tmp_path: Path) -> None:
    """A warcinfo record without a length number and a request without WARC-Target-URI:
    `extract` and `index --wacz` named both, plain `index` neither (exit 0), since
    cdxj-indexer indexes neither type and its check came after its choice of types."""
    info = _record(None, b"software: hand-made\r\n", 5)
    info = info.replace(b"WARC-Type: response", b"WARC-Type: warcinfo", 1)
    info = info.replace(b"Content-Length: ", b"Content-Length: about ", 1)
    first = _record(SITE + "/first", _http(_page("First")), 2)
    request = _record(None, b"GET /first HTTP/1.1\r\nHost: harbour.news.test\r\n\r\n", 6)
    request = request.replace(b"WARC-Type: response", b"WARC-Type: request", 1)
    path = tmp_path / "odd.warc"
    path.write_bytes(info + first + request + _record(SITE + "/last", _http(_page("Last")), 3))
    clean = tmp_path / "clean.warc"  # a WACZ holds whole files only: one to package
    clean.write_bytes(_record(SITE + "/clean", _http(_page("Clean")), 7))
    at = len(info + first)
    named = {
        f"{path}@0: record skipped: its length 'about 21' is no number (no Content-Length number)",
        f"{path}@{at}: record skipped: a request record without a WARC-Target-URI",
    }
    runs = {
        "extract": ["extract", "--all-pages", "-o", str(tmp_path / "items.jsonl")],
        "index": ["index", "--cdxj", str(tmp_path / "a.cdxj")],
        "index --wacz": ["index", "--cdxj", str(tmp_path / "b.cdxj"), "--wacz",
                         str(tmp_path / "b.wacz")],
    }  # fmt: skip
    for name, command in runs.items():
        done = newsarchive(*command, str(path), str(clean))
        said = {line.removeprefix("WARNING: ") for line in done.stderr.splitlines()}
        assert done.returncode == 3 and named <= said, (name, done.stderr)
        assert "2 records skipped" in done.stderr.splitlines()[-1], (name, done.stderr)
    pages = [line.split(" ")[0] for line in (tmp_path / "a.cdxj").read_text().splitlines()]
    assert pages == [
        "test,news,harbour)/clean",
        "test,news,harbour)/first",
        "test,news,harbour)/last",
    ]
