"""Reading archived HTML pages back out of WARC and ARC files (ours or anyone's).

Every capture of an HTML page with status 200 becomes an `ArticlePage`: a
response, an http(s) resource record, or a revisit of any kind, resolved to
the body of its original wherever it sits among the files given (by
WARC-Refers-To, by WARC-Refers-To-Target-URI and -Date, or by payload digest).
Bodies are decoded here (br, zstd, gzip, deflate, stacks), not by warcio.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from w3lib.encoding import http_content_type_encoding
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders

from newsarchive.items import ArticlePage
from newsarchive.provenance import Provenance
from newsarchive.warc.archives import (
    CUT_WHEN_FETCHED,
    READ_ERRORS,
    Read,
    Segments,
    Skips,
)
from newsarchive.warc.encodings import ContentDecodingError, decode_body
from newsarchive.warc.framed import read_archive, read_one
from newsarchive.warc.notpages import ORIGINAL_TYPES, Key, NotPages, named_keys, own_keys

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_ORIGINAL_KEYS = ("warc-target-uri", "warc-date", "warc-payload-digest")


def iter_html_pages(paths: Iterable[Path], skips: Skips | None = None) -> Iterator[ArticlePage]:
    """Yield every HTML page capture in `paths`, in archive order.

    A revisit whose original comes in a later file is yielded after the last
    file. What cannot be read is named in `skips` (and logged); the rest goes on.
    """
    skips = skips if skips is not None else Skips()
    originals = Originals()
    others = NotPages()
    waiting: list[Capture] = []
    segments = Segments()  # this iterator's own: a record's segments may be in several files
    pages = PageRecords(others.add)

    def reads() -> Iterator[Read]:
        try:
            for path in paths:
                yield from read_archive(path, skips, pages, segments)
            yield from segments.joined(skips)  # after the last file, as revisits are resolved
        finally:
            segments.close()  # its temporary file, if the caller stopped early

    for read in reads():
        capture = Capture.of(read)
        if read.record.rec_type == "revisit":
            found = originals.find(capture)
            if found is None:
                if not others.holds_original_of(capture.rec_headers):
                    waiting.append(capture)
                continue
            page = revisit_page(capture, found, skips)
        else:
            originals.add(capture, located(read))
            page = original_page(read, skips)
        if page is not None:
            yield page
    for capture in waiting:
        found = originals.find(capture)
        if found is None:
            if not others.holds_original_of(capture.rec_headers):
                unresolved(capture, skips)
            continue
        page = revisit_page(capture, found, skips)
        if page is not None:
            yield page
    skips.say_outside()


def unresolved(capture: Capture, skips: Skips) -> None:
    """After the last file: a revisit whose original never came. One with HTTP headers of
    an HTML page is a page lost, named; one without (a 304's) is counted with the others
    (`Skips.revisit_outside`): most are of images, only the original would tell."""
    if capture.http_headers is None:
        skips.revisit_outside(capture.where)
        return
    reason = "revisit whose original is in none of the files given"
    skips.record(capture.path, capture.where, reason, url=_url(capture))


def wanted(record: ArcWarcRecord) -> bool:
    """Records that may hold an HTML page: the others are passed over unread."""
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


class PageRecords:
    """`wanted` (or `wants`), noting the keys of the records it passes over that a revisit may refer
    to (`newsarchive.warc.notpages`): a revisit of one of them is no page either."""

    def __init__(
        self,
        note: Callable[[tuple[Key, ...]], None],
        wants: Callable[[ArcWarcRecord], bool] = wanted,
    ) -> None:
        self.note = note
        self.wants = wants
        self._last: ArcWarcRecord | None = None  # asked twice of a record passed over

    def __call__(self, record: ArcWarcRecord) -> bool:
        if self.wants(record):
            return True
        if record is not self._last and record.rec_type in ORIGINAL_TYPES:
            self._last = record
            self.note(own_keys(record.rec_headers, record.rec_headers.get_header("WARC-Record-ID")))
        return False


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
class Capture:
    """A record's headers and place, all a page is built from besides its payload.

    Picklable (unlike warcio's record), so a worker can hand it to another process.
    """

    rec_headers: StatusAndHeaders
    http_headers: StatusAndHeaders | None
    path: Path
    offset: int | None
    where: str
    record_id: str | None

    @classmethod
    def of(cls, read: Read) -> Capture:
        record = read.record
        return cls(
            record.rec_headers, record.http_headers, read.path, read.offset, read.where,
            read.record_id,
        )  # fmt: skip

    def keys_only(self) -> Capture:
        """Only what `Originals.add` looks at: less for a worker to send back."""
        headers = [(k, v) for k, v in self.rec_headers.headers if k.lower() in _ORIGINAL_KEYS]
        kept = StatusAndHeaders(self.rec_headers.statusline, headers, self.rec_headers.protocol)
        return replace(self, rec_headers=kept, http_headers=None)


@dataclass(frozen=True)
class Located:
    path: Path
    offset: int | None
    # kept (with its headers) only where reading at the offset would not give it: the file
    # cannot be seeked into, or the record is joined from segments (its offset holds one)
    payload: bytes | None
    headers: StatusAndHeaders | None


def located(read: Read) -> Located:
    """Where an original capture can be read again.

    A record joined from segments is kept whole: read again at its offset, it was its
    first segment only, and a revisit of it became an item of a third of the page.
    """
    joined = read.record.rec_headers.get_header("WARC-Segment-Number") is not None
    kept = read.offset is None or joined
    payload = read.payload if kept else None
    return Located(read.path, read.offset, payload, read.record.http_headers if kept else None)


@dataclass
class Originals:
    """Where each original capture is, by every key a revisit may name it with (the keys of
    newsarchive.warc.notpages, which notes the records that are no page by the same ones)."""

    by_key: dict[Key, Located] = field(default_factory=dict)
    # a WARC-Record-ID given to captures of two URLs (another tool's reuse, files merged):
    # by id alone a revisit got the last one read, another URL's page; found by id and URI
    by_id_uri: dict[tuple[str, str], Located] = field(default_factory=dict)
    shared_ids: set[str] = field(default_factory=set)
    _id_uri: dict[str, str] = field(default_factory=dict)  # each id's first URI

    def add(self, capture: Capture, located: Located) -> None:
        uri = _bare(capture.rec_headers.get_header("WARC-Target-URI"))
        if capture.record_id:
            if self._id_uri.setdefault(capture.record_id, uri) != uri:
                self.shared_ids.add(capture.record_id)
            self.by_id_uri[(capture.record_id, uri)] = located
        for key in own_keys(capture.rec_headers, capture.record_id):
            self.by_key[key] = located

    def find(self, revisit: Capture) -> Located | None:
        """By record id, then URI and date, then URI and digest, then digest alone. An id
        two URLs' captures share finds only the capture of the URI the revisit names
        (WARC-Refers-To-Target-URI), else none by id: the last read was another URL's page.
        An id no two share finds its capture as before (its URI written in another form)."""
        named_uri = _bare(revisit.rec_headers.get_header("WARC-Refers-To-Target-URI"))
        for key in named_keys(revisit.rec_headers):
            if key[0] == "id" and key[1] in self.shared_ids:
                found = self.by_id_uri.get((str(key[1]), named_uri)) if named_uri else None
                if found is not None:
                    return found
            elif key in self.by_key:
                return self.by_key[key]
        return None


def _bare(uri: str | None) -> str:
    """A URI as WARC/1.1 writes it (WARC/1.0 drafts put it in <>)."""
    return (uri or "").strip().removeprefix("<").removesuffix(">")


def revisit_page(capture: Capture, original: Located, skips: Skips) -> ArticlePage | None:
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
            reason = f"its original could not be read again: {exc!r}"
            skips.record(capture.path, capture.where, reason, url=_url(capture))
            return None
        first_headers = first.http_headers
    own = capture.http_headers
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
    return _page(capture, merged, payload, skips)


def original_page(read: Read, skips: Skips) -> ArticlePage | None:
    """The page a response or resource record holds (None: skipped, named in `skips`).

    A body cut short when fetched (WARC-Truncated: disconnect or time) is part of
    a page: named and skipped, as the crawl did not parse it either (no item of
    half an article, no half page as a changed version in `history`).
    """
    cut = read.record.rec_headers.get_header("WARC-Truncated")
    if cut in CUT_WHEN_FETCHED:
        reason = f"cut short when fetched (WARC-Truncated: {cut}): no item made of part of a page"
        skips.record(read.path, read.where, reason, url=_url(Capture.of(read)))
        return None
    return _page(Capture.of(read), read.record.http_headers, read.payload, skips)


def _page(
    capture: Capture, headers: StatusAndHeaders | None, payload: bytes, skips: Skips
) -> ArticlePage | None:
    if headers is None:  # a resource record: the block is the page
        content_type = capture.rec_headers.get_header("Content-Type")
        body = payload
    stored_cut = capture.rec_headers.get_header("WARC-Truncated") is not None
    if headers is not None:
        content_type = headers.get_header("Content-Type")
        try:  # a body stored cut (at a size limit) is read as far as its coding decodes
            body = decode_body(payload, headers.get_header("Content-Encoding"), cut=stored_cut)
        except ContentDecodingError as exc:
            skips.record(capture.path, capture.where, str(exc), url=_url(capture))
            return None
    # the header's charset only: extraction's decode() reads the BOM and meta itself
    encoding = http_content_type_encoding(content_type) or ""
    return ArticlePage(
        url=capture.rec_headers.get_header("WARC-Target-URI"),
        body=body,
        encoding=encoding,
        stored_cut=stored_cut,
        provenance=Provenance(
            fetched_at=capture.rec_headers.get_header("WARC-Date"),
            warc_file=capture.path.name.removesuffix(".open"),
            record_id=capture.record_id,
            offset=capture.offset,
        ),
    )


def _url(capture: Capture) -> str | None:
    uri = capture.rec_headers.get_header("WARC-Target-URI")
    return str(uri) if uri else None
