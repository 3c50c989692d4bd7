"""Test plugin: an extension that holds a worker before it joins a shared crawl until the
test opens the gate, through files (the crawl's Redis may be gone by then).

Put in EXTENSIONS between the crawl state (50) and the shared crawl (60): it is made after
the start's check of Redis and before the scheduler's join. It writes `<TEST_FILE_GATE>/
arrived`, then waits for `<TEST_FILE_GATE>/open`.
"""

from __future__ import annotations

import time
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

HANG_GUARD = 300  # s: a gate the test never opens fails the worker


class BeforeJoinFile:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BeforeJoinFile:
        folder = crawler.settings.get("TEST_FILE_GATE")
        if not folder:
            raise NotConfigured
        gate = Path(folder)
        (gate / "arrived").write_text("")
        deadline = time.monotonic() + HANG_GUARD
        while not (gate / "open").exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"gate {gate} never opened")
            time.sleep(0.02)
        raise NotConfigured
