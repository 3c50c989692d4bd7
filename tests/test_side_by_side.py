"""The test helper that runs a module's crawls side by side (tests/plugins/crawling.py): a
crawl that fails is named with its reason once the others have ended, none left running."""

from __future__ import annotations

import threading

import pytest

from tests.plugins.crawling import side_by_side


def test_a_failed_job_is_named_once_every_other_job_has_ended() -> None:
    failed, ended = threading.Event(), threading.Event()

    def bad() -> int:
        failed.set()
        raise ValueError("crawl failed (1): no spider")

    def good() -> int:
        assert failed.wait(60)  # still running when the other fails
        ended.set()
        return 2

    told = "1 of 3 side-by-side jobs failed:\nbad: ValueError: crawl failed \\(1\\): no spider$"
    with pytest.raises(AssertionError, match=told) as raised:
        side_by_side({"good": good, "bad": bad, "also": lambda: 3})
    assert ended.is_set()
    assert isinstance(raised.value.__cause__, ValueError)


def test_each_job_gives_its_result_by_its_name() -> None:
    assert side_by_side({"a": lambda: 1, "b": lambda: 2}, at_once=1) == {"a": 1, "b": 2}
