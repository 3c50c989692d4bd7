"""Item pipelines: fetched article pages become article items."""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.signalmanager import SignalManager
from scrapy.statscollectors import StatsCollector

from newsarchive.articles import article_item, extract_page, missing_fields, warm_up
from newsarchive.extract.limits import MAX_HTML
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.signals import extraction_failed
from newsarchive.state.run import crawl_state
from newsarchive.workers import ExtractWorkers, WorkerConfig, WorkerFailed, default_workers

logger = logging.getLogger(__name__)

# Worker failures that say nothing of the page (its worker was killed, crashed, or
# closed at the end of the crawl): the next run does it again. A hang ("timeout") would.
REDONE = ("crashed", "closed")


EXTRACTOR_ATTRIBUTE = "newsarchive_extractor"  # the crawler's ExtractArticlePipeline
# modules the extraction fork server imports once for all its workers (preload: the model;
# preload_tables: the bylines' towns and given names, shared only where several workers are)
PRELOAD_TABLES = "newsarchive.extract.preload_tables"
PRELOAD = (
    "newsarchive.extract.core",
    "newsarchive.articles",
    "newsarchive.extract.preload",
    PRELOAD_TABLES,
)


def preload_for(workers: int) -> tuple[str, ...]:
    """What the fork server loads for `workers`: one worker reads the tables at their first
    use, as it would once anyway (0.65 s of CPU a crawl whose bylines never need them)."""
    return PRELOAD if workers > 1 else tuple(m for m in PRELOAD if m != PRELOAD_TABLES)


