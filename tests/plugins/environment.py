"""Test plugin: every test leaves the test process's environment as it found it.

Scrapy's `get_project_settings()`, asked in the project checkout, sets SCRAPY_SETTINGS_MODULE
in `os.environ` for good (`scrapy.utils.conf.init_env`, as `scrapy crawl` does in its own
process). Asked in a pytest worker, it changed the environment of every later test of that
worker: each later crawl of the worker then started afresh instead of forked (a fork is
refused where the environment differs from the one its zygote imported Scrapy in,
tests/forked_scrapy.py), and a test could pass or fail by which file ran before it.
`project_settings()` and `environment_kept()` ask without leaving a trace; a test that still
changes the environment for good fails at its teardown, naming the variables, and the next
test starts in the environment this one started in.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # Scrapy imported by the tests that ask, not by every test process
    from scrapy.settings import Settings

# set anew by pytest for each test, and read by no library
_PYTESTS_OWN = "PYTEST_CURRENT_TEST"


def _snapshot() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != _PYTESTS_OWN}


def _put_back(before: Mapping[str, str]) -> list[str]:
    """`os.environ` as `before` was (pytest's own variable aside); the names changed."""
    now = _snapshot()
    changed = sorted(
        name for name in before.keys() | now.keys() if before.get(name) != now.get(name)
    )
    for name in changed:
        if name in before:
            os.environ[name] = before[name]
        else:
            del os.environ[name]
    return changed


@contextlib.contextmanager
def environment_kept() -> Iterator[None]:
    """The block may change `os.environ` (a command or library run in the test process);
    it is put back as it was when the block started."""
    before = _snapshot()
    try:
        yield
    finally:
        _put_back(before)


def project_settings() -> Settings:
    """The project's settings as `get_project_settings()` reads them in the checkout, without
    the SCRAPY_SETTINGS_MODULE it leaves in the test process's environment."""
    from scrapy.utils.project import get_project_settings

    with environment_kept():
        return get_project_settings()


@pytest.fixture(autouse=True)
def environment_left_as_found() -> Iterator[None]:
    """Torn down after the test's other fixtures of its scope (monkeypatch's undo among them)."""
    before = _snapshot()
    yield
    changed = _put_back(before)
    if changed:
        pytest.fail(
            f"the test changed the environment for good: {', '.join(changed)} (put back for the"
            " next test; use monkeypatch.setenv, tests.plugins.environment.environment_kept or"
            " project_settings)",
            pytrace=False,
        )
