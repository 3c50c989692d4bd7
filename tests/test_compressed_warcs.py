"""WARCs compressed with lz4 (FastWARC's frames) and zstd (IIPC's .warc.zst, with or without a
dictionary first): `extract` and `history` read them as they read a .warc.gz; `index` names them
and `recompress` rewrites them as .warc.gz.

The files are written here: warcio writes the records, lz4 and zstd compress
them one frame per record (or one frame for the whole file).
"""

from __future__ import annotations

import gzip
import json
import random
import resource
import signal
import struct
import subprocess
import sys
import zlib
from io import BytesIO
from pathlib import Path

import lz4.frame
import pytest
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.commands.recompress import gzipped_name
from newsarchive.warc import framed as framed_reader
from newsarchive.warc import record_checks
from newsarchive.warc.archives import Skips
from newsarchive.warc.encodings import zstd_module
from newsarchive.warc.frames import framed
from newsarchive.warc.reader import wanted
from tests.test_foreign_archives import SITE, _cdxj_lines, digest, http, newsarchive

zstd = zstd_module()
assert zstd is not None and hasattr(zstd, "ZstdDict")  # compression.zstd or backports.zstd
CHECKSUM = {zstd.CompressionParameter.checksum_flag: 1}
DICTIONARY_MAGIC = 0x184D2A5D
LZ4_MAGIC = b'\x04"M\x18'
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def _article(title: str, words: str) -> bytes:
    paragraphs = "".join(f"<p>{words} ({n}).</p>" for n in range(4))
    return f"<html><head><title>{title}</title></head><body>{paragraphs}</body></html>".encode()


HARBOUR = _article("Harbour", "The ferry to the island ran late again because of the fog")
BRIDGE = _article("Bridge", "Painters closed one lane of the old bridge for the whole week")
MARKET = _article("Market", "The fish market opens an hour earlier from the first of May")


def _close(record: ArcWarcRecord) -> None:
    """Close warcio's spooled copies of the payload (a revisit gets two)."""
    for stream in (record.raw_stream, getattr(record, "_orig_stream", None)):
        if stream is not None:
            stream.close()


def _records() -> list[bytes]:
    """Each record's bytes, uncompressed: pages, an image (passed over) and a revisit."""
    out: list[bytes] = []

    def write(
        uri: str, kind: str, body: bytes, headers: StatusAndHeaders | None, **extra: str
    ) -> str:
        buffer = BytesIO()
        writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
        record = writer.create_warc_record(
            uri, kind, payload=BytesIO(body), length=len(body), http_headers=headers,
            warc_headers_dict=extra,
        )  # fmt: skip
        writer.write_record(record)
        _close(record)
        out.append(buffer.getvalue())
        return str(record.rec_headers.get_header("WARC-Record-ID"))

    first = write(SITE + "/harbour", "response", HARBOUR, http(HARBOUR),
                  **{"WARC-Date": "2026-04-01T08:00:00Z"})  # fmt: skip
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    write(SITE + "/logo.png", "response", b"\x89PNG" + bytes(300), image,
          **{"WARC-Date": "2026-04-01T08:00:01Z"})  # fmt: skip
    write(SITE + "/bridge", "response", BRIDGE, http(BRIDGE),
          **{"WARC-Date": "2026-04-01T08:00:02Z"})  # fmt: skip
    write(SITE + "/harbour", "revisit", b"", http(HARBOUR), **{
        "WARC-Date": "2026-04-02T08:00:00Z", "WARC-Refers-To": first,
        "WARC-Payload-Digest": digest(HARBOUR),
        "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
    })  # fmt: skip
    write(SITE + "/market", "response", MARKET, http(MARKET),
          **{"WARC-Date": "2026-04-02T08:00:01Z"})  # fmt: skip
    return out


RECORDS = _records()
TITLES = ["Harbour", "Bridge", "Harbour", "Market"]


def _skippable(magic: int, content: bytes) -> bytes:
    return struct.pack("<II", magic, len(content)) + content


def _trained() -> object:
    samples = [_article(f"Story {n}", f"Story {n} about the harbour and bridge") for n in range(60)]
    return zstd.train_dict(samples + RECORDS, 4096)


