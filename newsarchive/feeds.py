"""Item feeds that survive a kill: every article the crawl state calls archived is in an items file.

Scrapy's file feed buffers its lines, while the crawl state records an article
as archived right after its item is exported: a crawl killed with SIGKILL lost
the buffered lines, and no later run exported those articles again. Here:

- each item's line is handed to the kernel in whole before the state hears of
  it (`LineFile`: unbuffered; a failed write is cut back, so no torn line), so a
  killed process leaves every exported line in the file;
- the state records the article right after the line (same signal, same
  thread) and commits its writes in batches, in order: the lines a killed run's
  state lacks are the file's last ones. The next run removes those whose record
  the state does not name (`newsarchive.feedrepair`), so it fetches those articles
  again and exports each once, itself. Which files a run writes is kept in a small
  journal beside the crawl state; the journal goes once the state has committed
  every line (the end of the run), but for the files of a killed run that could
  not be checked (an I/O error): those stay in it until a run can read them;
- a damaged line in the middle of a JSON Lines file (a torn write an earlier
  crash left, which later runs appended after; junk a power loss left) is moved
  by that repair to `<file>.rejected`, named and counted; every whole line
  stays, a whole line glued to a torn one included;
- a write error (disk full) stops the crawl (`items_write_error`) and keeps the
  state from recording the item that was not written; an item no line can be
  made of (its text in FEED_EXPORT_ENCODING) is skipped alone, counted, and kept
  from the state the same way (the item sinks catch a writer's error and go on).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Self, cast

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage
from scrapy.utils.defer import deferred_from_coro

from newsarchive import exitcodes
from newsarchive.feedrepair import JOURNAL_SUFFIX, add_to_journal, finish_journal, repair_journal
from newsarchive.itemsinks import item_sinks
from newsarchive.redislink import lost as redis_lost
from newsarchive.redislink import unreachable
from newsarchive.state.run import CrawlStateRun, crawl_state

logger = logging.getLogger(__name__)

WRITE_ERROR = "items_write_error"
JSON_LINES = frozenset({"jsonlines", "jl"})  # Scrapy's names of the format, one object a line
CRAWLER_ATTRIBUTE = "newsarchive_feeds"  # the crawler's CrashSafeFeedExporter


class LineFile(io.RawIOBase):
    """An append-only file written straight to the kernel, one whole write per call.

    A SIGKILL cannot lose what `write` returned from; an error (ENOSPC, EIO)
    cuts the file back to where the failed write began and is raised again.
    Unbuffered, so exporters that wrap it (CSV's text layer) write through too.
    """

    def __init__(self, path: Path, overwrite: bool) -> None:
        super().__init__()
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_APPEND)
        self.name = str(path)
        self._fd = os.open(path, flags, 0o644)
        self._size = os.fstat(self._fd).st_size
        self.opened_at = self._size  # what was in the file before this run's lines

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        written = 0
        try:
            while written < len(view):
                written += os.write(self._fd, view[written:])
        except OSError as exc:
            if written:
                self.cut(self._size)
            if exc.filename is None:  # os.write names no file: the run's last line does
                raise OSError(exc.errno, exc.strerror, self.name) from None
            raise
        self._size += written
        return written

    def cut(self, size: int) -> None:
        """Cut the file back to `size` bytes: the lines written after it are taken back.
        The next write goes there (a file opened without O_APPEND writes at its offset: the
        cut bytes came back as zeros)."""
        os.ftruncate(self._fd, size)
        os.lseek(self._fd, size, os.SEEK_SET)
        self._size = size

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def tell(self) -> int:
        return self._size

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


class CrashSafeFileStorage(FileFeedStorage):
    """Scrapy's file storage writing through `LineFile`, naming its file in the journal."""

    def __init__(
        self, uri: str, *, feed_options: dict[str, Any] | None = None, journal: Path | None = None
    ) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.journal = journal
        self.json_lines = (feed_options or {}).get("format") in JSON_LINES

    @classmethod
    def from_crawler(
        cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
    ) -> CrashSafeFileStorage:
        return cls(uri, feed_options=feed_options, journal=journal_path(crawler))

    def open(self, spider: Spider) -> IO[bytes]:
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.journal is not None:
            add_to_journal(self.journal, path, json_lines=self.json_lines)
        return cast(IO[bytes], LineFile(path, overwrite=self.write_mode == "wb"))


class CrashSafeFeedExporter(FeedExporter):
    """Scrapy's feed exporter, repairing a killed run's feeds first and failing loudly.

    Items come to it as an item sink (newsarchive.itemsinks), before their metadata
    record and the crawl state's record of them."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.failed = False
        self.journal: Path | None = None
        # the last item written, the slots then and their files' sizes before its lines
        self._last: tuple[Any, list[Any], list[int | None]] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        exporter = super().from_crawler(crawler)
        crawler.signals.disconnect(exporter.item_scraped, signal=signals.item_scraped)
        item_sinks(crawler).add(exporter.item_sink, "feed")
        setattr(crawler, CRAWLER_ATTRIBUTE, exporter)
        return exporter

    def item_sink(self, item: Any, response: Any) -> None:
        self.item_scraped(item, cast(Spider, self.crawler.spider))

    def open_spider(self, spider: Spider) -> None:
        run = _state(self.crawler)
        self.journal = journal_path(self.crawler)
        if run is not None and self.journal is not None:
            rejected = repair_journal(
                self.journal,
                lambda url, rid: _names_record(run, url, rid),
                lambda: _record_ids(run),
            )
            if rejected:
                self.crawler.stats.set_value("feeds/rejected_lines", rejected)
        super().open_spider(spider)

    async def close_spider(self, spider: Spider) -> None:
        self._make_empty_files()
        await super().close_spider(spider)
        run = _state(self.crawler)
        # every line's article committed, none left out for a failed WARC metadata record ...
        committed = run is None or (_committed(run) and not run.dropped)
        if self.journal is not None and not self.failed and committed:
            finish_journal(self.journal)  # ... so nothing to repair but what it could not check

    def _make_empty_files(self) -> None:
        """Make the files of feeds no item reached (FEED_STORE_EMPTY) before Scrapy does: it
        makes them in a task of its own, whose error (a full disk: the journal's entry) ended
        the log in `Task exception was never retrieved` and a traceback. A feed storing no
        empty file gets its folder all the same: cron's `index --items items/` after a first
        run that found nothing reads an empty folder."""
        for slot in self.slots:
            if slot.file is not None or slot.itemcount:
                continue
            if not slot.store_empty:
                _make_folder(slot.storage)
                continue
            try:
                slot.start_exporting()
            except OSError as exc:
                slot.store_empty = False  # Scrapy leaves it alone
                self.crawler.stats.inc_value("feeds/unmade_files")
                exitcodes.note_write_error(self.crawler.stats, "feeds", slot.uri, exc)
                logger.error("cannot make the items file %s: %s", slot.uri, exc)

    def take_back(self, item: Any) -> bool:
        """Take the last item's lines back out of its files (cut back to where they began);
        whether no feed keeps it. Each local JSON Lines file of this exporter still open is
        cut (the item the last one written: its item sinks not left yet); another format's
        file, stdout, a pipe, or a file a batch closed on this item keeps it (the next run's
        repair takes out only the last lines of a file, those the state does not name: a
        JSON Lines file left holding a line between others would keep it for good)."""
        if self._last is None or self._last[0] is not item or self.failed:
            return False
        _, slots, sizes = self._last
        self._last = None
        kept = False
        for slot, before in zip(slots, sizes, strict=True):
            file = slot.file
            if not isinstance(file, LineFile):
                kept = kept or not (file is None and before is None)  # None: not opened
                continue
            size = file.opened_at if before is None else before
            if file.tell() <= size:
                continue  # the item did not go to this feed (a filter)
            if slot not in self.slots or not _cuttable(slot.storage, file):
                kept = True
                continue
            try:
                file.cut(size)
            except OSError as exc:
                logger.warning("cannot cut the items file %s back: %s", file.name, exc)
                kept = True
                continue
            slot.itemcount -= 1
        return not kept

    def item_scraped(self, item: Any, spider: Spider) -> None:
        slots = list(self.slots)
        sizes: list[int | None] = [
            slot.file.tell() if isinstance(slot.file, LineFile) else None for slot in slots
        ]
        self._last = (item, slots, sizes)
        try:
            super().item_scraped(item, spider)
        except OSError as exc:
            self._write_failed(item, exc)
        except Exception as exc:  # the item's line could not be made (an encoding): it alone
            self._unwritable(item, exc)

    def _unwritable(self, item: Any, exc: Exception) -> None:
        """One item no line could be made of: skipped, counted, and not called archived by the
        state, so later runs fetch it again (the crawl goes on)."""
        url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        run = _state(self.crawler)
        if run is not None and isinstance(url, str):
            run.drop_item(url)
        self.crawler.stats.inc_value("feeds/unwritable_items")
        logger.error("item of %s not written to the items file: %r", url, exc)

    def _write_failed(self, item: Any, exc: OSError) -> None:
        """The item is in no file: the state must not call its article archived."""
        url = ItemAdapter(item).get("url") if ItemAdapter.is_item(item) else None
        run = _state(self.crawler)
        if run is not None and isinstance(url, str):
            run.drop_item(url)
        self.crawler.stats.inc_value("feeds/unwritten_items")
        exitcodes.note_write_error(self.crawler.stats, "feeds", exc.filename or "items", exc)
        for slot in self.slots:
            if slot.file is None:  # never opened (-o under a file): Scrapy would retry at close
                slot.store_empty = False  # and end the log in a traceback
        if self.failed:
            return
        self.failed = True
        logger.error("cannot write items: %s; stopping the crawl", exc)
        engine = self.crawler.engine
        if engine is not None:
            deferred_from_coro(engine.close_spider_async(reason=WRITE_ERROR))


def _make_folder(storage: Any) -> None:
    if isinstance(storage, FileFeedStorage):
        # nothing goes into it: no reason for the run to fail here
        with contextlib.suppress(OSError):
            Path(storage.path).parent.mkdir(parents=True, exist_ok=True)


def _cuttable(storage: Any, file: LineFile) -> bool:
    """Whether a line can be cut back out of `file`: a JSON Lines feed (a line an item) in a
    regular file still open (a FIFO or a device cannot be truncated)."""
    if file.closed or not getattr(storage, "json_lines", False):
        return False
    try:
        return stat.S_ISREG(os.fstat(file.fileno()).st_mode)
    except OSError:
        return False


def _committed(run: CrawlStateRun) -> bool:
    """The state holds every write made: else the journal stays, for the next run's repair."""
    if redis_lost():  # a shared state's Redis went away: its last writes did not reach it
        return False
    try:
        run.flush()
    except sqlite3.Error:  # the state's owner says so and retries once more at its close
        return False
    except unreachable():
        return False
    return run.lost is None


def journal_path(crawler: Crawler) -> Path | None:
    run = _state(crawler)
    if run is None:
        return None
    path = run.path
    return path.with_name(path.name.removesuffix(".sqlite") + JOURNAL_SUFFIX)


def _state(crawler: Crawler) -> CrawlStateRun | None:
    """The crawl state when it persists (its owner has opened it by open_spider)."""
    try:
        run = crawl_state(crawler)
    except NotConfigured:
        return None
    return run if run.persistent else None


def _names_record(run: CrawlStateRun, url: str, record_id: str) -> bool:
    return run.record_id_of(url) == record_id


def _record_ids(run: CrawlStateRun) -> Iterator[str]:
    """Every record id the state names: what a later repair of a file checks lines against."""
    if run.store is not None:
        yield from (c.record_id for c in run.store.captures() if c.record_id)
