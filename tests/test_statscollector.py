"""The project's stats collector: Scrapy's in-memory one, its methods called directly."""

from __future__ import annotations

import warnings

from scrapy.utils.test import get_crawler

from newsarchive import settings as project_settings
from newsarchive.statscollector import PlainStatsCollector


def test_counts_like_scrapys_and_calls_its_methods_unwrapped() -> None:
    crawler = get_crawler(settings_dict={"STATS_CLASS": project_settings.STATS_CLASS})
    stats = crawler.stats
    assert isinstance(stats, PlainStatsCollector)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        stats.inc_value("a")
        stats.inc_value("a", 2)
        stats.max_value("m", 3)
        stats.max_value("m", 1)
        stats.set_value("s", "x")
    assert stats.get_stats() == {"a": 3, "m": 3, "s": "x"}
    assert stats.inc_value.__func__ is PlainStatsCollector.inc_value  # no wrapper per call
