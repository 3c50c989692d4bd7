"""Refuses requests bound for private networks, counts and logs every refusal.

Three cases, one policy (`NETWORK_ALLOWED`):
- a URL whose host is an IP literal or `localhost`: refused here, before any
  connection (the resolver would refuse it too; this gives the clearer message);
- a name: the resolver (`resolver.py`) drops its refused addresses at connection
  time; a download that failed for that reason is counted here, not retried;
- through a proxy (`meta["proxy"]`, set by HttpProxyMiddleware from the
  environment or by a spider) the crawler never sees the address the proxy
  connects to: a name that resolves here to a refused address is refused, one
  that does not resolve here is left to the proxy. The proxy itself is reachable.

Runs after HttpProxyMiddleware (750), so it knows which requests go through a proxy.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from newsarchive.network.policy import NetworkPolicy, as_address
from newsarchive.network.resolver import GuardedResolver, installed_guard

logger = logging.getLogger(__name__)

DEFAULT_PORTS = {"http": 80, "https": 443}
STAT = "network/refused"


class RequestRefused(IgnoreRequest):
    """A request bound for an address NETWORK_ALLOWED does not permit."""


class NetworkGuardMiddleware:
    def __init__(self, policy: NetworkPolicy, stats: StatsCollector) -> None:
        self.policy = policy
        self.stats = stats
        self._guard: GuardedResolver | None = None
        self._guard_checked = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NetworkGuardMiddleware:
        assert crawler.stats is not None
        return cls(NetworkPolicy.from_settings(crawler.settings), crawler.stats)

    def guard(self) -> GuardedResolver | None:
        """The resolver checking resolved addresses; warned about once when missing."""
        if not self._guard_checked:
            self._guard_checked = True
            self._guard = installed_guard()
            if self._guard is None:
                logger.warning(
                    "TWISTED_DNS_RESOLVER is not newsarchive.network.resolver.GuardedResolver:"
                    " the addresses host names resolve to are not checked"
                )
        return self._guard

    async def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        host = parts.hostname or ""
        port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
        kind = self.policy.refuses_host(host, port)
        if kind is not None:
            self.refuse(request, f"{host} is {kind}", kind)
        proxy = request.meta.get("proxy")
        if proxy and not request.meta.get("playwright"):
            self._allow_proxy(proxy)
            refused = await self._resolves_locally_to_refused(host, port)
            if refused is not None:
                address, kind = refused
                self.refuse(request, f"{host} resolves here to {address} ({kind})", kind)
        else:
            self.guard()

    def process_exception(self, request: Request, exception: Exception) -> Response | None:
        if not isinstance(exception, CannotResolveHostError | DNSLookupError):
            return None
        guard = self.guard()
        parts = urlparse_cached(request)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme, 0)
        refused = guard.refusal(parts.hostname or "", port) if guard else None
        if refused and not request.meta.get("proxy"):
            addresses = ", ".join(f"{address} ({kind})" for address, kind in refused)
            self.refuse(request, f"{parts.hostname} resolves to {addresses}", refused[0][1])
        return None

    def refuse(self, request: Request, why: str, kind: str) -> None:
        """Counted (`network/refused`, `network/refused/<kind>`), logged, never retried."""
        self.stats.inc_value(STAT)
        self.stats.inc_value(f"{STAT}/{kind}")
        logger.warning("refused %s: %s (not allowed by NETWORK_ALLOWED)", request.url, why)
        raise RequestRefused(why)

    def _allow_proxy(self, proxy: str) -> None:
        guard = self.guard()
        parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        if guard is not None and parts.hostname:
            guard.allow_proxy(parts.hostname, parts.port or DEFAULT_PORTS.get(parts.scheme, 80))

    async def _resolves_locally_to_refused(self, host: str, port: int) -> tuple[str, str] | None:
        """Through a proxy: a name this machine resolves to a refused address is refused."""
        if as_address(host) is not None:
            return None  # a literal: already checked
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError:
            return None  # unknown here: the proxy may know it
        for info in infos:
            address = str(info[4][0])
            kind = self.policy.refuses(address, port)
            if kind is not None:
                return address, kind
        return None
