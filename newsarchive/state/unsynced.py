"""Payload rows a killed run archived but never committed, read back from its WARC file.

A SQLite state commits its writes in batches, so a run killed with -9 leaves the
payloads of its last moments archived but unknown to the state: the next run
fetched those pages again (their articles had no capture either) and wrote each
as a second whole response, where a revisit of the killed run's record would do
(a campaign of 20 kills on the demo: 80 pages archived twice whole). The state
names the WARC files whose rows may be missing (`CrawlState.writing`: each
writer's file being written, the current one and the large bodies'; the rows of
every file before them were committed when one was named, as its writer opened
it, before any record of it); the next run reads those files once (the WARC
extension has cut them back to their last whole record first) and records the
payloads the state lacks.
"""

from __future__ import annotations

import glob
import logging
import re
import zlib
from pathlib import Path
from typing import BinaryIO

from scrapy.statscollectors import StatsCollector
from warcio.archiveiterator import ArchiveIterator

from newsarchive.state.store import CrawlState, Payload
from newsarchive.warc.archives import (
    JUNK_HOOK,
    READ_ERRORS,
    Skips,
    junk_after,
    next_record,
    one_line_notices,
    tolerant_loader,
    unfinished_member,
)

logger = logging.getLogger(__name__)

EMPTY_PAYLOAD = "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"  # never remembered (no revisit of nothing)
OPEN_SUFFIX = ".open"
ERROR_CHARS = 200  # of what stopped the reading, in the log line
BLOCK = 1 << 16


def remember_killed_runs_payloads(
    store: CrawlState, directory: Path, stats: StatsCollector
) -> None:
    """Record the payloads of the files a killed run was writing; forget their names."""
    names = store.writing()
    if not names:
        return
    for name in [*names, *_later_files(directory, names)]:
        path = _find(directory, name)
        if path is None:
            logger.info("crawl state: the killed run's WARC file %s is not in %s", name, directory)
            continue
        damaged: list[str] = []
        payloads, error = read_payloads(path, name, store.last_payload_offset(name), damaged)
        known = [p for p in payloads if store.payload(p.digest) is None]
        store.save((), known)
        stats.inc_value("state/payloads_recovered", len(known))
        for stretch in damaged:
            stats.inc_value("state/unsynced_damaged")
            logger.warning(
                "crawl state: %s, the last WARC file of a killed run, is damaged at %s: read "
                "on after it (the pages archived in the damaged stretch are fetched whole again)",
                path.name,
                stretch,
            )
        if known or error:
            logger.warning(
                "crawl state: %d archived payloads of %s (the last WARC file of a run killed "
                "before its state was saved) were not recorded; recorded now, so their pages "
                "become revisits%s",
                len(known),
                path.name,
                f" (read up to an unreadable record: {error})" if error else "",
            )
    store.set_writing()


# {prefix}-{timestamp}-{serial}-{pid}-{host}.warc.gz (newsarchive.warc.writer.warc_filename)
_NAME = re.compile(r"^(?P<prefix>.+)-\d{17}-(?P<serial>\d{5,})-(?P<host>[a-z0-9.-]+)\.warc\.gz$")


def _later_files(directory: Path, names: list[str]) -> list[str]:
    """The files the killed run's writer opened after the one the state names: a file whose
    note at its opening failed is named with its first payload, and a kill before that
    commit left its records unknown (a fault campaign, when every file was named so: a
    page archived whole twice)."""
    later: list[str] = []
    for name in names:
        named = _NAME.match(name)
        if named is None:
            continue
        for path in sorted(directory.glob(f"{glob.escape(named['prefix'])}-*.warc.gz*")):
            other = _NAME.match(path.name.removesuffix(OPEN_SUFFIX))
            if (
                other is not None
                and other["prefix"] == named["prefix"]
                and other["host"] == named["host"]
                and int(other["serial"]) > int(named["serial"])
                and other.string not in names + later
            ):
                later.append(other.string)
    return later


