"""The Scrapy extension that archives every HTTP exchange of a crawl.

It listens to `response_downloaded`, which fires once per download (robots.txt,
each redirect hop, retries, sitemaps, images) before any downloader middleware
has decoded the body, and writes a request/response pair, or a revisit when the
payload is already archived. Browser traffic and derived content arrive through
`newsarchive.signals`; items carrying `warc_record_id` become `metadata`
records. Where the page's record went is put on `request.meta["newsarchive_warc"]`.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from typing import Any
from uuid import uuid4

import scrapy
from itemadapter import ItemAdapter
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured, StopDownload
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.misc import build_from_crawler, load_object

from newsarchive import __version__
from newsarchive import meta as meta_keys
from newsarchive import signals as na_signals
from newsarchive.warc import records
from newsarchive.warc.config import WarcConfig
from newsarchive.warc.dedup import DedupIndex, MemoryDedupIndex
from newsarchive.warc.exchange import HttpExchange, RecordRef
from newsarchive.warc.recover import recover_directory
from newsarchive.warc.scrapy_exchange import exchange_from_scrapy
from newsarchive.warc.writer import RotatingWarcWriter

logger = logging.getLogger(__name__)

META_KEY = meta_keys.WARC_RECORD
META_NOT_MODIFIED = meta_keys.WARC_NOT_MODIFIED
META_RECEIVED = "newsarchive_warc_received"  # body bytes received so far
ARCHIVED_SCHEMES = ("http://", "https://")
STATS_EVERY = 32  # record groups between copies of the writer's counters to the stats


def new_record_id() -> str:
    return f"<urn:uuid:{uuid4()}>"


def utc_now() -> datetime:
    return datetime.now(UTC)


class WarcExtension:
    """Turns what the crawl fetched into records (records.py) and hands them to the
    rotating writer (writer.py); ids and the clock are injectable for tests."""

    def __init__(
        self,
        config: WarcConfig,
        stats: StatsCollector,
        dedup: DedupIndex | None,
        warcinfo_fields: dict[str, str],
        make_id: Callable[[], str] = new_record_id,
        clock: Callable[[], datetime] = utc_now,
        stop_crawl: Callable[[str], object] | None = None,
    ) -> None:
        self.config = config
        self._stop_crawl = stop_crawl
        self.failed = False  # a write failed: the archive is incomplete, the crawl stops
        self._groups = 0
        self._files_seen = 0
        self.closed = False
        self.stats = stats
        self.dedup = dedup
        self._make_id = make_id
        self._clock = clock
        self._fields = warcinfo_fields
        self.writer = RotatingWarcWriter(
            config.directory,
            config.prefix,
            config.max_file_size,
            self._warcinfo,
            gzip_level=config.gzip_level,
            clock=clock,
        )

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcExtension:
        config = WarcConfig.from_settings(crawler.settings)
        assert crawler.stats is not None
        if config.recover_on_start and config.directory.is_dir():
            for result in recover_directory(config.directory):
                crawler.stats.inc_value("warc/recovered_files")
                crawler.stats.inc_value("warc/recovered_records", result.records)
        dedup = _dedup_index(config, crawler)
        spider_name = getattr(crawler.spider, "name", "") or ""
        # An unwritable WARC_DIR fails the crawl here, before anything is fetched.
        config.directory.mkdir(parents=True, exist_ok=True)
        extension = cls(
            config,
            crawler.stats,
            dedup,
            _warcinfo_fields(config, spider_name),
            stop_crawl=lambda reason: _close_spider(crawler, reason),
        )
        extension.connect(crawler)
        return extension

    def connect(self, crawler: Crawler) -> None:
        connect = crawler.signals.connect
        connect(self.bytes_received, signal=signals.bytes_received)
        connect(self.response_downloaded, signal=signals.response_downloaded)
        connect(self.item_scraped, signal=signals.item_scraped)
        connect(self.spider_closed, signal=signals.spider_closed)
        connect(self.exchange_captured, signal=na_signals.exchange_captured)
        connect(self.resource_captured, signal=na_signals.resource_captured)

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
        exchange = exchange_from_scrapy(request, response, self._clock())
        # newsarchive.state: a 304 to its conditional re-fetch names what is still current
        current = request.meta.get(META_NOT_MODIFIED) if response.status == 304 else None
        try:
            request.meta[META_KEY] = self.archive(exchange, current)
        except OSError:
            self.stats.inc_value("warc/unarchived")
        finally:
            if exchange.spooled is not None:  # a large body's temporary file: archived, freed
                exchange.spooled.file.close()
                self.stats.inc_value("warc/spooled")

    def exchange_captured(self, exchange: HttpExchange) -> RecordRef:
        """An exchange a browser saw (bodies decoded: `exchange.body_decoded`)."""
        return self.archive(exchange)

    def resource_captured(
        self, uri: str, content_type: str, data: bytes, concurrent_to: str | None = None
    ) -> RecordRef:
        record = records.resource_record(
            uri, data, content_type, self._make_id(), self._clock(), concurrent_to
        )
        return self._write([record])[0]

    def item_scraped(self, item: Any, response: Response, spider: Spider) -> None:
        if not ItemAdapter.is_item(item):
            return
        adapter = ItemAdapter(item)
        record_id = adapter.get("warc_record_id")
        if not record_id:
            return
        fields = adapter.asdict()
        data = json.dumps(fields, ensure_ascii=False, default=str).encode("utf-8")
        # Not the page's own URL: pywb would replay this JSON in place of the page.
        uri = f"urn:item:{fields.get('url') or response.url}"
        record = records.metadata_record(
            uri, data, "application/json", self._make_id(), self._clock(), record_id
        )
        self._write([record])
        self.stats.inc_value("warc/metadata")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.close()

    # --- archiving ---------------------------------------------------------

    def archive(
        self, exchange: HttpExchange, not_modified: tuple[RecordRef, str] | None = None
    ) -> RecordRef:
        """Write one exchange (response or revisit, then request); its main record's ref."""
        http = records.http_response(exchange, self.config.max_payload)
        dedupable = self.dedup is not None and http.size > 0 and http.truncated is None
        original = self._lookup(http.payload_digest) if dedupable else None
        main_id = self._make_id()
        if not_modified is not None:
            main = records.not_modified_record(exchange, http, main_id, *not_modified)
            self.stats.inc_value("warc/revisits")
            self.stats.inc_value("warc/revisits_not_modified")
        elif original is not None:
            main = records.revisit_record(exchange, http, main_id, original)
            self.stats.inc_value("warc/revisits")
        else:
            main = records.response_record(exchange, http, main_id)
        request = records.request_record(exchange, self._make_id(), main_id)
        ref = self._write([main, request])[0]
        if http.truncated:
            self.stats.inc_value("warc/truncated")
            logger.warning("archived %s truncated (%s)", exchange.url, http.truncated)
        if dedupable and original is None:
            self._remember(http.payload_digest, ref)
        return ref

    def _lookup(self, digest: str) -> RecordRef | None:
        """A failing index costs a revisit (the full response is written), never the page."""
        assert self.dedup is not None
        try:
            return self.dedup.lookup(digest)
        except Exception:  # any backend's error: counted and logged, archiving goes on
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index lookup failed; writing a full response")
            return None

    def _remember(self, digest: str, ref: RecordRef) -> None:
        assert self.dedup is not None
        try:
            self.dedup.add(digest, ref)
        except Exception:  # the record is written; only later revisits are lost
            self.stats.inc_value("warc/dedup_errors")
            logger.exception("dedup index could not remember %s", ref.record_id)

    def close(self) -> None:
        self.closed = True
        try:
            self.writer.close()
        except OSError as exc:  # the `.open` file stays; `recover` repairs it
            logger.error("could not close the WARC file: %s", exc)
        self._publish_stats()
        closer = getattr(self.dedup, "close", None)
        if callable(closer):
            closer()

    def _write(self, group: list[Any]) -> list[RecordRef]:
        if self.failed:
            raise OSError("WARC writing stopped after an earlier write error")
        try:
            refs = self.writer.write_group(group)
        except OSError as exc:
            self._fail(exc)
            raise
        self._groups += 1
        if self.closed:  # a late capture (after spider_closed): never leave a file `.open`
            logger.warning("records written after the crawl closed its WARC files")
            self.writer.close()
            self._publish_stats()
        elif self._groups % STATS_EVERY == 0 or self.writer.files_opened != self._files_seen:
            self._publish_stats()
        return refs

    def _publish_stats(self) -> None:
        """Counters kept by the writer, copied to Scrapy's stats (cheap, not free)."""
        self._files_seen = self.writer.files_opened
        self.stats.set_value("warc/records", self.writer.records_written)
        self.stats.set_value("warc/bytes", self.writer.bytes_written)
        self.stats.set_value("warc/files", self.writer.files_opened)

    def _fail(self, exc: OSError) -> None:
        """Archiving is the point of the crawl: a failed write stops it, loudly."""
        self.failed = True
        self.stats.inc_value("warc/errors")
        logger.error(
            "cannot write WARC records in %s: %s; stopping the crawl", self.config.directory, exc
        )
        if self._stop_crawl is not None:
            self._stop_crawl("warc_write_error")

    def _warcinfo(self, filename: str) -> Any:
        return records.warcinfo_record(filename, self._fields, self._make_id(), self._clock())


def _dedup_index(config: WarcConfig, crawler: Crawler) -> DedupIndex | None:
    """The configured index; one that is switched off must not switch archiving off."""
    if not config.dedup_index:
        return None
    try:
        index: DedupIndex = build_from_crawler(load_object(config.dedup_index), crawler)
    except NotConfigured as exc:
        logger.info("%s is off (%s): revisits within this crawl only", config.dedup_index, exc)
        return MemoryDedupIndex()
    return index


def _close_spider(crawler: Crawler, reason: str) -> None:
    assert crawler.engine is not None
    deferred_from_coro(crawler.engine.close_spider_async(reason=reason))


def _warcinfo_fields(config: WarcConfig, spider_name: str) -> dict[str, str]:
    software = (
        f"newsarchive/{__version__} (Scrapy/{scrapy.__version__}; warcio/{version('warcio')})"
    )
    fields = records.warcinfo_fields(
        software,
        socket.gethostname(),
        config.robots,
        config.user_agent,
        config.operator,
        config.description,
    )
    if spider_name:
        fields["isPartOf"] = spider_name
    return fields
