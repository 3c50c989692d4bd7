"""What a real crawl refuses, cuts short and spools: the demo's /lab/net/ routes.

One `scrapy crawl follow` of /lab/net/ with the demo's own origin allowed, and a
listener on 127.0.0.2 (the address the lab points at) that must stay silent.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.lab_network import TRAP_HOST, drip_body, video_body
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import (
    PROJECT,
    CrawlResult,
    crawl_command,
    parse_stats,
    run_crawl,
    start_crawl,
)
from tests.plugins.forward_proxy import forward_proxy
from tests.plugins.network_trap import Trap, trap

FORBIDDEN_HOSTS = {TRAP_HOST, "127.2", "169.254.169.254"}
LIMITS = {"DOWNLOAD_MAX_TIME": "3", "DOWNLOAD_SPOOL_SIZE": str(1024 * 1024)}


@dataclass
class Record:
    type: str
    uri: str
    headers: Any
    payload: bytes


def read_records(crawl: CrawlResult) -> list[Record]:
    found = []
    for path in crawl.warc_files():
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                payload = record.content_stream().read()
                found.append(Record(record.rec_type, uri, record.rec_headers, payload))
    return found


@pytest.fixture(scope="module")
def listener(demo_site: DemoServer) -> Iterator[Trap]:
    """Listening where the lab points (127.0.0.2, the demo's port) for this module's crawls."""
    with trap(TRAP_HOST, demo_site.port) as listening:
        yield listening


@pytest.fixture(scope="module")
def lab_crawl(
    demo_site: DemoServer, listener: Trap, tmp_path_factory: pytest.TempPathFactory
) -> tuple[CrawlResult, Trap]:
    out = tmp_path_factory.mktemp("net-lab")
    args = {"url": demo_site.base_url + "/lab/net/", "depth": "1"}
    return run_crawl("follow", args, LIMITS, out), listener


@pytest.fixture(scope="module")
def lab_records(lab_crawl: tuple[CrawlResult, Trap]) -> list[Record]:
    return read_records(lab_crawl[0])


def test_nothing_reached_the_private_address(lab_crawl: tuple[CrawlResult, Trap]) -> None:
    crawl, listener = lab_crawl
    assert listener.connections == 0
    log = crawl.log
    # `follow` stays on its host: the literal redirect, the name resolving to 127.0.0.2 and the
    # metadata address are each named as a redirect off the site before any lookup or connection
    # (the network guard's own refusals: test_network_ipv6, test_crawl_refresh,
    # test_without_the_allowance_the_demo_itself_is_refused)
    for target in ("http://127.0.0.2:", "http://127.2:", "http://169.254.169.254/"):
        assert f"-> {target}" in log, target
    assert log.count("redirected off the site (") >= 3
    stats = crawl.stats
    assert stats["redirect/offsite"] >= 3
    assert "downloader/exception_type_count/twisted.internet.error.DNSLookupError" not in stats
    assert stats.get("retry/count", 0) == 0  # a refusal is final, never retried


def test_refused_requests_are_archived_nowhere(lab_records: list[Record]) -> None:
    hosts = {urlsplit(r.uri).hostname for r in lab_records if r.uri.startswith("http")}
    assert not hosts & FORBIDDEN_HOSTS
    redirects = [r for r in lab_records if r.uri.endswith("/lab/net/private-redirect")]
    assert redirects and redirects[0].type == "response"  # the page saying where to go is kept


def test_the_slow_drip_is_cut_and_archived_truncated(
    lab_crawl: tuple[CrawlResult, Trap], lab_records: list[Record]
) -> None:
    drip = [r for r in lab_records if r.type == "response" and r.uri.endswith("/lab/net/drip")]
    assert len(drip) == 1  # once: no retries of a timed-out download
    record = drip[0]
    assert record.headers.get_header("WARC-Truncated") == "time"
    full = drip_body()
    assert 0 < len(record.payload) < len(full)
    assert full.startswith(record.payload)
    assert lab_crawl[0].stats.get("warc/truncated", 0) >= 1
    assert lab_crawl[0].stats["warc/truncated_unparsed/time"] == 1  # not parsed as if whole


def test_a_large_download_is_spooled_and_archived_whole(
    lab_crawl: tuple[CrawlResult, Trap], lab_records: list[Record]
) -> None:
    video = [r for r in lab_records if r.type == "response" and r.uri.endswith("/video.mp4")]
    assert len(video) == 1
    assert video[0].payload == video_body()
    assert video[0].headers.get_header("WARC-Truncated") is None
    assert lab_crawl[0].stats["warc/spooled"] >= 1


def test_without_the_allowance_the_demo_itself_is_refused(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    settings = {"NETWORK_ALLOWED": "", **LIMITS}
    args = {"url": demo_site.base_url + "/", "depth": "0"}
    crawl = start_crawl("follow", args, settings, tmp_path).wait()
    assert crawl.returncode == 1  # the start page never came: nothing of the site archived
    assert "RequestRefused: 127.0.0.1 is loopback" in crawl.log.strip().splitlines()[-1]
    assert crawl.stats["network/refused/loopback"] == 2  # robots.txt and the start page
    assert "downloader/response_count" not in crawl.stats
    assert not read_records(crawl) or all(r.type == "warcinfo" for r in read_records(crawl))


def test_through_a_proxy_the_proxy_is_reached_and_private_targets_are_not(
    demo_site: DemoServer, listener: Trap, tmp_path: Path
) -> None:
    """The proxy lives on loopback (allowed as the proxy); what it is asked for is checked."""
    slow = ("/lab/net/drip", "/lab/net/video.mp4")  # the proxy would buffer them whole
    with forward_proxy(demo_site.port, slow) as proxy:
        # a public address the proxy maps onto the demo: nothing leaves this machine
        start = "http://11.22.33.44/lab/net/"
        command = crawl_command("follow", {"url": start, "depth": "1"}, LIMITS, tmp_path)
        env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "all_proxy")}
        env["http_proxy"] = f"http://127.0.0.1:{proxy.port}"
        done = subprocess.run(
            command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300
        )
    assert done.returncode == 0, done.stderr[-3000:]
    stats = parse_stats(done.stderr)
    assert listener.connections == 0
    assert proxy.requests and all(url.startswith("http://11.22.33.44/") for url in proxy.requests)
    assert stats["downloader/response_count"] >= 3  # the lab's pages, through the proxy
    # `follow` names the redirects to private addresses as off the site, asking no one for them
    assert "-> http://127.2:" in done.stderr and "-> http://127.0.0.2:" in done.stderr
    assert stats["redirect/offsite"] >= 3


def test_the_shared_demo_crawl_spooled_its_oversize_page(demo_crawl: CrawlResult) -> None:
    """/lab/oversize went through the spool file (replay tests compare its bytes)."""
    assert demo_crawl.stats["warc/spooled"] >= 1
    assert demo_crawl.stats["warc/downloads_stopped"] >= 1
