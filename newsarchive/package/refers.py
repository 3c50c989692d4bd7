"""What names a revisit's original for pywb, filled in from the original, for `replay` only.

pywb 2.10 finds a revisit's original only by its WARC-Refers-To-Target-URI: a revisit
without it (WARC/1.0 identical-payload-digest revisits, URL-agnostic ones, those naming
the original by WARC-Refers-To alone) failed to load and pywb served the original
capture in its place, at the original's date. `replay` serves a copy of such a revisit
whose original is in the archive, with the original's URI, date and payload digest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from warcio.recordloader import ArcWarcRecord

from newsarchive.warc.digests import index_digest
from newsarchive.warc.notpages import Key, named_keys, own_keys

# the WARC headers pywb reads to find a revisit's original
TARGET, DATE, DIGEST = "WARC-Refers-To-Target-URI", "WARC-Refers-To-Date", "WARC-Payload-Digest"
SERVED_ORIGINALS = ("response", "resource")  # pywb serves no revisit as another's original


def lacks_target(record: ArcWarcRecord) -> bool:
    """A revisit without WARC-Refers-To-Target-URI (pywb cannot find its original; without
    -Date alone it looks near the revisit's own date)."""
    return record.rec_type == "revisit" and not record.rec_headers.get_header(TARGET)


@dataclass
class Referred:
    """The originals read so far (their headers only), by every key a revisit names them with."""

    by_key: dict[Key, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def note(self, record: ArcWarcRecord) -> None:
        headers = record.rec_headers
        uri, date = headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Date")
        # a segment's digest may be of the segment: its joined copy has another
        segment = headers.get_header("WARC-Segment-Number")
        if record.rec_type not in SERVED_ORIGINALS or not uri or not date or segment:
            return
        digest = headers.get_header(DIGEST)
        names = ((TARGET, uri), (DATE, date), *([(DIGEST, index_digest(digest))] if digest else []))
        arc = record.format.startswith("arc")  # arc2warc invents a random id
        record_id = None if arc else headers.get_header("WARC-Record-ID")
        for key in own_keys(headers, record_id):
            self.by_key.setdefault(key, names)

    def names(self, revisit: ArcWarcRecord) -> dict[str, str]:
        """What the revisit lacks of its original's names (empty: its original is not known)."""
        for key in named_keys(revisit.rec_headers):
            if key in self.by_key:
                own = revisit.rec_headers
                return {name: value for name, value in self.by_key[key] if not own.get_header(name)}
        return {}
