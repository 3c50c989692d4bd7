"""A temporary folder too full for the copies `index` (and `replay`, which indexes) keeps of a
large record is the run's failure, one line naming the folder, exit 1: not damage of the WARC.

`index` spools each record's body (past 1 MiB in memory) to a temporary file to take its
digest, and cdxj-indexer spools it again (past 64 KiB). A write there failing (a full
/tmp; here RLIMIT_FSIZE) was caught as the WARC's read error: the record named `2001023
bytes that start no record (junk, or a damaged record)`, the index written without it (and
without the page after it), exit 3, as if the archive were broken.
"""

from __future__ import annotations

import random
import re
import resource
import signal
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.commands.index import JOINED_NAME
from tests.test_foreign_archives import PYWB
from tests.test_segment_orphans import _segments
from tests.test_segments_spool_full import _run as spilling

PROJECT = Path(__file__).resolve().parents[1]
SITE = "http://reservoir.news.test"
LIMIT = 100_000  # bytes any one file of the run may have: the 2 MB clip's spool passes it


def _archive(path: Path) -> None:
    page = b"<html><title>Reservoir</title><p>" + b"The reservoir rose. " * 50 + b"</p></html>"
    clip = random.Random(21).randbytes(2_000_000)  # gzip cannot shrink it under the limit
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, body, kind in ((f"{SITE}/a", page, "text/html"),
                                (f"{SITE}/clip.mp4", clip, "video/mp4"),
                                (f"{SITE}/b", page, "text/html")):  # fmt: skip
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", kind), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )  # fmt: skip
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=BytesIO(body), length=len(body), http_headers=http
            ))  # fmt: skip


def _run(*args: str, limit: int | None, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    def limited() -> None:
        if limit is not None:  # past it a write fails with EFBIG, as on a full disk
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, preexec_fn=limited, timeout=timeout,
    )  # fmt: skip


def _says_the_folder(stderr: str, command: str) -> None:
    assert "Traceback" not in stderr and "start no record" not in stderr, stderr
    assert "unreadable" not in stderr and "skipped" not in stderr, stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith(f"{command}: a temporary file could not be written"), last
    assert "File too large (EFBIG); free space there, or set TMPDIR" in last, last


def test_index_of_a_large_record_with_no_room_for_its_spool_fails_in_one_line(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "warcs"
    archive.mkdir()
    _archive(archive / "reservoir.warc.gz")
    cdxj = tmp_path / "index.cdxj"
    whole = _run("index", str(archive), "--cdxj", str(cdxj), limit=None)
    assert whole.returncode == 0, whole.stderr  # room for the spools: all three indexed
    assert len(cdxj.read_text(encoding="utf-8").splitlines()) == 3
    cdxj.unlink()
    full = _run("index", str(archive), "--cdxj", str(cdxj), limit=LIMIT)
    assert full.returncode == 1, full.stderr
    _says_the_folder(full.stderr, "index")
    assert not cdxj.exists()  # no index missing the records after the spool failed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warcs"]  # no partial file left


def test_replay_of_a_large_record_with_no_room_for_its_spool_fails_in_one_line(
    tmp_path: Path,
) -> None:
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    warc = tmp_path / "reservoir.warc.gz"
    _archive(warc)
    root = tmp_path / "root"  # kept: what replay built can be looked at
    # (served, it would run until the timeout: pywb given an index without the clip)
    full = _run("replay", str(warc), "--root", str(root), limit=LIMIT, timeout=120)
    assert full.returncode == 1, full.stderr
    _says_the_folder(full.stderr, "replay")
    assert "replay: open http" not in full.stdout  # pywb never started on a partial index


def test_a_joined_copy_with_no_room_in_the_temporary_folder_is_named(tmp_path: Path) -> None:
    """`index --wacz` writes the records split in segments joined to a temporary file (and
    `replay` its copies to its scratch folder there): its write failing said `index: No space
    left on device`, naming no file; then `index: File too large (EFBIG): <the temporary
    file>`, unlike the package's other copies (tests/test_wacz_copies_full.py): now as
    theirs, no WACZ written, the user's file it copies, the temporary file, the remedy."""
    parts, _ = _segments()
    archive = tmp_path / "warcs"
    archive.mkdir()
    (archive / "long.warc.gz").write_bytes(b"".join(parts))
    args = ("index", str(archive), "--cdxj", str(tmp_path / "i.cdxj"))
    whole = _run(*args, "--wacz", str(tmp_path / "whole.wacz"), limit=None)
    assert whole.returncode == 3, whole.stderr  # the first segment named, its joined copy packed
    full = _run(*args, "--wacz", str(tmp_path / "full.wacz"), limit=4_000)  # the copy is larger
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr, full.stderr
    last = full.stderr.strip().splitlines()[-1]
    copied = archive / "long.warc.gz"
    assert last.startswith(
        f"index: no WACZ written: the joined copy of the records split in segments in {copied}"
        " could not be written to the temporary file "
    ), last
    assert f"/{JOINED_NAME}: File too large (EFBIG); free space there, or set TMPDIR" in last
    # in the run's own scratch folder, named after it (`remove_killed_scratch`)
    folder = r"newsarchive-package-\d+-[0-9a-f]{8}-\w{8}"  # its pid and pid space
    assert re.search(rf" /\S+/{folder}/{JOINED_NAME}: ", last), last
    assert not (tmp_path / "full.wacz").exists()


@pytest.mark.parametrize("command", ["replay", "index --wacz", "extract -j 2"])
def test_segments_with_no_room_to_be_held_stop_the_other_joining_commands_in_one_line(
    tmp_path: Path, command: str
) -> None:
    """test_segments_spool_full's check for the other commands that join segments: `replay`
    (its copies), `index --wacz` (its joined copies) and `extract` with workers (the spool
    handed to the parent)."""
    if command == "replay" and not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    parts, _ = _segments()
    warc = tmp_path / "long.warc.gz"
    warc.write_bytes(b"".join(parts))
    args = {
        "replay": ("replay", str(warc), "--root", str(tmp_path / "root")),
        "index --wacz": ("index", str(warc), "--cdxj", str(tmp_path / "i.cdxj"),
                         "--wacz", str(tmp_path / "p.wacz")),
        "extract -j 2": ("extract", "--all-pages", str(warc), "-o", str(tmp_path / "i.jsonl"),
                         "-j", "2"),
    }[command]  # fmt: skip
    full = spilling(*args, limit=10_000)  # (served, replay would run until the timeout)
    assert full.returncode == 1, full.stderr
    assert "Traceback" not in full.stderr and "unreadable" not in full.stderr, full.stderr
    last = full.stderr.strip().splitlines()[-1]
    name = command.split()[0]
    assert last.startswith(f"{name}: the segments held for joining could not be written"), last
    assert "File too large (EFBIG); free space there, or set TMPDIR" in last, last
    assert not (tmp_path / "p.wacz").exists() and not (tmp_path / "i.jsonl").exists()
