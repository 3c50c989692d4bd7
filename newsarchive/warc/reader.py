"""Reading archived HTML pages back out of WARC and ARC files (ours or anyone's).

Every capture of an HTML page with status 200 becomes an `ArticlePage`: a
response, an http(s) resource record, or a revisit of any kind, resolved to
the body of its original wherever it sits among the files given (by
WARC-Refers-To, by WARC-Refers-To-Target-URI and -Date, or by payload digest).
Bodies are decoded here (br, zstd, gzip, deflate, stacks), not by warcio.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from w3lib.encoding import html_to_unicode
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_timestamp

from newsarchive.items import ArticlePage
from newsarchive.provenance import Provenance
from newsarchive.warc.archives import READ_ERRORS, Read, Skips, read_one, read_records
from newsarchive.warc.encodings import ContentDecodingError, decode_body

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_html_pages(paths: Iterable[Path], skips: Skips | None = None) -> Iterator[ArticlePage]:
    """Yield every HTML page capture in `paths`, in archive order.

    A revisit whose original comes in a later file is yielded after the last
    file. What cannot be read is named in `skips` (and logged); the rest goes on.
    """
    skips = skips if skips is not None else Skips()
    originals = _Originals()
    waiting: list[Read] = []
    for path in paths:
        for read in read_records(path, skips, _wanted):
            if read.record.rec_type == "revisit":
                found = originals.find(read.record)
                if found is None:
                    waiting.append(read)
                    continue
                page = _revisit_page(read, found, skips)
            else:
                originals.add(read)
                page = _page(read, read.record.http_headers, read.payload, skips)
            if page is not None:
                yield page
    for read in waiting:
        found = originals.find(read.record)
        if found is None:
            reason = "revisit whose original is in none of the files given"
            skips.record(read.path, read.where, reason)
            continue
        page = _revisit_page(read, found, skips)
        if page is not None:
            yield page


def _wanted(record: ArcWarcRecord) -> bool:
    if record.rec_type == "revisit":
        return _may_be_html(record.http_headers)
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
        return uri.startswith(("http:", "https:")) and _is_html(content_type)
    if record.rec_type != "response" or record.http_headers is None:
        return False
    headers = record.http_headers
    return headers.get_statuscode() == "200" and _is_html(headers.get_header("Content-Type"))


def _may_be_html(headers: StatusAndHeaders | None) -> bool:
    """A revisit of a page: one without HTTP headers could be, one of a stylesheet is not."""
    if headers is None:
        return True
    content_type = headers.get_header("Content-Type")
    return (content_type is None or _is_html(content_type)) and headers.get_statuscode() in (
        "200",
        "304",
    )


def _is_html(content_type: str | None) -> bool:
    return (content_type or "").split(";")[0].strip().lower() in HTML_TYPES


@dataclass(frozen=True)
class _Located:
    path: Path
    offset: int | None
    payload: bytes | None  # kept (with its headers) only when the file cannot be seeked into
    headers: StatusAndHeaders | None


@dataclass
class _Originals:
    """Where each original capture is, by every key a revisit may name it with."""

    by_id: dict[str, _Located] = field(default_factory=dict)
    by_capture: dict[tuple[str, str], _Located] = field(default_factory=dict)
    by_digest: dict[tuple[str, str], _Located] = field(default_factory=dict)
    any_by_digest: dict[str, _Located] = field(default_factory=dict)

    def add(self, read: Read) -> None:
        kept = read.offset is None
        located = _Located(
            read.path,
            read.offset,
            read.payload if kept else None,
            read.record.http_headers if kept else None,
        )
        headers = read.record.rec_headers
        uri = headers.get_header("WARC-Target-URI") or ""
        if read.record_id:
            self.by_id[read.record_id] = located
        self.by_capture[(uri, _timestamp(headers.get_header("WARC-Date")))] = located
        digest = headers.get_header("WARC-Payload-Digest")
        if digest:
            self.by_digest[(uri, digest)] = located
            self.any_by_digest[digest] = located

    def find(self, revisit: ArcWarcRecord) -> _Located | None:
        headers = revisit.rec_headers
        refers_to = headers.get_header("WARC-Refers-To")
        if refers_to and refers_to in self.by_id:
            return self.by_id[refers_to]
        uri = headers.get_header("WARC-Refers-To-Target-URI") or headers.get_header(
            "WARC-Target-URI"
        )
        date = headers.get_header("WARC-Refers-To-Date")
        if date and (uri, _timestamp(date)) in self.by_capture:
            return self.by_capture[(uri, _timestamp(date))]
        digest = headers.get_header("WARC-Payload-Digest")
        if not digest:
            return None
        return self.by_digest.get((uri, digest)) or self.any_by_digest.get(digest)


def _timestamp(date: str | None) -> str:
    """A WARC-Date to seconds, so `...21Z` and `...21.000Z` name the same capture."""
    try:
        return str(iso_date_to_timestamp(date or ""))
    except (ValueError, TypeError, IndexError):
        return date or ""


def _revisit_page(read: Read, original: _Located, skips: Skips) -> ArticlePage | None:
    """The revisit as a page: its own URL and date, the original's body.

    The body is decoded by the original's Content-Encoding (it is the
    original's bytes); status and type are the revisit's own when it carries a
    200, else the original's (a 304 or header-less revisit says "unchanged").
    """
    if original.payload is not None:
        payload, first_headers = original.payload, original.headers
    else:
        assert original.offset is not None
        try:
            first, payload = read_one(original.path, original.offset)
        except (*READ_ERRORS, StopIteration) as exc:  # it was read once: a disk error now
            skips.record(read.path, read.where, f"its original could not be read again: {exc!r}")
            return None
        first_headers = first.http_headers
    own = read.record.http_headers
    headers = own if own is not None and own.get_statuscode() == "200" else first_headers
    if headers is None:
        headers = own or StatusAndHeaders("200 OK", [], protocol="HTTP/1.1")
    encoding = first_headers.get_header("Content-Encoding") if first_headers else None
    merged = StatusAndHeaders(
        headers.get_statuscode() or "200",
        [(k, v) for k, v in headers.headers if k.lower() != "content-encoding"],
        protocol=headers.protocol,
    )
    if encoding:
        merged.add_header("Content-Encoding", encoding)
    if not _is_html(merged.get_header("Content-Type")) and first_headers is not None:
        merged.replace_header("Content-Type", first_headers.get_header("Content-Type") or "")
    if merged.get_statuscode() != "200" or not _is_html(merged.get_header("Content-Type")):
        return None
    return _page(read, merged, payload, skips)


def _page(
    read: Read, headers: StatusAndHeaders | None, payload: bytes, skips: Skips
) -> ArticlePage | None:
    record = read.record
    if headers is None:  # a resource record: the block is the page
        content_type = record.rec_headers.get_header("Content-Type")
        body = payload
    else:
        content_type = headers.get_header("Content-Type")
        try:
            body = decode_body(payload, headers.get_header("Content-Encoding"))
        except ContentDecodingError as exc:
            skips.record(read.path, read.where, str(exc))
            return None
    encoding, _ = html_to_unicode(content_type, body)
    return ArticlePage(
        url=record.rec_headers.get_header("WARC-Target-URI"),
        body=body,
        encoding=encoding,
        provenance=Provenance(
            fetched_at=record.rec_headers.get_header("WARC-Date"),
            warc_file=read.path.name.removesuffix(".open"),
            record_id=read.record_id,
            offset=read.offset,
        ),
    )
