"""An items feed whose file cannot be made (a read-only disk, a folder that is a file) stops
the crawl at its start, in one line, before anything is fetched.

It was found at the first item: exit 1 and nothing lost, but the start pages had been
fetched and archived by then, and a run that exported no item said nothing at all. A real
read-only disk: a tmpfs of the test's own, mounted read-only (root, as the full-disk tests;
CI runs them as root). Nothing answers on port 9 of loopback: a crawl that goes ahead
fetches nothing either, and says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.plugins.crawling import run_scrapy_here

PROJECT = Path(__file__).resolve().parents[1]
NOWHERE = "http://127.0.0.1:9/"


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "ro"
    disk.mkdir()
    assert os.geteuid() == 0, "mounting a tmpfs needs root (CI runs these tests as root)"
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(disk)],
        capture_output=True, text=True,
    )  # fmt: skip
    assert mounted.returncode == 0, mounted.stderr
    try:
        yield disk
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def _crawl(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        *(sys.executable, "-m", "scrapy", "crawl", "follow", "-a", f"url={NOWHERE}"),
        *("-s", "NETWORK_ALLOWED=127.0.0.1:9", "-s", f"WARC_DIR={tmp_path / 'warc'}"),
        *("-s", "RETRY_ENABLED=0"),
        *extra,
    ]
    return run_scrapy_here(command, timeout=180)


def _refused(done: subprocess.CompletedProcess[str], tmp_path: Path) -> str:
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert not list(tmp_path.glob("warc/*"))  # nothing fetched, nothing archived
    return lines[0]


def test_an_items_file_on_a_read_only_disk_refuses_the_run(
    tmp_path: Path, read_only_disk: Path
) -> None:
    done = _crawl(tmp_path, "-o", f"{read_only_disk / 'items.jsonl'}:jsonlines")
    assert _refused(done, tmp_path) == (
        f"scrapy crawl: setting FEEDS (-o, -O): the items file "
        f"'{read_only_disk / 'items.jsonl'}' cannot be written (Read-only file system); give a "
        "folder that takes files (nothing was fetched) (exit status 2)"
    )


def test_the_default_items_feed_on_a_read_only_disk_names_its_setting(
    tmp_path: Path, read_only_disk: Path
) -> None:
    """A folder per run in the name: the folder it would be made in is the one checked."""
    feed = read_only_disk / "items" / "%(name)s" / "%(time)s.jsonl"
    done = _crawl(tmp_path, "-s", f"NEWSARCHIVE_ITEMS_FEED={feed}")
    line = _refused(done, tmp_path)
    assert line.startswith(f"scrapy crawl: setting NEWSARCHIVE_ITEMS_FEED: the items file '{feed}'")
    assert "(Read-only file system)" in line, line


def test_an_items_file_under_a_file_refuses_the_run(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("a file\n")
    target = tmp_path / "notes.txt" / "items.jsonl"
    line = _refused(_crawl(tmp_path, "-o", str(target)), tmp_path)
    assert f"({tmp_path / 'notes.txt'} is a file, not a folder)" in line, line


def test_a_writable_items_folder_not_there_yet_lets_the_run_go_ahead(tmp_path: Path) -> None:
    """The check makes nothing it leaves: the run makes the folder, as before."""
    target = tmp_path / "out" / "deeper" / "items.jsonl"
    done = _crawl(tmp_path, "-O", str(target))
    assert done.returncode == 1, done.stderr  # the start page cannot be fetched
    assert "Spider opened" in done.stderr
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith("scrapy crawl: the crawl did not finish its job")
    )
    assert not [p for p in tmp_path.rglob(".newsarchive-check-*")]


@pytest.fixture
def file_in_a_read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """An items file that takes writes in a folder that takes no new file: what a user's
    own file in a folder of root's is (/var/log/news/items.jsonl made by the admin), or
    /dev/null for a user. A read-only tmpfs with a writable file bind-mounted on a name
    in it (root)."""
    assert os.geteuid() == 0, "mounting needs root (CI runs these tests as root)"
    disk = tmp_path / "ro"
    disk.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], check=True)
    target = disk / "items.jsonl"
    writable = tmp_path / "writable.jsonl"
    writable.write_text('{"earlier": 1}\n')
    try:
        target.touch()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        subprocess.run(["mount", "--bind", str(writable), str(target)], check=True)
        try:
            yield target
        finally:
            subprocess.run(["umount", str(target)], check=True)
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_writable_items_file_in_a_folder_taking_no_new_file_is_not_refused(
    tmp_path: Path, file_in_a_read_only_folder: Path
) -> None:
    """The file is there and takes lines: Scrapy appends to it (or, -O, writes it over)."""
    target = file_in_a_read_only_folder
    with pytest.raises(OSError):  # the folder takes no new file
        (target.parent / "new.jsonl").touch()
    with target.open("a"):  # the file takes lines
        pass
    done = _crawl(tmp_path, "-o", f"{target}:jsonlines")
    assert done.returncode == 1, done.stderr  # went ahead: the start page cannot be fetched
    assert "Spider opened" in done.stderr, done.stderr
    assert "cannot be written" not in done.stderr, done.stderr
    assert (tmp_path / "writable.jsonl").read_text() == '{"earlier": 1}\n'  # appended nothing


def test_a_refused_run_leaves_an_earlier_items_file_it_would_write_over_as_it_was(
    tmp_path: Path,
) -> None:
    target = tmp_path / "items.jsonl"
    target.write_text('{"earlier": 1}\n')
    done = _crawl(tmp_path, "-O", f"{target}:jsonlines", "-a", "depth=x")
    assert done.returncode == 2, done.stderr
    assert target.read_text() == '{"earlier": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.jsonl"]
