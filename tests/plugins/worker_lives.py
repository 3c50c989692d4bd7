"""Test helper: the life records of a shared crawl's workers, entered on the real
redis-server as running workers enter theirs (newsarchive.lives), for the tests that then
stall, bring back or kill them by hand (their heartbeats moved in `<crawl>:workers`)."""

from __future__ import annotations

from pathlib import Path

from redis import Redis

from newsarchive.lives import WorkerLives


def entered(
    url: str, prefix: str, folder: Path, names: tuple[str, ...], lapsed: tuple[str, ...] = ()
) -> tuple[Redis, int, list[WorkerLives]]:
    """(a client, Redis's now, each worker's lives) for the workers `names` of crawl
    `prefix`: each heard of until a minute from now (those in `lapsed` until 5 s ago, stalled
    past their TTL), then entered with `folder` as its output."""
    server = Redis.from_url(url)
    workers = f"{prefix}:workers"
    lives = [WorkerLives(server, prefix, workers, name) for name in names]
    now = int(server.time()[0])
    server.zadd(workers, {name: now - 5 if name in lapsed else now + 60 for name in names})
    for each in lives:
        each.enter(folder)
    return server, now, lives
