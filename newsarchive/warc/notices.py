"""warcio's notices, said once a file and kind and naming the file.

warcio writes three lines to stderr, naming no file, for each record not followed by its
blank lines, and logs a line for each WARC-Target-URI with spaces; here each is tallied in
the batch's `Skips` (`Skips.tally`) and said at the file's end, one line a kind.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from warcio.archiveiterator import ArchiveIterator

if TYPE_CHECKING:
    from newsarchive.warc.skips import Skips


# warcio's notices, tallied a file (Skips.tally)
NOT_BLANK = "not blank"  # a record not followed by its blank lines (a Content-Length wrong)


SPACES = "spaces"  # a WARC-Target-URI with spaces, read with %20


ARC_SPACES = "arc spaces"  # an ARC header line's URL with spaces (it has no WARC-Target-URI)


_SPACES_SAID = "Replacing spaces in invalid WARC-Target-URI: "  # warcio's log message


def _not_blank(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} record{'s' * some} not followed by a blank line ({'their' if some else 'its'} "
        f"Content-Length may be wrong), read on; {'the first ' * some}at offset {first}, "
        f"found {detail}"
    )


def _not_blank_gunzipped(count: int, first: int, detail: str) -> str:
    """`_not_blank` of a file gzipped whole: no offset in the file holds a record, so the
    offset is in its gunzipped stream (as `zcat FILE` writes it)."""
    said = _not_blank(count, first, detail)
    return said.replace(f"at offset {first},", f"at offset {first} of its gunzipped stream,")


def _spaces(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} WARC-Target-URI{'s' * some} with spaces, read with %20 as warcio and "
        f"cdxj-indexer read {'them' if some else 'it'}; {'the first ' * some}at offset "
        f"{first}: {detail[:100]!r}"
    )


def _arc_spaces(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} URL{'s' * some} with spaces in ARC header lines, read with %20 as warcio "
        f"and cdxj-indexer read {'them' if some else 'it'}; {'the first ' * some}at offset "
        f"{first}: {detail[:100]!r}"
    )


NOT_BLANK_GUNZIPPED = "not blank, gunzipped"  # of a file gzipped whole


# a record whose length runs past its file's (or gzip member's) end, its HTTP body whole
LONG_LENGTH = "length past the end"


def _long_length(count: int, first: int, detail: str) -> str:
    some = count != 1
    return (
        f"{count} record{'s' * some} whose Content-Length runs past the end of the file or its "
        f"gzip member, the HTTP body in {'each' if some else 'it'} whole by its own "
        f"Content-Length: read as {'they are' if some else 'it is'} (a length miscounted); "
        f"{'the first ' * some}at offset {first}, {detail} bytes past"
    )


TALLIED = {
    NOT_BLANK: _not_blank,
    NOT_BLANK_GUNZIPPED: _not_blank_gunzipped,
    SPACES: _spaces,
    ARC_SPACES: _arc_spaces,
    LONG_LENGTH: _long_length,
}


# the readers inside warcio's parsing of a record now: (path, skips, records)
_reading: list[tuple[Path | str, Skips, ArchiveIterator]] = []


class _Notice:
    """Stands in for warcio's `INC_RECORD` template: warcio writes `INC_RECORD.format(offset,
    line)` to stderr, three lines naming no file, for each record not followed by its blank
    lines; here each is tallied for its file instead (and nothing written)."""

    def __init__(self, path: Path | str, skips: Skips, gunzipped: bool = False) -> None:
        self.path = path
        self.skips = skips
        self.kind = NOT_BLANK_GUNZIPPED if gunzipped else NOT_BLANK

    def format(self, offset: int, line: bytes) -> str:
        self.skips.tally(self.path, self.kind, offset, repr(line[:60]))
        return ""


class _Unsaid:
    """warcio's `INC_RECORD` for a record named already: its length runs over the record
    after it (`overrun_at`), which the notice would name a second time."""

    def format(self, offset: int, line: bytes) -> str:
        return ""


def unsaid_notices(records: ArchiveIterator) -> None:
    """No notice of a record not followed by a blank line from `records` from now on (a new
    iterator has its own: `one_line_notices`)."""
    records.INC_RECORD = _Unsaid()


def one_line_notices(
    records: ArchiveIterator, path: Path | str, skips: Skips, gunzipped: bool = False
) -> None:
    """Have warcio's notices while `records` reads `path` (a record not followed by its blank
    lines, a WARC-Target-URI with spaces) tallied in `skips`, for a line a file and kind
    (`Skips.say_tallied`) in place of warcio's own lines, which name no file. `gunzipped`:
    `records` reads a file gzipped whole, gunzipped (`WholeGunzip`): offsets are in that."""
    records.INC_RECORD = _Notice(path, skips, gunzipped)
    say_warcio_notices_once()
    loader = records.loader
    parse = loader.parse_record_stream

    def parsing(*args: object, **kwargs: object) -> object:
        _reading.append((path, skips, records))  # for `_WarcioLog` (warcio logs as it parses)
        try:
            return parse(*args, **kwargs)
        finally:
            _reading.pop()

    loader.parse_record_stream = parsing


class _WarcioLog(logging.Filter):
    """warcio's `Replacing spaces in invalid WARC-Target-URI: ...` log line: tallied for the
    file being read (`one_line_notices`), and any other of its notices let through once
    (`index --wacz` reads each file twice, and said it twice for one record)."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if _reading and text.startswith(_SPACES_SAID):
            path, skips, records = _reading[-1]
            kind = ARC_SPACES if _reads_arc(records, path) else SPACES
            skips.tally(path, kind, records.offset, text[len(_SPACES_SAID) :])
            return False
        if text in self.said:
            return False
        self.said.add(text)
        return True


def _reads_arc(records: ArchiveIterator, path: Path | str) -> bool:
    """Whether warcio reads ARC records there (warcio's notice says WARC-Target-URI of
    what an ARC header line calls its URL). Before a range's first record is read warcio
    knows no format yet: the file's name says it then."""
    known = str(records.known_format or "")
    if known:
        return known.startswith("arc")
    return ".arc" in Path(path).name.lower()


def say_warcio_notices_once() -> None:
    notices = logging.getLogger("warcio.recordloader")
    if not any(isinstance(f, _WarcioLog) for f in notices.filters):
        notices.addFilter(_WarcioLog())


def end_warcio_notices() -> None:
    """warcio's logger as it was before `say_warcio_notices_once`, at a command's end
    (`cli.main`): a program reading with warcio after it gets every notice again, and its
    next command run says what this one said (the filter's `said` is one run's)."""
    notices = logging.getLogger("warcio.recordloader")
    for made in [f for f in notices.filters if isinstance(f, _WarcioLog)]:
        notices.removeFilter(made)
