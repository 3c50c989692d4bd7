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
  the state does not name (`repair_feed`), so it fetches those articles again
  and exports each once, itself. Which files a run writes is kept in a small
  journal beside the crawl state; the journal goes once the state has committed
  every line (the end of the run);
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

import io
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Self, cast

from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.extensions.feedexport import FeedExporter, FileFeedStorage
from scrapy.utils.defer import deferred_from_coro

from newsarchive.itemsinks import item_sinks
from newsarchive.redislink import lost as redis_lost
from newsarchive.redislink import unreachable
from newsarchive.state.run import CrawlStateRun, crawl_state

logger = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".feeds.json"  # beside the state file: state/<site>.feeds.json
TAIL_CHUNK = 64 * 1024
WRITE_ERROR = "items_write_error"
JSON_LINES = frozenset({"jsonlines", "jl"})  # Scrapy's names of the format, one object a line
REJECTED_SUFFIX = ".rejected"  # beside the items file: its damaged lines, as they were
GLUED_TRIES = 100  # where a whole line may start inside a damaged one: `{"` tried this often

Committed = Callable[[str, str], bool]  # (url, WARC record id) -> does the state name it


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

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        written = 0
        try:
            while written < len(view):
                written += os.write(self._fd, view[written:])
        except OSError:
            if written:
                os.ftruncate(self._fd, self._size)
            raise
        self._size += written
        return written

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

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        exporter = super().from_crawler(crawler)
        crawler.signals.disconnect(exporter.item_scraped, signal=signals.item_scraped)
        item_sinks(crawler).add(exporter.item_sink, "feed")
        return exporter

    def item_sink(self, item: Any, response: Any) -> None:
        self.item_scraped(item, cast(Spider, self.crawler.spider))

    def open_spider(self, spider: Spider) -> None:
        run = _state(self.crawler)
        self.journal = journal_path(self.crawler)
        if run is not None and self.journal is not None:
            rejected = repair_journal(self.journal, lambda url, rid: _names_record(run, url, rid))
            if rejected:
                self.crawler.stats.set_value("feeds/rejected_lines", rejected)
        super().open_spider(spider)

    async def close_spider(self, spider: Spider) -> None:
        await super().close_spider(spider)
        run = _state(self.crawler)
        # every line's article committed, none left out for a failed WARC metadata record ...
        committed = run is None or (_committed(run) and not run.dropped)
        if self.journal is not None and not self.failed and committed:
            self.journal.unlink(missing_ok=True)  # ... so nothing to repair

    def item_scraped(self, item: Any, spider: Spider) -> None:
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


def add_to_journal(journal: Path, feed: Path, json_lines: bool = False) -> None:
    """Name `feed` in the journal (and whether it is JSON Lines, whose damaged lines a repair
    may move aside: in other formats a line need not be a JSON object)."""
    files, json_files = _journal_files(journal)
    name = str(feed.resolve())
    if name in files and (name in json_files) == json_lines:
        return
    if name not in files:
        files.append(name)
    json_lines_files = [f for f in files if (json_lines if f == name else f in json_files)]
    journal.parent.mkdir(parents=True, exist_ok=True)  # a state kept in Redis made no folder
    temp = journal.with_name(journal.name + ".tmp")
    data = {"files": files, "json_lines": json_lines_files}
    temp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temp, journal)


def _journal_files(journal: Path) -> tuple[list[str], set[str]]:
    """The files a journal names, and those of them written as JSON Lines."""
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], set()
    if not isinstance(data, dict):
        return [], set()
    files, json_files = data.get("files"), data.get("json_lines")  # none in older journals
    names = [f for f in files if isinstance(f, str)] if isinstance(files, list) else []
    return names, {f for f in json_files if f in names} if isinstance(json_files, list) else set()


def repair_journal(journal: Path, committed: Committed) -> int:
    """Repair every feed a killed run named; the journal is then started afresh.

    Returns the number of damaged lines moved aside (`repair_feed`)."""
    names, json_files = _journal_files(journal)
    rejected_in_all = 0
    for name in names:
        rejected: list[int] = []
        try:
            cut = repair_feed(Path(name), committed, name in json_files, rejected)
        except OSError as exc:
            logger.warning("could not check the items file %s of an unfinished run: %s", name, exc)
            continue
        rejected_in_all += len(rejected)
        if cut:
            level = logging.WARNING if rejected else logging.INFO
            logger.log(level, "items file %s of an unfinished run: %s", name, cut)
    journal.unlink(missing_ok=True)
    return rejected_in_all