def _with_dictionary(compressed: bool) -> bytes:
    """A dictionary in a skippable frame (itself zstd-compressed or not), then a frame a record."""
    trained = _trained()
    content = trained.dict_content  # type: ignore[attr-defined]
    stored = zstd.compress(content) if compressed else content
    frames = (zstd.compress(r, options=CHECKSUM, zstd_dict=trained) for r in RECORDS)
    return _skippable(DICTIONARY_MAGIC, stored) + b"".join(frames)


VARIANTS = {
    "fastwarc.warc.lz4": lambda: b"".join(lz4.frame.compress(r) for r in RECORDS),
    "checked.warc.lz4": lambda: b"".join(
        lz4.frame.compress(r, content_checksum=True, block_checksum=True) for r in RECORDS
    ),
    "plain.warc.zst": lambda: b"".join(zstd.compress(r, options=CHECKSUM) for r in RECORDS),
    "dictionary.warc.zst": lambda: _with_dictionary(compressed=False),
    "packed-dictionary.warc.zst": lambda: _with_dictionary(compressed=True),
    # a skippable frame of another kind among the records: passed over
    "extension.warc.zst": lambda: b"".join(
        zstd.compress(r) + _skippable(0x184D2A50, b"extension data") for r in RECORDS
    ),
    "whole.warc.zst": lambda: zstd.compress(b"".join(RECORDS)),  # `zstd file.warc`: one frame
}


def _frames(data: bytes, magic: bytes) -> list[int]:
    """Offsets of the frames of a file of `magic` frames and nothing else."""
    offsets, at = [], 0
    while at < len(data):
        offsets.append(at)
        decompressor = lz4.frame.LZ4FrameDecompressor() if magic == LZ4_MAGIC else None
        if decompressor is not None:
            decompressor.decompress(data[at:])
            at = len(data) - len(decompressor.unused_data or b"")
        else:
            at += zstd.get_frame_size(data[at:])
    return offsets


def _extract(path: Path, out: Path, *args: str) -> tuple[int, str, list[dict]]:
    done = newsarchive("extract", "--all-pages", str(path), "-o", str(out), *args)
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done.returncode, done.stderr, items


def _content(items: list[dict]) -> list[dict]:
    """Items without where they were read from (the file and offset differ by compression)."""
    return [{k: v for k, v in i.items() if k not in ("warc_file", "warc_offset")} for i in items]


