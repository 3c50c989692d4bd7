"""A run's changed articles, as the run goes: the report's list and `changes.jsonl`.

The crawl state calls an article "changed" when its page's bytes changed; a new
ad or comment counter does that too. This pipeline (after the state's version
pipeline) reads the version before from the WARC the state points at, extracts
it the way the crawl extracts pages, and compares the articles' fields: a
page whose article did not change is counted (`changes/furniture_only`) and
listed nowhere. The item itself passes through untouched.
"""

from __future__ import annotations

import asyncio
import errno
import fcntl
import json
import logging
import os
import sqlite3
import stat
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings
from scrapy.statscollectors import StatsCollector

from newsarchive import exitcodes
from newsarchive.articles import article_item
from newsarchive.changes.archive import compare_versions, record_page
from newsarchive.changes.diff import ArticleDiff
from newsarchive.changes.listed import ListedChanges, key_of
from newsarchive.checks import SettingError
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.outputs import folder_refuses
from newsarchive.pipelines import EXTRACTOR_ATTRIBUTE, ExtractArticlePipeline
from newsarchive.redislink import lost as redis_lost
from newsarchive.redislink import unreachable
from newsarchive.state.run import CrawlStateRun, crawl_state
from newsarchive.state.store import StateStore
from newsarchive.workers import WorkerFailed

logger = logging.getLogger(__name__)

CHANGES_NAME = "changes.jsonl"


def append_line(path: Path, line: bytes) -> bool:
    """Append `line` whole or not at all, and on disk before this returns. One append a line:
    runs sharing the folder (workers of one crawl) never interleave. A disk that fills
    mid-line gave a short write, taken as done: a torn line that the next run's line was
    glued to (both lost to readers). The runs append one at a time (a lock on the file): cut
    back between another run's check and its cut, a line after the torn one went with it.

    The line is flushed to disk (fdatasync) before the run notes it as listed: that note
    (`ListedChanges`, written durably) outlives a power cut, and a line it names that was
    still in the page cache was lost for good (the next run, trusting the note, did not list
    the change again). A file whose last line has no end (a run killed or a power cut
    mid-append, another tool's write) gets its line end first: the torn line stays alone
    (`read_changes` skips and counts it) and this one whole. Returns whether it did so."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)  # its last byte read
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released as it is closed
        mended = _torn_tail(fd)
        start = os.fstat(fd).st_size
        written = 0
        try:
            if mended:
                _write_all(fd, b"\n")
                start += 1
            while written < len(line):  # a short write, then the error the disk gives
                written += os.write(fd, line[written:])
            _flush(fd)
        except OSError as exc:
            if written and os.fstat(fd).st_size == start + written:  # no other run's line after
                os.ftruncate(fd, start)
            raise OSError(exc.errno, exc.strerror, str(path)) from None
    finally:
        os.close(fd)
    return mended


# what fdatasync answers where there is nothing it can do: a FIFO a reader takes the lines
# from (EINVAL: each line went to the reader and the run failed, exit 1, listing no more),
# a file system that keeps no sync (some network and FUSE ones); the line is whole there
_NO_SYNC = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


def _flush(fd: int) -> None:
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        return
    try:
        os.fdatasync(fd)
    except OSError as exc:
        if exc.errno not in _NO_SYNC:
            raise


def _torn_tail(fd: int) -> bool:
    size = os.fstat(fd).st_size
    return size > 0 and os.pread(fd, 1, size - 1) != b"\n"


def _write_all(fd: int, data: bytes) -> None:
    done = 0
    while done < len(data):
        done += os.write(fd, data[done:])


@dataclass
class ChangesRead:
    """What `read_changes` found in a changes.jsonl."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    torn: int = 0  # lines without their end (a run killed or a power cut mid-append)
    bad: int = 0  # other lines that are no JSON object (damage, another tool's)


def read_changes(path: Path) -> ChangesRead:
    """The changes listed in `path`, each line a JSON object. A line without its end is a cut
    append: skipped and counted (`torn`), as a later run's append leaves it alone on its
    line; any other line that is no JSON object is skipped and counted (`bad`). Each is
    named (a warning with its line number): none is lost without a word."""
    found = ChangesRead()
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw.decode("utf-8"))
            except ValueError:
                entry = None
            if isinstance(entry, dict) and raw.endswith(b"\n"):
                found.entries.append(entry)
                continue
            torn = not raw.endswith(b"\n") or _is_torn(raw)
            if torn:
                found.torn += 1
            else:
                found.bad += 1
            what = "cut short (an append killed mid-line)" if torn else "not a JSON object"
            logger.warning("%s:%d: %s, skipped", path, number, what)
    return found


def _is_torn(raw: bytes) -> bool:
    """A line mended by a later append: the start of an object that ends too soon (no
    closing brace), or zeros a power cut left where the line's bytes should be."""
    text = raw.rstrip(b"\r\n")
    return (text.startswith(b"{") and not text.endswith(b"}")) or text.strip(b"\0") == b""


