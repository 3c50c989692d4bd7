"""Damaged WARC and ARC files through every reader, with its real record filters.

Seeds are generated here (every record type, chunked and gzip-encoded bodies, segments,
digests, plain and gzipped, ARC) and, read in place, the small files of
../shared/warc-corpus. Each damaged copy (truncated, bits flipped, a range zeroed or cut,
junk put in, a header line changed or dropped, a digest changed, a gzip member broken or
cut, a length in other than ASCII digits, a WARC-Record-ID given twice, an ARC header line
of odd fields) is given to extract, index, index --wacz, replay's reading (decoded copies
and its index), history, recover and recompress, in this process; so are an empty file, a
folder and a FIFO where a file is expected. Each outcome is counted:

  handled  exit 0 (recover: the file closed, kept or cut, exit 0)
  named    a nonzero exit, each loss named on stderr and the count in a summary line
  odd      a nonzero exit with nothing said on stderr
  raised   an exception out of the reader, or a traceback on stderr (must be 0)
  hung     a reader still busy after 120 s with one small file (an endless loop: must be 0)
  lost     extract: exit 0, but an HTML 200 response that warcio reads whole alone (from
           any gzip member or WARC line) is no item (a silent loss: must be 0)

    .venv/bin/python benchmarks/warc_fuzz.py --files 2000 --seed 17 [--keep /tmp/fuzz]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import gzip
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from warcio.archiveiterator import ArchiveIterator  # noqa: E402
from warcio.recordloader import ArcWarcRecord  # noqa: E402

from newsarchive import cli  # noqa: E402
from newsarchive.package.cdxj import write_cdxj  # noqa: E402
from newsarchive.package.replayable import write_decoded_copies  # noqa: E402
from newsarchive.warc.archives import Skips  # noqa: E402

SITE = "http://fuzz.news.test"
CORPUS = Path("/work/shared/warc-corpus")
READERS = ("extract", "index", "wacz", "replay", "history", "recover", "recompress")
# a length as no WARC tool writes it: no number to the grammar's 1*DIGIT (ASCII), though
# str.isdigit takes '²' and int() takes Arabic-Indic and full-width digits, '+' and '_'
NUMERALS = ("\u00b2", "\u0661\u0662", "\uff11\uff12", "+12", "1_000", " 12 ", "12\t", "0x1f", "-0",
            "1" * 5000, "\u2460")  # fmt: skip


def _b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _record(kind: str, number: int, block: bytes, headers: dict[str, str]) -> bytes:
    lines = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:0f0e4c52-0000-4000-8000-{number:012d}>",
        f"WARC-Date: 2026-04-01T08:00:{number % 60:02d}.123456Z",
        *(f"{name}: {value}" for name, value in headers.items()),
        f"WARC-Block-Digest: {_b32(block)}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def _page(number: int) -> bytes:
    words = " ".join(f"word{(number * 7 + i) % 97}" for i in range(60))
    return f"<html><title>Story {number}</title><body><p>{words}</p></body></html>".encode()


def _http(body: bytes, extra: str = "", status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n{extra}"
    if "Transfer-Encoding" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return head.encode() + b"\r\n" + body


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    parts = [body[:half], body[half:]]
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


def seed_records() -> list[bytes]:
    """One of each kind of record a reader meets."""
    info = b"software: fuzz\r\nformat: WARC File Format 1.1\r\n"
    out = [_record("warcinfo", 0, info, {"Content-Type": "application/warc-fields"})]
    for n in range(1, 4):
        uri = f"{SITE}/story/{n}"
        request = f"GET /story/{n} HTTP/1.1\r\nHost: fuzz.news.test\r\n\r\n".encode()
        out.append(_record("request", 10 * n, request, {"WARC-Target-URI": uri,
                   "Content-Type": "application/http; msgtype=request"}))  # fmt: skip
        body = _page(n)
        block = _http(body)
        if n == 2:
            block = _http(_chunked(body), "Transfer-Encoding: chunked\r\n")
        if n == 3:
            block = _http(gzip.compress(body), "Content-Encoding: gzip\r\n")
        out.append(_record("response", 10 * n + 1, block, {"WARC-Target-URI": uri,
                   "Content-Type": "application/http; msgtype=response",
                   "WARC-Payload-Digest": _b32(body)}))  # fmt: skip
    uri = f"{SITE}/story/1"
    revisit = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    out.append(_record("revisit", 50, revisit, {"WARC-Target-URI": uri,
               "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
               "WARC-Refers-To-Target-URI": uri, "WARC-Refers-To-Date": "2026-04-01T08:00:11Z",
               "WARC-Payload-Digest": _b32(_page(1)),
               "Content-Type": "application/http; msgtype=response"}))  # fmt: skip
    out.append(_record("resource", 60, _page(6), {"WARC-Target-URI": f"{SITE}/res",
               "Content-Type": "text/html"}))  # fmt: skip
    out.append(_record("metadata", 61, b"outlinks: x\r\n", {"WARC-Target-URI": f"{SITE}/res",
               "Content-Type": "application/warc-fields"}))  # fmt: skip
    out.append(_record("conversion", 62, b"Story 6 as text", {"WARC-Target-URI": f"{SITE}/res",
               "Content-Type": "text/plain"}))  # fmt: skip
    whole = _http(_page(7))
    half = len(whole) // 2
    uri = f"{SITE}/story/7"
    out.append(_record("response", 70, whole[:half], {"WARC-Target-URI": uri,
               "Content-Type": "application/http; msgtype=response",
               "WARC-Segment-Number": "1"}))  # fmt: skip
    first = "<urn:uuid:0f0e4c52-0000-4000-8000-000000000070>"
    out.append(_record("continuation", 71, whole[half:], {"WARC-Target-URI": uri,
               "WARC-Segment-Origin-ID": first, "WARC-Segment-Number": "2",
               "WARC-Segment-Total-Length": str(len(whole))}))  # fmt: skip
    return out


def arc_records() -> list[bytes]:
    # the filedesc record's length is its version block's (65 bytes; it said 76, so every
    # ARC seed started damaged: its first record ran 11 bytes into the next)
    version = b"1 0 fuzz\nURL IP-address Archive-date Content-type Archive-length\n"
    head = b"filedesc://fuzz.arc 0.0.0.0 20260401080000 text/plain %d\n" % len(version)
    out = [head + version + b"\n"]
    for n in range(1, 4):
        block = _http(_page(n))
        line = f"{SITE}/arc/{n} 127.0.0.1 2026040108000{n} text/html {len(block)}\n"
        out.append(line.encode() + block + b"\n")
    return out


def seeds() -> dict[str, tuple[list[bytes], bool]]:
    """name -> (records or members, gzipped per record)."""
    found: dict[str, tuple[list[bytes], bool]] = {
        "gen.warc": (seed_records(), False),
        "gen.warc.gz": (seed_records(), True),
        "gen.arc": (arc_records(), False),
        "gen.arc.gz": (arc_records(), True),
    }
    zst = _zstd_with_dictionary(seed_records())
    if zst is not None:
        found["gen.warc.zst"] = ([zst], False)  # damaged as bytes
    if CORPUS.is_dir():
        for path in sorted(CORPUS.iterdir()):
            if path.stat().st_size < 20_000 and path.name != "README.md":
                found[path.name] = ([path.read_bytes()], False)  # damaged as bytes
    return found


def _zstd_with_dictionary(records: list[bytes]) -> bytes | None:
    """The IIPC draft's .warc.zst: a dictionary in a skippable frame, a frame a record."""
    from newsarchive.warc.encodings import zstd_module

    zstd = zstd_module()
    if zstd is None:
        return None
    dictionary = zstd.ZstdDict(b"".join(records[:6]), is_raw=True)
    content = dictionary.dict_content
    frames = b"".join(zstd.compress(r, zstd_dict=dictionary) for r in records)
    return b"\x5d\x2a\x4d\x18" + len(content).to_bytes(4, "little") + content + frames


