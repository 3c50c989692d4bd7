"""Damage inside one gzip member of a WARC, and a file cut inside a record no index holds.

Found by mutating archives that `wget --warc-file` wrote (bytes zeroed, files cut at
random offsets): warcio 1.8.1 prints the bare zlib message of a member that fails part
way (`Error -3 while decompressing data: ...`), reads nothing more of it, and the
readers went on from garbage: 6 of 14 pages, nothing named, exit 0. And `index` said
nothing of a file cut inside a request record (it indexes no request): exit 0.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_foreign_archives import SITE, arc_file, http, newsarchive, page


def _exchanges(count: int) -> tuple[bytes, list[tuple[int, int]]]:
    """A gzipped WARC of `count` request/response pairs, and each response member's span.

    A response's member is longer than warcio's reads (16 KiB): damage past its first
    read is what warcio printed and passed over (in its first read, warcio takes the
    member for no gzip at all and the readers name it as junk)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.0")
    spans = []
    for number in range(count):
        url = f"{SITE}/story-{number}"
        cookie = "".join(hashlib.sha256(b"%d" % n).hexdigest() for n in range(40))  # no repeats
        headers = [("Host", "old.news.test"), ("Cookie", cookie)]
        request = StatusAndHeaders(f"GET /story-{number} HTTP/1.1", headers)
        writer.write_record(
            writer.create_warc_record(
                url, "request", payload=BytesIO(b""), length=0, http_headers=request
            )
        )
        words = " ".join(hashlib.sha256(b"%d-%d" % (number, n)).hexdigest() for n in range(900))
        body = page(f"Story number {number} {words}")  # 58 KB that gzip cannot shrink much
        start = buffer.tell()
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http(body)
            )
        )
        spans.append((start, buffer.tell()))
    return buffer.getvalue(), spans


def _items(path: Path) -> list[str]:
    return [line for line in path.read_text().splitlines() if line.strip()]


def test_a_member_that_breaks_part_way_is_named_and_the_records_after_it_read(
    tmp_path: Path,
) -> None:
    data, spans = _exchanges(8)
    start, end = spans[3]
    middle = (start + end) // 2
    assert middle - start > 16384
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(data[:middle] + b"\0" * 32 + data[middle + 32 :])
    items, cdxj = tmp_path / "items.jsonl", tmp_path / "index.cdxj"
    for args in (["extract", "--all-pages", "-o", str(items)], ["index", "--cdxj", str(cdxj)]):
        done = newsarchive(*args, str(damaged))
        assert done.returncode == 3, done.stderr
        assert "Traceback" not in done.stderr and "Error -3" not in done.stderr, done.stderr
        assert f"{damaged}@{start}: record skipped: " in done.stderr, done.stderr
    assert len(_items(items)) == 7  # 6 before: the pages after the damage were lost
    assert "story-3" not in cdxj.read_text() and "story-7" in cdxj.read_text()
    assert len(_items(cdxj)) == 7


def test_extract_with_workers_names_the_same_damage(tmp_path: Path) -> None:
    data, spans = _exchanges(8)
    start, end = spans[5]
    middle = (start + end) // 2
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(data[:middle] + b"\xff" * 16 + data[middle + 16 :])
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-j", "2", "-o", str(items), str(damaged))
    assert done.returncode == 3 and "Error -" not in done.stderr, done.stderr
    assert f"{damaged}@{start}: record skipped: " in done.stderr, done.stderr
    assert len(_items(items)) == 7


