"""Which payloads are already archived: the index behind revisit records.

The extension asks `lookup(digest)` before writing a response and calls
`add(digest, ref)` once the record is flushed to its file, so an index never
points at bytes that a crash could lose. `WARC_DEDUP_INDEX` names the class:
the in-memory one here covers one crawl; a persistent one (several runs) plugs
in with the same two methods, built with `from_crawler` when it has one, and may
have `file_opened(name, writer="current")`: called when a writer opens a WARC file, after
its warcinfo and before any other record of it (the crawl state names the file then);
`writer` is "large" for the file of large bodies, written beside the current one.
"""

from __future__ import annotations

from typing import Protocol

from newsarchive.warc.exchange import RecordRef


class DedupIndex(Protocol):
    def lookup(self, digest: str) -> RecordRef | None:
        """The first record archived with this payload digest, if any."""
        ...

    def add(self, digest: str, ref: RecordRef) -> None:
        """Remember where the payload with this digest was archived."""
        ...


class MemoryDedupIndex:
    """Payload digests archived during this crawl (about 200 bytes each)."""

    def __init__(self) -> None:
        self._refs: dict[str, RecordRef] = {}

    def lookup(self, digest: str) -> RecordRef | None:
        return self._refs.get(digest)

    def add(self, digest: str, ref: RecordRef) -> None:
        self._refs.setdefault(digest, ref)

    def __len__(self) -> int:
        return len(self._refs)
