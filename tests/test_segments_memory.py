"""Memory held for joining records split in segments (WARC-Segment-Number), and who holds it.

A reader keeps each continuation record whose first segment it has not seen until the
batch's end (the first may be in a later file). Before: kept in memory, with no cap, so an
archive of 2 GiB of orphan continuations took 2.1 GB (`extract -j 2`: 4.1 GB, the workers'
copies pickled to the parent); and the batch's segments were kept on the caller's `Skips`,
left set there when the caller stopped reading early. Now: past `SPOOL_MEMORY` they go to
a temporary file, deleted when the reading ends, and the iterator owns them.
"""

from __future__ import annotations

import pickle
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from newsarchive.warc import segments
from newsarchive.warc.archives import Segments, Skips, read_records
from newsarchive.warc.framed import read_archive
from newsarchive.warc.reader import iter_html_pages, wanted
from tests.test_foreign_archives import PROJECT
from tests.test_odd_records import SITE
from tests.test_resync import _split_set

ORPHAN = (
    "WARC/1.0\r\nWARC-Type: continuation\r\n"
    "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012d}>\r\n"
    "WARC-Date: 2026-04-01T08:00:00Z\r\nWARC-Target-URI: {site}/big{n}\r\n"
    "WARC-Segment-Origin-ID: <urn:uuid:11111111-0000-4000-8000-{n:012d}>\r\n"
    "WARC-Segment-Number: 2\r\nContent-Length: {size}\r\n\r\n"
)


def _orphans(path: Path, count: int, size: int) -> None:
    """`count` continuation records of `size` bytes each, whose first segments are nowhere."""
    block = bytes(range(256)) * (size // 256)
    with path.open("wb") as out:
        for n in range(count):
            out.write(ORPHAN.format(n=n, site=SITE, size=len(block)).encode() + block)
            out.write(b"\r\n\r\n")


def test_orphan_continuations_are_named_within_a_memory_limit(tmp_path: Path) -> None:
    """320 MiB of continuations under a 200 MiB data limit. Before: MemoryError, a traceback
    (every continuation was held in memory until the last file was read)."""
    path = tmp_path / "orphans.warc"
    _orphans(path, 320, 1 << 20)
    limit = 200 << 20

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", "--all-pages",
         "-o", str(tmp_path / "items.jsonl"), str(path)],
        cwd=PROJECT, capture_output=True, text=True, timeout=300, preexec_fn=limited,
    )  # fmt: skip
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 3
    assert done.stderr.strip().splitlines()[-1] == "extract: 0 items; skipped: 320 records skipped"
    assert (
        f"{path}@0: record skipped: segment 2 of a record split in segments, whose first "
        "segment is in none of the files given"
    ) in done.stderr


def _spool_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("newsarchive-segments-"))


@pytest.fixture
def spooled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every segment held goes to the spool's file (none in memory), in a folder of its own."""
    folder = tmp_path / "spool"
    folder.mkdir()
    monkeypatch.setattr(segments, "SPOOL_MEMORY", 0)
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("order", ["in order", "last file first"])
def test_segments_held_in_the_spool_file_are_joined_and_it_is_deleted(
    order: str, spooled: Path, tmp_path: Path
) -> None:
    paths = _split_set(tmp_path, order)
    skips = Skips()
    urls = []
    for page in iter_html_pages(paths, skips):
        urls.append(page.url)
        if page.url == SITE + "/split":
            assert page.body.endswith(b"</html>") and b"word 5999" in page.body
            assert _spool_files(spooled), "the segments held were not in the spool's file"
    assert skips.count == 0
    assert urls[-1] == SITE + "/split" and len(urls) == 7
    assert _spool_files(spooled) == []


def test_a_caller_that_stops_early_leaves_nothing_held(spooled: Path, tmp_path: Path) -> None:
    """The segments are the iterator's: a caller passing its own `Skips` and stopping after
    one page leaves no segments on it (before: `skips.segments` stayed set, holding what was
    read, and a later read with those skips held an orphan continuation without a word)."""
    paths = _split_set(tmp_path, "last file first")  # segment 3 first: held for the end
    skips = Skips()
    pages = iter_html_pages(paths, skips)
    for page in pages:
        if page.url == f"{SITE}/p4":  # after segment 3 in its file
            break
    pages.close()
    assert _spool_files(spooled) == []
    assert getattr(skips, "segments", None) is None
    fresh = Skips()
    read = [[r.where for r in read_records(paths[0], used, wanted)] for used in (skips, fresh)]
    assert read[0] == read[1] and len(read[0]) == 3
    assert skips.records == fresh.records


def test_a_worker_hands_its_spooled_segments_to_the_parent(spooled: Path, tmp_path: Path) -> None:
    """`extract -j N`: each worker reads a file with segments of its own; what it holds is
    pickled to the parent (its spool's file by name), merged into the parent's spool and
    joined there; every spool file is deleted after."""
    first, second = _split_set(tmp_path, "in order")
    parent = Segments()
    list(read_archive(first, Skips(), wanted, parent))
    worker = Segments()
    assert [r.where for r in read_archive(second, Skips(), wanted, worker)]
    assert worker.rest and _spool_files(spooled)
    handed = pickle.loads(pickle.dumps(worker.portable()))
    parent.merge(handed)
    skips = Skips()
    [joined] = list(parent.joined(skips))
    assert skips.count == 0
    assert joined.payload.endswith(b"</html>") and b"word 5999" in joined.payload
    del worker, handed
    assert _spool_files(spooled) == []
