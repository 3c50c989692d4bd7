"""`extract -j N`: archive files read and extracted by N worker processes, output as with one.

Reading a WARC (gzip, warcio's parsing, digests) costs about a tenth of what
extraction does: a parent that read every record and handed pages to workers
kept two cores only ~65% busy. Here each worker reads a shard of its own (a
byte range of a WARC gzipped record by record, or a whole file: see
`newsarchive.warc.shards`), builds and extracts its pages and hands back JSON
lines. The parent only merges, in archive order: it keeps the index of original
captures, resolves each revisit against it exactly where one reader would (and
has a worker build that page), replays the skips, and judges each range's end,
so items, skips and counts equal `-j 1`'s, byte for byte.
"""

from __future__ import annotations

import dataclasses
import io
import json
import logging
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import redirect_stderr
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, NamedTuple
from urllib.parse import urlsplit

import newsarchive.extract.core  # noqa: F401 (loaded before the pool forks: workers share it)
from newsarchive.articles import article_item
from newsarchive.commands.parentdeath import start_worker
from newsarchive.extract.limits import MAX_HTML
from newsarchive.items import ArticlePage
from newsarchive.sites import get_site, profile_for_url
from newsarchive.warc.archives import SPACES, Segments, Skips, cut_short, unreadable
from newsarchive.warc.notpages import NotPages
from newsarchive.warc.reader import (
    Capture,
    Located,
    Originals,
    PageRecords,
    located,
    original_page,
    revisit_page,
    unresolved,
)
from newsarchive.warc.shards import Shard, ShardEnd, plan_shards, read_shard

logger = logging.getLogger(__name__)

Outcome = tuple[str, str | None, str | None]  # url, JSON line or None, error
# What a worker hands back, in archive order: ("out", Outcome), ("skip" or "damage",
# path, where, reason), ("file", path, reason, partial), ("disk", path, why, records
# before) (its disk failed a read: EIO), ("original", Capture, Located),
# ("other", keys) (a record no page is made of: `newsarchive.warc.notpages`), ("revisit",
# Capture), ("tally", path, kind, offset, detail) (a warcio notice), ("untally", path) (its
# notices so far forgotten: a file found gzipped whole), ("stderr", text), ("log", record)
# (pickled: what the worker logged, `_EntryLog`);
# the parent adds ("unresolved", Capture) and ("tallied", path) (a file's notices said)
Entry = tuple[Any, ...]
SHARDS_IN_FLIGHT = 2  # per worker: one being read, one waiting (bounds memory)
# an article answered with an empty 200 (or a HEAD's response): the crawl parses none
# (newsarchive.network.empty_bodies), nor does `extract`: it is named and counted
EMPTY_ARTICLE = "HTTP 200 with an empty body: no item made (the crawl parses no empty article)"
NEVER_ARTICLES = ("/robots.txt",)  # fetched by a crawler of its own accord


class Written(NamedTuple):
    """Items written, pages whose extraction failed, empty articles left out (`EMPTY_ARTICLE`)."""

    items: int = 0
    failed: int = 0
    empty: int = 0

    def __add__(self, other: object) -> Written:
        assert isinstance(other, Written)
        return Written(*(a + b for a, b in zip(self, other, strict=True)))


def extract_one(job: tuple[str | None, ArticlePage], max_html: int | None = MAX_HTML) -> Outcome:
    """One page's item as a JSON line; an error is reported, never allowed to end the run.
    A page over `max_html` characters (None: no limit) is read up to there (`truncated`)."""
    page_id, page = job
    try:
        # dataclasses.asdict, not ItemAdapter: itemadapter imports Scrapy (a third
        # of this command's start-up) and the item is our own dataclass
        fields = dataclasses.asdict(article_item(page, max_html))
    except Exception as exc:
        return page.url, None, repr(exc)
    item = {"id": page_id, **fields} if page_id is not None else fields
    return page.url, json.dumps(item, ensure_ascii=False) + "\n", None


