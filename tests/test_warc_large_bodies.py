"""A large (spooled) body is hashed, compressed and written off the reactor thread.

Written on the reactor thread, a 200 MB body held the whole crawl for as long as its
digests and its gzip member took: no other answer was read, archived or parsed. Now
it goes to the archive's own thread (into a file for large bodies, beside the current
one), and the answer waits for its record (LargeBodyMiddleware) while the crawl goes on.

The crawl (tests/plugins/large_write.py) asks for a small page only once the large
body's write has begun, and that write waits until the small page has been parsed:
on the reactor thread it never would be (the plugin's gate gives up, and the order of
events says so). No durations are measured.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import PROJECT, warcio_check


def run_plugin(
    out: Path, warc_dir: Path | None = None, plugin: str = "tests.plugins.large_write"
) -> dict[str, Any]:
    where = [str(warc_dir)] if warc_dir is not None else []
    done = subprocess.run(
        [sys.executable, "-m", plugin, str(out), *where],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["log"] = done.stderr
    return result


def records_of(path: Path) -> list[dict[str, Any]]:
    """Every record of a WARC file, its digests checked by warcio as it reads."""
    found = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, check_digests="raise")
        for record in records:
            payload = record.content_stream().read()
            found.append(
                {
                    "type": record.rec_type,
                    "uri": record.rec_headers.get_header("WARC-Target-URI") or "",
                    "id": record.rec_headers.get_header("WARC-Record-ID"),
                    "concurrent": record.rec_headers.get_header("WARC-Concurrent-To"),
                    "refers_to": record.rec_headers.get_header("WARC-Refers-To"),
                    "offset": records.get_record_offset(),
                    "sha1": hashlib.sha1(payload).hexdigest(),
                }
            )
    return found


def test_a_small_page_is_fetched_and_parsed_while_a_large_body_is_written(
    tmp_path: Path,
) -> None:
    result = run_plugin(tmp_path)
    events = result["events"]
    assert events == [
        "big write started",  # not "... on the reactor thread"
        "small asked",
        "small parsed",  # while the large body's write waited: the reactor was free
        "big write goes on",
        "big write finished",
        "big parsed",  # after its record was written: its item knows where it went
        "big again parsed",
    ], events
    assert result["stats"]["finish_reason"] == "finished"
    assert result["stats"]["warc/spooled"] == 2
    assert result["stats"]["warc/revisits"] == 1

    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert files and not list((tmp_path / "warc").glob("*.open"))
    warcio_check(files)
    by_file = {path.name: records_of(path) for path in files}
    every = [record for found in by_file.values() for record in found]
    big = [r for r in every if r["uri"].endswith("/big")]
    small = [r for r in every if r["uri"].endswith("/small")]
    assert [r["type"] for r in big] == ["response", "request"]
    again = [r for r in every if r["uri"].endswith("/big-again")]
    assert [r["type"] for r in again] == ["revisit", "request"]  # digest read in the thread
    assert again[0]["refers_to"] == big[0]["id"]
    assert [r["type"] for r in small] == ["response", "request"]
    assert big[0]["sha1"] == result["big_sha1"]  # the body as served, whole
    # each exchange's records together, response first, in one file
    for pair in (big, small, again):
        (name,) = {name for name, found in by_file.items() if pair[0] in found}
        found = by_file[name]
        at = found.index(pair[0])
        assert found[at + 1] == pair[1] and pair[1]["concurrent"] == pair[0]["id"]

    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    (big_item,) = [item for item in items if item["url"].endswith("/big")]
    assert big[0]["id"] in big_item["record"]  # the ref the answer waited for
    assert f"offset={big[0]['offset']}," in big_item["record"]


def test_a_crawl_with_a_large_body_logs_no_deprecation_warning(tmp_path: Path) -> None:
    """The WARC extension waits for the large bodies at spider_closed: by a coroutine. A
    handler returning a Deferred had Scrapy say, at the end of every crawl (large body or
    not), "WarcExtension.spider_closed returned a Deferred, this is deprecated"."""
    result = run_plugin(tmp_path)
    assert result["stats"]["finish_reason"] == "finished"
    assert "returned a Deferred" not in result["log"], result["log"][-3000:]
    assert "Warning" not in result["log"], result["log"][-3000:]


def test_a_large_body_its_spool_file_cannot_give_back_is_named_in_the_log(
    tmp_path: Path,
) -> None:
    """A read error in the archive's thread (EIO from the disk under the spool file) is not
    the WARC disk's: the page goes unarchived, and the log says which and why (before, an
    OSError there was taken for a write error the archive had said: not a word)."""
    result = run_plugin(tmp_path, plugin="tests.plugins.large_unreadable")
    stats, log = result["stats"], result["log"]
    assert stats["finish_reason"] == "finished", log[-3000:]
    assert stats["warc/unarchived"] == 2 and "warc/errors" not in stats
    lines = [line for line in log.splitlines() if "could not archive" in line]
    assert len(lines) == 2, log[-3000:]
    assert lines[0].endswith("/big: reading its body: [Errno 5] Input/output error"), lines
    assert lines[1].endswith("/big-again: reading its body: [Errno 5] Input/output error")
    assert "Traceback" not in log
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    uris = {r["uri"] for path in files for r in records_of(path)}
    assert not [uri for uri in uris if uri.endswith(("/big", "/big-again"))], uris


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs of the test's own (root only, as tests/test_full_disk_tmpfs.py)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the full-disk tests run as root in CI)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        for _ in range(60):
            if subprocess.run(["umount", str(disk)], capture_output=True).returncode == 0:
                break
            time.sleep(0.5)
        else:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_a_large_body_the_disk_refuses_stops_the_crawl_and_leaves_whole_members(
    tmp_path: Path, small_disk: Path
) -> None:
    """Written in the archive's thread, a full disk is what it was on the reactor thread:
    the crawl stops (`warc_write_error`), the large-body file is cut back to its last whole
    group (its warcinfo) and left `.open` for `recover`, and the other file is whole."""
    result = run_plugin(tmp_path, small_disk)
    stats = result["stats"]
    assert stats["finish_reason"] == "warc_write_error", result["log"][-3000:]
    assert stats["warc/errors"] == 1 and stats["warc/unarchived"] >= 1
    assert "No space left on device (ENOSPC)" in stats["warc/write_error"]
    assert "Traceback" not in result["log"]
    (left,) = small_disk.glob("*.warc.gz.open")
    assert [r["type"] for r in records_of(left)] == ["warcinfo"]
    closed = sorted(small_disk.glob("*.warc.gz"))
    small = [r for path in closed for r in records_of(path) if r["uri"].endswith("/small")]
    assert [r["type"] for r in small] == ["response", "request"]
    assert not list(small_disk.glob(".*.creating"))
