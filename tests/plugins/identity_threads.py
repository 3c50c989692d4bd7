"""Test plugin: counts the article identities the crawl state's file computes off the
crawl's main thread (`test/identities_off_main_thread`): an old state file's upgrade keys
every row, and on the reactor's thread it froze the crawl's start."""

from __future__ import annotations

import threading

from scrapy.crawler import Crawler

import newsarchive.state.store as store


class IdentityThreads:
    def __init__(self, crawler: Crawler) -> None:
        identity, stats = store.article_identity, crawler.stats
        assert stats is not None

        def counted(url: str) -> str:
            if threading.current_thread() is not threading.main_thread():
                stats.inc_value("test/identities_off_main_thread")
            return identity(url)

        store.article_identity = counted  # the module's name, as the store calls it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdentityThreads:
        return cls(crawler)
