"""Stopping `replay` as a terminal's Ctrl-C does: SIGINT to its whole process group."""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_foreign_archives import PROJECT, PYWB
from tests.test_odd_records import SITE, _http, _page, _record

pytestmark = pytest.mark.pywb


def test_ctrl_c_stops_replay_and_pywb_without_a_traceback(tmp_path: Path) -> None:
    """Before, pywb got the SIGINT too and printed gevent's KeyboardInterrupt traceback
    (30 lines) under replay's output."""
    from tests.test_package import _wait_until_up

    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    (tmp_path / "one.warc").write_bytes(_record(f"{SITE}/p0", _http(_page("Page 0")), 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "replay", str(tmp_path / "one.warc")],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own group, as a shell gives a job
    )  # fmt: skip
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("replay: open http://127.0.0.1:"), first
        _wait_until_up(first.split()[2], process)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr, stderr


def test_the_next_replay_removes_the_folder_of_one_killed_outright(tmp_path: Path) -> None:
    """`kill -9` of `replay` reaches no handler: its scratch folder (pywb's collection, its
    index, links to the archive) stayed in the temporary folder for good. The next
    `replay` removes it, named with its bytes, and leaves the archive and a running
    replay's folder alone."""
    from tests.test_package import _wait_until_up

    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    archive, tmp = tmp_path / "one.warc", tmp_path / "tmp"
    archive.write_bytes(_record(f"{SITE}/p0", _http(_page("Page 0")), 0))
    tmp.mkdir()

    def start() -> tuple[subprocess.Popen[str], str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsarchive", "replay", str(archive)],
            cwd=PROJECT, env={**os.environ, "TMPDIR": str(tmp)}, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        )  # fmt: skip
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("replay: open http://127.0.0.1:"), first
        _wait_until_up(first.split()[2], process)
        return process, first.split()[2]

    killed, _ = start()
    try:
        (scratch,) = list(tmp.iterdir())
        os.kill(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
        assert scratch.is_dir()  # what it left
        again, _ = start()
        try:
            assert not scratch.exists(), "the killed replay's folder is still there"
            assert len(list(tmp.iterdir())) == 1  # its own
            os.kill(again.pid, signal.SIGTERM)
            _, stderr = again.communicate(timeout=60)
        finally:
            if again.poll() is None:
                os.killpg(again.pid, signal.SIGKILL)
                again.wait()
    finally:
        if killed.poll() is None:
            os.killpg(killed.pid, signal.SIGKILL)
            killed.wait()
    assert again.returncode == 0, stderr
    assert f"removed 1 scratch folder of replays that were killed ({scratch}; " in stderr, stderr
    assert " bytes)" in stderr and archive.exists() and not list(tmp.iterdir())


SERVE_THEN_GO_ON = """
import os, signal, sys, threading, urllib.error, urllib.request
from newsarchive.cli import main

def stop_when_up():  # SIGTERM once pywb answers, as a service manager stops it
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[2]}/", timeout=5)
        except urllib.error.HTTPError:
            pass
        except OSError:
            continue
        break
    os.kill(os.getpid(), signal.SIGTERM)

threading.Thread(target=stop_when_up, daemon=True).start()
code = main(["replay", "--port", sys.argv[2], sys.argv[1]])
print("replay", code, "SIGTERM default again:", signal.getsignal(signal.SIGTERM) is signal.SIG_DFL)
fds = []
for fd in os.listdir("/proc/self/fd"):
    try:
        fds.append(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:  # listdir's own, closed since
        pass
print("held:", [fd for fd in fds if "newsarchive-replay-" in fd])
"""


def test_a_program_calling_replay_gets_its_sigterm_back(tmp_path: Path) -> None:
    """`replay` takes SIGTERM over to stop pywb; a program calling `cli.main` had its SIGTERM
    left on replay's handler after `replay` returned: a later SIGTERM no longer ended it. And
    it kept the lock of replay's deleted scratch folder open, a descriptor each replay."""
    from newsarchive.commands.replay import free_port

    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    (tmp_path / "one.warc").write_bytes(_record(f"{SITE}/p0", _http(_page("Page 0")), 0))
    done = subprocess.run(
        [sys.executable, "-c", SERVE_THEN_GO_ON, str(tmp_path / "one.warc"), str(free_port())],
        cwd=PROJECT, capture_output=True, text=True, timeout=120, start_new_session=True,
    )  # fmt: skip
    assert "replay 0 SIGTERM default again: True" in done.stdout, done.stdout + done.stderr
    # nor a descriptor of its deleted scratch folder's lock file, one more each replay
    assert "held: []" in done.stdout.splitlines(), done.stdout


def _full_pipe() -> tuple[int, int]:
    """A pipe whose buffer is full: a write to it blocks until the other end reads."""
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, 1031, 4096)  # F_SETPIPE_SZ: one page to fill
    flags = fcntl.fcntl(write_end, fcntl.F_GETFL)
    fcntl.fcntl(write_end, fcntl.F_SETFL, flags | os.O_NONBLOCK)
    with contextlib.suppress(BlockingIOError):
        while True:
            os.write(write_end, b"-" * 512)
    fcntl.fcntl(write_end, fcntl.F_SETFL, flags)
    return read_end, write_end


