"""`extract --input LIST -j N` (a list of saved pages, from a file or standard input, each
page in a worker): a worker killed (out of memory, SIGKILL) ended the run in one line, exit 1,
but did not count what was lost, as `extract ARCHIVES -j N` counts its shards
(`...; 3 of its 12 tasks lost, with the lines their workers logged`). Now it does, for a
list read from a file or from standard input (`--input -`, which was refused: no such file),
and the count is of the whole list: the pages never handed out to a worker are lost too (they
were left out, so pages read + failed + lost fell short of the list's pages).

Real workers: the page extractor is swapped for one that kills its worker at one page
(forked workers inherit it), as tests/test_extract_jobs.py kills a shard's worker.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsarchive import cli, exitcodes
from newsarchive.commands import extract_jobs

PROJECT = Path(__file__).resolve().parents[1]
PAGES = 12
SITE = "http://weir.news.test"


def _listing(tmp_path: Path) -> str:
    lines = []
    for number in range(PAGES):
        page = tmp_path / f"{number}.html"
        page.write_text(f"<html><title>Story {number}</title><body><p>The weir {number}.</p>")
        lines.append(json.dumps({"url": f"{SITE}/news/{number}", "path": str(page)}) + "\n")
    return "".join(lines)


def _dies_at_five(self: extract_jobs.Choice, job: tuple[str | None, object]) -> object:
    if getattr(job[1], "url", "").endswith("/5"):
        os._exit(9)  # in the forked worker: a process killed mid-run
    return ORIGINAL(self, job)


ORIGINAL = extract_jobs.Choice.extract
LOST = re.compile(
    r"; (?P<lost>\d+) of the list's (?P<total>\d+) pages lost \((?P<read>\d+) read, "
    r"(?P<failed>\d+) failed\), with the lines their workers logged:"
)


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_worker_killed_on_a_listed_page_counts_the_tasks_lost(
    tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    text = _listing(tmp_path)
    if source == "file":
        (tmp_path / "pages.jsonl").write_text(text)
        given = str(tmp_path / "pages.jsonl")
    else:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
        given = "-"
    monkeypatch.setattr(extract_jobs.Choice, "extract", _dies_at_five)
    out = tmp_path / "items.jsonl"
    code = cli.main(["extract", "--input", given, "-j", "2", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == exitcodes.FAILED, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert "a worker process died" in last and "no -o file written" in last, last
    lost = LOST.search(last)
    assert lost is not None, last
    assert int(lost["lost"]) >= 1 and int(lost["total"]) == PAGES, last
    assert int(lost["read"]) + int(lost["failed"]) + int(lost["lost"]) == PAGES, last
    assert not out.exists()


def test_a_list_on_standard_input_is_read(tmp_path: Path) -> None:
    """`--input -`, paths as given (or from the working folder); a line that is no entry
    named as a list file's is, `<stdin>:LINE`."""
    text = _listing(tmp_path) + "not json\n"
    out = tmp_path / "items.jsonl"
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "newsarchive", "extract", "--input", "-", "-j", jobs,
             "-o", str(out)],
            cwd=PROJECT, input=text, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 3, done.stderr
        assert "Traceback" not in done.stderr
        assert f"<stdin>:{PAGES + 1}: record skipped: not JSON" in done.stderr, done.stderr
        urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
        assert urls == [f"{SITE}/news/{number}" for number in range(PAGES)]
        assert done.stderr.splitlines()[-1] == f"extract: {PAGES} items; skipped: 1 record skipped"