def _find(directory: Path, name: str) -> Path | None:
    for candidate in (directory / name, directory / (name + OPEN_SUFFIX)):
        if candidate.is_file():
            return candidate
    return None


def read_payloads(
    path: Path, name: str, start: int = 0, damaged: list[str] | None = None
) -> tuple[list[Payload], str]:
    """Every whole response's payload in the file from the record at `start` (the state's
    last row for the file: only what came after its last commit is read, not a whole 1 GB
    file), and what stopped the reading ("" at its end).

    A damaged stretch (a gzip member that does not inflate, bytes that start no record) is
    read past to the next record, and named in `damaged`: every gzip member stands alone,
    and the payloads after it would otherwise be fetched whole again."""
    found: list[Payload] = []
    notices = Skips()  # warcio's notices, a line a kind naming the file (not three a record)
    at: int | None = start
    try:
        with path.open("rb") as stream:
            while at is not None:
                end, error = _read_from(stream, at, path, name, found, notices, damaged)
                if not error:
                    return found, ""
                at = None if "cut short" in error else next_record(stream, end)
                if at is None:
                    return found, error
                if damaged is not None:
                    damaged.append(f"offset {end:,} to {at:,} ({error})")
    except OSError as exc:
        return found, f"{type(exc).__name__}: {exc}"[:ERROR_CHARS]
    finally:
        notices.say_tallied()
    return found, ""


def _read_from(
    stream: BinaryIO,
    at: int,
    path: Path,
    name: str,
    found: list[Payload],
    notices: Skips,
    damaged: list[str] | None = None,
) -> tuple[int, str]:
    """Read the records from offset `at` into `found`; (the end of the last whole record,
    what stopped the reading or ""). Junk after a record, passed over, is named in
    `damaged`."""
    stream.seek(at)
    end = at
    records = ArchiveIterator(stream, no_record_parse=True)
    tolerant_loader(records, arc=False)  # our own WARCs; a broken gzip member raises
    one_line_notices(records, path, notices)

    def junk(offset: int, size: int, more: bool) -> None:
        if damaged is not None:
            damaged.append(f"after the record at {records.offset:,} ({junk_after(size)})")

    setattr(records, JUNK_HOOK, junk)
    try:
        for record in records:
            headers = record.rec_headers
            digest = headers.get_header("WARC-Payload-Digest")
            wanted = (
                record.rec_type == "response"
                and digest
                and digest != EMPTY_PAYLOAD
                and not headers.get_header("WARC-Truncated")
                and not headers.get_header("WARC-Segment-Number")
            )
            if not _whole(record.raw_stream, headers.get_header("Content-Length")) and wanted:
                # a file not cut back (recovery off or left alone): a row for it
                # would make the next run's page a revisit of a torn record
                return end, f"its last record (at {records.get_record_offset()}) is cut short"
            if wanted:
                found.append(
                    Payload(
                        digest,
                        headers.get_header("WARC-Target-URI") or "",
                        headers.get_header("WARC-Date") or "",
                        headers.get_header("WARC-Record-ID") or "",
                        name,
                        records.get_record_offset(),  # from the file's start
                    )
                )
            end = records.get_record_offset() + records.get_record_length()
        unfinished_member(records, None)
    except READ_ERRORS as exc:
        # warcio quotes the bad "first line" whole: 4 MB of log for 1 MB of zeros
        kind = "" if isinstance(exc, zlib.error) else f"{type(exc).__name__}: "
        return end, _one_line(f"{kind}{exc}")
    return end, ""


def _one_line(text: str) -> str:
    """`text` shortened, its control characters (of a damaged record's bytes) as '?'."""
    return "".join(c if c.isprintable() else "?" for c in text[:ERROR_CHARS])


def _whole(body: BinaryIO, length: str | None) -> bool:
    """Read the record's block to its end: all of its Content-Length is there."""
    read = 0
    while chunk := body.read(BLOCK):
        read += len(chunk)
    return length is not None and length.isdigit() and read == int(length)
