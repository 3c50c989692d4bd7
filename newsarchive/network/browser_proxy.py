"""A local HTTP proxy in front of Chromium: every browser connection checked when it is made.

The route handler (`browser.py`) sees a request's first URL only: Playwright
never routes the hops of a redirect, so an image on the site that redirects to
127.0.0.1 or 169.254.169.254 would still be fetched. Chromium is therefore
started with this proxy (`--proxy-server`, loopback included): it resolves the
host of each CONNECT (https) or absolute-form request (http), connects to an
address the policy allows (the one it checked), and answers 403 when there is
none. What it refused is counted (`network/refused`, `network/refused/browser`)
and logged; the browser sees a failed request, so nothing of it is archived.

A refused plain-HTTP request is answered by closing the connection, and Chromium sends
the very same request again at once when the connection it had taken counts as reused
to it (an idle one, from a spare connect under load): the second refusal of one hop was
counted and logged as another. A request whose head is byte for byte one refused within
RESEND_WINDOW is that resend: refused again, not counted or logged again. A refused
CONNECT is answered (403) and not resent: every one is counted.

Plain-HTTP requests get one upstream connection each (`Connection: close` both
ways), so a reused browser connection can never carry a request to a host that
was not checked. The address used per host and port is kept for the WARC-IP-Address
of browser records (Chromium itself only sees the proxy).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from urllib.parse import urlsplit

from scrapy.statscollectors import StatsCollector

from newsarchive.network.browser_own import BrowserOwnFence
from newsarchive.network.policy import NetworkPolicy, as_address

logger = logging.getLogger(__name__)

STAT = "network/refused"
HEAD_LIMIT = 64 * 1024
IDLE_TIMEOUT = 120.0  # s without a byte either way before a tunnel is closed
DROPPED = ("proxy-connection", "proxy-authorization", "connection", "keep-alive")
REFUSALS_KEPT = 1024  # refused hosts remembered, for the render middleware's messages
RESEND_WINDOW = 5.0  # s in which the same request head again is Chromium's resend of it


class GuardProxy:
    def __init__(self, policy: NetworkPolicy, stats: StatsCollector) -> None:
        self.policy = policy
        self.stats = stats
        self.port = 0
        self.addresses: dict[tuple[str, int], str] = {}  # (host, port) -> address connected to
        self.refusals: dict[tuple[str, int], str] = {}  # (host, port) -> why, the latest kept
        self._refused_heads: dict[bytes, float] = {}  # request head -> when refused (monotonic)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()  # open tunnels, ended by close()
        self.fence = BrowserOwnFence(stats)  # Chromium's own services (browser_own.py)

    async def start(self) -> str:
        """Listen on a free loopback port; the `--proxy-server` value for Chromium."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=HEAD_LIMIT)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return f"http://127.0.0.1:{self.port}"

    async def close(self) -> None:
        """Stop listening and end the tunnels still open (a hanging image, a stream): left
        alone, asyncio destroys them pending at the loop's end with an ERROR line each."""
        if self._server is not None:
            self._server.close()
            for task in list(self._connections):
                task.cancel()
            if self._connections:
                with contextlib.suppress(Exception):
                    await asyncio.wait(list(self._connections), timeout=2)
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)

    def address_for(self, url: str) -> str | None:
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
        return self.addresses.get(((parts.hostname or "").lower(), port))

    def refusal_for(self, url: str) -> str | None:
        """Why a connection for `url` (its host and port) was refused, if it was."""
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme in ("https", "wss") else 80)
        return self.refusals.get(((parts.hostname or "").lower(), port))

    async def choose(self, host: str, port: int) -> tuple[str | None, str | None]:
        """(address to connect to, None), (None, why every address is refused), or
        (None, None) for a name that does not resolve."""
        kind = self.policy.refuses_host(host, port)
        if kind is not None:
            return None, f"{host} is {kind}"
        if as_address(host) is not None:
            return host.strip("[]"), None
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port, type=socket.SOCK_STREAM
            )
        except OSError:
            return None, None  # unknown name: the browser's request fails as it would anyway
        refused = []
        for info in infos:
            address = str(info[4][0])
            kind = self.policy.refuses(address, port)
            if kind is None:
                return address, None
            refused.append(f"{address} ({kind})")
        return None, f"{host} resolves to {', '.join(refused)}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            await self._forward(head, reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass
        except asyncio.CancelledError:  # close() ended it: a normal end (asyncio's stream
            pass  # callback would log a cancelled connection task as an error)
        finally:
            writer.close()
            if task is not None:
                self._connections.discard(task)

    async def _forward(
        self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        line, _, rest = head.decode("latin-1").partition("\r\n")
        method, target, version = line.split(" ", 2)
        if method == "CONNECT":
            host, _, port_text = target.rpartition(":")
            host, port, url = host.strip("[]"), int(port_text or 443), f"https://{target}/"
        else:
            parts = urlsplit(target)
            host, port, url = parts.hostname or "", parts.port or 80, target
        logger.debug("browser proxy asked: %s %s:%d", method, host.lower(), port)
        if self.fence.refuses(method, host, port):
            address, refusal = None, None  # counted and logged by the fence
        else:
            address, refusal = await self.choose(host, port)
        if address is None:
            # a refused tunnel is answered (403) and never resent: each is a hop of its own
            if refusal is not None and (method == "CONNECT" or not self._resent(head)):
                self._refuse(method, url, refusal)
                if len(self.refusals) >= REFUSALS_KEPT:
                    self.refusals.pop(next(iter(self.refusals)))
                self.refusals[(host.lower(), port)] = refusal
            if method == "CONNECT":  # the browser reports a failed tunnel
                writer.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
            # plain HTTP: no answer at all, which a browser would take (and archive) as the
            # server's; the connection just closes and the request fails
            return
        self.addresses[(host.lower(), port)] = address
        up_reader, up_writer = await asyncio.open_connection(address, port, limit=HEAD_LIMIT)
        try:
            if method == "CONNECT":
                writer.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
                await writer.drain()
                await _pipe_both(reader, writer, up_reader, up_writer)
            else:
                await self._one_request(
                    method, target, version, rest, reader, writer, up_reader, up_writer
                )
        finally:
            up_writer.close()

    async def _one_request(
        self,
        method: str,
        target: str,
        version: str,
        rest: str,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        up_reader: asyncio.StreamReader,
        up_writer: asyncio.StreamWriter,
    ) -> None:
        """One plain-HTTP exchange: origin-form request, `Connection: close`, then done."""
        parts = urlsplit(target)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [h for h in rest.split("\r\n") if h]
        upgrade = any(h.lower().startswith("upgrade:") for h in lines)
        kept = [h for h in lines if upgrade or h.split(":", 1)[0].strip().lower() not in DROPPED]
        if not upgrade:
            kept.append("Connection: close")
        request_head = "\r\n".join([f"{method} {path} {version}", *kept]) + "\r\n\r\n"
        up_writer.write(request_head.encode("latin-1"))
        if upgrade:
            await _pipe_both(reader, writer, up_reader, up_writer)
            return
        length = next(
            (int(h.split(":", 1)[1]) for h in lines if h.lower().startswith("content-length:")), 0
        )
        if length:
            up_writer.write(await reader.readexactly(length))
        await up_writer.drain()
        response_head = await up_reader.readuntil(b"\r\n\r\n")
        status, _, headers = response_head.decode("latin-1").partition("\r\n")
        kept = [
            h
            for h in headers.split("\r\n")
            if h and h.split(":", 1)[0].strip().lower() not in DROPPED
        ]
        writer.write(
            ("\r\n".join([status, *kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1")
        )
        await _copy(up_reader, writer)

    def _resent(self, head: bytes) -> bool:
        """Whether this refused request is the resend of one refused a moment ago."""
        now = time.monotonic()
        for old, when in list(self._refused_heads.items()):
            if now - when > RESEND_WINDOW:
                del self._refused_heads[old]
        if head in self._refused_heads:
            logger.debug("browser connection refused again (the browser's resend): %r", head)
            return True
        self._refused_heads[head] = now
        return False

    def _refuse(self, method: str, url: str, why: str) -> None:
        self.stats.inc_value(STAT)
        self.stats.inc_value(f"{STAT}/browser")
        logger.warning(
            "browser connection refused: %s %s (%s; not allowed by NETWORK_ALLOWED)",
            method,
            url,
            why,
        )


async def _copy(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    """Until end of stream, an error, or IDLE_TIMEOUT without a byte."""
    with contextlib.suppress(OSError):  # TimeoutError too
        while True:
            data = await asyncio.wait_for(source.read(65536), IDLE_TIMEOUT)
            if not data:
                break
            sink.write(data)
            await sink.drain()
        if sink.can_write_eof():
            sink.write_eof()


async def _pipe_both(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    up_reader: asyncio.StreamReader,
    up_writer: asyncio.StreamWriter,
) -> None:
    tasks = [
        asyncio.ensure_future(_copy(reader, up_writer)),
        asyncio.ensure_future(_copy(up_reader, writer)),
    ]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
