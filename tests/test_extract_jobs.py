"""`extract -j 2`: workers that each read their own part of the WARCs give -j 1's output.

Byte for byte and in the same order, with the same skips named and counted: on
the shared demo crawl (several rotated files, a revisit), on copies of it damaged
the ways files break, and on a WARC that archived another WARC (a record start
inside a record, where a worker must not begin).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.warc.shards import first_record
from tests.plugins.crawling import PROJECT, CrawlResult

SHARD = 8192  # bytes a worker reads at a time here: dozens of ranges per demo file


def extract(*args: str) -> tuple[subprocess.CompletedProcess[str], bytes]:
    """One `extract` run writing to a file beside stdout; (the run, the output bytes)."""
    out = Path(args[-1])
    command = [sys.executable, "-m", "newsarchive", "extract", *args[:-1], "-o", str(out)]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    return done, out.read_bytes() if out.exists() else b""


def one_and_two(tmp_path: Path, *args: str) -> tuple[bytes, list[str]]:
    """-j 1 and -j 2 on the same input: asserts they agree, returns the output and stderr."""
    one, items_one = extract(*args, str(tmp_path / "one.jsonl"))
    two, items_two = extract(
        *args, "-j", "2", "--shard-size", str(SHARD), str(tmp_path / "two.jsonl")
    )
    assert "Traceback" not in one.stderr + two.stderr, two.stderr[-3000:]
    assert (two.returncode, items_two) == (one.returncode, items_one), two.stderr[-3000:]
    lines_one, lines_two = one.stderr.splitlines(), two.stderr.splitlines()
    assert lines_two[-1] == lines_one[-1]  # the summary: items and skips counted alike
    assert sorted(skipped(lines_two)) == sorted(skipped(lines_one))
    return items_one, lines_one


def skipped(lines: list[str]) -> list[str]:
    return [line[line.index("/") :] for line in lines if "skipped" in line and "/" in line]


def revisit_ids(paths: list[Path]) -> set[str]:
    found = set()
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "revisit":
                    found.add(record.rec_headers.get_header("WARC-Record-ID"))
    return found


def test_workers_give_the_demo_crawls_items_byte_for_byte(
    demo_crawl: CrawlResult, tmp_path: Path
) -> None:
    files = demo_crawl.warc_files()
    # every file read in many shards, but the large-body file (/lab/oversize alone, a few KiB)
    assert len(files) > 3 and sum(p.stat().st_size <= 8 * SHARD for p in files) <= 1
    items, stderr = one_and_two(tmp_path, "--all-pages", str(demo_crawl.warc_dir))
    lines = items.count(b"\n")
    assert stderr[-1] == f"extract: {lines} items" and lines > 300
    revisits = revisit_ids(files)  # the crawl archived a page twice: its revisit is an item
    assert revisits and any(rid.encode() in items for rid in revisits)
    # read with the demo's profile: only the URLs it calls articles
    articles, _ = one_and_two(tmp_path, "--site", "demo", *map(str, files))
    assert 0 < articles.count(b"\n") < lines and b'"site": "demo"' in articles


def members(path: Path) -> list[tuple[int, int, str, str]]:
    """(offset, length, record type, Content-Type) of each record of a per-record gzip WARC."""
    found = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        for record in records:
            kind = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            record.raw_stream.read()
            found.append(
                (records.get_record_offset(), records.get_record_length(), record.rec_type, kind)
            )
    return found


def any_html(path: Path) -> bool:
    """Whether `path` holds an HTML response."""
    return any(t == "response" and "html" in (c or "") for _, _, t, c in members(path))


def html_member(path: Path) -> tuple[int, int]:
    """Offset and length of an HTML response about half way into `path`."""
    pages = [(o, n) for o, n, t, c in members(path) if t == "response" and "html" in (c or "")]
    return pages[len(pages) // 2]


def test_workers_skip_and_count_damage_as_one_reader_does(
    demo_crawl: CrawlResult, tmp_path: Path
) -> None:
    folder = tmp_path / "warcs"
    folder.mkdir()
    files = [Path(shutil.copy(p, folder)) for p in demo_crawl.warc_files()]
    # a body past DOWNLOAD_SPOOL_SIZE is archived in a file of its own, holding no HTML
    # page; where its name sorts among the others depends on when it was written
    with_pages = [f for f in files if any_html(f)]
    assert len(with_pages) >= 4, files
    (digest, bit, junk, cut) = with_pages[:4]
    pages = [html_member(f) for f in with_pages[:4]]
    # a page whose bytes changed after writing: its block digest fails, the record is skipped
    offset, length = pages[0]
    data = digest.read_bytes()
    record = gzip.decompress(data[offset : offset + length])
    # (one byte of the body's end flipped: a page the demo sent gzip-encoded has no "<" there
    # to replace, and was left unchanged, so no file was named, CI3 at 2b0f3131)
    changed = gzip.compress(record[:-20] + bytes([record[-20] ^ 0x01]) + record[-19:])
    digest.write_bytes(data[:offset] + changed + data[offset + length :])
    # a bit flipped inside compressed data: the file is read up to there
    offset, length = pages[1]
    flipped = bytearray(bit.read_bytes())
    flipped[offset + length // 2] ^= 0xFF
    bit.write_bytes(bytes(flipped))
    # junk between two records, and a file cut off in the middle of a record
    offset, _ = pages[2]
    data = junk.read_bytes()
    junk.write_bytes(data[:offset] + b"not a record\r\n" * 8 + data[offset:])
    offset, length = pages[3]
    cut.write_bytes(cut.read_bytes()[: offset + length // 2])
    items, stderr = one_and_two(tmp_path, "--all-pages", str(folder))
    summary = stderr[-1]
    # a flipped bit either breaks the gzip stream (file unreadable from there) or only the record's
    # digest (record skipped), depending on which deflate symbol it hits: both are counted damage,
    # so the counts (and their plurals) depend on the crawl's bytes; each file is named below
    # (junk, or a gzip member the flipped bit broke, is passed over to the next record that
    # starts there: named as a record skipped, where the file's rest was lost before)
    assert re.search(r"\b\d+ records? skipped", summary), summary
    for damaged in (digest, bit, junk, cut):
        assert any(str(damaged) in line for line in skipped(stderr)), damaged
    assert items.count(b"\n") > 100


def page_record(writer: WARCWriter, url: str, body: bytes, kind: str = "text/html") -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=BytesIO(body), length=len(body), http_headers=headers
    )
    writer.write_record(record)


def test_a_warc_archived_inside_a_warc_does_not_mislead_the_workers(tmp_path: Path) -> None:
    inner = BytesIO()
    inner_writer = WARCWriter(inner, gzip=True)
    for n in range(20):  # incompressible: the outer gzip stores these bytes as they are
        page_record(inner_writer, f"http://inner.test/{n}", os.urandom(10_000))
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(60):
        page_record(writer, f"http://outer.test/before/{n}", b"<p>%d</p>" % n * 400)
    nested_at = buffer.tell()
    page_record(writer, "http://outer.test/crawl.warc.gz", inner.getvalue(), "application/warc")
    nested_end = buffer.tell()
    for n in range(60):
        text = os.urandom(2000).hex().encode()  # pages big enough for several ranges
        page_record(writer, f"http://outer.test/after/{n}", b"<p>%s</p>" % text)
    path = tmp_path / "nested.warc.gz"
    path.write_bytes(buffer.getvalue())
    # ranges cut so that the second begins inside the record holding the WARC and
    # ends after it: where it starts, the inner WARC's records look like record starts
    cut = (nested_at + nested_end) // 2
    assert nested_at < cut < nested_end < 2 * cut < path.stat().st_size
    with path.open("rb") as stream:
        false_start = first_record(stream, cut)
    assert false_start is not None and false_start < nested_end
    one, items_one = extract("--all-pages", str(path), str(tmp_path / "one.jsonl"))
    workers = ("-j", "2", "--shard-size", str(cut))
    two, items_two = extract("--all-pages", *workers, str(path), str(tmp_path / "two.jsonl"))
    assert one.returncode == two.returncode == 0, two.stderr
    assert items_two == items_one and items_one.count(b"\n") == 120
    assert two.stderr == one.stderr == "extract: 120 items\n"  # nothing misread shown


def test_a_record_that_lost_its_uri_is_named_and_the_records_after_it_read(tmp_path: Path) -> None:
    records = []
    for n in range(30):
        plain = BytesIO()
        text = os.urandom(1500).hex().encode()
        page_record(WARCWriter(plain, gzip=False), f"http://lost.test/{n}", b"<p>%s</p>" % text)
        record = plain.getvalue()
        if n == 15:  # a flipped bit in a header's name: a response with no WARC-Target-URI
            record = record.replace(b"WARC-Target-URI:", b"WARC-Target-URY:")
        records.append(gzip.compress(record))
    path = tmp_path / "lost.warc.gz"
    path.write_bytes(b"".join(records))
    assert path.stat().st_size > 4 * SHARD
    items, stderr = one_and_two(tmp_path, "--all-pages", str(path))
    # named and passed over (warcio raised on it: the file's 14 records after it were lost)
    assert items.count(b"\n") == 29
    assert stderr[-1] == "extract: 29 items; skipped: 1 record skipped"
    assert any("record skipped: a response record without a WARC-Target-URI" in line
               for line in stderr)  # fmt: skip


def _die(*_: object) -> None:
    os._exit(9)  # in the forked worker: a process killed mid-run (out of memory, a signal)


def test_a_worker_that_dies_ends_the_run_in_one_line_and_nonzero(
    demo_crawl: CrawlResult, tmp_path: Path, monkeypatch, capsys
) -> None:
    from newsarchive import cli, exitcodes
    from newsarchive.commands import extract_jobs

    monkeypatch.setattr(extract_jobs, "_shard_entries", _die)  # forked workers inherit it
    out = tmp_path / "items.jsonl"
    argv = ["extract", str(demo_crawl.warc_dir), "-j", "2", "--shard-size", str(SHARD)]
    assert cli.main([*argv, "-o", str(out)]) == exitcodes.FAILED
    err = capsys.readouterr().err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert "a worker process died" in last
    # counted: no shard came back, nor the lines its worker logged (held until it ended)
    lost = re.search(r"; (\d+) of its (\d+) tasks lost, with the lines their workers logged:", last)
    assert lost is not None and lost[1] == lost[2] and int(lost[1]) > 1, last


def spread_file(path: Path) -> list[tuple[int, int]]:
    """40 pages gzipped a record a member, but page 10's body spread over three members
    and page 25's record split inside its WARC header (then its body): each spans several
    of SHARD's ranges. Returns the byte spans of those two records."""
    import random

    words = random.Random(14)

    def body(title: str, count: int) -> bytes:
        text = " ".join(
            "".join(words.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(words.randint(2, 9)))
            for _ in range(count)
        )
        return (
            f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>".encode()
        )

    members: list[bytes] = []
    spans = []
    for n in range(40):
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
        payload = body(f"Page {n}", 4000 if n in (10, 25) else 60)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"http://spread.test/p{n}",
            "response",
            payload=BytesIO(payload),
            length=len(payload),
            http_headers=http,
        )
        writer.write_record(record)
        raw = buffer.getvalue()
        cut = raw.index(b"<body>")
        if n == 10:
            third = (len(raw) - cut) // 3
            parts = [raw[:cut], raw[cut : cut + third], raw[cut + third : cut + 2 * third]]
            parts.append(raw[cut + 2 * third :])
        elif n == 25:
            header = raw.index(b"WARC-Target-URI")
            parts = [raw[:header], raw[header:cut], raw[cut:]]
        else:
            parts = [raw]
        start = sum(map(len, members))
        members += [gzip.compress(part) for part in parts]
        if len(parts) > 1:
            spans.append((start, sum(map(len, members))))
    path.write_bytes(b"".join(members))
    return spans


def test_records_spread_over_members_across_ranges_are_read_once(tmp_path: Path) -> None:
    """A worker's range ending inside a record spread over gzip members: the record was read
    by no one (named cut short, and its rest junk, where -j 1 reads it whole); now the worker
    meeting it reads the file on from it as one gzip stream, as one reader does, and the
    ranges after are not read again: each page once, -j 2 byte for byte -j 1's."""
    from newsarchive.warc.shards import plan_shards

    path = tmp_path / "spread.warc.gz"
    spans = spread_file(path)
    cuts = [shard.start for shard in plan_shards([path], 2, SHARD)]
    assert all(any(start < cut < end for cut in cuts) for start, end in spans)
    items, lines = one_and_two(tmp_path, "--all-pages", str(path))
    titles = [json.loads(line)["title"] for line in items.decode().splitlines()]
    assert titles == [f"Page {n}" for n in range(40)]
    assert lines[-1] == "extract: 40 items"
