"""Faults met through the one item_scraped receiver (newsarchive.itemsinks), in real demo crawls.

- The WARC folder fills up as an item's metadata record is written, after its
  line went to the items file: the crawl state must not record that article
  (nor any later one), so the next run fetches it again and every article ends
  up in the items files once, each item beside its metadata record.
- An item whose text no UTF-8 encoder takes (a lone surrogate from a page's
  JSON-LD) is written like any other, in the items file and its metadata record.
- `ItemCountStats` (Scrapy's CoreStats) sets `finish_time` at spider_closed before
  Scrapy's other extensions read it (LogStats: `items_per_minute`).
- A user's own extension connected to `item_scraped` directly still gets every
  item, once the crawl state has recorded its article; a writer registered as an
  item sink before the state's place gets it before.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings, default_settings
from scrapy.utils.conf import build_component_list
from warcio.archiveiterator import ArchiveIterator

from newsarchive import exitcodes
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl
from tests.plugins.demo_site import SMALL_ARTICLES
from tests.plugins.surrogate_item import CUT_EMOJI
from tests.test_crash_items import known_urls, read_items


def metadata_items(warcs: list[Path]) -> dict[str, dict[str, Any]]:
    """The item of every `urn:item:` metadata record, by the record its page is in."""
    found = {}
    for path in warcs:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                body = record.content_stream().read()
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "metadata" and uri.startswith("urn:item:"):
                    item = json.loads(body)
                    found[item["warc_record_id"]] = item
    return found


def test_an_item_whose_metadata_record_the_full_disk_refused_is_fetched_again(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.full_warc.FullAtMetadata": 1000}
    full = {**shared, "EXTENSIONS": json.dumps(extensions), "TEST_FULL_AT_METADATA": "12"}
    first = start_crawl("news", args, full, tmp_path / "full").wait()
    assert first.returncode == exitcodes.FAILED, first.log[-3000:]
    assert "warc_write_error" in first.log.strip().splitlines()[-1]
    written = read_items(first.items_path)
    assert len(written) >= 12  # the 12th item's line went out before its record failed
    recorded = {item["url"] for item in written[:11]}
    state = tmp_path / "state" / "demo.sqlite"
    assert recorded <= known_urls(state)
    assert not {item["url"] for item in written[11:]} & known_urls(state)
    (report,) = (tmp_path / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed == {"item not written: WARC metadata record write error": len(written) - 11}

    last = run_crawl("news", args, shared, tmp_path / "last")
    items = read_items(first.items_path) + last.items()
    urls = Counter(item["url"] for item in items)
    assert set(urls.values()) == {1} and len(urls) == SMALL_ARTICLES
    assert known_urls(state) == set(urls)
    records = metadata_items(sorted((tmp_path / "warc").glob("*.warc.gz")))
    assert all(records.get(item["warc_record_id"]) == item for item in items)


def test_an_item_with_a_lone_surrogate_is_written_and_read_back_as_it_was(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """Before: the feed and the metadata writer each raised UnicodeEncodeError (logged),
    the state recorded the article, and no run exported it again."""
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.surrogate_item.SurrogateTitle": 0}
    settings = {
        "WARC_DIR": str(tmp_path / "warc"),
        "EXTENSIONS": json.dumps(extensions),
        "TEST_SURROGATE_ITEM": "5",
    }
    args = {"site": "demo", "base_url": demo_site.base_url, "max_articles": "40"}
    result = run_crawl("news", args, settings, tmp_path / "out")
    items = result.items()
    assert len(items) == 40 == result.stats["warc/metadata"]
    cut = [item for item in items if item["title"].endswith(CUT_EMOJI)]
    assert len(cut) == 1
    assert known_urls(tmp_path / "state" / "demo.sqlite") == {item["url"] for item in items}
    records = metadata_items(sorted((tmp_path / "warc").glob("*.warc.gz")))
    assert all(records.get(item["warc_record_id"]) == item for item in items)
    assert "Error caught on item sink" not in result.log


def test_a_metadata_record_refused_otherwise_is_counted_and_the_run_exits_1(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    """Before: an error other than OSError from the metadata record was logged by the item
    sinks as a traceback and the run exited 0. The item's line is out, so the state keeps
    the article (the next run must not export it twice); the missing record is counted."""
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.full_warc.RefusedMetadata": 1000}
    refused = {**shared, "EXTENSIONS": json.dumps(extensions), "TEST_REFUSED_METADATA": "12"}
    first = start_crawl("news", args, refused, tmp_path / "refused").wait()
    assert first.returncode == exitcodes.FAILED, first.log[-3000:]
    assert "item metadata records could not be written" in first.log.strip().splitlines()[-1]
    assert "Error caught on item sink" not in first.log
    written = read_items(first.items_path)
    assert len(written) == SMALL_ARTICLES  # the crawl went on past the one refused record
    records = metadata_items(sorted((tmp_path / "warc").glob("*.warc.gz")))
    lost = [item["url"] for item in written if item["warc_record_id"] not in records]
    assert len(lost) == 1 and first.log.count(f"metadata record of {lost[0]} not written") == 1
    state = tmp_path / "state" / "demo.sqlite"
    assert known_urls(state) == {item["url"] for item in written}

    last = run_crawl("news", args, shared, tmp_path / "last")
    assert last.items() == []  # nothing exported twice
    assert Counter(item["url"] for item in read_items(first.items_path)).most_common(1)[0][1] == 1


def test_items_the_feed_cannot_encode_are_counted_and_not_recorded_by_the_state(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """FEED_EXPORT_ENCODING=ascii and bylines like "Jane Álvarez": such an item raised in the
    feed's sink, was logged, and the state still recorded its article (never exported)."""
    settings = {"WARC_DIR": str(tmp_path / "warc"), "FEED_EXPORT_ENCODING": "ascii"}
    args = {"site": "demo", "base_url": demo_site.base_url, "max_articles": "40"}
    result = start_crawl("news", args, settings, tmp_path / "out").wait(300)
    # items left out of the export: the run did not do its whole job (cron sees it)
    assert result.returncode == exitcodes.FAILED
    assert result.log.strip().splitlines()[-1] == (
        "scrapy crawl: the crawl did not finish its job: items no line could be made "
        "of were left out of the items file (though its spider closed as finished) (exit status 1)"
    )
    written = {item["url"] for item in result.items()}
    skipped = result.stats.get("feeds/unwritable_items", 0)
    assert skipped > 0 and len(written) + skipped == result.stats["item_scraped_count"] == 40
    assert known_urls(tmp_path / "state" / "demo.sqlite") == written
    assert result.log.count("not written to the items file") == skipped
    (report,) = (tmp_path / "reports").glob("*.json")
    failed = json.loads(report.read_text())["failed"]
    assert failed == {"item not written: no line could be made of it": skipped}


