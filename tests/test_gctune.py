"""The crawl process's garbage collector tuning (newsarchive.gctune)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsarchive.gctune import CollectorTuning


@pytest.fixture
def restored_gc() -> Iterator[None]:
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_start_up_objects_are_frozen_and_young_collections_made_rarer(restored_gc: None) -> None:
    crawler = get_crawler(settings_dict={"GC_FREEZE": True, "GC_THRESHOLD": 5000})
    tuning = CollectorTuning.from_crawler(crawler)
    before = gc.get_freeze_count()
    tuning.engine_started()
    assert gc.get_freeze_count() > before
    assert gc.get_threshold()[0] == 5000
    cycle: list[object] = []
    cycle.append(cycle)  # a cycle made after the start is still collected
    del cycle
    assert gc.collect() >= 1


def test_left_alone_when_asked(restored_gc: None) -> None:
    with pytest.raises(NotConfigured):
        CollectorTuning.from_crawler(get_crawler(settings_dict={"GC_FREEZE": False}))
    with pytest.raises(NotConfigured):
        CollectorTuning.from_crawler(get_crawler(settings_dict={"GC_THRESHOLD": -1}))
