"""A shared crawl's Redis that hangs (stopped, not gone: connections open, nothing answered)
as a worker goes idle and takes a freed place from its waiting articles: the worker stops
with one line, having waited on Redis once, not once per waiting article.

Before, the crawl state's own Redis client had no socket timeout (a hanging server held
the worker for good); and with one, each waiting article's question to the state waited
its timeout in turn (N articles, N timeouts). Now the state's client takes its timeouts
from `REDIS_PARAMS`, as scrapy-redis's does, and once one command found Redis gone, the
next ones fail at once.

A real `scrapy crawl`, a real redis-server of this test's own, paused with SIGSTOP from
inside the crawl at the chosen moment (`tests.plugins.rival_claims`).
"""

from __future__ import annotations

import json
import signal
from pathlib import Path

from newsarchive import settings as project_settings
from tests.plugins.crawling import start_crawl
from tests.plugins.page_origin import page_origin
from tests.plugins.story_page import story_page
from tests.test_distributed import _free_port
from tests.test_distributed_claim_race import DAY
from tests.test_distributed_redis_lost import _redis

LIMIT = 2
WAITING = 12  # listed past the limit: each one a question to the state at the top-up


def test_a_hanging_redis_stops_the_worker_after_one_timeout(tmp_path: Path) -> None:
    slugs = [f"ferry-timetable-note-{n}" for n in range(LIMIT + WAITING)]
    pages: dict[str, tuple[str, bytes]] = {
        DAY + slug: ("text/html; charset=utf-8", story_page(slug.replace("-", " "), "A note."))
        for slug in slugs
    }
    links = "".join(f'<li><a href="{DAY}{slug}">{slug}</a></li>' for slug in slugs)
    pages["/news/"] = ("text/html", f"<html><body><ul>{links}</ul></body></html>".encode())
    port = _free_port()
    redis = _redis(tmp_path, port)
    middlewares = {
        **project_settings.DOWNLOADER_MIDDLEWARES,
        "tests.plugins.rival_claims.RivalClaims": 950,
    }
    settings = {
        "NEWSARCHIVE_REDIS_URL": f"redis://127.0.0.1:{port}/0",
        "REDIS_PARAMS": json.dumps({"socket_timeout": 1, "socket_connect_timeout": 1}),
        "CONCURRENT_REQUESTS": "1",
        "DOWNLOADER_MIDDLEWARES": json.dumps(middlewares),
        "TEST_RIVAL_ROUNDS": "1",
        "TEST_RIVAL_HANG_PID": str(redis.pid),
    }
    try:
        with page_origin(pages) as url:
            args = {"url": url + "/news/", "requisites": "0", "max_articles": str(LIMIT)}
            # a hang guard only: before, the worker waited on the stopped server for good
            done = start_crawl("news", args, settings, tmp_path / "worker").wait(timeout=120)
    finally:
        redis.send_signal(signal.SIGCONT)
        redis.terminate()  # by its PID: only the server this test started
        redis.wait(timeout=10)
    log = done.log
    assert done.returncode == 1, log[-3000:]
    assert "Traceback" not in log, log[-5000:]
    last = log.rstrip().splitlines()[-1]
    said = "the crawl did not finish its job: redis_unreachable (the shared crawl's Redis stopped"
    assert said in last, last
    assert done.stats.get("test/state_commands_timed_out") == 1, done.stats
