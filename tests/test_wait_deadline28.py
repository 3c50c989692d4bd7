"""The deadline run_together's waits share follows pytest-timeout's own timer: it starts when
that timer starts and from the timeout it settled on. Read from the command line at the
test's start before, it began before a `func_only` test's setup (a slow fixture's start ate
a deadline pytest-timeout did not count: a slow but fine test failed early), and a marker
naming only a method left no deadline at all (a hang was pytest-timeout's traceback)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from tests.plugins import deadline
from tests.plugins.deadline import MARGIN, ends_at


@pytest.fixture
def slow_setup() -> Iterator[float]:
    """A fixture that takes a while to start (as the session's Redis server does): the
    monotonic time its setup ended."""
    time.sleep(0.3)
    yield time.monotonic()


@pytest.mark.timeout(90, func_only=True)
def test_a_func_only_deadline_starts_after_the_setup(slow_setup: float) -> None:
    assert deadline._deadline is not None
    assert deadline._deadline >= slow_setup + 90 - MARGIN, "the setup's time was taken from it"


@pytest.mark.timeout(method="thread")
def test_a_marker_naming_only_the_method_keeps_the_command_line_timeout(
    request: pytest.FixtureRequest,
) -> None:
    started = time.monotonic()
    timeout = request.config.getoption("timeout")
    if not timeout:  # run with --timeout 0: no timer, no deadline
        assert deadline._deadline is None
    else:
        assert ends_at(cap=10_000) <= started + float(timeout) - MARGIN