def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _header_change(record: bytes, rng: random.Random) -> bytes:
    head, sep, rest = record.partition(b"\r\n\r\n")
    if not sep:
        head, sep, rest = record.partition(b"\n\n")
    lines = head.split(b"\r\n") if b"\r\n" in head else head.split(b"\n")
    i = rng.randrange(len(lines))
    choice = rng.choice(["drop", "garbage", "length", "digest", "dup", "nul", "version", "colon"])
    line = lines[i]
    if choice == "drop":
        del lines[i]
    elif choice == "garbage":
        lines[i] = bytes(rng.randrange(256) for _ in range(rng.randint(0, 40)))
    elif choice == "length":
        lines = [
            b"Content-Length: " + str(rng.choice([0, 1, 10**9, -5])).encode()
            if x.lower().startswith(b"content-length") else x for x in lines
        ]  # fmt: skip
    elif choice == "digest":
        values = [b"sha1:", b"sha1:AAAA", b"sha\x001:AAAA", b"md5:" + b"0" * 32, b"nope",
                  b"sha1:" + b"-_" * 14, b"sha256:" + b"A" * 52, b"sha1:" + b"0" * 40]  # fmt: skip
        lines.insert(i, b"WARC-Block-Digest: " + rng.choice(values))
        lines = [x for j, x in enumerate(lines) if j == i or not x.startswith(b"WARC-Block")]
    elif choice == "dup":
        lines.insert(i, line)
    elif choice == "nul":
        lines[i] = line[: len(line) // 2] + b"\0" + line[len(line) // 2 :]
    elif choice == "version":
        lines[0] = rng.choice(
            [b"WARC/1.0", b"WARC/2.0", b"WARC/0.18", b"", b"\xef\xbb\xbfWARC/1.1"]
        )
    else:
        lines[i] = line.replace(b":", b"", 1)
    return b"\r\n".join(lines) + sep + rest


def _numeral_change(record: bytes, rng: random.Random) -> bytes:
    """A WARC, HTTP or segment length in other digits (or none of ASCII's)."""
    head, sep, rest = record.partition(b"\r\n\r\n")
    named = (b"content-length", b"warc-segment-number", b"warc-segment-total-length")
    value = rng.choice(NUMERALS).encode()
    http, sep2, after = rest.partition(b"\r\n\r\n")
    if rng.random() < 0.5 and http.startswith(b"HTTP/") and sep2:  # the HTTP header's
        lines = [_numeral(x, value, named) for x in http.split(b"\r\n")]
        return head + sep + b"\r\n".join(lines) + sep2 + after
    lines = [_numeral(x, value, named) for x in head.split(b"\r\n")]
    return b"\r\n".join(lines) + sep + rest


def _numeral(line: bytes, value: bytes, named: tuple[bytes, ...]) -> bytes:
    name = line.partition(b":")[0].strip().lower()
    return name.title() + b": " + value if name in named else line


def _duplicate_id(records: list[bytes], rng: random.Random) -> list[bytes]:
    """A record given another's WARC-Record-ID (two records, one id: a tool's bug, a merge)."""
    ids = [re.search(rb"WARC-Record-ID: [^\r\n]*", r) for r in records]
    found = [m.group(0) for m in ids if m]
    if not found:
        return records
    given = rng.choice(found)
    i = rng.randrange(len(records))
    records[i] = re.sub(rb"WARC-Record-ID: [^\r\n]*", lambda m: given, records[i], count=1)
    return records


def _arc_line(record: bytes, rng: random.Random) -> bytes:
    """An ARC record's header line with odd fields: one more or fewer, its date or length in
    other digits, a version 2 line, a space in its URL, a tab between fields."""
    line, nl, rest = record.partition(b"\n")
    fields = line.split(b" ")
    if len(fields) < 5:
        return record
    choice = rng.choice(["more", "fewer", "date", "length", "v2", "space", "tab", "zero"])
    if choice == "more":
        fields.insert(rng.randrange(1, len(fields)), b"extra")
    elif choice == "fewer":
        del fields[rng.randrange(1, len(fields))]
    elif choice == "date":
        fields[2] = rng.choice(["\u0662" * 14, "2026-04-01", "2026040108000", "9" * 20]).encode()
    elif choice == "length":
        fields[-1] = rng.choice(NUMERALS).encode()
    elif choice == "v2":
        fields[4:4] = [b"200", b"-", b"-", b"0", b"fuzz.arc"]
    elif choice == "space":
        fields[0] += b" x"
    elif choice == "tab":
        return b"\t".join(fields) + nl + rest
    else:
        fields[-1] = b"0"
    return b" ".join(fields) + nl + rest


def _gz_damage(members: list[bytes], rng: random.Random) -> list[bytes]:
    i = rng.randrange(len(members))
    member = members[i]
    choice = rng.choice(["cut", "flip", "crc", "plain", "extra"])
    if choice == "cut":
        members[i] = member[: rng.randrange(len(member))]
    elif choice == "flip":
        members[i] = _flip(member, rng)
    elif choice == "crc":
        members[i] = member[:-8] + bytes(4) + member[-4:]
    elif choice == "plain":  # a member stored ungzipped among gzipped ones
        members[i] = gzip.decompress(member)
    else:  # two members in one
        if i + 1 < len(members):
            both = gzip.decompress(member) + gzip.decompress(members[i + 1])
            members[i : i + 2] = [gzip.compress(both)]
    return members


def damaged(
    records: list[bytes], gzipped: bool, rng: random.Random, more: random.Random | None = None
) -> bytes:
    """One to three kinds of damage on a copy of `records`; with `more` (its own generator,
    so that the files of a seed are those its earlier runs made), half the time first a
    length in other digits, a record id given twice or an ARC header line of odd fields."""
    records = list(records)
    if more is not None and more.random() < 0.5:
        kind = more.choice(["numeral", "id", "arcline"])
        i = more.randrange(len(records))
        if kind == "id":
            records = _duplicate_id(records, more)
        elif kind == "arcline" and records[i][:4] not in (b"WARC", b"file"):
            records[i] = _arc_line(records[i], more)
        elif kind == "numeral":
            records[i] = _numeral_change(records[i], more)
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["header", "header", "length", "order", "bytes", "bytes", "gz"])
        i = rng.randrange(len(records))
        if kind == "header":
            records[i] = _header_change(records[i], rng)
        elif kind == "length":
            records[i] = records[i][: rng.randrange(len(records[i]) + 1)]
        elif kind == "order" and len(records) > 1:
            rng.shuffle(records)
    members = [gzip.compress(r, mtime=0) for r in records] if gzipped else list(records)
    if gzipped and rng.random() < 0.4:
        members = _gz_damage(members, rng)
    data = b"".join(members)
    for _ in range(rng.randint(0, 2)):
        if not data:
            break
        op = rng.choice(["truncate", "flip", "zero", "cut", "junk", "bom", "crlf"])
        at = rng.randrange(len(data))
        size = rng.randint(1, 300)
        if op == "truncate":
            data = data[:at]
        elif op == "flip":
            data = _flip(data, rng)
        elif op == "zero":
            data = data[:at] + bytes(min(size, len(data) - at)) + data[at + size :]
        elif op == "cut":
            data = data[:at] + data[at + size :]
        elif op == "junk":
            data = data[:at] + bytes(rng.randrange(256) for _ in range(size)) + data[at:]
        elif op == "bom":
            data = rng.choice([b"\xef\xbb\xbf", b"\r\n", b"  \n"]) + data
        else:
            data = (
                data.replace(b"\r\n", b"\n") if rng.random() < 0.5 else data.replace(b"\n", b"\r\n")
            )
    return data


