"""What `recompress` and the readers of its copies remember, and what an original's junk is.

Every `index`, `extract`, `history` and `replay` of a folder decompressed each original and
its copy whole to find the copy held it, and every `recompress` of a folder inflated each
sound `.warc.gz` whole: the verdicts are kept in the user's cache folder (never the
archives'), keyed by the files' sizes, times and inodes. An lz4 or zstd original with junk
after its last frame (no frame, no record in it) was never "the same" as its copy: named
skipped on every run, exit 3, though its copy held its every record.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import zlib
from pathlib import Path

from tests.test_compressed_warcs import RECORDS, VARIANTS
from tests.test_recompressed_beside import _first_members

PROJECT = Path(__file__).resolve().parents[1]
JUNK = b"a writer's last words, no record\n" * 3


def _run(cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("NEWSARCHIVE_CACHE_DIR", None)  # the suite's own (conftest): the user's way here
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, timeout=180, env=env,
    )  # fmt: skip


def _recompressed(tmp_path: Path, tail: bytes = b"") -> tuple[Path, Path, Path]:
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]() + tail)
    assert _run(tmp_path / "cache", "recompress", str(zst)).stdout.startswith(f"{zst}: 5 records")
    return folder, zst, folder / "crawl.warc.gz"


def _index(tmp_path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return _run(tmp_path / "cache", "index", str(folder), "--cdxj", str(tmp_path / "i.cdxj"))


def _left_out(zst: Path, more: str = "", later: bool = False) -> str:
    return (
        "index: 1 file left out, recompressed beside it (their records indexed from the "
        f"copies): {zst} (as crawl.warc.gz{more}); remove the original once you no longer "
        "need it" + (" (its copy checked on an earlier run, unchanged since)" if later else "")
    )


def test_the_verdict_is_kept_in_the_user_s_cache_and_not_beside_the_archives(
    tmp_path: Path,
) -> None:
    folder, zst, _ = _recompressed(tmp_path)
    before = sorted(path.name for path in folder.iterdir())
    first, second = _index(tmp_path, folder), _index(tmp_path, folder)
    assert first.returncode == second.returncode == 0, (first.stderr, second.stderr)
    assert _left_out(zst) in first.stderr.splitlines(), first.stderr
    assert _left_out(zst, later=True) in second.stderr.splitlines(), second.stderr
    assert sorted(path.name for path in folder.iterdir()) == before  # no file of ours there
    assert (tmp_path / "cache" / "newsarchive" / "archive-checks.json").is_file()


def test_a_copy_rewritten_with_its_size_and_time_put_back_is_compared_again(
    tmp_path: Path,
) -> None:
    """A verdict holds for the files as they were: a copy whose bytes changed (its size and
    modification time put back, as `touch -r` or `rsync -t` leave them) is compared again,
    and the original, which it no longer holds, is read and the reason said."""
    folder, zst, copy = _recompressed(tmp_path)
    assert _index(tmp_path, folder).returncode == 0
    times = copy.stat()
    members = _members(copy.read_bytes())
    members[1], members[2] = members[2], members[1]  # the same bytes, in another order
    copy.write_bytes(b"".join(members))
    os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert copy.stat().st_size == times.st_size
    done = _index(tmp_path, folder)
    assert "left out, recompressed" not in done.stderr, done.stderr
    assert f"index: {zst} is read, not left out for crawl.warc.gz beside it: their records " in (
        done.stderr
    ), done.stderr


def _members(data: bytes) -> list[bytes]:
    found, at = [], 0
    while at < len(data):
        inflater = zlib.decompressobj(31)
        inflater.decompress(data[at:])
        end = len(data) - len(inflater.unused_data)
        found.append(data[at:end])
        at = end
    return found


def test_a_damaged_cache_is_said_once_and_the_pair_compared_again(tmp_path: Path) -> None:
    folder, zst, _ = _recompressed(tmp_path)
    cache = tmp_path / "cache" / "newsarchive" / "archive-checks.json"
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text('{"version": 1, "entr', encoding="utf-8")  # a crash of another tool
    done = _index(tmp_path, folder)
    assert done.returncode == 0, done.stderr
    assert (
        f"index: the cache of checked copies {cache} could not be read (not JSON (cut short, "
        "or written over)): the copies are compared again"
    ) in done.stderr.splitlines(), done.stderr
    assert _left_out(zst) in done.stderr.splitlines(), done.stderr
    again = _index(tmp_path, folder)  # written anew: no line, nothing read
    assert again.stderr.splitlines() == [_left_out(zst, later=True)], again.stderr


def test_junk_after_the_last_frame_leaves_the_original_out_and_says_so(tmp_path: Path) -> None:
    """The copy holds every record (`recompress` named the junk and left it out): the
    original was named skipped on every run, exit 3, `recompress` it, which had been done."""
    folder, zst, _ = _recompressed(tmp_path, JUNK)
    for run in range(2):
        done = _index(tmp_path, folder)
        assert done.returncode == 0, done.stderr
        assert "WARNING" not in done.stderr, done.stderr
        more = f"; {len(JUNK)} bytes after its last frame, no record, not copied"
        assert _left_out(zst, more, later=bool(run)) in done.stderr.splitlines(), done.stderr
    lines = (tmp_path / "i.cdxj").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and all('"warc/crawl.warc.gz"}' in line for line in lines), lines


def test_junk_with_a_record_after_it_leaves_the_original_read_and_says_why(
    tmp_path: Path,
) -> None:
    """Bytes that are no frame, then a record in clear: the copy may lack it, and the
    original is read (named skipped by `index`), the reason said in a line of its own."""
    folder, zst, _ = _recompressed(tmp_path, JUNK + RECORDS[0])
    done = _index(tmp_path, folder)
    assert done.returncode == 3, done.stderr
    assert (
        f"index: {zst} is read, not left out for crawl.warc.gz beside it: the original cannot "
        f"be read to its end ({len(JUNK):,} bytes that are no frame at offset "
    ) in done.stderr, done.stderr
    assert f"WARNING: {zst}: skipped: zstd-compressed WARC" in done.stderr, done.stderr


def test_a_copy_cut_short_says_why_the_original_is_read(tmp_path: Path) -> None:
    folder, zst, copy = _recompressed(tmp_path)
    _first_members(copy, 2)
    done = _index(tmp_path, folder)
    assert done.returncode == 3, done.stderr
    line = next(line for line in done.stderr.splitlines() if " is read, not left out" in line)
    assert line.startswith(f"index: {zst} is read, not left out for crawl.warc.gz beside it: ")
    assert line.split(": ")[-1].startswith("the copy ends "), line


def test_recompress_of_a_folder_reads_each_sound_gz_once_across_runs(tmp_path: Path) -> None:
    """Each run inflated every .warc.gz a member a record whole to find it was one."""
    folder = tmp_path / "warc"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    first = _run(tmp_path / "cache", "recompress", str(folder))
    assert first.returncode == 1 and "earlier run" not in first.stderr, first.stderr
    second = _run(tmp_path / "cache", "recompress", str(folder))
    assert second.returncode == 1, second.stderr
    assert second.stderr.splitlines() == [
        "recompress: 2 .gz files found written a member a record on an earlier run, unchanged "
        "since: not read again",
        f"recompress: no lz4, zstd or whole-gzip WARC in {folder}",
    ], second.stderr
    with (folder / "b.warc.gz").open("ab") as out:  # changed: looked at again
        out.write(gzip.compress(RECORDS[0] + RECORDS[1]))  # a member of two records now
    third = _run(tmp_path / "cache", "recompress", str(folder))
    assert third.returncode == 0, third.stderr
    assert (folder / "b.recompressed.warc.gz").is_file()
    assert "recompress: 1 .gz file found written a member a record on an earlier" in third.stderr


def test_a_second_recompress_of_a_folder_passes_over_what_it_did(tmp_path: Path) -> None:
    """Each original was named `left alone: ... exists (remove or move it first)`, exit 3,
    of its own copy; a file of the copy's name that does not hold it is still left alone."""
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "crawl.warc.zst").write_bytes(VARIANTS["plain.warc.zst"]())
    (folder / "whole.warc.gz").write_bytes(gzip.compress(b"".join(RECORDS)))
    cache = tmp_path / "cache"
    assert _run(cache, "recompress", str(folder)).returncode == 0
    again = _run(cache, "recompress", str(folder))
    assert again.returncode == 0, again.stderr
    assert "WARNING" not in again.stderr, again.stderr
    assert again.stderr.splitlines()[-1] == (
        "recompress: 0 files written; 2 recompressed before (their copies beside them hold "
        "every record)"
    ), again.stderr
    other = tmp_path / "other"
    other.mkdir()
    (other / "crawl.warc.zst").write_bytes(VARIANTS["plain.warc.zst"]())
    (other / "crawl.warc.gz").write_bytes(b"".join(map(gzip.compress, RECORDS[1:])))
    later = (other / "crawl.warc.zst").stat().st_mtime + 60
    os.utime(other / "crawl.warc.gz", (later, later))  # another crawl's, newer
    mixed = _run(cache, "recompress", str(other / "crawl.warc.zst"))
    assert mixed.returncode == 3, mixed.stderr
    assert "left alone: " in mixed.stderr and "recompressed before" not in mixed.stderr
