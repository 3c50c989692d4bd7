"""A LOG_FILE on a full disk costs the log, said once: never Python's logging tracebacks,
and the crawl's WARC is archived and closed as ever.

/dev/full takes the open and refuses every write (ENOSPC), as a log disk that filled. It
was 7 "--- Logging error ---" tracebacks, then "the crawl could not start: OSError",
exit 1, nothing archived. A real `scrapy crawl` of a page served on loopback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive import settings as project_settings
from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]
PAGE = b"<html><head><title>Harbour cranes idle</title></head><body><p>Quiet day.</p></body></html>"


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGE if self.path == "/" else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_log_on_a_full_disk_is_one_line_and_the_warc_is_kept(site: str, tmp_path: Path) -> None:
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", "LOG_FILE=/dev/full"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0] == (
        "scrapy crawl: the log file '/dev/full' cannot be written (No space left on device "
        "(ENOSPC)): its lines are lost from here on; the crawl goes on"
    ), lines
    assert len(lines) == 2, lines
    assert done.returncode == 1, done.stderr
    assert lines[1].endswith(
        "log LOG_FILE='/dev/full' could not be written (No space left on device (ENOSPC)): "
        "log lines were lost (exit status 1)"
    ), lines[1]
    warcs = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert warcs and not list((tmp_path / "warc").glob("*.open")), list(
        (tmp_path / "warc").iterdir()
    )
    with warcs[0].open("rb") as stream:
        bodies = [
            record.content_stream().read()
            for record in ArchiveIterator(stream)
            if record.rec_type == "response"
            and record.rec_headers.get_header("WARC-Target-URI") == f"http://{site}/"
        ]
    assert bodies == [PAGE]


def test_a_refusal_with_a_log_on_a_full_disk_is_its_one_line(tmp_path: Path) -> None:
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "demo", "-a", "base_url=http://127.0.0.1:9"),
        *("-a", "sectons=us", "-s", "LOG_FILE=/dev/full", "-s", f"WARC_DIR={tmp_path / 'w'}"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown spider argument(s) sectons" in lines[0], lines


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "logs"
    disk.mkdir()
    assert os.geteuid() == 0, "mounting a tmpfs needs root (CI runs these tests as root)"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    assert mounted.returncode == 0, mounted.stderr
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_log_disk_filling_mid_run_keeps_the_warc(
    site: str, tmp_path: Path, small_disk: Path
) -> None:
    """The start's lines fit in 4 KB, the rest do not: the log fills as the crawl runs."""
    log = small_disk / "crawl.log"
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", f"LOG_FILE={log}"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 2 and "(ENOSPC)): its lines are lost from here on" in lines[0], lines
    assert "Scrapy" in log.read_text(encoding="utf-8")  # its first lines are kept
    warcs = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert len(warcs) == 1 and not list((tmp_path / "warc").glob("*.open"))
    with warcs[0].open("rb") as stream:
        kinds = [record.rec_type for record in ArchiveIterator(stream)]
    assert "response" in kinds


def test_a_file_handler_of_the_program_s_own_is_not_taken_for_the_log_file(
    site: str, tmp_path: Path
) -> None:
    """The guard patched `logging.FileHandler` for the whole process: an extension's own log
    on a full disk was said to be LOG_FILE's (`the log file '/dev/full' cannot be written`),
    and the run exited 1 saying `LOG_FILE='.../crawl.log' could not be written`, of a log
    that took every line."""
    log = tmp_path / "crawl.log"
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.own_log.OwnLog": 0}
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", f"LOG_FILE={log}", "-s", "OWN_LOG_FILE=/dev/full"),
        *("-s", f"EXTENSIONS={json.dumps(extensions)}"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "cannot be written" not in done.stderr, done.stderr
    assert "Spider closed (finished)" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("spider", "absent", "present"),
    [
        # LOG_LEVEL=WARNING: the log holds no INFO line (it held every one, at the -s level)
        ("quiet_follow", "INFO", ""),
        # LOG_FORMAT: each line in the spider's format
        ("formatted_follow", "] INFO: ", "OWNFORMAT INFO Spider closed (finished)"),
    ],
)
def test_a_spider_s_own_log_settings_apply_to_the_log_file(
    spider: str, absent: str, present: str, site: str, tmp_path: Path
) -> None:
    """Scrapy makes its LOG_FILE handler anew from the crawler's settings (the spider's
    `custom_settings` among them); the guard's handler kept the command's, so a spider's
    LOG_LEVEL or LOG_FORMAT applied to stderr but not to LOG_FILE (a scrapyd job's log)."""
    log = tmp_path / "crawl.log"
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", f"LOG_FILE={log}", "-s", "SPIDER_MODULES=tests.plugins.log_settings_spiders"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert absent not in text, text[:3000]
    assert present in text, text[:3000]


def test_a_root_handler_turned_off_stays_off(site: str, tmp_path: Path) -> None:
    """`-s LOG_INSTALL_ROOT_HANDLER=0` (a program's logging of its own, set up elsewhere):
    Scrapy puts no handler on the root logger, LOG_FILE or not; the guard put its own there."""
    log = tmp_path / "crawl.log"
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", f"LOG_FILE={log}", "-s", "LOG_INSTALL_ROOT_HANDLER=0"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert done.returncode == 0, done.stderr
    assert "Spider closed" not in (log.read_text(encoding="utf-8") if log.exists() else "")


def test_a_spider_s_own_log_file_is_guarded_too(site: str, tmp_path: Path) -> None:
    """LOG_FILE in a spider's `custom_settings` alone (none given to the command): Scrapy's
    plain FileHandler wrote it, so a full disk was a "--- Logging error ---" traceback a line
    and the run exited 0 as if its log were whole."""
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "full_log_follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", "SPIDER_MODULES=tests.plugins.log_settings_spiders"),
    ]
    done = run_scrapy_here(command, timeout=180)
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[0] == (
        "scrapy crawl: the log file '/dev/full' cannot be written (No space left on device "
        "(ENOSPC)): its lines are lost from here on; the crawl goes on"
    ), lines
    assert done.returncode == 1, done.stderr
    assert lines[-1].endswith("log lines were lost (exit status 1)"), lines
    assert sorted((tmp_path / "warc").glob("*.warc.gz")), list((tmp_path / "warc").iterdir())


def test_the_overridden_settings_line_names_only_the_user_s(site: str, tmp_path: Path) -> None:
    """The guard turns LOG_INSTALL_ROOT_HANDLER off to put its own handler in Scrapy's place:
    Scrapy's "Overridden settings" line listed it, a setting the user never gave. One the user
    gives (-s LOG_INSTALL_ROOT_HANDLER=1) is still listed."""
    log = tmp_path / "crawl.log"
    base = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url=http://{site}/"),
        *("-a", "depth=0", "-s", f"NETWORK_ALLOWED={site}", "-s", "ROBOTSTXT_OBEY=0"),
        *("-s", f"WARC_DIR={tmp_path / 'warc'}", "-s", f"STATE_PATH={tmp_path / 's.sqlite'}"),
        *("-s", f"LOG_FILE={log}"),
    ]
    done = run_scrapy_here(base, timeout=180)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert "Overridden settings" in text and "'LOG_FILE'" in text, text[:3000]
    assert "LOG_INSTALL_ROOT_HANDLER" not in text, text[:3000]
    own = [*base, "-s", "LOG_INSTALL_ROOT_HANDLER=1"]  # given: listed as given
    done = run_scrapy_here(own, timeout=180)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert "'LOG_INSTALL_ROOT_HANDLER': '1'" in text, text[:3000]
