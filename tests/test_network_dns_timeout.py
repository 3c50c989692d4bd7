"""DNS_TIMEOUT with lookups that never return (a DNS server that takes queries and answers
none): a lookup is given up after DNS_TIMEOUT, and the thread still stuck in getaddrinfo
does not keep later lookups waiting, nor the crawl's process from exiting.

The crawl runs where /etc/hosts, /etc/resolv.conf and /etc/nsswitch.conf are the test's
own (a mount namespace: the machine's files are left alone), its name server a UDP socket
on a loopback address of the test's that never answers.
"""

from __future__ import annotations

import json
import random
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.plugins.crawling import PROJECT
from tests.plugins.page_origin import page_origin

HUNG = ["hang1.test", "hang2.test", "hang3.test"]  # more than the lookups' 2 threads


class SilentDns:
    """A name server that reads every query and answers none; `asked`: the names queried."""

    def __init__(self) -> None:
        self.address = f"127.53.{random.randrange(1, 250)}.{random.randrange(1, 250)}"
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((self.address, 53))
        self.asked: set[str] = set()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                query, _ = self.sock.recvfrom(4096)
            except OSError:
                return
            labels, at = [], 12
            while at < len(query) and query[at]:
                labels.append(query[at + 1 : at + 1 + query[at]].decode("ascii", "replace"))
                at += 1 + query[at]
            self.asked.add(".".join(labels))


@pytest.fixture
def silent_dns() -> Iterator[SilentDns]:
    try:
        server = SilentDns()
    except OSError as exc:
        pytest.skip(f"no UDP port 53 on a loopback address here: {exc}")
    try:
        yield server
    finally:
        server.sock.close()


def _in_own_resolver(etc: Path, command: list[str]) -> list[str]:
    script = (
        'mount --bind "$0/hosts" /etc/hosts && mount --bind "$0/resolv.conf" /etc/resolv.conf'
        ' && mount --bind "$0/nsswitch.conf" /etc/nsswitch.conf && exec "$@"'
    )
    return ["unshare", "-m", "sh", "-c", script, str(etc), *command]


def test_lookups_that_never_return_do_not_starve_later_ones(
    silent_dns: SilentDns, tmp_path: Path
) -> None:
    """Before, the lookups ran on the reactor's thread pool (REACTOR_THREADPOOL_MAXSIZE
    threads): the hung ones held every thread past DNS_TIMEOUT, a later lookup of a name in
    the hosts file waited behind them until its own DNS_TIMEOUT ("DNS lookup failed"), and
    the process's exit waited for getaddrinfo to return (the pool joins its threads)."""
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "hosts").write_text("127.0.0.1 localhost\n127.0.0.1 good.test\n", encoding="ascii")
    # glibc's longest wait: 30 s a try, 5 tries, for each of A and AAAA: "never" here
    resolv = f"nameserver {silent_dns.address}\noptions timeout:30 attempts:5\n"
    (etc / "resolv.conf").write_text(resolv, encoding="ascii")
    (etc / "nsswitch.conf").write_text("hosts: files dns\n", encoding="ascii")
    check = subprocess.run(
        _in_own_resolver(etc, ["getent", "ahosts", "good.test"]),
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if check.returncode != 0 or not check.stdout.startswith("127.0.0.1"):
        pytest.skip(f"no mount namespace here (unshare -m): {check.stderr.strip()}")
    page = b"<html><head><title>good</title></head><body><p>good</p></body></html>"
    with page_origin({"/": ("text/html", page)}) as origin:
        port = origin.rsplit(":", 1)[1]
        command = [sys.executable, "-m", "tests.plugins.dns_hang", port, str(tmp_path), *HUNG]
        done = subprocess.run(
            _in_own_resolver(etc, command),
            cwd=PROJECT, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # the hung lookups that got a thread before they were given up (the pool's 2, on a
    # machine not stalled for DNS_TIMEOUT) were made, and never answered; one given up
    # while it waited for a thread is not made at all
    queried = silent_dns.asked & set(HUNG)
    assert queried, silent_dns.asked
    assert result["resolver"] == "GuardedResolver"
    assert result["failed"] == {f"http://{name}:{port}/": "CannotResolveHostError" for name in HUNG}
    assert result["fetched"] == [f"http://good.test:{port}/"], done.stderr[-3000:]
    assert result["finish_reason"] == "finished"
    # each hung name queried is stuck in getaddrinfo still: the process exited without it
    # (a thread that took its lookup, stalled before it sent the query, counts as stuck too)
    assert len(queried) <= result["stuck_at_end"] <= len(HUNG), (queried, result)


def test_a_name_getaddrinfo_cannot_take_fails_at_once_as_no_such_name(tmp_path: Path) -> None:
    """A label over 63 characters: getaddrinfo raises UnicodeError (IDNA), not gaierror, and
    Twisted's GAIResolver catches gaierror alone. Before, the lookup was left unanswered
    ("Unhandled error in Deferred", CRITICAL) until DNS_TIMEOUT; with none (0) the crawl
    waited forever. Now it fails at once as an unknown name."""
    from tests.plugins.crawling import start_crawl

    url = f"http://{'a' * 64}.test/"
    settings = {"DNS_TIMEOUT": "0", "RETRY_TIMES": "0", "STATE_ENABLED": "0", "NETWORK_ALLOWED": ""}
    crawl = start_crawl("follow", {"url": url}, settings, tmp_path).wait(240)
    assert "Unhandled error" not in crawl.log, crawl.log[-3000:]
    assert (
        crawl.stats["downloader/exception_type_count/scrapy.exceptions.CannotResolveHostError"]
        == 2  # and robots.txt
    )