@dataclass(frozen=True)
class Choice:
    """Which archived pages become items, and read with which site profile (--all-pages, --site)."""

    all_pages: bool = False
    site: str | None = None
    max_html: int | None = MAX_HTML  # --max-html (None: no limit)

    def extract(self, job: tuple[str | None, ArticlePage]) -> Outcome:
        """`extract_one` with this choice's page-size limit (a worker gets the choice); an
        empty article is no item (`EMPTY_ARTICLE`)."""
        if self.empty_article(job[1]):
            return job[1].url, None, EMPTY_ARTICLE
        return extract_one(job, self.max_html)

    def empty_article(self, page: ArticlePage) -> bool:
        """An empty page that would be an article: by its profile, or of a site without one,
        any page but robots.txt (an empty one served as text/html is a page as served)."""
        if page.body.strip():
            return False
        profile = get_site(self.site) if self.site else profile_for_url(page.url)
        if profile is not None:
            return bool(profile.is_article_url(page.url))
        return urlsplit(page.url).path not in NEVER_ARTICLES

    def jobs(self, pages: Iterable[ArticlePage]) -> Iterator[tuple[str | None, ArticlePage]]:
        site = get_site(self.site) if self.site else None
        for page in pages:
            profile = site or profile_for_url(page.url)
            if self.all_pages or profile is None or profile.is_article_url(page.url):
                yield None, (replace(page, site=site.name) if site else page)


def write_outcomes(out: IO[str], outcomes: Iterable[Outcome]) -> Written:
    """Items written, pages failed, empty articles; each failure or empty article is a
    warning naming its URL."""
    count = failed = empty = 0
    for url, line, error in outcomes:
        if error == EMPTY_ARTICLE:
            logger.warning("not extracted: %s: %s", url, error)
            empty += 1
            continue
        if line is None:
            logger.warning("extraction failed for %s: %s", url, error)
            failed += 1
            continue
        try:
            out.write(line)
        except UnicodeEncodeError:  # a lone surrogate: a file name that is not UTF-8
            out.write(json.dumps(json.loads(line)) + "\n")  # escaped as \udcff, valid JSON
        count += 1
    return Written(count, failed, empty)


class _Entries(Skips):
    """Skips that a worker hands back in order with its items, for the parent to name.

    `damage`: these come from reading the file (a record cut short, a digest that
    fails), after which a range is no longer trusted to read as one reader would.
    """

    def __init__(self, entries: list[Entry], damage: bool = False) -> None:
        super().__init__()
        self.entries = entries
        self.kind = "damage" if damage else "skip"

    def file(self, path: Path | str, reason: str, partial: bool = False) -> None:
        self.entries.append(("file", str(path), reason, partial))

    def record(
        self,
        path: Path | str,
        where: str,
        reason: str,
        file_whole: bool = False,
        url: str | None = None,
    ) -> None:
        self.entries.append((self.kind, str(path), where, reason))

    def disk(self, path: Path | str, why: str, records_before: int = 0) -> None:
        self.entries.append(("disk", str(path), why, records_before))

    def tally(self, path: Path | str, kind: str, offset: int, detail: str) -> None:
        self.entries.append(("tally", str(path), kind, offset, detail))

    def untally(self, path: Path | str) -> None:
        self.entries.append(("untally", str(path)))

    def say_tallied(self, path: Path | str | None = None) -> None:
        """The parent says them, with those of the file's other ranges."""


class _EntryLog(logging.Handler):
    """In a worker: its log records kept as ("log", record) entries of the task logging them,
    in order with its pages, for the parent's logging (`_apply`), as the crawl's workers
    send theirs (`newsarchive.workers`). They went to the worker's own stderr, bare, as
    they came: among other pages' lines, past the parent's logging. What is logged
    outside a task (a module imported as a worker starts) goes with the next task's."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Entry] = []
        self.entries = self.held

    def emit(self, record: logging.LogRecord) -> None:
        from newsarchive.workers import _shipped

        try:
            self.entries.append(("log", _shipped(record)))
        except Exception:
            self.handleError(record)

    def task(self) -> list[Entry]:
        """A task's entries, what was logged before it first."""
        entries, self.held = self.held, []
        self.entries = entries
        return entries

    def task_done(self) -> None:
        self.entries = self.held


_LOG = _EntryLog()


