"""A helper that waits in steps (workers starting, then each crawl's end) takes one deadline
for the whole test, inside pytest-timeout's, so a hang fails with the helper's message naming
what hung. Its steps' guards (240 s each) added up past the 600 s test timeout before: a hang
was a pytest-timeout traceback of whichever wait was running."""

from __future__ import annotations

import time

import pytest

from tests.plugins.deadline import MARGIN, ends_at


@pytest.mark.timeout(90)
def test_the_deadline_is_inside_the_test_timeout_and_shared_by_every_wait() -> None:
    first = ends_at()
    assert 0 < first - time.monotonic() <= 90 - MARGIN
    time.sleep(0.01)
    assert ends_at() == first, "a later step gets what is left, not a new span"


@pytest.mark.timeout(timeout=90)
def test_a_cap_shorter_than_what_is_left_is_kept() -> None:
    assert ends_at(cap=5) - time.monotonic() <= 5