class ExtractArticlePipeline:
    """Turns `ArticlePage` into `ArticleItem`, extracting outside the crawl's process.

    Parsing a page costs milliseconds of CPU; in the crawl's process it would
    compete with every download for the one core Python's GIL gives it. Pages go
    to `EXTRACT_WORKERS` worker processes (`EXTRACT_WORKERS=0`: threads in this
    process, as before). A page that fails to extract, or crashes or hangs its
    worker, is still archived (the WARC extension wrote it before any pipeline
    ran): its item carries the provenance, and the failure is counted. A page whose
    worker died under it (killed, crashed, or the pool closed at the crawl's end)
    gives no item when the crawl state is kept: the state forgets the page, and the
    next scheduled run fetches and extracts it again, exporting its item once
    (`extract/redo_next_run`). A page that hung its worker keeps the provenance-only
    item: it would hang the next run's worker too.

    A page whose spider wants its requisite links (`ArticlePage.requisites`)
    gets them from the same worker, which parses the page anyway; the answer is
    None when extraction failed (the spider then looks itself).
    """

    answers_requisites = True  # every page's wish is answered here (newsarchive.spiders.news)

    def __init__(
        self,
        stats: StatsCollector,
        workers: ExtractWorkers | None,
        threads: int,
        extract: Callable[[ArticlePage], ArticleItem] = article_item,
        forget: Callable[[str], None] | None = None,
        signals: SignalManager | None = None,
    ) -> None:
        self.stats = stats
        self._signals = signals  # extraction_failed is sent through them
        self._extract_page = extract  # module-level: workers receive it by name
        self._forget = forget  # the crawl state's: the next run fetches the page again
        self._workers = workers
        self._threads = None if workers else ThreadPoolExecutor(threads, "extract")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractArticlePipeline:
        assert crawler.stats is not None
        settings = crawler.settings
        threads = settings.getint("EXTRACT_THREADS", 2)
        if threads < 1:
            raise NotConfigured("EXTRACT_THREADS must be at least 1")
        raw = settings.get("EXTRACT_WORKERS")
        count = default_workers() if raw in (None, "") else settings.getint("EXTRACT_WORKERS")
        if count < 0:
            raise NotConfigured("EXTRACT_WORKERS must be 0 (threads) or more")
        workers = None
        if count:
            config = WorkerConfig(
                workers=count,
                timeout=settings.getfloat("EXTRACT_TIMEOUT", 60.0),
                max_pending=settings.getint("EXTRACT_MAX_PENDING", 0) or 16 * count,
                nice=settings.getint("EXTRACT_WORKER_NICE", 0),
                # the fork server loads the extractor and py3langid's model once for
                # all workers; this process never does (newsarchive.articles imports
                # it on first use)
                preload=preload_for(count),
            )
            workers = ExtractWorkers(config, warm_up=warm_up)
        max_html = settings.getint("EXTRACT_MAX_HTML", MAX_HTML)
        if max_html < 0:
            raise NotConfigured("EXTRACT_MAX_HTML must be 0 (no limit) or more characters")
        # a partial of a module-level function still reaches the workers by name
        extract = functools.partial(article_item, max_html=max_html or None)
        forget = _state_forgets(crawler)
        pipeline = cls(crawler.stats, workers, threads, extract, forget, crawler.signals)
        setattr(crawler, EXTRACTOR_ATTRIBUTE, pipeline)  # the changes pipeline extracts here too
        return pipeline

    async def extract_with(self, function: Callable[..., Any], *args: Any) -> Any:
        """`function(extract, *args)` where this pipeline extracts (a worker process; threads
        with EXTRACT_WORKERS=0), `extract` being its own: an archived page another component
        reads (an article's version before) is extracted as the crawl's pages are, off the
        crawl's process. Raises WorkerFailed as `run` does."""
        if self._workers is not None:
            return await self._workers.run(function, self._extract_page, *args)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._threads, function, self._extract_page, *args)

    async def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticlePage):
            return item
        wanted, links = item.requisites, None
        try:
            article, links = await self._extract(item)
        except WorkerFailed as exc:
            self.stats.inc_value(f"extract/failed/worker_{exc.reason}")
            self._failed(item.url, str(exc))
            if exc.reason in REDONE and self._forget is not None:
                self._forget(item.url)
                self.stats.inc_value("extract/redo_next_run")
                logger.warning("extraction %s for %s: the next run extracts it", exc, item.url)
                raise DropItem(
                    f"extraction {exc}: the next run extracts it", log_level="DEBUG"
                ) from None
            logger.warning("extraction %s for %s", exc, item.url)
            article = _provenance_only(item)
        except Exception as exc:
            logger.warning("extraction failed for %s: %r", item.url, exc)
            self.stats.inc_value(f"extract/failed/{type(exc).__name__}")
            self._failed(item.url, _one_line(exc))
            article = _provenance_only(item)
        finally:
            if wanted is not None:
                wanted.answer(links)
        self.stats.inc_value("extract/items")
        if article.truncated:  # read up to EXTRACT_MAX_HTML: the body ends at the cut
            self.stats.inc_value("extract/truncated")
        for name in missing_fields(article):
            self.stats.inc_value(f"extract/missing/{name}")
        return article

    def _failed(self, url: str, reason: str) -> None:
        if self._signals is not None:
            self._signals.send_catch_log(extraction_failed, url=url, reason=reason)

    async def _extract(self, page: ArticlePage) -> tuple[ArticleItem, list[str] | None]:
        wants_links = page.requisites is not None
        if self._workers is not None:
            sent = dataclasses.replace(page, requisites=None) if wants_links else page
            done = await self._workers.run(extract_page, self._extract_page, sent, wants_links)
            self.stats.max_value("extract/workers/max_pending", self._workers.max_seen_pending)
            return done
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._threads, extract_page, self._extract_page, page, wants_links
        )

    def open_spider(self) -> None:
        if self._threads is not None:  # this process extracts: load the extractor off the loop
            self._threads.submit(warm_up)

    def close_spider(self) -> None:
        if self._workers is not None:
            self._workers.close()
        if self._threads is not None:
            self._threads.shutdown(wait=True)


def _state_forgets(crawler: Crawler) -> Callable[[str], None] | None:
    """The crawl state's way to forget a page this run fetched (None without a kept state:
    nothing would fetch the page again, so it keeps its provenance-only item)."""
    try:
        state = crawl_state(crawler)
    except NotConfigured:
        return None
    return state.drop_item if state.persistent else None


def _one_line(error: BaseException) -> str:
    """`Kind: message`, on one line (a message may span several)."""
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def _provenance_only(page: ArticlePage) -> ArticleItem:
    """The item of a page nothing could be extracted from: where it is archived."""
    return ArticleItem(url=page.url, site=page.site, **page.provenance.item_fields())