@dataclass(frozen=True)
class ChangesConfig:
    path: Path  # the changes.jsonl this run appends to
    warc_dir: Path

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> ChangesConfig:
        if not settings.getbool("CHANGES_ENABLED", True):
            raise NotConfigured("article changes off (CHANGES_ENABLED=0)")
        path = settings.get("CHANGES_FILE") or beside_items(settings)
        return cls(Path(path), Path(settings.get("WARC_DIR") or "warc"))


def beside_items(settings: BaseSettings) -> Path:
    """changes.jsonl in the folder of the run's first local items feed (else `items/`)."""
    for uri in settings.getdict("FEEDS"):
        text = str(uri)
        parts = urlsplit(text)
        if parts.scheme in ("", "file") and text not in ("-", "stdout:"):
            local = parts.path if parts.scheme == "file" else text
            return Path(local).parent / CHANGES_NAME
    return Path(settings.get("WARC_DIR") or "warc").parent / "items" / CHANGES_NAME


@dataclass
class RunChanges:
    """What one run found: shared by the pipeline (writes) and the run report (reads)."""

    path: Path | None = None
    articles: list[dict[str, Any]] = field(default_factory=list)
    furniture_only: int = 0
    unreadable: int = 0  # changed pages whose version before could not be read


CRAWLER_ATTRIBUTE = "newsarchive_changes"  # where the pipeline puts this run's changes


def run_changes(crawler: Crawler) -> RunChanges | None:
    """This crawl's changes, or None when nothing looks for them (no state, switched off)."""
    found = getattr(crawler, CRAWLER_ATTRIBUTE, None)
    return found if isinstance(found, RunChanges) else None