def _children(pid: int) -> set[int]:
    """The live or unreaped child processes of `pid` (its workers: forked, nothing else)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:  # a thread that ended as it was read
            continue
    return found


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert process.poll() is None, f"extract ended before {what}: {process.stderr}"
        assert time.monotonic() < deadline, f"no {what} in 120 s"
        time.sleep(0.05)


def test_a_worker_killed_counts_the_pages_never_handed_out(tmp_path: Path) -> None:
    """A worker SIGKILLed from outside while the parent waits on a page (a FIFO holding it
    back: the gate) breaks the pool; the pages after it were never handed out and are
    counted as lost, and the list's line that is no page is still named."""
    before, after = 20, 9  # 20: past the window of -j 2 (16 in flight): some read
    text = _listing(tmp_path)  # pages 0..11, then more, the FIFO among them
    for number in {*range(PAGES, before + 1 + after)} - {before}:
        (tmp_path / f"{number}.html").write_text(f"<html><title>Story {number}</title><p>W.")
    lines = [
        json.dumps({"url": f"{SITE}/news/{number}", "path": str(tmp_path / f"{number}.html")})
        for number in range(before + 1 + after)
    ]
    assert text.splitlines() == lines[:PAGES]
    gate = tmp_path / f"{before}.html"
    os.mkfifo(gate)
    listing = tmp_path / "pages.jsonl"
    listing.write_text("\n".join([*lines[: before + 1], "not json", *lines[before + 1 :]]) + "\n")
    out = tmp_path / "items.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "extract", "--input", str(listing), "-j", "2",
         "-o", str(out)],
        cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        writer: list[int] = []

        def gate_opened() -> bool:  # the parent reached the held page and opened it
            try:
                writer.append(os.open(gate, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # ENXIO: no reader yet
                return False
            return True

        _wait_for(gate_opened, process, "read of the held page")
        workers = _children(process.pid)
        assert workers, "no worker process while pages were in flight"
        os.kill(min(workers), signal.SIGKILL)  # a real worker, killed as the OOM killer does
        # the pool saw it die and ended its other workers: it is broken before the rest
        _wait_for(lambda: not _children(process.pid), process, "end of the workers")
        os.write(writer[0], b"<html><title>Held</title><p>The held page.")
        os.close(writer[0])
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    total = before + 1 + after
    assert process.returncode == exitcodes.FAILED, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    lost = LOST.search(last)
    assert lost is not None, err
    assert int(lost["total"]) == total, last  # was the pages handed out only: 21
    assert int(lost["read"]) + int(lost["failed"]) + int(lost["lost"]) == total, last
    assert int(lost["read"]) >= 1 and int(lost["lost"]) > after, last
    skipped = f"WARNING: {listing}:{before + 2}: record skipped: not JSON"
    assert any(line.startswith(skipped) for line in err.splitlines()), err
    assert not out.exists()


def test_a_list_entry_holding_a_line_separator_is_one_entry(tmp_path: Path) -> None:
    """JSON Lines parts entries at line feeds only: an entry whose text holds U+2028 unescaped
    (JSON allows it; `ensure_ascii=False` writes it) is one page, as `--input -` reads it.
    The list file was split at every Unicode line break: two halves named as no JSON, the
    page lost (exit 3)."""
    (tmp_path / "one.html").write_text("<html><title>Story one</title><p>Words.")
    entry = {"id": "one\u2028two", "url": f"{SITE}/news/one", "path": "one.html"}
    (tmp_path / "pages.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n")
    out = tmp_path / "items.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "extract", "--input", "pages.jsonl", "-o", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env={**os.environ,
        "PYTHONPATH": str(PROJECT)},
    )  # fmt: skip
    assert done.returncode == exitcodes.OK, done.stderr
    assert [json.loads(line)["url"] for line in out.read_text().split("\n") if line] == [
        f"{SITE}/news/one"
    ], done.stderr


def test_the_pages_never_handed_out_are_counted_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, caplog: pytest.LogCaptureFixture
) -> None:
    """When a worker dies, the list's pages never handed out are counted from its entries,
    not read: each was read and gunzipped to be counted (the whole rest of a long list), and
    one that did not gunzip was named a skip and left out of the count. With -j 2 at most
    16 pages are in flight, and the worker dies at page 5: pages 0-20 at most are handed
    out; pages 40-59 name gzip files that do not gunzip."""
    lines = []
    for number in range(60):
        page = tmp_path / f"{number}.html.gz"
        body = f"<html><title>Story {number}</title><body><p>The weir {number}.</p>".encode()
        page.write_bytes(gzip.compress(body) if number < 40 else b"\x1f\x8b no gzip stream")
        lines.append(json.dumps({"url": f"{SITE}/news/{number}", "path": str(page)}) + "\n")
    (tmp_path / "pages.jsonl").write_text("".join(lines))
    monkeypatch.setattr(extract_jobs.Choice, "extract", _dies_at_five)
    out = tmp_path / "items.jsonl"
    with caplog.at_level(logging.WARNING):
        code = cli.main(["extract", "--input", str(tmp_path / "pages.jsonl"), "-j", "2",
                         "-o", str(out)])  # fmt: skip
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert code == exitcodes.FAILED, last
    lost = LOST.search(last)
    assert lost is not None, last
    assert int(lost["total"]) == 60, last  # was 40: the 20 that do not gunzip named instead
    assert int(lost["read"]) + int(lost["failed"]) + int(lost["lost"]) == 60, last
    skipped = [r.getMessage() for r in caplog.records if "record skipped" in r.getMessage()]
    assert skipped == [], skipped  # none of them read
