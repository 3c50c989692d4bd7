"""The commands given what a new user gives them by mistake: an empty file, a folder where a
file is expected, a WARC cut inside a record, a `.gz` that is no gzip, a path with spaces and
bytes that are no UTF-8, an output that is a full device. Each is one line and a nonzero exit
(or a named, counted skip), never a traceback, and an output already there is left as it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.plugins.cli_here import newsarchive_here
from tests.test_foreign_archives import Archive

PROJECT = Path(__file__).resolve().parents[1]
EARLIER = b"an earlier run's output\n"


def _warc() -> bytes:
    archive = Archive("WARC/1.1")
    for n in range(3):
        body = f"<html><head><title>Page {n}</title></head><body><p>{'text ' * 200}</p>"
        archive.response(f"/p{n}", f"2026-04-01T10:00:0{n}Z", f"{body}</body></html>".encode())
    return archive.buffer.getvalue()


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command in this process (tests/plugins/cli_here.py): what it reads and says."""
    return newsarchive_here(*args)


def _run_process(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command as a process of its own: names given as a shell gives them, in bytes."""
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *map(str, args)], cwd=PROJECT,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    data = _warc()
    made = {
        "empty": folder / "empty.warc.gz",
        "folder": folder / "folder.warc.gz",
        "not gzip": folder / "plain.warc.gz",
        "cut in a record": folder / "cut.warc.gz",
    }
    made["empty"].write_bytes(b"")
    made["folder"].mkdir()
    made["not gzip"].write_text("this is not gzip\n")
    made["cut in a record"].write_bytes(data[: len(data) - 150])  # inside the last member
    return made


@pytest.mark.parametrize("kind", ["empty", "folder", "not gzip", "cut in a record"])
@pytest.mark.parametrize("command", ["extract", "index"])
def test_a_bad_input_is_named_and_an_earlier_output_kept(
    tmp_path: Path, kind: str, command: str
) -> None:
    given = _inputs(tmp_path / "in")[kind]
    output = tmp_path / ("items.jsonl" if command == "extract" else "index.cdxj")
    output.write_bytes(EARLIER)
    option = "-o" if command == "extract" else "--cdxj"
    done = _run(command, given, option, output)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (2, 3), done.stderr  # refused, or done with a counted skip
    if done.returncode == 2:  # nothing done: the earlier output as it was
        assert output.read_bytes() == EARLIER
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    else:  # the file's name, and the skip on the last line
        assert str(given) in done.stderr
        assert "skipped: 1 file unreadable" in done.stderr.strip().splitlines()[-1]
    assert not list(tmp_path.glob(f".{output.name}*"))  # no hidden partial file left


def test_recompress_of_bad_inputs_says_there_is_nothing_it_can_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _inputs(folder)
    done = _run("recompress", folder)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 1
    assert done.stderr.strip() == f"recompress: no lz4, zstd or whole-gzip WARC in {folder}"
    assert sorted(p.name for p in folder.iterdir()) == [
        "cut.warc.gz", "empty.warc.gz", "folder.warc.gz", "plain.warc.gz",
    ]  # fmt: skip


def test_paths_with_spaces_and_bytes_that_are_no_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "my archive"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9 crawl.warc.gz")  # Latin-1 bytes: no UTF-8 name
    warc = folder / name
    warc.write_bytes(_warc())
    items = folder / os.fsdecode(b"items \xff.jsonl")
    done = _run_process("extract", warc, "-o", items)
    assert done.returncode == 0, done.stderr
    assert len(items.read_text(encoding="utf-8").splitlines()) == 3
    cdxj, wacz = folder / "the index.cdxj", folder / "the package.wacz"
    done = _run_process("index", folder, "--cdxj", cdxj, "--wacz", wacz)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert len(cdxj.read_text(encoding="utf-8").splitlines()) == 3
    assert wacz.stat().st_size > 0


@pytest.mark.parametrize("command", ["extract", "index"])
def test_an_output_that_is_a_full_device_is_named(tmp_path: Path, command: str) -> None:
    """`-o /dev/full` (written in place, not renamed onto): the error named no file."""
    warc = tmp_path / "a.warc.gz"
    warc.write_bytes(_warc())
    option = "-o" if command == "extract" else "--cdxj"
    done = _run(command, warc, option, "/dev/full")
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        f"{command}: No space left on device (ENOSPC): /dev/full"
    )