def test_a_sigterm_as_replay_says_open_removes_its_scratch_folder(tmp_path: Path) -> None:
    """SIGTERM between "replay: open ..." and pywb's start: the handler that stops pywb was
    installed only once pywb ran, so the signal ended `replay` at once (status -15) and its
    scratch folder stayed until the next replay. The moment is held still: its stdout is a
    full pipe, so `replay` waits in the write of its "open" line when the signal comes."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    archive, tmp = tmp_path / "one.warc", tmp_path / "tmp"
    archive.write_bytes(_record(f"{SITE}/p0", _http(_page("Page 0")), 0))
    tmp.mkdir()
    read_end, write_end = _full_pipe()
    with (tmp_path / "stderr").open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsarchive", "replay", str(archive)],
            cwd=PROJECT, env={**os.environ, "TMPDIR": str(tmp)}, stdout=write_end,
            stderr=stderr, start_new_session=True,
        )  # fmt: skip
    os.close(write_end)
    try:
        while "pipe_write" not in Path(f"/proc/{process.pid}/wchan").read_text():
            assert process.poll() is None, (tmp_path / "stderr").read_text()
            time.sleep(0.05)  # (waiting for the moment, not timing it)
        os.kill(process.pid, signal.SIGTERM)
        with os.fdopen(read_end, "rb") as said:
            out = said.read().lstrip(b"-").decode()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert out.startswith("replay: open http://127.0.0.1:"), out
    assert process.returncode == 0, (tmp_path / "stderr").read_text()  # before: -15
    assert not list(tmp.iterdir())  # before: its scratch folder


def test_an_archive_read_whole_with_nothing_to_serve_is_not_named_unreadable(
    tmp_path: Path,
) -> None:
    """A WARC read without a fault whose records are none that replay serves (a warcinfo
    and a request): it was 'nothing in X could be read', as if it were damaged."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    archive = tmp_path / "requests.warc"
    with archive.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warcinfo_record("requests.warc", {"software": "x"}))
        request = StatusAndHeaders(
            "GET /p0 HTTP/1.1", [("Host", "old.news.test")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record(f"{SITE}/p0", "request", http_headers=request)
        )
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "replay", str(archive)],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(tmp_path)}, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    said = done.stderr.strip().splitlines()
    assert said == [
        f"replay: nothing to replay in {archive}: its records were read whole, but none is a "
        "response, revisit, resource or metadata record (what replay serves)"
    ], said  # before: "nothing in ... could be read: nothing to replay"