def test_index_names_a_file_cut_inside_a_request_record(tmp_path: Path) -> None:
    """No request is indexed (GETs), but a file that ends inside one is cut short."""
    data, spans = _exchanges(4)
    cut = tmp_path / "cut.warc.gz"
    request_end = spans[3][0]  # the fourth request's member: cut in its middle
    cut.write_bytes(data[: (spans[2][1] + request_end) // 2])
    done = newsarchive("index", str(cut), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{cut}@{spans[2][1]}: record skipped: cut short" in done.stderr, done.stderr
    assert len(_items(tmp_path / "index.cdxj")) == 3


def _plain_exchanges(count: int) -> bytes:
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.0")
    for number in range(count):
        url = f"{SITE}/story-{number}"
        request = StatusAndHeaders(f"GET /story-{number} HTTP/1.1", [("Host", "old.news.test")])
        writer.write_record(
            writer.create_warc_record(
                url, "request", payload=BytesIO(b""), length=0, http_headers=request
            )
        )
        body = page(f"Story number {number}")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http(body)
            )
        )
    return buffer.getvalue()


def _run_together(data: bytes, zeroed: bool) -> tuple[bytes, int]:
    """The second request's header runs into its response's: from its Content-Length line
    on, zeroed up to the response's second header line, or those bytes lost."""
    request = data.index(b"WARC-Type: request", data.index(b"WARC-Type: request") + 1) - 10
    length = data.index(b"Content-Length:", request)
    response = data.index(b"WARC-Type: response", length)
    if zeroed:
        return data[:length] + b"\0" * (response - length) + data[response:], request
    return data[:length] + data[response:], request


@pytest.mark.parametrize("zeroed", [True, False], ids=["zeroed", "bytes-lost"])
def test_headers_run_together_are_named_not_a_record_swallowed(
    zeroed: bool, tmp_path: Path
) -> None:
    """A zeroed block (or lost bytes) in a plain WARC that takes a request's Content-Length
    line: its header runs into its response's, whose length it takes. The request was
    read over the response without a word: 3 of 4 pages, exit 0."""
    damaged, request = _run_together(_plain_exchanges(4), zeroed)
    path = tmp_path / "damaged.warc"
    path.write_bytes(damaged)
    items, cdxj = tmp_path / "items.jsonl", tmp_path / "index.cdxj"
    for args in (["extract", "--all-pages", "-o", str(items)], ["index", "--cdxj", str(cdxj)]):
        done = newsarchive(*args, str(path))
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert f"{path}@{request}: record skipped: its WARC header " in done.stderr, done.stderr
    assert len(_items(items)) == 3 and len(_items(cdxj)) == 3  # story-1's response is in it


def test_an_arc_file_header_that_swallows_the_file_is_named(tmp_path: Path) -> None:
    """A zeroed block from an ARC file header's version lines into its record's page: warcio
    reads the version lines on to the next line end, the file's last byte, and the file
    ended there without a word: 0 pages, exit 0."""
    records = [(f"{SITE}/a0", "20100101000000", page("Arc"))]
    arc = arc_file(tmp_path / "one.arc", records, gzipped=False)
    data = arc.read_bytes()
    start, end = data.index(b"1 0 newsarchive-test") + 5, data.index(b"<html>")
    arc.write_bytes(data[:start] + b"\0" * (end - start) + data[end:])
    extract = ["extract", "--all-pages", "-o", str(tmp_path / "items.jsonl")]
    for args in (extract, ["index", "--cdxj", str(tmp_path / "index.cdxj")]):
        done = newsarchive(*args, str(arc))
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert "the ARC file header's version lines run " in done.stderr, done.stderr


def test_a_file_gzipped_whole_and_cut_short_gives_what_is_before_the_cut(
    tmp_path: Path,
) -> None:
    """`gzip x.warc`, then the copy cut short. gzip.GzipFile raises EOFError for the read that
    meets the cut (its bytes lost), which warcio takes for the end of the records: `extract`
    gave 0 pages, exit 0, and `recompress` (which `index` names for such a file) said
    `0 files written`, exit 0."""
    whole = gzip.compress(_plain_exchanges(8), mtime=0)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(cut))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert f"{cut}: rest skipped: cut short inside its gzip stream" in done.stderr
    pages = len(_items(items))
    assert 3 <= pages < 8, done.stderr
    done = newsarchive("recompress", str(cut))
    assert done.returncode == 3 and "cut short inside its gzip stream" in done.stderr, done.stderr
    members = tmp_path / "cut.recompressed.warc.gz"
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(members), "--cdxj", str(cdxj))
    assert done.returncode == 0, done.stderr  # only whole records were written
    assert len(_items(cdxj)) == pages


