"""The records no page is made of (images, stylesheets, scripts), kept by the keys a
revisit may name them with, so a revisit of one is known for what it is.

A revisit without HTTP headers (the crawl's server-not-modified revisits: pywb then
replays its original's headers and body) may be of a page or of an image; only its
original tells. The readers of pages pass images over unread, so without these keys
each such revisit of an image waited for a page original that never came and was
named "in none of the files given" (the 304s of page requisites, newsarchive.state).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_timestamp

from newsarchive.warc.digests import index_digest

Key = tuple[str, ...]
# records a revisit may refer to; requests, metadata and warcinfo are never originals
ORIGINAL_TYPES = ("response", "resource", "revisit")


def timestamp(date: str | None) -> str:
    """A WARC-Date to seconds, so `...21Z` and `...21.000Z` name the same capture."""
    try:
        return str(iso_date_to_timestamp(date or ""))
    except (ValueError, TypeError, IndexError, OverflowError):  # Overflow: a run of digits
        return date or ""


def own_keys(headers: StatusAndHeaders, record_id: str | None) -> tuple[Key, ...]:
    """Every key a revisit may name this record by (`named_keys`)."""
    uri = headers.get_header("WARC-Target-URI") or ""
    keys: list[Key] = [("capture", uri, timestamp(headers.get_header("WARC-Date")))]
    if record_id:
        keys.append(("id", record_id))
    digest = headers.get_header("WARC-Payload-Digest")
    if digest:  # in one form: a revisit may quote it in another (base16, `SHA1:`)
        keys += [("digest", uri, index_digest(digest)), ("any", index_digest(digest))]
    return tuple(keys)


def named_keys(headers: StatusAndHeaders) -> tuple[Key, ...]:
    """The keys a revisit names its original by, in the order `Originals.find` tries them."""
    keys: list[Key] = []
    refers_to = headers.get_header("WARC-Refers-To")
    if refers_to:
        keys.append(("id", refers_to))
    uri = headers.get_header("WARC-Refers-To-Target-URI") or headers.get_header("WARC-Target-URI")
    date = headers.get_header("WARC-Refers-To-Date")
    if date:
        keys.append(("capture", uri or "", timestamp(date)))
    digest = headers.get_header("WARC-Payload-Digest")
    if digest:
        keys += [("digest", uri or "", index_digest(digest)), ("any", index_digest(digest))]
    return tuple(keys)


@dataclass
class NotPages:
    """The keys of the records read past as no page."""

    keys: set[Key] = field(default_factory=set)

    def add(self, keys: tuple[Key, ...]) -> None:
        self.keys.update(keys)

    def holds_original_of(self, revisit_headers: StatusAndHeaders) -> bool:
        """Whether the revisit's original is one of them: it is no page either."""
        return any(key in self.keys for key in named_keys(revisit_headers))