class ArticleChangesPipeline:
    """Lists each changed article in `changes.jsonl` as it is found, before the crawl state
    records it (newsarchive.changes.listed says why, and how a killed run's are not listed
    twice)."""

    def __init__(
        self,
        config: ChangesConfig,
        store: StateStore,
        stats: StatsCollector,
        found: RunChanges,
        state: CrawlStateRun | None = None,
        crawler: Crawler | None = None,
    ) -> None:
        self.crawler = crawler  # its extraction pipeline's, found at the first change
        self.config = config
        self.store = store
        self.stats = stats
        self.found = found
        self._state = state
        self._listed = ListedChanges(state.path) if state is not None else None
        self._written = 0
        self._unlisted = 0
        self._error: OSError | None = None
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="changes")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleChangesPipeline:
        assert crawler.stats is not None
        config = ChangesConfig.from_settings(crawler.settings)
        state: CrawlStateRun = crawl_state(crawler)
        if state.store is None:
            raise NotConfigured("no crawl state: no article has a version before")
        # a named file's folder, checked now; the default one beside the items is the items
        # feed's folder, whose own error names it (exit 1) as the feed opens
        why = folder_refuses(config.path.parent) if crawler.settings.get("CHANGES_FILE") else None
        if why:  # found as the run closed: a traceback, exit 0, the run's changes lost
            raise SettingError(
                f"the changed articles cannot be listed in {config.path} ({why}): give a "
                "CHANGES_FILE in a folder that takes files (default: beside the items)"
            )
        found = run_changes(crawler) or RunChanges(config.path)
        setattr(crawler, CRAWLER_ATTRIBUTE, found)  # the report reads it there
        return cls(
            config, state.store, crawler.stats, found, state if state.persistent else None, crawler
        )

    async def process_item(self, item: Any) -> Any:
        if isinstance(item, ArticleItem) and (item.version or 1) > 1:
            # the state still holds the version before: it moves on once the item is out
            where = previous_record(self.store, item.url)
            loop = asyncio.get_running_loop()
            page = await loop.run_in_executor(self._pool, self._page_before, item, where)
            compared = await self._compare(item, page) if page is not None else None
            await loop.run_in_executor(self._pool, self._note, item, compared)
        return item

    def _page_before(self, item: ArticleItem, where: tuple[str, int] | None) -> ArticlePage | None:
        if where is None:
            return None
        return record_page(self.config.warc_dir / where[0], where[1], item.url, item.site)

    async def _compare(
        self, item: ArticleItem, page: ArticlePage
    ) -> tuple[dict[str, Any], ArticleDiff] | None:
        """The version before extracted where the crawl extracts its pages (worker processes):
        here, the crawl's process loaded the extractor at its first change and parsed every
        version before on the reactor's core."""
        after = ItemAdapter(item).asdict()
        extractor = getattr(self.crawler, EXTRACTOR_ATTRIBUTE, None)
        if not isinstance(extractor, ExtractArticlePipeline):  # no extraction in this crawl
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(
                self._pool, compare_versions, article_item, page, after
            )
        try:
            compared: tuple[dict[str, Any], ArticleDiff] = await extractor.extract_with(
                compare_versions, page, after
            )
        except WorkerFailed as exc:  # its worker died or hung on it: counted as unreadable
            logger.warning("the version before of %s: extraction %s", item.url, exc)
            return None
        return compared

    def _note(self, item: ArticleItem, compared: tuple[dict[str, Any], ArticleDiff] | None) -> None:
        if compared is None:
            logger.warning("%s changed, but its version before is not readable", item.url)
            self.stats.inc_value("changes/unreadable")
            self.found.unreadable += 1
            return
        before, diff = compared
        if not diff.changed:
            self.stats.inc_value("changes/furniture_only")
            self.found.furniture_only += 1
            return
        self.stats.inc_value("changes/articles")
        entry = {
            "url": item.url,
            "site": item.site,
            "title": item.title,
            "version": item.version,
            "fetched_at": item.fetched_at,
            "previous_capture": before.get("fetched_at"),
            "warc_file": item.warc_file,
            "warc_record_id": item.warc_record_id,
            "previous_warc_file": before.get("warc_file"),
            "previous_warc_record_id": before.get("warc_record_id"),
            "summary": diff.summary(),
            "change": diff.as_dict(),
        }
        # the report's fields only: a run of many changes kept each whole diff (bodies' words)
        # in memory to its end, where the report reads three fields
        self.found.articles.append({key: entry[key] for key in ("url", "title", "summary")})
        self._list(entry)

    def _list(self, entry: dict[str, Any]) -> None:
        """The change's line, now: a run killed later keeps it."""
        key = key_of(entry)
        if self._listed is not None and self._listed.listed(key):
            self.stats.inc_value("changes/listed_by_killed_run")
            return
        if self._error is not None:  # the file took no line before: none is tried again
            self._unlisted += 1
            return
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        try:
            self.config.path.parent.mkdir(parents=True, exist_ok=True)
            if append_line(self.config.path, line.encode("utf-8")):
                self.stats.inc_value("changes/torn_lines_ended")
                logger.warning("%s ended in a line cut short (a run killed mid-append): it "
                               "is left alone on its line", self.config.path)  # fmt: skip
        except OSError as exc:  # a full disk: named at the close, and the run exits 1
            self._error = exc
            self._unlisted += 1
            self.stats.inc_value("changes/errors")
            exitcodes.note_write_error(self.stats, "changes", self.config.path, exc)
            return
        self._written += 1
        if self._listed is not None:
            try:
                self._listed.add(key, str(entry["warc_record_id"]))
            except OSError as exc:  # killed now, the next run would list it once more
                logger.warning("cannot note the change of %s in %s: %s", entry["url"],
                               self._listed.path, exc)  # fmt: skip

    def close_spider(self) -> None:
        self._pool.shutdown(wait=True)
        # a note kept longer is harmless: a later change of the article has another version
        # before; an item dropped (not written) is fetched, and its change found, again
        if self._listed is not None and _committed(self._state) and not self._dropped():
            state = self._state
            assert state is not None
            self._listed.finish(lambda url, record_id: state.record_id_of(url) == record_id)
        if self._written:
            logger.info("%d changed articles in %s", self._written, self.config.path)
        if self._error is not None:
            logger.error(
                "%d changed articles not listed in %s: %s (the run report and `history` "
                "still have them)", self._unlisted, self.config.path,
                self._error.strerror or self._error,
            )  # fmt: skip

    def _dropped(self) -> bool:
        return self._state is not None and self._state.dropped > 0


def _committed(state: CrawlStateRun | None) -> bool:
    """The state holds every capture this run recorded (a failed commit: not yet)."""
    if state is None or redis_lost():
        return False
    try:
        state.flush()
    except sqlite3.Error:
        return False
    except unreachable():
        return False
    return state.lost is None


def previous_record(store: StateStore, url: str) -> tuple[str, int] | None:
    """The WARC file and offset of the response holding the URL's current (soon: previous)
    body: the payload index knows the first record of those bytes even when the latest
    capture was a revisit."""
    capture = store.capture(url)
    if capture is None or capture.digest is None:
        return None
    payload = store.payload(capture.digest)
    if payload is not None and payload.warc_file and payload.warc_offset is not None:
        return payload.warc_file, payload.warc_offset
    if capture.record_type == "response" and capture.warc_file and capture.warc_offset is not None:
        return capture.warc_file, capture.warc_offset
    return None


def report_section(crawler: Crawler) -> dict[str, Any] | None:
    """The run report's "changes": each changed article in one line, and the counts."""
    found = run_changes(crawler)
    if found is None:
        return None
    return {
        "articles": [
            {"url": e["url"], "title": e["title"], "summary": e["summary"]} for e in found.articles
        ],
        "furniture_only": found.furniture_only,
        "unreadable": found.unreadable,
        "file": str(found.path) if found.articles else None,
    }
