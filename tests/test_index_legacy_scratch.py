"""The scratch folders `index --wacz` runs of an earlier version left in the temporary
folder (`newsarchive-package-13zqvonp`, `newsarchive-wacz-jbjtm9ky`: tempfile's 8
characters, no run's pid) are removed by the next `index` once nothing in them changed for
an hour, as a package of that version under its pid-less hidden name is
(`remove_killed_partials`).

`remove_killed_scratch` matched only `<prefix><pid>-...`: such folders (a package's copies
of WARCs in them, as large as the archive) stayed for good; a test box's /tmp held a dozen.
A younger one (a run of that version may still be going), a link, and a name that is not
tempfile's stay. Real folders in a TMPDIR of the test's own; their times set back with utime.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
HOURS_AGO = time.time() - 2 * 3600


def _left(folder: Path, size: int) -> Path:
    """A folder as a killed run left it, nothing in it changed for two hours."""
    (folder / "members" / "0").mkdir(parents=True)
    copy = folder / "members" / "0" / "run.warc.gz"
    copy.write_bytes(b"\x1f\x8b" + bytes(size - 2))
    for path in (copy, copy.parent, copy.parent.parent, folder):
        os.utime(path, (HOURS_AGO, HOURS_AGO))
    return folder


def test_an_earlier_versions_scratch_folders_are_removed_once_left(tmp_path: Path) -> None:
    warc = Archive("WARC/1.1", gzipped=False)
    warc.response("/one", "2026-01-01T10:00:00Z", page("One"))
    archive = warc.save(tmp_path / "one.warc")
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    old_package = _left(scratch / "newsarchive-package-13zqvonp", 3000)
    old_wacz = _left(scratch / "newsarchive-wacz-jbjtm9ky", 1000)
    young = _left(scratch / "newsarchive-package-aatyhsoc", 10)
    (young / "members" / "0" / "run.warc.gz").write_bytes(b"still being written")  # now
    not_tempfiles = _left(scratch / "newsarchive-package-notes", 10)  # 5 characters
    kept_elsewhere = _left(tmp_path / "kept", 10)
    link = scratch / "newsarchive-wacz-linkto01"
    link.symlink_to(kept_elsewhere)
    os.utime(link, (HOURS_AGO, HOURS_AGO), follow_symlinks=False)

    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", str(archive), "--cdxj",
         str(tmp_path / "index.cdxj")],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(scratch)}, capture_output=True,
        text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in scratch.iterdir()) == sorted(
        p.name for p in (young, not_tempfiles, link)
    )
    assert (kept_elsewhere / "members" / "0" / "run.warc.gz").is_file()  # not followed
    lines = done.stderr.strip().splitlines()
    assert (
        "WARNING: removed 1 py-wacz scratch folder of index runs of an earlier version, "
        f"unchanged for an hour ({old_wacz}; 1,000 bytes)"
    ) in lines, lines
    assert (
        "WARNING: removed 1 package scratch folder of index runs of an earlier version, "
        f"unchanged for an hour ({old_package}; 3,000 bytes)"
    ) in lines, lines
