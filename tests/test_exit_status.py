"""`scrapy crawl` exits nonzero whenever the run did not finish its job, saying why last.

Real crawls of the shared demo site, made to fail the way a server does: a file
size limit standing in for a full disk, items written to /dev/full, a timeout,
SIGTERM. The decision itself is also checked for each finish reason.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsarchive import exitcodes
from newsarchive.demo.server import DemoServer
from newsarchive.scrapy_commands.crawl import outcome
from newsarchive.spiders.options import SpiderArgumentError
from newsarchive.state.lock import RunLocked
from tests.plugins.crawling import (
    RunningCrawl,
    crawl_command,
    ended_on_failure,
    parse_stats,
    start_crawl,
)
from tests.plugins.demo_site import SMALL_ARTICLES
from tests.plugins.gated_front import gated_front


def last_line(log: Path) -> str:
    return log.read_text(encoding="utf-8").strip().splitlines()[-1]


def demo_args(site: DemoServer) -> dict[str, str]:
    return {"site": "demo", "base_url": site.base_url}


def articles_of(site: DemoServer) -> Callable[[str], bool]:
    """Whether a path is one of the site's articles (what a gated front counts)."""
    return lambda path: site.site.catalog.find(path) is not None


def until(event: threading.Event, crawl: RunningCrawl, timeout: float = 240) -> bool:
    """Whether `event` was set within `timeout` while the crawl ran (False once it ended)."""
    deadline = time.monotonic() + timeout
    while not event.wait(0.05):
        if crawl.process.poll() is not None or time.monotonic() > deadline:
            return False
    return True


def test_a_full_disk_stops_the_crawl_with_exit_1(demo_site: DemoServer, tmp_path: Path) -> None:
    """RLIMIT_FSIZE makes every write past 150 KB fail, as ENOSPC would (SIGXFSZ ignored)."""
    command = crawl_command("news", demo_args(demo_site), {}, tmp_path)
    log = tmp_path / "crawl.log"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # ignored stays ignored across exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))

    with log.open("wb") as out:
        done = subprocess.run(
            command, cwd=Path(__file__).parents[1], stdout=out, stderr=subprocess.STDOUT,
            preexec_fn=limit, timeout=300,
        )  # fmt: skip
    text = log.read_text(encoding="utf-8")
    assert done.returncode == exitcodes.FAILED
    assert (
        text.strip()
        .splitlines()[-1]
        .startswith("scrapy crawl: the crawl did not finish its job: warc_write_error")
    )
    assert "WARC records could not be written" in text.strip().splitlines()[-1]
    assert "Traceback" not in text  # one line says it; pages still arriving are counted
    items = (tmp_path / "items.jsonl").read_bytes()
    assert not items or items.endswith(b"\n")  # no torn line
    # a page the full disk kept out of the WARC gives no item: the next run exports it
    assert all(json.loads(line)["warc_record_id"] for line in items.splitlines())
    for report in (tmp_path / "reports").glob("*"):
        assert json.loads(report.read_text())["finish_reason"] == "warc_write_error"
    for warc in (tmp_path / "warc").glob("*.warc.gz"):
        with warc.open("rb") as stream:
            assert sum(1 for _ in ArchiveIterator(stream)) > 0


