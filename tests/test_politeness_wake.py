"""PacedScheduler wakes Scrapy's engine when a kept request is due, through one function.

Scrapy 2.19 has no public call that has its engine ask the scheduler for requests (it asks
when a download ends, a request is crawled, and at a 5 s heartbeat): `engine_waker` reads
the engine's own `_slot.nextcall.schedule`, the one use of engine internals. Should a
Scrapy upgrade rename it, the crawl says so in one line and falls back on the heartbeat,
and this test fails by name; the second test runs that fallback (a name the engine does
not have), the heartbeat started at once.

A real ExecutionEngine with the real PacedScheduler runs in a fresh process (a Twisted
reactor cannot run twice in the suite's), its heartbeat and start-request loop never
started: only a wake can have the engine ask the scheduler again. A request for a host
resting 0.2 s is crawled; the scheduler keeps it; the test counts what the engine is
handed. Nothing is downloaded (the request is taken back as it comes out).
"""

from __future__ import annotations

import subprocess
import sys

from tests.plugins.crawling import PROJECT

SCRIPT = r"""
import json
import logging
import sys
from scrapy import Request, Spider
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler

install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
from twisted.internet import reactor

from newsarchive.network import politeness
from newsarchive.network.politeness import engine_waker, host_holds

if sys.argv[1:] == ["renamed"]:  # as if a Scrapy upgrade renamed the engine's call
    politeness.ENGINE_WAKE = ("_slot", "nextcall_renamed", "schedule")
    # every line said (Scrapy's log counter on the root takes Python's last-resort printing)
    logging.getLogger("newsarchive.network.politeness").addHandler(logging.StreamHandler())

seen = {"handed": [], "asked": 0, "waker": None}


class Quiet(Spider):
    name = "quiet"


crawler = get_crawler(Quiet, {"SCHEDULER": "newsarchive.network.politeness.PacedScheduler"})
crawler.spider = crawler._create_spider()
engine = crawler.engine = crawler._create_engine()


def done() -> None:
    print(json.dumps(seen))
    reactor.stop()


async def run() -> None:
    await engine.open_spider_async(close_if_idle=False)
    seen["waker"] = engine_waker(engine) is not None  # asked again (the scheduler asked)
    engine_waker(engine)  # and again, as a distributed crawl's extension asks too
    engine.running = True  # as start_async sets it; its loop and heartbeat never start
    scheduler = engine._slot.scheduler
    plain = scheduler.next_request

    def next_request():
        seen["asked"] += 1
        request = plain()
        if request is not None:  # taken back: nothing is downloaded
            seen["handed"].append(request.url)
            reactor.callLater(0, done)
            return None
        return request

    scheduler.next_request = next_request
    host_holds(crawler).rest("a.test", 0.2)
    engine.crawl(Request("http://a.test/kept"))  # asks once: kept, the host rests
    if sys.argv[1:] == ["renamed"]:
        engine._slot.heartbeat.start(0.3)  # the engine's own asking (every 5 s in a crawl)


deferred_from_coro(run()).addErrback(lambda failure: (print(failure), reactor.stop()))
reactor.callLater(30, done)  # no wake came: the engine never asked again
reactor.run()
"""


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_kept_request_wakes_the_engine_when_due() -> None:
    run = run_script()
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-3000:]
    assert run.returncode == 0, run.stderr[-3000:]
    assert '"waker": true' in last, f"Scrapy's engine has no _slot.nextcall.schedule: {last}"
    assert '"handed": ["http://a.test/kept"]' in last, last  # the wake had the engine ask
    assert '"asked": 2' in last, last  # once when crawled (kept), once when woken


def test_without_the_engines_call_a_kept_request_goes_out_at_its_heartbeat() -> None:
    run = run_script("renamed")
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr[-3000:]
    assert run.returncode == 0, run.stderr[-3000:]
    assert '"waker": false' in last, last
    said = [line for line in run.stderr.splitlines() if "nextcall_renamed" in line]
    assert len(said) == 1 and "has no _slot.nextcall_renamed.schedule" in said[0], run.stderr
    assert '"handed": ["http://a.test/kept"]' in last, last  # asked again at a heartbeat
