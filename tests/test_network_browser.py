"""What Chromium may fetch for a rendered page: the same refusal as Scrapy's requests.

A rendered crawl of /lab/net/private-resources, whose stylesheet, images, iframe
and fetch() calls point at 127.0.0.2 (where a listener waits) and at the cloud
metadata address, directly or through a same-origin redirect.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.lab_network import TRAP_HOST
from newsarchive.demo.server import DemoServer
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import LOCAL_SPEED, allow_origin, parse_stats, run_scrapy_here
from tests.plugins.network_trap import trap, udp_trap

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# One rendered request, as a site profile's render_articles would make it.
SPIDER = """
from scrapy import Request, Spider

from newsarchive.spiders.failures import LogsFetchFailures


class RenderOne(LogsFetchFailures, Spider):
    name = "render-one"

    def __init__(self, url="", **kwargs):
        super().__init__(**kwargs)
        self.urls = url.split(",")

    async def start(self):
        for url in self.urls:
            meta = {"newsarchive_render": True}
            yield Request(url, meta=meta, callback=self.parse, errback=self.fetch_failed)

    def parse(self, response):
        ice = response.css("#ice::text").get()
        yield {"url": response.url, "public": bool(response.css("#public")), "ice": ice}
"""


def render_command(url: str, origin: str, tmp_path: Path) -> list[str]:
    """`scrapy runspider` rendering `url` once, `origin` allowed."""
    spider = tmp_path / "render_one.py"
    spider.write_text(SPIDER, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"url={url}"]
    settings = {**LOCAL_SPEED, "WARC_DIR": str(tmp_path / "warc"), "STATE_ENABLED": "0"}
    settings["NETWORK_ALLOWED"] = allow_origin(origin)
    settings["REPORT_ENABLED"] = "0"
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return [*command, "-O", f"{tmp_path / 'items.jsonl'}:jsonlines"]


def test_the_browser_fetches_nothing_private(demo_site: DemoServer, tmp_path: Path) -> None:
    url = demo_site.base_url + "/lab/net/private-resources"
    command = render_command(url, demo_site.base_url, tmp_path)
    with trap(TRAP_HOST, demo_site.port) as listener:
        done = run_scrapy_here(command, timeout=300)
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


def test_webrtc_sends_nothing_to_a_private_address(demo_site: DemoServer, tmp_path: Path) -> None:
    """STUN and TURN are no HTTP requests: neither the route handler nor the guard proxy
    saw them, and Chromium sent a rendered page's STUN datagrams to 127.0.0.2 (and made
    a host candidate, announced over mDNS). Chromium now keeps WebRTC to the proxy."""
    url = demo_site.base_url + "/lab/net/webrtc"
    command = render_command(url, demo_site.base_url, tmp_path)
    with trap(TRAP_HOST, demo_site.port) as tcp, udp_trap(TRAP_HOST, demo_site.port) as udp:
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    (item,) = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    assert item["public"] and "gathering" in item["ice"]  # the page did ask for candidates
    assert udp.datagrams == 0, item["ice"]
    assert tcp.connections == 0
    assert "candidate" not in item["ice"]  # no address of this machine given to the page
    # TURN over TCP goes through the guard proxy, which refuses it
    assert f"browser connection refused: CONNECT https://{TRAP_HOST}:" in done.stderr


def test_a_page_moving_itself_to_a_private_address_gives_no_item(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """The move is refused, and Chromium shows its error page: that page was archived as
    the rendered DOM (`urn:dom:chrome-error://chromewebdata/`, 252 KB) and the spider made
    an item of it (its url chrome-error://chromewebdata/, its title "127.0.0.2")."""
    moving = [demo_site.base_url + f"/lab/net/private-{how}" for how in ("move", "refresh")]
    command = render_command(",".join(moving), demo_site.base_url, tmp_path)
    with trap(TRAP_HOST, demo_site.port) as listener:
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert listener.connections == 0
    assert not (tmp_path / "items.jsonl").read_text().strip()
    stats = parse_stats(done.stderr)
    assert stats["browser/moved_to_error_page"] == 2
    assert stats.get("retry/count", 0) == 0  # the same move would be refused again
    for url in moving:
        said = [line for line in done.stderr.splitlines() if f"could not fetch {url}:" in line]
        assert len(said) == 1 and "the rendered page moved to a document" in said[0], said
    archived = {}
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                archived[record.rec_headers.get_header("WARC-Target-URI") or ""] = record.rec_type
    assert not [uri for uri in archived if "chrome-error" in uri]


def test_a_rendered_page_redirected_to_a_private_address_is_refused_once(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    """The guard proxy refuses the hop; Chromium saw an empty answer, and the page was
    retried twice and given up at ERROR as `browser: Error` (net::ERR_EMPTY_RESPONSE),
    where a refused request is final."""
    url = demo_site.base_url + "/lab/net/private-redirect"
    command = render_command(url, demo_site.base_url, tmp_path)
    with trap(TRAP_HOST, demo_site.port) as listener:
        done = run_scrapy_here(command, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert listener.connections == 0
    stats = parse_stats(done.stderr)
    assert stats.get("retry/count", 0) == 0, done.stderr[-3000:]
    assert "log_count/ERROR" not in stats
    said = [line for line in done.stderr.splitlines() if f"refused {url}:" in line]
    assert len(said) == 1 and f"the browser's redirect to http://{TRAP_HOST}:" in said[0], said
    assert not (tmp_path / "items.jsonl").read_text().strip()
