"""A program running shared crawls one after the other in one process: a crawl that found
its Redis gone stops (one line); the next one, its Redis answering, crawls.

Which Redis went away is noted process-wide (`newsarchive.redislink`), and once it is,
every command of the crawl fails at once. Before, the note outlived its crawl: the next
crawl of the process had each of its commands refused unasked, its Redis up.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.plugins.crawling import PROJECT
from tests.test_distributed import RedisServer, _free_port, redis_server  # noqa: F401


def test_a_crawl_after_one_whose_redis_was_gone_reaches_its_own(
    redis_server: RedisServer,  # noqa: F811 (the fixture imported above)
    tmp_path: Path,
) -> None:
    gone = f"redis://127.0.0.1:{_free_port()}/0"  # nothing listens there
    done = subprocess.run(
        [sys.executable, "-m", "tests.plugins.redis_back", gone, redis_server.url, str(tmp_path)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    seen = json.loads(done.stdout)
    assert "Connection refused" in seen["error1"], seen  # the first crawl found Redis gone
    assert "error2" not in seen, seen
    # its listing and its article, both items of a `follow` crawl with items=1
    assert seen["2"] == {"reason": "finished", "item_scraped_count": 2, "redis/lost": None}
    assert "Traceback" not in done.stderr, done.stderr[-4000:]
