"""The crawl state of one running crawl, shared by the state's components.

The middleware, the dedup index and the item pipeline of a crawl must see one
database connection under one run lock; whichever component is built first
opens it (taking the lock), the extension closes it when the engine stops.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass, field, replace

from scrapy.crawler import Crawler

from newsarchive.state.config import StateConfig
from newsarchive.state.lock import RunLock, RunLocked
from newsarchive.state.store import Capture, CrawlState

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What this run found for one article it fetched."""

    kind: str  # "new", "changed", "unchanged", "not_modified"
    version: int
    previous_capture: str | None  # WARC-Date of the version before, for a changed article
    section: str | None = None


@dataclass
class StateRun:
    config: StateConfig
    store: CrawlState
    lock: RunLock
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    fetched: set[str] = field(default_factory=set)  # article URLs requested in this run
    skipped: set[str] = field(default_factory=set)  # known articles not fetched (so far)
    listed: dict[str, str] = field(default_factory=dict)  # latest listing date (ISO, UTC) per URL
    # Captures wait here until their item is out (or the run ends): a run killed
    # in between fetches the article again and exports its item then.
    pending: dict[str, list[Capture]] = field(default_factory=dict)  # by the fetched URL

    def commit(self, url: str, section: str | None = None) -> None:
        captures = self.pending.pop(url, [])
        self.store.save([replace(c, section=section or c.section) for c in captures])

    def commit_all(self) -> None:
        if self.pending:
            self.store.save([c for captures in self.pending.values() for c in captures])
            self.pending.clear()

    def note_listed(self, url: str, when: str) -> None:
        if when > self.listed.get(url, ""):
            self.listed[url] = when

    def close(self) -> None:
        """Listing dates seen after an article was fetched describe what was fetched."""
        self.commit_all()
        for url, when in self.listed.items():
            if url in self.fetched:
                self.store.raise_listed(url, when)
        self.store.close()
        self.lock.release()


_RUNS: weakref.WeakKeyDictionary[Crawler, StateRun] = weakref.WeakKeyDictionary()


def state_run(crawler: Crawler) -> StateRun:
    """The crawl's state, opened (and locked) on first use.

    Raises NotConfigured when the state is disabled and RunLocked when another
    run of the same crawl holds the lock: the crawl then fails to start, with
    the message saying why.
    """
    run = _RUNS.get(crawler)
    if run is None:
        config = StateConfig.from_settings(crawler.settings, crawler.spider)
        lock = RunLock(config.lock_path)
        try:
            lock.acquire()
        except RunLocked as exc:
            logger.error("%s", exc)
            raise
        run = StateRun(config, CrawlState(config.path), lock)
        _RUNS[crawler] = run
        logger.info("crawl state %s: %d URLs known", config.path, run.store.count())
    return run


def close_state_run(crawler: Crawler) -> None:
    run = _RUNS.pop(crawler, None)
    if run is not None:
        run.close()