def start_extract_worker(parent: int, level: int) -> None:
    """A worker's initializer (`start_worker`), its records at `level` or above (what the
    parent's logging takes: `workers.taken_level`) kept for the parent (`_EntryLog`)."""
    start_worker(parent)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(_LOG)
    root.setLevel(level)


def worker_init(parent: int) -> tuple[Any, tuple[int, int]]:
    """The pool's initializer and its arguments, for this process (`parent`)."""
    from newsarchive.workers import taken_level

    return start_extract_worker, (parent, taken_level())


def emit_logged(entry: Entry) -> None:
    """A ("log", record) entry of a worker through this process's logging, under its name."""
    from newsarchive.workers import _emit

    _emit(entry[1])


def extract_logged(choice: Choice, job: tuple[str | None, ArticlePage]) -> list[Entry]:
    """In a worker (`extract --input -j`): a page's ("log", ...) entries, then its outcome's."""
    entries = _LOG.task()
    try:
        entries.append(("out", choice.extract(job)))
    finally:
        _LOG.task_done()
    return entries


def _shard_entries(shard: Shard, choice: Choice) -> tuple[list[Entry], ShardEnd]:
    """In a worker: a shard read, its pages extracted, its revisits left to the parent."""
    entries = _LOG.task()
    try:
        return _read_shard(shard, choice, entries)
    finally:
        _LOG.task_done()


def _read_shard(shard: Shard, choice: Choice, entries: list[Entry]) -> tuple[list[Entry], ShardEnd]:
    skips, damage = _Entries(entries), _Entries(entries, damage=True)
    segments = Segments()  # joined by the parent: their other segments may be elsewhere
    end = ShardEnd()
    # warcio writes what it finds broken to stderr: kept with the entries, for the
    # parent to show if it takes this shard's records (one reader would show it)
    with redirect_stderr(io.StringIO()) as said:
        pages = PageRecords(lambda keys: entries.append(("other", keys)))
        for read in read_shard(shard, damage, pages, end, segments):
            _said(entries, said)
            capture = Capture.of(read)
            if read.record.rec_type == "revisit":
                entries.append(("revisit", capture))
                continue
            entries.append(("original", capture.keys_only(), located(read)))
            page = original_page(read, skips)
            if page is not None:
                entries.extend(("out", choice.extract(job)) for job in choice.jobs([page]))
        _said(entries, said)
    if segments:
        entries.append(("segments", segments.portable()))
    return entries, end


def _said(entries: list[Entry], stream: io.StringIO) -> None:
    if stream.tell():
        entries.append(("stderr", stream.getvalue()))
        stream.seek(0)
        stream.truncate()


def _revisit_entries(capture: Capture, original: Located, choice: Choice) -> list[Entry]:
    """In a worker: a revisit's page, with its original's body, extracted."""
    entries = _LOG.task()
    try:
        page = revisit_page(capture, original, _Entries(entries))
        if page is not None:
            entries.extend(("out", choice.extract(job)) for job in choice.jobs([page]))
    finally:
        _LOG.task_done()
    return entries


@dataclass
class _File:
    """One file's ranges as merged so far."""

    expected: int = 0  # where the next range must begin
    finished: bool = False  # read to its end or to damage: later ranges are dropped
    done: int = 0  # records read whole (named in a skip reason, as one reader counts them)
    records: int = 0  # records met


Pending = list[Entry] | Future[list[Entry]]


def _as_one_reader(entries: list[Entry], end: ShardEnd, expected: int) -> bool:
    """Whether a range read what one reader of the whole file reads there.

    It must begin at the record where the range before stopped (a gzip member
    inside a record, e.g. an archived .warc.gz, can mislead the search for one).
    After damage, warcio's reader goes on from a state that a reader starting
    afresh does not have: only a range read to the file's end is kept then. A
    range that met no record past its stop (the file's last range, or one the
    file ends or breaks in) was read to the end as one reader reads it: reading
    it again from the same record would give the same.
    """
    if end.first != expected:
        return False
    if end.stopped_at is None:
        return True
    return not any(_misleads(entry) for entry in entries)


