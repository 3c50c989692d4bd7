"""What reading an archive may raise, told apart: damage in the file, or a bug of the reader.

Damage (a cut file, a flipped bit, a foreign format) is named on one line and
counted (`Skips`); the batch goes on. A reader's own record filter that raises is
no damage: it is raised as `FilterFailed`, which no reader catches, so the bug
shows with its traceback instead of passing for a damaged file.
"""

from __future__ import annotations

import errno
import zlib
from collections.abc import Callable

from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

# What warcio's iterator, gzip or zlib raise on a damaged or foreign file. AttributeError
# and TypeError are not in it: warcio's own (a digest algorithm name with a NUL byte) are
# caught where they arise (`archives.install_tolerant_digests`).
READ_ERRORS = (
    ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, KeyError, IndexError,
)  # fmt: skip


def disk_error(exc: BaseException) -> bool:
    """Whether a read's error is the disk's (EIO, a disk gone: an OSError with an errno), not
    damage of the file (a bad gzip header, a zlib or lz4 error: none has an errno)."""
    return isinstance(exc, OSError) and exc.errno is not None


def disk_why(exc: BaseException) -> str:
    """What the disk's error says (`Input/output error`)."""
    return (isinstance(exc, OSError) and exc.strerror) or str(exc)


class FilterFailed(Exception):
    """A reader's record filter raised (a bug of the reader): never read as damage."""


def ask(wanted: Callable[[ArcWarcRecord], bool], record: ArcWarcRecord, where: str) -> bool:
    """Whether `wanted` accepts `record`; what it raises comes out as `FilterFailed`."""
    try:
        return wanted(record)
    except Exception as exc:  # whatever it is, it is the filter's, not the file's
        name = getattr(wanted, "__qualname__", type(wanted).__qualname__)
        raise FilterFailed(f"record filter {name} failed on {where}: {error_text(exc)}") from exc


def error_text(exc: BaseException) -> str:
    """`Type: message`, on one line and at most ~200 characters (a `RestUnreadable`: its
    message alone, which says where and names its cause's type)."""
    if isinstance(exc, OSError) and exc.errno == errno.ELOOP:
        return SYMLINK_LOOP  # not "unreadable (OSError: [Errno 40] ...)": the user's links
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, RestUnreadable):
        return text
    if len(text) > 200:
        text = text[:200] + "..."
    # warcio quotes a foreign file's first line: control bytes (ESC ...) reached the terminal
    text = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in text)
    return f"{type(exc).__name__}: {text}"


class RestUnreadable(ValueError):
    """What follows a file's last readable record fails to read, and no record starts after
    it (a gzip with bytes after its members that do not inflate): where and how much."""

    def __init__(self, at: int, size: int, cause: BaseException) -> None:
        self.at, self.size, self.cause = at, size, cause
        super().__init__(tail_text(at, size, error_text(cause)))


def tail_text(at: int, size: int, error: str) -> str:
    """`27 bytes from offset 245 on, to the file's end, start no record (ERROR)`."""
    noun = "byte" if size == 1 else "bytes"
    return f"{size:,} {noun} from offset {at} on, to the file's end, start no record ({error})"


# a file that is a loop of symbolic links (a -> b -> a, a link to itself): a file's skip
# reason of its own, counted apart (`Skips.summary`); it was taken for no file at all
SYMLINK_LOOP = "a loop of symbolic links (each leads back to another): not read"


def unreadable(error: str, records_before: int) -> str:
    """A file's skip reason: what `error_text` gave, after how many records read whole."""
    if error == SYMLINK_LOOP:  # met as the file is opened: no record was read
        return error
    noun = "record" if records_before == 1 else "records"
    where = f"after {records_before} {noun} " if records_before else ""
    return f"unreadable {where}({error})"


def reason(exc: BaseException, records_before: int) -> str:
    """The skip reason of a file that raised `exc` after `records_before` records."""
    return unreadable(error_text(exc), records_before)
