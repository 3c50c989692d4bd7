"""`extract` (and `history`) of an lz4 frame without checksums (FastWARC writes none) whose
bytes changed: it decompresses, to other bytes. `recompress` checked such a frame by its
records (a failing WARC-Block-Digest, a Content-Length not followed by exactly its blank
lines) and named it; `extract` read a changed length silently (an item of the wrong bytes,
exit 0). Both now ask the same check: the frame is named on one line as one that does not
decompress, counted, exit 3, and the frames after it read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.plugins.lz4_frames import binary, extracted, flipped, run_newsarchive, unchecked
from tests.test_recompress_unverified import _record

PAGE = b"<html><title>Two</title><body><p>The second page.</p></body></html>"


def _length_changed(tmp_path: Path, digit: int) -> Path:
    first = _record("/one", b"<html><title>One</title>" + binary(2, 20_000), digest=False)
    second = _record("/two", PAGE, digest=False)
    start = first.index(b"Content-Length: ") + len(b"Content-Length: ")
    damaged = flipped(unchecked(first), first, start + digit % 5, bits=0x01)
    path = tmp_path / "length.warc.lz4"
    path.write_bytes(damaged + unchecked(second))
    return path


@pytest.mark.parametrize("digit", [0, -1])
def test_extract_names_an_unchecked_lz4_frame_whose_length_changed(
    tmp_path: Path, digit: int
) -> None:
    path = _length_changed(tmp_path, digit)
    done, urls = extracted(path, tmp_path)
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}@0: ")]
    assert len(named) == 1, done.stderr
    if digit == 0:  # the length grew past the frame's end: its record is cut short there
        assert named[0].startswith(f"WARNING: {path}@0: record skipped: cut short: "), named
    else:
        assert named[0].startswith(f"WARNING: {path}@0: record skipped: lz4 frame unreadable"), (
            named
        )
        assert "Content-Length does not end it" in named[0], named
    assert done.stderr.splitlines()[-1] == "extract: 1 item; skipped: 1 record skipped"
    assert [u.rsplit("/", 1)[1] for u in urls] == ["two"]


def test_extract_names_an_unchecked_lz4_frame_whose_block_digest_fails(tmp_path: Path) -> None:
    first = _record("/one", b"<html><title>One</title>" + binary(1, 20_000))
    second = _record("/two", PAGE)
    path = tmp_path / "flipped.warc.lz4"
    path.write_bytes(flipped(unchecked(first), first, len(first) // 2) + unchecked(second))
    done, urls = extracted(path, tmp_path)
    assert done.returncode == 3, done.stderr
    named = [line for line in done.stderr.splitlines() if line.startswith(f"WARNING: {path}@0: ")]
    assert named == [
        f"WARNING: {path}@0: record skipped: lz4 frame unreadable (ArchiveLoadFailed: block digest "
        "failed: " + named[0].split("block digest failed: ", 1)[-1]
    ], done.stderr
    assert done.stderr.splitlines()[-1] == "extract: 1 item; skipped: 1 record skipped"
    assert [u.rsplit("/", 1)[1] for u in urls] == ["two"]


def test_history_names_it_too(tmp_path: Path) -> None:
    path = _length_changed(tmp_path, -1)
    url = _record_url(path)
    done = run_newsarchive("history", url, "--warc", path)
    assert f"{path}@0: record skipped: lz4 frame unreadable" in done.stderr, done.stderr
    assert done.returncode != 0, done.stderr


def _record_url(path: Path) -> str:
    import lz4.frame

    data = lz4.frame.decompress(path.read_bytes())
    start = data.index(b"WARC-Target-URI: ") + len(b"WARC-Target-URI: ")
    return data[start : data.index(b"\r\n", start)].decode()


def test_sound_unchecked_frames_give_every_item(tmp_path: Path) -> None:
    records = [
        _record("/one", b"<html><title>One</title><p>First.</p></html>"),
        _record("/two", PAGE, digest=False),
    ]
    path = tmp_path / "sound.warc.lz4"
    path.write_bytes(b"".join(unchecked(record) for record in records))
    done, urls = extracted(path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert [u.rsplit("/", 1)[1] for u in urls] == ["one", "two"]
    assert done.stderr.splitlines()[-1] == "extract: 2 items"


def _revisit_one_crlf() -> bytes:
    """A revisit of Content-Length 0 followed by one CRLF, not two, as a pywb sample archive
    has it (tests/test_warc_corpus.py reads it plain: every record read, no notice)."""
    return (
        b"WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://old.news.test/one\r\n"
        b"WARC-Date: 2026-03-02T10:00:00Z\r\n"
        b"WARC-Record-ID: <urn:uuid:5a1c6c1e-3d7b-4c8e-9b0a-2f6d8e4a1b01>\r\n"
        b"WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n"
        b"WARC-Refers-To-Target-URI: http://old.news.test/one\r\n"
        b"WARC-Refers-To-Date: 2026-03-01T10:00:00Z\r\n"
        b"Content-Length: 0\r\n\r\n\r\n"
    )


def test_an_unchecked_frame_of_a_foreign_archive_read_plain_gives_every_item(
    tmp_path: Path,
) -> None:
    """An archive read plain without a word, compressed as one lz4 frame without checksums
    (Python's lz4.frame.compress writes none by default): a record ended by one CRLF was
    taken for a Content-Length changed, and the frame, all its pages, skipped (exit 3).
    `recompress` copies it too. A length changed is still found (the tests above)."""
    import lz4.frame

    first = _record("/one", b"<html><title>One</title><p>First.</p></html>", digest=False)
    second = _record("/two", PAGE, digest=False)
    path = tmp_path / "pywb-like.warc.lz4"
    path.write_bytes(lz4.frame.compress(first + _revisit_one_crlf() + second))
    done, urls = extracted(path, tmp_path)
    assert done.returncode == 0, done.stderr
    assert [u.rsplit("/", 1)[1] for u in urls] == ["one", "one", "two"]  # (the revisit)
    assert done.stderr.splitlines()[-1] == "extract: 3 items", done.stderr
    copied = run_newsarchive("recompress", path)
    assert copied.returncode == 0, copied.stderr


@pytest.mark.parametrize("more", [1, 2, 3])
def test_a_length_grown_into_its_blank_lines_is_named_in_a_frame_of_many(
    tmp_path: Path, more: int
) -> None:
    """One frame of three records, the second's Content-Length grown by 1-3 bytes: it takes
    the first bytes of its blank lines (what is left of them is still blank). A sound frame
    follows it. The first record, which passed its checks, is kept (it was lost with the
    frame)."""
    import lz4.frame

    records = [_record(f"/{name}", PAGE, digest=False) for name in ("one", "two", "six")]
    head, _, rest = records[1].partition(b"Content-Length: ")
    length, _, tail = rest.partition(b"\r\n")
    records[1] = head + b"Content-Length: " + str(int(length) + more).encode() + b"\r\n" + tail
    path = tmp_path / "grown.warc.lz4"
    sound = unchecked(_record("/ten", PAGE, digest=False))
    path.write_bytes(lz4.frame.compress(b"".join(records)) + sound)
    done, urls = extracted(path, tmp_path)
    assert done.returncode == 3, done.stderr
    named = f"{path}@0: record skipped: lz4 frame unreadable from the record of "
    assert named in done.stderr, done.stderr
    assert "/two on (ArchiveLoadFailed: a record's Content-Length" in done.stderr, done.stderr
    assert [u.rsplit("/", 1)[1] for u in urls] == ["one", "ten"]
