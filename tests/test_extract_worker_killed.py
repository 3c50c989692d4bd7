"""An extraction worker killed under a page: the next scheduled run extracts that page.

Two real `scrapy crawl news -a site=demo` runs sharing one WARC folder and crawl
state. In the first, the extraction worker dies (exit 9) on one article: its
page is archived, it gets no item, and the state does not call it archived. The
second run (workers sound) fetches that article again, archives it (a revisit of
the same payload) and exports its item; every other article is skipped as
unchanged. The items of both runs hold every article once, each with a title.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl

ARTICLES = 12
CRASHING = {
    "tests.plugins.crashpoint.CrashingExtractPipeline": 300,
    "newsarchive.state.pipeline.ArticleVersionPipeline": 350,
    "newsarchive.changes.run.ArticleChangesPipeline": 360,
}


def _payload_records(warc_dir: Path, url: str) -> list[str]:
    kinds = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                target = record.rec_headers.get_header("WARC-Target-URI")
                if target == url and record.rec_type in ("response", "revisit"):
                    kinds.append(record.rec_type)
    return kinds


def test_the_next_run_extracts_the_page_of_a_killed_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DemoServer(articles=ARTICLES) as server:
        victim = server.site.catalog.article(3).path
        args = {"site": "demo", "base_url": server.base_url, "requisites": "0"}
        shared = {"WARC_DIR": str(tmp_path / "warc"), "EXTRACT_WORKERS": "1"}
        monkeypatch.setenv("TEST_CRASH_EXTRACT_ON", victim)
        crashing = {**shared, "ITEM_PIPELINES": json.dumps(CRASHING)}
        first = run_crawl("news", args, crashing, tmp_path / "run1")
        monkeypatch.delenv("TEST_CRASH_EXTRACT_ON")
        second = run_crawl("news", args, shared, tmp_path / "run2")
    url = server.base_url + victim
    # on main: a provenance-only item (no title), and the next run skipped the article
    assert url not in {item["url"] for item in first.items()}
    assert first.stats["extract/failed/worker_crashed"] == 1
    assert first.stats["extract/redo_next_run"] == 1
    assert f"for {url}: the next run extracts it" in first.log
    assert "Traceback" not in first.log
    [redone] = second.items()  # every other article unchanged, skipped
    assert redone["url"] == url and redone["title"]
    assert second.stats["state/skipped/unchanged"] == ARTICLES - 1
    every = Counter(item["url"] for run in (first, second) for item in run.items())
    assert len(every) == ARTICLES and set(every.values()) == {1}
    assert all(item["title"] for run in (first, second) for item in run.items())
    assert _payload_records(tmp_path / "warc", url) == ["response", "revisit"]
