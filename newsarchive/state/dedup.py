"""The persistent dedup index: payloads archived by this run or any earlier one.

Plugged into the WARC extension with `WARC_DEDUP_INDEX`. The extension calls
`add` only after the record's group is flushed to its file, so the row written
here never points at bytes a crash could lose. A payload seen in an earlier
run becomes a revisit referring to that run's record (pywb resolves it across
files by WARC-Refers-To-Target-URI and WARC-Refers-To-Date).
"""

from __future__ import annotations

from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.redislink import unreachable
from newsarchive.state.run import CrawlStateRun, crawl_state
from newsarchive.state.store import CrawlState, Payload
from newsarchive.state.unsynced import remember_killed_runs_payloads
from newsarchive.warc.exchange import RecordRef


class StateDedupIndex:
    """Backed by the crawl state; with the state disabled, this crawl's payloads only."""

    def __init__(self, state: CrawlStateRun | None) -> None:
        self.state = state
        self._recent: dict[str, RecordRef] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StateDedupIndex:
        try:
            state = crawl_state(crawler)
        except NotConfigured:  # the state's owner is not enabled
            return cls(None)
        if isinstance(state.store, CrawlState):  # built after the WARC folder's recovery
            assert crawler.stats is not None
            directory = Path(crawler.settings.get("WARC_DIR") or "warc")
            remember_killed_runs_payloads(state.store, directory, crawler.stats)
        return cls(state if state.persistent else None)

    def lookup(self, digest: str) -> RecordRef | None:
        ref = self._recent.get(digest)
        if ref is not None:
            return ref
        try:
            payload = self.state.payload(digest) if self.state else None
        except unreachable():  # a shared state's Redis went away: a full record (the run stops)
            return None
        if payload is None:
            return None
        return RecordRef(
            record_id=payload.record_id,
            warc_file=payload.warc_file or "",
            offset=payload.warc_offset or 0,
            record_type="response",
            date=payload.date,
            target_uri=payload.url,
        )

    def file_opened(self, name: str, writer: str = "current") -> None:
        """A WARC writer (the current file's, or "large": the large bodies') opened `name`
        (its warcinfo only is in it yet)."""
        if self.state is None:
            return
        try:
            self.state.warc_file_opened(name, writer)
        except unreachable():  # a shared state's Redis went away: the run stops
            return

    def add(self, digest: str, ref: RecordRef) -> None:
        if digest in self._recent:
            return
        self._recent[digest] = ref
        if self.state is None:
            return
        payload = Payload(
            digest, ref.target_uri, ref.date, ref.record_id, ref.warc_file, ref.offset
        )
        try:
            self.state.remember_payload(payload)
        except unreachable():  # a shared state's Redis went away: the run stops
            return
