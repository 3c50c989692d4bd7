"""A crawl's WARC files over its life: `.open` while written, rotation, SIGKILL and recovery.

Real `scrapy crawl follow` processes against the demo site, slowed down (one
request at a time, a small delay) so the files can be watched while they grow.
"""

from __future__ import annotations

import io
import re
import resource
import signal
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.recover import recover_directory
from newsarchive.warc.writer import gzip_member
from tests.plugins.crawling import (
    PROJECT,
    RunningCrawl,
    crawl_command,
    parse_stats,
    run_crawl,
    start_crawl,
    warcio_check,
)

WARCIO = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "warcio"
SLOW = {"CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DOWNLOAD_DELAY": "0.02"}
NAME = re.compile(r"^newsarchive-\d{17}-\d{5}-\d+-[a-z0-9.-]+\.warc\.gz$")


def wait_until(condition: Any, crawl: RunningCrawl, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert crawl.process.poll() is None, f"crawl ended early:\n{crawl.log_path.read_text()}"
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.05)


def records(path: Path) -> list[Any]:
    with path.open("rb") as stream:
        return [
            (r.rec_type, r.rec_headers.get_header("WARC-Record-ID"), r.rec_headers)
            for r in ArchiveIterator(stream)
        ]


def readable_ids(data: bytes) -> list[str]:
    """Record ids warcio reads from `data` before it fails (the tail may be partial)."""
    ids = []
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            record.content_stream().read()
            ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    except Exception:  # a partial last record: what came before counts
        pass
    return ids


def test_open_while_running_and_rotation_between_groups(demo_site: Any, tmp_path: Path) -> None:
    settings = {**SLOW, "WARC_MAX_FILE_SIZE": "40000"}
    crawl = start_crawl(
        "follow", {"url": demo_site.base_url + "/", "depth": "1"}, settings, tmp_path
    )
    seen_open: set[str] = set()

    def open_file_seen() -> bool:
        seen_open.update(p.name for p in crawl.warc_dir.glob("*.warc.gz.open"))
        return len(seen_open) >= 2

    wait_until(open_file_seen, crawl)
    result = crawl.wait()
    assert result.returncode == 0 and result.stats["finish_reason"] == "finished"
    files = result.warc_files()
    assert not list(result.warc_dir.glob("*.open")) and not list(result.warc_dir.glob(".*"))
    assert {name.removesuffix(".open") for name in seen_open} <= {p.name for p in files}
    assert len(files) >= 3 and all(NAME.match(p.name) for p in files)
    assert result.stats["warc/files"] == len(files)
    warcio_check(files)
    for path in files:
        found = records(path)
        assert found[0][0] == "warcinfo"
        for position, (kind, record_id, _) in enumerate(found):
            if kind in ("response", "revisit"):  # its request follows in the same file
                next_kind, _, next_headers = found[position + 1]
                assert next_kind == "request"
                assert next_headers.get_header("WARC-Concurrent-To") == record_id
    sizes = [p.stat().st_size for p in files]
    assert all(size >= 40000 for size in sizes[:-1])  # rotated only once past the limit


