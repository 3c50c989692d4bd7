"""Item sinks (newsarchive.itemsinks): one item_scraped receiver calling the writers in order."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from newsarchive.itemsinks import ORDER, ItemSinks
from tests.plugins.crawling import run_crawl


def test_sinks_are_called_by_place_then_arrival_whatever_order_they_came_in() -> None:
    called: list[str] = []
    sinks = ItemSinks()
    for name, place in [("state", "state"), ("b", 500), ("feed", "feed"), ("c", 500)]:
        sinks.add(lambda item, response, name=name: called.append(name), place)
    sinks.item_scraped({"url": "u"}, None, None)
    assert called == ["feed", "b", "c", "state"]


def test_a_failing_sink_is_logged_and_the_others_still_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    called: list[Any] = []

    def broken(item: Any, response: Any) -> None:
        raise ValueError("broken sink")

    sinks = ItemSinks()
    sinks.add(broken, "feed")
    sinks.add(lambda item, response: called.append(item), "state")
    with caplog.at_level(logging.ERROR):
        sinks.item_scraped("item", None, None)
    assert called == ["item"]
    assert "Error caught on item sink" in caplog.text and "broken sink" in caplog.text


def test_a_demo_crawl_writes_line_and_record_before_the_state_through_one_receiver(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """For every item of a real crawl: before the state's sink, the item's line is the
    items file's last and its metadata record is written, and the state does not name
    it; after it, the state does. `item_scraped` has one receiver in the whole job."""
    items = tmp_path / "out" / "items.jsonl"
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.sink_order.SinkOrderCheck": 1000}
    settings = {
        "WARC_DIR": str(tmp_path / "warc"),
        "EXTENSIONS": json.dumps(extensions),
        "TEST_SINK_ORDER_FEED": str(items),
    }
    args = {"site": "demo", "base_url": demo_site.base_url, "max_articles": "40"}
    result = run_crawl("news", args, settings, tmp_path / "out")
    count = len(result.items())
    assert count == 40 == result.stats["item_scraped_count"]
    assert result.stats["warc/metadata"] == count
    assert result.stats.get("test/sinks/before_state_ok") == count
    assert result.stats.get("test/sinks/after_state_ok") == count
    assert result.stats["test/sinks/item_scraped_receivers"] == 1
    assert ORDER["feed"] < ORDER["metadata"] < ORDER["state"]
