"""The archiving core: exchanges and derived content become record groups on disk.

No Scrapy signals here: the extensions (`extension`, `item_records`) hand it
what the crawl saw. It decides response or revisit (the dedup index, whose
failures cost a revisit, never a page), stops the crawl on a write error, and
mirrors the writer's counters into the crawl's stats.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import random
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from scrapy.statscollectors import StatsCollector
from twisted.internet.defer import Deferred, DeferredLock, fail
from twisted.internet.threads import deferToThreadPool
from twisted.python.failure import Failure
from twisted.python.threadpool import ThreadPool

from newsarchive import exitcodes
from newsarchive.warc import records
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.dedup import DedupIndex
from newsarchive.warc.exchange import HttpExchange, RecordRef, SpooledBody
from newsarchive.warc.writer import RotatingWarcWriter

logger = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

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
        self.writer = self._rotating(self._file_opened)
        # Large (spooled) bodies: a file of their own, written by `_pool`'s one thread
        # (hashing and compressing 200 MB took the reactor for seconds: no other answer
        # was read meanwhile). Opened, and rotated to, on the reactor thread (`_write_large`).
        # Named to the index as it opens (`_file_opened`, writer "large"): the crawl state
        # names both files being written, and a killed run's payload rows are read back
        # from each (a large body written just before a kill is a revisit in the next run).
        self.large = self._rotating(self._large_file_opened)
        self._large_lock = DeferredLock()  # one large body at a time, in the order they came
        self._large_urls: list[str] = []  # of the large bodies handed over and not yet written
        self._pool: ThreadPool | None = None

    @property
    def closed_files(self) -> list[Path]:
        """Closed files of both writers, in the order they were opened (by name)."""
        return sorted([*self.writer.closed_files, *self.large.closed_files], key=lambda p: p.name)

    def archive(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None = None
    ) -> RecordRef:
        """Write one exchange (response or revisit, then request); its main record's ref."""
        http = records.http_response(exchange, self.config.max_payload)
        group, fresh = self._group(exchange, http, not_modified)
        ref = self._write(group)[0]
        self._written(exchange, http, ref, fresh)
        return ref

    def archive_large(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None = None
    ) -> Deferred[RecordRef]:
        """As `archive`, for a body in a spool file (`exchange.spooled`), off the reactor
        thread: its digests are read, and its response record is compressed and written,
        by the archive's own thread, into the large-body file (`large`), while the crawl's
        other records go on into the current one. Large bodies are written one at a time,
        in the order they came; a revisit (nothing of the body written) is written at once
        like any record."""
        assert exchange.spooled is not None
        own = dataclasses.replace(exchange, spooled=exchange.spooled.own_copy())
        self._large_urls.append(exchange.url)
        done = self._large_lock.run(self._archive_large, own, not_modified)
        done.addBoth(_closing, own.spooled)
        done.addBoth(self._large_done, exchange.url)
        return _shielded(done)

    def _large_done(self, result: Any, url: str) -> Any:
        self._large_urls.remove(url)
        return result

    def _archive_large(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None
    ) -> Deferred[RecordRef]:
        """Under `_large_lock`, from hashing to the written group: `drained` waits for all.
        After a write error (`failed`) a body queued behind it fails at once, unread."""
        if self.failed:
            return fail(OSError("WARC writing stopped after an earlier write error"))
        hashed = self._in_thread(records.http_response, exchange, self.config.max_payload)
        return hashed.addCallback(self._large_hashed, exchange, not_modified)

    def _large_hashed(
        self,
        http: records.HttpPayload,
        exchange: HttpExchange,
        not_modified: tuple[RecordRef, str] | None,
    ) -> RecordRef | Deferred[RecordRef]:
        group, fresh = self._group(exchange, http, not_modified)
        if group[0].rec_type != "response":  # a revisit: headers only
            ref = self._write(group)[0]
            self._written(exchange, http, ref, fresh)
            return ref
        written = self._write_large(group)
        return written.addCallback(self._large_written, exchange, http, fresh)

    def _large_written(
        self, refs: list[RecordRef], exchange: HttpExchange, http: records.HttpPayload, fresh: bool
    ) -> RecordRef:
        self._written(exchange, http, refs[0], fresh)
        return refs[0]

    def _group(
        self,
        exchange: HttpExchange,
        http: records.HttpPayload,
        not_modified: tuple[RecordRef, str] | None,
    ) -> tuple[list[Any], bool]:
        """The main record (response or revisit) and the request; whether the payload is
        new to the dedup index (to be remembered once written)."""
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
        return [main, request], dedupable and original is None

    def _written(
        self, exchange: HttpExchange, http: records.HttpPayload, ref: RecordRef, fresh: bool
    ) -> None:
        if http.truncated:
            self.stats.inc_value("warc/truncated")
            self.stats.inc_value(f"warc/truncated/{http.truncated}")
            logger.warning("archived %s truncated (%s)", exchange.url, http.truncated)
        if fresh:
            self._remember(http.payload_digest, ref)

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

    def _rotating(self, on_open: Callable[[str], object]) -> RotatingWarcWriter:
        """A writer of this archive's files (the current one's or the large bodies'), told
        `on_open` the name of each file it opens."""
        config = self.config
        return RotatingWarcWriter(
            config.directory,
            config.prefix,
            config.max_file_size,
            self._warcinfo,
            gzip_level=config.gzip_level,
            clock=self.clock,
            on_open=on_open,
        )

    def _file_opened(self, name: str, writer: str = "current") -> None:
        """Tell the index the file records now go into, before any of them is written (a crawl
        state names it at once, so a kill later has it read again: newsarchive.state.unsynced)."""
        told = getattr(self.dedup, "file_opened", None)
        if not callable(told):
            return
        try:
            told(name) if writer == "current" else told(name, writer=writer)
        except Exception:  # as a failed add: later revisits may be lost, never the page
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index could not note the new WARC file %s", name)

    def _large_file_opened(self, name: str) -> None:
        self._file_opened(name, "large")

    def _remember(self, digest: str, ref: RecordRef) -> None:
        assert self.dedup is not None
        try:
            self.dedup.add(digest, ref)
        except Exception:  # the record is written; only later revisits are lost
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index could not remember %s", ref.record_id)

    def writing_large(self) -> list[str]:
        """The URLs of the large bodies handed over and not yet written, in order."""
        return list(self._large_urls)

    def drained(self) -> Deferred[None]:
        """Fires once every large body handed to `archive_large` so far is written (or failed)."""
        return self._large_lock.run(lambda: None)

    def close(self) -> None:
        """Close the files; a large body still being written (`drained` not waited for)
        closes its file when it is done."""
        self.closed = True
        try:
            self.writer.close()
        except OSError as exc:  # the `.open` file stays; `recover` repairs it
            logger.error("could not close the WARC file: %s", exc)
        if self._large_lock.locked:
            logger.warning("closing the WARC files while a large body is still being written")
            self._large_lock.run(self._close_large)
        else:
            self._close_large()
        closer = getattr(self.dedup, "close", None)
        if callable(closer):
            closer()

    def _close_large(self) -> None:
        try:
            self.large.close()
        except OSError as exc:
            logger.error("could not close the WARC file: %s", exc)
        if self._pool is not None:
            self._pool.stop()  # idle: the lock is held by this call alone
            self._pool = None
        self._publish_stats()

    def _in_thread(self, work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Deferred[T]:
        """`work` on the archive's own thread (not the reactor's pool, which resolves names)."""
        from twisted.internet import reactor as installed

        reactor: Any = installed
        if self._pool is None:
            self._pool = ThreadPool(minthreads=0, maxthreads=1, name="newsarchive-warc")
            self._pool.start()
            reactor.addSystemEventTrigger("during", "shutdown", self._stop_pool, self._pool)
        return deferToThreadPool(reactor, self._pool, work, *args, **kwargs)

    @staticmethod
    def _stop_pool(pool: ThreadPool) -> None:
        if pool.started:
            pool.stop()

    def _write_large(self, group: Sequence[Any]) -> Deferred[list[RecordRef]]:
        """A large body's group into the large-body file, from the archive's thread.

        Called under `_large_lock` (by `_archive_large`): the file is opened (its warcinfo,
        the index told of it) here on the reactor thread, then written and flushed (rotated
        after) in the thread.
        """
        if self.failed:
            return fail(OSError("WARC writing stopped after an earlier write error"))
        try:
            self.large.ready()
        except OSError as exc:
            self._fail(exc, self.large)
            return fail(exc)
        written = self._in_thread(self.large.write_group, group)
        return written.addCallbacks(self._large_group_done, self._large_group_failed)

    def _large_group_done(self, refs: list[RecordRef]) -> list[RecordRef]:
        self._groups += 1
        if self.closed and not self._large_lock.waiting:  # a late one: no file left `.open`
            logger.warning("records written after the crawl closed its WARC files")
            self._close_large()
        self._publish_stats()
        return refs

    def _large_group_failed(self, failure: Any) -> Any:
        if failure.check(OSError):
            self._fail(failure.value, self.large)
        return failure

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
        main, large = self.writer, self.large
        self._files_seen = main.files_opened
        self.stats.set_value("warc/records", main.records_written + large.records_written)
        self.stats.set_value("warc/bytes", main.bytes_written + large.bytes_written)
        self.stats.set_value("warc/files", main.files_opened + large.files_opened)

    def _fail(self, exc: OSError, writer: RotatingWarcWriter | None = None) -> None:
        """Archiving is the point of the crawl: a failed write stops it, loudly."""
        self.failed = True
        self.stats.inc_value("warc/errors")
        where = getattr(writer or self.writer, "current_path", None) or self.config.directory
        exitcodes.note_write_error(self.stats, "warc", where, exc)
        logger.error(
            "cannot write WARC records in %s: %s; stopping the crawl", self.config.directory, exc
        )
        if self._stop_crawl is not None:
            self._stop_crawl("warc_write_error")

    def _warcinfo(self, filename: str) -> Any:
        return records.warcinfo_record(filename, self._fields, self.make_id(), self.clock())


def _closing(result: Any, spooled: SpooledBody | None) -> Any:
    if spooled is not None:
        spooled.file.close()
    return result


def _shielded(done: Deferred[T]) -> Deferred[T]:
    """A Deferred firing as `done` does, whose cancelling leaves `done` alone: a caller that
    stops waiting (a browser capture given up) cannot end the lock's hold while the
    archive's thread still writes."""
    out: Deferred[T] = Deferred()

    def pass_on(result: Any) -> None:
        if not out.called:
            if isinstance(result, Failure):
                out.errback(result)
            else:
                out.callback(result)
        elif isinstance(result, Failure) and not isinstance(result.value, OSError):
            logger.error("archiving a large body failed", exc_info=result.value)

    done.addBoth(pass_on)
    return out
