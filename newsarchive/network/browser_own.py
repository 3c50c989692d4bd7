"""The guard proxy's second fence: Chromium's own services, refused unless a page asked.

The switches in newsarchive.browser.launch keep Chromium from calling Google on its own
(the component updater, GAIA's ListAccounts, ...); a Chromium that ignores one (another
build, a user's own args undoing it) would still get through the guard proxy, whose
policy refuses private addresses, not public ones. So the proxy refuses a connection to a
host Chromium's background services use (SERVICE_HOSTS) unless a page of the crawl asked
for that host: every request a page makes (its documents, frames, fetches) goes through
the route check (network/browser.py), which records such a host before Chromium opens its
connection; Chromium's own requests belong to no page and are never routed.

Why not refuse these hosts outright: pages use some of them. Of the 107 looked-at pages
of the extraction benchmark, 4 (4 publishers) load `https://accounts.google.com/gsi/client`
(Google's sign-in button), none any other host listed here. Why not tell a page's request
by its headers: a CONNECT carries none of the page's (no Referer, no Origin), and plain
HTTP to a public host carries no Sec-Fetch-*; the route check is the one place that knows.
What it cannot know: a redirect hop (never routed) into one of these hosts and a preconnect
made before the page's first request to it are refused as Chromium's own.

Counted as `network/refused/browser_own` (and `network/refused`), logged once per host.
"""

from __future__ import annotations

import logging
import re

from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

STAT = "network/refused"
# Hosts of Chromium's background services (measured: update and accounts; the others are
# the endpoints of the features launch.py turns off), subdomains of those marked so.
SERVICE_HOSTS = re.compile(
    r"""(
        update\.googleapis\.com           # component updater
      | accounts\.google\.com             # GAIA: ListAccounts, sign-in
      | clients\d*\.google\.com           # network time, CRX downloads, suggest
      | (.+\.)?clients\.google\.com       # GCM check-in (android.clients.google.com)
      | (.+\.)?safebrowsing\.googleapis\.com
      | safebrowsing\.google\.com
      | optimizationguide-pa\.googleapis\.com
      | content-autofill\.googleapis\.com
      | (.+\.)?gvt1\.com                  # component and dictionary downloads
    )""",
    re.VERBOSE,
)
HOSTS_KEPT = 256  # service hosts pages asked for, remembered (there are few)


def is_service_host(host: str) -> bool:
    return SERVICE_HOSTS.fullmatch(host.lower().rstrip(".")) is not None


class BrowserOwnFence:
    """Which service hosts pages asked for (told by the route check), and the refusals."""

    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.page_hosts: set[tuple[str, int]] = set()
        self._logged: set[str] = set()

    def page_asked(self, host: str, port: int) -> None:
        """A page's request for `host`:`port` passed the route check."""
        host = host.lower().rstrip(".")
        if is_service_host(host) and len(self.page_hosts) < HOSTS_KEPT:
            self.page_hosts.add((host, port))

    def refuses(self, method: str, host: str, port: int) -> bool:
        """Whether a connection to `host`:`port` is Chromium's own; counted and logged."""
        host = host.lower().rstrip(".")
        if not is_service_host(host) or (host, port) in self.page_hosts:
            return False
        self.stats.inc_value(STAT)
        self.stats.inc_value(f"{STAT}/browser_own")
        level = logging.DEBUG if host in self._logged else logging.WARNING
        self._logged.add(host)
        logger.log(
            level,
            "browser connection refused: %s %s:%d (Chromium's own service, asked by no page)",
            method,
            host,
            port,
        )
        return True
