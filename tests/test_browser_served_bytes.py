"""What Chromium hands over is archived as the server sent it (real Chromium, a local server).

Chromium gives a text body decoded with its charset and re-encoded as UTF-8;
the archive must hold the served bytes, or at least headers that tell the truth.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scrapy.utils.test import get_crawler

from newsarchive.browser.capture import PageCapture
from newsarchive.signals import exchange_captured
from newsarchive.warc.exchange import HttpExchange
from tests.plugins.chromium import Chromium
from tests.plugins.page_origin import page_origin
from tests.test_browser_drive import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# path -> (Content-Type, served bytes); the page loads all the others.
PAGE = (
    "<!doctype html><meta charset=windows-1252><title>Caf\u00e9</title>"
    "<link rel=stylesheet href=/ja.css><script src=/fr.js></script>"
    "<iframe src=/ja.html></iframe><iframe src=/ko.html></iframe>"
    "<p>Cr\u00e8me br\u00fbl\u00e9e \u2014 3 \u20ac</p><script>"
    "Promise.all(['/ko.txt', '/ru.json', '/broken.js', '/utf16.txt']"
    ".map(u => fetch(u).then(r => r.text())))"
    ".then(() => document.title = 'done')</script>"
)
SERVED: dict[str, tuple[str, bytes]] = {
    "/page": ("text/html; charset=iso-8859-1", PAGE.encode("cp1252")),
    "/fr.js": ("application/javascript; charset=latin1", b"var s = 'd\xe9j\xe0 \x80 \x81';"),
    "/ja.css": ("text/css; charset=Shift_JIS", "/* \u65e5\u672c\u8a9e */ p {}".encode("cp932")),
    "/ko.txt": ("text/plain; charset=euc-kr", "\ud55c\uad6d\uc5b4 \uae30\uc0ac".encode("cp949")),
    "/ru.json": (
        "application/json; charset=windows-1251",
        '{"t": "\u041d\u043e\u0432\u043e\u0441\u0442\u0438"}'.encode("cp1251"),
    ),
    # documents whose charset only their <meta> names
    "/ja.html": (
        "text/html",
        "<!doctype html><meta charset=Shift_JIS><p>\u65e5\u672c\u8a9e\u306e\u8a18\u4e8b</p>".encode(
            "cp932"
        ),
    ),
    "/ko.html": (
        "text/html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        "</head><p>\ud55c\uad6d\uc5b4 \uae30\uc0ac</p>".encode("cp949"),
    ),
    # 0xff 0xff is no Shift_JIS character: Chromium hands these bytes over untouched
    "/broken.js": ("text/javascript; charset=shift_jis", b"var s = '\xff\xff';"),
    # UTF-16 is handed over as UTF-8, and whether the server sent a BOM is lost
    "/utf16.txt": ("text/plain; charset=utf-16le", "\ufeffNachricht".encode("utf-16le")),
}


@pytest.fixture(scope="module")
def origin() -> Iterator[str]:
    with page_origin(SERVED) as url:
        yield url


def capture_page(chromium: Chromium, url: str) -> dict[str, HttpExchange]:
    """Path -> the exchange PageCapture hands to the archive, for every response of `url`."""
    crawler = get_crawler()
    assert crawler.stats is not None
    capture = PageCapture(crawler.signals, crawler.stats, archive=True)
    archived: dict[str, HttpExchange] = {}

    def receive(exchange: HttpExchange) -> None:
        archived[exchange.url.removeprefix(url.rsplit("/", 1)[0])] = exchange

    crawler.signals.connect(receive, signal=exchange_captured)

    async def main() -> None:
        page = await chromium.browser.new_page()
        try:
            for event, handler in capture.handlers().items():
                page.on(event, handler)
            await page.goto(url)
            await page.wait_for_function("document.title === 'done'")
            assert await capture.wait_quiet(page, settle=0.1, timeout=60)
            await capture.drain(10)
        finally:
            await page.close()

    chromium.loop.run_until_complete(main())
    return archived


def test_text_in_a_legacy_charset_is_archived_as_served(
    chromium: Chromium,
    origin: str,
) -> None:
    archived = capture_page(chromium, origin + "/page")
    paths = ("/page", "/fr.js", "/ja.css", "/ko.txt", "/ru.json", "/broken.js", "/ja.html")
    for path in (*paths, "/ko.html"):
        content_type, served = SERVED[path]
        assert archived[path].body == served, path
        assert dict(archived[path].response_headers)["Content-Type"] == content_type


def test_text_whose_bytes_are_lost_is_labelled_as_what_it_now_is(
    chromium: Chromium,
    origin: str,
) -> None:
    exchange = capture_page(chromium, origin + "/page")["/utf16.txt"]
    assert exchange.body.decode("utf-8").lstrip("\ufeff") == "Nachricht"  # Chromium's
    headers = dict(exchange.response_headers)
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert headers["X-Archive-Orig-Content-Type"] == SERVED["/utf16.txt"][0]
