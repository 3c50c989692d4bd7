"""`index` and the WACZ packer close every file they open (each record's spool too).

cdxj-indexer's loop buffers each record again into a spool of its own; ours,
holding the record while its digest is taken, was left to the garbage
collector: one ResourceWarning a record (about 200 over the demo's archive),
and with a record over the 1 MiB kept in memory, an open temporary file until then.
"""

from __future__ import annotations

import gc
import gzip
import os
import subprocess
import sys
import warnings
from pathlib import Path

from newsarchive.package.cdxj import write_cdxj
from newsarchive.warc.archives import Skips
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
BIG = b"<html><body>" + b"<p>A long page of the archive.</p>" * 70_000 + b"</body></html>"  # 2.4 MB


def archive(folder: Path) -> Path:
    """Seven captures, one over the 1 MiB a spool keeps in memory, gzipped and plain; the plain
    one again with junk after its first record and gzipped whole, the gzipped one cut inside
    its last."""
    folder.mkdir()
    for gzipped in (True, False):
        warc = Archive(gzipped=gzipped)
        for number in range(6):
            date = f"2026-12-03T07:0{number}:00Z"
            warc.response(f"/news/{number}", date, page(f"Story {number}"))
        warc.response("/news/long", "2026-12-03T07:09:00Z", BIG)
        warc.save(folder / ("a.warc.gz" if gzipped else "b.warc"))
    plain = (folder / "b.warc").read_bytes()
    second = plain.index(b"WARC/1.1", 1)
    junk = b"junk that starts no record\r\n" * 3  # read on after it
    (folder / "c.warc").write_bytes(plain[:second] + junk + plain[second:])
    cut = (folder / "a.warc.gz").read_bytes()
    (folder / "d.warc.gz").write_bytes(cut[: len(cut) - 5000])  # ends inside its long record
    (folder / "e.warc.gz").write_bytes(gzip.compress(plain))  # gzipped whole: named, not indexed
    return folder


def test_index_leaves_no_file_unclosed(tmp_path: Path) -> None:
    folder = archive(tmp_path / "warc")
    gc.collect()  # the writer's own leftovers are not the index's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        lines = write_cdxj(sorted(folder.iterdir()), tmp_path / "index.cdxj", Skips())
        gc.collect()
    unclosed = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    assert lines == 14 + 7 + 6
    assert unclosed == []


def test_the_wacz_indexer_leaves_no_file_unclosed(tmp_path: Path) -> None:
    folder = archive(tmp_path / "warc")
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive.package.wacz_tool", "create", "-o",
         str(tmp_path / "a.wacz"), str(folder / "a.warc.gz"), str(folder / "b.warc")],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "always::ResourceWarning"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "a.wacz").stat().st_size > 0
    assert "ResourceWarning" not in done.stderr