def test_sigkill_mid_crawl_then_recovery_on_next_start(demo_site: Any, tmp_path: Path) -> None:
    settings = {**SLOW, "WARC_MAX_FILE_SIZE": "30000"}
    args = {"url": demo_site.base_url + "/", "depth": "3"}
    crawl = start_crawl("follow", args, settings, tmp_path / "first")
    warc_dir = crawl.warc_dir

    def two_closed_one_open() -> bool:
        closed = list(warc_dir.glob("*.warc.gz"))
        return len(closed) >= 2 and bool(list(warc_dir.glob("*.warc.gz.open")))

    def open_file_holds_a_record() -> bool:
        return any(readable_ids(p.read_bytes()) for p in warc_dir.glob("*.warc.gz.open"))

    while True:  # stopped first, so the kill cannot land between two files
        wait_until(two_closed_one_open, crawl)
        crawl.process.send_signal(signal.SIGSTOP)
        if open_file_holds_a_record():
            break
        crawl.process.send_signal(signal.SIGCONT)
    crawl.process.send_signal(signal.SIGKILL)
    assert crawl.process.wait(timeout=30) == -signal.SIGKILL

    closed = sorted(warc_dir.glob("*.warc.gz"))
    warcio_check(closed)  # every closed file is intact
    [left_open] = list(warc_dir.glob("*.warc.gz.open"))
    whole = readable_ids(left_open.read_bytes())
    assert len(whole) >= 1
    # make the kill land mid-record, as it can: half of a record's gzip member at the end
    partial = gzip_member(b"WARC/1.1\r\nWARC-Type: response\r\n" + b"y" * 4000, 6)
    with left_open.open("ab") as stream:
        stream.write(partial[: len(partial) // 2])

    again = run_crawl(
        "follow", {**args, "depth": "0"}, {"WARC_DIR": str(warc_dir)}, tmp_path / "second"
    )
    assert again.stats["warc/recovered_files"] == 1
    recovered = left_open.with_name(left_open.name.removesuffix(".open"))
    assert not list(warc_dir.glob("*.open"))
    kept = [record_id for _, record_id, _ in records(recovered)]
    assert kept in (whole, whole[:-1])  # the last one only if SIGKILL cut it
    warcio_check(sorted(warc_dir.glob("*.warc.gz")))


def test_write_failure_stops_the_crawl_and_leaves_a_recoverable_file(
    demo_site: Any, tmp_path: Path
) -> None:
    """A full disk, made real with RLIMIT_FSIZE: the crawl must stop, not go on unarchived."""
    limit = 150_000
    command = crawl_command("follow", {"url": demo_site.base_url + "/", "depth": "2"}, {}, tmp_path)

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    log_path = tmp_path / "crawl.log"
    with log_path.open("wb") as log:
        subprocess.run(
            command,
            cwd=PROJECT,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=limit_file_size,
            timeout=300,
        )
    log_text = log_path.read_text()
    stats = parse_stats(log_text)
    assert stats["finish_reason"] == "warc_write_error", log_text[-3000:]
    assert stats["warc/errors"] == 1
    assert "cannot write WARC records" in log_text
    assert len(list((tmp_path / "warc").glob("*.warc.gz.open"))) == 1
    [result] = recover_directory(tmp_path / "warc")
    assert result.path is not None and result.records >= 3
    warcio_check([result.path])


def test_two_crawls_share_a_warc_dir_without_touching_each_others_files(
    demo_site: Any, tmp_path: Path
) -> None:
    """A starting crawl recovers only dead crawls' files: a live one's `.open` is locked."""
    warc_dir = tmp_path / "warc"
    settings = {
        **SLOW,
        "WARC_DIR": str(warc_dir),
        "STATE_ENABLED": "0",  # the crawl state would (rightly) refuse a second run
        "WARC_DEDUP_INDEX": "newsarchive.warc.dedup.MemoryDedupIndex",
    }
    args = {"url": demo_site.base_url + "/", "depth": "1"}
    first = start_crawl("follow", args, settings, tmp_path / "first")
    wait_until(lambda: bool(list(warc_dir.glob("*.warc.gz.open"))), first)
    second = run_crawl("follow", args, settings, tmp_path / "second")
    done = first.wait()
    assert done.returncode == 0 and done.stats["finish_reason"] == "finished"
    assert "warc/recovered_files" not in second.stats
    files = sorted(warc_dir.glob("*.warc.gz"))
    assert len(files) == 2 and not list(warc_dir.glob("*.open"))
    warcio_check(files)


class CutShortHandler(BaseHTTPRequestHandler):
    """Promises 1000 bytes, sends 100, hangs up: what a dropped connection looks like."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        self.wfile.write(b"<html>" + b"x" * 94)
        self.wfile.flush()
        self.close_connection = True


@pytest.mark.parametrize("fail_on_dataloss", [False, True])
def test_response_cut_short(tmp_path: Path, fail_on_dataloss: bool) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), CutShortHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/cut"
        settings = {
            "DOWNLOAD_FAIL_ON_DATALOSS": str(fail_on_dataloss),
            "ROBOTSTXT_OBEY": "False",
            "RETRY_TIMES": "0",
        }
        result = start_crawl("follow", {"url": url, "depth": "0"}, settings, tmp_path).wait()
    finally:
        server.shutdown()
        server.server_close()
    # the start page never came whole: follow's run failed either way (not parsed)
    assert result.returncode == 1
    assert f"could not fetch the start URL {url}: " in result.log.strip().splitlines()[-1]
    found = [r for path in result.warc_files() for r in records(path) if r[0] == "response"]
    if fail_on_dataloss:  # Scrapy's way: the broken response is an error, not a page
        assert found == []
        return
    [(_, _, headers)] = found
    assert headers.get_header("WARC-Truncated") == "disconnect"
    with result.warc_files()[0].open("rb") as stream:
        response = next(r for r in ArchiveIterator(stream) if r.rec_type == "response")
        assert response.http_headers.get_header("Content-Length") == "100"
        assert response.http_headers.get_header("X-Archive-Orig-Content-Length") == "1000"
        assert response.raw_stream.read() == b"<html>" + b"x" * 94