def _misleads(entry: Entry) -> bool:
    """An entry after which a reader may be where one reader of the whole file is not:
    damage, warcio's own output, a record not followed by its blank lines. A URI with
    spaces (warcio reads it with %20) moves nothing: a file of such URIs was read again
    by one worker after its first range (6,000 records: 9 s on one core)."""
    if entry[0] == "tally":
        return entry[2] != SPACES
    return entry[0] in ("damage", "stderr")


@dataclass
class _Merge:
    """The parent's part: shard results in archive order, revisits resolved, ranges judged."""

    pool: ProcessPoolExecutor
    choice: Choice
    originals: Originals = field(default_factory=Originals)
    others: NotPages = field(default_factory=NotPages)
    waiting: list[Capture] = field(default_factory=list)
    files: dict[Path, _File] = field(default_factory=dict)
    segments: Segments = field(default_factory=Segments)  # held by the workers, joined here

    def shard(self, shard: Shard, entries: list[Entry], end: ShardEnd) -> Iterator[Pending]:
        if shard.kind != "range":
            yield from self._entries(entries, None)
            yield [("tallied", str(shard.path))]  # the file's warcio notices, after its lines
            return
        state = self.files.setdefault(shard.path, _File())
        if state.finished or (shard.stop is not None and state.expected >= shard.stop):
            return  # the file ended before, or a record spans the whole range
        if not _as_one_reader(entries, end, state.expected):
            # the rest of the file read by one worker, from the last record known good
            rest = replace(shard, start=state.expected, stop=None, exact=True)
            entries, end = self.pool.submit(_shard_entries, rest, self.choice).result()
        yield from self._entries(entries, state)
        yield from self._end(shard, end, state)
        if state.finished:  # the file's warcio notices next to its other lines, not at the end
            yield [("tallied", str(shard.path))]

    def _entries(self, entries: list[Entry], state: _File | None) -> Iterator[Pending]:
        batch: list[Entry] = []
        for entry in entries:
            kind = entry[0]
            if kind == "original":
                self.originals.add(entry[1], entry[2])
            elif kind == "other":
                self.others.add(entry[1])
            elif kind == "segments":
                self.segments.merge(entry[1])
            elif kind == "revisit":
                found = self.originals.find(entry[1])
                if found is None:
                    if not self.others.holds_original_of(entry[1].rec_headers):
                        self.waiting.append(entry[1])
                else:
                    yield batch
                    batch = []
                    yield self.pool.submit(_revisit_entries, entry[1], found, self.choice)
            else:
                batch.append(entry)
            if state is not None and kind in ("original", "revisit"):
                state.done += 1
        yield batch

    def _end(self, shard: Shard, end: ShardEnd, state: _File) -> Iterator[Pending]:
        """A range that stopped at the next one's start says where that must begin;
        any other end is its file's, named as one reader would name it."""
        state.records += end.records
        if end.stopped_at is not None:
            state.expected = end.stopped_at
            return
        state.finished = True
        path = str(shard.path)
        if end.whole_gzip:  # as one reader does: the file again as one gzip stream
            rest = Shard(shard.path, "gzip_rest", done=state.done)
            entries, _ = self.pool.submit(_shard_entries, rest, self.choice).result()
            yield from self._entries(entries, None)
        elif end.disk is not None:  # its disk failed a read: not damage (exit 1)
            yield [("disk", path, end.disk, state.done)]
        elif end.error is not None:
            yield [("file", path, unreadable(end.error, state.done), state.done > 0)]
        elif end.tail:
            yield [("file", path, cut_short(end.tail), state.records > 0)]

    def leftovers(self) -> Iterator[Pending]:
        """Records whose segments were in several files, then revisits whose original came in
        a later file, as one reader gives them after the last."""
        entries: list[Entry] = []
        skips = _Entries(entries)
        for read in self.segments.joined(skips):
            self.originals.add(Capture.of(read).keys_only(), located(read))
            page = original_page(read, skips)
            if page is not None:
                entries.extend(
                    ("out", self.choice.extract(job)) for job in self.choice.jobs([page])
                )
        yield entries
        for capture in self.waiting:
            found = self.originals.find(capture)
            if found is None:
                if not self.others.holds_original_of(capture.rec_headers):
                    yield [("unresolved", capture)]
            else:
                yield self.pool.submit(_revisit_entries, capture, found, self.choice)


