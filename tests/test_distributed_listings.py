"""A shared crawl's workers say how each section's listing ended: a section another
worker read to its end is `elsewhere` in this worker's report, not `unfinished`.

Two real `scrapy crawl news -a site=demo` workers sharing one scrapy-redis queue and
dupefilter (a real redis-server, tests/test_distributed.py starts it) against the
demo server: each reads only some listing pages, so a section's last page reaches
one of them. The other used to report that section `unfinished`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsarchive.demo.server import DemoServer
from newsarchive.sites import get_site
from tests.plugins.crawling import CrawlResult
from tests.plugins.gated_front import gated_front
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import run_together, shared_settings


def report(worker: CrawlResult) -> dict[str, Any]:
    [path] = (worker.out_dir / "reports").glob("*.json")
    return dict(json.loads(path.read_text()))


def test_a_section_another_worker_ended_is_elsewhere_not_unfinished(
    redis_server: RedisServer,  # noqa: F811
    demo_server_factory: Callable[..., DemoServer],
    tmp_path: Path,
) -> None:
    demo = demo_server_factory(articles=80)
    settings = shared_settings(redis_server, "elsewhere")
    # no page answered until both workers are up: both read listings, one ends a section the
    # other read (was a pace of 0.15 s a request, to outlast the later worker's start-up)
    with gated_front(demo, answered=0) as (front, _, release):
        args = {"site": "demo", "base_url": front, "requisites": "0"}
        workers = run_together(args, settings, [tmp_path / "a", tmp_path / "b"], release)
    ended = [
        {name: listing["ended"] for name, listing in report(worker)["listings"].items()}
        for worker in workers
    ]
    sections = set(get_site("demo").sections)
    assert all(set(reasons) == sections for reasons in ended), ended
    assert "elsewhere" in ended[0].values() or "elsewhere" in ended[1].values(), ended
    assert "unfinished" not in [*ended[0].values(), *ended[1].values()], ended
    for name in sections:  # each section's end was seen by a worker, and said why
        reasons = {ended[0][name], ended[1][name]} - {"elsewhere"}
        assert reasons, (name, ended)
    assert sum(report(w)["articles"]["new"] for w in workers) == len(demo.site.catalog.ids)