def repair_feed(
    path: Path, committed: Committed, json_lines: bool = False, rejected: list[int] | None = None
) -> str:
    """Cut a killed run's torn last line, and its last items the state lacks; in a
    JSON Lines file, move its damaged lines to `<file>.rejected` (`reject_damaged_lines`).

    The state commits in the order of the lines, so its items are the file's
    first ones: lines are removed from the end up to the last one it names.
    Returns what was done ("" for nothing); the numbers of the lines moved aside
    are added to `rejected`. Lines that are not JSON objects with `url` and
    `warc_record_id` (other formats) are left alone. Only a regular file is read: a
    device or pipe a run wrote its items to (`/dev/full`, a FIFO) has no lines to mend,
    and reading one could block or never end.
    """
    if not path.is_file():
        return ""
    done = []
    with path.open("r+b") as stream:
        size = stream.seek(0, os.SEEK_END)
        end = _line_start(stream, size)  # after the last newline
        if end < size:
            stream.truncate(end)
            done.append(f"torn last line cut ({size - end} bytes)")
    if json_lines:
        moved = reject_damaged_lines(path)
        if moved:
            done.append(_rejected(path, moved))
            if rejected is not None:
                rejected.extend(number for number, _reason in moved)
    with path.open("r+b") as stream:
        end = stream.seek(0, os.SEEK_END)
        removed: list[str] = []
        while end:
            start = _line_start(stream, end - 1)
            stream.seek(start)
            url, record_id = _item_ref(stream.read(end - start))
            if not url or not record_id or committed(url, record_id):
                break
            removed.append(url)
            end = start
        if removed:
            stream.truncate(end)
            done.append(_removed(removed))
    return "; ".join(done)


def reject_damaged_lines(path: Path) -> list[tuple[int, str]]:
    """Move the lines of a JSON Lines file that are no JSON object to `<file>.rejected`.

    What a line that is one (an item or not) says is not judged: only damage is
    moved (a torn write that later lines were appended after, junk such as the
    zeros a power loss leaves). A damaged line that ends in a whole JSON object
    (a torn write's start, then the next whole line) keeps that object as its
    line. The side file gets the lines first, then the file is replaced: a kill
    between the two leaves them in both. Returns (line number, reason) of each
    line moved, its number counted in the file as it was.
    """
    damaged = list(_damaged_lines(path))
    if not damaged:
        return []
    by_number = {number: keep for number, keep, _reason in damaged}
    side = path.with_name(path.name + REJECTED_SUFFIX)
    temp = path.with_name(f".{path.name}.repair")
    with path.open("rb") as lines, side.open("ab") as aside, temp.open("wb") as kept:
        for number, line in enumerate(lines, 1):
            if number not in by_number:
                kept.write(line)
            elif glued := by_number[number]:  # the torn start aside, as a line of its own
                aside.write(line[:glued] + b"\n")
                kept.write(line[glued:])
            else:
                aside.write(line)
        aside.flush()
        os.fsync(aside.fileno())
        kept.flush()
        os.fsync(kept.fileno())
    shutil.copymode(path, temp)
    os.replace(temp, path)
    return [(number, reason) for number, _keep, reason in damaged]


def _damaged_lines(path: Path) -> Iterator[tuple[int, int, str]]:
    """(line number, where a whole object starts in it or 0, reason) of each damaged line."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or _json_object(line):
                continue
            glued = _glued_object(line)
            reason = "a torn line, the next line glued to it" if glued else _what_is_wrong(line)
            yield number, glued, reason


def _json_object(line: bytes) -> bool:
    """Read as `index --items` reads it (json.loads of the bytes)."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:  # UnicodeDecodeError too
        return False


def _glued_object(line: bytes) -> int:
    """Where a whole JSON object that ends the line starts in it (0: none found)."""
    start = line.find(b'{"', 1)
    for _ in range(GLUED_TRIES):
        if start < 0:
            return 0
        if _json_object(line[start:]):
            return start
        start = line.find(b'{"', start + 1)
    return 0


def _what_is_wrong(line: bytes) -> str:
    try:
        json.loads(line.decode("utf-8"))  # the bytes' own reading guesses UTF-16 from junk
    except UnicodeDecodeError:
        return "not UTF-8"
    except ValueError:
        return "not JSON"
    return "not a JSON object"


def _rejected(path: Path, moved: list[tuple[int, str]]) -> str:
    shown = ", ".join(f"{number} ({reason})" for number, reason in moved[:5])
    more = f" and {len(moved) - 5} more" if len(moved) > 5 else ""
    lines = "line" if len(moved) == 1 else "lines"
    return f"{len(moved)} damaged {lines} moved to {path.name}{REJECTED_SUFFIX}: line {shown}{more}"


def _removed(urls: list[str]) -> str:
    if len(urls) == 1:
        return f"last item {urls[0]} removed (the crawl state never recorded it)"
    return (
        f"last {len(urls)} items removed, {urls[-1]} to {urls[0]} "
        "(the crawl state never recorded them)"
    )


def _line_start(stream: IO[bytes], end: int) -> int:
    """Offset just after the last newline before `end` (0 if none)."""
    position = end
    while position > 0:
        step = min(TAIL_CHUNK, position)
        stream.seek(position - step)
        chunk = stream.read(step)
        found = chunk.rfind(b"\n")
        if found >= 0:
            return position - step + found + 1
        position -= step
    return 0


def _item_ref(line: bytes) -> tuple[str | None, str | None]:
    try:
        data = json.loads(line)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    url, record_id = data.get("url"), data.get("warc_record_id")
    return (
        url if isinstance(url, str) else None,
        record_id if isinstance(record_id, str) else None,
    )
