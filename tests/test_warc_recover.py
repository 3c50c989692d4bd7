"""Recovery of `.open` WARC files left by a dead crawl (newsarchive.warc.recover)."""

from __future__ import annotations

import gzip
import io
import random
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from newsarchive.warc import records
from newsarchive.warc.exchange import HttpExchange
from newsarchive.warc.recover import recover_directory
from newsarchive.warc.writer import RotatingWarcWriter, gzip_member
from tests.plugins.cli_here import newsarchive_here
from tests.plugins.crawling import warcio_check

PROJECT = Path(__file__).resolve().parents[1]
WARCIO = PROJECT / ".venv" / "bin" / "warcio"
T0 = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def _writer(directory: Path) -> RotatingWarcWriter:
    fields = records.warcinfo_fields("sw/1", "host", "classic", "ua", "", "")
    ids = iter(range(1, 10_000))

    def make_id() -> str:
        return f"<urn:uuid:00000000-0000-4000-8000-{next(ids):012d}>"

    writer = RotatingWarcWriter(
        directory, "t", 10**9, lambda n: records.warcinfo_record(n, fields, make_id(), T0)
    )
    writer.make_id = make_id  # type: ignore[attr-defined]
    return writer


def _write_pairs(writer: RotatingWarcWriter, count: int) -> None:
    for n in range(count):
        ex = HttpExchange(
            url=f"http://127.0.0.1:9/{n}",
            method="GET",
            request_headers=[],
            request_body=b"",
            status=200,
            response_headers=[("Content-Type", "text/plain")],
            body=b"body %d " % n * 50,
            started_at=T0,
        )
        main_id = writer.make_id()  # type: ignore[attr-defined]
        http = records.http_response(ex)
        writer.write_group(
            [
                records.response_record(ex, http, main_id),
                records.request_record(ex, writer.make_id(), main_id),  # type: ignore[attr-defined]
            ]
        )


def _die(writer: RotatingWarcWriter) -> Path:
    """What SIGKILL leaves: the `.open` file, lock released, never renamed."""
    path = writer.current_path
    assert path is not None
    writer._file.close()  # type: ignore[union-attr]
    writer._file = None
    return path


