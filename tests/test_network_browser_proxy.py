"""The guard proxy in front of Chromium counts each refused hop once.

A refused plain-HTTP request is answered by closing the connection. Chromium sends
the same request again at once when the connection it used counts as reused to it
(an idle one: a spare connect made under load), and that resend was counted and
logged as a second refusal (`network/refused/browser` 2 for one hop). The proxy on
loopback, asked as Chromium asks it: the same head on a second connection is the
resend; a request differing in any header is another hop.
"""

from __future__ import annotations

import asyncio

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsarchive.network.browser_proxy import GuardProxy
from newsarchive.network.policy import NetworkPolicy


def _head(dest: str) -> bytes:
    return (
        "GET http://127.0.0.2:9/secret HTTP/1.1\r\nHost: 127.0.0.2:9\r\n"
        f"Accept: */*\r\nSec-Fetch-Dest: {dest}\r\nReferer: http://127.0.0.1:8/page\r\n\r\n"
    ).encode()


async def _ask(proxy: str, head: bytes) -> bytes:
    host, port = proxy.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(head)
    await writer.drain()
    answer = await reader.read()  # the proxy closes the connection: no answer
    writer.close()
    return answer


def _refusals(heads: list[bytes]) -> tuple[dict[str, int], list[bytes]]:
    stats = MemoryStatsCollector(get_crawler())

    async def run() -> list[bytes]:
        proxy = GuardProxy(NetworkPolicy(), stats)
        address = await proxy.start()
        try:
            return [await _ask(address, head) for head in heads]
        finally:
            await proxy.close()

    answers = asyncio.run(run())
    counted = {k: v for k, v in stats.get_stats().items() if k.startswith("network/refused")}
    return counted, answers


def test_a_resent_request_is_one_refused_hop() -> None:
    counted, answers = _refusals([_head("image"), _head("image")])
    assert answers == [b"", b""]  # both refused, neither answered
    assert counted == {"network/refused": 1, "network/refused/browser": 1}


def test_another_request_for_the_same_url_is_another_hop() -> None:
    counted, _ = _refusals([_head("image"), _head("empty"), _head("image")])
    assert counted == {"network/refused": 2, "network/refused/browser": 2}


def test_a_second_refused_tunnel_is_another_hop() -> None:
    """A refused CONNECT is answered (403), which Chromium does not resend: the same
    tunnel head again within seconds is another page's (or frame's) request, a refusal
    of its own. It was taken for a resend, neither counted nor logged."""
    connect = b"CONNECT 127.0.0.2:443 HTTP/1.1\r\nHost: 127.0.0.2:443\r\n\r\n"
    counted, answers = _refusals([connect, connect])
    assert answers == [b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"] * 2
    assert counted == {"network/refused": 2, "network/refused/browser": 2}