def extract_archives(
    out: IO[str],
    paths: list[Path],
    choice: Choice,
    skips: Skips,
    jobs: int,
    shard_size: int | None = None,
) -> Written:
    """Items written, pages failed, empty articles of `paths` with `jobs` worker processes."""
    shards = plan_shards(paths, jobs, shard_size)
    # the workers end with this process and name their spool files after it, which deletes
    # them (a later run those of a killed one: newsarchive.warc.spoolfiles)
    initializer, initargs = worker_init(os.getpid())
    merged = [0]  # shards whose entries reached this process
    try:
        with ProcessPoolExecutor(jobs, initializer=initializer, initargs=initargs) as pool:
            merge = _Merge(pool, choice)
            window = jobs * SHARDS_IN_FLIGHT
            return _write(out, _merged(pool, merge, shards, window, merged), skips, window)
    except BrokenExecutor as exc:  # counted: what its workers logged went with them
        raise TasksLost(len(shards) - merged[0], len(shards)) from exc


class TasksLost(BrokenProcessPool):
    """A worker died (SIGKILL, out of memory): the tasks whose entries, and the lines their
    workers logged (held until a task ends), never came back, counted for the last line."""

    def __init__(self, lost: int, total: int) -> None:
        super().__init__(f"{lost} of {total} tasks lost")
        self.lost = f"; {lost} of its {total} tasks lost, with the lines their workers logged"


def _merged(
    pool: ProcessPoolExecutor,
    merge: _Merge,
    shards: list[Shard],
    window: int,
    merged: list[int],
) -> Iterator[Pending]:
    running: deque[tuple[Shard, Future[tuple[list[Entry], ShardEnd]]]] = deque()
    for shard in shards:
        running.append((shard, pool.submit(_shard_entries, shard, merge.choice)))
        if len(running) >= window:
            done, future = running.popleft()
            entries, end = future.result()
            merged[0] += 1
            yield from merge.shard(done, entries, end)
    while running:
        done, future = running.popleft()
        entries, end = future.result()
        merged[0] += 1
        yield from merge.shard(done, entries, end)
    yield from merge.leftovers()


def _write(out: IO[str], pending: Iterable[Pending], skips: Skips, window: int) -> Written:
    """Entries written in order; at most `window` revisit pages waited on at once."""
    queue: deque[Pending] = deque()
    totals = [Written()]

    def settle() -> None:
        first = queue.popleft()
        entries = first if isinstance(first, list) else first.result()
        totals[0] += _apply(out, entries, skips)

    for item in pending:
        queue.append(item)
        while queue and (isinstance(queue[0], list) or queue[0].done() or len(queue) > window):
            settle()
    while queue:
        settle()
    return totals[0]


def _apply(out: IO[str], entries: list[Entry], skips: Skips) -> Written:
    outcomes: list[Outcome] = []
    written = Written()
    for entry in entries:
        kind = entry[0]
        if kind == "out":
            outcomes.append(entry[1])
            continue
        written, outcomes = written + write_outcomes(out, outcomes), []
        if kind in ("skip", "damage"):
            skips.record(entry[1], entry[2], entry[3])
        elif kind == "file":
            skips.file(entry[1], entry[2], partial=entry[3])
        elif kind == "disk":
            skips.disk(entry[1], entry[2], entry[3])
        elif kind == "unresolved":
            unresolved(entry[1], skips)
        elif kind == "tally":
            skips.tally(entry[1], entry[2], entry[3], entry[4])
        elif kind == "untally":
            skips.untally(entry[1])
        elif kind == "stderr":
            sys.stderr.write(entry[1])
        elif kind == "log":
            emit_logged(entry)
        elif kind == "tallied":
            skips.say_tallied(entry[1])
    return written + write_outcomes(out, outcomes)


def report_failed(failed: int) -> None:
    if failed:
        print(
            f"extract: {failed} page{'s' * (failed != 1)} failed (see the warnings above)",
            file=sys.stderr,
        )
