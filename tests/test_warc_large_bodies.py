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
import signal
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


def test_a_large_body_a_bug_left_unarchived_fails_the_run(tmp_path: Path) -> None:
    """An error that is no OSError in the archive's thread (a bug of ours) was logged and the
    page counted unarchived, but the run exited 0: cron saw a good run. Now it exits 1 and
    its last line says pages were not archived; an unreadable spool file (above) is no bug
    (a disk's error: a stat of its own)."""
    result = run_plugin(tmp_path, plugin="tests.plugins.large_bug")
    stats, log = result["stats"], result["log"]
    assert stats["finish_reason"] == "finished", log[-3000:]
    assert stats["warc/unarchived"] == 2 and "warc/errors" not in stats
    assert stats["warc/unarchived_by_error"] == 2
    lines = [line for line in log.splitlines() if "could not archive" in line]
    assert [line.rsplit("/", 1)[1] for line in lines] == ["big", "big-again"], log[-3000:]
    assert log.count("RuntimeError: a bug in the archive's thread") == 2
    code, reason = result["exit"]
    assert code == 1
    assert reason == (
        "the crawl did not finish its job: pages were not archived (an error in "
        "newsarchive: see the log) (though its spider closed as finished)"
    )


def test_an_unreadable_spool_file_fails_the_run(tmp_path: Path) -> None:
    """A page the crawl fetched but could not archive as the disk under its spool file
    failed (EIO) is lost as one a full spool or WARC disk refused, which exit 1: before,
    this one exited 0 (cron saw a good run)."""
    result = run_plugin(tmp_path, plugin="tests.plugins.large_unreadable")
    assert result["stats"]["warc/unarchived"] == 2
    assert result["stats"]["warc/unarchived_unread"] == 2
    assert "warc/unarchived_by_error" not in result["stats"]
    assert result["exit"] == [
        1,
        "the crawl did not finish its job: pages were not archived (their spooled"
        " bodies could not be read) (though its spider closed as finished)",
    ]


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


def test_large_bodies_queued_behind_a_failed_write_are_counted_unarchived_unread(
    tmp_path: Path, small_disk: Path
) -> None:
    """A second large body handed to the archive while the first one's write fails (a full
    disk) is counted unarchived (not dropped without a word), and is not read and hashed
    for nothing first: the archive had stopped writing (before, its thread hashed it)."""
    result = run_plugin(tmp_path, small_disk, plugin="tests.plugins.large_queued")
    stats = result["stats"]
    assert result["second_queued"], result["log"][-3000:]  # the precondition, by name
    assert len(result["handed"]) == 2
    assert stats["finish_reason"] == "warc_write_error", result["log"][-3000:]
    assert stats["warc/errors"] == 1 and stats["warc/unarchived"] == 2
    assert [url.rsplit("/", 1)[1] for url in result["hashed"]] == [
        result["handed"][0].rsplit("/", 1)[1]
    ]
    assert result["exit"][0] == 1
    assert "Traceback" not in result["log"]


def test_a_large_body_a_killed_run_wrote_is_a_revisit_in_the_next_run(tmp_path: Path) -> None:
    """SIGKILLed once the large body's records are in the large-body file and before its
    payload row reached the state (the plugin's archive thread stops there, the reactor
    never hears the write ended). The state named the current file only: the next run
    read back that file's rows, not the large-body file's, and wrote the same 24 MiB
    whole a second time. The state now names every file being written."""
    from tests.plugins.large_write import BIG, SMALL
    from tests.plugins.page_origin import page_origin

    warc, state = tmp_path / "warc", tmp_path / "state.sqlite"
    pages = {"/big": ("application/octet-stream", BIG), "/small": ("text/html", SMALL)}
    with page_origin(pages) as origin:
        command = [sys.executable, "-m", "tests.plugins.large_killed", origin]
        killed_out = tmp_path / "killed"
        with (tmp_path / "killed.log").open("wb") as log:
            killed = subprocess.Popen(
                [*command, str(killed_out), str(warc), str(state), "stall"],
                cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        try:
            while not (killed_out / "large-written").exists():
                assert killed.poll() is None, (tmp_path / "killed.log").read_text()[-3000:]
                time.sleep(0.05)
            killed.kill()
        finally:
            killed.kill()
            killed.wait(timeout=60)
        assert killed.returncode == -signal.SIGKILL
        left = {path.name: records_of(path) for path in sorted(warc.glob("*.warc.gz.open"))}
        first = [r for found in left.values() for r in found if r["uri"].endswith("/big")]
        assert [r["type"] for r in first] == ["response", "request"]  # the kill came after

        done = subprocess.run(
            [*command, str(tmp_path / "last"), str(warc), str(state)],
            cwd=PROJECT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    assert stats["finish_reason"] == "finished"
    assert stats.get("state/payloads_recovered", 0) >= 1, done.stderr[-3000:]
    files = sorted(warc.glob("*.warc.gz"))
    assert files and not list(warc.glob("*.open"))  # the killed run's closed at start-up
    every = [r for path in files for r in records_of(path)]
    big = [r for r in every if r["uri"].endswith("/big")]
    assert [r["type"] for r in big] == ["response", "request", "revisit", "request"]
    assert big[2]["refers_to"] == big[0]["id"]  # the killed run's record
    assert stats["warc/revisits"] == 2  # /small too (its row was in the current file)


def test_the_run_report_waits_for_a_large_body_still_written_at_close(tmp_path: Path) -> None:
    """A browser capture given up before its download's record was written: the crawl
    closes while the archive's thread still writes it. The report was written at once,
    before the WARC files were closed: it listed them `.open` and missed the large body's
    records. It now waits for the files (the write goes on only once every spider_closed
    receiver was called, the report's among them)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.plugins.large_closing", str(tmp_path)],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    events = json.loads(done.stdout.strip().splitlines()[-1])["events"]
    events.remove("big write started")  # hashed first: before or after the close
    assert events == [
        "captured, not waited for",
        "spider_closed receivers called",
        "big write goes on",
        "big write finished",
    ], events
    (path,) = (tmp_path / "reports").glob("*.json")
    report = json.loads(path.read_text())
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(files) == 2 and not list((tmp_path / "warc").glob("*.open"))
    assert report["warc"]["files"] == [p.name for p in files]
    records = {p.name: records_of(p) for p in files}
    assert report["warc"]["records"] == sum(len(found) for found in records.values())
    big = [r for found in records.values() for r in found if r["uri"].endswith("/download.bin")]
    assert [r["type"] for r in big] == ["response", "request"]
    assert "still_writing" not in report["warc"]
    assert f"large bodies still being archived ({big[0]['uri']}): the WARC files are" in done.stderr


def test_a_run_report_written_at_a_forced_stop_names_the_large_body_still_archived(
    tmp_path: Path,
) -> None:
    """Stopped outright (SIGTERM twice) while the report waits for a large body's write: the
    report is written as the process stops, naming the body (the write waits until a
    report is there: on main one was, before any of this, saying nothing of it)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.plugins.large_closing", str(tmp_path), "forced"],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert "forcing unclean shutdown" in done.stderr, done.stderr[-3000:]
    (path,) = (tmp_path / "reports").glob("*.json")
    report = json.loads(path.read_text())
    (url,) = report["warc"]["still_writing"]
    assert url.endswith("/download.bin")
    assert f"run report written while large bodies were still being archived ({url})" in (
        done.stderr
    )
