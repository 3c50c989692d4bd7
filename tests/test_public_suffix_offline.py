"""A crawl never downloads the Public Suffix List: Scrapy's cookie middleware reads tldextract's
bundled copy, so a cookie with a Domain still goes back to its site on a machine with no way
out, and nothing but the archived site is contacted."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.plugins.crawling import run_crawl

PAGES = {
    "/": b"<html><body><a href='/next'>next</a></body></html>",
    "/next": b"<html><body><p>second page</p></body></html>",
}


@contextmanager
def cookie_origin(cookies_seen: dict[str, str]) -> Iterator[str]:
    """Sets a cookie with a Domain on `/` and notes the Cookie header each path came with."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            cookies_seen[self.path] = self.headers.get("Cookie", "")
            body = PAGES.get(self.path, b"not here")
            self.send_response(200 if self.path in PAGES else 404)
            self.send_header("Content-Type", "text/html")
            if self.path == "/":
                self.send_header("Set-Cookie", "s=kept; Domain=127.0.0.1; Path=/")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_cookie_with_a_domain_is_scoped_without_fetching_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "tldextract-cache"  # a machine that has never fetched the list
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(cache))
    seen: dict[str, str] = {}
    with cookie_origin(seen) as origin:
        result = run_crawl("follow", {"url": origin + "/", "depth": "1"}, {}, tmp_path / "out")
    log = result.log
    assert "publicsuffix" not in log.lower(), log[-3000:]
    assert result.stats.get("log_count/ERROR", 0) == 0, log[-3000:]
    assert not (cache / "urls").exists()  # where tldextract keeps what it downloaded
    assert seen.get("/next") == "s=kept"  # the cookie's scope was still decided, and kept