def _record_ids(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [r.rec_headers.get_header("WARC-Record-ID") for r in ArchiveIterator(stream)]


def test_live_file_is_left_alone(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    _write_pairs(writer, 2)
    assert recover_directory(tmp_path) == []
    assert writer.current_path is not None and writer.current_path.exists()
    writer.close()


def test_partial_record_cut_and_whole_records_kept(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    _write_pairs(writer, 3)
    path = _die(writer)
    whole = _record_ids(path)
    partial = gzip_member(b"WARC/1.1\r\nWARC-Type: response\r\n" + b"x" * 5000, 6)
    with path.open("ab") as stream:
        stream.write(partial[: len(partial) // 2])  # killed in the middle of a record
    [result] = recover_directory(tmp_path)
    assert result.path == path.with_name(path.name.removesuffix(".open"))
    assert result.records == len(whole) == 7
    assert result.cut_bytes == len(partial) // 2
    assert _record_ids(result.path) == whole
    warcio_check([result.path])
    assert not list(tmp_path.glob("*.open"))


def test_recover_says_the_bytes_it_cut_with_thousands_separators(tmp_path: Path) -> None:
    """`recover` said "1666 bytes cut" where its other lines write "1,666"."""
    writer = _writer(tmp_path)
    _write_pairs(writer, 1)
    path = _die(writer)
    body = random.Random(15).randbytes(4000)  # compresses to no less: about 2,000 bytes cut
    partial = gzip_member(b"WARC/1.1\r\nWARC-Type: response\r\n\r\n" + body, 6)
    with path.open("ab") as stream:
        stream.write(partial[: len(partial) // 2])
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    closed = path.name.removesuffix(".open")
    cut = len(partial) // 2
    assert cut >= 1000
    assert f"{closed}: 3 records kept, {cut:,} bytes cut\n" in done.stdout, done.stdout


def test_recover_says_one_byte_cut_in_the_singular(tmp_path: Path) -> None:
    """A crawl killed one byte into its next record: `recover` said "1 bytes cut"."""
    writer = _writer(tmp_path)
    _write_pairs(writer, 1)
    path = _die(writer)
    with path.open("ab") as stream:
        stream.write(b"\x1f")  # the first byte of the next gzip member
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    closed = path.name.removesuffix(".open")
    assert f"{closed}: 3 records kept, 1 byte cut\n" in done.stdout, done.stdout


def test_member_that_is_not_a_whole_record_is_cut(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    _write_pairs(writer, 1)
    path = _die(writer)
    whole = _record_ids(path)
    # a complete gzip member whose record claims more bytes than it holds
    with path.open("ab") as stream:
        stream.write(
            gzip_member(b"WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 99\r\n\r\nab", 6)
        )
    [result] = recover_directory(tmp_path)
    assert result.path is not None and _record_ids(result.path) == whole


def test_file_with_nothing_whole_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / "t-1-00000-1~h.warc.gz.open"
    torn = gzip_member(b"WARC/1.1\r\n", 6)[:10]
    path.write_bytes(torn)
    [result] = recover_directory(tmp_path)
    assert result.path is None and not path.exists()
    assert result.damaged == tmp_path / "t-1-00000-1~h.warc.gz.damaged"
    assert result.damaged.read_bytes() == torn
    path.write_bytes(b"not a warc at all")
    [again] = recover_directory(tmp_path)  # an earlier .damaged file is never replaced
    assert again.damaged == tmp_path / "t-1-00000-1~h.warc.gz.damaged.2"
    assert result.damaged.read_bytes() == torn


def test_an_uncompressed_warc_left_open_is_recovered_as_warc(tmp_path: Path) -> None:
    plain = io.BytesIO()
    writer = WARCWriter(plain, gzip=False)
    for n in range(3):
        writer.write_record(
            writer.create_warc_record(
                f"urn:test:{n}", "resource", payload=io.BytesIO(b"x" * 999), length=999
            )
        )
    whole = plain.getvalue()
    path = tmp_path / "t-1-00000-1~h.warc.gz.open"
    path.write_bytes(whole + whole[:300])  # killed inside a fourth record
    [result] = recover_directory(tmp_path)
    assert result.path == tmp_path / "t-1-00000-1~h.warc" and result.records == 3
    assert result.path.read_bytes() == whole
    with result.path.open("rb") as stream:
        assert len(list(ArchiveIterator(stream))) == 3


def test_recover_command_says_what_it_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "t-1-00000-1~h.warc.gz.open").write_bytes(b"\x00" * 64)
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 3
    assert "t-1-00000-1~h.warc.gz.damaged: no whole WARC record in it, moved aside" in done.stdout
    assert done.stderr.strip().splitlines()[-1] == (
        "recover: 1 file(s) unreadable, moved aside as .damaged"
    )


def test_recover_command(tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    _write_pairs(writer, 2)
    path = _die(writer)
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 file(s) recovered" in done.stdout
    assert path.with_name(path.name.removesuffix(".open")).exists()


def test_a_folder_named_like_an_open_warc_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "a-1-00000-1~h.warc.gz.open").mkdir()  # sorts first: it stopped the rest
    writer = _writer(tmp_path)
    _write_pairs(writer, 2)
    path = _die(writer)
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "1 file(s) recovered" in done.stdout
    assert path.with_name(path.name.removesuffix(".open")).exists()
    assert "a-1-00000-1~h.warc.gz.open: not a file, left alone" in done.stderr
    assert (tmp_path / "a-1-00000-1~h.warc.gz.open").is_dir()


def test_file_left_while_being_created_is_removed(tmp_path: Path) -> None:
    hidden = tmp_path / ".t-1-00000-1~h.warc.gz.creating"
    hidden.write_bytes(b"")
    assert recover_directory(tmp_path) == []
    assert not hidden.exists()


def test_a_file_closed_by_its_writer_meanwhile_is_not_recovered(tmp_path: Path) -> None:
    """The race of two crawls sharing warc/: recovery opened the file, its writer renamed it."""
    from newsarchive.warc.recover import _still_named

    path = tmp_path / "a.warc.gz.open"
    path.write_bytes(b"x")
    with path.open("r+b") as handle:
        assert _still_named(path, handle)
        path.rename(tmp_path / "a.warc.gz")  # the live writer closing it
        assert not _still_named(path, handle)
        path.write_bytes(b"y")  # and a new file by the same name
        assert not _still_named(path, handle)


def test_recover_command_finds_open_files_in_subfolders(tmp_path: Path) -> None:
    """Sites and runs write into folders of their own under warc/: a killed crawl's file
    there is recovered; a live crawl's is named and left, another writer's `.open` file
    too (exit 3); a link to a folder elsewhere is not followed."""
    top = tmp_path / "warc"
    dead_dir, live_dir, outside = top / "demo" / "run-1", top / "foxnews", tmp_path / "elsewhere"
    for folder in (dead_dir, live_dir, outside):
        folder.mkdir(parents=True)
    dead = _writer(dead_dir)
    _write_pairs(dead, 3)
    dead_path = _die(dead)
    live = _writer(live_dir)
    _write_pairs(live, 1)
    assert live.current_path is not None
    live_path = live.current_path
    foreign = live_dir / "other-tool.warc.open"
    foreign.write_bytes(b"WARC/1.0\r\n")
    elsewhere = _writer(outside)
    _write_pairs(elsewhere, 1)
    outside_path = _die(elsewhere)
    (top / "linked").symlink_to(outside, target_is_directory=True)
    command = [sys.executable, "-m", "newsarchive", "recover", str(top)]
    try:
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=60)
        assert live_path.exists()  # still open, still being written
    finally:
        live.close()
    assert done.returncode == 3, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    closed = dead_path.with_name(dead_path.name.removesuffix(".open"))
    assert not dead_path.exists() and closed.exists()
    assert len(_record_ids(closed)) == 1 + 3 * 2  # warcinfo and every pair, read back
    warcio_check([closed])
    name = f"demo/run-1/{closed.name}"
    assert f"{name}: 7 records kept, 0 bytes cut" in done.stdout
    assert f"foxnews/{live_path.name}: left alone: a running crawl is writing it" in done.stdout
    assert f"WARNING: {foreign}: left alone" in done.stderr
    assert "1 file(s) recovered" in done.stdout
    assert outside_path.exists()  # reached only through a link: not ours to close


def _plain_records(count: int) -> bytes:
    plain = io.BytesIO()
    writer = WARCWriter(plain, gzip=False)
    for n in range(count):
        text = b"the harbour ferry ran late %d " % n * 20
        payload = io.BytesIO(text)
        record = writer.create_warc_record(
            f"urn:test:{n}", "resource", payload=payload, length=len(text)
        )
        writer.write_record(record)
    return plain.getvalue()


def test_a_file_bad_in_its_middle_is_left_alone_uncut(tmp_path: Path) -> None:
    """pywb's example-extra.warc ends a record with one CRLF of the two, then four whole
    records: recovery cut them all (3,715 bytes). Only a crash's cut-off end is cut."""
    whole = _plain_records(2)
    odd = whole.replace(b"\r\n\r\nWARC/", b"\r\nWARC/", 1)  # the first record's end
    path = tmp_path / "other-1.warc.gz.open"
    path.write_bytes(whole + odd)
    [result] = recover_directory(tmp_path)
    assert result.left_alone == path and result.path is None and result.damaged is None
    assert path.read_bytes() == whole + odd and len(list(tmp_path.iterdir())) == 1
    assert "is not whole, but a record starts at" in result.line()
    path.write_bytes(whole + whole[:300])  # a crash's cut-off end is still cut
    [cut] = recover_directory(tmp_path)
    assert cut.path is not None and cut.path.read_bytes() == whole and cut.cut_bytes == 300


def test_archives_in_another_form_are_left_alone_not_called_damaged(tmp_path: Path) -> None:
    """An ARC file, or a WARC gzipped as one stream, named `.warc.gz.open`, was moved aside
    as `.damaged` with `no whole WARC record in it`: both are whole, readable archives."""
    arc = (
        b"filedesc://x.arc 127.0.0.1 20260401080000 text/plain 75\n"
        b"1 0 Harbour\nURL IP-address Archive-date Content-type Archive-length\n\n\n"
    )
    (tmp_path / "a.warc.gz.open").write_bytes(arc)
    (tmp_path / "b.warc.gz.open").write_bytes(gzip.compress(_plain_records(3)))
    results = recover_directory(tmp_path)
    assert [r.why for r in results] == [
        "an ARC file (recover closes WARC files only)",
        "gzipped as one stream, not a gzip member a record",
    ]
    assert (tmp_path / "a.warc.gz.open").read_bytes() == arc
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.warc.gz.open", "b.warc.gz.open"]


def test_members_without_the_trailing_crlfs_are_whole(tmp_path: Path) -> None:
    """pywb's url-agnostic samples end each gzip member right after the block (no CRLFs):
    warcio reads them whole; recovery moved the file aside as `.damaged`."""
    records = [r + b"\r\n\r\n" for r in _plain_records(2).split(b"\r\n\r\nWARC/") if r]
    records = [records[0][:-4]] + [b"WARC/" + r[:-4] for r in records[1:]]
    path = tmp_path / "other-1.warc.gz.open"
    path.write_bytes(b"".join(gzip_member(r, 6) for r in records))
    [result] = recover_directory(tmp_path)
    assert result.path == tmp_path / "other-1.warc.gz" and result.records == 2
    assert result.line() == "other-1.warc.gz: 2 records kept, 0 bytes cut"


def test_recover_command_says_one_line_a_file_and_counts(tmp_path: Path) -> None:
    """Each file was named twice (the library's log line, then the command's)."""
    writer = _writer(tmp_path)
    _write_pairs(writer, 1)
    _die(writer)
    (tmp_path / "z.warc.gz.open").write_bytes(gzip.compress(_plain_records(2)))
    done = newsarchive_here("recover", str(tmp_path))
    lines = (done.stdout + done.stderr).splitlines()
    assert done.returncode == 3 and len(lines) == 4, lines
    assert lines[0].endswith(": 3 records kept, 0 bytes cut")
    assert lines[1].startswith("z.warc.gz.open: left alone, nothing cut: gzipped as one stream")
    assert lines[2:] == [
        f"recover: 1 file(s) recovered in {tmp_path}",
        "recover: 1 file(s) left alone, nothing cut (named above)",
    ]


def test_recover_given_a_file_or_a_folder_of_closed_archives_says_so(tmp_path: Path) -> None:
    """Given a closed archive, it said `no such directory` of a file that is there; over a
    folder of closed archives (pywb's and warcio's samples), `0 file(s) recovered`."""
    closed = tmp_path / "other.warc"
    whole = _plain_records(1)
    closed.write_bytes(whole)
    done = newsarchive_here("recover", str(closed))
    assert done.returncode == 2 and done.stderr.startswith(f"recover: {closed} is a file: ")
    assert "a closed archive is left as it is" in done.stderr
    done = newsarchive_here("recover", str(tmp_path))
    assert done.returncode == 0 and done.stdout == (
        f"recover: no .warc.gz.open file in {tmp_path} or under it: nothing to recover (closed "
        "archives are left as they are; `python -m newsarchive extract` names what it cannot "
        "read in them)\n"
    )
    assert closed.read_bytes() == whole


def test_a_last_record_with_other_line_ends_after_it_is_whole(tmp_path: Path) -> None:
    """pywb's missing-status-text sample ends its one record with CR CR LF twice: warcio
    reads it whole; recovery moved it aside as `.damaged` ("no whole WARC record")."""
    whole = _plain_records(2)
    odd = whole[: -len(b"\r\n\r\n")] + b"\r\r\n\r\r\n"
    path = tmp_path / "other-1.warc.gz.open"
    path.write_bytes(odd)
    [result] = recover_directory(tmp_path)
    assert result.path == tmp_path / "other-1.warc" and result.records == 2
    assert result.path.read_bytes() == odd and result.cut_bytes == 0
