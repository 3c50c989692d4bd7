"""A real full disk: crawl outputs on a small tmpfs filled to a chosen point (root only).

Each test mounts its own tmpfs, fills it with a ballast file leaving N bytes free
(the smallest N that reaches the writer, not a moment in time), runs a real crawl
of the demo site and checks what the user is left with: exit 1, a last line naming
the full disk and the path, no traceback, every WARC's gzip members whole, and,
after the ballast is removed, a run that archives what was missed, once.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.changes.run import append_line
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl

PROJECT = Path(__file__).resolve().parents[1]

DISK_SIZE = "1m"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs of the test's own, unmounted at the end whatever happens."""
    disk = tmp_path / "disk"
    disk.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the full-disk tests run as root in CI)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(disk)],
        capture_output=True, text=True,
    )  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        for _ in range(60):  # a crawl's extraction workers may still hold a file open
            if subprocess.run(["umount", str(disk)], capture_output=True).returncode == 0:
                break
            time.sleep(0.5)
        else:
            subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def fill(disk: Path, free: int) -> Path:
    """Leave `free` bytes on the disk (tmpfs counts whole 4 KiB pages)."""
    stat = os.statvfs(disk)
    ballast = disk / "ballast"
    with ballast.open("wb") as stream:
        os.posix_fallocate(stream.fileno(), 0, stat.f_bavail * stat.f_frsize - free)
    return ballast


def places(tmp_path: Path, disk: Path, on_disk: str) -> dict[str, str]:
    """Settings putting one writer's output (`warc` or `state`) on the disk, the rest aside."""
    where = {name: (disk if name == on_disk else tmp_path / "aside") for name in ("warc", "state")}
    return {
        "WARC_DIR": str(where["warc"] / "warc"),
        "STATE_PATH": str(where["state"] / "state" / "%(site)s.sqlite"),
        "REPORT_DIR": str(tmp_path / "aside" / "reports"),
        "STATE_COMMIT_WRITES": "20",
    }


def crawl(site: DemoServer, settings: dict[str, str], out: Path) -> tuple[int, str, list[str]]:
    result = start_crawl("news", {"site": "demo", "base_url": site.base_url}, settings, out).wait(
        300
    )
    lines = [line for line in result.log.splitlines() if line.strip()]
    return result.returncode, result.log, lines


def torn_members(path: Path) -> str:
    """Where a gzip member does not end ("" if all are whole): warcio reads a torn last
    member as a short record without a word; gzip and pywb fail on it."""
    data = path.read_bytes()
    offset = 0
    while offset < len(data):
        inflater = zlib.decompressobj(31)
        inflater.decompress(data[offset:])
        if not inflater.eof:
            return f"a torn member at {offset} of {len(data)} bytes"
        offset = len(data) - len(inflater.unused_data)
    return ""