def test_a_whole_file_gzip_cut_in_its_trailer_keeps_every_record(tmp_path: Path) -> None:
    """Only the gzip trailer (its length) lost: every record is whole. `recompress` dropped
    the last one anyway (15 of 16 records written), taking the stream's cut for a cut in it."""
    whole = gzip.compress(_plain_exchanges(8), mtime=0)
    path = tmp_path / "trailer.warc.gz"
    path.write_bytes(whole[:-4])
    done = newsarchive("recompress", str(path))
    assert done.returncode == 3 and "cut short inside its gzip stream" in done.stderr, done.stderr
    assert "16 records written" in done.stdout, done.stdout
    cdxj = tmp_path / "index.cdxj"
    members = tmp_path / "trailer.recompressed.warc.gz"
    done = newsarchive("index", str(members), "--cdxj", str(cdxj))
    assert done.returncode == 0 and len(_items(cdxj)) == 8, done.stderr


@pytest.mark.parametrize(
    "after, named",
    [(b"junk after the stream\n", True), (b"\0" * 512, False)],
    ids=["junk", "zero-padding"],
)
def test_bytes_after_a_whole_file_gzip_stream_are_named(
    after: bytes, named: bool, tmp_path: Path
) -> None:
    """Bytes after a whole-file gzip stream that begin no other stream: gzip.GzipFile raised
    for them (the file named); the reader that replaced it took them for the end, silently
    (exit 0). Zeros after it are a block's padding, not damage."""
    path = tmp_path / "tail.warc.gz"
    path.write_bytes(gzip.compress(_plain_exchanges(3), mtime=0) + after)
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(path))
    assert "Traceback" not in done.stderr, done.stderr
    assert len(_items(items)) == 3  # every record before the tail read
    assert done.returncode == (3 if named else 0), done.stderr
    assert ("bytes after its gzip stream" in done.stderr) == named, done.stderr


@pytest.mark.parametrize("member", [0, 1], ids=["file-header", "record"])
def test_a_gzipped_arc_cut_inside_a_member_is_named(member: int, tmp_path: Path) -> None:
    """A gzipped ARC file cut in a member's last bytes (its checksum): warcio ends there
    without a word and nothing follows for the readers to find. Cut in the file header's
    member: 0 pages, exit 0, nothing said."""
    records = [(f"{SITE}/a{n}", f"2010010100000{n}", page(f"Arc page {n}")) for n in range(2)]
    arc = arc_file(tmp_path / "two.arc.gz", records, gzipped=True)
    data = arc.read_bytes()
    starts = [i for i in range(len(data)) if data.startswith(b"\x1f\x8b\x08", i)]
    arc.write_bytes(data[: starts[member + 1] - 4])
    extract = ["extract", "--all-pages", "-o", str(tmp_path / "items.jsonl")]
    said = []
    for args in (extract, ["index", "--cdxj", str(tmp_path / "index.cdxj")]):
        done = newsarchive(*args, str(arc))
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert "the file ends inside a gzip member (cut short)" in done.stderr, done.stderr
        said.append(done.stderr)
    items = tmp_path / "items.jsonl"
    if member:
        assert len(_items(items)) == member  # the whole records before the cut
    else:  # no item came from a file that could not be read: no empty items file is left
        assert not items.exists() and "is not written (it would be empty)" in said[0], said[0]


def _members(data: bytes) -> list[bytes]:
    """What each gzip member of `data` holds."""
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data))
        assert member.eof, "a member cut short"
        data = member.unused_data
    return members


