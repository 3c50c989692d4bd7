"""Fault campaign over other tools' files: each file of ../shared/warc-corpus, damaged in
known ways at known places, through every reading command; what was before the damage must
still be read.

    .venv/bin/python benchmarks/corpus_faults.py [--seed 25] [--cuts 10] [--flips 5]
        [--only NAME-PART] [--readers extract,index,replay,history,recover] [--keep DIR]
    [--corpus DIR]

The corpus is read in place (never copied into the project). Each file gives: cuts at
`--cuts` random offsets, `--flips` copies with one random byte flipped, its first record
doubled (written twice), its tail zero-filled from a random offset, and (a .gz of several
members) a gzip member's header damaged at its boundary. Each copy goes to `extract
--all-pages`, `index`, replay's offline step (its decoded copies and CDXJ), `history`
(the file's first page) and `recover` (the copy as a killed crawl's `.open` file), in this
process, as benchmarks/warc_fuzz.py runs them. Outcomes, a reader a copy:

  handled / named  exit 0 / a nonzero exit with each loss named on stderr
  odd      a nonzero exit with nothing said
  raised   a traceback (must be 0)        hung  still busy after 120 s (must be 0)
  lost     extract or index exit 0, or 3, yet an item (a CDXJ line) of a record that ends
           before the damage, which the undamaged file gives, is missing (must be 0); for
           a doubled record, any of the file's items or lines missing

Records before the damage: their end offset (the next record's offset, or the next
frame's, in the undamaged file) is at or before the damage's first byte; in an lz4 or zstd
file cut short, also each record that lies wholly in what the cut file still decompresses
to (a frame of many records gives them no offsets). `--corpus DIR` reads other files (the
tests' generators write single-frame lz4 and zstd files that show the latter). Prints the
counts a reader and each failure; exit 1 if any raised, hung or lost.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import random
import shutil
import sys
import tempfile
import zlib
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from warc_fuzz import captured, outcome
from warcio.archiveiterator import ArchiveIterator

from newsarchive import cli
from newsarchive.warc.encodings import zstd_module
from newsarchive.warc.frames import LZ4_MAGIC, ZSTD_MAGIC

CORPUS = Path("/work/shared/warc-corpus")  # ../shared/warc-corpus of the main checkout
READERS = ("extract", "index", "replay", "history", "recover")
WHOLE = 1 << 62  # "no damage place": a doubled record asks for everything


def variants(
    data: bytes, rng: random.Random, cuts: int, flips: int
) -> list[tuple[str, int, bytes]]:
    """(label, first damaged byte, bytes) of each damaged copy of `data`."""
    out: list[tuple[str, int, bytes]] = []
    for _ in range(cuts):
        at = rng.randrange(1, len(data))
        out.append((f"cut@{at}", at, data[:at]))
    for _ in range(flips):
        at = rng.randrange(len(data))
        flipped = bytearray(data)
        flipped[at] ^= 1 << rng.randrange(8)
        out.append((f"flip@{at}", at, bytes(flipped)))
    first = _first_record_end(data)
    if first:
        out.append(("doubled", WHOLE, data[:first] + data))
    at = rng.randrange(len(data) // 2, len(data))
    out.append((f"zeros@{at}", at, data[:at] + bytes(len(data) - at)))
    members = _member_starts(data)
    if len(members) > 1:
        at = members[rng.randrange(1, len(members))]
        broken = data[:at] + b"\x1f\x8c\x07" + data[at + 3 :]  # its magic and method damaged
        out.append((f"member@{at}", at, broken))
    return out


def _member_starts(data: bytes) -> list[int]:
    """Offsets of the gzip members of a file gzipped a member a record (none: not gzip)."""
    if data[:2] != b"\x1f\x8b":
        return []
    starts, at = [], 0
    while at < len(data) and data[at : at + 2] == b"\x1f\x8b":
        starts.append(at)
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            unpacker.decompress(data[at:])
        except zlib.error:
            break
        if not unpacker.eof:
            break
        at = len(data) - len(unpacker.unused_data)
    return starts


def _first_record_end(data: bytes) -> int:
    members = _member_starts(data)
    if len(members) > 1:
        return members[1]
    if data[:4] == b"WARC" or data[:8] == b"filedesc":  # plain: warcio says where it ends
        with contextlib.suppress(Exception):
            records = ArchiveIterator(io.BytesIO(data), arc2warc=True)
            for record in records:
                records.read_to_end(record)
                return int(records.get_record_offset() + records.get_record_length())
    return 0  # a framed or whole-gzip file: its first record's end is not sought here


def _items(out: Path) -> set[tuple[str, str, int | None]]:
    path = out / "i.jsonl"
    if not path.exists():
        return set()
    found = set()
    for line in path.read_text().splitlines():
        item = json.loads(line)
        found.add((item["url"], item.get("fetched_at") or "", item.get("warc_offset")))
    return found


def _cdxj(out: Path) -> set[tuple[str, int]]:
    path = out / "i.cdxj"
    if not path.exists():
        return set()
    found = set()
    for line in path.read_text().splitlines():
        key, stamp, fields = line.split(" ", 2)
        found.add((f"{key} {stamp}", int(json.loads(fields).get("offset", -1))))
    return found


def baseline(path: Path, work: Path) -> tuple[set, set, list[int]]:
    """The undamaged file's items and CDXJ lines, and its records' offsets (each record's end
    is taken as the next one's offset)."""
    out = Path(tempfile.mkdtemp(dir=work))
    with captured():
        cli.main(["extract", "--all-pages", str(path), "-o", str(out / "i.jsonl")])
        cli.main(["index", str(path), "--cdxj", str(out / "i.cdxj")])
    items, lines = _items(out), _cdxj(out)
    shutil.rmtree(out)
    offsets = sorted({o for _, _, o in items if o is not None} | {o for _, o in lines})
    return items, lines, offsets


def _ends(offsets: list[int], size: int) -> dict[int, int]:
    return {o: (offsets[i + 1] if i + 1 < len(offsets) else size) for i, o in enumerate(offsets)}


def lost_before(
    reader: str,
    out: Path,
    base: tuple[set, set, list[int]],
    size: int,
    damage: int,
    damaged_data: bytes = b"",
    original: bytes = b"",
) -> list[str]:
    """What of the undamaged file's read before `damage` this reader's output lacks."""
    items, lines, offsets = base
    ends = _ends(offsets, size)

    def before(offset: int | None) -> bool:
        if damage == WHOLE:
            return True
        return offset is not None and ends.get(offset, WHOLE) <= damage

    if reader == "extract":
        got = {(u, d) for u, d, _ in _items(out)}
        inside = framed_before(items, damaged_data, original) if damaged_data else set()
        return sorted(
            f"{u}" for u, d, o in items if (before(o) or u in inside) and (u, d) not in got
        )
    if reader == "index":
        got = {key for key, _ in _cdxj(out)}
        return sorted(key for key, o in lines if before(o) and key not in got)
    return []


def _unframe(data: bytes) -> bytes:
    """What the lz4 or zstd frames of `data` decompress to, as far as they go (a cut frame:
    its bytes before the cut); b"" for a file of neither."""
    if data[:4] == LZ4_MAGIC:
        new = importlib.import_module("lz4.frame").LZ4FrameDecompressor
    elif data[:4] == ZSTD_MAGIC and zstd_module() is not None:
        new = zstd_module().ZstdDecompressor  # type: ignore[union-attr]
    else:
        return b""
    out = bytearray()
    while data[:4] in (LZ4_MAGIC, ZSTD_MAGIC):
        unpacker = new()
        try:
            out += unpacker.decompress(data)
        except Exception:
            break
        if not unpacker.eof:
            break
        data = unpacker.unused_data or b""
    return bytes(out)


def framed_before(items: set, damaged: bytes, original: bytes) -> set[str]:
    """URLs of the items whose records lie wholly in what a cut lz4 or zstd file still
    decompresses to (a frame holding many records: none of them has an offset of its own)."""
    whole = _unframe(original)
    if not whole or not original.startswith(damaged):
        return set()
    left = len(_unframe(damaged))
    urls = {u for u, _, _ in items}
    found = set()
    with contextlib.suppress(Exception):
        records = ArchiveIterator(io.BytesIO(whole), arc2warc=True)
        for record in records:
            uri = record.rec_headers.get_header("WARC-Target-URI")
            records.read_to_end(record)
            end = records.get_record_offset() + records.get_record_length()
            page = record.rec_type in ("response", "resource")  # (a request comes first)
            if page and uri in urls and end + 4 <= left:  # its blank lines read too
                found.add(uri)
    return found


def run(path: Path, work: Path, rng: random.Random, args: argparse.Namespace, counts, failures):
    data = path.read_bytes()
    base = baseline(path, work)
    first_url = sorted(u for u, _, _ in base[0])[:1]
    for label, damage, damaged in variants(data, rng, args.cuts, args.flips):
        copy = work / f"{label}-{path.name}"
        copy.write_bytes(damaged)
        for reader in args.readers:
            out = Path(tempfile.mkdtemp(dir=work))
            result, text = _outcome(reader, copy, work, out, first_url)
            if result in ("handled", "named") and reader in ("extract", "index"):
                cut = damaged if label.startswith("cut@") else b""
                missing = lost_before(reader, out, base, len(data), damage, cut, data)
                if missing:
                    result, text = "lost", f"not read: {missing[:3]} ({len(missing)})\n{text}"
            shutil.rmtree(out, ignore_errors=True)
            counts[reader][result] += 1
            if result in ("raised", "hung", "lost", "odd"):
                last = (text.strip().splitlines() or ["(nothing said)"])[-1]
                failures.append(f"{reader} {copy.name}: {result}: {last[:300]}")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(copy, args.keep / copy.name)
                    (args.keep / f"{copy.name}.{reader}.txt").write_text(text)
        copy.unlink()


def _outcome(
    reader: str, copy: Path, work: Path, out: Path, first_url: list[str]
) -> tuple[str, str]:
    """warc_fuzz's outcome, with the reader's output kept in `out` (to be compared)."""
    import warc_fuzz

    made = {"extract": ["extract", "--all-pages", str(copy), "-o", str(out / "i.jsonl")],
            "index": ["index", str(copy), "--cdxj", str(out / "i.cdxj")]}  # fmt: skip
    if reader in made:
        argv = made[reader]
        saved = warc_fuzz.run_reader
        warc_fuzz.run_reader = lambda *_: lambda: cli.main(argv)  # type: ignore[assignment]
        try:
            return outcome(reader if reader != "extract" else "extract-kept", copy, work)
        finally:
            warc_fuzz.run_reader = saved
    if reader == "history" and first_url:
        argv = ["history", first_url[0], "--warc", str(copy), "--reextract"]
        saved = warc_fuzz.run_reader
        warc_fuzz.run_reader = lambda *_: lambda: cli.main(argv)  # type: ignore[assignment]
        try:
            return outcome(reader, copy, work)
        finally:
            warc_fuzz.run_reader = saved
    return outcome(reader, copy, work)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--cuts", type=int, default=10)
    parser.add_argument("--flips", type=int, default=5)
    parser.add_argument("--only", default="", help="files whose name holds this")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--keep", type=Path, help="folder to keep failing copies in")
    args = parser.parse_args()
    args.readers = args.readers.split(",")
    counts: dict[str, Counter[str]] = {reader: Counter() for reader in args.readers}
    failures: list[str] = []
    files = sorted(
        p for p in args.corpus.iterdir() if p.name != "README.md" and args.only in p.name
    )
    with tempfile.TemporaryDirectory(prefix="corpus-faults-") as scratch:
        for path in files:
            rng = random.Random(f"{args.seed}:{path.name}")
            run(path, Path(scratch), rng, args, counts, failures)
    copies = sum(counts[args.readers[0]].values())
    print(f"{len(files)} corpus files, {copies} damaged copies, seed {args.seed}")
    for reader in args.readers:
        c = counts[reader]
        print(f"  {reader:8} handled {c['handled']:4}  named {c['named']:4}  odd {c['odd']:3}  "
              f"lost {c['lost']:3}  hung {c['hung']:2}  raised {c['raised']:3}")  # fmt: skip
    for line in failures[:60]:
        print(f"  {line}")
    bad = any(c["raised"] or c["hung"] or c["lost"] for c in counts.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
