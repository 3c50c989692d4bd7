"""Rendered pages per second of the demo's JS pages with the lazy scroll, checkouts side by
side in one run (run by hand).

    .venv/bin/python benchmarks/lazy_scroll_bench.py --project OLD --project . [--rounds 2]

Each round crawls `js-demo` (every page rendered, archived) once per --project (a
checkout of newsarchive, e.g. one before a change), then once more with the scroll off
(BROWSER_LAZY_SCROLL_STEPS=0, the last --project), in turn, so a busy box slows each
alike. Prints each crawl's rendered pages/s and its lazy-scroll stats. Then the lazy
article of tests/test_browser_lazy_watchers.py (`/observed`: 12 screens, pictures swapped
in by an IntersectionObserver, no embed) rendered alone, once per --project a round: the
crawl's seconds and the pictures archived (4: none lost).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from newsarchive.demo.server import DemoServer  # noqa: E402
from tests.plugins.crawling import LOCAL_SPEED, allow_origin, crawl_command, parse_stats  # noqa: E402
from tests.plugins.page_origin import page_origin  # noqa: E402
from tests.test_browser_downloads import SPIDER  # noqa: E402
from tests.test_browser_lazy_watchers import PAGES  # noqa: E402


def crawl(project: Path, base_url: str, out: Path, settings: dict[str, str]) -> str:
    args = {"site": "js-demo", "base_url": base_url, "render": "1"}
    command = crawl_command("news", args, {"LOG_LEVEL": "INFO", **settings}, out)
    log = out / "crawl.log"
    with log.open("wb") as stream:
        subprocess.run(command, cwd=project, stdout=stream, stderr=subprocess.STDOUT, check=True)
    stats = parse_stats(log.read_text(errors="replace"))
    seconds = (stats["finish_time"] - stats["start_time"]).total_seconds()
    pages = int(stats.get("browser/pages", 0))
    lazy = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("browser/lazy_")}
    return f"{pages / seconds:5.2f} rendered pages/s ({pages} in {seconds:.1f} s) {lazy}"


def article(project: Path, origin: str, out: Path) -> str:
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "scrapy",
        "runspider",
        str(spider),
        "-a",
        f"urls={origin}/observed",
    ]
    settings = {
        **LOCAL_SPEED,
        "WARC_DIR": str(out / "warc"),
        "NETWORK_ALLOWED": allow_origin(origin),
    }
    for name, value in {**settings, "STATE_ENABLED": "0", "REPORT_ENABLED": "0"}.items():
        command += ["-s", f"{name}={value}"]
    log = out / "crawl.log"
    with log.open("wb") as stream:
        subprocess.run(command, cwd=project, stdout=stream, stderr=subprocess.STDOUT, check=True)
    stats = parse_stats(log.read_text(errors="replace"))
    seconds = (stats["finish_time"] - stats["start_time"]).total_seconds()
    images = stats.get("browser/exchanges/image", 0)
    lazy = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("browser/lazy_")}
    return f"{seconds:5.2f} s, {images} pictures archived {lazy}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, action="append")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--article-only", action="store_true", help="only the lazy article")
    options = parser.parse_args()
    projects = options.project or [PROJECT]
    variants = [(str(p), p, {}) for p in projects]
    variants.append(
        (f"{projects[-1]} unscrolled", projects[-1], {"BROWSER_LAZY_SCROLL_STEPS": "0"})
    )
    with DemoServer() as server, tempfile.TemporaryDirectory() as tmp:
        for round_ in range(0 if options.article_only else options.rounds):
            for n, (name, project, settings) in enumerate(variants):
                out = Path(tmp) / f"{round_}-{n}"
                out.mkdir()
                rate = crawl(project, server.base_url, out, settings)
                print(f"round {round_ + 1} {name}: {rate}", flush=True)
    with page_origin(PAGES, "HTTP/1.1") as origin, tempfile.TemporaryDirectory() as tmp:
        for round_ in range(options.rounds):
            for n, project in enumerate(projects):
                out = Path(tmp) / f"{round_}-{n}"
                out.mkdir()
                took = article(project, origin, out)
                print(f"round {round_ + 1} {project} lazy article: {took}", flush=True)


if __name__ == "__main__":
    main()
