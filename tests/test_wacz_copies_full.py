"""`index --wacz`: the copies it makes for the package (a damaged file's whole gzip members,
`--with-originals`' records) that the disk has no room for are named on the error line,
with the user's file they copy and "no WACZ written" (the temporary file alone, gone once
the command ends, said nothing the user could act on).

Their write failing said `index: File too large` (or `No space left on device`) and no
file, where the joined-segments copy named its file. Here RLIMIT_FSIZE stands for a full
disk: the copy is the first file written past the limit.
"""

from __future__ import annotations

import base64
import hashlib
import resource
import signal
import subprocess
import sys
from pathlib import Path

from newsarchive.package.originals import ORIGINALS_NAME
from tests.test_foreign_archives import Archive

PROJECT = Path(__file__).resolve().parents[1]
LIMIT = 20_000


def _noise(title: str) -> bytes:
    """A page that gzip does not shrink below LIMIT."""
    text = " ".join(hashlib.sha256(f"{title}{n}".encode()).hexdigest() for n in range(700))
    return f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>".encode()


def _index(*args: str) -> subprocess.CompletedProcess[str]:
    def limited() -> None:  # past it a write fails with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", *args], cwd=PROJECT,
        capture_output=True, text=True, preexec_fn=limited, timeout=120,
    )  # fmt: skip


def _failed_naming(
    done: subprocess.CompletedProcess[str], name: str, copied: Path, wacz: Path
) -> None:
    """One line: no WACZ, the user's file the copy was of (the temporary file alone was
    named, gone once the command ended), the temporary file and the error."""
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("index: no WACZ written: the ") and f" {copied}" in last, last
    assert "could not be written to the temporary file " in last, last
    assert "File too large (EFBIG)" in last and last.endswith("a folder with room"), last
    assert f"/{name}: " in last, last
    assert not wacz.exists() and not list(wacz.parent.glob(f".{wacz.name}*"))


def test_whole_members_of_a_cut_file_without_room_are_named(tmp_path: Path) -> None:
    archive = Archive("WARC/1.1")
    archive.response("/one", "2026-01-01T10:00:00Z", _noise("One"))
    archive.response("/two", "2026-01-01T10:00:01Z", _noise("Two"))
    data = archive.buffer.getvalue()
    assert len(data) > 2 * LIMIT  # the copy of the first member alone passes the limit
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:-100])  # /two's member cut short: copied as the whole ones
    wacz = tmp_path / "o.wacz"
    done = _index(str(cut), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz))
    _failed_naming(done, "cut.warc.gz", cut, wacz)
    assert "the copy of " in done.stderr


def test_originals_without_room_are_named(tmp_path: Path) -> None:
    body = _noise("Kept")
    first = Archive("WARC/1.1")
    record_id = first.response("/kept", "2026-02-01T10:00:00Z", body)
    first.save(tmp_path / "a-first.warc.gz")
    assert (tmp_path / "a-first.warc.gz").stat().st_size > LIMIT
    second = Archive("WARC/1.1")
    digest = "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()
    second.revisit("/kept", "2026-02-02T10:00:00Z", {
        "WARC-Refers-To": record_id, "WARC-Payload-Digest": digest,
    }, of=body)  # fmt: skip
    again = second.save(tmp_path / "b-second.warc.gz")
    wacz = tmp_path / "o.wacz"
    done = _index(str(again), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz",
                  str(wacz), "--with-originals")  # fmt: skip
    _failed_naming(done, ORIGINALS_NAME, tmp_path / "a-first.warc.gz", wacz)
    assert "(--with-originals)" in done.stderr
