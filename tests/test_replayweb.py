"""The demo crawl's WACZ in replayweb.page (its own ui.js and sw.js, from npm), in Chromium.

Served from 127.0.0.1 like any self-hosted replayweb.page: the `<replay-web-page>`
element loads the package and shows one archived page; the test reads the
text of the frame it replays the page in. It also shows why crawls offer only
gzip and br: replayweb.page shows a deflate or zstd body as compressed bytes.
"""

from __future__ import annotations

import functools
import gzip
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from typing import Any

import brotli
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from newsarchive.warc.encodings import zstd_module
from tests.plugins.crawling import PROJECT, CrawlResult

ASSETS = PROJECT / ".replayweb" / "package"  # `make install` unpacks replaywebpage there
CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
    pytest.mark.skipif(
        not (ASSETS / "sw.js").exists(), reason="replayweb.page not installed (make install)"
    ),
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class Site:
    """A folder served on 127.0.0.1: replayweb.page's files, the WACZ, one embed page per URL."""

    def __init__(self, folder: Path) -> None:
        (folder / "replay").mkdir(parents=True)
        (folder / "ui.js").write_bytes((ASSETS / "ui.js").read_bytes())
        (folder / "replay" / "sw.js").write_bytes((ASSETS / "sw.js").read_bytes())
        self.folder = folder
        handler = functools.partial(_Quiet, directory=str(folder))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def embed(self, wacz: str, url: str) -> str:
        """A page showing the capture of `url` in `wacz` (its time from the WACZ's CDXJ)."""
        cdxj = (self.folder / wacz).with_suffix(".cdxj").read_text()
        [ts] = {line.split(" ")[1] for line in cdxj.splitlines() if f'"url": "{url}"' in line}
        name = f"embed-{abs(hash((wacz, url)))}.html"
        (self.folder / name).write_text(
            '<!doctype html><html><body><script src="/ui.js"></script>'
            f'<replay-web-page style="display:block;height:600px" source="/{wacz}" '
            f'url="{url}" ts="{ts}" replayBase="/replay/"></replay-web-page></body></html>'
        )
        return f"{self.base}/{name}"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One tab for the module: replayweb.page's service worker stays up between pages."""
    from playwright.sync_api import sync_playwright  # not at import: its loop, our process

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(**PLAYWRIGHT_LAUNCH_OPTIONS)
        yield launched.new_page()
        launched.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    served = Site(tmp_path_factory.mktemp("replayweb"))
    yield served
    served.httpd.shutdown()
    served.httpd.server_close()  # its listening socket, else a ResourceWarning at collection


def package(warcs: list[Path], output: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", *map(str, warcs), "--wacz", str(output),
         "--cdxj", str(output.with_suffix(".cdxj"))],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


# Whether replayweb.page's service worker (scope /replay/) is active for this origin.
WORKER_ACTIVE = """async () => {
    const registration = await navigator.serviceWorker.getRegistration("/replay/");
    return Boolean(registration && registration.active);
}"""


def shown_text(page: Any, embed_url: str, archived_url: str) -> str:
    """The text of the frame replayweb.page replays `archived_url` in, once it has loaded
    whole (a busy machine showed a 300 KB page's first 5,000 words of 6,000 before).

    A first visit may register the service worker only after the page asked for its frame,
    which then never comes: the page is loaded again as soon as the worker is active with
    no frame to show (it waited 45 s for that, which CI's quiet box hit: 50.9 s a test)."""
    page.goto(embed_url)
    loaded = time.monotonic()
    deadline = loaded + 180  # the first page waits for the service worker and the WACZ
    reloaded = page.evaluate(WORKER_ACTIVE)  # active already: the frame comes through it
    while time.monotonic() < deadline:
        frames = [frame for frame in page.frames if frame.url.endswith("mp_/" + archived_url)]
        for frame in frames:
            # the whole document: a large page read while it still loads shows only its start
            text = frame.evaluate(
                "document.readyState === 'complete' && document.body ? document.body.innerText : ''"
            )
            if text.strip():
                return str(text)
        if not frames and not reloaded and page.evaluate(WORKER_ACTIVE):
            page.goto(embed_url)  # served by the worker now, as a reader's second look is
            loaded, reloaded = time.monotonic(), True
        elif time.monotonic() - loaded > 45:
            # still nothing on a busy machine: load it again, as a reader would
            page.goto(embed_url)
            loaded = time.monotonic()
        page.wait_for_timeout(250)
    frames = [frame.url for frame in page.frames]
    raise AssertionError(f"replayweb.page showed no frame for {archived_url}: {frames}")


