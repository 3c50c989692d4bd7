"""The crawl state's Redis transactions (pipelines) note a Redis gone away as every other
command of the crawl does (newsarchive.redislink): the shared crawl then stops with one
line. redis-py's pipeline sends its commands past `GuardedRedis.execute_command`: a
transaction failing there went unnoticed (the crawl went on, its captures not recorded).

A redis-server of the test's own, stopped by its PID while the transaction is being
queued (the `along` hook a worker's life count uses), before MULTI/EXEC is sent.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from newsarchive import redislink
from newsarchive.state.redis_store import RedisCrawlState
from newsarchive.state.store import Capture
from tests.test_distributed import _free_port

REDIS_SERVER = shutil.which("redis-server")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A redis-server of this test alone (it is stopped in the middle)."""
    assert REDIS_SERVER is not None, "redis-server is not installed"
    port = _free_port()
    command = [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    command += ["--appendonly", "no", "--dir", str(tmp_path)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = Redis(host="127.0.0.1", port=port)
    try:
        while process.poll() is None:
            try:
                client.ping()
                break
            except RedisConnectionError:  # not listening yet
                time.sleep(0.05)
        assert process.poll() is None, "redis-server did not start"
        yield f"redis://127.0.0.1:{port}/0", process
    finally:
        client.close()
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def fresh_link() -> Iterator[list[BaseException]]:
    """The process's note of a lost Redis, emptied before and after; the errors it got."""
    saved = (list(redislink._lost_with), list(redislink._on_lost))
    redislink._lost_with.clear()
    called: list[BaseException] = []
    redislink.on_lost(called.append)
    yield called
    redislink._lost_with[:], redislink._on_lost[:] = saved


def _capture(url: str) -> Capture:
    at = "2026-01-01T00:00:00Z"
    return Capture(url, at, at, 200, "sha1:X", None, None, None, None, None, None, None, 1, at)


def _stop(process: subprocess.Popen[bytes]) -> Callable[[Any], None]:
    def along(pipe: Any) -> None:
        process.terminate()
        process.wait(timeout=10)

    return along


@pytest.mark.parametrize("held", [False, True], ids=["save", "save_if_held"])
def test_a_redis_gone_in_the_states_transaction_is_noted_lost(
    server: tuple[str, subprocess.Popen[bytes]], fresh_link: list[BaseException], held: bool
) -> None:
    url, process = server
    state = RedisCrawlState.from_url(url, "newsarchive:state:test-pipeline")
    field = ("newsarchive:test-pipeline:inflight:w", "f1")
    state.server.hset(*field, "entry")
    state.save([_capture("http://news.test/a")])  # a transaction that goes through
    assert state.capture("http://news.test/a") is not None
    assert not redislink.lost()
    rows = [_capture("http://news.test/b")]
    with pytest.raises(RedisConnectionError):
        if held:
            state.save_if_held(rows, (), _stop(process), field)
        else:
            state.save(rows, (), along=_stop(process))
    assert redislink.lost()
    assert len(fresh_link) == 1 and isinstance(fresh_link[0], RedisConnectionError)
    state.close()
