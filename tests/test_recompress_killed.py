"""A `recompress` killed (SIGKILL) before renaming its output leaves a hidden
`.x.warc.gz.PID.partial` beside the original; the readers given the folder leave it out.

`extract`, `index` and `history` took the hidden file for one more archive: a copy whole
before its rename gave each of its records' items twice (exit 0, nothing said), a copy
cut part way was named as a damaged file (exit 3). The next `recompress` removes it.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_compressed_warcs import RECORDS, TITLES, VARIANTS

HARBOUR = "http://old.news.test/harbour"
PROJECT = Path(__file__).resolve().parents[1]

# `recompress` killed as it renames its whole output into place, or at its Nth write
_KILLED = """
import os, signal, sys
where, count = sys.argv[1], [int(sys.argv[2])]
if where == "rename":
    os_replace = os.replace
    def replace(source, target):
        if str(source).endswith(".partial"):
            os.kill(os.getpid(), signal.SIGKILL)
        os_replace(source, target)
    os.replace = replace
else:  # its Nth write: the members before it in the file
    from newsarchive.warc import recompress
    written = recompress._Written.write
    def write(self, data):
        count[0] -= 1
        if count[0] == 0:
            self._out.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return written(self, data)
    recompress._Written.write = write
from newsarchive.cli import main
sys.exit(main(["recompress", *sys.argv[3:]], log_lines=True))
"""


def _newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip


@pytest.fixture(params=["rename", "write:3"])
def killed(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A folder: a .warc.gz, a .warc.zst, and what a `recompress` of it killed left."""
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "gzipped.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    (folder / "plain.warc.zst").write_bytes(VARIANTS["plain.warc.zst"]())
    where, _, count = str(request.param).partition(":")
    done = subprocess.run(
        [sys.executable, "-c", _KILLED, where, count or "1", str(folder / "plain.warc.zst")],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == -9, done.stderr
    (left,) = folder.glob(".plain.warc.gz.*.partial")
    assert left.stat().st_size > 0
    return folder


def test_extract_reads_each_record_once_and_names_the_partial_file(killed: Path) -> None:
    done = _newsarchive("extract", "--all-pages", str(killed))
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(i["title"] for i in items) == sorted(TITLES * 2)  # the .gz's and the .zst's
    (left,) = killed.glob(".plain.warc.gz.*.partial")
    assert f"left out {left}: a partial output of `recompress` (being written" in done.stderr
    assert "Traceback" not in done.stderr


def test_index_and_history_leave_it_out(killed: Path, tmp_path: Path) -> None:
    cdxj = tmp_path / "index.cdxj"
    done = _newsarchive("index", str(killed), "--cdxj", str(cdxj))
    assert "left out" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().endswith("index: skipped: 1 file unreadable (named above)")  # zst
    lines = cdxj.read_text().splitlines()
    files = {json.loads(line.split(" ", 2)[2])["filename"] for line in lines}
    assert files == {"warc/gzipped.warc.gz"}
    history = _newsarchive("history", "--warc", str(killed), "--format", "json", HARBOUR)
    assert history.returncode == 0, history.stderr
    assert "left out" in history.stderr and "Traceback" not in history.stderr
    (article,) = json.loads(history.stdout)["articles"]
    (version,) = article["versions"]  # the same record in both files: one version
    seen = [version, *version["seen_again"]]
    assert {v["warc_file"] for v in seen} <= {"gzipped.warc.gz", "plain.warc.zst"}, seen


def test_the_next_recompress_writes_it_whole_and_removes_the_partial_file(killed: Path) -> None:
    done = _newsarchive("recompress", str(killed))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in killed.iterdir()) == [
        "gzipped.warc.gz", "plain.warc.gz", "plain.warc.zst",
    ]  # fmt: skip
    written = gzip.decompress((killed / "plain.warc.gz").read_bytes())
    assert written == b"".join(RECORDS)


def test_readers_leave_out_the_hidden_file_of_a_crawl_killed_creating_a_warc(
    tmp_path: Path,
) -> None:
    """A crawl killed as it creates a WARC file leaves `.NAME.warc.gz.creating` (part of a
    warcinfo record; `recover` removes it): extract and index named it a damaged file and
    ended with exit 3, though nothing of the archive was lost."""
    from newsarchive.warc.writer import CREATING_SUFFIX

    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "gzipped.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    warcinfo = b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Length: 90\r\n\r\nsoftware: x\r\n"
    hidden = folder / f".news-20261205-00001.warc.gz{CREATING_SUFFIX}"
    hidden.write_bytes(gzip.compress(warcinfo)[:30])
    done = _newsarchive("extract", "--all-pages", str(folder))
    assert done.returncode == 0, done.stderr
    assert sorted(json.loads(line)["title"] for line in done.stdout.splitlines()) == sorted(TITLES)
    assert f"left out {hidden}: a WARC file being created" in done.stderr
    index = _newsarchive("index", str(folder), "--cdxj", str(tmp_path / "index.cdxj"))
    assert index.returncode == 0, index.stderr
    assert f"left out {hidden}: a WARC file being created" in index.stderr