@pytest.fixture(scope="module")
def gzipped(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The items of the same records gzipped one member each, as crawlers write them."""
    root = tmp_path_factory.mktemp("gzipped")
    path = root / "same.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    code, stderr, items = _extract(path, root / "items.jsonl")
    assert code == 0 and stderr.strip() == "extract: 4 items", stderr
    assert [i["title"] for i in items] == TITLES
    return items


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_extract_gives_the_items_of_the_same_records_gzipped(
    name: str, gzipped: list[dict], tmp_path: Path
) -> None:
    path = tmp_path / name
    path.write_bytes(VARIANTS[name]())
    code, stderr, items = _extract(path, tmp_path / "items.jsonl")
    assert code == 0 and stderr.strip() == "extract: 4 items", stderr
    assert _content(items) == _content(gzipped)
    if name == "whole.warc.zst":  # one frame: only its first record has an offset of its own
        assert [i["warc_offset"] for i in items] == [0, None, None, None]
        return
    # each item points at its record's frame (the revisit's page is its original's)
    data = path.read_bytes()
    magic = LZ4_MAGIC if name.endswith(".lz4") else ZSTD_MAGIC
    offsets = [i["warc_offset"] for i in items]
    assert all(data[at : at + 4] == magic for at in offsets), offsets
    assert len(set(offsets)) == len(offsets)


def test_two_workers_read_them_as_one_does(gzipped: list[dict], tmp_path: Path) -> None:
    for name in ("checked.warc.lz4", "dictionary.warc.zst"):
        (tmp_path / name).write_bytes(VARIANTS[name]())
    code, stderr, items = _extract(tmp_path, tmp_path / "items.jsonl", "-j", "2")
    assert code == 0 and stderr.strip() == "extract: 8 items", stderr
    by_file = {name: [i for i in items if i["warc_file"] == name] for name in
               ("checked.warc.lz4", "dictionary.warc.zst")}  # fmt: skip
    assert all(_content(found) == _content(gzipped) for found in by_file.values())


@pytest.mark.parametrize("name", ["checked.warc.lz4", "fastwarc.warc.lz4", "plain.warc.zst"])
def test_a_file_cut_inside_a_frame_keeps_the_records_before_it(
    name: str, gzipped: list[dict], tmp_path: Path
) -> None:
    data = VARIANTS[name]()
    last = _frames(data, LZ4_MAGIC if name.endswith(".lz4") else ZSTD_MAGIC)[-1]
    path = tmp_path / name
    path.write_bytes(data[: last + (len(data) - last) // 2])  # half the last record's frame
    code, stderr, items = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert _content(items) == _content(gzipped)[:3]
    codec = "lz4" if name.endswith(".lz4") else "zstd"
    assert f"{path}: rest skipped: cut short inside the {codec} frame at offset {last}" in stderr
    assert stderr.strip().splitlines()[-1] == (
        "extract: 3 items; skipped: 1 file unreadable (0 wholly, 1 from some record on)"
    )
    assert "Traceback" not in stderr


def _damaged(data: bytes, frame: int, magic: bytes) -> bytes:
    """`data` with a byte in the middle of its `frame`-th frame changed."""
    offsets = [*_frames(data, magic), len(data)]
    middle = (offsets[frame] + offsets[frame + 1]) // 2
    return data[:middle] + bytes([data[middle] ^ 0x5A]) + data[middle + 1 :]


@pytest.mark.parametrize("name", ["checked.warc.lz4", "plain.warc.zst", "dictionary.warc.zst"])
def test_a_corrupt_frame_is_named_by_its_offset_and_the_frames_after_it_are_read(
    name: str, gzipped: list[dict], tmp_path: Path
) -> None:
    data = VARIANTS[name]()
    magic = LZ4_MAGIC if name.endswith(".lz4") else ZSTD_MAGIC
    offsets = _frames(data[data.index(magic) :], magic)
    start = data.index(magic)  # after the dictionary, if any
    bridge = start + offsets[2]
    path = tmp_path / name
    path.write_bytes(data[:start] + _damaged(data[start:], 2, magic))
    code, stderr, items = _extract(path, tmp_path / "items.jsonl")
    assert code == 3, stderr
    assert [i["title"] for i in items] == ["Harbour", "Harbour", "Market"]
    codec = "lz4" if name.endswith(".lz4") else "zstd"
    assert f"{path}@{bridge}: record skipped: {codec} frame unreadable (" in stderr
    assert stderr.strip().splitlines()[-1] == "extract: 3 items; skipped: 1 record skipped"
    assert "Traceback" not in stderr


def test_a_corrupt_last_frame_loses_the_rest_of_the_file_named(
    gzipped: list[dict], tmp_path: Path
) -> None:
    data = VARIANTS["checked.warc.lz4"]()
    last = _frames(data, LZ4_MAGIC)[-1]
    path = tmp_path / "checked.warc.lz4"
    path.write_bytes(_damaged(data, len(RECORDS) - 1, LZ4_MAGIC))
    code, stderr, items = _extract(path, tmp_path / "items.jsonl")
    assert code == 3 and _content(items) == _content(gzipped)[:3], stderr
    assert f"{path}: rest skipped: lz4 frame unreadable (" in stderr
    assert f"at offset {last}" in stderr


def test_history_reads_the_versions_of_a_page_in_a_zstd_warc(tmp_path: Path) -> None:
    changed = _article("Harbour", "The ferry to the island now runs on time, the council says")
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    frames = []
    for date, body in (("2026-04-01T08:00:00Z", HARBOUR), ("2026-04-03T08:00:00Z", changed)):
        start = buffer.tell()
        record = writer.create_warc_record(
            SITE + "/harbour", "response", payload=BytesIO(body), length=len(body),
            http_headers=http(body),
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        writer.write_record(record)
        _close(record)
        frames.append(zstd.compress(buffer.getvalue()[start:]))
    (tmp_path / "warc").mkdir()
    (tmp_path / "warc" / "news.warc.zst").write_bytes(b"".join(frames))
    done = newsarchive("history", SITE + "/harbour", "--warc", str(tmp_path / "warc"))
    assert done.returncode == 0, done.stderr
    assert "2 versions" in done.stdout and "runs on time" in done.stdout, done.stdout


@pytest.mark.parametrize("name", ["checked.warc.lz4", "dictionary.warc.zst"])
def test_index_names_them_with_why_and_what_to_do(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(VARIANTS[name]())
    (tmp_path / "same.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    done = newsarchive("index", str(tmp_path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 3, done.stderr
    codec = "lz4" if name.endswith(".lz4") else "zstd"
    assert f"{path}: skipped: {codec}-compressed WARC: pywb and WACZ cannot read {codec}" in (
        done.stderr
    )
    assert "`python -m newsarchive recompress` it" in done.stderr
    assert "Traceback" not in done.stderr
    lines = (tmp_path / "index.cdxj").read_text(encoding="utf-8").splitlines()
    assert lines and all("same.warc.gz" in line for line in lines)


def _members(data: bytes) -> list[bytes]:
    """The content of each gzip member of `data`."""
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data))
        assert member.eof
        data = member.unused_data
    return members


def _index(folder: Path, out: Path) -> tuple[int, list[tuple]]:
    """`index` of `folder`: its status and lines without where the records sit."""
    done = newsarchive("index", str(folder), "--cdxj", str(out))
    lines = []
    for key, stamp, entry in _cdxj_lines(out.read_text(encoding="utf-8")):
        lines.append((key, stamp, {k: v for k, v in entry.items()
                                   if k not in ("filename", "offset", "length")}))  # fmt: skip
    return done.returncode, lines


def test_recompress_writes_warc_gz_files_that_index_reads_as_the_same_records_gzipped(
    tmp_path: Path,
) -> None:
    names = ["checked.warc.lz4", "dictionary.warc.zst", "packed-dictionary.warc.zst",
             "extension.warc.zst", "whole.warc.zst"]  # fmt: skip
    (tmp_path / "in").mkdir()
    given = {name: VARIANTS[name]() for name in names}
    for name, data in given.items():
        (tmp_path / "in" / name).write_bytes(data)
    (tmp_path / "in" / "plain.warc").write_bytes(b"".join(RECORDS))  # not compressed: left alone
    done = newsarchive("recompress", str(tmp_path / "in"))
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "recompress: 5 files written"
    for name in names:
        written = tmp_path / "in" / (name.rsplit(".", 1)[0] + ".gz")
        assert f"{tmp_path / 'in' / name}: 5 records written to {written}" in done.stdout
        # a member a record (the whole-file frame split too), each record's bytes as they were
        assert _members(written.read_bytes()) == RECORDS, name
        assert (tmp_path / "in" / name).read_bytes() == given[name]  # the original is kept
    assert not (tmp_path / "in" / "plain.warc.gz").exists()
    (tmp_path / "same").mkdir()
    (tmp_path / "same" / "same.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    code, expected = _index(tmp_path / "same", tmp_path / "same.cdxj")
    assert code == 0 and len(expected) == len(RECORDS)
    for name in names:
        alone = tmp_path / name
        alone.mkdir()
        (tmp_path / "in" / (name.rsplit(".", 1)[0] + ".gz")).rename(alone / "it.warc.gz")
        assert _index(alone, tmp_path / f"{name}.cdxj") == (0, expected), name


def test_recompress_leaves_out_a_corrupt_frame_and_names_it(tmp_path: Path) -> None:
    data = VARIANTS["plain.warc.zst"]()
    bridge = _frames(data, ZSTD_MAGIC)[2]
    path = tmp_path / "plain.warc.zst"
    path.write_bytes(_damaged(data, 2, ZSTD_MAGIC))
    done = newsarchive("recompress", str(path))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{bridge}: record skipped: zstd frame unreadable (" in done.stderr
    assert _members((tmp_path / "plain.warc.gz").read_bytes()) == RECORDS[:2] + RECORDS[3:]
    last = done.stderr.strip().splitlines()[-1]
    assert last == "recompress: 1 file written; skipped: 1 record skipped"


def test_recompress_never_writes_over_a_warc_gz(tmp_path: Path) -> None:
    (tmp_path / "a.warc.lz4").write_bytes(VARIANTS["checked.warc.lz4"]())
    (tmp_path / "a.warc.gz").write_bytes(b"the user's own file")
    done = newsarchive("recompress", str(tmp_path / "a.warc.lz4"))
    assert done.returncode == 3, done.stderr
    assert f"{tmp_path / 'a.warc.lz4'}: skipped: left alone: {tmp_path / 'a.warc.gz'} exists" in (
        done.stderr
    )
    assert (tmp_path / "a.warc.gz").read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.warc.gz", "a.warc.lz4"]
    # before: "skipped: 1 file unreadable", of a file read well
    last = done.stderr.strip().splitlines()[-1]
    assert last == "recompress: 0 files written; 1 left alone (its .gz exists)"


def test_recompress_on_a_full_disk_names_each_file_and_exits_1(tmp_path: Path) -> None:
    """RLIMIT_FSIZE stands in for a full disk: every .warc.gz write fails past 300 bytes."""
    for name in ("a.warc.lz4", "b.warc.zst"):
        (tmp_path / name).write_bytes(VARIANTS["checked.warc.lz4" if name.endswith("lz4")
                                               else "plain.warc.zst"]())  # fmt: skip

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", str(tmp_path)],
        cwd=Path(__file__).parents[1], capture_output=True, text=True, preexec_fn=limit, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    for name in ("a.warc.lz4", "b.warc.zst"):
        target = gzipped_name(tmp_path / name)
        assert f"{tmp_path / name}: not written ({target}: File too large (EFBIG))" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "recompress: 0 files written; 2 not written (write or read errors above)"
    )
    # nothing half-written is left beside the originals
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.warc.lz4", "b.warc.zst"]


def _noise_records(count: int) -> list[bytes]:
    """Records of 4 KB that gzip cannot shrink: their .warc.gz outgrows the output's buffer."""
    noise = random.Random(20)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    out = []
    for n in range(count):
        buffer, body = BytesIO(), noise.randbytes(4096)
        writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
        writer.write_record(writer.create_warc_record(
            f"{SITE}/tile-{n}.png", "response", payload=BytesIO(body), length=len(body),
            http_headers=image,
        ))  # fmt: skip
        out.append(buffer.getvalue())
    return out


def test_recompress_names_a_disk_filling_mid_file_as_a_write_error(tmp_path: Path) -> None:
    """A write that fails while the file is being read (past the output's 8 KiB buffer) is
    the output's failure: before, each lz4 frame after it was named `lz4 frame unreadable
    (OSError: [Errno 27] File too large)`, and a file gzipped whole was cut there, its first
    records kept as its .warc.gz, `1 file written`, exit 3."""
    records = _noise_records(12)
    (tmp_path / "tiles.warc.lz4").write_bytes(b"".join(lz4.frame.compress(r) for r in records))
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(b"".join(records)))

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", str(tmp_path)],
        cwd=Path(__file__).parents[1], capture_output=True, text=True, preexec_fn=limit, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "unreadable" not in done.stderr and "skipped" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    for name, target in (("tiles.warc.lz4", "tiles.warc.gz"),
                         ("whole.warc.gz", "whole.recompressed.warc.gz")):  # fmt: skip
        said = (
            f"WARNING: {tmp_path / name}: not written ({tmp_path / target}: File too large (EFBIG))"
        )
        assert said + "; nothing left of it" in lines
    assert lines[-1] == "recompress: 0 files written; 2 not written (write or read errors above)"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiles.warc.lz4", "whole.warc.gz"]