@contextlib.contextmanager
def captured() -> Iterator[io.StringIO]:
    """What goes to fd 2 (stderr), read after; fd 1 (stdout: items, summaries) is let go.

    Only the file descriptors are swapped: a logging handler keeps the sys.stderr it met."""
    said = io.StringIO()
    with tempfile.TemporaryFile(mode="w+") as sink, open(os.devnull, "w") as nothing:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(nothing.fileno(), 1)
        os.dup2(sink.fileno(), 2)
        try:
            yield said
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            sink.seek(0)
            said.write(sink.read())


def _replay(path: Path, out: Path) -> int:
    skips = Skips()
    copies = out / "copies.warc.gz"
    replaced = write_decoded_copies([path], copies)
    write_cdxj([path, *([copies] if replaced else [])], out / "index.cdxj", skips, root=out)
    return 3 if skips.count else 0


def _recover(path: Path, out: Path) -> int:
    folder = out / "crawl"
    folder.mkdir()
    name = path.name if path.name.endswith(".gz") else path.name + ".gz"
    _same_kind(path, folder / f"{name}.open")
    return cli.main(["recover", str(folder)])


def _recompress(path: Path, out: Path) -> int:
    copy = out / path.name
    _same_kind(path, copy)
    return cli.main(["recompress", str(copy)])


