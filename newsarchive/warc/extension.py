"""The Scrapy extension that archives every HTTP exchange of a crawl.

It listens to `response_downloaded`, which fires once per download (robots.txt,
each redirect hop, retries, sitemaps, images) before any downloader middleware
has decoded the body, and hands the exchange to the archiver (`archiver`),
which writes a request/response pair, or a revisit when the payload is already
archived. Browser traffic and derived content arrive through
`newsarchive.signals`; items go to `item_records`; what happens before the
first fetch (recovery, the dedup index, warcinfo) is in `startup`. Where the
page's record went is put on `request.meta["newsarchive_warc"]`; the files it
closed are sent with `newsarchive.signals.warc_files_closed`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured, StopDownload
from scrapy.http import Request, Response
from scrapy.signalmanager import SignalManager
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from twisted.internet.defer import Deferred, fail
from twisted.python.failure import Failure

from newsarchive import request_meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.exporters import ItemJson, item_json
from newsarchive.itemsinks import item_sinks
from newsarchive.state.run import crawl_state
from newsarchive.warc.archiver import WarcArchiver
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.exchange import HttpExchange, RecordRef
from newsarchive.warc.item_records import ItemRecords
from newsarchive.warc.scrapy_exchange import exchange_from_scrapy
from newsarchive.warc.startup import dedup_index, recover_at_start, warcinfo_fields
from newsarchive.warc.writer import RotatingWarcWriter

logger = logging.getLogger(__name__)

META_KEY = meta_keys.WARC_RECORD
META_NOT_MODIFIED = meta_keys.WARC_NOT_MODIFIED
META_PENDING = meta_keys.WARC_PENDING
META_RECEIVED = "newsarchive_warc_received"  # body bytes received so far
ARCHIVED_SCHEMES = ("http://", "https://")
# pages left unarchived by an error not of the disk (a bug of ours, logged with its
# traceback): the run exits nonzero (newsarchive.scrapy_commands.crawl.FAILURE_STATS)
ARCHIVE_BUGS = "warc/unarchived_by_error"
# pages left unarchived as their spooled bodies could not be read back (EIO, EMFILE): a
# disk's error, as a spool file or a WARC file not written, and the run exits nonzero too
UNREAD_BODIES = "warc/unarchived_unread"


class WarcExtension:
    """What the crawl fetched, to the archiver; items to their metadata records."""

    def __init__(self, archiver: WarcArchiver, encoded: ItemJson | None = None) -> None:
        self.config = archiver.config
        self.stats = archiver.stats
        self.archiver = archiver
        self.items = ItemRecords(archiver, archiver.stats, encoded or ItemJson())
        self._signals: SignalManager | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcExtension:
        config = WarcConfig.from_settings(crawler.settings)
        assert crawler.stats is not None
        recover_at_start(config, crawler.stats)
        dedup = dedup_index(config, crawler)
        spider_name = getattr(crawler.spider, "name", "") or ""
        # An unwritable WARC_DIR fails the crawl here, before anything is fetched.
        config.directory.mkdir(parents=True, exist_ok=True)
        archiver = WarcArchiver(
            config,
            crawler.stats,
            dedup,
            warcinfo_fields(config, spider_name),
            stop_crawl=lambda reason: _close_spider(crawler, reason),
        )
        extension = cls(archiver, item_json(crawler))
        extension.connect(crawler)
        return extension

    def connect(self, crawler: Crawler) -> None:
        self._signals = crawler.signals
        connect = crawler.signals.connect
        connect(self.bytes_received, signal=signals.bytes_received)
        connect(self.response_downloaded, signal=signals.response_downloaded)
        item_sinks(crawler).add(self.items.item_scraped, "metadata")
        self.items.unwritten = lambda url: _state_forgets(crawler, url)
        connect(self.spider_closed, signal=signals.spider_closed)
        connect(self.exchange_captured, signal=na_signals.exchange_captured)
        connect(self.resource_captured, signal=na_signals.resource_captured)

    @property
    def writer(self) -> RotatingWarcWriter:
        return self.archiver.writer

    # --- signal handlers ---------------------------------------------------

    def bytes_received(self, data: bytes, request: Request, spider: Spider) -> None:
        """Stop a download once it passes the payload limit: it is archived cut there.

        Scrapy's own DOWNLOAD_MAXSIZE would drop such a response whole, leaving
        no record of it; this keeps its first WARC_MAX_RECORD_PAYLOAD bytes.
        """
        # keyed by the request object: a redirect or retry copies meta but starts anew
        owner, received = request.meta.get(META_RECEIVED, (None, 0))
        received = (received if owner == id(request) else 0) + len(data)
        request.meta[META_RECEIVED] = (id(request), received)
        limit = self.config.max_payload
        if limit is not None and received > limit:
            self.stats.inc_value("warc/downloads_stopped")
            raise StopDownload(fail=False)

    def response_downloaded(self, response: Response, request: Request, spider: Spider) -> None:
        if not response.url.startswith(ARCHIVED_SCHEMES):
            self.stats.inc_value("warc/skipped/scheme")
            return
        if request.meta.get("playwright"):
            # Rendered DOM under the server's headers: the browser's own capture
            # (exchange_captured) archives the real document instead.
            return
        exchange = exchange_from_scrapy(request, response, self.archiver.clock())
        # newsarchive.state: a 304 to its conditional re-fetch names what is still current
        current = request.meta.get(META_NOT_MODIFIED) if response.status == 304 else None
        if exchange.spooled is not None:
            request.meta[META_PENDING] = self._archive_large(request, exchange, current)
            return
        try:
            request.meta[META_KEY] = self.archiver.archive(exchange, current)
        except OSError:
            self.stats.inc_value("warc/unarchived")
            request.meta[meta_keys.WARC_FAILED] = True
        except Exception:  # a bug of ours: counted for the exit status, not left to Scrapy
            logger.exception("could not archive %s", exchange.url)
            self.stats.inc_value(ARCHIVE_BUGS)
            self.stats.inc_value("warc/unarchived")
            request.meta[meta_keys.WARC_FAILED] = True
        finally:
            if exchange.spooled is not None:  # a large body's temporary file: archived, freed
                exchange.spooled.file.close()
                self.stats.inc_value("warc/spooled")

    def _archive_large(
        self,
        request: Request,
        exchange: HttpExchange,
        current: tuple[RecordRef, str] | None,
    ) -> Deferred[None]:
        """A spooled body, hashed and written off the reactor thread (`archive_large`): the
        crawl reads other answers meanwhile. `LargeBodyMiddleware` holds this answer back
        until its record is written, so what reads `request.meta` finds where it went."""
        spooled = exchange.spooled
        assert spooled is not None

        def written(ref: RecordRef) -> None:
            request.meta[META_KEY] = ref

        def failed(failure: Failure) -> None:
            error = failure.value
            if not isinstance(error, OSError):  # a bug of ours: the run's exit status says so
                logger.error("could not archive %s", exchange.url, exc_info=error)
                self.stats.inc_value(ARCHIVE_BUGS)
            elif not self.archiver.failed:  # not a write error (the archive said that one):
                # the spool file unread (EIO), no handle left for the thread (EMFILE)
                logger.error("could not archive %s: reading its body: %s", exchange.url, error)
                self.stats.inc_value(UNREAD_BODIES)
            self.stats.inc_value("warc/unarchived")
            request.meta[meta_keys.WARC_FAILED] = True

        def freed(_: None) -> None:  # the large body's temporary file: archived, freed
            spooled.file.close()
            self.stats.inc_value("warc/spooled")

        try:
            done = self.archiver.archive_large(exchange, current)
        except OSError as exc:  # no handle of its own for the archive's thread
            done = fail(exc)
        return done.addCallbacks(written, failed).addBoth(freed)

    def exchange_captured(self, exchange: HttpExchange) -> RecordRef | Awaitable[RecordRef]:
        """An exchange a browser saw (bodies decoded: `exchange.body_decoded`); a download's
        large body (`exchange.spooled`) is written off the reactor thread: an awaitable of
        its ref (not a Deferred, which Scrapy's signals warn of), which the capture waits
        for before it closes the file."""
        if exchange.spooled is not None:
            return maybe_deferred_to_future(self.archiver.archive_large(exchange))
        return self.archiver.archive(exchange)

    def resource_captured(
        self, uri: str, content_type: str, data: bytes, concurrent_to: str | None = None
    ) -> RecordRef:
        return self.archiver.write_resource(uri, content_type, data, concurrent_to)

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        self.items.item_scraped(item, response)

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        """Once the large bodies still being written are (`drained`), the files are closed;
        a write still going on is named, and told to those waiting (`warc_files_closing`).
        A coroutine: a handler returning a Deferred has Scrapy (2.14+) log a deprecation
        warning at the end of every crawl."""
        drained = self.archiver.drained()
        if drained.called:
            await maybe_deferred_to_future(drained)
            self._close_files()
            return
        writing = self.archiver.writing_large()
        logger.info(
            "large bodies still being archived (%s): the WARC files are closed once they are",
            ", ".join(writing),
        )
        done: Deferred[list[str]] = Deferred()
        if self._signals is not None:
            self._signals.send_catch_log(
                signal=na_signals.warc_files_closing, done=done, writing=writing
            )
        await maybe_deferred_to_future(drained)
        done.callback(self._close_files())

    def _close_files(self) -> list[str]:
        self.close()
        files = [Path(p).name for p in self.archiver.closed_files]
        if self._signals is not None:
            self._signals.send_catch_log(signal=na_signals.warc_files_closed, files=files)
        return files

    # --- archiving ---------------------------------------------------------

    def archive(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None = None
    ) -> RecordRef:
        """Write one exchange (response or revisit, then request); its main record's ref."""
        return self.archiver.archive(exchange, not_modified)

    def close(self) -> None:
        self.archiver.close()


class LargeBodyMiddleware:
    """Holds an answer whose large body is still being archived (`WARC_PENDING`) until its
    record is written: the crawl state, the spiders and the items read where it went.

    Next to the downloader, so it sees the answer before any other middleware. The
    reactor is free meanwhile: other answers go on being read, archived and parsed.
    """

    async def process_response(self, request: Request, response: Response) -> Response:
        pending: Deferred[None] | None = request.meta.pop(META_PENDING, None)
        if pending is not None:
            waited: Deferred[None] = Deferred()
            pending.addBoth(waited.callback)  # fires with None: the extension handled errors
            await maybe_deferred_to_future(waited)
        return response


def _state_forgets(crawler: Crawler, url: str) -> None:
    """An item without its metadata record: the state (its last sink) must not keep it."""
    try:
        state = crawl_state(crawler)
    except NotConfigured:
        return
    state.drop_item(url)


def _close_spider(crawler: Crawler, reason: str) -> None:
    assert crawler.engine is not None
    deferred_from_coro(crawler.engine.close_spider_async(reason=reason))
