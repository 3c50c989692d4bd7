"""Which addresses a crawl may connect to: the public internet, plus what NETWORK_ALLOWED names.

Pure and small, so the resolver, the middleware and the browser ask one object.
By default every address that is not globally routable is refused: loopback,
RFC 1918 private, link-local (169.254.0.0/16 holds cloud metadata services),
carrier-grade NAT, multicast, reserved and unspecified ranges, in IPv4 and IPv6
(IPv4-mapped and 6to4 IPv6 addresses count as the IPv4 address they carry: a host
with a 6to4 tunnel sends `2002:a9fe:a9fe::` to 169.254.169.254; deprecated IPv6
site-local `fec0::/10` counts as private).
"""

from __future__ import annotations

import functools
import ipaddress
from dataclasses import dataclass

from scrapy.settings import BaseSettings

from newsarchive.numbers import ascii_digits

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
# Names that always mean this machine, whatever a resolver would say.
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})


@dataclass(frozen=True)
class Allowance:
    """A network allowed in spite of being private, on one port or on all (None)."""

    network: IPNetwork
    port: int | None = None

    def covers(self, address: IPAddress, port: int | None) -> bool:
        if address.version != self.network.version or address not in self.network:
            return False
        return self.port is None or self.port == port

    @classmethod
    def parse(cls, entry: str) -> Allowance:
        """`10.0.0.0/8`, `127.0.0.1:8080`, `[::1]:8080`, `fd00::/8`; else ValueError."""
        text = entry.strip()
        port: int | None = None
        if text.startswith("["):
            host, _, rest = text[1:].partition("]")
            if rest:
                port = _port(rest.removeprefix(":"), entry)
        elif text.count(":") == 1:
            host, _, port_text = text.partition(":")
            port = _port(port_text, entry)
        else:
            host = text
        try:
            network = ipaddress.ip_network(host, strict=False)
        except ValueError:
            raise ValueError(
                f"NETWORK_ALLOWED entry {entry!r}: expected an IP network (CIDR) or address,"
                " optionally with :PORT (e.g. 10.0.0.0/8, 127.0.0.1:8080, [::1]:8080)"
            ) from None
        return cls(network, port)


def _port(text: str, entry: str) -> int:
    if not ascii_digits(text) or not 0 < int(text) < 65536:
        raise ValueError(f"NETWORK_ALLOWED entry {entry!r}: the port must be 1-65535")
    return int(text)


@functools.lru_cache(maxsize=4096)
def as_address(text: str) -> IPAddress | None:
    """`text` as an IP address (IPv4-mapped and 6to4 IPv6 unwrapped), or None for a name.

    Cached: asked for every request's host, and a name costs ipaddress two
    failed parses (~150 µs) each time.
    """
    try:
        address = ipaddress.ip_address(text.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        return address.ipv4_mapped or address.sixtofour or address
    return address


def kind_of(address: IPAddress) -> str | None:
    """Why `address` is not public ("loopback", "private", ...), or None when it is."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_unspecified:
        return "unspecified"
    if address.is_reserved:
        return "reserved"
    if address.is_private or not address.is_global or getattr(address, "is_site_local", False):
        return "private"
    return None


@dataclass(frozen=True)
class NetworkPolicy:
    allowed: tuple[Allowance, ...] = ()

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> NetworkPolicy:
        entries = settings.getlist("NETWORK_ALLOWED")
        return cls(tuple(Allowance.parse(e) for e in entries if e.strip()))

    def refuses(self, address: IPAddress | str, port: int | None = None) -> str | None:
        """The reason to refuse a connection to `address`:`port`, or None to allow it."""
        ip = as_address(address) if isinstance(address, str) else address
        if ip is None:
            return None  # a name: its addresses are checked once resolved
        kind = kind_of(ip)
        if kind is None or any(a.covers(ip, port) for a in self.allowed):
            return None
        return kind

    def refuses_host(self, host: str, port: int | None = None) -> str | None:
        """As `refuses`, for a URL's host: also `localhost` and its kin (never resolved)."""
        name = host.strip("[]").rstrip(".").lower()
        if name in LOCAL_NAMES or name.endswith(".localhost"):
            return self.refuses(ipaddress.ip_address("127.0.0.1"), port)
        return self.refuses(name, port)
