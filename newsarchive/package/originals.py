"""The originals of a package's revisits, found in the archive files beside it (`index
--with-originals`).

A scheduled incremental crawl writes each run's unchanged pages as revisits of an
earlier run's records. Packaged alone, such a run has revisits that pywb and
replayweb.page cannot serve: pywb answers the revisit's date with another capture of
the URL (or an error), so the package would not show what that run saw. Copying the
few records the revisits name into the package (each record's bytes as written, a
gzip member each) lets it replay on its own; the earlier files are read, never
changed.
"""

from __future__ import annotations

import gzip
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive.exitcodes import copy_failed
from newsarchive.warc.archives import (
    READ_ERRORS,
    archive_files,
    error_text,
    install_tolerant_uris,
)
from newsarchive.warc.notpages import ORIGINAL_TYPES, Key, named_keys, own_keys

logger = logging.getLogger(__name__)

ORIGINALS_NAME = "newsarchive-revisit-originals.warc.gz"
# an original may itself be a revisit (of a still earlier run): followed this far
_CHAIN = 8


def beside(warcs: list[Path]) -> list[Path]:
    """The archive files in the folders of `warcs` that are not among them (oldest first by
    name, as the crawl names its files)."""
    given = {path.resolve() for path in warcs}
    folders = sorted({path.parent for path in warcs})
    found = [path for path in archive_files(folders) if path.resolve() not in given]
    return sorted(found, key=lambda path: path.name)


@dataclass
class _Record:
    path: Path
    offset: int
    length: int
    keys: tuple[Key, ...]
    revisit_keys: tuple[Key, ...]  # what it names, when it is a revisit itself


@dataclass
class Found:
    """The originals copied (`copied`), from which files, and the revisits still without."""

    copied: int = 0
    files: list[Path] = field(default_factory=list)
    resolved: int = 0  # revisits of the given files whose original was copied
    unresolved: int = 0  # revisits whose original is in none of the files looked in


def copy_originals(warcs: list[Path], candidates: list[Path], output: Path) -> Found:
    """`output`: the records of `candidates` that the revisits of `warcs` name and `warcs`
    lack, bytes unchanged (a record of a plain file is gzipped, a member of its own)."""
    given = _scan(warcs)
    # a revisit carries its original's digest: only other records stand for an original
    have: set[Key] = {key for record in given if not record.revisit_keys for key in record.keys}
    wanted = [record.revisit_keys for record in given if record.revisit_keys]
    missing = [keys for keys in wanted if not any(key in have for key in keys)]
    found = Found()
    if not missing or not candidates:
        found.unresolved = len(missing)
        return found
    pool = _by_key(_scan(candidates, quiet=False))
    chosen: dict[tuple[Path, int], _Record] = {}
    looking = missing
    for _ in range(_CHAIN):
        following = []
        for keys in looking:
            record = _first_match(keys, pool)
            if record is None or (record.path, record.offset) in chosen:
                continue
            chosen[(record.path, record.offset)] = record
            if record.revisit_keys and not any(key in have for key in record.revisit_keys):
                following.append(record.revisit_keys)
        if not following:
            break
        looking = following
    found.resolved = sum(1 for keys in missing if _first_match(keys, pool) is not None)
    found.unresolved = len(missing) - found.resolved
    if not chosen:
        return found
    found.files = sorted({record.path for record in chosen.values()}, key=lambda p: p.name)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        with output.open("wb") as out:
            for record in sorted(chosen.values(), key=lambda r: (r.path.name, r.offset)):
                data = _raw(record)  # its own file's read error names that file
                out.write(data)
    except _ReadFailed as exc:
        raise exc.error from None
    except OSError as exc:  # "No space left on device" named no file, or one gone
        names = ", ".join(str(path) for path in found.files)
        what = f"the revisits' originals copied from {names} (--with-originals)"
        raise copy_failed(exc, what, output) from None
    found.copied = len(chosen)
    return found


class _ReadFailed(Exception):
    """Reading an original from its file failed: that file's error, not the copy's."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _by_key(records: list[_Record]) -> dict[Key, list[_Record]]:
    """The records under each of their keys, in the files' order: a revisit's original is
    then one lookup, not a pass over every record of every earlier run."""
    pool: dict[Key, list[_Record]] = {}
    for record in records:
        for key in record.keys:
            pool.setdefault(key, []).append(record)
    return pool


def _first_match(keys: tuple[Key, ...], pool: dict[Key, list[_Record]]) -> _Record | None:
    """The record a revisit's keys name (its first key that any names), the newest of several,
    a record other than a revisit first (a revisit carries the digest it names)."""
    for key in keys:
        matches = pool.get(key)
        if matches:
            return ([m for m in matches if not m.revisit_keys] or matches)[-1]
    return None


def _scan(paths: Iterable[Path], quiet: bool = True) -> list[_Record]:
    """Each original-type record of `paths` with its place and keys; a file that breaks is
    read up to there (said in one line unless `quiet`: the given files' damage is named by
    the index pass)."""
    records: list[_Record] = []
    install_tolerant_uris()  # a record without WARC-Target-URI read on past (warcio raised)
    for path in paths:
        try:
            with path.open("rb") as stream:
                iterator = ArchiveIterator(stream, arc2warc=True)
                for record in iterator:
                    if record.rec_type not in ORIGINAL_TYPES:
                        continue
                    offset = iterator.get_record_offset()
                    headers = record.rec_headers
                    keys = own_keys(headers, headers.get_header("WARC-Record-ID"))
                    refers = named_keys(headers) if record.rec_type == "revisit" else ()
                    iterator.read_to_end(record)
                    length = iterator.get_record_length()
                    records.append(_Record(path, offset, length, keys, refers))
        except READ_ERRORS as exc:
            if not quiet:
                logger.warning(
                    "%s: looked for revisits' originals up to where it breaks: %s",
                    path, error_text(exc),
                )  # fmt: skip
    return records


def _raw(record: _Record) -> bytes:
    try:
        with record.path.open("rb") as stream:
            stream.seek(record.offset)
            data = stream.read(record.length)
    except OSError as exc:  # EIO reading it names it, not the copy
        if exc.filename is None:
            exc = OSError(exc.errno, exc.strerror or str(exc), str(record.path))
        raise _ReadFailed(exc) from None
    return data if data[:2] == b"\x1f\x8b" else gzip.compress(data)
