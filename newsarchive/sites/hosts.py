"""A site's host names: the one `www.` rule every part of the crawler uses.

A site answers on `example.org` and `www.example.org` alike and names either in
its links; both are one site. Scope (which links a run follows), the spider's
`allowed_domains`, rel=next's "same site" and a run-time profile's name all read
the host through `bare_host`, so they cannot disagree about what one site is.
"""

from __future__ import annotations

import ipaddress
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tldextract import TLDExtract

WWW = "www."


def bare_host(host: str) -> str:
    """`host` as one site's name: lowercase, no trailing dot, no leading `www.`."""
    return host.lower().rstrip(".").removeprefix(WWW)


def www_twin(host: str) -> str:
    """`host` with a leading `www.` taken off, or put on: the same site's other name."""
    host = host.lower().rstrip(".")
    return host.removeprefix(WWW) if host.startswith(WWW) else WWW + host


def on_host(host: str, moved: str) -> bool:
    """Whether `host` is `moved` (a host a start page moved to: spiders.scope) or its `www.`
    twin; not another of its subdomains."""
    host = host.lower().rstrip(".")
    return host == moved or www_twin(host) == moved


@cache
def _suffixes() -> TLDExtract:
    """The Public Suffix List bundled with tldextract (its private part too: `a.github.io`
    and `b.github.io` are two sites), never fetched (newsarchive.publicsuffix says why),
    nothing cached on disk; imported when first asked (a command reading no crawl's hosts
    does not load it)."""
    from tldextract import TLDExtract

    return TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=1024)
def site_domain(host: str) -> str:
    """The registered domain `host` is a name under (`example.co.uk` for
    `news.example.co.uk`, by the Public Suffix List), its last two labels under a name the
    list does not know (RFC 2606's `news.example.test`: `example.test`); "" for an
    address (no name of a site: `10.0.0.5`, `[::1]`), a public suffix (`co.uk`) or a name
    of one label (`localhost`)."""
    host = host.lower().rstrip(".").strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return ""
    found = _suffixes()(host)
    if found.suffix:  # a public suffix alone (`co.uk`) is no site's
        return f"{found.domain}.{found.suffix}" if found.domain else ""
    labels = host.split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 and all(labels[-2:]) else ""


def one_site(host: str, other: str) -> bool:
    """Whether two host names are one site's: the same registered domain (`news.example.org`
    and `example.org`, `www.example.org`; not `example.net`, not `a.github.io` and
    `b.github.io`), neither an address."""
    domain = site_domain(host)
    return bool(domain) and domain == site_domain(other)
