"""Extraction in worker processes: a page that crashes or hangs its worker costs that page only."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.articles import article_item, warm_up
from newsarchive.demo.server import DemoServer
from newsarchive.items import ArticleItem, ArticlePage
from newsarchive.pipelines import ExtractArticlePipeline
from newsarchive.provenance import Provenance
from newsarchive.workers import ExtractWorkers, WorkerConfig, WorkerFailed
from tests.plugins.crawling import PROJECT, run_crawl


def crash(code: int) -> None:
    os._exit(code)


def hang(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def pid_of_worker(delay: float = 0.0) -> int:
    time.sleep(delay)
    return os.getpid()


def refuse(value: str) -> None:
    raise ValueError(value)


def run(coro_factory):  # type: ignore[no-untyped-def]
    return asyncio.run(coro_factory())


def config(**changes: float) -> WorkerConfig:
    values = {"workers": 1, "timeout": 5.0, "max_pending": 4, "nice": 0, **changes}
    return WorkerConfig(**values)  # type: ignore[arg-type]


def test_work_runs_in_another_process() -> None:
    async def main() -> int:
        workers = ExtractWorkers(config())
        try:
            return int(await workers.run(pid_of_worker))
        finally:
            workers.close()

    assert run(main) != os.getpid()


def test_a_crashed_worker_costs_its_page_and_the_next_page_is_extracted() -> None:
    async def main() -> tuple[str, int]:
        workers = ExtractWorkers(config())
        try:
            with pytest.raises(WorkerFailed) as failed:
                await workers.run(crash, 3)
            return failed.value.reason, int(await workers.run(pid_of_worker))
        finally:
            workers.close()

    reason, pid = run(main)
    assert reason == "crashed"
    assert pid != os.getpid()


def cut_off_until(release: str, code: int) -> None:
    """Close every pipe to the pool, then exit only once `release` exists: a slow death."""
    os.closerange(3, 1024)
    for _ in range(12_000):  # two minutes at most, should the test never release it
        if os.path.exists(release):
            break
        time.sleep(0.01)
    os._exit(code)


def test_a_dying_worker_does_not_hold_up_the_other_workers_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool learns a dead worker's exit code without waiting for it on the event loop:
    the other worker's answer comes first, and only then does the dying one exit."""
    monkeypatch.setattr("newsarchive.workers.EXIT_GRACE", 120.0)
    release = tmp_path / "release"

    async def main() -> list[str]:
        workers = ExtractWorkers(config(workers=2))
        done: list[str] = []

        async def dying() -> None:
            try:
                await workers.run(cut_off_until, str(release), 7)
            except WorkerFailed as exc:
                done.append(str(exc))

        async def other() -> None:
            await workers.run(pid_of_worker)
            done.append("answered")
            release.touch()

        try:
            await asyncio.gather(workers.run(pid_of_worker), workers.run(pid_of_worker))
            await asyncio.gather(dying(), other())  # one page to each worker, both up
            return done
        finally:
            workers.close()

    assert run(main) == ["answered", "crashed: worker exit code 7"]


def hang_until(release: str, noted: str) -> str:
    """Note this worker's pid, then wait for `release` (never made: a page that hangs)."""
    Path(noted).write_text(str(os.getpid()))
    for _ in range(12_000):  # two minutes at most, should the pool never kill it
        if os.path.exists(release):
            return "released"
        time.sleep(0.01)
    return "gave up"


def test_a_hung_worker_is_replaced_after_the_timeout(tmp_path: Path) -> None:
    """The page never ends on its own: only the time limit ends it, by killing its worker;
    a fresh worker (another process) takes the next page."""
    noted = tmp_path / "hung-pid"

    async def main() -> tuple[str, int, int]:
        workers = ExtractWorkers(config(timeout=0.5))
        try:
            with pytest.raises(WorkerFailed) as failed:
                await workers.run(hang_until, str(tmp_path / "never"), str(noted))
            fresh = int(await workers.run(pid_of_worker))
            return failed.value.reason, int(noted.read_text()), fresh
        finally:
            workers.close()

    reason, hung, fresh = run(main)
    assert reason == "timeout"
    assert fresh not in (hung, os.getpid())  # the hung worker was replaced


