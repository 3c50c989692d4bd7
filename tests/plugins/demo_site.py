"""Test plugin: the bundled demo news site on 127.0.0.1, port 0.

`demo_site`: one shared server of the default size for the whole session (do
not change its revision). `demo_server_factory`: own servers, e.g. for revision
changes or another size, stopped at the end of the test.
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