def _same_kind(path: Path, copy: Path) -> None:
    """A copy of a file; a new folder or FIFO for a folder or FIFO (its like, not its bytes)."""
    if path.is_dir():
        copy.mkdir()
    elif path.is_fifo():
        os.mkfifo(copy)
    else:
        shutil.copyfile(path, copy)


def special_inputs(work: Path) -> Iterator[Path]:
    """What is no WARC file where one is expected: empty files, a folder, a FIFO (a reader
    that opens it waits for a writer that never comes), a folder holding only a FIFO."""
    for name in ("empty.warc", "empty.warc.gz", "empty.arc"):
        (work / name).write_bytes(b"")
        yield work / name
    (work / "folder.warc.gz").mkdir()
    yield work / "folder.warc.gz"
    os.mkfifo(work / "fifo.warc.gz")
    yield work / "fifo.warc.gz"
    (work / "holds-fifo").mkdir()
    os.mkfifo(work / "holds-fifo" / "inside.warc")
    (work / "holds-fifo" / "link.warc.gz").symlink_to(work / "fifo.warc.gz")
    yield work / "holds-fifo"


def run_reader(reader: str, path: Path, out: Path) -> Callable[[], int]:
    runs: dict[str, Callable[[], int]] = {
        "extract": lambda: cli.main(
            ["extract", "--all-pages", str(path), "-o", str(out / "i.jsonl")]
        ),
        "index": lambda: cli.main(["index", str(path), "--cdxj", str(out / "i.cdxj")]),
        "wacz": lambda: cli.main(
            ["index", str(path), "--cdxj", str(out / "w.cdxj"), "--wacz", str(out / "p.wacz")]
        ),
        "replay": lambda: _replay(path, out),
        "history": lambda: cli.main(
            ["history", f"{SITE}/story/1", "--warc", str(path), "--reextract"]
        ),
        "recover": lambda: _recover(path, out),
        "recompress": lambda: _recompress(path, out),
    }
    return runs[reader]


