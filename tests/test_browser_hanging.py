"""Rendered pages that never finish: the crawl goes on, with what can be had, in one line each.

One crawl (real Chromium, a local server): /page has an image whose answer never
comes (Chromium's "load" event never fires), /never is a document whose answer
never comes, /popup opens a window that would poll for as long as it stayed open,
/sw registers a service worker.
"""

from __future__ import annotations

import socket
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.raw_origin import raw_origin

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

PAGE = b'<!doctype html><p id="public">text</p><img src="/hangs.png"><img src="/ok.png">'
POPUP = b'<!doctype html><p id="public">text</p><script>window.open("/ad")</script>'
AD = b"<!doctype html><script>setInterval(() => fetch('/ad-poll'), 100)</script>"
SW = (
    b'<!doctype html><p id="public">text</p><script>navigator.serviceWorker'
    b".register('/sw.js').catch(() => null).finally(() => fetch('/after'))</script>"
)
WORKER = b"self.addEventListener('install', () => fetch('/cached'));"

# Rendered requests as a site profile makes them, with the project spiders' errback.
SPIDER = """
from scrapy import Request, Spider
from newsarchive.spiders.failures import LogsFetchFailures


class RenderSome(LogsFetchFailures, Spider):
    name = "render-some"

    def __init__(self, urls="", **kwargs):
        super().__init__(**kwargs)
        self.urls = urls.split(",")

    async def start(self):
        for url in self.urls:
            meta = {"newsarchive_render": True}
            yield Request(url, meta=meta, callback=self.parse, errback=self.fetch_failed)

    def parse(self, response):
        yield {"url": response.url, "public": bool(response.css("#public"))}
"""


def serve(stop: threading.Event, requested: list[bytes], conn: socket.socket) -> None:
    with conn:
        path = conn.recv(65536).split(b" ", 2)[1]
        requested.append(path)
        if path in (b"/hangs.png", b"/never"):
            stop.wait()  # headers never come
            return
        status, kind, body = {
            b"/page": (b"200 OK", b"text/html", PAGE),
            b"/ok.png": (b"200 OK", b"image/png", b"\x89PNG\r\n\x1a\n"),
            b"/popup": (b"200 OK", b"text/html", POPUP),
            b"/ad": (b"200 OK", b"text/html", AD),
            b"/sw": (b"200 OK", b"text/html", SW),
            b"/sw.js": (b"200 OK", b"text/javascript", WORKER),
            b"/after": (b"200 OK", b"application/json", b"{}"),
            b"/cached": (b"200 OK", b"application/json", b"[]"),
        }.get(path, (b"404 Not Found", b"text/plain", b"none"))
        head = b"HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n" % (
            status,
            kind,
            len(body),
        )
        conn.sendall(head + b"Connection: close\r\n\r\n" + body)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("hanging")
    spider = out / "render_some.py"
    spider.write_text(SPIDER, encoding="utf-8")
    stop = threading.Event()
    requested: list[bytes] = []
    with raw_origin(lambda conn: serve(stop, requested, conn), stop) as origin:
        command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
        settings = {
            **LOCAL_SPEED,
            "WARC_DIR": str(out / "warc"),
            "STATE_ENABLED": "0",
            "REPORT_ENABLED": "0",
            "NETWORK_ALLOWED": allow_origin(origin),
            "BROWSER_QUIET_TIMEOUT": "1",
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": "3000",
            "RETRY_TIMES": "0",
        }
        for name, value in settings.items():
            command += ["-s", f"{name}={value}"]
        command += ["-a", f"urls={origin}/page,{origin}/never,{origin}/popup,{origin}/sw"]
        command += ["-O", f"{out / 'items.jsonl'}:jsonlines"]
        done = run_scrapy_here(command, timeout=120)
    archived = set()
    for path in (out / "warc").glob("*.warc.gz"):
        with path.open("rb") as stream:
            archived |= {
                r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(stream)
                if r.rec_type == "response"
            }
    return {
        "origin": origin,
        "done": done,
        "stats": parse_stats(done.stderr),
        "items": (out / "items.jsonl").read_text(),
        "archived": archived,
        "requested": requested,
    }


def test_a_hanging_image_does_not_lose_the_page(crawl: dict[str, Any]) -> None:
    done, stats, origin = crawl["done"], crawl["stats"], crawl["origin"]
    assert done.returncode == 0, done.stderr[-3000:]
    assert f'"url": "{origin}/page", "public": true' in crawl["items"], done.stderr[-3000:]
    assert stats["browser/load_timeout"] == 1
    assert {f"{origin}/page", f"{origin}/ok.png"} <= crawl["archived"], done.stderr[-3000:]
    assert f"{origin}/hangs.png" not in crawl["archived"]  # nothing came back
    # the network guard's connection to the hanging image ends with the crawl, not as an ERROR
    # line from asyncio about a task destroyed while pending
    assert "Task was destroyed" not in done.stderr, done.stderr[-3000:]


def test_a_page_that_never_answers_fails_in_one_line_without_a_traceback(
    crawl: dict[str, Any],
) -> None:
    done, stats, origin = crawl["done"], crawl["stats"], crawl["origin"]
    assert stats["browser/failed/TimeoutError"] == 1  # counted (/never)
    assert f"{origin}/never" not in crawl["items"]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    closing = [line for line in done.stderr.splitlines() if "Closing page" in line]
    assert len(closing) == 1 and f"{origin}/never" in closing[0]
    assert "Call log" not in done.stderr, done.stderr  # Playwright's multi-line detail is left out


def test_a_popup_is_never_opened(crawl: dict[str, Any]) -> None:
    """What the popup fetched would be archived nowhere, and it would live on."""
    done, origin = crawl["done"], crawl["origin"]
    assert f'"url": "{origin}/popup", "public": true' in crawl["items"], done.stderr[-3000:]
    assert b"/popup" in crawl["requested"]
    assert b"/ad" not in crawl["requested"]
    assert b"/ad-poll" not in crawl["requested"]


def test_whatever_the_browser_was_answered_is_archived(crawl: dict[str, Any]) -> None:
    """A service worker's fetches belong to no page: workers are blocked."""
    origin, archived = crawl["origin"], crawl["archived"]
    assert f'"url": "{origin}/sw", "public": true' in crawl["items"]
    assert b"/after" in crawl["requested"]  # the page went on without its worker
    answered = {p.decode() for p in crawl["requested"]} - {"/hangs.png", "/never"}
    assert {origin + path for path in answered} <= archived
