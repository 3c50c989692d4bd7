"""Test plugin: running real `scrapy crawl` processes, and the shared demo crawl.

`run_crawl(spider, args, settings, out_dir)` runs `python -m scrapy crawl` from
the project checkout exactly as a user would, with local-speed settings, WARCs
in `out_dir/warc` and items in `out_dir/items.jsonl`, and returns what it made
(stats parsed from Scrapy's final stats dump). `start_crawl` does the same
without waiting, for tests that watch or kill a running crawl.

Each crawl is its own process running `python -m scrapy` (its own pid, argv, output and
exit status), forked from one that imported Scrapy, Twisted and the libraries under them
once (tests/forked_scrapy.py, `spawn_scrapy`): half a crawl's CPU. The project's own
modules are imported by each crawl afresh. A crawl whose test looks at which modules it
imported (TEST_LOADED_MODULES), or one in an environment a test changed, starts afresh.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import pytest

from tests.forked_scrapy import ForkedProcess, spawn_scrapy

PROJECT = Path(__file__).resolve().parents[2]

# A local origin needs none of the politeness meant for real sites.
LOCAL_SPEED = {
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "INFO",
}


# The shared demo crawl keeps at most this much of a body (its /lab/oversize is 3 MiB).
DEMO_MAX_PAYLOAD = 512 * 1024


@dataclass
class CrawlResult:
    returncode: int
    out_dir: Path
    warc_dir: Path
    items_path: Path
    log_path: Path
    stats: dict[str, Any]

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def warc_files(self) -> list[Path]:
        return sorted(self.warc_dir.glob("*.warc.gz"))

    def items(self) -> list[dict[str, Any]]:
        if not self.items_path.exists():
            return []
        lines = self.items_path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]


@dataclass
class RunningCrawl:
    process: subprocess.Popen[bytes] | ForkedProcess
    out_dir: Path
    warc_dir: Path
    items_path: Path
    log_path: Path

    def wait(self, timeout: float = 300) -> CrawlResult:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # not left running with its browser (one was found 45 min after its test), and
            # the log it wrote said in the failure
            self.process.kill()
            self.process.wait()
            tail = self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
            name = self.out_dir.name
            raise AssertionError(
                f"crawl {name} still running after {timeout:.0f} s:\n{tail}"
            ) from None
        log = self.log_path.read_text(encoding="utf-8", errors="replace")
        return CrawlResult(
            code, self.out_dir, self.warc_dir, self.items_path, self.log_path, parse_stats(log)
        )


def allow_origin(url: str) -> str:
    """The NETWORK_ALLOWED entry for a local test server: its own host and port only.

    The crawler refuses loopback addresses by default (newsarchive.network).
    """
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 80}"


def crawl_command(
    spider: str, args: Mapping[str, str], settings: Mapping[str, str], out_dir: Path
) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", spider]
    for name, value in args.items():
        command += ["-a", f"{name}={value}"]
    origin = args.get("base_url") or args.get("url")
    allowed = {"NETWORK_ALLOWED": allow_origin(origin)} if origin else {}
    merged = {**LOCAL_SPEED, **allowed, "WARC_DIR": str(out_dir / "warc"), **settings}
    for name, value in merged.items():
        command += ["-s", f"{name}={value}"]
    return [*command, "-O", f"{out_dir / 'items.jsonl'}:jsonlines"]


def start_crawl(
    spider: str,
    args: Mapping[str, str],
    settings: Mapping[str, str] | None = None,
    out_dir: Path | None = None,
) -> RunningCrawl:
    """Start `scrapy crawl` in the project checkout; the caller waits or kills it."""
    assert out_dir is not None, "give an output directory (tmp_path)"
    out_dir.mkdir(parents=True, exist_ok=True)
    log_path = out_dir / "crawl.log"
    settings = settings or {}
    command = crawl_command(spider, args, settings, out_dir)
    with log_path.open("wb") as log:
        # forked from a process that imported Scrapy and the libraries under it once (half a
        # crawl's CPU); a crawl whose test looks at what it imported starts afresh
        fresh = "TEST_LOADED_MODULES" in settings
        forked = None if fresh else spawn_scrapy(command[3:], cwd=PROJECT, out=log_path)
        process = forked or subprocess.Popen(
            command, cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT
        )
    return RunningCrawl(process, out_dir, out_dir / "warc", out_dir / "items.jsonl", log_path)


@contextlib.contextmanager
def ended_on_failure() -> Iterator[list[RunningCrawl]]:
    """A list the test puts its crawls in: should the block fail (a deadline passed, a state
    never came), those still running are killed, none left after its test."""
    crawls: list[RunningCrawl] = []
    try:
        yield crawls
    except BaseException:
        for crawl in crawls:
            if crawl.process.poll() is None:
                crawl.process.kill()
                crawl.process.wait()
        raise


def run_crawl(
    spider: str,
    args: Mapping[str, str],
    settings: Mapping[str, str] | None = None,
    out_dir: Path | None = None,
    timeout: float = 300,
) -> CrawlResult:
    """Run a whole crawl; fails the test if Scrapy exits with an error code."""
    result = start_crawl(spider, args, settings, out_dir).wait(timeout)
    assert result.returncode == 0, f"crawl failed ({result.returncode}):\n{result.log[-4000:]}"
    return result


def run_scrapy_here(
    command: Sequence[str], timeout: float, cwd: Path = PROJECT
) -> subprocess.CompletedProcess[str]:
    """`subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)` for
    a `python -m scrapy ...` command, forked as `start_crawl`'s crawls are (half a start's
    CPU): its own process, argv, stdout, stderr and exit status. Past its timeout it is
    killed and TimeoutExpired raised, as subprocess.run does. Any other command, or one a
    fork would not start as a new process does (`spawn_scrapy` answers None: a changed
    environment), runs afresh."""
    command = list(command)
    if command[:3] == [sys.executable, "-m", "scrapy"]:
        with tempfile.TemporaryDirectory(prefix="scrapy-here-") as kept:
            out, err = Path(kept, "stdout"), Path(kept, "stderr")
            out.touch()
            err.touch()
            forked = spawn_scrapy(command[3:], cwd=PROJECT, out=out, err=err, folder=cwd)
            if forked is not None:
                try:
                    code = forked.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    forked.kill()
                    forked.wait()
                    raise
                return subprocess.CompletedProcess(command, code, out.read_text(), err.read_text())
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)


T = TypeVar("T")


def side_by_side(jobs: Mapping[str, Callable[[], T]], at_once: int = 3) -> dict[str, T]:
    """Each job's result by its name, the jobs run in threads `at_once` at a time. A module's
    crawls of its own origin (each its own process, output folder and settings) spend most
    of their time waiting on their pages (timers, rests, a slow image, Chromium's start), not
    on the CPU: run together they take about the longest one's time, not their sum. A
    job's failure is raised once every job has ended (none is left running), naming each job
    that failed and why (a crawl's own failure is an AssertionError holding its log's end;
    one past its timeout was killed by subprocess.run, TimeoutExpired)."""
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        futures = {name: pool.submit(job) for name, job in jobs.items()}
    failed = {name: error for name, f in futures.items() if (error := f.exception()) is not None}
    if failed:
        told = "\n".join(f"{name}: {type(e).__name__}: {e}" for name, e in failed.items())
        raise AssertionError(
            f"{len(failed)} of {len(jobs)} side-by-side jobs failed:\n{told}"
        ) from next(iter(failed.values()))
    return {name: future.result() for name, future in futures.items()}


def parse_stats(log: str) -> dict[str, Any]:
    """The dict Scrapy logs after 'Dumping Scrapy stats:' (it holds datetimes)."""
    marker = "Dumping Scrapy stats:"
    start = log.rfind(marker)
    if start < 0:
        return {}
    text = log[start + len(marker) :]
    next_line = re.search(r"\n\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ", text)
    text = text[: next_line.start()] if next_line else text
    namespace = {"datetime": datetime, "__builtins__": {}}
    return dict(eval(text, namespace))  # our own process's pprint output


@pytest.fixture(scope="session")
def demo_crawl(demo_site: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrawlResult]:
    """One `follow` crawl of the demo site (pages, requisites, items), shared by all tests."""
    out_dir = tmp_path_factory.mktemp("demo-crawl")
    # Several files: replay and revisits are checked across rotated files too.
    settings = {
        "WARC_MAX_RECORD_PAYLOAD": str(DEMO_MAX_PAYLOAD),
        "WARC_MAX_FILE_SIZE": str(400 * 1024),
        # bodies past 256 KiB (/lab/oversize) go through the spool file: replay checks it too
        "DOWNLOAD_SPOOL_SIZE": str(DEMO_MAX_PAYLOAD // 2),
    }
    yield run_crawl(
        "follow", {"url": demo_site.base_url + "/", "depth": "4", "items": "1"}, settings, out_dir
    )


def warcio_check(paths: Sequence[Path]) -> None:
    """warcio's own `warcio check` over `paths`, fails the test on a bad digest or record.

    Given a br decoder that works with brotli 1.2 first: warcio 1.8.1's own fails
    on any brotli-coded body (the demo's /lab/brotli) before it checks anything.
    """
    check = (
        "import sys; from newsarchive.warc.encodings import install_warcio_decoders as i; i(); "
        "from warcio.cli import main; sys.exit(main())"
    )
    subprocess.run([sys.executable, "-c", check, "check", *map(str, paths)], check=True)
