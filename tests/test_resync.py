"""Reading on past damage other tools' archives hold, and joining what the WARC spec splits.

Each input is invented and built here. Before: junk that warcio takes for an ARC header
line (any line of five words, its last taken for a length) swallowed the file's rest;
ARC files had no resync at all; a plain WARC record whose Content-Length is too long hid
the records it ran over (without a word where its HTTP body was whole); a record split in
segments was named, never joined; recompress could not rewrite a file gzipped whole,
which `index` told users to give `warcio recompress`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from pathlib import Path

import lz4.frame
import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_odd_records import SITE, _http, _page, _record


def _pages(first: int, last: int) -> list[bytes]:
    return [_record(f"{SITE}/p{n}", _http(_page(f"Page {n}")), n) for n in range(first, last)]


def _titles(out: Path) -> list[str]:
    return [json.loads(line)["title"] for line in out.read_text().splitlines()]


def _extract(path: Path, out: Path, *more: str) -> tuple[int, str]:
    done = newsarchive("extract", "--all-pages", *more, "-o", str(out), str(path))
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stderr


def _index_lines(path: Path, out: Path) -> tuple[int, str, list[str]]:
    done = newsarchive("index", str(path), "--cdxj", str(out))
    assert "Traceback" not in done.stderr, done.stderr
    keys = [line.split(" ")[0] for line in out.read_text().splitlines()]
    return done.returncode, done.stderr, keys


ALL_SIX = [f"Page {n}" for n in range(6)]
KEYS_SIX = [f"test,news,harbour)/p{n}" for n in range(6)]

# lines warcio reads as an ARC header (five words or more: URL, address, date, type, length)
FIVE_WORDS = {
    "length last": b"Copied from tape 7 on 2026-04-01 by the archive robot 12345678\r\n",
    "a colon first": b"note: copied by hand from the old disk\r\n",
    "no number": b"this line is some junk text here\r\n",
}


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("line", FIVE_WORDS)
def test_junk_warcio_reads_as_an_arc_header_line_is_passed_over(
    line: str, gzipped: bool, tmp_path: Path
) -> None:
    """Before: 3 of 6 pages ('length last': the rest swallowed as one record's body), or 5
    (the next record's WARC line eaten as the junk record's trailing line)."""
    pack = (lambda r: gzip.compress(r, mtime=0)) if gzipped else (lambda r: r)
    before = b"".join(pack(r) for r in _pages(0, 3))
    path = tmp_path / ("junk.warc.gz" if gzipped else "junk.warc")
    path.write_bytes(before + pack(FIVE_WORDS[line]) + b"".join(pack(r) for r in _pages(3, 6)))
    at = len(before) - (0 if gzipped else 4)  # a plain record's blank lines go with the junk
    named = f"{path}@{at}: record skipped: "
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and named in stderr and "start no record" in stderr, stderr
    assert stderr.strip().splitlines()[-1] == "extract: 6 items; skipped: 1 record skipped"
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and named in stderr, stderr
    assert keys == KEYS_SIX


GLUED = {
    "text": b"copied from tape 7",
    "zeros": b"\0" * 300,
    "a WARC line in text first": b"about WARC/1.0\r\nnot a header\r\n\r\nthen junk",
    "a header of 40 digits first": (
        b"about WARC/1.0\r\nWARC-Type: note\r\nContent-Length: " + b"9" * 40 + b"\r\n\r\nthen junk"
    ),
    "a quoted header first": (
        b"<pre>WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9\r\n\r\nHTTP/1.1</pre>"
    ),
}


@pytest.mark.parametrize("junk", GLUED)
def test_junk_glued_to_the_next_records_warc_line_loses_no_record(
    junk: str, tmp_path: Path
) -> None:
    """Junk with no line end before the next record's `WARC/1.0` (a plain file): the junk is
    named as before, the record after it read. Before, it was named as part of the junk (5
    of 6 pages); a `WARC/1.0` in text, with no header after it, still starts none."""
    before = b"".join(_pages(0, 3))
    path = tmp_path / "glued.warc"
    path.write_bytes(before + GLUED[junk] + b"".join(_pages(3, 6)))
    named = f"{path}@{len(before) - 4}: record skipped: {len(GLUED[junk]) + 4} bytes that start"
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and named in stderr, stderr
    assert stderr.strip().splitlines()[-1] == "extract: 6 items; skipped: 1 record skipped"
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and named in stderr and stderr.count("record skipped: ") == 1, stderr
    assert keys == KEYS_SIX


def _arc(first: int, last: int) -> list[bytes]:
    records = []
    for n in range(first, last):
        block = _http(_page(f"Page {n}"))
        line = f"{SITE}/p{n} 192.0.2.7 20010203040507 text/html {len(block)}\n"
        records.append(line.encode() + block + b"\n")
    return records


@pytest.mark.parametrize("gzipped", [False, True])
def test_junk_in_an_arc_file_is_passed_over_to_the_next_arc_record(
    gzipped: bool, tmp_path: Path
) -> None:
    """Before: the next record was looked for only as a WARC line, so the rest of an ARC
    file was named and lost (3 of 6 pages)."""
    pack = (lambda r: gzip.compress(r, mtime=0)) if gzipped else (lambda r: r)
    spec = b"1 0 Harbour\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://harbour.arc 0.0.0.0 20010203040506 text/plain %d\n" % len(spec)
    before = pack(head + spec + b"\n") + b"".join(pack(r) for r in _arc(0, 3))
    path = tmp_path / ("junk.arc.gz" if gzipped else "junk.arc")
    path.write_bytes(before + pack(b"JUNK\0\0 junk\n") + b"".join(pack(r) for r in _arc(3, 6)))
    at = len(before) - (0 if gzipped else 1)  # a plain record's line end goes with the junk
    named = f"{path}@{at}: record skipped: "
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and named in stderr and "start no record" in stderr, stderr
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and named in stderr, stderr
    assert keys == KEYS_SIX


def _overlong(records: list[bytes], n: int, extra: int) -> tuple[bytes, int, int]:
    """`records` with the n-th one's Content-Length `extra` too long: the file, where that
    record starts and where the one after it starts."""
    old = records[n].split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    new = str(int(old) + extra).encode()
    bad = records[n].replace(b"Content-Length: " + old, b"Content-Length: " + new, 1)
    start = sum(map(len, records[:n]))
    return b"".join([*records[:n], bad, *records[n + 1 :]]), start, start + len(bad)


@pytest.mark.parametrize("extra", [700, 100_000])
def test_a_record_whose_length_runs_over_the_next_records_is_named_and_they_read(
    extra: int, tmp_path: Path
) -> None:
    """Before: 3 of 6 pages and nothing named (100,000: past the file's end, its HTTP body
    whole), or 4 of 6 and junk named (700: into the record after it)."""
    data, start, following = _overlong(_pages(0, 6), 2, extra)
    path = tmp_path / "long.warc"
    path.write_bytes(data)
    named = f"{path}@{start}: record skipped: its Content-Length ("
    said = f"runs over the record at offset {following}: left out, read on there"
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and named in stderr and said in stderr, stderr
    assert stderr.strip().splitlines()[-1] == "extract: 5 items; skipped: 1 record skipped"
    assert sorted(_titles(tmp_path / "items.jsonl")) == [t for t in ALL_SIX if t != "Page 2"]
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and named in stderr and said in stderr, stderr
    assert keys == [key for key in KEYS_SIX if not key.endswith("/p2")]


def test_a_record_extract_passes_over_is_searched_too(tmp_path: Path) -> None:
    """A metadata record (no page) too long hid the pages after it from `extract`."""
    text = b"note: a record extract does not read"
    meta = (
        (
            "WARC/1.0\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000"
            f"-000000000077>\r\nWARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {SITE}/p1\r\n"
            f"Content-Type: text/plain\r\nContent-Length: {len(text) + 90_000}\r\n\r\n"
        ).encode()
        + text
        + b"\r\n\r\n"
    )
    first = b"".join(_pages(0, 2))
    path = tmp_path / "long.warc"
    path.write_bytes(first + meta + b"".join(_pages(2, 6)))
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert f"runs over the record at offset {len(first) + len(meta)}" in stderr
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX


def _chunked(n: int) -> bytes:
    body = _page(f"Chunk {n}")
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    return _record(f"{SITE}/c{n}", head + b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body), 50 + n)


def _resource(n: int) -> bytes:
    text = b"a note on the harbour ferry, kept as a resource"
    head = [
        "WARC/1.0", "WARC-Type: resource",
        f"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-{70 + n:012d}>",
        "WARC-Date: 2026-04-01T08:00:00Z", f"WARC-Target-URI: {SITE}/r{n}",
        "Content-Type: text/plain", f"Content-Length: {len(text)}",
    ]  # fmt: skip
    return ("\r\n".join(head) + "\r\n\r\n").encode() + text + b"\r\n\r\n"


JUNK = b"\0" * 300 + b"junk the copy left behind\r\n"
# where the too-long record's length ends: inside the second record it runs over, inside
# the junk after them, or past the file's end with junk right after the record (before p2)
OVERRUNS = {
    "into a record": (700, False),
    "into junk": (1200, False),
    "past the end": (99_000, True),
}


@pytest.mark.parametrize("overrun", OVERRUNS)
@pytest.mark.parametrize("kind", ["chunked", "resource"])
def test_junk_inside_a_too_long_record_without_http_length_loses_no_record(
    kind: str, overrun: str, tmp_path: Path
) -> None:
    """A chunked response or a resource record has no HTTP Content-Length to show where it
    ends. Before: the records it ran over were lost (p2 and p3; 'into junk': exit 0 and
    only warcio's notice; 'past the end': p2, after the junk, lost without a word)."""
    extra, junk_first = OVERRUNS[overrun]
    bad = _chunked(0) if kind == "chunked" else _resource(0)
    first = b"".join(_pages(0, 2))
    data, start, _ = _overlong([first, bad], 1, extra)
    following = len(data) + (len(JUNK) if junk_first else 0)
    middle = JUNK + b"".join(_pages(2, 4)) if junk_first else b"".join(_pages(2, 4)) + JUNK
    path = tmp_path / "long.warc"
    path.write_bytes(data + middle + b"".join(_pages(4, 6)))
    named = f"{path}@{start}: record skipped: its Content-Length ("
    said = f"runs over the record at offset {following}: left out, read on there"
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and named in stderr and said in stderr, stderr
    # junk after the records it ran over is named too (junk right after it is in its stretch)
    assert ("start no record" in stderr) is not junk_first, stderr
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and named in stderr and said in stderr, stderr
    assert keys == KEYS_SIX


@pytest.mark.pywb
def test_pywb_replays_the_pages_after_the_damage(tmp_path: Path) -> None:
    """From our index: before, the pages after the junk line or the too-long record had no
    line (pywb answered 404)."""
    from tests.test_package import fetch

    (tmp_path / "in").mkdir()
    records = _pages(0, 6)
    (tmp_path / "in" / "junk.warc").write_bytes(
        b"".join(records[:3]) + FIVE_WORDS["length last"] + b"".join(records[3:])
    )
    other = [_record(f"{SITE}/q{n}", _http(_page(f"Other {n}")), 10 + n) for n in range(4)]
    (tmp_path / "in" / "long.warc").write_bytes(_overlong(other, 1, 100_000)[0])
    with replaying_archive(tmp_path / "in") as (base, _):
        assert fetch(f"{base}20260401080000id_/{SITE}/p5") == _page("Page 5")
        assert fetch(f"{base}20260401080000id_/{SITE}/q3") == _page("Other 3")


def _segmented(parts: int) -> tuple[list[bytes], bytes]:
    """A response split in three segments (the WARC spec's continuation records), of which
    the first `parts`; and the block they hold whole."""
    # words that compress little: the gzipped file spans several 64 KB ranges
    filler = " ".join(
        f"Lantern {hashlib.sha256(bytes(n)).hexdigest()[:16]} word {n}" for n in range(6000)
    )
    # the headline closes the page: it is in the last segment (a title over 1,000
    # characters is no title, so the words alone cannot be it)
    page = f"<html><body><p>Split {filler}</p><h1>Split Lantern word 5999</h1></body></html>"
    block = _http(page.encode())
    thirds = [block[: len(block) // 3], block[len(block) // 3 : 2 * len(block) // 3]]
    thirds.append(block[2 * len(block) // 3 :])
    origin = "<urn:uuid:6a0e4c52-0000-4000-8000-000000000101>"
    records = []
    for number, piece in enumerate(thirds[:parts], 1):
        head = [
            "WARC/1.0",
            f"WARC-Type: {'response' if number == 1 else 'continuation'}",
            f"WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-{100 + number:012d}>",
            "WARC-Date: 2026-04-01T08:00:00Z",
            f"WARC-Target-URI: {SITE}/split",
            *(["Content-Type: application/http; msgtype=response"] if number == 1 else []),
            *([f"WARC-Segment-Origin-ID: {origin}"] if number > 1 else []),
            f"WARC-Segment-Number: {number}",
            *([f"WARC-Segment-Total-Length: {len(block)}"] if number == 3 else []),
            f"Content-Length: {len(piece)}",
        ]
        records.append(("\r\n".join(head) + "\r\n\r\n").encode() + piece + b"\r\n\r\n")
    return records, block


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_record_in_segments_is_joined_where_all_are_in_the_file(
    gzipped: bool, tmp_path: Path
) -> None:
    """Before: its first segment was named and the page lost (an item of its first third
    before that); `-j 2`, whose ranges cut between the segments, reads what one reader reads."""
    pack = (lambda r: gzip.compress(r, mtime=0)) if gzipped else (lambda r: r)
    segments, block = _segmented(3)
    pages = _pages(0, 6)
    order = [pages[0], segments[0], *pages[1:3], segments[1], pages[3], segments[2], *pages[4:]]
    path = tmp_path / ("split.warc.gz" if gzipped else "split.warc")
    path.write_bytes(b"".join(pack(r) for r in order))
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"items{jobs}.jsonl"
        code, stderr = _extract(path, out, "-j", jobs, "--shard-size", "65536")
        assert code == 0, stderr
        items = {json.loads(line)["url"]: json.loads(line) for line in out.read_text().splitlines()}
        assert len(items) == 7
        split = items[SITE + "/split"]
        assert split["title"] == "Split Lantern word 5999"
        assert split["body"].startswith("Split Lantern ") and "word 5999" in split["body"]
        assert split["warc_offset"] == len(pack(pages[0]))
        outputs.append(sorted(out.read_text().splitlines()))
    assert outputs[0] == outputs[1]
    done = newsarchive("history", "--warc", str(path), "--reextract", SITE + "/split")
    assert done.returncode == 0, done.stderr
    assert "word 5999" in done.stdout
    # replay tools serve the record at an offset as it is: one segment, so it is not indexed
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and "replay tools would serve it alone, not indexed" in stderr, stderr
    assert keys == KEYS_SIX
    assert block.endswith(b"</html>")


def test_a_record_whose_segments_are_not_all_in_the_file_is_named(tmp_path: Path) -> None:
    segments, _ = _segmented(2)
    path = tmp_path / "half.warc"
    path.write_bytes(segments[0] + b"".join(_pages(0, 2)) + segments[1])
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert (
        f"{path}@0: record skipped: segment 1 of a record split in segments "
        "(WARC-Segment-Number): 2 of its segments read, segment 3 in none of the files given"
    ) in stderr
    assert _titles(tmp_path / "items.jsonl") == ["Page 0", "Page 1"]


def _split_set(tmp_path: Path, order: str) -> list[Path]:
    """A record's three segments over two files of an archive set (the crawler started a new
    file in the middle of it): segments 1 and 2 with pages 0-2, segment 3 with pages 3-5."""
    segments, _ = _segmented(3)
    pages = _pages(0, 6)
    first, second = tmp_path / "set-00001.warc", tmp_path / "set-00002.warc"
    first.write_bytes(b"".join([pages[0], segments[0], pages[1], segments[1], pages[2]]))
    second.write_bytes(b"".join([pages[3], segments[2], *pages[4:]]))
    return [first, second] if order == "in order" else [second, first]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("order", ["in order", "last file first"])
def test_a_record_whose_segments_are_in_two_files_is_joined(
    order: str, jobs: str, tmp_path: Path
) -> None:
    """Before: its first segment was named (the others not in this file) and the page lost;
    `-j 2` (each file a worker's) gives what one reader gives."""
    paths = _split_set(tmp_path, order)
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-j", jobs, "-o", str(out), *map(str, paths))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    lines = out.read_text().splitlines()
    items = {json.loads(line)["url"]: json.loads(line) for line in lines}
    assert sorted(items) == sorted([SITE + "/split", *(f"{SITE}/p{n}" for n in range(6))])
    split = items[SITE + "/split"]
    assert split["title"] == "Split Lantern word 5999"
    assert split["body"].startswith("Split Lantern ") and "word 5999" in split["body"]
    assert split["warc_offset"] == len(_pages(0, 1)[0])
    assert json.loads(lines[-1])["url"] == SITE + "/split"  # after the last file
    done = newsarchive("history", "--warc", str(tmp_path), "--reextract", SITE + "/split")
    assert done.returncode == 0, done.stderr
    assert "word 5999" in done.stdout


def test_a_record_whose_segment_is_in_none_of_the_files_is_named(tmp_path: Path) -> None:
    """The first file alone: its first segment named, saying which segment is missing; the
    second alone: its continuation named (before: passed over without a word)."""
    first, second = _split_set(tmp_path, "in order")
    named = {
        first: f"{first}@{len(_pages(0, 1)[0])}: record skipped: segment 1 of a record split "
        "in segments (WARC-Segment-Number): 2 of its segments read, segment 3 in none of the "
        "files given",
        second: f"{second}@{len(_pages(3, 4)[0])}: record skipped: segment 3 of a record split "
        "in segments, whose first segment is in none of the files given",
    }
    for path, said in named.items():
        code, stderr = _extract(path, tmp_path / "items.jsonl")
        assert code == 3 and said in stderr, stderr
        assert stderr.strip().splitlines()[-1] == "extract: 3 items; skipped: 1 record skipped"
        # workers read files apart: -j 2 names them as one reader does
        assert _extract(path, tmp_path / "items.jsonl", "-j", "2")[1] == stderr


def test_recompress_says_record_for_one_record(tmp_path: Path) -> None:
    path = tmp_path / "one.warc.lz4"
    path.write_bytes(lz4.frame.compress(_pages(0, 1)[0]))
    done = newsarchive("recompress", str(path))
    assert done.returncode == 0, done.stderr
    assert f"{path}: 1 record written to {tmp_path / 'one.warc.gz'}\n" == done.stdout


# names of files gzipped whole, and what recompress writes of them (before: the name's end was
# kept, whole.recompressed.warc.gz.bad, a .warc.gz that index and replay do not take as one)
WHOLE_NAMES = {
    "whole.warc.gz": "whole.recompressed.warc.gz",
    "whole.warc.gz.bad": "whole.recompressed.warc.gz",
    "whole.arc.gz.old": "whole.recompressed.arc.gz",
    "whole.warc": "whole.recompressed.warc.gz",  # gzipped under a plain name
}


@pytest.mark.parametrize("name", WHOLE_NAMES)
def test_a_file_gzipped_whole_is_recompressed_by_our_command_as_index_says(
    name: str, tmp_path: Path
) -> None:
    """`index` pointed to `warcio recompress`; now to ours, which writes the file a member
    a record beside it (each record's bytes unchanged) for index to read."""
    records = _pages(0, 4) if ".arc" not in name else _arc(0, 4)
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"".join(records), mtime=0))
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "before.cdxj"))
    written = tmp_path / WHOLE_NAMES[name]
    command = f"python -m newsarchive recompress {path}"
    assert done.returncode == 3 and f"`{command}` writes it a member a record as {written})" in (
        done.stderr
    ), done.stderr
    assert "warcio recompress" not in done.stderr
    done = newsarchive(*command.split()[3:])
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{path}: 4 records written to {written}\n"
    members, data = [], written.read_bytes()
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data))
        data = member.unused_data
    assert members == records
    code, stderr, keys = _index_lines(written, tmp_path / "after.cdxj")
    assert code == 0, stderr
    assert keys == [f"test,news,harbour)/p{n}" for n in range(4)]
    kept = written.read_bytes()
    again = newsarchive(*command.split()[3:])  # never over what it wrote: said done before
    assert again.returncode == 0, again.stderr
    assert "1 recompressed before (its copy beside it holds every record)" in again.stderr
    assert written.read_bytes() == kept


