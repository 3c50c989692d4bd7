"""Kill points for benchmarks/fault_campaign.py: a crawl extension that SIGKILLs its own process.

`-s FAULT_POINT=WHERE:N`, WHERE one of

  warc       half-way through writing the Nth WARC record's gzip member (a torn record);
  member     the Nth WARC record's gzip member whole in the file, the rest of its group
             (the request record after a response) not written (a torn group);
  items      half-way through the Nth line handed to an items file (a torn line);
  state      while the crawl state commits its Nth batch: a thread kills the process
             0-3 ms into SQLite's COMMIT (before, inside or just after it);
  feedclose  as the items export ends (its files closed): 0-3 ms into its last flush of
             the crawl state, before it drops the items journal;
  journal    at the Nth rewrite of the items journal (its new text in `.tmp`, not renamed:
             the run's start and end).

Kill points in the large-body path (bodies past DOWNLOAD_SPOOL_SIZE, hashed, compressed and
written by the archive's own thread into the second WARC file; set DOWNLOAD_SPOOL_SIZE low):

  largeopen    as the Nth large-body file opens: its warcinfo written and the file shown as
               `.open`, 0-3 ms into telling the crawl state its name;
  largehash    0-3 ms after the Nth large body is handed to the archive's thread (while it
               hashes the spool file, compresses it, or just after);
  large        half-way through the Nth large body's response member (a random byte of the
               compressed member: a torn record in the large-body file), from its thread;
  largemember  the Nth large body's response member whole, its request record not written;
  largerow     the Nth large body's group written and flushed, back on the reactor thread,
               before the crawl state is given its payload row.
  closing      at the Nth rename of a `.open` WARC file (the start-up recovery's of a killed
               run's file, cut back and synced; a writer's at a rotation or the run's end,
               the file synced): the rename not made.
  lock         at the Nth note of the run lock (1: as the run takes it, 2: as it lets it go),
               its new line written over the old one, the rest of the old one not yet cut.

Loaded with `-s EXTENSIONS=...` by the campaign only; nothing in the project imports it.

The commands are killed with `python -c "from benchmarks.fault_points import command;
command()" ARGS...` (`python -m newsarchive ARGS...` with the environment's
FAULT_COMMAND_POINT armed), WHERE one of

  cut     `recover`: a file cut back to its last whole record and synced, not yet
          renamed from `.open`;
  rename  `index`: an output written whole under its hidden partial name, not yet renamed
          into place (the CDXJ first, then the WACZ: `rename:2`);
  wacz    `index`: the WACZ package made under its partial name by py-wacz, not yet
          validated or renamed.
  write   `recompress`: at its Nth write to its output (a gzip member a record, under its
          hidden `.x.warc.gz.PID.partial` name: a copy cut part way). `rename` kills it too,
          its copy whole under that name.
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive import feedrepair, feeds
from newsarchive.state import lock, store
from newsarchive.warc import archiver, writer


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class _HalfThenDie:
    """A file stand-in: the first write puts half its bytes out, then the process dies."""

    def __init__(self, out: Any) -> None:
        self._out = out

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        self._out.write(view[: max(1, len(view) // 2)])
        self._out.flush()
        die()
        return 0  # never reached

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


class _TornThenDie:
    """A file stand-in for one record's gzip member: its writes are held, then a random
    part of the whole member is put out and the process dies (mid-compression)."""

    def __init__(self, out: Any) -> None:
        self._out = out
        self._held = bytearray()

    def write(self, data: Any) -> int:
        self._held += memoryview(data).cast("B")
        return len(data)

    def tear(self) -> None:
        self._out.write(self._held[: random.randint(1, max(1, len(self._held) - 1))])
        self._out.flush()
        die()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def _large_point(where: str, due: Any) -> None:
    """The kill points of the large-body path (`large*`, above)."""
    cls = archiver.WarcArchiver
    if where == "largeopen":
        opened = cls._large_file_opened

        def dying_open(self: Any, name: str) -> None:
            if due():
                later_kill(random.uniform(0, 0.003))
            opened(self, name)

        cls._large_file_opened = dying_open  # type: ignore[method-assign]
    elif where == "largehash":
        archive_large = cls._archive_large

        def dying_hash(self: Any, exchange: Any, not_modified: Any) -> Any:
            if due():
                later_kill(random.uniform(0, 0.003))
            return archive_large(self, exchange, not_modified)

        cls._archive_large = dying_hash  # type: ignore[method-assign]
    elif where in ("large", "largemember"):
        write_large = cls._write_large

        def dying_write(self: Any, group: Any) -> Any:
            if due():
                plain = self.large._write

                def torn(out: Any, name: str, record: Any) -> Any:
                    if record.rec_type != "response":  # the warcinfo of a file it opens
                        return plain(out, name, record)
                    if where == "largemember":
                        plain(out, name, record)
                        out.flush()
                        die()
                    held = _TornThenDie(out)
                    plain(held, name, record)
                    held.tear()
                    return None  # never reached

                self.large._write = torn
            return write_large(self, group)

        cls._write_large = dying_write  # type: ignore[method-assign]
    elif where == "largerow":
        large_written = cls._large_written

        def dying_row(self: Any, refs: Any, exchange: Any, http: Any, fresh: bool) -> Any:
            if due():
                die()
            return large_written(self, refs, exchange, http, fresh)

        cls._large_written = dying_row  # type: ignore[method-assign]
    else:
        raise ValueError(f"FAULT_POINT: unknown place {where!r}")


class FaultPoint:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FaultPoint:
        spec = crawler.settings.get("FAULT_POINT")
        if not spec:
            raise NotConfigured
        where, _, count = spec.partition(":")
        left = [int(count)]

        def due() -> bool:
            left[0] -= 1
            return left[0] == 0

        if where == "warc":
            write = writer._MemberWriter._write

            def warc_write(self: Any, out: Any, name: str, record: Any) -> Any:
                return write(self, _HalfThenDie(out) if due() else out, name, record)

            writer._MemberWriter._write = warc_write  # type: ignore[method-assign]
        elif where == "member":
            member_write = writer._MemberWriter._write

            def member_then_die(self: Any, out: Any, name: str, record: Any) -> Any:
                ref = member_write(self, out, name, record)
                if due():
                    out.flush()
                    die()
                return ref

            writer._MemberWriter._write = member_then_die  # type: ignore[method-assign]
        elif where == "feedclose":
            committed = feeds._committed

            def dying_commit(run: Any) -> bool:
                later_kill(random.uniform(0, 0.003))
                return committed(run)

            feeds._committed = dying_commit
        elif where == "journal":
            rewrite = feedrepair._write

            def journal_write(journal: Any, entries: Any) -> None:
                if due():  # the `.tmp` written, then the rename kills
                    os.replace = lambda *_: die()  # type: ignore[assignment]
                rewrite(journal, entries)

            feedrepair._write = journal_write
        elif where == "items":
            line_write = feeds.LineFile.write

            def items_write(self: Any, data: Any) -> int:
                if due():
                    view = memoryview(data).cast("B")
                    os.write(self.fileno(), view[: max(1, len(view) // 2)])
                    die()
                return line_write(self, data)

            feeds.LineFile.write = items_write  # type: ignore[method-assign]
        elif where == "state":
            flush = store.CrawlState.flush

            def state_flush(self: Any) -> None:
                if self._db.in_transaction and due():
                    later_kill(random.uniform(0, 0.003))
                flush(self)

            store.CrawlState.flush = state_flush  # type: ignore[method-assign]
        elif where == "closing":
            replace = os.replace

            def dying_replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
                if os.fspath(source).endswith(".open") and due():
                    die()
                replace(source, target, *args, **kwargs)

            os.replace = dying_replace
        elif where == "lock":
            note = lock._note

            def dying_note(handle: Any, line: str) -> None:
                if due():
                    os.pwrite(handle.fileno(), line.encode(), 0)
                    die()
                note(handle, line)

            lock._note = dying_note
        elif where.startswith("large"):
            _large_point(where, due)
        else:
            raise ValueError(f"FAULT_POINT: unknown place {where!r}")
        return cls()


def later_kill(delay: float) -> None:
    """SIGKILL from a thread `delay` seconds on: the caller goes on meanwhile."""
    threading.Thread(target=lambda: (time.sleep(delay), die())).start()


def command() -> None:
    """`python -m newsarchive` with a kill point armed (FAULT_COMMAND_POINT, above)."""
    import sys

    spec = os.environ.get("FAULT_COMMAND_POINT", "")
    where, _, count = spec.partition(":")
    left = [int(count or 1)]
    replace = os.replace

    def dying_replace(source: Any, target: Any, *args: Any, **kwargs: Any) -> None:
        name = os.fspath(source)
        renames = {"cut": name.endswith(".open"), "rename": ".partial" in name}
        if renames.get(where):
            left[0] -= 1
            if left[0] == 0:
                die()
        replace(source, target, *args, **kwargs)

    os.replace = dying_replace
    if where == "wacz":  # py-wacz runs in a process of its own: die once it made the package
        from newsarchive.package import wacz

        run_tool = wacz._wacz

        def dying_tool(args: list[str], extra: Any = None) -> str:
            said = run_tool(args, extra)
            if args[0] == "create":
                die()
            return said

        wacz._wacz = dying_tool
    if where == "write":
        from newsarchive.warc import recompress

        written = recompress._Written.write

        def dying_write(self: Any, data: bytes) -> None:
            left[0] -= 1
            if left[0] == 0:
                self._out.flush()  # the members before this one in the file
                die()
            written(self, data)

        recompress._Written.write = dying_write  # type: ignore[method-assign]
    from newsarchive.cli import main

    sys.exit(main(sys.argv[1:], log_lines=True))  # its log lines, as `python -m newsarchive`
