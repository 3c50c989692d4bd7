"""`max_articles` in scheduled runs: it counts the articles a run fetches, not the known
ones the crawl state skips.

Real `scrapy crawl news -a site=demo` processes sharing one WARC folder (one crawl
state) against the demo server, which adds one article and changes one at revision 2.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from newsarchive.demo.catalog import changed_id
from newsarchive.demo.server import DemoServer
from newsarchive.sites import get_site
from tests.plugins.crawling import CrawlResult, run_crawl

ARTICLES = 30


@dataclass
class Runs:
    server: DemoServer
    first: CrawlResult
    limited: list[CrawlResult]  # two runs at revision 2, each with max_articles=1
    fetched: list[set[str]]  # the article paths each limited run asked the server for
    new_path: str
    changed_path: str


def article_paths(server: DemoServer) -> set[str]:
    profile = get_site("demo")
    return {target for _, target in server.requests if profile.articles.is_article(target)}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("limits")
    settings = {"WARC_DIR": str(root / "warc"), "STATE_RECHECK_AGE": "0"}
    with DemoServer(articles=ARTICLES) as server:
        args = {"site": "demo", "base_url": server.base_url}
        first = run_crawl("news", args, settings, root / "run1")
        server.set_revision(2)
        limited, fetched = [], []
        for name in ("run2", "run3"):
            server.clear_requests()
            limited.append(run_crawl("news", {**args, "max_articles": "1"}, settings, root / name))
            fetched.append(article_paths(server))
        catalog = server.site.catalog
        yield Runs(
            server, first, limited, fetched,
            catalog.article(ARTICLES + 1).path, catalog.article(changed_id(ARTICLES, 2)).path,
        )  # fmt: skip


def test_max_articles_counts_the_articles_a_run_fetches_not_the_ones_it_skips(runs: Runs) -> None:
    """Each limited run fetches one article; the second one's limit is not used up by the
    known, unchanged articles its listings name first (before: it fetched none)."""
    assert [len(paths) for paths in runs.fetched] == [1, 1]
    assert runs.fetched[0] | runs.fetched[1] == {runs.new_path, runs.changed_path}
    for result in runs.limited:
        stats = result.stats
        assert stats.get("state/articles/new", 0) + stats.get("state/articles/changed", 0) == 1
        assert len(result.items()) == 1
    assert runs.limited[1].stats["state/skipped/unchanged"] >= 1  # it did skip known ones
