"""The guard proxy refuses Chromium's own services unless a page asked for the host
(newsarchive.network.browser_own): table-driven host rules, then the proxy on loopback
asked as Chromium asks it (no network here: a host let through fails to resolve, uncounted)."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.network.browser_own import is_service_host
from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.network.policy import NetworkPolicy


@pytest.mark.parametrize(
    ("host", "service"),
    [
        ("update.googleapis.com", True),
        ("UPDATE.googleapis.com.", True),
        ("accounts.google.com", True),
        ("clients2.google.com", True),
        ("android.clients.google.com", True),
        ("safebrowsing.googleapis.com", True),
        ("optimizationguide-pa.googleapis.com", True),
        ("redirector.gvt1.com", True),
        # what pages load themselves
        ("fonts.googleapis.com", False),
        ("ajax.googleapis.com", False),
        ("www.google.com", False),
        ("apis.google.com", False),
        ("accounts.google.com.example", False),
        ("myaccounts.google.com", False),
    ],
)
def test_service_hosts(host: str, service: bool) -> None:
    assert is_service_host(host) is service


CONNECT = "CONNECT {0} HTTP/1.1\r\nHost: {0}\r\nUser-Agent: HeadlessChrome\r\n\r\n"
POST = (
    "POST http://update.googleapis.com/service/update2/json HTTP/1.1\r\n"
    "Host: update.googleapis.com\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
)


async def _ask(proxy: str, head: str) -> bytes:
    host, port = proxy.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(head.encode())
    await writer.drain()
    answer = await reader.read()
    writer.close()
    return answer


def _asked(heads: list[str], pages_asked: list[tuple[str, int]]) -> tuple[dict[str, int], list]:
    stats = MemoryStatsCollector(get_crawler())

    async def run() -> list[bytes]:
        proxy = GuardProxy(NetworkPolicy(), stats)
        for host, port in pages_asked:  # as the route check tells it
            proxy.fence.page_asked(host, port)
        address = await proxy.start()
        try:
            return [await _ask(address, head) for head in heads]
        finally:
            await proxy.close()

    answers = asyncio.run(run())
    counted = {k: v for k, v in stats.get_stats().items() if k.startswith("network/refused")}
    return counted, answers


def test_chromiums_own_requests_are_refused_and_counted() -> None:
    heads = [
        CONNECT.format("update.googleapis.com:443"),
        POST,
        CONNECT.format("accounts.google.com:443"),
    ]
    counted, answers = _asked(heads, [])
    assert counted == {"network/refused": 3, "network/refused/browser_own": 3}
    assert answers[0].startswith(b"HTTP/1.1 403") and answers[1] == b""


def test_a_service_host_a_page_asked_for_is_not_refused_as_chromiums_own() -> None:
    heads = [CONNECT.format("accounts.google.com:443"), CONNECT.format("fonts.googleapis.com:443")]
    counted, answers = _asked(heads, [("accounts.google.com", 443)])
    assert counted == {}  # let through; neither resolves here, which is no refusal
    assert all(a.startswith(b"HTTP/1.1 403") for a in answers)


def test_the_port_a_page_asked_for_is_the_one_let_through() -> None:
    counted, _ = _asked([CONNECT.format("accounts.google.com:443")], [("accounts.google.com", 80)])
    assert counted == {"network/refused": 1, "network/refused/browser_own": 1}