def exported(tmp_path: Path) -> Counter[str]:
    urls: Counter[str] = Counter()
    for path in tmp_path.glob("run*/items.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            urls[json.loads(line)["url"]] += 1
    return urls


def test_a_full_warc_disk_leaves_whole_members_and_names_the_file(
    small_demo_site: DemoServer, small_disk: Path, tmp_path: Path
) -> None:
    """40 KiB free: the warcinfo and some pages fit, then a record group is cut short.
    The writer left that group's first bytes in its `.open` file (a gzip member that does
    not end, read by warcio as a short record) and the last line said only "WARC records
    could not be written"."""
    settings = places(tmp_path, small_disk, "warc")
    ballast = fill(small_disk, 40 * 1024)
    code, log, lines = crawl(small_demo_site, settings, tmp_path / "run1")
    assert code == 1, log[-3000:]
    assert "Traceback" not in log
    opened = sorted((small_disk / "warc").glob("*.warc.gz.open"))
    assert len(opened) == 1, sorted(p.name for p in (small_disk / "warc").iterdir())
    assert torn_members(opened[0]) == ""
    assert lines[-1].startswith("scrapy crawl: the crawl did not finish its job: warc_write_error")
    assert f"No space left on device (ENOSPC): {opened[0]}" in lines[-1], lines[-1]
    ballast.unlink()
    code, log, lines = crawl(small_demo_site, settings, tmp_path / "run2")
    assert code == 0, lines[-1]
    urls = exported(tmp_path)
    assert len(urls) == 60 and set(urls.values()) == {1}
    for path in (small_disk / "warc").iterdir():
        assert path.name.endswith(".warc.gz") and torn_members(path) == "", path.name


@pytest.mark.parametrize(
    ("free", "said"),
    [
        # the lock file takes no byte: it was "the crawl could not start: OSError: [Errno 28]
        # No space left on device", naming no file
        (0, "its lock file {lock}: No space left on device (ENOSPC); free space on its disk"),
        # SQLite's -shm file cannot grow ("disk I/O error"): it was "cannot be read ...; move it
        # aside to start afresh (every article is then fetched and exported again)"
        (16 * 1024, "SQLITE_IOERR_SHMSIZE, with 0 bytes free: database or disk is full); free"),
    ],
)
def test_a_state_disk_full_at_the_start_is_named_and_not_called_damage(
    small_demo_site: DemoServer, small_disk: Path, tmp_path: Path, free: int, said: str
) -> None:
    settings = places(tmp_path, small_disk, "state")
    ballast = fill(small_disk, free)
    code, log, lines = crawl(small_demo_site, settings, tmp_path / "run1")
    state = small_disk / "state" / "demo.sqlite"
    assert code == 1, log[-3000:]
    assert "Traceback" not in log
    assert lines[-1].startswith(
        f"scrapy crawl: the crawl could not start: the crawl state {state} cannot be written"
    ), lines[-1]
    assert said.format(lock=f"{state}.lock") in lines[-1], lines[-1]
    assert "move it aside" not in lines[-1]
    ballast.unlink()
    code, log, lines = crawl(small_demo_site, settings, tmp_path / "run2")
    assert code == 0, lines[-1]
    urls = exported(tmp_path)
    assert len(urls) == 60 and set(urls.values()) == {1}
    shutil.rmtree(small_disk / "state")


@pytest.fixture(scope="module")
def archived(small_demo_site: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A whole crawl's WARC folder, read by `extract` and `index`."""
    out = tmp_path_factory.mktemp("archived")
    return run_crawl(
        "news", {"site": "demo", "base_url": small_demo_site.base_url}, {}, out
    ).warc_dir


COMMANDS = {
    "extract": ("items.jsonl", lambda warc, out: ["extract", str(warc), "-o", str(out)]),
    "cdxj": ("index.cdxj", lambda warc, out: ["index", str(warc), "--cdxj", str(out)]),
    "wacz": (
        "archive.wacz",
        lambda warc, out: [
            "index",
            str(warc),
            "--cdxj",
            str(out.parents[2] / "i.cdxj"),
            "--wacz",
            str(out),
        ],
    ),
}


@pytest.mark.parametrize(
    ("command", "said"),
    [
        # it was "extract: No space left on device", naming no file
        ("extract", "extract: No space left on device (ENOSPC): {out}"),
        ("cdxj", "index: No space left on device (ENOSPC): {out}"),
        # its CDXJ off the full disk: it was py-wacz's traceback, and its ZipFile's at exit
        ("wacz", "index: wacz create: cannot write {out} (as .archive."),
    ],
)
def test_an_output_the_full_disk_refuses_is_named_and_the_earlier_one_kept(
    archived: Path, small_disk: Path, command: str, said: str
) -> None:
    name, arguments = COMMANDS[command]
    out = small_disk / "out" / name
    out.parent.mkdir()
    out.write_bytes(b"an earlier run's output\n")
    fill(small_disk, 0)
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", *arguments(archived, out)],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(said.format(out=out)), last
    assert "No space left on device (ENOSPC)" in last
    assert out.read_bytes() == b"an earlier run's output\n"
    left = {p.name for p in out.parent.iterdir()}
    assert left == {name}, left  # no hidden partial output


def test_a_changes_line_the_disk_cuts_short_is_taken_back(small_disk: Path) -> None:
    """changes.jsonl's last page has 95 bytes of room and the disk none: a line of 300
    bytes was a short write taken as done, its first 95 bytes left as a torn line (the
    next run's line glued to it). Now the write fails, named, and the file is as it was."""
    path = small_disk / "changes.jsonl"
    before = b'{"url": "' + b"x" * 3988 + b'"}\n'  # an earlier run's line: 4001 bytes
    path.write_bytes(before)
    fill(small_disk, 0)
    with pytest.raises(OSError, match="No space left on device") as raised:
        append_line(path, b'{"url": "' + b"y" * 300 + b'"}\n')
    assert raised.value.filename == str(path)
    assert path.read_bytes() == before
