"""`index` of files of which no line can be indexed (an empty file, a file of junk)
keeps the index already at `--cdxj` (or the folder's index.cdxj) as it was.

It was replaced by an empty index: a cron job re-indexing a folder after a disk hiccup
emptied the file pywb serves from, exit 3 (the skip named and counted), the index lost.
Now the skips are named and counted as before, one line says the index is kept, exit 3.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugins.cli_here import newsarchive_here
from tests.test_foreign_archives import Archive, page

EARLIER = '{"earlier": "index line"}\n'


def _good(path: Path) -> Path:
    warc = Archive(gzipped=True)
    warc.response("/news/one", "2026-12-03T07:00:00Z", page("One"))
    warc.response("/news/two", "2026-12-03T07:01:00Z", page("Two"))
    return warc.save(path)


def _empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _junk(path: Path) -> Path:
    path.write_bytes(b"a saved note, not a record\n" * 20)
    return path


MAKERS = {"empty": (_empty, "a.warc.gz"), "junk": (_junk, "b.warc")}
PROJECT = Path(__file__).resolve().parents[1]


def _index(*argv: object) -> tuple[int, list[str]]:
    done = newsarchive_here("index", *argv, cwd=PROJECT)  # tests/plugins/cli_here.py
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stderr.strip().splitlines()


@pytest.mark.parametrize("kind", list(MAKERS))
def test_an_index_of_nothing_readable_keeps_the_index_there(tmp_path: Path, kind: str) -> None:
    make, name = MAKERS[kind]
    bad = make(tmp_path / name)
    cdxj = tmp_path / "out" / "index.cdxj"
    cdxj.parent.mkdir()
    cdxj.write_text(EARLIER)
    code, lines = _index(bad, "--cdxj", cdxj)
    assert code == 3, lines
    assert any(line.startswith(f"WARNING: {bad}: skipped: ") for line in lines), lines
    assert lines[-2:] == [
        f"index: no CDXJ line for 1 archive file: {cdxj} is kept as it was (not replaced by an "
        "empty index)",
        "index: skipped: 1 file unreadable (named above)",
    ]
    assert cdxj.read_text() == EARLIER
    assert sorted(p.name for p in cdxj.parent.iterdir()) == ["index.cdxj"]  # no partial file


def test_a_folders_own_index_is_kept_too(tmp_path: Path) -> None:
    """A folder of an empty file and junk."""
    folder = tmp_path / "warc"
    folder.mkdir()
    _empty(folder / "run-1.warc.gz")
    _junk(folder / "run-2.warc")
    (folder / "index.cdxj").write_text(EARLIER)
    code, lines = _index(folder)
    assert code == 3, lines
    assert lines[-1] == "index: skipped: 2 files unreadable (named above)", lines
    assert f"{folder / 'index.cdxj'} is kept as it was" in lines[-2], lines
    assert (folder / "index.cdxj").read_text() == EARLIER


def test_no_index_there_none_is_written(tmp_path: Path) -> None:
    """An empty index was written (exit 3): replay, or a tool reading the folder's index,
    took it for the archive's, holding nothing (session 40)."""
    bad = _junk(tmp_path / "b.warc")
    cdxj = tmp_path / "index.cdxj"
    code, lines = _index(bad, "--cdxj", cdxj)
    assert code == 3, lines
    assert not cdxj.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["b.warc"]
    assert lines[-2:] == [
        f"index: no CDXJ line for 1 archive file: {cdxj} is not written (it would be an empty "
        "index)",
        "index: skipped: 1 file unreadable (named above)",
    ]


def test_one_readable_file_among_them_replaces_the_index(tmp_path: Path) -> None:
    """The inputs are the index's: a readable one's lines are the new index, skips counted."""
    good = _good(tmp_path / "good.warc.gz")
    bad = _junk(tmp_path / "b.warc")
    cdxj = tmp_path / "index.cdxj"
    cdxj.write_text(EARLIER)
    code, lines = _index(good, bad, "--cdxj", cdxj)
    assert code == 3, lines
    written = cdxj.read_text().splitlines()
    assert len(written) == 2 and all("news/" in line for line in written), written