def test_a_conversion_record_is_left_out_of_the_index_as_cdxj_indexer_does(
    tmp_path: Path,
) -> None:
    """pywb's cdx-indexer indexes it under its original's URL at its own (later) date, so
    replay asked for a later date serves the converted text with no HTTP status in place of
    the page; cdxj-indexer and WACZ leave it out. Said on one line (before: nothing)."""
    text = b"Page 0: the ferry to the island ran late again."
    conversion = (
        (
            "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-"
            "8000-000000000900>\r\nWARC-Date: 2026-05-01T08:00:00Z\r\n"
            f"WARC-Target-URI: {SITE}/p0\r\nWARC-Refers-To: <urn:uuid:6a0e4c52-0000-4000-8000-"
            f"000000000000>\r\nContent-Type: text/plain\r\nContent-Length: {len(text)}\r\n\r\n"
        ).encode()
        + text
        + b"\r\n\r\n"
    )
    path = tmp_path / "converted.warc"
    path.write_bytes(_pages(0, 1)[0] + conversion)
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 0, stderr
    assert keys == ["test,news,harbour)/p0"]
    assert f"{path} ({SITE}/p0): conversion record not indexed" in stderr


@pytest.mark.parametrize("gzipped", [False, True])
def test_an_http_content_length_past_any_offset_is_no_overrun(
    gzipped: bool, tmp_path: Path
) -> None:
    """A page's HTTP Content-Length of 40 digits (a damaged or hostile header) was looked for
    as an offset in the record: OverflowError out of extract, index, replay and history."""
    records = _pages(0, 6)
    body = _page("Page 2")
    huge = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + b"9" * 40
    records[2] = _record(f"{SITE}/p2", huge + b"\r\n\r\n" + body, 2)
    path = tmp_path / ("huge.warc.gz" if gzipped else "huge.warc")
    path.write_bytes(b"".join(map(gzip.compress, records)) if gzipped else b"".join(records))
    _, stderr = _extract(path, tmp_path / "items.jsonl")
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX, stderr
    _, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert keys == KEYS_SIX, stderr


