"""Shared-crawl benchmark: two workers against one, and Redis memory per archived URL (by hand).

    .venv/bin/python benchmarks/distributed_bench.py [--articles 5000] [--rounds 1]

Starts its own redis-server on loopback and a generated demo site, then crawls
the whole site (`scrapy crawl demo`, the whole job, politeness off) in turn:
one worker alone sharing the crawl through Redis, then two workers at once
(each its own output folder, as two machines). Pages/s counts every response
over the wall time from the first worker's start to the last one's end. Then it
fills a crawl state of 100,000 made-up captures and payloads in Redis and prints
the memory Redis reports for them.
Target (issue 15): two workers >= 1.8 x one.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from redis import Redis  # noqa: E402

from newsarchive.demo.server import DemoServer  # noqa: E402
from newsarchive.state.redis_store import RedisCrawlState  # noqa: E402
from newsarchive.state.store import Capture, Payload  # noqa: E402
from tests.plugins.crawling import crawl_command, parse_stats  # noqa: E402

SPEED = {
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_DELAY": "0",
    "LOGSTATS_INTERVAL": "0",
    "LOG_LEVEL": "INFO",
}


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("redis-server is not installed (scripts/install-system-deps.sh)")
    port = 26379
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
    )
    client = Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except Exception:
            time.sleep(0.05)
    return process, f"redis://127.0.0.1:{port}/0"


def crawl(workers: int, url: str, redis_url: str, key: str, work: Path) -> tuple[float, int]:
    """(seconds from first start to last end, responses of all workers)."""
    settings = {
        **SPEED,
        "NEWSARCHIVE_REDIS_URL": redis_url,
        "NEWSARCHIVE_REDIS_KEY": f"newsarchive:bench-{key}",
        "STATE_REDIS_KEY": f"newsarchive:state:bench-{key}",
    }
    started = time.monotonic()
    running = []
    for n in range(workers):
        out = work / f"{key}-{n}"
        out.mkdir(parents=True)
        command = crawl_command("demo", {"base_url": url, "depth": "1000"}, settings, out)
        log = (out / "crawl.log").open("wb")
        running.append((subprocess.Popen(command, cwd=PROJECT, stdout=log, stderr=log), out))
    for process, _ in running:
        process.wait()
    seconds = time.monotonic() - started
    responses = 0
    for _, out in running:
        stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
        responses += stats.get("downloader/response_count", 0)
        shutil.rmtree(out / "warc", ignore_errors=True)
    return seconds, responses


def state_memory(redis_url: str, urls: int) -> float:
    """Bytes Redis uses per URL for `urls` captures and as many payloads."""
    client = Redis.from_url(redis_url)
    client.flushdb()
    before = int(client.info("memory")["used_memory"])
    store = RedisCrawlState(client, "newsarchive:state:memory")
    batch_c, batch_p = [], []
    for n in range(urls):
        url = f"https://www.example-news.com/politics/a-long-article-slug-about-things-{n}"
        digest = f"sha1:{n:032d}"
        date = "2026-12-01T10:00:00Z"
        record = f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"
        warc = "newsarchive-20261201100000000-00001-12345-worker.warc.gz"
        batch_c.append(
            Capture(
                url,
                date,
                date,
                200,
                digest,
                f'"{n:x}"',
                "Mon, 01 Dec 2026 10:00:00 GMT",
                date,
                warc,
                n * 5000,
                record,
                "response",
                1,
                date,
                "politics",
            )
        )
        batch_p.append(Payload(digest, url, date, record, warc, n * 5000))
        if len(batch_c) == 1000:
            store.save(batch_c, batch_p)
            batch_c, batch_p = [], []
    store.save(batch_c, batch_p)
    used = int(client.info("memory")["used_memory"]) - before
    client.flushdb()
    return used / urls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--urls", type=int, default=100_000, help="for the memory figure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dist-bench-") as tmp:
        redis, redis_url = start_redis(Path(tmp))
        try:
            with DemoServer(articles=args.articles) as site:
                site.warm()
                ratios = []
                for number in range(args.rounds):
                    one = crawl(1, site.base_url, redis_url, f"one{number}", Path(tmp))
                    two = crawl(2, site.base_url, redis_url, f"two{number}", Path(tmp))
                    rate1, rate2 = one[1] / one[0], two[1] / two[0]
                    ratios.append(rate2 / rate1)
                    print(
                        f"round {number + 1}: one worker {one[1]} responses, {rate1:.0f}/s; "
                        f"two workers {two[1]} responses, {rate2:.0f}/s; "
                        f"{rate2 / rate1:.2f}x (target >= 1.8)",
                        flush=True,
                    )
            per_url = state_memory(redis_url, args.urls)
            print(
                f"crawl state in Redis: {per_url:.0f} bytes per URL "
                f"({per_url * 100_000 / 1e6:.1f} MB per 100,000 archived URLs)"
            )
        finally:
            redis.terminate()
            redis.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