_STORIES = _plain_exchanges(4)
_AFTER_STREAM = {  # bytes after a whole-file gzip stream: exit status, the one line said
    "zeros": (b"\0" * 512, 0, "512 zero bytes (padding) after its gzip stream: not written"),
    "junk": (
        b"junk after the stream\n",
        3,
        "rest skipped: 22 bytes after its gzip stream that begin no gzip stream: not read",
    ),
    "second-member-cut": (
        gzip.compress(_STORIES, mtime=0)[:100],
        3,
        "rest skipped: cut short inside gzip stream 2 (100 bytes from offset {at:,}): the "
        "records before the cut are read",
    ),
}


@pytest.mark.parametrize("case", _AFTER_STREAM)
def test_recompress_takes_a_whole_file_gzip_with_bytes_after_its_stream(
    case: str, tmp_path: Path
) -> None:
    """warcio takes bytes after the stream for a next member and gives two records without
    raising, so `recompress` found "no lz4, zstd or whole-gzip WARC" (exit 1) in a file
    `extract` and `index` read. The gzip structure tells it: the first member holds several
    records. Each record is written to a member of its own, bytes unchanged, and the bytes
    after the stream are named on one line, counted."""
    after, code, said = _AFTER_STREAM[case]
    whole = gzip.compress(_STORIES, mtime=0)
    path = tmp_path / "tail.warc.gz"
    path.write_bytes(whole + after)
    done = newsarchive("recompress", str(path))
    assert done.returncode == code and "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if "after its gzip stream" in line
             or "cut short" in line]  # fmt: skip
    assert lines == [f"WARNING: {path}: {said.format(at=len(whole))}"], done.stderr
    written = tmp_path / "tail.recompressed.warc.gz"
    partial = " (partial: rest skipped)" if code else ""  # the copy lacks what was not read
    assert done.stdout == f"{path}: 8 records written to {written}{partial}\n"
    members = _members(written.read_bytes())
    assert b"".join(members) == _STORIES  # every record whole, its bytes as they were
    with written.open("rb") as stream:  # warcio reads a member a record (it raised before)
        records = [(r.rec_type, r.rec_headers.get_header("WARC-Target-URI"))
                   for r in ArchiveIterator(stream)]  # fmt: skip
    assert [kind for kind, _ in records] == ["request", "response"] * 4
    assert len(members) == 8
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(written), "--cdxj", str(cdxj))
    assert done.returncode == 0 and len(_items(cdxj)) == 4, done.stderr


def test_a_file_gzipped_a_member_a_record_is_not_taken_for_one_stream(tmp_path: Path) -> None:
    """The structural test's other side: a member holding one record is no whole-file gzip,
    with or without bytes after the last member."""
    path = tmp_path / "members.warc.gz"
    path.write_bytes(_exchanges(2)[0] + b"\0" * 512)
    done = newsarchive("recompress", str(path))
    assert done.returncode == 1 and "no lz4, zstd or whole-gzip WARC in" in done.stderr


def test_a_warcinfo_member_before_a_whole_file_stream_is_recompressed(tmp_path: Path) -> None:
    """A warcinfo record gzipped on its own, the rest one stream (two files joined, or a
    writer that gzips its warcinfo apart): `index` names it "gzipped as one stream" and
    tells the user to run `recompress`, which found "no lz4, zstd or whole-gzip WARC"
    (exit 1): its probe read the first member only. The second is read too."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="WARC/1.0")
    writer.write_record(writer.create_warcinfo_record("joined.warc.gz", {"software": "quay"}))
    path = tmp_path / "joined.warc.gz"
    path.write_bytes(buffer.getvalue() + gzip.compress(_STORIES, mtime=0))
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "before.cdxj"))
    assert done.returncode == 3 and f"recompress {path}`" in done.stderr, done.stderr
    done = newsarchive("recompress", str(path))
    written = tmp_path / "joined.recompressed.warc.gz"
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{path}: 9 records written to {written}\n"
    members = _members(written.read_bytes())
    assert len(members) == 9 and b"".join(members) == _members(path.read_bytes())[0] + _STORIES
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(written), "--cdxj", str(cdxj))
    assert done.returncode == 0 and len(_items(cdxj)) == 4, done.stderr
