"""What the extractor logs in an extraction worker reaches the crawl's own logging.

Records a worker logged (a page cut at EXTRACT_MAX_HTML, a page read flattened past
Python's stack, repeated tags collapsed) went out on stderr as Python's last resort
prints them: bare text, no time, level or logger, not counted in `log_count/WARNING`,
and not in the LOG_FILE at all. They now come back down the worker's pipe, ahead of
its page's answer, and go to this process's logger of their name.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsarchive.workers import ExtractWorkers, WorkerConfig, WorkerFailed
from tests.plugins.crawling import CrawlResult, parse_stats, run_crawl
from tests.plugins.page_origin import page_origin

EXTRACTOR = "newsarchive.extract.core"


def log_lines(url: str) -> str:
    log = logging.getLogger(EXTRACTOR)
    log.debug("%s: a debug line", url)
    log.info("%s: an info line", url)
    log.warning("%s nests elements past Python's stack", url)
    return url


def log_a_failure(url: str) -> None:
    try:
        {}["missing"]
    except KeyError:
        logging.getLogger(EXTRACTOR).exception("%s: could not read it", url)


def log_then_die(url: str) -> None:
    logging.getLogger(EXTRACTOR).warning("%s: last words", url)
    os._exit(3)


def log_then_hang(url: str, marker: str) -> None:
    logging.getLogger(EXTRACTOR).warning("%s: before the hang", url)
    Path(marker).touch()
    time.sleep(600)


def worker_level() -> int:
    return logging.getLogger(EXTRACTOR).getEffectiveLevel()


class Events(logging.Handler):
    """What reached this process's logger, with marks the test puts in between."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.seen: list[tuple[Any, ...]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append((record.levelname, record.getMessage(), record.process))


@pytest.fixture
def events() -> Iterator[Events]:
    handler = Events()
    extractor = logging.getLogger(EXTRACTOR)
    extractor.addHandler(handler)
    level = logging.root.level
    try:
        yield handler
    finally:
        extractor.removeHandler(handler)
        logging.root.setLevel(level)


def _pool(**changes: float) -> ExtractWorkers:
    values = {"workers": 1, "timeout": 60.0, "max_pending": 4, "nice": 0, **changes}
    return ExtractWorkers(WorkerConfig(**values))  # type: ignore[arg-type]


def test_records_come_back_in_order_with_their_pages(events: Events) -> None:
    logging.root.setLevel(logging.DEBUG)

    async def main() -> None:
        workers = _pool()
        try:
            for url in ("http://n.test/a", "http://n.test/b"):
                events.seen.append(("answer", await workers.run(log_lines, url)))
        finally:
            workers.close()

    asyncio.run(main())
    levels_and_text = [event[:2] for event in events.seen]
    expected: list[tuple[str, str]] = []
    for url in ("http://n.test/a", "http://n.test/b"):
        expected += [
            ("DEBUG", f"{url}: a debug line"),
            ("INFO", f"{url}: an info line"),
            ("WARNING", f"{url} nests elements past Python's stack"),
            ("answer", url),
        ]
    assert levels_and_text == expected
    assert {event[2] for event in events.seen if event[0] != "answer"} - {os.getpid()}


def test_a_worker_ships_nothing_below_the_level_this_process_takes(events: Events) -> None:
    logging.root.setLevel(logging.WARNING)

    async def main() -> int:
        workers = _pool()
        try:
            await workers.run(log_lines, "http://n.test/c")
            return int(await workers.run(worker_level))
        finally:
            workers.close()

    assert asyncio.run(main()) == logging.WARNING
    assert [event[0] for event in events.seen] == ["WARNING"]


def test_a_logged_exception_comes_back_with_its_traceback() -> None:
    level = logging.root.level
    logging.root.setLevel(logging.DEBUG)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logging.getLogger(EXTRACTOR).addHandler(handler)

    async def main() -> None:
        workers = _pool()
        try:
            await workers.run(log_a_failure, "http://n.test/d")
        finally:
            workers.close()

    try:
        asyncio.run(main())
    finally:
        logging.getLogger(EXTRACTOR).removeHandler(handler)
        logging.root.setLevel(level)
    [record] = records
    assert record.getMessage() == "http://n.test/d: could not read it"
    assert record.exc_text is not None and "KeyError: 'missing'" in record.exc_text
    assert logging.Formatter().format(record).endswith("KeyError: 'missing'")


def test_what_a_worker_logged_before_it_died_comes_before_its_page_fails(
    events: Events,
) -> None:
    async def main() -> None:
        workers = _pool()
        try:
            with pytest.raises(WorkerFailed) as failed:
                await workers.run(log_then_die, "http://n.test/e")
            events.seen.append(("failed", failed.value.reason))
        finally:
            workers.close()

    asyncio.run(main())
    assert [event[:2] for event in events.seen] == [
        ("WARNING", "http://n.test/e: last words"),
        ("failed", "crashed"),
    ]


