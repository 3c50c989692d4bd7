"""ARC files as WARCs, for a WACZ package.

The WACZ standard (1.2.0) has `archive/` hold WARC files only, and replay tools
read it so: replayweb.page loads only members named `.warc` or `.warc.gz` and
parses only WARC headers, and pywb's unpacking copies out only those. An ARC file
given to `index --wacz` goes into the package as a WARC of its records (warcio
reads each ARC record as a WARC one: its URL, date, IP address and HTTP answer,
payload bytes unchanged), after a `warcinfo` record naming the ARC file it was
converted from. The ARC file itself is read, never changed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

from newsarchive.exitcodes import copy_failed
from newsarchive.warc.archives import READ_ERRORS, Skips, install_tolerant_uris
from newsarchive.warc.notices import one_line_notices
from newsarchive.warc.reading import read_records
from newsarchive.warc.warcio_patches import tolerant_loader

logger = logging.getLogger(__name__)

# the ARC's own `filedesc` record: its header line goes into our warcinfo, not a record
_FILEDESC = "filedesc:"


@dataclass(frozen=True)
class Converted:
    path: Path  # the WARC written
    records: int  # ARC records written as WARC records (the filedesc not counted)


def is_arc(path: Path) -> bool:
    """Whether `path`'s first record is an ARC record (a file unreadable: no, it is named
    as its reader opens it)."""
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream)
            one_line_notices(records, str(path), Skips(quiet=True))  # said by the index pass
            for record in records:
                return bool(record.format.startswith("arc"))
    except (*READ_ERRORS, ValueError):
        return False
    return False


def warc_name(arc: Path) -> str:
    """The converted file's name: the ARC's own name and `.warc.gz` (`old.arc.gz.warc.gz`),
    which says what it was made from and is what a WACZ's replay tools load."""
    return f"{arc.name}.warc.gz"


def convert_arc(arc: Path, folder: Path, skips: Skips) -> Converted:
    """`folder/warc_name(arc)`: a warcinfo record naming `arc`, then each record of it the
    readers read (those they skip are named in `skips`, once) as a WARC record, gzipped a
    member a record. Each is read again at its offset by warcio as it is stored (its
    payload bytes as they are, chunked or not)."""
    output = folder / warc_name(arc)
    folder.mkdir(parents=True, exist_ok=True)
    install_tolerant_uris()
    filedesc = ""
    offsets: list[int] = []
    for read in read_records(arc, skips, _any):
        if read.offset is None:  # gzipped whole: no record at an offset (kept out before)
            continue
        if read.record.rec_type == "warcinfo" and not offsets:  # the filedesc
            filedesc = _filedesc(read.record)
        else:
            offsets.append(read.offset)
    try:
        with arc.open("rb") as stream, output.open("wb") as out:
            writer = WARCWriter(out, gzip=True, warc_version="WARC/1.0")
            writer.write_record(_warcinfo(writer, arc.name, filedesc))
            for offset in offsets:
                stream.seek(offset)
                iterator = ArchiveIterator(stream, arc2warc=True)
                tolerant_loader(iterator, arc=True)  # its header line read as the index read it
                one_line_notices(iterator, str(arc), Skips(quiet=True))  # said already
                writer.write_record(next(iter(iterator)))
    except OSError as exc:  # a full disk names no file
        raise copy_failed(exc, f"the WARC converted from {skips.shown(arc)}", output) from None
    return Converted(output, len(offsets))


def _any(record: object) -> bool:
    return True


def _filedesc(record: object) -> str:
    """The ARC's filedesc header line, as it came (its URL, IP address, date, type)."""
    headers = record.rec_headers  # type: ignore[attr-defined]
    name = headers.get_header("WARC-Filename") or ""
    date = headers.get_header("WARC-Date") or ""
    ip = headers.get_header("WARC-IP-Address") or ""
    return f"{_FILEDESC}//{name} {ip} {date}".strip()


def _warcinfo(writer: WARCWriter, name: str, filedesc: str) -> object:
    info = {
        "software": "newsarchive index --wacz",
        "format": "WARC File Format 1.0",
        "description": f"converted from the ARC file {name}: each ARC record as a WARC "
        "record, its URL, date, IP address and payload unchanged",
        "converted-from": name,
    }
    if filedesc:
        info["arc-filedesc"] = filedesc
    return writer.create_warcinfo_record(f"{name}.warc.gz", info)
