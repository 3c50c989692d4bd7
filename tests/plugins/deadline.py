"""One deadline for the whole running test, inside pytest-timeout's (its setup, call and
teardown together): a helper that waits in several steps (workers starting, then each
crawl's end) takes what is left of it, so a hang fails with the helper's own message naming
what hung, not with pytest-timeout's traceback of whichever wait was running then."""

from __future__ import annotations

import time
from collections.abc import Generator

import pytest

# left for what follows the last wait: killing what hung, the teardown, the report
MARGIN = 30.0

_deadline: float | None = None


def _timeout(item: pytest.Item) -> float | None:
    marker = item.get_closest_marker("timeout")
    if marker is not None:
        value = marker.kwargs.get("timeout", marker.args[0] if marker.args else None)
    else:
        value = item.config.getoption("timeout", None)
    return float(value) if value else None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None]:
    global _deadline
    timeout = _timeout(item)
    _deadline = None if timeout is None else time.monotonic() + max(timeout - MARGIN, 1.0)
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
