"""The run report's `sections`: one key per section, in every run, however it was counted.

Two real `scrapy crawl news -a site=demo` runs sharing one crawl state against the
demo server (one article added, one changed in between). In the first, extraction
times out on pages (EXTRACT_TIMEOUT far below a page's time), so their items name no
section and the state keeps none for them; the second counts those known articles
under their listing's section, the others under the section their items gave. The
report used to show both, "business" and "Business", each with part of the section.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest

from newsarchive.demo.server import DemoServer
from newsarchive.sites import get_site
from tests.plugins.crawling import CrawlResult, run_crawl

ARTICLES = 30


@dataclass
class Runs:
    first: CrawlResult
    second: CrawlResult
    third: CrawlResult  # nothing changed since the second: its items' sections counted
    new_section: str  # the demo section of the article revision 2 adds


def report(result: CrawlResult) -> dict[str, Any]:
    [path] = (result.out_dir / "reports").glob("*.json")
    return dict(json.loads(path.read_text()))


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    root = tmp_path_factory.mktemp("report-sections")
    shared = {"WARC_DIR": str(root / "warc"), "STATE_RECHECK_AGE": "0"}
    cut = {"EXTRACT_WORKERS": "1", "EXTRACT_TIMEOUT": "0.000001"}  # items without a section
    with DemoServer(articles=ARTICLES) as server:
        args = {"site": "demo", "base_url": server.base_url, "requisites": "0"}

        def crawl(name: str, extra: dict[str, str]) -> CrawlResult:
            settings = {**shared, "REPORT_DIR": str(root / name / "reports"), **extra}
            return run_crawl("news", args, settings, root / name)

        first = crawl("run1", cut)
        server.set_revision(2)
        second = crawl("run2", {})
        hold_listings_for_the_sitemap(server)
        third = crawl("run3", {})
        yield Runs(first, second, third, server.site.catalog.article(ARTICLES + 1).section)


def hold_listings_for_the_sitemap(server: DemoServer) -> None:
    """Section pages answered only once the news sitemap and the feed were, as a loaded box
    may answer them: every known article is first named by a sitemap, with no section. The
    spider asks for an article once, so the state never hears that a listing named it too
    (the crawl state's stats counted those skips under no section: this test's CI failure
    of 2026-12-06)."""
    served = {path: threading.Event() for path in ("/sitemap-news.xml", "/rss/latest.xml")}
    listings = {f"/{name}/" for name in get_site("demo").sections}
    reply = server.site.reply

    def held(path: str, host: str, cookie: str) -> Any:
        target = urlsplit(path).path
        if target in listings:
            for event in served.values():
                event.wait(timeout=60)  # a crawl that never asks for them is not held forever
        answer = reply(path, host, cookie)
        if target in served:
            served[target].set()
        return answer

    server.site.reply = held  # type: ignore[method-assign]


def totals(sections: dict[str, dict[str, int]]) -> Counter[str]:
    return Counter({name: sum(counts.values()) for name, counts in sections.items()})


def test_every_section_has_one_key_the_profile_s_in_both_runs(runs: Runs) -> None:
    assert runs.first.stats.get("extract/failed/worker_timeout", 0) > 0  # sectionless items
    keys = set(get_site("demo").sections)
    first, second = report(runs.first)["sections"], report(runs.second)["sections"]
    assert set(first) <= keys, first  # not "Business", nor "(none)" for an item naming none
    assert set(second) <= keys, second  # not "Business" beside "business"
    # each section counts the same articles in both runs (and the one added since)
    expected = totals(first) + Counter({runs.new_section: 1})
    assert totals(second) == expected, json.dumps([first, second])
    assert sum(totals(first).values()) == ARTICLES


def test_listings_and_sections_share_their_keys(runs: Runs) -> None:
    second = report(runs.second)
    assert set(second["sections"]) <= set(second["listings"])


def test_the_crawl_states_section_stats_have_the_profiles_keys_in_every_run(runs: Runs) -> None:
    """`state/section/<section>/...`: a new article was counted under its listing's key
    ("business"), the next run's unchanged one under the name its item gave ("Business"): the
    stats named one section two ways across runs (only the report put them together)."""
    keys = set(get_site("demo").sections)
    third = report(runs.third)["sections"]
    for key in keys:  # every known article under its section, though a sitemap named it first
        counted = runs.third.stats.get(f"state/section/{key}/unchanged", 0)
        assert counted == third[key]["unchanged"] > 0, (key, third)
    assert sum(totals(third).values()) == ARTICLES + 1
    for run in (runs.first, runs.second, runs.third):
        named = {
            key.removeprefix("state/section/").rpartition("/")[0]
            for key in run.stats
            if key.startswith("state/section/")
        }
        assert named and named <= keys, sorted(named)
