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

The lookups themselves are `DualStackResolver`'s (NETWORK_INNER_RESOLVER): Scrapy's
CachingHostnameResolver (getaddrinfo, IPv4 and IPv6, DNS cache) given DNS_TIMEOUT, its
lookups on threads of their own. Scrapy's default knows IPv4 only:
a host with no IPv4 address failed ("DNS lookup failed"), and one whose hosts-file entry
is `::1` was taken for 127.0.0.1 (glibc's gethostbyname maps it so), where its server
does not listen.

Built once per process from the process's settings (settings.py and `-s`), as
Scrapy builds every resolver; a spider's `custom_settings` do not reach it.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Sequence
from typing import Any

import attr
from scrapy.resolver import CachingHostnameResolver
from scrapy.resolver import dnscache as scrapy_dnscache
from scrapy.utils.datatypes import LocalCache
from twisted.internet.address import IPv4Address, IPv6Address
from twisted.internet.interfaces import (
    IAddress,
    IHostnameResolver,
    IHostResolution,
    IResolutionReceiver,
)
from twisted.internet.threads import deferToThreadPool
from twisted.python.threadpool import ThreadPool
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

# Lookups given up (DNS_TIMEOUT) while getaddrinfo still runs whose threads are replaced, at
# most: past that many stuck at once (a resolver that answers nothing), lookups wait again.
MAX_STUCK = 64


@implementer(IHostnameResolver)
class DualStackResolver(CachingHostnameResolver):
    """Scrapy's CachingHostnameResolver (getaddrinfo: IPv4 and IPv6; DNSCACHE_SIZE answers
    kept, failures never), with the DNS_TIMEOUT it lacks: a lookup not answered by then
    ends with no address (the connection fails as an unknown name), as Scrapy's IPv4-only
    default does. The lookups run on a thread pool of their own (`_TimedLookups`), not the
    reactor's, so a name that never answers holds no thread the crawl needs otherwise.

    The answers are kept in a cache of its own (`cache`), keyed by the name in lower case
    (names are case-insensitive): Scrapy's resolver keeps its lists of addresses in
    `scrapy.resolver.dnscache`, where the downloader reads one address (a str) as the
    download slot's key under CONCURRENT_REQUESTS_PER_IP, and a list there failed every
    request after the first to a name ("unhashable type: 'list'"). `dnscache` gets the
    first address, as Scrapy's default resolver gives it."""

    def __init__(self, reactor: Any, cache_size: int, timeout: float, threads: int = 10) -> None:
        super().__init__(reactor, cache_size)  # dnscache.limit: cache_size
        lookups: Any = _TimedLookups(reactor, timeout, threads)  # Zope: plain classes to mypy
        self.original_resolver = lookups
        self.cache: LocalCache[str, list[Any]] = LocalCache(cache_size)  # 0: nothing kept

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> DualStackResolver:
        settings = crawler.settings
        size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        # the lookups' threads: as many as Scrapy's default gave them on the reactor's pool
        threads = max(1, settings.getint("REACTOR_THREADPOOL_MAXSIZE"))
        return cls(reactor, size, settings.getfloat("DNS_TIMEOUT"), threads)

    def resolveHostName(
        self,
        resolutionReceiver: Any,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> Any:  # an IHostResolution (Zope interfaces read as plain classes to mypy)
        key = hostName.lower()
        addresses = self.cache.get(key)
        if addresses is None:
            # only an answer for every family is kept (HostnameEndpoint asks for all)
            keep: Any = _Keep(resolutionReceiver, self, key, addressTypes is None)
            lookups: Any = self.original_resolver  # Zope: plain classes to mypy
            return lookups.resolveHostName(
                keep, hostName, portNumber, addressTypes, transportSemantics
            )
        self.cache.move_to_end(key)
        resolution = _Resolution(hostName)
        resolutionReceiver.resolutionBegan(resolution)
        for address in addresses:
            if addressTypes is None or type(address) in addressTypes:
                resolutionReceiver.addressResolved(attr.evolve(address, port=portNumber))
        resolutionReceiver.resolutionComplete()
        return resolution

    def keep(self, key: str, addresses: list[Any]) -> None:
        self.cache[key] = [attr.evolve(address, port=0) for address in addresses]
        scrapy_dnscache[key] = str(addresses[0].host)  # CONCURRENT_REQUESTS_PER_IP's slot


@provider(IResolutionReceiver)
class _Keep:
    """Passes a lookup's answer on, and has the resolver keep it (addresses found)."""

    def __init__(self, receiver: Any, resolver: DualStackResolver, key: str, kept: bool) -> None:
        self.receiver = receiver
        self.resolver = resolver
        self.key = key
        self.kept = kept
        self.addresses: list[Any] = []

    def resolutionBegan(self, resolution: Any) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address: Any) -> None:
        self.addresses.append(address)
        self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:
        if self.addresses and self.kept:
            self.resolver.keep(self.key, self.addresses)
        self.receiver.resolutionComplete()


@implementer(IHostnameResolver)
class _TimedLookups:
    """getaddrinfo (as Twisted's reactor runs it, on `deferToThreadPool`) on a thread pool
    of its own, each lookup given up after `timeout` seconds. A thread cannot be stopped:
    a lookup given up while getaddrinfo runs keeps its thread until getaddrinfo returns,
    and the pool gets one thread more meanwhile (at most MAX_STUCK more), so later lookups
    do not wait behind it; a lookup given up before a thread took it is not made at all.
    The pool's threads are daemons, and the pool is not joined at shutdown: a lookup that
    never returns cannot hold the crawl's exit (the reactor's pool joins its threads)."""

    def __init__(self, reactor: Any, timeout: float, threads: int) -> None:
        self.reactor = reactor
        self.timeout = timeout
        self.threads = threads
        self.stuck = 0  # lookups given up whose getaddrinfo still runs
        self._pool: ThreadPool | None = None

    def pool(self) -> ThreadPool:
        if self._pool is None:
            self._pool = _DaemonPool(minthreads=0, maxthreads=self.threads, name="newsarchive-dns")
            self._pool.start()
            self.reactor.addSystemEventTrigger("during", "shutdown", self._stop)
        return self._pool

    def _stop(self) -> None:
        """Idle threads end now; a stuck one when its getaddrinfo returns (or with the
        process): `ThreadPool.stop` joins them, off the reactor thread, waited for by nobody."""
        pool, self._pool = self._pool, None
        if pool is not None:
            threading.Thread(target=pool.stop, name="newsarchive-dns-stop", daemon=True).start()

    def resolveHostName(
        self,
        resolutionReceiver: Any,
        hostName: str,
        portNumber: int = 0,
        addressTypes: Sequence[type[IAddress]] | None = None,
        transportSemantics: str = "TCP",
    ) -> Any:  # an IHostResolution (Zope interfaces read as plain classes to mypy)
        lookup: Any = _Lookup(self, resolutionReceiver)  # Zope: plain classes to mypy
        resolution = _Resolution(hostName)
        resolutionReceiver.resolutionBegan(resolution)
        types = set(addressTypes or _FAMILIES.values())
        wanted = [family for family, type_ in _FAMILIES.items() if type_ in types]
        family = wanted[0] if len(wanted) == 1 else socket.AF_UNSPEC
        kind = socket.SOCK_DGRAM if transportSemantics == "UDP" else socket.SOCK_STREAM
        found = deferToThreadPool(
            self.reactor, self.pool(), lookup.getaddrinfo, hostName, portNumber, family, kind
        )
        found.addCallbacks(lookup.answered, lookup.failed, (wanted, transportSemantics))
        if self.timeout > 0 and not lookup.finished:
            lookup.timer = self.reactor.callLater(self.timeout, lookup.give_up)
        return resolution

    def got_stuck(self) -> None:
        self.stuck += 1
        self._resize()
        if self._pool is not None:  # queued lookups start on the new thread now (Twisted's
            self._pool.callInThread(_nothing)  # pool adds a thread when work comes in)

    def got_unstuck(self) -> None:
        self.stuck -= 1
        self._resize()

    def _resize(self) -> None:
        if self._pool is not None:
            self._pool.adjustPoolsize(maxthreads=self.threads + min(self.stuck, MAX_STUCK))


def _nothing() -> None:
    pass


def _daemon_thread(*args: Any, **kwargs: Any) -> threading.Thread:
    return threading.Thread(*args, daemon=True, **kwargs)


class _DaemonPool(ThreadPool):
    threadFactory = staticmethod(_daemon_thread)  # type: ignore[assignment]


@provider(IResolutionReceiver)
class _Lookup:
    """One lookup: runs getaddrinfo in the pool's thread, and passes its answer on unless
    given up first (then it says nothing more)."""

    def __init__(self, lookups: _TimedLookups, receiver: Any) -> None:
        self.lookups = lookups
        self.receiver = receiver
        self.finished = False  # answered or given up (reactor thread)
        self.running = False  # getaddrinfo under way (pool's thread)
        self.timer: Any = None
        self._lock = threading.Lock()

    def getaddrinfo(self, *args: Any) -> Any:
        with self._lock:
            if self.finished:  # given up while it waited for a thread: not made
                raise socket.gaierror(socket.EAI_AGAIN, "given up (DNS_TIMEOUT)")
            self.running = True
        try:
            return socket.getaddrinfo(*args)
        finally:
            with self._lock:
                self.running = False
                abandoned = self.finished
            if abandoned:
                self.lookups.reactor.callFromThread(self.lookups.got_unstuck)

    def answered(self, found: list[Any], wanted: list[int], transport: str) -> None:
        """getaddrinfo's addresses of the families asked, in its order (RFC 6724)."""
        for family, _, _, _, sockaddr in found:
            if family in wanted:
                self.addressResolved(_FAMILIES[family](transport, *sockaddr))
        self.resolutionComplete()

    def failed(self, failure: Any) -> None:
        """No such name, given up, or a name getaddrinfo cannot take (a label over 63
        characters: UnicodeError): no address, the connection fails as an unknown name."""
        self.resolutionComplete()

    def give_up(self) -> None:
        with self._lock:
            if self.finished:
                return
            self.finished = True
            stuck = self.running
        if stuck:
            self.lookups.got_stuck()
        self.receiver.resolutionComplete()  # no address: failed as an unknown name

    def addressResolved(self, address: Any) -> None:
        if not self.finished:
            self.receiver.addressResolved(address)

    def resolutionComplete(self) -> None:
        with self._lock:
            if self.finished:
                return
            self.finished = True
        if self.timer is not None and self.timer.active():
            self.timer.cancel()
        self.receiver.resolutionComplete()


def installed_guard() -> GuardedResolver | None:
    """The guard on the running reactor, if Scrapy installed it (TWISTED_DNS_RESOLVER)."""
    from twisted.internet import reactor

    resolver = getattr(reactor, "nameResolver", None)
    return resolver if isinstance(resolver, GuardedResolver) else None