@pytest.fixture(scope="module")
def demo_wacz(demo_crawl: CrawlResult, site: Site) -> str:
    package(demo_crawl.warc_files(), site.folder / "demo.wacz")
    return "demo.wacz"


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/lab/brotli", "Brotli-coded page: a sentence only this page carries."),
        ("/lab/gzip", "Compressed page"),
        ("/lab/deflate", "Deflate-coded page: a sentence only this page carries."),
        ("/lab/zstd", "Zstandard-coded page: a sentence only this page carries."),
    ],
)
def test_replayweb_page_shows_the_demo_crawls_coded_pages(
    browser: Any, site: Site, demo_wacz: str, demo_site: Any, path: str, text: str
) -> None:
    url = demo_site.base_url + path
    assert text in shown_text(browser, site.embed(demo_wacz, url), url)


BODY = b"<html><head><title>Coded</title></head><body><p>Coded page text.</p></body></html>"


@pytest.fixture(scope="module")
def coded_wacz(site: Site, tmp_path_factory: pytest.TempPathFactory) -> str:
    """One page in each coding, as another crawler may have archived it."""
    zstd = zstd_module()
    assert zstd is not None
    bodies = {
        "gzip": gzip.compress(BODY),
        "br": brotli.compress(BODY),
        "deflate": zlib.compress(BODY),
        "zstd": zstd.compress(BODY),
    }
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for coding, body in bodies.items():
        headers = [("Content-Type", "text/html"), ("Content-Encoding", coding),
                   ("Content-Length", str(len(body)))]  # fmt: skip
        http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"http://coded.test/{coding}", "response", payload=BytesIO(body), length=len(body),
            http_headers=http,
        ))  # fmt: skip
    warc = tmp_path_factory.mktemp("coded") / "coded.warc.gz"
    warc.write_bytes(buffer.getvalue())
    package([warc], site.folder / "coded.wacz")
    return "coded.wacz"


@pytest.mark.parametrize(("coding", "shown"), [("gzip", True), ("br", True),
                                               ("deflate", False), ("zstd", False)])  # fmt: skip
def test_replayweb_page_decodes_gzip_and_br_only(
    browser: Any, site: Site, coded_wacz: str, coding: str, shown: bool
) -> None:
    """Why crawls send `Accept-Encoding: gzip, br` (a newer replayweb.page may widen this)."""
    url = f"http://coded.test/{coding}"
    text = shown_text(browser, site.embed(coded_wacz, url), url)
    assert ("Coded page text." in text) is shown, text[:200]


def test_replayweb_page_shows_a_plain_warc_named_gz(
    browser: Any, site: Site, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A plain WARC named `.warc.gz` is packaged as `archive/NAME.warc` (the package's
    validator reads a `.gz` member through gzip): replayweb.page finds the member its index
    names and shows the page. Before, no package was written (exit 1)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    body = b"<html><head><title>Plain</title></head><body><p>Plain page text.</p></body></html>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "http://plain.test/named-gz", "response", payload=BytesIO(body), length=len(body),
        http_headers=http,
    ))  # fmt: skip
    warc = tmp_path_factory.mktemp("plain") / "plain.warc.gz"
    warc.write_bytes(buffer.getvalue())
    package([warc], site.folder / "plain.wacz")
    url = "http://plain.test/named-gz"
    assert "Plain page text." in shown_text(browser, site.embed("plain.wacz", url), url)


@pytest.mark.parametrize("gzipped", [True, False], ids=["arc.gz", "arc"])
def test_replayweb_page_shows_a_capture_of_an_arc_file(
    browser: Any, site: Site, tmp_path_factory: pytest.TempPathFactory, gzipped: bool
) -> None:
    """An ARC file is packaged as the WARC of its records (`archive/NAME.warc.gz`):
    replayweb.page loads only members named `.warc`/`.warc.gz` and parses WARC headers
    only. Before, the ARC file was packaged as it was and replayweb.page showed no page."""
    from tests.test_foreign_archives import arc_file

    body = b"<html><head><title>Old</title></head><body><p>Old pier page text.</p></body></html>"
    url = f"http://old.test/pier-{'gz' if gzipped else 'plain'}"
    name = f"old.arc{'.gz' * gzipped}"
    arc = arc_file(tmp_path_factory.mktemp("arc") / name, [(url, "20050607080910", body)], gzipped)
    wacz = f"old-{'gz' if gzipped else 'plain'}.wacz"
    package([arc], site.folder / wacz)
    assert "Old pier page text." in shown_text(browser, site.embed(wacz, url), url)
