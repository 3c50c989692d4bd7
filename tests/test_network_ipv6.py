"""IPv6-literal URLs (`http://[::1]:PORT/`): fetched when allowed, refused when not.

Scrapy's default resolver (`gethostbyname`) knows IPv4 only: every request to an
IPv6 literal failed as "DNS lookup failed: no results for hostname lookup: ::1",
was retried twice and given up at ERROR, robots.txt included. The guard resolver
now answers a literal as the address it is, after the same NETWORK_ALLOWED check.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from scrapy.settings import Settings
from twisted.internet.address import IPv4Address, IPv6Address
from warcio.archiveiterator import ArchiveIterator

from newsarchive.network.policy import NetworkPolicy
from newsarchive.network.resolver import DualStackResolver, GuardedResolver
from tests.plugins.crawling import PROJECT, crawl_command, parse_stats, run_crawl, start_crawl


def _has_ipv6_loopback() -> bool:
    try:
        with socket.create_server(("::1", 0), family=socket.AF_INET6):
            return True
    except OSError:
        return False


needs_ipv6 = pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback (::1)")

PAGES = {
    "/": b'<html><head><title>front</title></head><body><a href="/story">story</a></body></html>',
    "/story": b"<html><head><title>story</title></head><body><p>A story.</p></body></html>",
    "/robots.txt": b"User-agent: *\nAllow: /\n",
}


class _Server(ThreadingHTTPServer):
    address_family = socket.AF_INET6


@pytest.fixture(scope="module")
def origin6() -> Iterator[tuple[str, list[str]]]:
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            body = PAGES.get(self.path, b"not here")
            self.send_response(200 if self.path in PAGES else 404)
            kind = "text/plain" if self.path.endswith(".txt") else "text/html"
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = _Server(("::1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://[::1]:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


@needs_ipv6
def test_an_allowed_ipv6_literal_is_crawled_and_archived(
    origin6: tuple[str, list[str]], tmp_path: Path
) -> None:
    origin, asked = origin6
    port = origin.rsplit(":", 1)[1]
    settings = {"NETWORK_ALLOWED": f"[::1]:{port}", "STATE_ENABLED": "0"}
    crawl = run_crawl("follow", {"url": origin + "/", "depth": "1"}, settings, tmp_path)
    assert "DNS lookup failed" not in crawl.log, crawl.log[-3000:]
    assert "log_count/ERROR" not in crawl.stats
    assert crawl.stats["downloader/response_status_count/200"] == 3
    assert crawl.stats["robotstxt/response_status_count/200"] == 1
    assert sorted(asked[-3:]) == ["/", "/robots.txt", "/story"]
    responses = {}
    for warc in crawl.warc_files():
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    responses[uri] = record.rec_headers.get_header("WARC-IP-Address")
    assert responses == {f"{origin}{path}": "::1" for path in ("/robots.txt", "/", "/story")}


@needs_ipv6
def test_a_public_crawl_refuses_ipv6_loopback(
    origin6: tuple[str, list[str]], tmp_path: Path
) -> None:
    origin, asked = origin6
    before = len(asked)
    # NETWORK_ALLOWED names another address: [::1] is not among the allowed
    settings = {"NETWORK_ALLOWED": "192.0.2.1", "STATE_ENABLED": "0"}
    args = {"url": origin + "/", "depth": "1"}
    crawl = start_crawl("follow", args, settings, tmp_path).wait()
    assert len(asked) == before  # nothing reached the server
    assert f"refused {origin}/: ::1 is loopback" in crawl.log
    assert crawl.stats["network/refused/loopback"] == 2  # robots.txt and the page
    assert "DNS lookup failed" not in crawl.log
    assert crawl.stats.get("retry/count", 0) == 0


ONLY6 = "only6.test"  # a name whose one address is ::1, in a hosts file of the test's own


def _in_own_hosts(hosts: Path, command: list[str]) -> list[str]:
    """`command` run where /etc/hosts is `hosts` (a mount namespace of its own: the machine's
    file is left alone)."""
    script = 'mount --bind "$0" /etc/hosts && exec "$@"'
    return ["unshare", "-m", "sh", "-c", script, str(hosts), *command]


def _hosts_can_be_given(tmp: Path) -> bool:
    hosts = tmp / "hosts"
    hosts.write_text(f"127.0.0.1 localhost\n::1 {ONLY6}\n", encoding="ascii")
    try:
        done = subprocess.run(
            _in_own_hosts(hosts, ["getent", "ahosts", ONLY6]),
            capture_output=True, text=True, timeout=30,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.split()[:1] == ["::1"]


@needs_ipv6
def test_a_hostname_with_an_ipv6_address_only_is_crawled(
    origin6: tuple[str, list[str]], tmp_path: Path
) -> None:
    """The lookups were Scrapy's CachingThreadedResolver's (gethostbyname, IPv4 only): a
    name with no IPv4 address failed as "DNS lookup failed", and one whose hosts-file
    entry is ::1 was taken for 127.0.0.1 (glibc maps it so; refused as loopback, or a
    connection refused where the server listens on ::1 only). Now getaddrinfo's."""
    if not _hosts_can_be_given(tmp_path):
        pytest.skip("no mount namespace here (unshare -m) to give the crawl a hosts file")
    origin, asked = origin6
    port = origin.rsplit(":", 1)[1]
    before = len(asked)
    settings = {"NETWORK_ALLOWED": f"[::1]:{port}", "STATE_ENABLED": "0", "RETRY_TIMES": "0"}
    url = f"http://{ONLY6}:{port}"
    command = crawl_command("follow", {"url": url + "/", "depth": "1"}, settings, tmp_path)
    done = subprocess.run(
        _in_own_hosts(tmp_path / "hosts", command),
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "DNS lookup failed" not in done.stderr and "resolves to" not in done.stderr
    stats = parse_stats(done.stderr)
    assert stats["downloader/response_status_count/200"] == 3
    assert sorted(asked[before:]) == ["/", "/robots.txt", "/story"]
    addresses = {}
    for warc in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with warc.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type in ("response", "revisit"):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    addresses[uri] = record.rec_headers.get_header("WARC-IP-Address")
    assert addresses == {f"{url}{path}": "::1" for path in ("/robots.txt", "/", "/story")}


class _Receiver:
    """What Twisted's endpoint gives a resolver: it collects the addresses."""

    def __init__(self) -> None:
        self.addresses: list[Any] = []
        self.done = False

    def resolutionBegan(self, resolution: Any) -> None:
        pass

    def addressResolved(self, address: Any) -> None:
        self.addresses.append(address)

    def resolutionComplete(self) -> None:
        self.done = True


@pytest.mark.parametrize(
    ("host", "allowed", "expected"),
    [
        ("::1", ["[::1]:8080"], [("IPv6Address", "::1")]),
        ("::1", [], []),
        ("2001:db8::1", [], []),  # documentation range: reserved
        ("127.0.0.1", ["127.0.0.1:8080"], [("IPv4Address", "127.0.0.1")]),
        ("::ffff:127.0.0.1", [], []),  # IPv4-mapped loopback
    ],
)
def test_the_resolver_answers_a_literal_itself(
    host: str, allowed: list[str], expected: list[tuple[str, str]]
) -> None:
    """Not handed to the inner resolver (here one that knows no name at all)."""

    class NoLookups:
        def resolveHostName(self, *args: Any) -> Any:
            raise AssertionError("a literal was looked up")

    policy = NetworkPolicy.from_settings(_settings(allowed))
    resolver = GuardedResolver(reactor=None, inner=None, policy=policy)
    resolver.lookups = NoLookups()
    receiver = _Receiver()
    resolver.resolveHostName(receiver, host, 8080)
    assert receiver.done
    assert [(type(a).__name__, a.host) for a in receiver.addresses] == expected
    if not expected:
        assert resolver.refusal(host, 8080)  # the middleware names why


def _settings(allowed: list[str]) -> Settings:
    return Settings({"NETWORK_ALLOWED": allowed})


def test_the_inner_resolver_answers_both_families_from_its_cache() -> None:
    """A name looked up is answered from the resolver's DNS cache, both families, on the
    port asked, whatever the case of the name (no lookup: no reactor here)."""
    from types import SimpleNamespace

    resolver = DualStackResolver(SimpleNamespace(nameResolver=None), cache_size=10, timeout=5.0)
    resolver.keep("dual.test", [IPv6Address("TCP", "::1", 443), IPv4Address("TCP", "192.0.2.7", 0)])
    for name in ("dual.test", "Dual.TEST"):
        receiver = _Receiver()
        resolver.resolveHostName(receiver, name, 8080)
        assert receiver.done
        assert [(type(a).__name__, a.host) for a in receiver.addresses] == [
            ("IPv6Address", "::1"),
            ("IPv4Address", "192.0.2.7"),
        ]
        assert {a.port for a in receiver.addresses} == {8080}
    receiver = _Receiver()
    resolver.resolveHostName(receiver, "DUAL.test", 80, addressTypes=[IPv4Address])
    assert [a.host for a in receiver.addresses] == ["192.0.2.7"]


def test_a_name_is_kept_in_lower_case_and_scrapys_dnscache_gets_an_address() -> None:
    """Scrapy's CachingHostnameResolver kept "Example.test" and "example.test" apart (looked
    up twice) and put a list in `scrapy.resolver.dnscache`, where the downloader wants the
    address CONCURRENT_REQUESTS_PER_IP keys its slots by."""
    from types import SimpleNamespace

    from scrapy.resolver import dnscache

    limit = dnscache.limit
    resolver = DualStackResolver(SimpleNamespace(nameResolver=None), cache_size=10, timeout=5.0)
    asked: list[str] = []

    class Lookups:
        def resolveHostName(self, receiver: Any, name: str, port: int, *args: Any) -> None:
            asked.append(name)
            receiver.resolutionBegan(None)
            receiver.addressResolved(IPv4Address("TCP", "192.0.2.9", port))
            receiver.addressResolved(IPv6Address("TCP", "2001:db8::9", port))
            receiver.resolutionComplete()

    resolver.original_resolver = Lookups()
    try:
        for name in ("Mixed.test", "mixed.test", "MIXED.TEST"):
            receiver = _Receiver()
            resolver.resolveHostName(receiver, name, 80)
            assert [a.host for a in receiver.addresses] == ["192.0.2.9", "2001:db8::9"]
        kept = dnscache.get("mixed.test")
    finally:
        dnscache.pop("mixed.test", None)
        dnscache.limit = limit
    assert asked == ["Mixed.test"]
    assert kept == "192.0.2.9"


def test_a_crawl_keyed_by_ip_uses_the_address_the_name_resolved_to(tmp_path: Path) -> None:
    """CONCURRENT_REQUESTS_PER_IP keys Scrapy's download slots by `dnscache[host]`, which must
    be an address (a str). Scrapy's CachingHostnameResolver keeps lists of addresses there:
    the second request to a name already looked up failed ("unhashable type: 'list'") and
    nothing after the first page was fetched."""
    from tests.plugins.page_origin import page_origin

    pages = {
        "/": ("text/html", b'<html><body><a href="/story">story</a></body></html>'),
        "/story": ("text/html", b"<html><head><title>story</title></head><body><p>A.</p>"),
        "/robots.txt": ("text/plain", b"User-agent: *\nAllow: /\n"),
    }
    with page_origin(pages) as origin:
        port = origin.rsplit(":", 1)[1]
        settings = {
            "NETWORK_ALLOWED": f"127.0.0.1:{port}",
            "STATE_ENABLED": "0",
            "CONCURRENT_REQUESTS_PER_IP": "1",
            # the project's DownloaderAwarePriorityQueue refuses CONCURRENT_REQUESTS_PER_IP
            "SCHEDULER_PRIORITY_QUEUE": "scrapy.pqueues.ScrapyPriorityQueue",
        }
        url = f"http://localhost:{port}/"
        crawl = start_crawl("follow", {"url": url, "depth": "1"}, settings, tmp_path).wait()
    assert "unhashable" not in crawl.log, crawl.log[-3000:]
    assert crawl.returncode == 0, crawl.log[-3000:]
    assert crawl.stats["downloader/response_status_count/200"] == 3, crawl.log[-3000:]
