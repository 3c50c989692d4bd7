"""What Chromium may fetch for a rendered page: the same refusal as Scrapy's requests.

A rendered crawl of /lab/net/private-resources, whose stylesheet, images, iframe
and fetch() calls point at 127.0.0.2 (where a listener waits) and at the cloud
metadata address, directly or through a same-origin redirect.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.lab_network import TRAP_HOST
from newsarchive.demo.server import DemoServer
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import LOCAL_SPEED, PROJECT, allow_origin, parse_stats
from tests.plugins.network_trap import trap

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# One rendered request, as a site profile's render_articles would make it.
SPIDER = """
from scrapy import Request, Spider


class RenderOne(Spider):
    name = "render-one"

    def __init__(self, url="", **kwargs):
        super().__init__(**kwargs)
        self.url = url

    async def start(self):
        yield Request(self.url, meta={"newsarchive_render": True}, callback=self.parse)

    def parse(self, response):
        yield {"url": response.url, "public": bool(response.css("#public"))}
"""


def test_the_browser_fetches_nothing_private(demo_site: DemoServer, tmp_path: Path) -> None:
    spider = tmp_path / "render_one.py"
    spider.write_text(SPIDER, encoding="utf-8")
    url = demo_site.base_url + "/lab/net/private-resources"
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"url={url}"]
    settings = {**LOCAL_SPEED, "WARC_DIR": str(tmp_path / "warc"), "STATE_ENABLED": "0"}
    settings["NETWORK_ALLOWED"] = allow_origin(demo_site.base_url)
    settings["REPORT_ENABLED"] = "0"
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    command += ["-O", f"{tmp_path / 'items.jsonl'}:jsonlines"]
    with trap(TRAP_HOST, demo_site.port) as listener:
        done = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    stats = parse_stats(done.stderr)
    assert '"public": true' in (tmp_path / "items.jsonl").read_text()  # the page rendered
    assert listener.connections == 0, done.stderr[-3000:]
    # stylesheet, two images, iframe, fetch() refused before they left the browser, and
    # the two redirect hops at the guard proxy
    assert stats["network/refused/browser"] >= 7, done.stderr[-3000:]
    assert "browser request refused: stylesheet http://127.0.0.2:" in done.stderr
    assert "169.254.169.254 is link-local" in done.stderr
    # the same-origin image and fetch() whose redirects lead there: refused at the proxy
    # (Chromium writes the redirect target http://127.2:PORT/ as 127.0.0.2)
    hops = re.findall(r"browser connection refused: GET http://127\.0\.0\.2:\d+/lab/", done.stderr)
    assert len(hops) >= 2, done.stderr[-3000:]
    archived, addresses = set(), {}
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                archived.add(uri)
                if record.rec_type == "response":
                    addresses[uri] = record.rec_headers.get_header("WARC-IP-Address")
    assert url in archived
    assert addresses[url] == "127.0.0.1"  # the server's address, not the guard proxy's
    assert not [uri for uri in archived if "127.0.0.2" in uri or "169.254" in uri or "127.2" in uri]
