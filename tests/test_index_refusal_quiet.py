"""`index` refusing a wrong argument says its one line alone, whatever the folder holds.

In cron's layout (`index warc --wacz warc/site.wacz` each night, so the package sits beside
the WARCs it holds) a missing `--items` printed `INFO: warc/site.wacz: not read: its 1
archive file is the same bytes as files read beside it` before the refusal: the packages
were looked at before the arguments were checked. Real `python -m newsarchive` processes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]


def _index(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "index", *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=180)


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--items", "items/nosuch.jsonl"), "index: no such file or folder: "),
        (("--with-originals",), "index: --with-originals is about a WACZ package"),
    ],
)
def test_a_refusal_beside_a_package_is_its_one_line(
    tmp_path: Path, extra: tuple[str, ...], says: str
) -> None:
    warc = tmp_path / "warc"
    warc.mkdir()
    archive = Archive()
    archive.response("/one", "2026-01-01T10:00:00Z", page("Story one"))
    archive.save(warc / "one.warc.gz")
    made = _index(str(warc), "--wacz", str(warc / "site.wacz"))
    assert made.returncode == 0, made.stderr
    cdxj = (warc / "index.cdxj").read_bytes()  # the night's index, made with the package
    words = [str(tmp_path / word) if word.startswith("items/") else word for word in extra]
    done = _index(str(warc), *words)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(says), lines
    assert (warc / "index.cdxj").read_bytes() == cdxj  # not rewritten by a refused run