def html_captures(data: bytes) -> set[tuple[str, str]]:
    """(URL, WARC-Date) of the HTML 200 responses and resources that warcio reads whole each
    alone, from every place a record may start (each gzip member; each `WARC/1.x` line):
    what `extract --all-pages` must give as items, or name something (exit 3)."""
    found: set[tuple[str, str]] = set()
    for start in _starts(data):
        try:
            for record in ArchiveIterator(io.BytesIO(data[start:]), arc2warc=True):
                _note_capture(record, found)
                break
        except Exception:
            continue
    return found


def _starts(data: bytes) -> list[int]:
    if data[1:4] in (b"\x2a\x4d\x18", b"\xb5\x2f\xfd") or data[:4] == b"\x04\x22\x4d\x18":
        return []  # zstd (its dictionary may hold records' text) or lz4: not looked into
    if data[:2] == b"\x1f\x8b":
        return [m.start() for m in re.finditer(b"\x1f\x8b\x08", data)]
    return [m.start(1) for m in re.finditer(rb"(?:^|\n)(WARC/1\.[01]\r?\n)", data)]


def _note_capture(record: ArcWarcRecord, found: set[tuple[str, str]]) -> None:
    headers = record.rec_headers
    uri, date = headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date")
    length = (headers.get_header("Content-Length") or "").strip()
    if not uri or not date or not length.isdigit() or record.rec_type != "response":
        return
    http = record.http_headers
    if (
        http is None
        or http.get_statuscode() != "200"
        or record.rec_headers.get_header("WARC-Segment-Number")
    ):
        return
    kind = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    body = record.content_stream().read()
    if (
        kind == "text/html"
        and body.strip()
        and int(getattr(record.raw_stream, "limit", 0) or 0) == 0
    ):
        found.add((uri, date))


def _items(path: Path) -> set[tuple[str, str]]:
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text().splitlines():
        item = json.loads(line)
        out.add((item.get("url"), item.get("fetched_at")))
    return out


HANG_SECONDS = 120  # a reader still busy with one small file: an endless loop
SPECIAL_HANG = 20  # one waiting on a FIFO's writer


class Hung(BaseException):
    """Raised by SIGALRM in a reader that did not end (no `except Exception` takes it)."""


def _hung(signum: int, frame: object) -> None:
    raise Hung("still reading at the alarm (an endless loop, or a wait for a FIFO's writer)")