def test_items_that_cannot_be_written_fail_the_run(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    settings = {"NEWSARCHIVE_ITEMS_FEED": ""}
    command = crawl_command("news", demo_args(small_demo_site), settings, tmp_path)
    command[-1] = "/dev/full:jsonlines"  # every write: ENOSPC
    done = subprocess.run(
        command, cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=300
    )
    stats = parse_stats(done.stderr)
    assert "Traceback" not in done.stderr
    assert done.returncode == exitcodes.FAILED
    assert done.stderr.strip().splitlines()[-1] == (
        "scrapy crawl: the crawl did not finish its job: items_write_error "
        "(items could not be written: No space left on device (ENOSPC): /dev/full) (exit status 1)"
    )
    assert stats["feeds/unwritten_items"] >= 1
    # the state recorded no article whose item went nowhere: the next run exports them all
    same_state = {"WARC_DIR": str(tmp_path / "warc")}
    again = start_crawl("news", demo_args(small_demo_site), same_state, tmp_path / "again").wait()
    assert again.returncode == 0, again.log[-3000:]
    assert again.stats["item_scraped_count"] == SMALL_ARTICLES


def test_an_items_file_that_cannot_be_opened_refuses_the_run_in_one_line(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """Found at the start, before anything is fetched (it was found at the first item,
    after the start pages were fetched: exit 1, nothing lost)."""
    (tmp_path / "a-file").write_text("not a folder\n")
    args = {**demo_args(demo_site), "max_articles": "3"}
    command = crawl_command("news", args, {"NEWSARCHIVE_ITEMS_FEED": ""}, tmp_path)
    command[-1] = f"{tmp_path / 'a-file' / 'items.jsonl'}:jsonlines"  # its folder is a file
    done = subprocess.run(
        command, cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == exitcodes.BAD_INPUT
    assert done.stderr.strip().splitlines() == [
        f"scrapy crawl: setting FEEDS (-o, -O): the items file "
        f"'{tmp_path / 'a-file' / 'items.jsonl'}' cannot be written ({tmp_path / 'a-file'} is a "
        "file, not a folder); give a folder that takes files (nothing was fetched) (exit status 2)"
    ]
    assert not list(tmp_path.glob("warc/*"))  # nothing fetched, nothing archived


def test_a_timeout_is_not_a_finished_run(demo_site: DemoServer, tmp_path: Path) -> None:
    settings = {"CLOSESPIDER_TIMEOUT": "1", "DOWNLOAD_DELAY": "0.2", "CONCURRENT_REQUESTS": "1"}
    result = start_crawl("news", demo_args(demo_site), settings, tmp_path).wait()
    assert result.returncode == exitcodes.FAILED
    assert "the crawl did not finish its job: closespider_timeout" in last_line(result.log_path)


def test_sigterm_ends_the_run_with_exit_1(demo_site: DemoServer, tmp_path: Path) -> None:
    # the front answers 3 articles and holds the others: the SIGTERM comes while the crawl
    # waits for its pages, however slowly the test gets to it (was a pace of 0.2 s a request
    # and half a second after "Spider opened"), not while it starts (another message)
    with (
        gated_front(demo_site, 3, articles_of(demo_site)) as (front, holding, release),
        ended_on_failure() as crawls,
    ):
        crawl = start_crawl("news", {"site": "demo", "base_url": front}, {}, tmp_path)
        crawls.append(crawl)
        assert until(holding, crawl), "the crawl never asked for an article past its first 3"
        crawl.process.send_signal(signal.SIGTERM)
        release.set()  # the pages it waits for come: it ends as it does on its own
        result = crawl.wait()
    assert result.returncode == exitcodes.FAILED
    assert last_line(crawl.log_path).endswith(
        "scrapy crawl: the crawl did not finish its job: shutdown (stopped by Ctrl-C or SIGTERM: "
        "what it archived and exported is kept, the next run fetches the rest) (exit status 1)"
    )
    assert "Traceback" not in result.log


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_second_signal_forces_the_shutdown_and_says_so(
    sig: signal.Signals, demo_site: DemoServer, tmp_path: Path
) -> None:
    """Scrapy's forced shutdown was called a kill ("stopped before it finished (killed)")."""
    # the front answers 5 articles and holds the others until the test's block ends: the
    # crawl, shutting down gracefully, waits for them, and the second signal comes while it
    # does, however slowly the test gets to it (was a pace of 0.05 s a request)
    with (
        gated_front(demo_site, 5, articles_of(demo_site)) as (front, _, _release),
        ended_on_failure() as crawls,
    ):
        crawl = start_crawl("news", {"site": "demo", "base_url": front}, {}, tmp_path)
        crawls.append(crawl)
        deadline = time.monotonic() + 240
        while not (crawl.items_path.exists() and crawl.items_path.read_bytes().count(b"\n") >= 3):
            assert crawl.process.poll() is None, "the crawl ended before its third item"
            assert time.monotonic() < deadline, "no third item"
            time.sleep(0.05)
        assert crawl.process.poll() is None, "the crawl ended before the first signal"
        crawl.process.send_signal(sig)
        # two signals before Python's handler runs are one: the second waits for the first's
        # words (after 2 s of polls it went anyway, and on a loaded box could be merged)
        while "shutting down gracefully" not in crawl.log_path.read_text(errors="replace"):
            assert crawl.process.poll() is None, "the crawl ended before the second signal"
            assert time.monotonic() < deadline, "the first signal was never taken"
            time.sleep(0.01)
        crawl.process.send_signal(sig)
        result = crawl.wait(timeout=60)
    assert result.returncode == exitcodes.FAILED
    assert last_line(crawl.log_path) == (
        "scrapy crawl: the crawl was stopped by a second Ctrl-C or SIGTERM (forced shutdown): "
        "pages in flight were dropped; the next run fetches what this one did not keep "
        "(exit status 1)"
    )
    assert "forcing unclean shutdown" in result.log
    assert "Traceback" not in result.log


@pytest.mark.parametrize(
    ("stats", "error", "code", "says"),
    [
        ({"finish_reason": "finished"}, None, exitcodes.OK, ""),
        ({"finish_reason": "start_error"}, None, exitcodes.FAILED, "start_error"),
        ({"finish_reason": "shutdown"}, None, exitcodes.FAILED, "shutdown"),
        ({"finish_reason": "closespider_timeout"}, None, exitcodes.FAILED, "closespider_timeout"),
        ({"finish_reason": "finished", "report/errors": 1}, None, 1, "report could not be"),
        ({"finish_reason": "finished", "warc/errors": 2}, None, 1, "WARC records could not"),
        (
            {"finish_reason": "start_url_failed", "follow/start_failed": "could not fetch x: y"},
            None,
            exitcodes.FAILED,
            "start_url_failed (could not fetch x: y)",
        ),
        ({}, None, exitcodes.FAILED, "stopped as it started, before its spider ran"),
        ({}, SpiderArgumentError("depth must be"), exitcodes.BAD_INPUT, "depth must be"),
        ({}, RunLocked("another run of this crawl"), exitcodes.LOCKED, "another run"),
        ({}, PermissionError(13, "Permission denied"), exitcodes.FAILED, "could not start"),
    ],
)
def test_exit_status_for_each_way_a_run_ends(
    stats: dict[str, Any], error: BaseException | None, code: int, says: str
) -> None:
    crawler = get_crawler()
    assert crawler.stats is not None
    crawler.stats.open_spider()
    for name, value in stats.items():
        crawler.stats.set_value(name, value)
    got, reason = outcome(crawler, error)
    assert got == code and says in reason


def test_an_empty_items_file_that_cannot_be_made_fails_the_run_in_one_line(
    tmp_path: Path,
) -> None:
    """No item came (every section refused), so the empty items file is made as the run
    closes; its entry in the items journal cannot be written (a folder in the way stands
    in for a disk that filled up during the run). Before: a traceback after `Task exception
    was never retrieved`, and exit 0."""
    (tmp_path / "state" / "demo.feeds.json.tmp").mkdir(parents=True)
    command = crawl_command("demo", {"base_url": "http://127.0.0.1:9"}, {}, tmp_path)
    done = subprocess.run(
        command, cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert "cannot make the items file " in done.stderr
    assert done.returncode == exitcodes.FAILED
    last = done.stderr.strip().splitlines()[-1]  # every section refused too: both named
    assert last.startswith(
        "scrapy crawl: the crawl did not finish its job: sections_refused (all 8 sections "
        "refused: DownloadConnectionRefusedError: "
    )
    assert "; an items file could not be made: Is a directory (EISDIR): " in last, last
    assert last.endswith(" (exit status 1)")
