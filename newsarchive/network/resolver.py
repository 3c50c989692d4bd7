"""The name resolver that keeps connections off private networks (TWISTED_DNS_RESOLVER).

Every connection Scrapy's HTTP/1.1 handler makes goes through Twisted's
HostnameEndpoint, which asks `reactor.nameResolver` for the addresses to
connect to, IP-literal hosts included. This resolver wraps Scrapy's own
(caching, DNS_TIMEOUT) and passes on only the addresses NETWORK_ALLOWED
permits, so the address checked is the address connected to: a name that
resolves to 127.0.0.1 (or to a public address first and a private one
later) never gets a connection. A host left with no address fails like an
unknown name; `refusal()` tells the middleware why, to count and log it.

An IP-literal host is answered here, as the address it is (after the same check),
without asking the inner resolver: Scrapy's default (CachingThreadedResolver,
`gethostbyname`) knows IPv4 only, so `http://[::1]:8080/` failed as "DNS lookup
failed: no results for hostname lookup: ::1", retried twice, given up at ERROR.

The lookups themselves are `DualStackResolver`'s (NETWORK_INNER_RESOLVER): getaddrinfo,
IPv4 and IPv6, with Scrapy's DNS_TIMEOUT and DNS cache. Scrapy's default knows IPv4 only:
a host with no IPv4 address failed ("DNS lookup failed"), and one whose hosts-file entry
is `::1` was taken for 127.0.0.1 (glibc's gethostbyname maps it so), where its server
does not listen.

Built once per process from the process's settings (settings.py and `-s`), as
Scrapy builds every resolver; a spider's `custom_settings` do not reach it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import (
    IAddress,
    IHostnameResolver,
    IHostResolution,
    IResolutionReceiver,
)
from zope.interface import implementer, provider

from newsarchive.network.policy import NetworkPolicy

INNER_SETTING = "NETWORK_INNER_RESOLVER"  # the resolver doing the lookups (DualStackResolver)
INNER_DEFAULT = "newsarchive.network.resolver.DualStackResolver"
REFUSALS_KEPT = 1024  # recent refusals remembered for the middleware's messages


@provider(IResolutionReceiver)
class _Filter:
    """Passes on the addresses the policy allows; remembers the ones it refuses."""

    def __init__(self, receiver: Any, resolver: GuardedResolver, host: str, port: int) -> None:
        self.receiver = receiver
        self.resolver = resolver
        self.host = host
        self.port = port
        self.refused: list[tuple[str, str]] = []  # (address, kind)
        self.passed = 0

    def resolutionBegan(self, resolution: IHostResolution) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: IAddress) -> None:
        host = str(getattr(address, "host", ""))
        reason = self.resolver.policy.refuses(host, self.port)
        if reason is None:
            self.passed += 1
            self.receiver.addressResolved(address)
        else:
            self.refused.append((host, reason))

    def resolutionComplete(self) -> None:
        if self.refused and not self.passed:
            self.resolver.remember(self.host, self.port, self.refused)
        self.receiver.resolutionComplete()


@implementer(IHostnameResolver)
class GuardedResolver:
    def __init__(self, reactor: Any, inner: Any, policy: NetworkPolicy) -> None:
        self.reactor = reactor
        self.inner = inner  # an IResolverSimple or IHostnameResolver, installed first
        self.policy = policy
        # Zope interfaces read as plain classes to mypy: the resolver it wraps is Any.
        self.lookups: Any = None
        self._refusals: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self.proxies: set[tuple[str, int]] = set()  # (host, port) of proxies: always reachable

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        from scrapy.utils.misc import build_from_crawler, load_object

        settings = crawler.settings
        inner_path = settings.get(INNER_SETTING) or INNER_DEFAULT
        inner = build_from_crawler(load_object(inner_path), crawler, reactor=reactor)
        return cls(reactor, inner, NetworkPolicy.from_settings(settings))

    def install_on_reactor(self) -> None:
        """The inner resolver installs itself, then this one takes its place in front."""
        self.inner.install_on_reactor()
        self.lookups = self.reactor.nameResolver
        self.reactor.installNameResolver(self)

    def resolveHostName(
        self,
        resolutionReceiver: Any,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> IHostResolution:
        assert self.lookups is not None, "install_on_reactor() first"
        if (hostName.lower(), portNumber) in self.proxies:
            return self.lookups.resolveHostName(
                resolutionReceiver, hostName, portNumber, addressTypes, transportSemantics
            )
        receiver = _Filter(resolutionReceiver, self, hostName, portNumber)
        literal = _literal(hostName)
        if literal is not None:
            return _answer_literal(receiver, hostName, literal, portNumber)
        return self.lookups.resolveHostName(
            receiver, hostName, portNumber, addressTypes, transportSemantics
        )

    def remember(self, host: str, port: int, refused: list[tuple[str, str]]) -> None:
        if len(self._refusals) >= REFUSALS_KEPT:
            self._refusals.pop(next(iter(self._refusals)))
        self._refusals[(host.lower(), port)] = refused

    def refusal(self, host: str, port: int) -> list[tuple[str, str]] | None:
        """The (address, kind) pairs that left the last lookup of `host`:`port` empty."""
        return self._refusals.get((host.lower(), port))

    def allow_proxy(self, host: str, port: int) -> None:
        """A proxy the crawl is configured to use is reached wherever it lives."""
        self.proxies.add((host.lower(), port))


@implementer(IHostResolution)
class _Resolution:
    def __init__(self, name: str) -> None:
        self.name = name

    def cancel(self) -> None:
        """Nothing to cancel: the answer was given at once."""


def _literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _answer_literal(
    receiver: Any, host: str, address: ipaddress.IPv4Address | ipaddress.IPv6Address, port: int
) -> Any:
    """An IP literal resolves to itself (through the filter, which checks it). Any: Zope
    interfaces read as plain classes to mypy."""
    resolution = _Resolution(host)
    receiver.resolutionBegan(resolution)
    if isinstance(address, ipaddress.IPv6Address):
        receiver.addressResolved(IPv6Address("TCP", str(address), port))
    else:
        receiver.addressResolved(IPv4Address("TCP", str(address), port))
    receiver.resolutionComplete()
    return resolution


_FAMILIES: dict[int, type] = {socket.AF_INET: IPv4Address, socket.AF_INET6: IPv6Address}


@implementer(IHostnameResolver)
class DualStackResolver:
    """Names to IPv4 and IPv6 addresses (getaddrinfo, on the reactor's thread pool), as
    Scrapy's CachingThreadedResolver does for IPv4 alone: at most DNS_TIMEOUT seconds a
    lookup (past it, or failed: no address, the connection fails as an unknown name), and
    answers kept in a cache of DNSCACHE_SIZE names (DNSCACHE_ENABLED), failures never."""

    def __init__(self, reactor: Any, cache_size: int, timeout: float) -> None:
        self.reactor = reactor
        self.timeout = timeout
        self.cache_size = cache_size
        self._cache: OrderedDict[str, list[tuple[int, str]]] = OrderedDict()

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> DualStackResolver:
        settings = crawler.settings
        size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, size, settings.getfloat("DNS_TIMEOUT"))

    def install_on_reactor(self) -> None:
        self.reactor.installNameResolver(self)

    def resolveHostName(
        self,
        resolutionReceiver: Any,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> Any:  # an IHostResolution (Zope interfaces read as plain classes to mypy)
        resolution = _Resolution(hostName)
        resolutionReceiver.resolutionBegan(resolution)
        types = addressTypes or list(_FAMILIES.values())
        wanted = [family for family, type_ in _FAMILIES.items() if type_ in types]
        kind = socket.SOCK_DGRAM if transportSemantics == "UDP" else socket.SOCK_STREAM
        key = hostName.lower()
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            _deliver(resolutionReceiver, cached, wanted, portNumber)
            return resolution
        from scrapy.resolver import dnscache as scrapy_cache
        from twisted.internet.threads import deferToThreadPool

        found = deferToThreadPool(
            self.reactor, self.reactor.getThreadPool(), _lookup, hostName, kind
        )
        if self.timeout > 0:
            found.addTimeout(self.timeout, self.reactor)

        def answered(addresses: list[tuple[int, str]]) -> None:
            if addresses and self.cache_size > 0:
                self._cache[key] = addresses
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
                # Scrapy's downloader keys CONCURRENT_REQUESTS_PER_IP slots by it
                scrapy_cache[hostName] = addresses[0][1]
            _deliver(resolutionReceiver, addresses, wanted, portNumber)

        def failed(_: Any) -> None:  # no such name, the timeout: no address
            resolutionReceiver.resolutionComplete()

        found.addCallbacks(answered, failed)
        return resolution


def _lookup(host: str, kind: int) -> list[tuple[int, str]]:
    """(family, address) of `host`, in getaddrinfo's order (RFC 6724), each once."""
    seen: list[tuple[int, str]] = []
    for family, _, _, _, sockaddr in socket.getaddrinfo(host, 0, 0, kind):
        found = (int(family), str(sockaddr[0]))
        if found[0] in _FAMILIES and found not in seen:
            seen.append(found)
    return seen


def _deliver(receiver: Any, addresses: list[tuple[int, str]], wanted: list[int], port: int) -> None:
    for family, host in addresses:
        if family in wanted:
            receiver.addressResolved(_FAMILIES[family]("TCP", host, port))
    receiver.resolutionComplete()


def installed_guard() -> GuardedResolver | None:
    """The guard on the running reactor, if Scrapy installed it (TWISTED_DNS_RESOLVER)."""
    from twisted.internet import reactor

    resolver = getattr(reactor, "nameResolver", None)
    return resolver if isinstance(resolver, GuardedResolver) else None
