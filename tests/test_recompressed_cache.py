"""What the cache of checked copies and the junk rule must never do: leave an original out
whose records its copy lacks, or stop a run.

An original left out is one the user is told to remove: bytes after its frames taken for
junk while they hold records, a verdict believed for files changed since, are records lost.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import lz4.block
import pytest

from tests.test_compressed_warcs import RECORDS, VARIANTS, _skippable, zstd
from tests.test_recompressed_checked import JUNK, _index, _left_out, _recompressed, _run

PROJECT = Path(__file__).resolve().parents[1]
# a record of another page: none of the original's frames holds it
EXTRA = RECORDS[0].replace(b"WARC-Target-URI: http", b"WARC-Target-URI: http://x.invalid/?")


def _urls(cdxj: Path) -> list[str]:
    return [json.loads(line.split(" ", 2)[2])["url"] for line in cdxj.read_text().splitlines()]


def _read_not_left_out(tmp_path: Path, folder: Path, original: Path) -> None:
    done = _index(tmp_path, folder)
    assert done.returncode == 3, done.stderr  # the original named, as it was before copies
    assert "left out, recompressed" not in done.stderr, done.stderr
    assert f"index: {original} is read, not left out for crawl.warc.gz beside it: " in (
        done.stderr
    ), done.stderr


def test_a_gzip_member_of_records_after_the_zstd_frames_keeps_the_original_read(
    tmp_path: Path,
) -> None:
    """`cat a.warc.zst b.warc.gz`: the gzip member holds no zstd magic and no `WARC/` in
    clear, and was taken for junk: `index` left the original out, exit 0, saying "remove the
    original", though it alone holds that record (`recompress` named it unread)."""
    folder, zst, copy = _recompressed(tmp_path, gzip.compress(EXTRA))
    assert b"x.invalid" not in gzip.decompress(copy.read_bytes())
    _read_not_left_out(tmp_path, folder, zst)


def _legacy_lz4(data: bytes) -> bytes:
    """`lz4 -l`'s format: its magic, then each block's size and the block."""
    block = lz4.block.compress(data, store_size=False)
    return b"\x02\x21\x4c\x18" + struct.pack("<I", len(block)) + block


@pytest.mark.parametrize("tail", ["zstd", "legacy lz4"])
def test_another_codec_s_frame_after_an_lz4_original_keeps_it_read(
    tail: str, tmp_path: Path
) -> None:
    folder = tmp_path / "warc"
    folder.mkdir()
    original = folder / "crawl.warc.lz4"
    more = zstd.compress(EXTRA) if tail == "zstd" else _legacy_lz4(EXTRA)
    original.write_bytes(VARIANTS["fastwarc.warc.lz4"]() + more)
    done = _run(tmp_path / "cache", "recompress", str(original))
    assert done.stdout.startswith(f"{original}: 5 records"), (done.stdout, done.stderr)
    _read_not_left_out(tmp_path, folder, original)


def test_a_cut_zstd_frame_after_the_last_one_keeps_the_original_read(tmp_path: Path) -> None:
    """Its magic is there: the frame is read, found cut, and the original kept."""
    folder, zst, _ = _recompressed(tmp_path, zstd.compress(EXTRA)[:-16])
    _read_not_left_out(tmp_path, folder, zst)


def test_a_skippable_frame_and_junk_after_the_last_frame_hold_no_record(tmp_path: Path) -> None:
    folder, zst, _ = _recompressed(tmp_path, _skippable(0x184D2A51, b"an index, no record") + JUNK)
    done = _index(tmp_path, folder)
    assert done.returncode == 0, done.stderr
    more = f"; {len(JUNK)} bytes after its last frame, no record, not copied"
    assert _left_out(zst, more) in done.stderr.splitlines(), done.stderr


def test_an_original_appended_to_after_its_check_is_read_again(tmp_path: Path) -> None:
    """A crawl still writing it: a frame more, its time put back before its copy's; the
    verdict kept for the shorter file is not believed."""
    folder, zst, copy = _recompressed(tmp_path)
    assert _index(tmp_path, folder).returncode == 0
    with zst.open("ab") as out:
        out.write(zstd.compress(EXTRA))
    os.utime(zst, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns - 1))
    _read_not_left_out(tmp_path, folder, zst)  # named skipped: `recompress` it again


def test_a_copy_replaced_by_another_file_of_its_size_and_time_is_compared_again(
    tmp_path: Path,
) -> None:
    """`cp -p` or `rsync -t` of another file over it: a new file, its size and time those
    of the copy that was checked."""
    folder, _, copy = _recompressed(tmp_path)
    assert _index(tmp_path, folder).returncode == 0
    members = [gzip.compress(record) for record in RECORDS]
    members[1], members[2] = members[2], members[1]  # the same records, in another order
    other = tmp_path / "other.warc.gz"
    other.write_bytes(b"".join(members))
    assert other.stat().st_size == copy.stat().st_size
    times = copy.stat()
    copy.unlink()
    shutil.copyfile(other, copy)
    os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns))
    done = _index(tmp_path, folder)
    assert "left out, recompressed" not in done.stderr, done.stderr
    assert "(its copy checked on an earlier run" not in done.stderr, done.stderr


def test_recompress_leaves_alone_a_file_of_its_copy_s_name_holding_a_record_more(
    tmp_path: Path,
) -> None:
    """Another tool's `.warc.gz`: every record of the original, and one more of its own."""
    folder = tmp_path / "warc"
    folder.mkdir()
    (folder / "crawl.warc.zst").write_bytes(VARIANTS["plain.warc.zst"]())
    theirs = folder / "crawl.warc.gz"
    theirs.write_bytes(b"".join(gzip.compress(record) for record in [*RECORDS, EXTRA]))
    done = _run(tmp_path / "cache", "recompress", str(folder))
    assert done.returncode == 3, done.stderr
    assert "left alone: " in done.stderr and "recompressed before" not in done.stderr
    assert gzip.decompress(theirs.read_bytes()).endswith(EXTRA)