def test_recompress_without_a_compressed_warc_says_so(tmp_path: Path) -> None:
    (tmp_path / "plain.warc").write_bytes(b"".join(RECORDS))
    (tmp_path / "broken.warc.lz4").write_bytes(LZ4_MAGIC + bytes(40))  # nothing readable
    done = newsarchive("recompress", str(tmp_path / "plain.warc"))
    assert done.returncode == 1 and "no lz4, zstd or whole-gzip WARC in" in done.stderr, done.stderr
    done = newsarchive("recompress", str(tmp_path / "broken.warc.lz4"))
    assert done.returncode == 3 and "lz4 frame unreadable" in done.stderr, done.stderr
    assert not (tmp_path / "broken.warc.gz").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.warc.lz4", "plain.warc"]


FIRST_BYTES = {  # file start: (codec name, offset of its first record frame), None: not framed
    "lz4 frame": (lz4.frame.compress(RECORDS[0]), ("lz4", 0)),
    "zstd frame": (zstd.compress(RECORDS[0]), ("zstd", 0)),
    "dictionary first": (_skippable(DICTIONARY_MAGIC, b"raw words") + ZSTD_MAGIC, ("zstd", 17)),
    "another skippable frame, then lz4": (
        _skippable(0x184D2A51, b"note") + lz4.frame.compress(b"WARC/1.1\r\n"), ("lz4", 12),
    ),
    "plain WARC": (RECORDS[0], None),
    "gzipped WARC": (gzip.compress(RECORDS[0]), None),
    "ZIP": (b"PK\x03\x04" + bytes(20), None),
    "empty": (b"", None),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(FIRST_BYTES))
