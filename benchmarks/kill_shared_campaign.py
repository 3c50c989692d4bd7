"""Fault campaign of a shared crawl (Redis crawl state): a worker SIGKILLed at random, checked.

    .venv/bin/python benchmarks/kill_shared_campaign.py [--rounds 20] [--seed N] [--out DIR]
        [--spool-size BYTES]

Starts its own redis-server on loopback and the demo site (120 articles). Each round is a
crawl of its own (its own Redis keys): worker A, alone or with a worker B in another
folder (as on another machine), is killed with SIGKILL at a random moment once it has
joined the crawl (0-12 s after, or after 1-80 of its items and a pause); B (if any)
goes on; then a next run starts in A's folder (its items file mended, its `.open` WARC
file closed). Checked each round: every article is in the items files (A's, mended, B's
and the next run's); every record A's WARC files held at the kill (read up to where the
kill cut the file) is still there, readable, in its file; A is named by B or by the next
run (`worker <pid>-<host> of crawl ... did not stop`; once more for each time it stalled past
its TTL on a loaded box, counted), lastly with as many items kept as its mended items file
holds. Prints one line a round and the totals; exit 1 on a failure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from redis import Redis  # noqa: E402
from redis.exceptions import RedisError  # noqa: E402

from benchmarks.fault_campaign import whole_record_ids  # noqa: E402
from newsarchive.demo.server import DemoServer  # noqa: E402

ARTICLES = 120
PACED = {
    "DOWNLOAD_DELAY": "0.03",
    "RANDOMIZE_DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "AUTOTHROTTLE_ENABLED": "0",
    "LOG_LEVEL": "INFO",
    "NEWSARCHIVE_REDIS_WORKER_TTL": "2",
    "REQUISITES_ENABLED": "0",
}


def start_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """redis-server on a free loopback port (by its pid: stopped at the end)."""
    server = shutil.which("redis-server")
    if server is None:
        raise SystemExit("redis-server is not installed (scripts/install-system-deps.sh)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    folder.mkdir(parents=True, exist_ok=True)
    command = [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir"]
    process = subprocess.Popen([*command, str(folder)], stdout=subprocess.DEVNULL)
    client = Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except RedisError:
            time.sleep(0.05)
    return process, f"redis://127.0.0.1:{port}/0"


EXTRA: dict[str, str] = {}  # `--spool-size`: DOWNLOAD_SPOOL_SIZE for every worker


def crawl(site: DemoServer, redis_url: str, key: str, out: Path, feed: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", "site=demo"]
    command += ["-a", f"base_url={site.base_url}", "-a", "requisites=0"]
    settings = {
        **PACED,
        "NETWORK_ALLOWED": f"127.0.0.1:{site.port}",
        "WARC_DIR": str(out / "warc"),
        "NEWSARCHIVE_REDIS_URL": redis_url,
        "NEWSARCHIVE_REDIS_KEY": f"newsarchive:{key}",
        "STATE_REDIS_KEY": f"newsarchive:state:{key}",
        **EXTRA,
    }
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    command += ["-O", f"{out / feed}:jsonlines"]
    out.mkdir(parents=True, exist_ok=True)
    log = out / f"{feed}.log"
    with log.open("wb") as stream:
        process = subprocess.Popen(command, cwd=PROJECT, stdout=stream, stderr=subprocess.STDOUT)
    process.log = log  # type: ignore[attr-defined]
    return process


def urls(path: Path) -> list[str]:
    found = []
    if path.exists():
        for line in path.read_bytes().split(b"\n"):
            try:
                found.append(json.loads(line)["url"])
            except ValueError:
                continue
    return found


def records(folder: Path) -> dict[str, set[str]]:
    """Record ids per WARC file (by its closed name), read up to where the file is cut: a
    record counts when its gzip member ends in the file (warcio reads a torn last member's
    headers and short body without an error; recovery rightly cuts it)."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.warc.gz*")):
        found.setdefault(path.name.removesuffix(".open"), set()).update(whole_record_ids(path))
    return found


