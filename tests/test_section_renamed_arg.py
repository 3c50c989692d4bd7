"""`-a sections=OLD` after the site profile renamed that section (`renamed_sections`).

A cron line written before the rename named the old key: the run was refused as naming an
unknown section (exit 1, nothing crawled, every scheduled run from then on). It crawls the
section under its key now, said in one INFO line, on one machine and in a shared crawl
(the crawl's Redis key and its shared state's counts are those of the key now: a worker given
the old name and one given the new one are one crawl).

Real `scrapy crawl news` runs against the demo server on 127.0.0.1, a real redis-server.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import CrawlResult, run_crawl
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)

SAID = "sections: business was renamed economy in site profile renamedemo (renamed_sections)"


def _crawl(
    server: DemoServer, sections: str, out: Path, monkeypatch: pytest.MonkeyPatch, **more: str
) -> CrawlResult:
    monkeypatch.setenv("TEST_RENAMED", "declared")
    args = {"site": "renamedemo", "base_url": server.base_url, "requisites": "0"}
    settings = {
        "SPIDER_MODULES": "newsarchive.spiders,tests.plugins.renamed_sections",
        "LOG_LEVEL": "INFO",
        **more,
    }
    return run_crawl("news", {**args, "sections": sections}, settings, out)


def _paths(result: CrawlResult) -> set[str]:
    return {urlsplit(item["url"]).path for item in result.items()}


@pytest.mark.parametrize("sections", ["business", "business,economy"])
def test_an_old_section_name_crawls_the_renamed_section_and_says_so_once(
    sections: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoServer(articles=24) as server:
        new = _crawl(server, "economy", tmp_path / "new", monkeypatch)
        old = _crawl(server, sections, tmp_path / "old", monkeypatch)
    assert new.returncode == 0, new.log[-3000:]
    assert old.returncode == 0, old.log[-3000:]
    assert old.log.count(SAID) == 1, old.log[-3000:]
    assert f"{SAID}: crawling economy\n" in old.log
    assert old.stats["state/section/economy/new"] == new.stats["state/section/economy/new"] > 0
    assert not [name for name in old.stats if "/section/business/" in name]
    assert _paths(old) == _paths(new) and all(p.startswith("/business/") for p in _paths(old))


def test_an_old_section_name_in_a_shared_crawl_is_the_renamed_sections_crawl(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with DemoServer(articles=24) as server:
        origin = urlsplit(server.base_url).netloc
        settings = {"NEWSARCHIVE_REDIS_URL": redis_server.url, "DOWNLOAD_DELAY": "0.02"}
        old = _crawl(server, "business,politics", tmp_path / "old", monkeypatch, **settings)
        new = _crawl(server, "economy,politics", tmp_path / "new", monkeypatch, **settings)
    assert old.returncode == 0, old.log[-3000:]
    assert new.returncode == 0, new.log[-3000:]
    assert old.log.count(SAID) == 1
    # every section of the profile: the crawl's key has no sections part, the same for both
    key = f"newsarchive:renamedemo@{origin}"
    assert f"Starting crawl {key} as its first worker" in old.log, old.log[-3000:]
    assert f"Starting crawl {key} as its first worker" in new.log, new.log[-3000:]
    # one shared state: the second run finds what the first archived under the key now
    counted = old.stats["state/section/economy/new"]
    assert counted > 0 and new.stats["state/section/economy/unchanged"] == counted
    assert not [name for r in (old, new) for name in r.stats if "/section/business/" in name]
    assert new.items() == []
    redis_server.client.delete(*redis_server.client.keys("newsarchive:state:renamedemo*"))
