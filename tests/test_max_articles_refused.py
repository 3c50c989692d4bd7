"""`max_articles` counts the articles a run exports: one whose answer gives no item (cut
short, empty, a 304 naming no copy, undecodable, not a text page) leaves its place to
the next article its listings named.

A real `scrapy crawl news -a site=demo` through the relay of `tests/test_cut_article.py`,
which breaks five of the demo's ten articles in those five ways. Before, each of them
used up the limit: `max_articles=5` exported the good ones among the first five asked
for (3 of 5 in this test before the change). A shared crawl's limit across workers (the
run's article set in Redis) counted them too: 3 of 5 with the spider's own count fixed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl
from tests.test_cut_article import relaying
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_distributed_state import shared_settings

ARTICLES = 10


@pytest.mark.parametrize("shared", [False, True], ids=["alone", "through-redis"])
def test_articles_refused_later_do_not_use_up_max_articles(
    tmp_path: Path, request: pytest.FixtureRequest, shared: bool
) -> None:
    settings = {"WARC_DIR": str(tmp_path / "warc"), "RETRY_TIMES": "1"}
    if shared:  # the limit across workers is the run's article set in Redis
        redis: RedisServer = request.getfixturevalue("redis_server")
        settings.update(shared_settings(redis, "refused"))
    with DemoServer(articles=ARTICLES) as demo:
        broken = [demo.site.catalog.article(n).path for n in (4, 7, 9, 2, 5)]
        with relaying(demo, *broken) as (_, origin):
            args = {"site": "demo", "base_url": origin, "requisites": "0", "max_articles": "5"}
            run = run_crawl("news", args, settings, tmp_path / "run")
    good = {origin + demo.site.catalog.article(n).path for n in demo.site.catalog.ids}
    good -= {origin + path for path in broken}
    items = [item["url"] for item in run.items()]
    asked = run.stats["news/articles_requested"]
    assert sorted(items) == sorted(good), (asked, run.stats.get("news/articles_refused_uncounted"))
    refused = run.stats.get("news/articles_refused_uncounted", 0)
    assert asked - refused == 5
    report = json.loads(next((tmp_path / "reports").glob("*.json")).read_text())
    assert report["articles"]["new"] == 5
    assert sum(report["failed"].values()) == refused
    assert "Traceback" not in run.log
