"""Spidermon's extension is made at the crawl's start only for monitors that need it there."""

from __future__ import annotations

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsarchive.health.judge import RunJudge

SUITE = "newsarchive.health.monitors.RunHealthSuite"


@pytest.mark.parametrize(
    "setting",
    [
        {"SPIDERMON_SPIDER_OPEN_MONITORS": [SUITE]},
        {"SPIDERMON_PERIODIC_MONITORS": {SUITE: 60}},
        {"SPIDERMON_ADD_FIELD_COVERAGE": True},
    ],
)
def test_other_spidermon_monitors_get_spidermons_own_extension_from_the_start(
    setting: dict[str, object],
) -> None:
    from spidermon.contrib.scrapy.extensions import Spidermon

    crawler = get_crawler(settings_dict={"SPIDERMON_ENABLED": True, **setting})
    assert isinstance(RunJudge.from_crawler(crawler), Spidermon)


def test_close_monitors_alone_wait_for_the_close() -> None:
    crawler = get_crawler(
        settings_dict={"SPIDERMON_ENABLED": True, "SPIDERMON_SPIDER_CLOSE_MONITORS": [SUITE]}
    )
    judge = RunJudge.from_crawler(crawler)
    assert isinstance(judge, RunJudge) and judge.suites == [SUITE]


def test_spidermon_off_is_no_extension() -> None:
    with pytest.raises(NotConfigured):
        RunJudge.from_crawler(get_crawler(settings_dict={"SPIDERMON_ENABLED": False}))