def test_pages_queued_behind_a_hung_page_are_done_by_its_replacement() -> None:
    async def main() -> list[int]:
        workers = ExtractWorkers(config(timeout=1.0))
        try:
            hung = asyncio.ensure_future(workers.run(hang, 60))
            queued = [asyncio.ensure_future(workers.run(pid_of_worker)) for _ in range(3)]
            with pytest.raises(WorkerFailed):
                await hung
            return list(await asyncio.gather(*queued))
        finally:
            workers.close()

    pids = run(main)
    assert len(set(pids)) == 1 and pids[0] != os.getpid()


def test_an_error_in_the_work_comes_back_as_that_error() -> None:
    async def main() -> str:
        workers = ExtractWorkers(config())
        try:
            with pytest.raises(ValueError, match="no article here"):
                await workers.run(refuse, "no article here")
            return str(await workers.run(hang, 0))  # the same worker goes on
        finally:
            workers.close()

    assert run(main) == "woke"


def test_no_more_pages_than_max_pending_are_in_the_pool() -> None:
    async def main() -> tuple[int, int]:
        workers = ExtractWorkers(config(workers=2, max_pending=3))
        try:
            pids = await asyncio.gather(*(workers.run(pid_of_worker, 0.02) for _ in range(20)))
            return workers.max_seen_pending, len(pids)
        finally:
            workers.close()

    most, done = run(main)
    assert done == 20
    assert most == 3


@pytest.fixture(scope="module")
def small_demo() -> Iterator[DemoServer]:
    with DemoServer(articles=12) as server:
        yield server


def slow_on_hang(page: ArticlePage) -> ArticleItem:
    """Extraction that hangs on one page and crashes on another (the rest as usual)."""
    if page.url.endswith("/hang"):
        time.sleep(60)
    if page.url.endswith("/crash"):
        os._exit(9)
    return article_item(page)


def test_pipeline_exports_a_page_that_hung_or_crashed_its_worker_with_provenance() -> None:
    crawler = get_crawler(settings_dict={"EXTRACT_WORKERS": 1, "EXTRACT_TIMEOUT": 1.0})
    assert crawler.stats is not None
    # as the pipeline starts its workers: the extractor loaded before a page's time counts
    # (it loads on first use; in a page's second it would time out "fine" on a busy box)
    preloaded = WorkerConfig(1, 1.0, 4, 0, preload=("newsarchive.extract.core",))
    workers = ExtractWorkers(preloaded, warm_up=warm_up)
    pipeline = ExtractArticlePipeline(crawler.stats, workers, 1, extract=slow_on_hang)
    html = b"<html><head><title>Fine page</title></head><body><p>Text.</p></body></html>"

    def page(path: str) -> ArticlePage:
        return ArticlePage(
            url=f"http://127.0.0.1:9/{path}",
            body=html,
            encoding="utf-8",
            provenance=Provenance(warc_file="x.warc.gz", record_id=f"<urn:uuid:{path}>"),
        )

    async def main() -> list[ArticleItem]:
        try:
            names = ("hang", "crash", "fine")
            return list(await asyncio.gather(*(pipeline.process_item(page(n)) for n in names)))
        finally:
            pipeline.close_spider()

    hung, crashed, fine = run(main)
    assert (hung.title, crashed.title, fine.title) == (None, None, "Fine page")
    assert hung.warc_record_id == "<urn:uuid:hang>" and crashed.warc_file == "x.warc.gz"
    stats = crawler.stats.get_stats()
    assert stats["extract/failed/worker_timeout"] == 1
    assert stats["extract/failed/worker_crashed"] == 1
    assert stats["extract/items"] == 3