def test_framed_files_are_told_by_their_first_frames(case: str) -> None:
    data, expected = FIRST_BYTES[case]
    stream = BytesIO(data)
    found = framed(stream)
    assert stream.tell() == 0  # left where it was
    if expected is None:
        assert found is None
    else:
        assert found is not None and found.codec is not None
        assert (found.name, found.first) == expected


def test_an_lz4_file_without_python_lz4_is_named_with_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "lz4.frame", None)  # import fails, as when not installed
    found = framed(BytesIO(lz4.frame.compress(RECORDS[0])))
    assert found is not None and found.codec is None
    assert found.reason == "lz4-compressed, and lz4 is not installed (pip install lz4)"


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("a.warc.lz4", "a.warc.gz"),
        ("a.warc.zst", "a.warc.gz"),
        ("a.warc.ZST", "a.warc.gz"),
        ("crawl-00001.warc.zst", "crawl-00001.warc.gz"),
        ("odd.warc", "odd.warc.gz"),  # zstd content under a plain name
        # a note added to the name is no part of the new file's (before: a.warc.lz4.bad.gz)
        ("a.warc.lz4.bad", "a.warc.gz"),
        ("a.warc.zst.part", "a.warc.gz"),
        ("crawl.arc.warc.zst", "crawl.arc.warc.gz"),
    ],
)
def test_recompress_writes_beside_the_file_under_its_gz_name(name: str, written: str) -> None:
    assert gzipped_name(Path("/archive") / name) == Path("/archive") / written


