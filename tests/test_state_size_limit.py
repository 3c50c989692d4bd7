"""A crawl run under a file size limit (`ulimit -f`, a systemd `LimitFSIZE=`) that the crawl
state cannot grow past: SQLite says only "disk I/O error".

Said at the start, it was "the crawl state ... cannot be read (disk I/O error); move it aside
to start afresh (every article is then fetched and exported again)": the file is whole, and
moving it aside loses the crawl's history. Mid-run it was "disk I/O error" with no word of
the limit, and the next run under it stops at the same place. Real crawls of a local site,
each in a shell that set the limit.
"""

from __future__ import annotations

import shlex
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest

PROJECT = Path(__file__).resolve().parents[1]
PAGES = {
    "/": b'<html><head><title>Quay</title></head><body><a href="/a">a</a><a href="/b">b</a>'
    b"<p>Tides today.</p></body></html>",
    "/a": b"<html><head><title>Ferry late</title></head><body><p>The ferry came late.</p>"
    b"</body></html>",
    "/b": b"<html><head><title>Nets mended</title></head><body><p>Nets were mended.</p>"
    b"</body></html>",
}


class _Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path, b"")
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _crawl(site: str, folder: Path, limit_kib: int | None) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl follow` of the site, in a shell that set `ulimit -f` first."""
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=1", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={folder / 'warc'}", "-s", f"STATE_PATH={folder / 's.sqlite'}"),
        *("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0", "-L", "WARNING"),
    ]
    limit = f"ulimit -f {limit_kib}; " if limit_kib is not None else ""
    shell = f"{limit}exec {shlex.join(command)}"
    return subprocess.run(
        ["bash", "-c", shell], cwd=PROJECT, capture_output=True, text=True, timeout=180
    )


def _known(state: Path) -> int:
    with sqlite3.connect(state) as db:
        return int(db.execute("SELECT count(*) FROM captures").fetchone()[0])


def test_a_state_that_cannot_grow_under_the_limit_is_not_called_damaged(
    site: str, tmp_path: Path
) -> None:
    first = _crawl(site, tmp_path, None)
    assert first.returncode == 0, first.stderr
    known = _known(tmp_path / "s.sqlite")
    done = _crawl(site, tmp_path, 4)  # no page of its write-ahead log fits
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "move it aside" not in done.stderr, done.stderr
    # at its start (`the crawl state S cannot be written (...)`) or at its first commit,
    # as SQLite's pages fall: either way the limit and its remedy, never "damaged"
    assert "cannot be read" not in done.stderr, done.stderr
    assert "file size limit of 4,096 bytes (ulimit -f)" in last, last
    assert "raise the file size limit" in last, last
    assert _known(tmp_path / "s.sqlite") == known  # nothing of the history lost


def test_a_state_cut_by_the_limit_mid_run_names_the_limit(site: str, tmp_path: Path) -> None:
    done = _crawl(site, tmp_path, 64)
    assert done.returncode == 1, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert "the crawl state could not be written" in last, last
    assert "file size limit of 65,536 bytes (ulimit -f)" in last, last
    # the remedy after the file, and no "did not finish its job: finished (...)"
    assert f"(ulimit -f): {tmp_path / 's.sqlite'}; raise the file size limit" in last, last
    assert "its job: finished" not in last, last
