"""Test plugin: the bundled demo news site on 127.0.0.1, port 0.

`demo_site`: one shared server of the default size for the whole session (do
not change its revision). `small_demo_site`: one shared server of SMALL_ARTICLES,
for whole-site crawls whose size asserts nothing (a fifth of the work each).
`demo_server_factory`: own servers, e.g. for revision changes or another size,
stopped at the end of the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from newsarchive.demo.catalog import DEFAULT_ARTICLES
from newsarchive.demo.server import DemoServer


@pytest.fixture(scope="session")
def demo_site() -> Iterator[DemoServer]:
    with DemoServer(articles=DEFAULT_ARTICLES) as server:
        yield server


# Enough for a run killed after its 20th item to leave work for the next one (each section
# on one listing page); the default's 300 cost five times the articles a crawl.
SMALL_ARTICLES = 60


@pytest.fixture(scope="session")
def small_demo_site() -> Iterator[DemoServer]:
    with DemoServer(articles=SMALL_ARTICLES) as server:
        yield server


@pytest.fixture
def demo_server_factory() -> Iterator[Callable[..., DemoServer]]:
    started: list[DemoServer] = []

    def start(articles: int = DEFAULT_ARTICLES, revision: int = 1) -> DemoServer:
        server = DemoServer(articles=articles).start()
        started.append(server)
        if revision != 1:
            server.set_revision(revision)
        return server

    yield start
    for server in reversed(started):
        server.stop()
