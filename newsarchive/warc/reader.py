"""Reading archived HTML pages back out of WARC files (ours or another crawler's).

Revisit records are resolved to the body of the record they refer to, so a
page archived as a duplicate still yields its article.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from w3lib.encoding import html_to_unicode
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsarchive.items import ArticlePage
from newsarchive.provenance import Provenance

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class _Located:
    path: Path
    offset: int


def iter_html_pages(paths: Iterable[Path]) -> Iterator[ArticlePage]:
    """Yield every HTML page with status 200 in `paths`, in archive order.

    A file that is damaged part way (a crawl killed mid-write, a bad download)
    gives the pages before the damage, and a warning says where it stopped.
    """
    by_id: dict[str, _Located] = {}
    for path in paths:
        try:
            yield from _pages_of(path, by_id)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
            logger.warning("%s: unreadable from here on, the rest of it skipped: %r", path, exc)


def _pages_of(path: Path, by_id: dict[str, _Located]) -> Iterator[ArticlePage]:
    with path.open("rb") as stream:
        # digests checked: a record cut short (crash, bad copy) is skipped, not half-read
        records = ArchiveIterator(stream, check_digests=True)
        for record in records:
            if not _is_html_200(record):
                continue
            # read the body before asking the offset: asking consumes the record
            body = record.content_stream().read() if record.rec_type == "response" else None
            offset = records.get_record_offset()
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            if _damaged(record):
                logger.warning("%s@%d: damaged record skipped (%s)", path, offset, record_id)
                continue
            if body is not None:
                by_id[record_id] = _Located(path, offset)
            else:
                body = _referred_body(record, by_id)
                if body is None:
                    logger.warning("revisit %s refers to no record read so far", record_id)
                    continue
            yield _page(record, body, path, offset)


def _damaged(record: ArcWarcRecord) -> bool:
    """A digest that fails, or that could not be checked because the record ends early."""
    if record.digest_checker.passed is False:
        return True
    has_digest = record.rec_headers.get_header("WARC-Block-Digest") is not None
    return has_digest and record.digest_checker.passed is None


def _is_html_200(record: ArcWarcRecord) -> bool:
    if record.rec_type not in ("response", "revisit") or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode()
    return status == "200" and content_type.split(";")[0].strip().lower() in HTML_TYPES


def _referred_body(record: ArcWarcRecord, by_id: dict[str, _Located]) -> bytes | None:
    located = by_id.get(record.rec_headers.get_header("WARC-Refers-To") or "")
    if located is None:
        return None
    with located.path.open("rb") as stream:
        stream.seek(located.offset)
        original = next(iter(ArchiveIterator(stream)))
        body: bytes = original.content_stream().read()
        return body


def _page(record: ArcWarcRecord, body: bytes, path: Path, offset: int) -> ArticlePage:
    assert record.http_headers is not None
    content_type = record.http_headers.get_header("Content-Type")
    encoding, _ = html_to_unicode(content_type, body)
    name = path.name.removesuffix(".open")
    return ArticlePage(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        body=body,
        encoding=encoding,
        provenance=Provenance(
            fetched_at=record.rec_headers.get_header("WARC-Date"),
            warc_file=name,
            record_id=record.rec_headers.get_header("WARC-Record-ID"),
            offset=offset,
        ),
    )