@pytest.mark.parametrize("hold", [framed_reader.HOLD_BYTES, 1])
def test_a_whole_file_frame_is_held_up_to_a_limit_before_its_checksum_is_known(
    hold: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Within the limit no record of a frame that fails its checksum is used; past it (a big
    file compressed whole) the records read are given, and the file's rest is named."""
    monkeypatch.setattr(framed_reader, "HOLD_BYTES", hold)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    video = StatusAndHeaders("200 OK", [("Content-Type", "video/mp4")], protocol="HTTP/1.1")
    record = writer.create_warc_record(  # read on past the pages before the frame ends
        SITE + "/clip.mp4",
        "response",
        payload=BytesIO(bytes(300_000)),
        length=300_000,
        http_headers=video,
    )
    writer.write_record(record)
    _close(record)
    data = zstd.compress(b"".join(RECORDS) + buffer.getvalue(), options=CHECKSUM)
    path = tmp_path / "whole.warc.zst"
    path.write_bytes(data[:-1] + bytes([data[-1] ^ 0x5A]))  # its checksum, last, changed
    skips = Skips()
    uris = [r.record.rec_headers.get_header("WARC-Target-URI")
            for r in framed_reader.read_archive(path, skips, wanted)]  # fmt: skip
    [(named, reason)] = skips.files.items()
    assert named == str(path) and reason.startswith("zstd frame unreadable (")
    assert reason.endswith("at offset 0")
    if hold == 1:
        assert uris == [SITE + p for p in ("/harbour", "/bridge", "/harbour", "/market")]
        assert skips.partial == {str(path)}
    else:
        assert uris == [] and skips.partial == set()


@pytest.mark.parametrize("kind", ["zst", "lz4", "gz"])
def test_a_record_longer_than_the_limit_is_named_and_passed_over_unread(
    kind: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A small frame can hold a record of gigabytes (64 KB of zstd gave 2 GiB, read whole: 4.2
    GB): past the limit the record is named by its length and the records after it read."""
    monkeypatch.setattr(record_checks, "MAX_RECORD_BYTES", 100_000)
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    huge = _article("Huge", "The same sentence again " * 5_000)  # 120 KB of one page
    record = writer.create_warc_record(
        SITE + "/huge", "response", payload=BytesIO(huge), length=len(huge), http_headers=http(huge)
    )
    writer.write_record(record)
    _close(record)
    pack = {"zst": zstd.compress, "lz4": lz4.frame.compress, "gz": gzip.compress}[kind]
    frames = [pack(r) for r in (RECORDS[0], buffer.getvalue(), RECORDS[4])]
    path = tmp_path / f"huge.warc.{kind}"
    path.write_bytes(b"".join(frames))
    skips = Skips()
    uris = [r.record.rec_headers.get_header("WARC-Target-URI")
            for r in framed_reader.read_archive(path, skips, wanted)]  # fmt: skip
    assert uris == [SITE + "/harbour", SITE + "/market"]
    [(where, reason)] = skips.records
    assert where == f"{path}@{len(frames[0])}"
    length = int(record.rec_headers.get_header("Content-Length"))
    assert length > 100_000
    assert reason == f"{length:,} bytes long, over the 100,000 read: passed over unread"


def test_a_damaged_dictionary_names_the_file_not_a_traceback(tmp_path: Path) -> None:
    """zstd reads a trained dictionary's tables only when a decompressor is made with it: a
    damaged table raised ZstdError out of the reading of the first frame."""
    data = bytearray(VARIANTS["dictionary.warc.zst"]())
    data[16] ^= 0xFF  # past the skippable frame's 8 bytes, the magic and id: its first table
    path = tmp_path / "dictionary.warc.zst"
    path.write_bytes(bytes(data))
    found = framed(BytesIO(bytes(data)))
    assert found is not None and found.codec is None
    assert found.reason.startswith("zstd dictionary (first frame) unreadable: ")
    out = tmp_path / "out.jsonl"
    done = newsarchive("extract", "--all-pages", str(path), "-o", str(out))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert f"{path}: skipped: zstd dictionary (first frame) unreadable: " in done.stderr
    # nothing could be read: no empty items file is left to be taken for the archive's
    assert not out.exists() and "is not written (it would be empty)" in done.stderr


def test_recompress_writes_each_record_as_gzip_compress_would(tmp_path: Path) -> None:
    """The members are byte for byte gzip.compress(record, mtime=0), as before records were
    streamed into them."""
    path = tmp_path / "plain.warc.zst"
    path.write_bytes(VARIANTS["whole.warc.zst"]())
    done = newsarchive("recompress", str(path))
    assert done.returncode == 0, done.stderr
    expected = b"".join(gzip.compress(record, mtime=0) for record in RECORDS)
    assert (tmp_path / "plain.warc.gz").read_bytes() == expected


def test_recompress_streams_a_huge_record_in_bounded_memory(tmp_path: Path) -> None:
    """An 8 KB zstd frame holding a 256 MiB record (a bomb, or a video) is rewritten under a
    192 MiB address-space limit (the command takes under 60 MiB on a small file): the record
    was held whole, twice (6.3 GB for a bigger one)."""
    size = 256 << 20
    head = (
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:0b0b0b0b-1111-2222-3333>\r\n"
        f"WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {SITE}/clip.mp4\r\n"
        f"Content-Type: video/mp4\r\nContent-Length: {size}\r\n\r\n"
    ).encode()
    path = tmp_path / "bomb.warc.zst"
    compressor = zstd.ZstdCompressor(options=CHECKSUM)
    with path.open("wb") as out:
        out.write(compressor.compress(head))
        for _ in range(size >> 20):
            out.write(compressor.compress(bytes(1 << 20)))
        out.write(compressor.compress(b"\r\n\r\n", compressor.FLUSH_FRAME))
        out.write(zstd.compress(RECORDS[0], options=CHECKSUM))
    assert path.stat().st_size < 64_000

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (192 << 20, 192 << 20))

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "recompress", str(path)],
        cwd=Path(__file__).parents[1], capture_output=True, text=True, preexec_fn=limit, timeout=90,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "recompress: 1 file written"
    written = tmp_path / "bomb.warc.gz"
    # split at the record: the page after the clip is a member of its own, as gzip makes it
    assert written.read_bytes()[-200_000:].endswith(gzip.compress(RECORDS[0], mtime=0))
    crc, length = 0, 0
    with gzip.open(written, "rb") as content:
        while chunk := content.read(1 << 20):
            crc, length = zlib.crc32(chunk, crc), length + len(chunk)
    expected = zlib.crc32(head)
    for _ in range(size >> 20):
        expected = zlib.crc32(bytes(1 << 20), expected)
    expected = zlib.crc32(RECORDS[0], zlib.crc32(b"\r\n\r\n", expected))
    assert (crc, length) == (expected, len(head) + size + 4 + len(RECORDS[0]))


@pytest.mark.parametrize("bad", [2, len(RECORDS) - 1], ids=["between", "last"])
def test_recompress_cuts_the_members_of_a_frame_that_fails_its_checksum(
    bad: int, tmp_path: Path
) -> None:
    """A record is streamed out before its frame's checksum is read: when that fails, what was
    written of it is cut off again, and the frames after it follow (the last frame's too:
    no frame comes after it to cut them)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False, warc_version="WARC/1.1")
    video = StatusAndHeaders("200 OK", [("Content-Type", "video/mp4")], protocol="HTTP/1.1")
    record = writer.create_warc_record(  # longer than what warcio reads at once
        SITE + "/clip.mp4",
        "response",
        payload=BytesIO(bytes(300_000)),
        length=300_000,
        http_headers=video,
    )
    writer.write_record(record)
    _close(record)
    frames = [zstd.compress(record, options=CHECKSUM) for record in RECORDS]
    frames[bad] = zstd.compress(RECORDS[bad] + buffer.getvalue(), options=CHECKSUM)
    frames[bad] = frames[bad][:-1] + bytes([frames[bad][-1] ^ 0x5A])  # its checksum, last, changed
    path = tmp_path / "checksum.warc.zst"
    path.write_bytes(b"".join(frames))
    done = newsarchive("recompress", str(path))
    assert done.returncode == 3, done.stderr
    at = sum(map(len, frames[:bad]))
    if bad < len(RECORDS) - 1:
        assert f"{path}@{at}: record skipped: zstd frame" in done.stderr
    else:  # no frame after it: the file's rest is named
        assert f"{path}: rest skipped: zstd frame unreadable" in done.stderr
        assert f"at offset {at}\n" in done.stderr
    expected = b"".join(gzip.compress(r, mtime=0) for i, r in enumerate(RECORDS) if i != bad)
    assert (tmp_path / "checksum.warc.gz").read_bytes() == expected


@pytest.mark.parametrize("name", ["plain.warc.zst", "checked.warc.lz4"])
def test_junk_between_frames_is_named_and_the_frames_after_it_read(
    name: str, gzipped: list[dict], tmp_path: Path
) -> None:
    """Before, reading stopped at the junk: the file's rest was named and lost."""
    magic = LZ4_MAGIC if name.endswith("lz4") else ZSTD_MAGIC
    data = VARIANTS[name]()
    at = _frames(data, magic)[2]
    path = tmp_path / name
    path.write_bytes(data[:at] + b"\r\n\x00junk from a copy gone wrong\n" + data[at:])
    codec = "lz4" if name.endswith("lz4") else "zstd"
    named = f"{path}@{at}: record skipped: 31 bytes between {codec} frames that are none"
    code, stderr, items = _extract(path, tmp_path / "out.jsonl")
    assert code == 3, stderr
    assert named in stderr
    assert _content(items) == _content(gzipped)
    done = newsarchive("recompress", str(path))
    assert done.returncode == 3, done.stderr
    assert named in done.stderr
    assert _members(gzipped_name(path).read_bytes()) == RECORDS


def test_recompress_says_a_record_overrunning_its_length_on_one_line(tmp_path: Path) -> None:
    """warcio's three-line notice named no file; `extract` says it on one line, and so does
    `recompress` now."""
    head, _, rest = RECORDS[2].partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    short = head + b"Content-Length: " + str(int(length) - 5).encode() + b"\r\n" + tail
    frames = [zstd.compress(record) for record in (RECORDS[0], short, RECORDS[3])]
    path = tmp_path / "short.warc.zst"
    path.write_bytes(b"".join(frames))
    done = newsarchive("recompress", str(path))
    assert done.returncode == 0, done.stderr
    assert "WARNING: Record not followed by newline" not in done.stderr
    said = [line for line in done.stderr.splitlines() if "not followed by a blank line" in line]
    assert len(said) == 1 and said[0].startswith(f"WARNING: {path}: 1 record not followed"), (
        done.stderr
    )
    assert _members(gzipped_name(path).read_bytes()) == [RECORDS[0], short, RECORDS[3]]
