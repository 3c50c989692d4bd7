"""Continuation records whose first segment is missing, and a WARC-Segment-Total-Length that
does not match the segments joined (WARC-Segment-Number).

`index` passed over a continuation record whose first segment is in none of the files given
without a word (exit 0), where `extract` named it; and no reader compared the joined
record's length with the WARC-Segment-Total-Length its last segment declares. Each WARC
here is written with warcio.
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.warcwriter import WARCWriter

from tests.test_foreign_archives import SITE, http, newsarchive, page

ORIGIN = "<urn:uuid:5e6d0000-0000-4000-8000-000000000001>"


def _written(writer: WARCWriter, record: ArcWarcRecord) -> None:
    writer.write_record(record)
    for stream in (record.raw_stream, getattr(record, "_orig_stream", None)):
        if stream is not None:  # warcio's spooled copies of the payload
            stream.close()


def _body() -> bytes:
    words = " ".join(f"lantern{n}" for n in range(3000))
    return (
        f"<html><head><title>Long Lantern</title></head><body><p>{words}</p></body></html>".encode()
    )


def _segments(total_off_by: int = 0, said: str | None = None) -> tuple[list[bytes], int]:
    """A response split in two segments (each a record of its own, gzipped), and the length
    of the whole block they make (`total_off_by` added to the one the last declares; `said`:
    what the last declares instead)."""
    body = _body()
    cut = len(body) // 2
    first, rest = BytesIO(), BytesIO()
    writer = WARCWriter(first, gzip=True, warc_version="WARC/1.1")
    head = writer.create_warc_record(
        SITE + "/long", "response", payload=BytesIO(body[:cut]), length=cut,
        http_headers=http(body),
        warc_headers_dict={"WARC-Record-ID": ORIGIN, "WARC-Segment-Number": "1"},
    )  # fmt: skip
    _written(writer, head)
    block = int(head.rec_headers.get_header("Content-Length"))
    total = block + len(body) - cut
    writer = WARCWriter(rest, gzip=True, warc_version="WARC/1.1")
    tail = writer.create_warc_record(
        SITE + "/long", "continuation", payload=BytesIO(body[cut:]), length=len(body[cut:]),
        warc_headers_dict={
            "WARC-Segment-Origin-ID": ORIGIN, "WARC-Segment-Number": "2",
            "WARC-Segment-Total-Length": str(total + total_off_by) if said is None else said,
        },
    )  # fmt: skip
    _written(writer, tail)
    return [first.getvalue(), rest.getvalue()], total


def _pages(*titles: str) -> list[bytes]:
    found = []
    for title in titles:
        out = BytesIO()
        writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
        body = page(title)
        record = writer.create_warc_record(
            f"{SITE}/{title.lower()}",
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=http(body),
        )
        _written(writer, record)
        found.append(out.getvalue())
    return found


def _offset_of(path: Path, kind: str) -> int:
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type == kind:
                return int(records.get_record_offset())
    raise AssertionError(f"no {kind} record in {path}")


def _index(path: Path | str, out: Path, *more: str) -> tuple[int, str, list[str]]:
    done = newsarchive("index", str(path), "--cdxj", str(out), *more)
    assert "Traceback" not in done.stderr, done.stderr
    urls = [json.loads(line.split(" ", 2)[2])["url"] for line in out.read_text().splitlines()]
    return done.returncode, done.stderr, sorted(urls)


def _extract(path: Path | str, out: Path) -> tuple[int, str, list[str]]:
    done = newsarchive("extract", "--all-pages", str(path), "-o", str(out))
    assert "Traceback" not in done.stderr, done.stderr
    titles = [json.loads(line)["title"] for line in out.read_text().splitlines()]
    return done.returncode, done.stderr, sorted(titles)


def test_index_names_a_continuation_whose_first_segment_is_in_no_file(tmp_path: Path) -> None:
    """Before: exit 0 and not a word; now one line naming the file and offset, counted."""
    (_, rest), _ = _segments()
    a, b = _pages("Alpha", "Beta")
    path = tmp_path / "orphan.warc.gz"
    path.write_bytes(a + rest + b)
    at = _offset_of(path, "continuation")
    code, stderr, urls = _index(path, tmp_path / "index.cdxj")
    said = (
        f"{path}@{at}: record skipped: segment 2 of a record split in segments, whose first "
        "segment is in none of the files given"
    )
    assert code == 3 and said in stderr, stderr
    assert [line for line in stderr.splitlines() if "segment" in line] == [f"WARNING: {said}"]
    assert "skipped: 1 record skipped" in stderr.strip().splitlines()[-1], stderr
    assert urls == [SITE + "/alpha", SITE + "/beta"]
    # `extract` names it alike (it did before)
    code, stderr, titles = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and said in stderr, stderr
    assert titles == ["Alpha", "Beta"]


def test_index_wacz_names_the_continuation_once(tmp_path: Path) -> None:
    (_, rest), _ = _segments()
    path = tmp_path / "orphan.warc.gz"
    path.write_bytes(b"".join([_pages("Alpha")[0], rest]))
    at = _offset_of(path, "continuation")
    wacz = tmp_path / "out.wacz"
    code, stderr, urls = _index(path, tmp_path / "index.cdxj", "--wacz", str(wacz))
    said = f"{path}@{at}: record skipped: segment 2 of a record split in segments"
    assert code == 3 and stderr.count(said) == 1, stderr
    assert urls == [SITE + "/alpha"] and wacz.exists()


@pytest.mark.parametrize("order", ["first segment's file first", "continuation's file first"])
def test_a_continuation_whose_first_is_in_another_file_given_is_no_orphan(
    order: str, tmp_path: Path
) -> None:
    """Its first segment in the other file (read before or after it): `index` names the first
    segment as before (replay tools would serve it alone), and no continuation."""
    (first, rest), _ = _segments()
    named = ("a", "b") if order == "first segment's file first" else ("b", "a")
    first_path, rest_path = (tmp_path / f"{n}.warc.gz" for n in named)
    first_path.write_bytes(_pages("Alpha")[0] + first)
    rest_path.write_bytes(rest + _pages("Beta")[0])
    code, stderr, urls = _index(tmp_path, tmp_path / "index.cdxj")
    assert code == 3 and "replay tools would serve it alone, not indexed" in stderr, stderr
    assert "whose first segment is in none of the files given" not in stderr, stderr
    assert urls == [SITE + "/alpha", SITE + "/beta"]
    code, stderr, titles = _extract(tmp_path, tmp_path / "items.jsonl")
    assert code == 0, stderr
    assert titles == ["Alpha", "Beta", "Long Lantern"]


@pytest.mark.parametrize("files", ["one file", "two files"])
def test_a_total_length_that_the_segments_do_not_make_is_named(files: str, tmp_path: Path) -> None:
    """WARC-Segment-Total-Length 7 bytes more than the segments hold: the joined record is
    named and left out (before: joined and read as whole, its length unchecked); the right
    total is joined, as before."""
    for off_by, folder in ((7, tmp_path / "wrong"), (0, tmp_path / "right")):
        folder.mkdir()
        (first, rest), total = _segments(off_by)
        if files == "one file":
            (folder / "a.warc.gz").write_bytes(first + _pages("Alpha")[0] + rest)
        else:
            (folder / "a.warc.gz").write_bytes(first + _pages("Alpha")[0])
            (folder / "b.warc.gz").write_bytes(rest)
        code, stderr, titles = _extract(folder, folder / "items.jsonl")
        if off_by:
            at = _offset_of(folder / "a.warc.gz", "response")
            said = (
                f"{folder / 'a.warc.gz'}@{at}: record skipped: its segments hold {total:,} "
                f"bytes, its WARC-Segment-Total-Length says {total + off_by:,}"
            )
            assert code == 3 and said in stderr, stderr
            assert titles == ["Alpha"]
        else:
            assert code == 0 and "Total-Length" not in stderr, stderr
            assert titles == ["Alpha", "Long Lantern"]


@pytest.mark.parametrize("said", ["0", "lots", "-12", "\u00b2", "\u0661\u0662", "\u2460"])
def test_a_total_length_that_is_no_length_is_named(said: str, tmp_path: Path) -> None:
    """A WARC-Segment-Total-Length of zero or of no number ('²' and '①' are digits to
    str.isdigit, and int('²') raised: a traceback ended the batch) is named, the record left
    out, the other records read."""
    for files in ("one", "two"):
        folder = tmp_path / files
        folder.mkdir()
        (first, rest), total = _segments(said=said)
        if files == "one":
            (folder / "a.warc.gz").write_bytes(first + _pages("Alpha")[0] + rest)
        else:
            (folder / "a.warc.gz").write_bytes(first + _pages("Alpha")[0])
            (folder / "b.warc.gz").write_bytes(rest)
        code, stderr, titles = _extract(folder, folder / "items.jsonl")
        at = _offset_of(folder / "a.warc.gz", "response")
        said_line = (
            f"{folder / 'a.warc.gz'}@{at}: record skipped: its segments hold {total:,} "
            "bytes, its WARC-Segment-Total-Length says "
        )
        assert code == 3 and said_line in stderr, stderr
        assert titles == ["Alpha"]


@pytest.mark.parametrize("number", ["\u00b2", "two"])
def test_a_continuation_numbered_with_no_number_is_named(number: str, tmp_path: Path) -> None:
    """A continuation whose WARC-Segment-Number is no number ('²' is a digit to str.isdigit,
    and int('²') raised where a batch holds it: the rest of its file was skipped unread) is
    named, and the page after it in its file read."""
    out = BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
    tail = writer.create_warc_record(
        SITE + "/long", "continuation", payload=BytesIO(b"the rest of a page"), length=18,
        warc_headers_dict={"WARC-Segment-Origin-ID": ORIGIN, "WARC-Segment-Number": number},
    )  # fmt: skip
    _written(writer, tail)
    (tmp_path / "a.warc.gz").write_bytes(_pages("Alpha")[0])
    (tmp_path / "b.warc.gz").write_bytes(out.getvalue() + _pages("Beta")[0])
    code, stderr, titles = _extract(tmp_path, tmp_path / "items.jsonl")
    assert code == 3 and f"{tmp_path / 'b.warc.gz'}@0: record skipped: " in stderr, stderr
    assert "unreadable" not in stderr, stderr
    assert titles == ["Alpha", "Beta"]
