"""Kill points for benchmarks/fault_campaign.py: a crawl extension that SIGKILLs its own process.

`-s FAULT_POINT=WHERE:N`, WHERE one of

  warc   half-way through writing the Nth WARC record's gzip member (a torn record);
  items  half-way through the Nth line handed to an items file (a torn line);
  state  while the crawl state commits its Nth batch: a thread kills the process
         0-3 ms into SQLite's COMMIT (before, inside or just after it).

Loaded with `-s EXTENSIONS=...` by the campaign only; nothing in the project imports it.
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

from newsarchive import feeds
from newsarchive.state import store
from newsarchive.warc import writer


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
                    delay = random.uniform(0, 0.003)
                    threading.Thread(target=lambda: (time.sleep(delay), die())).start()
                flush(self)

            store.CrawlState.flush = state_flush  # type: ignore[method-assign]
        else:
            raise ValueError(f"FAULT_POINT: unknown place {where!r} (warc, items, state)")
        return cls()