@pytest.mark.parametrize(("priority", "receiver_runs"), [(500, "after"), (-10, "before")])
def test_a_users_item_scraped_receiver_gets_every_item_before_or_after_the_state(
    demo_site: DemoServer, tmp_path: Path, priority: int, receiver_runs: str
) -> None:
    """At the priorities the README names: 0 or more after the state, below it before."""
    extensions = {
        **project_settings.EXTENSIONS,
        "tests.plugins.user_receiver.UserItemReceiver": priority,
        "tests.plugins.user_receiver.UserItemSink": priority,
    }
    settings = {
        "WARC_DIR": str(tmp_path / "warc"),
        "EXTENSIONS": json.dumps(extensions),
        "TEST_USER_RECEIVER": "1",
    }
    args = {"site": "demo", "base_url": demo_site.base_url, "max_articles": "40"}
    result = run_crawl("news", args, settings, tmp_path / "out")
    assert result.stats["item_scraped_count"] == 40
    user = {k: v for k, v in result.stats.items() if k.startswith("test/user/")}
    assert user == {f"test/user/{receiver_runs}_state": 40}  # a receiver of its own
    sink = {k: v for k, v in result.stats.items() if k.startswith("test/user_sink/")}
    assert sink == {"test/user_sink/before_state": 40}  # an item sink before "state": always


def test_item_count_stats_come_before_scrapys_own_extensions_as_core_stats_did() -> None:
    """LogStats reads `finish_time` at spider_closed: after CoreStats in the base order, it
    wrote `items_per_minute: None` in every run's stats once ItemCountStats came after it."""
    settings = Settings()
    settings.setmodule(project_settings, priority="project")
    order = build_component_list(settings.getwithbase("EXTENSIONS"))
    scrapys = [name for name, p in default_settings.EXTENSIONS_BASE.items() if p is not None]
    own = order.index("newsarchive.itemsinks.ItemCountStats")
    assert "scrapy.extensions.corestats.CoreStats" not in order
    assert all(own < order.index(name) for name in scrapys if name in order)
