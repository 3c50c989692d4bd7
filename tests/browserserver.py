"""One local origin for the browser tests: `http://127.0.0.1:PORT`, each GET answered by a
function of the test's own (which also notes what it was asked), headers as a list of lines
(a name repeated, as two Set-Cookie lines, is sent twice), in HTTP/1.1 or HTTP/1.0; and a
real `scrapy runspider` crawl rendering start pages of such origins in Chromium."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.plugins.crawling import LOCAL_SPEED, PROJECT, allow_origin, parse_stats
from tests.plugins.page_origin import served


@dataclass(frozen=True)
class Answer:
    """What the origin sends for one GET (a Content-Length of the body's is added)."""

    status: int
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    protocol: str = "HTTP/1.1"  # "HTTP/1.0": the status line says so, the connection closes


# the request's path (as asked, query kept) and headers -> the answer (None: the connection is
# closed unanswered)
Answering = Callable[[str, Message], Answer | None]


@contextlib.contextmanager
def serving(answer: Answering) -> Iterator[str]:
    """`http://127.0.0.1:PORT` answering each GET with `answer(path, headers)`."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            given = answer(self.path, self.headers)
            if given is None:
                self.close_connection = True  # no answer at all: the fetch fails
                return
            self.protocol_version = given.protocol  # this answer's status line
            self.send_response(given.status)
            for name, value in given.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(given.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(given.body)
            if given.protocol == "HTTP/1.0":
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    with served(Handler) as url:
        yield url


SPIDER = """
import json

from scrapy import Request, Spider


class Rendering(Spider):
    name = "rendering"

    def __init__(self, starts="", **kwargs):
        super().__init__(**kwargs)
        self.starts = json.loads(starts)

    async def start(self):
        for url, agent in self.starts:
            headers = {"User-Agent": agent} if agent else None
            meta = {"newsarchive_render": True, "newsarchive_article": True}
            yield Request(url, headers=headers, meta=meta)

    def parse(self, response):
        yield {"url": response.url, "title": response.css("title::text").get()}
"""


@dataclass(frozen=True)
class Crawled:
    log: str  # the crawl's stderr (also in crawl.log)
    stats: dict[str, Any]
    items: list[dict[str, Any]]  # {"url", "title"} of each page read, as the crawl wrote them
    warcs: list[Path]


def crawl_rendered(
    out: Path,
    starts: Sequence[str | tuple[str, str | None]],
    origins: Sequence[str],
    **settings: str,
) -> Crawled:
    """A real crawl rendering each start (a URL, or a URL and the User-Agent its request
    sends) as an article, allowed to reach `origins` only; WARCs in `out`/warc. `settings`
    over the defaults. It must exit 0."""
    spider = out / "rendering.py"
    spider.write_text(SPIDER, encoding="utf-8")
    items = out / "items.jsonl"
    pairs = [(start, None) if isinstance(start, str) else start for start in starts]
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider)]
    command += ["-a", "starts=" + json.dumps(pairs)]
    given = {
        **LOCAL_SPEED,
        "WARC_DIR": str(out / "warc"),
        "REPORT_ENABLED": "0",
        "STATE_ENABLED": "0",
        "NETWORK_ALLOWED": ",".join(allow_origin(origin) for origin in origins),
        "FEEDS": json.dumps({str(items): {"format": "jsonlines"}}),
        **settings,
    }
    for name, value in given.items():
        command += ["-s", f"{name}={value}"]
    done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    (out / "crawl.log").write_text(done.stderr, encoding="utf-8")
    assert done.returncode == 0, done.stderr[-3000:]
    found = [json.loads(line) for line in items.read_text().splitlines()] if items.exists() else []
    warcs = sorted((out / "warc").glob("*.warc.gz"))
    return Crawled(done.stderr, parse_stats(done.stderr), found, warcs)