@pytest.mark.parametrize("gzipped", [False, True])
@pytest.mark.parametrize("digits", [19, 40])
def test_a_warc_content_length_past_any_file_is_a_record_skipped(
    gzipped: bool, digits: int, tmp_path: Path
) -> None:
    """A record's WARC Content-Length of 19 digits or more (past any file's size: damage, or a
    hostile file) is passed over and named, as one of 16 digits is: warcio's read of its
    HTTP headers raised OverflowError, a traceback out of extract, index and history."""
    records = _pages(0, 6)
    head, block = records[2].split(b"\r\n\r\n", 1)
    length = head.split(b"Content-Length: ")[1].split(b"\r\n")[0]
    records[2] = head.replace(b"Content-Length: " + length, b"Content-Length: " + b"9" * digits)
    records[2] += b"\r\n\r\n" + block
    path = tmp_path / ("huge.warc.gz" if gzipped else "huge.warc")
    path.write_bytes(b"".join(map(gzip.compress, records)) if gzipped else b"".join(records))
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert {"Page 0", "Page 1"} <= set(_titles(tmp_path / "items.jsonl")), stderr
    assert f"{path}@" in stderr and "record skipped" in stderr, stderr
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert keys[:2] == KEYS_SIX[:2], (code, stderr, keys)  # (a .gz's member is indexed whole)
    assert code == (0 if gzipped else 3), (stderr, keys)


