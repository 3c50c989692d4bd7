"""What is archived of one HTTP exchange, independent of who fetched it."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import BinaryIO

from newsarchive.provenance import Provenance

CHUNK = 1024 * 1024


@dataclass
class SpooledBody:
    """A body the download handler kept in a temporary file rather than in memory.

    The file is unnamed (deleted when closed or collected), so a killed crawl
    leaves nothing behind.
    """

    file: BinaryIO
    size: int

    def chunks(self, limit: int | None = None) -> Iterator[bytes]:
        """The first `limit` bytes (all by default), a megabyte at a time."""
        left = self.size if limit is None else min(limit, self.size)
        self.file.seek(0)
        while left > 0:
            chunk = self.file.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk

    def own_copy(self) -> SpooledBody:
        """The same (unnamed) file through a handle of its own, for a reader in another
        thread: the owner may close its handle meanwhile and the data stays until this one
        is closed. Only one of the two reads at a time (they share the file's offset)."""
        return SpooledBody(os.fdopen(os.dup(self.file.fileno()), "rb"), self.size)

    def sha1(self, limit: int | None = None, prefix: bytes = b"") -> bytes:
        digest = hashlib.sha1(prefix)
        for chunk in self.chunks(limit):
            digest.update(chunk)
        return digest.digest()


@dataclass
class HttpExchange:
    """One request and its response, as sent and as received.

    Headers are (name, value) pairs in wire order, repeated names kept.
    `body_decoded` is True when the fetcher only had the decoded body (a
    browser): the record builder then renames encoding headers instead of
    claiming an encoding the stored body does not have.
    """

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    body: bytes
    started_at: datetime  # when the fetch began (UTC): the WARC-Date
    protocol: str = "HTTP/1.1"
    reason: str | None = None  # None: the standard phrase for the status
    ip_address: str | None = None
    body_decoded: bool = False
    truncated: str | None = None  # WARC-Truncated reason if the fetcher cut the body
    spooled: SpooledBody | None = None  # the body, when too large for memory (`body` is b"")
    extra: dict[str, str] = field(default_factory=dict)  # further WARC headers
    trailers: list[bytes] = field(default_factory=list)  # a chunked body's trailer lines
    # the response's header fields exactly as served (order, hop-by-hop ones), when the
    # fetcher saw them; else the record is built from `response_headers`
    served_headers: list[tuple[str, str]] | None = None


@dataclass(frozen=True)
class RecordRef:
    """Where a record was written: enough for an item or a CDX line to point at it."""

    record_id: str  # "<urn:uuid:...>"
    warc_file: str  # file name (not path), without the .open suffix
    offset: int  # byte offset of the record's gzip member
    record_type: str  # "response", "revisit", "resource", ...
    date: str  # WARC-Date
    target_uri: str = ""  # WARC-Target-URI (what a revisit's WARC-Refers-To-Target-URI needs)
    payload_digest: str = ""  # WARC-Payload-Digest: of the body as served (not a rendered DOM)

    @property
    def provenance(self) -> Provenance:
        return Provenance(self.date, self.warc_file, self.record_id, self.offset)
