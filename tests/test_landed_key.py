"""A rendered page that moved itself is known by one key: the form a request names it in
(`urlkeys.article_key`), for the run's ledger and for its capture alike.

The browser reports the address it landed on in its own form (`/story/menu|prices`, where a
Scrapy request escapes the `|`). The run's ledger took it as a request names it, but its
capture was kept under the browser's form only: a later run's listing link to that page,
keyed as a request names it, found no capture and fetched it again as a new article.

A real SQLite crawl state (the item's key stays the address it was read at: its item's)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.state.config import StateConfig
from newsarchive.state.ledger import LocalRunLedger
from newsarchive.state.run import CrawlStateRun
from newsarchive.state.run import Response as Answer
from newsarchive.state.store import CrawlState
from newsarchive.urlkeys import article_key
from newsarchive.warc.exchange import RecordRef

LEFT = "http://news.test/story/caf%C3%A9-moves"
LANDED = "http://news.test/story/caf%C3%A9-menu|prices"  # as the browser read it


def _run(path: Path) -> CrawlStateRun:
    store = CrawlState(path, commit_writes=1, commit_seconds=0)
    config = StateConfig(path, path.with_suffix(".lock"), recheck_age=timedelta(days=3650))
    return CrawlStateRun(config, store, None, LocalRunLedger(), MemoryStatsCollector(get_crawler()))


def test_a_landed_pages_capture_and_claim_share_the_requests_key(tmp_path: Path) -> None:
    assert article_key(LANDED) != LANDED  # the case this is about
    first = _run(tmp_path / "demo.sqlite")
    ref = RecordRef("<urn:uuid:1>", "demo.warc.gz", 0, "response", "20261207010000")
    first.record_response(Answer([LANDED, LEFT], 200, "sha1:A", None, None, ref), None, None,
                          datetime.now(UTC))  # fmt: skip
    first.landed(LANDED)
    assert first.take_outcome(LANDED) is not None  # the item is keyed as it was read
    first.commit_item(LANDED)
    assert first.ledger.fetched(article_key(LANDED))
    first.close()
    later = _run(tmp_path / "demo.sqlite")  # the next run: a listing links to the landed page
    skip = later.skips(article_key(LANDED), None)
    assert skip is not None and skip.known, skip  # before: None, fetched again as new
    later.close()
