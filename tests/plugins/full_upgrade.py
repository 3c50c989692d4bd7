"""Test plugin: an old state file's identity upgrade finds its disk full. SQLite's size cap
(`PRAGMA max_page_count`) on the upgrade's own connection makes the first write that needs a
new page (the identity index) fail with SQLITE_FULL, as a full disk does; the crawl's own
connection writes on (a disk with room for a probe's page, not for an index of every URL)."""

from __future__ import annotations

import sqlite3

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

import newsarchive.state.store as store


class FullUpgrade:
    def __init__(self) -> None:
        fill = store._fill_identities

        def full(db: sqlite3.Connection) -> object:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            db.execute(f"PRAGMA max_page_count = {pages}")
            return fill(db)

        store._fill_identities = full  # type: ignore[assignment]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FullUpgrade:
        if not crawler.settings.getbool("TEST_FULL_UPGRADE"):
            raise NotConfigured
        return cls()
