"""The same refusal for what Chromium fetches: CSS, images, iframes, fetch(), navigations.

Chromium resolves names itself, so the check runs before the request leaves the
browser, in scrapy-playwright's route handler (PLAYWRIGHT_ABORT_REQUEST): a
literal or `localhost` host is judged as it is, a name by what it resolves to
here. An aborted request never happens, so nothing of it is archived; each is
counted (`network/refused`, `network/refused/browser`) and logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Request as PlaywrightRequest
from scrapy.statscollectors import StatsCollector

from newsarchive.network.browser_own import BrowserOwnFence
from newsarchive.network.middleware import DEFAULT_PORTS, STAT
from newsarchive.network.policy import NetworkPolicy, as_address

logger = logging.getLogger(__name__)

VERDICTS_KEPT = 4096
AbortPredicate = Callable[[PlaywrightRequest], "bool | Awaitable[bool]"]


class BrowserNetworkGuard:
    """An async abort predicate: True for a browser request bound for a refused address."""

    def __init__(
        self,
        policy: NetworkPolicy,
        stats: StatsCollector,
        then: AbortPredicate | None = None,
        fence: BrowserOwnFence | None = None,
    ) -> None:
        self.policy = policy
        self.stats = stats
        self.then = then  # the predicate it guards (ad and tracker hosts), asked afterwards
        self.fence = fence  # the guard proxy's, told which service hosts pages ask for
        # Verdicts per (host, port): a page asks for the same few hosts again and again.
        # The guard proxy (browser_proxy.py) checks each connection when it is made anyway.
        self._verdicts: dict[tuple[str, int], str | None] = {}

    async def __call__(self, request: PlaywrightRequest) -> bool:
        refused = await self.refusal(request.url)
        if refused is not None:
            self.stats.inc_value(STAT)
            self.stats.inc_value(f"{STAT}/browser")
            logger.warning(
                "browser request refused: %s %s (%s; not allowed by NETWORK_ALLOWED)",
                request.resource_type,
                request.url,
                refused,
            )
            return True
        if self.fence is not None:
            parts = urlsplit(request.url)
            if parts.scheme in DEFAULT_PORTS and parts.hostname:
                with contextlib.suppress(ValueError):
                    self.fence.page_asked(parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme])
        if self.then is None:
            return False
        verdict: Any = self.then(request)
        if asyncio.iscoroutine(verdict) or isinstance(verdict, Awaitable):
            verdict = await verdict
        return bool(verdict)

    async def refusal(self, url: str) -> str | None:
        """Why `url` may not be fetched, or None (data:, blob: and the like are local)."""
        parts = urlsplit(url)
        if parts.scheme not in DEFAULT_PORTS and parts.scheme not in ("ws", "wss"):
            return None
        host = parts.hostname or ""
        try:
            port = parts.port or DEFAULT_PORTS.get(parts.scheme.replace("ws", "http"), 80)
        except ValueError:
            return "a bad port"
        kind = self.policy.refuses_host(host, port)
        if kind is not None:
            return f"{host} is {kind}"
        if as_address(host) is not None:
            return None
        key = (host.lower(), port)
        if key not in self._verdicts:
            if len(self._verdicts) >= VERDICTS_KEPT:
                self._verdicts.clear()
            self._verdicts[key] = await self._resolved_refusal(host, port)
        return self._verdicts[key]

    async def _resolved_refusal(self, host: str, port: int) -> str | None:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError:
            return None  # the browser will fail to resolve it too
        for info in infos:
            address = str(info[4][0])
            kind = self.policy.refuses(address, port)
            if kind is not None:
                return f"{host} resolves to {address} ({kind})"
        return None