def one_round(
    site: DemoServer, redis_url: str, out: Path, rng: random.Random, number: int
) -> tuple[list[str], Counter[str]]:
    failures: list[str] = []
    tally: Counter[str] = Counter()
    key = f"campaign{number}-{time.time_ns() % 10**9}"
    two = rng.random() < 0.5
    a = crawl(site, redis_url, key, out / "a", "items-1.jsonl")
    b = crawl(site, redis_url, key, out / "b", "items.jsonl") if two else None
    deadline = time.monotonic() + 120  # A's start-up (a few seconds on a loaded box) first
    while (
        a.poll() is None
        and time.monotonic() < deadline
        and "crawl newsarchive:"
        not in (
            Path(a.log).read_text(errors="replace")  # type: ignore[attr-defined]
        )
    ):
        time.sleep(0.05)
    if rng.random() < 0.5:
        time.sleep(rng.uniform(0, 12.0))  # then at a random moment of its crawl
    else:  # or once it exported a random number of articles, and a random pause
        target = rng.randint(1, 80)
        while a.poll() is None and len(urls(out / "a" / "items-1.jsonl")) < target:
            if time.monotonic() > deadline + 120:
                break
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 0.3))
    if a.poll() is None:
        a.send_signal(signal.SIGKILL)
    code = a.wait(timeout=300)
    killed = code == -signal.SIGKILL
    tally["killed" if killed else f"ended by itself ({code})"] += 1
    at_kill = records(out / "a" / "warc")
    # a kill after A wrote its report (written whole, as the run ends) came after it left
    # the crawl: no one has to name it (on a loaded box A may finish the crawl alone)
    finished = killed and any((out / "a" / "reports").glob("*.json"))
    lines_at_kill = urls(out / "a" / "items-1.jsonl")
    if b is not None and b.wait(timeout=600) != 0:
        failures.append(f"round {number}: worker B exited {b.returncode}")
    time.sleep(2.5)  # A's heartbeat lapses (TTL 2 s)
    c = crawl(site, redis_url, key, out / "a", "items-2.jsonl")
    if c.wait(timeout=600) != 0:
        failures.append(f"round {number}: the next run exited {c.returncode}")
    kept = urls(out / "a" / "items-1.jsonl")  # mended by the next run
    everything = kept + urls(out / "a" / "items-2.jsonl") + urls(out / "b" / "items.jsonl")
    expected = {site.url(site.site.catalog.article(n).path) for n in site.site.catalog.ids}
    missing = expected - set(everything)
    twice = sum(
        1 for count in Counter(u for u in everything if u in expected).values() if count > 1
    )
    tally["articles exported twice"] += twice
    tally["lines taken out of A's file by its next run"] += len(lines_at_kill) - len(kept)
    if missing:
        failures.append(f"round {number}: {len(missing)} articles in no items file")
    after = records(out / "a" / "warc")
    lost = sum(len(ids - after.get(name, set())) for name, ids in at_kill.items())
    tally["records at the kill"] += sum(len(ids) for ids in at_kill.values())
    if lost:
        failures.append(f"round {number}: {lost} records of A's WARC files lost")
    if killed:
        logs = [Path(p.log).read_text(errors="replace") for p in (b, c) if p is not None]  # type: ignore[attr-defined]
        said = f"of crawl newsarchive:{key} (pid {a.pid} on "
        # each naming line; one more for each time A stalled past its TTL before the kill
        named = [line for log in logs for line in log.splitlines() if said in line]
        where = "B" if b is not None and logs and said in logs[0] else "next run"
        if not named and finished:
            tally["killed after its report, not named"] += 1
        elif not named:
            failures.append(f"round {number}: A (pid {a.pid}) named by no one")
        else:
            tally[f"killed worker named by {where}"] += 1
            tally["namings of A while it stalled past its TTL"] += len(named) - 1
            items = re.search(r"it archived (\d+) articles whose items are kept", named[-1])
            given = [re.search(r"it held (\d+) request\(s\)", line) for line in named]
            tally["requests given back"] += sum(int(g[1]) for g in given if g)
            if items is None or int(items[1]) != len(kept):
                failures.append(
                    f"round {number}: A named with {items and items[1]} items, its file keeps "
                    f"{len(kept)}"
                )
    print(
        f"round {number}: {'A+B' if two else 'A'}, {'killed' if killed else code}, "
        f"{len(lines_at_kill)} lines at the kill, {len(kept)} kept, {len(missing)} missing, "
        f"{twice} twice, {lost} records lost",
        flush=True,
    )
    return failures, tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument(
        "--spool-size",
        type=int,
        default=None,
        help="DOWNLOAD_SPOOL_SIZE (6000: about half the demo's pages go to the large-body file)",
    )
    args = parser.parse_args()
    if args.spool_size is not None:
        EXTRA["DOWNLOAD_SPOOL_SIZE"] = str(args.spool_size)
    seed = args.seed if args.seed is not None else time.time_ns() % 100_000
    rng = random.Random(seed)
    base = args.out or Path(tempfile.mkdtemp(prefix="kill-shared-"))
    print(f"seed {seed}, folders under {base}", flush=True)
    redis, redis_url = start_redis(base / "redis")
    failures: list[str] = []
    tally: Counter[str] = Counter()
    try:
        with DemoServer(articles=ARTICLES) as site:
            for number in range(args.rounds):
                found, counts = one_round(site, redis_url, base / f"round{number}", rng, number)
                failures += found
                tally += counts
                for line in found:
                    print("  FAIL", line[:500], flush=True)
    finally:
        redis.terminate()
        redis.wait(timeout=10)
    print(f"{args.rounds} rounds, seed {seed}")
    for what, count in sorted(tally.items()):
        print(f"  {count:5} {what}")
    print(f"{len(failures)} failures")
    if not args.out:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