def test_two_runs_at_once_leave_a_cache_both_read(tmp_path: Path) -> None:
    folder, zst, _ = _recompressed(tmp_path)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("NEWSARCHIVE_CACHE_DIR", None)
    runs = []
    for n in range(2):
        command = ["index", str(folder), "--cdxj", str(tmp_path / f"{n}.cdxj")]
        runs.append(
            subprocess.Popen(
                [sys.executable, "-m", "newsarchive", *command],
                cwd=PROJECT,
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for run in runs:
        _, err = run.communicate(timeout=180)
        assert run.returncode == 0 and _left_out(zst) in err, err
    again = _index(tmp_path, folder)
    assert again.stderr.splitlines() == [_left_out(zst, later=True)], again.stderr
    cache = tmp_path / "cache" / "newsarchive"
    assert [path.name for path in cache.iterdir()] == ["archive-checks.json"]


def test_a_killed_run_s_temporary_file_is_removed(tmp_path: Path) -> None:
    """A run killed (SIGKILL, the OOM killer) between writing the cache and renaming it
    left its temporary file in the cache folder for good, one more at each kill."""
    folder = _recompressed(tmp_path)[0]
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    cache = tmp_path / "cache" / "newsarchive"
    cache.mkdir(parents=True, exist_ok=True)
    left = cache / f".archive-checks.json.{int(ended.stdout)}.k1ll3d.tmp"
    left.write_text('{"version": 1, "entries": {', encoding="utf-8")
    live = cache / f".archive-checks.json.{os.getpid()}.wr1t1n.tmp"  # a run still writing
    live.write_text("{", encoding="utf-8")
    done = _index(tmp_path, folder)
    assert done.returncode == 0, done.stderr
    assert not left.exists() and live.exists()


@pytest.mark.skipif(shutil.which("unshare") is None, reason="no unshare(1)")
def test_a_user_with_no_home_folder_gets_the_run_and_a_line(tmp_path: Path) -> None:
    """A container's user of no passwd entry, HOME unset (`docker run --user 4321`, a
    Kubernetes arbitrary uid): `Path.home()` raised, `index` ended in a traceback, exit 1."""
    folder, zst, _ = _recompressed(tmp_path)
    uid = 54321
    probe = subprocess.run(["unshare", f"--map-user={uid}", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"no user namespace here: {probe.stderr!r}")
    env = {k: v for k, v in os.environ.items() if k not in ("HOME", "XDG_CACHE_HOME")}
    env.pop("NEWSARCHIVE_CACHE_DIR", None)
    cdxj = tmp_path / "i.cdxj"
    os.chmod(tmp_path, 0o777)  # the unknown user writes its index here
    done = subprocess.run(
        ["unshare", f"--map-user={uid}", sys.executable, "-m", "newsarchive", "index",
         str(folder), "--cdxj", str(cdxj)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert _left_out(zst) in done.stderr.splitlines(), done.stderr
    assert (
        "index: the cache of checked copies (none) could not be written (no home folder (HOME "
        "unset, and this user has none; set XDG_CACHE_HOME)): the copies are compared again"
    ) in done.stderr.splitlines(), done.stderr
    assert len(_urls(cdxj)) == 5


def test_a_cache_folder_that_cannot_be_made_costs_a_line_not_the_run(tmp_path: Path) -> None:
    """A read-only or odd HOME (a CI container's): said each run a pair is checked, the
    original still left out, exit 0 (root writes any folder: a file stands in the way)."""
    folder, zst, _ = _recompressed(tmp_path)
    blocker = tmp_path / "cache" / "newsarchive"
    shutil.rmtree(blocker, ignore_errors=True)
    blocker.parent.mkdir(exist_ok=True)
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    for _ in range(2):
        done = _index(tmp_path, folder)
        assert done.returncode == 0, done.stderr
        assert _left_out(zst) in done.stderr.splitlines(), done.stderr
        assert (
            f"index: the cache of checked copies {blocker / 'archive-checks.json'} could not be "
        ) in done.stderr, done.stderr


def test_a_read_error_of_the_moment_is_not_remembered(tmp_path: Path) -> None:
    """A disk (a network share) that failed one read (EIO) while a pair was compared: the
    verdict "cannot be read to its end" was kept, and every run after, the disk sound,
    read the original beside its copy (`extract`: each page two items). The failing disk
    is tests/plugins/unreadable_after.py's: files named `*.eio.*` fail past 500 bytes."""
    folder = tmp_path / "warc"
    folder.mkdir()
    zst = folder / "crawl.eio.warc.zst"
    zst.write_bytes(VARIANTS["plain.warc.zst"]())
    assert _run(tmp_path / "cache", "recompress", str(zst)).returncode == 0
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("NEWSARCHIVE_CACHE_DIR", None)
    failing = subprocess.run(
        [sys.executable, "-m", "tests.plugins.unreadable_after", "500", "index", str(folder),
         "--cdxj", str(tmp_path / "failing.cdxj")],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert "left out, recompressed" not in failing.stderr, failing.stderr
    assert f"index: {zst} is read, not left out for crawl.eio.warc.gz beside it: " in (
        failing.stderr
    ), failing.stderr
    healed = _index(tmp_path, folder)
    assert healed.returncode == 0, healed.stderr
    assert (
        "index: 1 file left out, recompressed beside it (their records indexed from the "
        f"copies): {zst} (as crawl.eio.warc.gz); remove the original once you no longer need it"
    ) in healed.stderr.splitlines(), healed.stderr