def _quoting(line_end: str, length: int = 900) -> bytes:
    """A page that shows how a WARC record starts, glued to the `<pre>` before it."""
    quote = line_end.join(
        [
            "<pre>WARC/1.0", "WARC-Type: response", "WARC-Target-URI: http://example.test/fake",
            f"Content-Length: {length}", "", "HTTP/1.1 200 OK", "</pre><p>a record starts</p>",
        ]
    )  # fmt: skip
    page = f"<html><head><title>Quoting</title></head><body>{quote}</body></html>"
    return _record(f"{SITE}/q", _http(page.encode()), 40)


def _without_length(record: bytes) -> bytes:
    head, body = record.split(b"\r\n\r\n", 1)
    lines = [line for line in head.split(b"\r\n") if not line.startswith(b"Content-Length:")]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


DAMAGED = {
    "its WARC line damaged": lambda record: record.replace(b"WARC/1.0", b"WARC/9.0", 1),
    "its Content-Length lost": _without_length,
}


@pytest.mark.parametrize("landing", [False, True])
@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
@pytest.mark.parametrize("damage", DAMAGED)
def test_a_warc_header_quoted_in_a_damaged_records_page_starts_no_record(
    damage: str, line_end: str, landing: bool, tmp_path: Path
) -> None:
    """Reading on past a damaged record whose page quotes a WARC header glued to the text
    before it (`<pre>WARC/1.0`): the next record is read at its own WARC line. Before, the
    quote was taken for a record glued to junk: a record of 900 bytes read from there ran
    over the two pages after it, lost without a word (4 of 6 pages). A quoted length that
    ends inside the blank lines before a record is no record's end either."""
    path = tmp_path / "quoted.warc"
    before, after = b"".join(_pages(0, 3)), b"".join(_pages(3, 6))
    data = before + DAMAGED[damage](_quoting(line_end)) + after
    if landing:  # the quote's length ends one byte into the blank lines before page 4
        quote = data.index(b"Content-Length: 900", len(before))
        into = data.index(b"\r\n\r\nWARC/", data.index(b"/p3", quote)) + 1
        length = into - (data.index(line_end.encode() * 2, quote) + 2 * len(line_end))
        data = before + DAMAGED[damage](_quoting(line_end, length)) + after
    path.write_bytes(data)
    code, stderr = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and f"{path}@" in stderr, stderr
    assert stderr.strip().splitlines()[-1] == "extract: 6 items; skipped: 1 record skipped"
    assert sorted(_titles(tmp_path / "items.jsonl")) == ALL_SIX
    code, stderr, keys = _index_lines(path, tmp_path / "index.cdxj")
    assert code == 3 and stderr.count("record skipped: ") == 1, stderr
    assert keys == KEYS_SIX
