"""The archiving core: exchanges and derived content become record groups on disk.

No Scrapy signals here: the extensions (`extension`, `item_records`) hand it
what the crawl saw. It decides response or revisit (the dedup index, whose
failures cost a revisit, never a page), stops the crawl on a write error, and
mirrors the writer's counters into the crawl's stats.
"""

from __future__ import annotations

import logging
import os
import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.statscollectors import StatsCollector

from newsarchive import exitcodes
from newsarchive.warc import records
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.dedup import DedupIndex
from newsarchive.warc.exchange import HttpExchange, RecordRef
from newsarchive.warc.writer import RotatingWarcWriter

logger = logging.getLogger(__name__)

STATS_EVERY = 32  # record groups between copies of the writer's counters to the stats


# Record ids need to be unique, not secret: a generator seeded from the OS once per
# process (and again in a forked child) instead of os.urandom for every record.
_ids = random.Random()
os.register_at_fork(after_in_child=_ids.seed)


def new_record_id() -> str:
    """`<urn:uuid:...>` with a random (version 4) UUID; `uuid` sets its version bits."""
    return f"<urn:uuid:{uuid.UUID(int=_ids.getrandbits(128), version=4)}>"


def utc_now() -> datetime:
    return datetime.now(UTC)


class WarcArchiver:
    """Record groups into the rotating writer (writer.py), built by records.py;
    ids and the clock are injectable for tests."""

    def __init__(
        self,
        config: WarcConfig,
        stats: StatsCollector,
        dedup: DedupIndex | None,
        warcinfo_fields: dict[str, str],
        make_id: Callable[[], str] = new_record_id,
        clock: Callable[[], datetime] = utc_now,
        stop_crawl: Callable[[str], object] | None = None,
    ) -> None:
        self.config = config
        self._stop_crawl = stop_crawl
        self.failed = False  # a write failed: the archive is incomplete, the crawl stops
        self._groups = 0
        self._files_seen = 0
        self.closed = False
        self.stats = stats
        self.dedup = dedup
        self.make_id = make_id
        self.clock = clock
        self._fields = warcinfo_fields
        self.writer = RotatingWarcWriter(
            config.directory,
            config.prefix,
            config.max_file_size,
            self._warcinfo,
            gzip_level=config.gzip_level,
            clock=clock,
            on_open=self._file_opened,
        )

    @property
    def closed_files(self) -> list[Path]:
        return list(self.writer.closed_files)

    def archive(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None = None
    ) -> RecordRef:
        """Write one exchange (response or revisit, then request); its main record's ref."""
        http = records.http_response(exchange, self.config.max_payload)
        dedupable = self.dedup is not None and http.size > 0 and http.truncated is None
        original = self._lookup(http.payload_digest) if dedupable else None
        main_id = self.make_id()
        if not_modified is not None:
            main = records.not_modified_record(exchange, http, main_id, *not_modified)
            self.stats.inc_value("warc/revisits")
            self.stats.inc_value("warc/revisits_not_modified")
        elif original is not None:
            main = records.revisit_record(exchange, http, main_id, original)
            self.stats.inc_value("warc/revisits")
        else:
            main = records.response_record(exchange, http, main_id)
        request = records.request_record(exchange, self.make_id(), main_id)
        ref = self._write([main, request])[0]
        if http.truncated:
            self.stats.inc_value("warc/truncated")
            self.stats.inc_value(f"warc/truncated/{http.truncated}")
            logger.warning("archived %s truncated (%s)", exchange.url, http.truncated)
        if dedupable and original is None:
            self._remember(http.payload_digest, ref)
        return ref

    def write_resource(
        self, uri: str, content_type: str, data: bytes, concurrent_to: str | None = None
    ) -> RecordRef:
        record = records.resource_record(
            uri, data, content_type, self.make_id(), self.clock(), concurrent_to
        )
        return self._write([record])[0]

    def write_metadata(
        self, uri: str, data: bytes, content_type: str, concurrent_to: str
    ) -> RecordRef:
        record = records.metadata_record(
            uri, data, content_type, self.make_id(), self.clock(), concurrent_to
        )
        return self._write([record])[0]

    def _lookup(self, digest: str) -> RecordRef | None:
        """A failing index costs a revisit (the full response is written), never the page."""
        assert self.dedup is not None
        try:
            return self.dedup.lookup(digest)
        except Exception:  # any backend's error: counted and logged, archiving goes on
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index lookup failed; writing a full response")
            return None

    def _file_opened(self, name: str) -> None:
        """Tell the index the file records now go into, before any of them is written (a crawl
        state names it at once, so a kill later has it read again: newsarchive.state.unsynced)."""
        told = getattr(self.dedup, "file_opened", None)
        if not callable(told):
            return
        try:
            told(name)
        except Exception:  # as a failed add: later revisits may be lost, never the page
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index could not note the new WARC file %s", name)

    def _remember(self, digest: str, ref: RecordRef) -> None:
        assert self.dedup is not None
        try:
            self.dedup.add(digest, ref)
        except Exception:  # the record is written; only later revisits are lost
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index could not remember %s", ref.record_id)

    def close(self) -> None:
        self.closed = True
        try:
            self.writer.close()
        except OSError as exc:  # the `.open` file stays; `recover` repairs it
            logger.error("could not close the WARC file: %s", exc)
        self._publish_stats()
        closer = getattr(self.dedup, "close", None)
        if callable(closer):
            closer()

    def _write(self, group: list[Any]) -> list[RecordRef]:
        if self.failed:
            raise OSError("WARC writing stopped after an earlier write error")
        try:
            refs = self.writer.write_group(group)
        except OSError as exc:
            self._fail(exc)
            raise
        self._groups += 1
        if self.closed:  # a late capture (after spider_closed): never leave a file `.open`
            logger.warning("records written after the crawl closed its WARC files")
            self.writer.close()
            self._publish_stats()
        elif self._groups % STATS_EVERY == 0 or self.writer.files_opened != self._files_seen:
            self._publish_stats()
        return refs

    def _publish_stats(self) -> None:
        """Counters kept by the writer, copied to Scrapy's stats (cheap, not free)."""
        self._files_seen = self.writer.files_opened
        self.stats.set_value("warc/records", self.writer.records_written)
        self.stats.set_value("warc/bytes", self.writer.bytes_written)
        self.stats.set_value("warc/files", self.writer.files_opened)

    def _fail(self, exc: OSError) -> None:
        """Archiving is the point of the crawl: a failed write stops it, loudly."""
        self.failed = True
        self.stats.inc_value("warc/errors")
        where = getattr(self.writer, "current_path", None) or self.config.directory
        exitcodes.note_write_error(self.stats, "warc", where, exc)
        logger.error(
            "cannot write WARC records in %s: %s; stopping the crawl", self.config.directory, exc
        )
        if self._stop_crawl is not None:
            self._stop_crawl("warc_write_error")

    def _warcinfo(self, filename: str) -> Any:
        return records.warcinfo_record(filename, self._fields, self.make_id(), self.clock())