def test_crawl_in_threads_gives_the_items_workers_give(
    small_demo: DemoServer, tmp_path: Path
) -> None:
    def titles(workers: str, out: Path) -> dict[str, str]:
        result = run_crawl(
            "news",
            {"site": "demo", "base_url": small_demo.base_url, "requisites": "0"},
            {"EXTRACT_WORKERS": workers, "STATE_ENABLED": "0"},
            out,
        )
        return {item["url"]: item["title"] for item in result.items()}

    in_workers = titles("1", tmp_path / "workers")
    assert len(in_workers) == len(small_demo.site.catalog.ids)
    assert all(in_workers.values())
    assert titles("0", tmp_path / "threads") == in_workers


def test_json_lines_of_article_items_are_scrapys_own(tmp_path: Path) -> None:
    """The fast path writes the very bytes Scrapy's exporter writes."""
    import io

    from scrapy.exporters import JsonLinesItemExporter

    from newsarchive.exporters import JsonLinesExporter

    item = ArticleItem(
        url="https://example.org/a", title="Zürich “quotes”", authors=["A B"], topics=[], version=2
    )
    ours, scrapys = io.BytesIO(), io.BytesIO()
    for exporter_class, out in ((JsonLinesExporter, ours), (JsonLinesItemExporter, scrapys)):
        exporter = exporter_class(out, encoding="utf-8")
        exporter.start_exporting()
        exporter.export_item(item)
        exporter.export_item({"url": "https://example.org/b"})  # not a dataclass
        exporter.finish_exporting()
    assert ours.getvalue() == scrapys.getvalue()


CONSOLE_SCRIPT = """
import asyncio, sys
from scrapy.cmdline import execute  # what the `scrapy` console script imports
from newsarchive.workers import ExtractWorkers, WorkerConfig
from tests.plugins.worker_modules import crawl_modules

async def main():
    workers = ExtractWorkers(WorkerConfig(1, 30.0, 4, 0, ("newsarchive.articles",)))
    try:
        print(await workers.run(crawl_modules))
    finally:
        workers.close()

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_workers_of_a_crawl_run_by_a_script_do_not_import_the_crawl(tmp_path: Path) -> None:
    """`scrapy crawl` runs as a script: its workers must not import Scrapy for nothing."""
    script = tmp_path / "scrapy_like"
    script.write_text(CONSOLE_SCRIPT)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


FORCED_EXIT = """
import asyncio, os, signal, sys
# Scrapy's second Ctrl-C or SIGTERM (forced shutdown) sets both to SIG_IGN; a pool started
# after it (a page still being parsed) gave its fork server and workers SIGTERM ignored
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
from newsarchive.workers import ExtractWorkers, WorkerConfig
# eight workers: some are still starting (SIGTERM not yet reset) when the process exits
workers = ExtractWorkers(WorkerConfig(workers=8, timeout=5.0, max_pending=4, nice=0))
print(asyncio.run(workers.run(os.getpid)) != os.getpid(), flush=True)
# the reactor stopped: the pool is never closed; multiprocessing ends its workers at exit
"""


def test_a_process_leaving_its_pool_open_exits_even_with_sigterm_ignored() -> None:
    """multiprocessing ends daemon workers at exit with SIGTERM, then joins them: with SIGTERM
    ignored the crawl's process waited for ever after its last line (seen after a second
    Ctrl-C 20 ms after the first, mid-crawl)."""
    done = subprocess.run(
        [sys.executable, "-c", FORCED_EXIT],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_a_closed_pool_leaves_no_exit_hook_holding_it() -> None:
    """The exit hook killing an unclosed pool's workers is dropped by `close`: before, every
    pool a process started and closed stayed alive (with its hook) until the process exited."""

    async def main() -> weakref.ref[ExtractWorkers]:
        workers = ExtractWorkers(config())
        assert int(await workers.run(pid_of_worker)) != os.getpid()
        workers.close()
        return weakref.ref(workers)

    pool = asyncio.run(main())
    gc.collect()
    assert pool() is None