def test_what_a_busy_worker_logged_is_kept_when_the_pool_closes_on_it(
    events: Events, tmp_path: Path
) -> None:
    """The pool closes before its loop read the worker's pipe: the record is read at close."""
    marker = tmp_path / "logged"

    async def main() -> str:
        workers = _pool()
        page = asyncio.ensure_future(workers.run(log_then_hang, "http://n.test/f", str(marker)))
        await asyncio.sleep(0)  # the page is sent; the loop does not run again until close
        for _ in range(6000):  # the worker has logged (a fresh worker may take a while)
            if marker.exists():
                break
            time.sleep(0.02)
        assert marker.exists(), "the worker never took its page"
        assert events.seen == []  # not read yet: nothing ran the loop
        workers.close()
        with pytest.raises(WorkerFailed) as failed:
            await page
        return failed.value.reason

    assert asyncio.run(main()) == "closed"
    assert [event[:2] for event in events.seen] == [("WARNING", "http://n.test/f: before the hang")]


# A real crawl of 127.0.0.1 with LOG_FILE set: the worker's warning is a line of the log file.

DEEP_PATH = "/news/2026/12/05/ferry-nested-deep"
SHALLOW_PATH = "/news/2026/12/05/ferry-read-shallow"
PARAGRAPH = "<p>The harbour board added two evening crossings to the winter timetable.</p>"


def _story(title: str, inner: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{inner}</article></body></html>"
    ).encode()


@pytest.fixture(scope="module", params=["1", "0"], ids=["workers", "threads"])
def crawl(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    listing = (
        f'<html><head><title>News</title></head><body><a href="{DEEP_PATH}">Deep</a>'
        f'<a href="{SHALLOW_PATH}">Shallow</a></body></html>'
    )
    pages = {
        "/news/": ("text/html; charset=utf-8", listing.encode()),
        DEEP_PATH: ("text/html; charset=utf-8", _story("Deep ferry", "<div>" * 2_000 + PARAGRAPH)),
        SHALLOW_PATH: ("text/html; charset=utf-8", _story("Ferry", PARAGRAPH)),
    }
    with page_origin(pages) as url:
        out = tmp_path_factory.mktemp(f"worker-logs-{request.param}")
        log_file = out / "scrapy.log"
        settings = {"LOG_FILE": str(log_file), "EXTRACT_WORKERS": request.param}
        result = run_crawl("news", {"url": url + "/news/"}, settings, out)
        yield result, log_file.read_text(encoding="utf-8"), url


def test_the_workers_warning_is_a_line_of_the_log_file_formatted_as_scrapys(
    crawl: tuple[CrawlResult, str, str],
) -> None:
    result, log, origin = crawl
    line = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[newsarchive\.extract\.core\] WARNING: " + re.escape(
        f"{origin}{DEEP_PATH} nests elements past Python's stack"
    )
    assert len(re.findall(rf"^{line}", log, re.MULTILINE)) == 1, log[-3000:]
    assert "past Python's stack" not in result.log  # nothing bare on stderr
    assert {item["url"] for item in result.items()} >= {origin + DEEP_PATH, origin + SHALLOW_PATH}


def test_the_workers_warning_is_counted_in_scrapys_stats(
    crawl: tuple[CrawlResult, str, str],
) -> None:
    _, log, _ = crawl
    stats = parse_stats(log)
    warnings = [line for line in log.splitlines() if re.match(r"\S+ \S+ \[[^]]+\] WARNING: ", line)]
    assert any("past Python's stack" in line for line in warnings)
    assert stats["log_count/WARNING"] == len(warnings)


def _refuse() -> None:
    raise ImportError("a module only the worker has")


class OnlyInTheWorker:
    """An `extra=` value that pickles in the worker but cannot be rebuilt here (its class
    from a module this process cannot import)."""

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return _refuse, ()


def log_with_odd_extras(url: str) -> str:
    import threading

    log = logging.getLogger(EXTRACTOR)
    log.warning("%s: extra from elsewhere", url, extra={"node": OnlyInTheWorker()})
    log.warning("%s: extra with a lock", url, extra={"guard": threading.Lock()})
    return url


def test_a_record_whose_extra_this_process_cannot_rebuild_still_arrives(
    events: Events,
) -> None:
    logging.root.setLevel(logging.WARNING)

    async def main() -> Any:
        workers = _pool()
        try:
            return await workers.run(log_with_odd_extras, "http://n.test/x%20y")
        finally:
            workers.close()

    assert asyncio.run(main()) == "http://n.test/x%20y"
    assert [event[:2] for event in events.seen] == [
        ("WARNING", "http://n.test/x%20y: extra from elsewhere"),
        ("WARNING", "http://n.test/x%20y: extra with a lock"),
    ]


def log_without_end(url: str) -> None:
    log = logging.getLogger(EXTRACTOR)
    while True:
        log.warning("%s: still reading %s", url, "." * 2000)


def test_what_a_worker_logged_until_it_was_killed_comes_before_its_page_fails(
    events: Events,
) -> None:
    logging.root.setLevel(logging.WARNING)

    async def main() -> None:
        workers = _pool(timeout=1.0)
        try:
            with pytest.raises(WorkerFailed, match="timeout"):
                await workers.run(log_without_end, "http://n.test/endless")
            events.seen.append(("failed", "", 0))
            events.seen.append(("answer", await workers.run(log_lines, "http://n.test/next"), 0))
        finally:
            workers.close()

    asyncio.run(main())
    kinds = [event[0] for event in events.seen]
    failed = kinds.index("failed")
    endless = [i for i, event in enumerate(events.seen) if "endless" in event[1]]
    assert endless, "the killed worker's records reached this process"
    assert max(endless) < failed, events.seen[failed - 1 : failed + 3]