def outcome(reader: str, path: Path, work: Path, hang: int = HANG_SECONDS) -> tuple[str, str]:
    out = Path(tempfile.mkdtemp(dir=work))
    try:
        with captured() as said:
            signal.signal(signal.SIGALRM, _hung)
            signal.alarm(hang)
            try:
                code = run_reader(reader, path, out)()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
            except Hung:
                return "hung", traceback.format_exc()
            except Exception:  # the one outcome that must never happen
                return "raised", traceback.format_exc()
            finally:
                signal.alarm(0)
        text = said.getvalue().strip()
        if "Traceback (most recent call last)" in text:  # a logging error, a worker's
            return "raised", text
        if reader == "recover":  # it says what it did of each file on stdout
            return ("named" if code else "handled"), text
        if reader == "history" and code == 1 and "no capture of" in text:
            code = 0 if len(text.splitlines()) == 1 else 3  # its URL's capture damaged away
        if code == 0 and reader == "extract" and path.is_file():  # a capture read alone:
            lost = html_captures(path.read_bytes()) - _items(out / "i.jsonl")
            if lost:
                return "lost", f"exit 0, not items: {sorted(lost)[:3]}"
        if code == 0:
            return "handled", text
        return ("named" if text else "odd"), text
    finally:
        shutil.rmtree(out, ignore_errors=True)


def generated(seed: int, count: int) -> Iterator[tuple[int, str, bytes]]:
    """(number, seed file's name, damaged bytes) of the run of `seed`: the same files each
    time (with the same corpus), so a test can make again the one that failed."""
    rng = random.Random(seed)
    pool = seeds()
    names = sorted(pool)
    for number in range(count):
        name = rng.choice(names)
        records, gzipped = pool[name]
        yield number, name, damaged(records, gzipped, rng, random.Random(f"{seed}:{number}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--keep", type=Path, help="folder to keep the files that raised in")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--progress", type=Path, help="file the counts are written to as it goes")
    parser.add_argument(
        "--wacz-every", type=int, default=10,
        help="give every Nth file to index --wacz (py-wacz packs and validates: ~3 s a file)",
    )  # fmt: skip
    args = parser.parse_args()
    readers = args.readers.split(",")
    counts: dict[str, Counter[str]] = {reader: Counter() for reader in readers}
    raised: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="warc-fuzz-") as scratch:
        work = Path(scratch)
        for number, name, data in generated(args.seed, args.files):
            path = work / f"f{number:05d}-{name}"
            path.write_bytes(data)
            for reader in readers:
                if reader == "wacz" and number % args.wacz_every:
                    continue
                result, text = outcome(reader, path, work)
                counts[reader][result] += 1
                if result in ("raised", "lost", "hung"):
                    last = text.strip().splitlines()[-1]
                    raised.append((reader, path.name, last))
                    if args.keep:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        shutil.copyfile(path, args.keep / path.name)
                        (args.keep / f"{path.name}.{reader}.txt").write_text(text)
            path.unlink()
            if args.progress and (number + 1) % 50 == 0:
                said = {r: dict(c) for r, c in counts.items()}
                args.progress.write_text(f"{number + 1} files: {said}\n")
        special: Counter[str] = Counter()
        for path in special_inputs(work):
            for reader in readers:
                result, text = outcome(reader, path, work, hang=SPECIAL_HANG)
                special[result] += 1
                counts[reader][result] += 1
                if result in ("raised", "lost", "hung", "odd"):
                    last = (text.strip().splitlines() or ["(nothing said)"])[-1]
                    raised.append((reader, path.name, f"{result}: {last}"))
    print(f"{args.files} damaged files, seed {args.seed} (wacz: every {args.wacz_every}th)")
    print(f"  6 inputs that are no WARC file, through each reader: {dict(special)}")
    for reader in readers:
        c = counts[reader]
        print(f"  {reader:8} handled {c['handled']:5}  named {c['named']:5}  "
              f"odd {c['odd']:4}  lost {c['lost']:3}  hung {c['hung']:2}  "
              f"raised {c['raised']:3}")  # fmt: skip
    for reader, name, last in raised[:40]:
        print(f"  {reader} {name}: {last}")
    return 1 if any(c["raised"] or c["hung"] for c in counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
