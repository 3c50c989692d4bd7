"""A section page that redirects to a login page is a refused section, not an empty one.

A real `scrapy crawl demo` against a local origin where every section page answers
302 to `/account/login?next=...`, a 200 page with a form and no article. Before, each
section read that page as its listing (no article: ended), and the run ended
`finished`, exit 0, nothing archived; now each section is refused, and a run whose
every section is refused ends `sections_refused`, exit 1, its last line saying why.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from newsarchive.sites.demo import SECTIONS
from tests.plugins.crawling import start_crawl

LOGIN = (
    "<html><head><title>Sign in</title></head><body><form method=post action=/account/login>"
    "<input name=user><input name=password type=password><button>Sign in</button></form>"
    '<a href="/account/forgot-your-password-here">Forgot it?</a></body></html>'
)


class _Wall(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/account/login"):
            data = LOGIN.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        if self.path == "/robots.txt" or not self.path.rstrip("/"):
            self.send_response(404)
        else:
            self.send_response(302)
            self.send_header("Location", f"/account/login?next={self.path}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_every_section_redirected_to_a_login_page_is_refused(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Wall)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        allowed = f"127.0.0.1:{server.server_address[1]}"
        done = start_crawl(
            "demo", {"base_url": f"http://{allowed}", "discover": "sections"},
            {"NETWORK_ALLOWED": allowed}, tmp_path / "out",
        )  # fmt: skip
        assert done.process.wait(timeout=120) == 1, done.log_path.read_text()[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    log = done.log_path.read_text(encoding="utf-8")
    last = log.rstrip().splitlines()[-1]
    reason = "redirected to a login page (/account/login)"
    assert f"all 8 sections refused: {reason} ({', '.join(SECTIONS)})" in last, last
    assert log.count("redirected to a login page: http://") == len(SECTIONS)
