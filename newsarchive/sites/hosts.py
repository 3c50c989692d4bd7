"""A site's host names: the one `www.` rule every part of the crawler uses.

A site answers on `example.org` and `www.example.org` alike and names either in
its links; both are one site. Scope (which links a run follows), the spider's
`allowed_domains`, rel=next's "same site" and a run-time profile's name all read
the host through `bare_host`, so they cannot disagree about what one site is.
"""

from __future__ import annotations

WWW = "www."


def bare_host(host: str) -> str:
    """`host` as one site's name: lowercase, no trailing dot, no leading `www.`."""
    return host.lower().rstrip(".").removeprefix(WWW)


def www_twin(host: str) -> str:
    """`host` with a leading `www.` taken off, or put on: the same site's other name."""
    host = host.lower().rstrip(".")
    return host.removeprefix(WWW) if host.startswith(WWW) else WWW + host
