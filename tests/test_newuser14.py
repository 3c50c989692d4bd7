"""What a new user met following the README on the demo site (session 14).

Each test is one thing that went wrong: a run report only its owner could read, an
empty `-s WARC_DIR=` that archived into the checkout's `warc/` without a word, a
`check` that said robots.txt was "ok" when a crawl would read it as 'Disallow: /'
(and when it was not fetched: test_health_check asks that, default and "disallow"),
`extract --input` given a folder said "no such file", and `history --replay 8080` made
links that lead nowhere.
"""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl, run_scrapy_here

LOCAL = ("-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0")


@pytest.fixture(scope="module")
def small_crawl(demo_site: Any, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    """One short demo crawl, shared by the module's tests."""
    args = {"base_url": demo_site.base_url, "sections": "politics", "max_articles": "2"}
    return run_crawl("demo", args, {}, tmp_path_factory.mktemp("newuser14"))


def newsarchive(*args: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", *args]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_run_report_gets_the_mode_the_other_outputs_get(small_crawl: CrawlResult) -> None:
    """It was 0600 (a temporary file's mode) beside 0644 WARCs and items: a web server or
    a colleague reading the reports folder could read everything but the reports."""
    reports = sorted((small_crawl.out_dir / "reports").glob("*.json"))
    assert len(reports) == 1
    mode = stat.S_IMODE(reports[0].stat().st_mode)
    warc_mode = stat.S_IMODE(small_crawl.warc_files()[0].stat().st_mode)
    assert mode == warc_mode == 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_an_empty_warc_dir_is_a_wrong_setting_not_the_default(tmp_path: Path) -> None:
    """`-s WARC_DIR=$DIR` with DIR unset: the crawl went on into ./warc and exited 0."""
    before = set((PROJECT / "warc").iterdir()) if (PROJECT / "warc").is_dir() else set()
    command = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url=http://127.0.0.1:{free_port()}",
               "-s", "WARC_DIR=", "-s", "NETWORK_ALLOWED=127.0.0.1/32", *LOCAL]  # fmt: skip
    done = run_scrapy_here(command, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.splitlines()[-1] == (
        "scrapy crawl: setting WARC_DIR is empty; give the folder for the WARC files "
        "(default: warc) (exit status 2)"
    )
    assert "Traceback" not in done.stderr
    after = set((PROJECT / "warc").iterdir()) if (PROJECT / "warc").is_dir() else set()
    assert after == before


def free_port() -> int:
    """A port nothing listens on (bound and let go)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def robots_line(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith("robots.txt"))


class Unavailable(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def unavailable_origin() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Unavailable)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def test_check_fails_a_robots_txt_answered_503_as_the_crawl_reads_it(
    unavailable_origin: int,
) -> None:
    """A crawl reads a 5xx robots.txt as 'Disallow: /' and fetches nothing; `check` said
    `ok    HTTP 503 ... every section page allowed`."""
    port = unavailable_origin
    done = newsarchive("check", "demo", "-a", f"base_url=http://127.0.0.1:{port}", "-a",
                       "sections=politics", "-s", f"NETWORK_ALLOWED=127.0.0.1:{port}",
                       "-s", "RETRY_TIMES=0", *LOCAL)  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert robots_line(done.stdout) == (
        "robots.txt  FAIL  HTTP 503: a crawl reads it as 'Disallow: /' (RFC 9309) and fetches "
        "nothing of the site"
    )


def test_extract_input_given_a_folder_reads_it_as_archives(tmp_path: Path) -> None:
    """A folder given to --input is read as `extract FOLDER` would (session 15; it said
    'is a folder; give a JSON Lines file'): one holding no archive is a wrong input, 2."""
    done = newsarchive("extract", "--input", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"extract: no WARC or ARC files in {tmp_path} (names with .warc or .arc in them, "
        "subfolders searched); give archive files or folders holding them, or --input with a "
        "JSON Lines list of pages"
    )


@pytest.mark.parametrize("given", ["8080", "notaurl", "127.0.0.1:8080/newsarchive"])
def test_history_replay_must_be_a_url(given: str, tmp_path: Path) -> None:
    """A port or a bare name made every replay link a relative one that leads nowhere, exit 0."""
    done = newsarchive("history", "http://127.0.0.1/x", "--warc", str(tmp_path), "--replay", given)
    assert done.returncode == 2
    assert done.stderr.strip().endswith(
        "argument --replay: must be an http:// or https:// URL such as "
        f"http://127.0.0.1:8080/newsarchive, got {given!r} (see --help)"
    )


@pytest.mark.parametrize("where", ["missing", "file"])
def test_a_spool_folder_that_takes_no_file_is_a_wrong_setting(where: str, tmp_path: Path) -> None:
    """Found at the first body past DOWNLOAD_SPOOL_SIZE, it was that body "cut short on
    every try", 64 KiB of 3 MiB archived, blamed on the server; the crawl exited 0."""
    spool = tmp_path / "spool"
    if where == "file":
        spool.write_text("")
    command = [sys.executable, "-m", "scrapy", "crawl", "demo", "-a", f"base_url=http://127.0.0.1:{free_port()}",
               "-s", "NETWORK_ALLOWED=127.0.0.1/32", "-s", f"WARC_DIR={tmp_path / 'warc'}",
               "-s", f"DOWNLOAD_SPOOL_DIR={spool}", *LOCAL]  # fmt: skip
    done = run_scrapy_here(command, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    why = "no such folder" if where == "missing" else "a file, not a folder"
    assert done.stderr.splitlines()[-1] == (
        f"scrapy crawl: setting DOWNLOAD_SPOOL_DIR={str(spool)!r}: bodies past "
        f"DOWNLOAD_SPOOL_SIZE cannot be kept there ({why}); give a folder that takes files "
        "(exit status 2)"
    )
    assert not (tmp_path / "warc").exists() or not any((tmp_path / "warc").iterdir())
