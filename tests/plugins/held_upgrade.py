"""Test plugin: holds an old state file's identity upgrade (off the reactor's thread) at its
first row until the test opens a gate, through files: `<TEST_UPGRADE_GATE>/arrived` is written
as the upgrade reaches its first row, and it waits for `<TEST_UPGRADE_GATE>/open`. The test
signals the crawl meanwhile."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

import newsarchive.state.store as store

HANG_GUARD = 300  # s: a gate the test never opens lets the upgrade go on


class HeldUpgrade:
    def __init__(self, gate: Path) -> None:
        identity = store.article_identity

        def held(url: str) -> str:
            if threading.current_thread() is not threading.main_thread():
                if not (gate / "arrived").exists():
                    (gate / "arrived").write_text("")
                deadline = time.monotonic() + HANG_GUARD
                while not (gate / "open").exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
            return identity(url)

        store.article_identity = held  # the module's name, as the store calls it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HeldUpgrade:
        folder = crawler.settings.get("TEST_UPGRADE_GATE")
        if not folder:
            raise NotConfigured
        return cls(Path(folder))
