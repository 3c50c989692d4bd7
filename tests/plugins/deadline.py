"""One deadline for the whole running test, inside pytest-timeout's: a helper that waits in
several steps (workers starting, then each crawl's end) takes what is left of it, so a hang
fails with the helper's own message naming what hung, not with pytest-timeout's traceback of
whichever wait was running then.

The deadline is taken from pytest-timeout's own timer as it is set (its hook), so it starts
when that timer starts and from the timeout it settled on: the setup, call and teardown
together by default, the call only with `func_only` (a slow session fixture's start then
takes none of it); a marker naming only a method, the ini's `timeout` or PYTEST_TIMEOUT, as
pytest-timeout reads them. No timeout (`--timeout 0`, `-p no:timeout`): no deadline."""

from __future__ import annotations

import time
from collections.abc import Generator
from typing import Any

import pytest

# left for what follows the last wait: killing what hung, the teardown, the report
MARGIN = 30.0

_deadline: float | None = None


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> None:
    """pytest-timeout starts the test's timer now: the deadline is its end less the margin.
    Returns None, so pytest-timeout's own implementation still sets the timer."""
    global _deadline
    _deadline = time.monotonic() + max(float(settings.timeout) - MARGIN, 1.0)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    # (pytest-timeout's wrapper may set the timer before or after this one starts: the
    # deadline is cleared at the end of each test only)
    global _deadline
    try:
        return (yield)
    finally:
        _deadline = None


def ends_at(cap: float = 600.0) -> float:
    """The monotonic time by which the running test's waits must be over: its deadline less
    the margin its end needs (`cap` seconds from now at the most, and outside a test with a
    timeout). Read once, at the start of a helper's waits, and shared by all of them."""
    capped = time.monotonic() + cap
    return capped if _deadline is None else min(capped, _deadline)
