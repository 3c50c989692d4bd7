"""A crawl extension for tests: SIGKILL just before the crawl state commits the first payload
row of the Nth WARC file the run writes into (`TEST_KILL_AT_FILE_PAYLOAD=N`).

SQLite commits a batch whole or not at all, so a kill here leaves the state as a kill
inside that COMMIT does: without the batch. Before the state named a WARC file as the
writer opened it, that batch was the one naming the file too (a fault campaign's
`state:2`), and the next run knew nothing of the file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from contextlib import closing
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newsarchive.state import store

SETTING = "TEST_KILL_AT_FILE_PAYLOAD"


def _files(db: sqlite3.Connection) -> set[str]:
    return {name for (name,) in db.execute("SELECT DISTINCT warc_file FROM payloads") if name}


class KillAtFilePayload:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KillAtFilePayload:
        nth = crawler.settings.getint(SETTING)
        if nth < 1:
            raise NotConfigured
        flush = store.CrawlState.flush
        earlier: list[set[str]] = []  # the files of earlier runs, read at the first commit

        def killing_flush(self: Any) -> None:
            if self._db.in_transaction:
                with closing(sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)) as committed:
                    if not earlier:
                        earlier.append(_files(committed))
                    before = _files(committed)
                pending = _files(self._db) - before
                if pending and len((before | pending) - earlier[0]) >= nth:
                    os.kill(os.getpid(), signal.SIGKILL)
            flush(self)

        store.CrawlState.flush = killing_flush  # type: ignore[method-assign]
        return cls()
