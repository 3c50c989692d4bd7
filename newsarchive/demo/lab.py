"""The archiving lab: one path per thing that breaks archivers, all linked from /lab/.

Each entry of QUIRKS is (path, what it does); `lab_reply` serves them. The page
/lab/ links to every path, so a crawler following links reaches them all.
"""

from __future__ import annotations

from collections.abc import Callable

from newsarchive.demo import assets
from newsarchive.demo.catalog import PUBLISHER
from newsarchive.demo.html_common import esc, page
from newsarchive.demo.reply import Reply, html, redirect

QUIRKS: tuple[tuple[str, str], ...] = (
    ("/lab/gzip", "Content-Encoding: gzip when the client sends Accept-Encoding: gzip"),
    ("/lab/chunked", "Transfer-Encoding: chunked, no Content-Length"),
    ("/lab/chunked-gzip", "gzip-encoded and chunked, as nginx sends it"),
    ("/lab/cookies", "three Set-Cookie headers in one response"),
    ("/lab/redirect", "301 to /lab/redirect/step-2, 302 to /lab/redirect/final, then 200"),
    ("/lab/missing", "404 Not Found with an HTML body"),
    ("/lab/report.pdf", "a binary file (application/pdf)"),
    ("/lab/latin1", "an ISO-8859-1 page (charset in the header and in a meta tag)"),
    ("/lab/cp1252", "a windows-1252 page with curly quotes and a euro sign"),
    ("/lab/duplicate-a", "the same bytes as /lab/duplicate-b (a revisit record)"),
    ("/lab/duplicate-b", "the same bytes as /lab/duplicate-a"),
    ("/lab/oversize", "3 MiB of text (truncation tests)"),
    ("/lab/loop-a", "a redirect loop: /lab/loop-a -> /lab/loop-b -> /lab/loop-a"),
    ("/lab/flaky", "503 with a cookie, then 200 when the retry sends it back"),
    ("/lab/brotli", "Content-Encoding: br when the client accepts br"),
    ("/lab/zstd", "Content-Encoding: zstd when the client accepts zstd"),
    ("/lab/deflate", "Content-Encoding: deflate (zlib-wrapped) when the client accepts deflate"),
    ("/lab/deflate-raw", "Content-Encoding: deflate as raw deflate data, as many servers send it"),
)

COOKIES = (
    "session=d3m0s3ss10n; Path=/; HttpOnly",
    "consent=yes; Path=/; Max-Age=31536000; SameSite=Lax",
    "region=us-east; Path=/lab/",
)
LATIN1_TEXT = "Café, crème brûlée, naïve façade, señor, Zürich: 25 °C, £5 and ½ price."
CP1252_TEXT = "“Smart quotes” – an en dash, an ellipsis… and 5 € for the ‘special’ edition."


def index() -> Reply:
    items = "".join(
        f'<li><a href="{path}">{esc(path)}</a>: {esc(what)}</li>' for path, what in QUIRKS
    )
    body = f"<h1>Archiving lab</h1><p>Pages that break archivers.</p><ul>{items}</ul>"
    return html(page(f"Archiving lab | {PUBLISHER}", body))


def _plain_page(title: str, text: str, charset: str) -> bytes:
    doc = (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="{charset}">\n'
        f"<title>{esc(title)}</title>\n</head>\n<body>\n<h1>{esc(title)}</h1>\n"
        f"<p>{esc(text)}</p>\n</body>\n</html>\n"
    )
    return doc.encode(charset)


def _filler(label: str, paragraphs: int) -> str:
    text = f"<p>{esc(label)}: a paragraph long enough that compression and chunking matter.</p>"
    return page(f"{label} | {PUBLISHER}", f"<h1>{esc(label)}</h1>" + text * paragraphs)


# (path, coding, text only that page carries): served coded when accepted, else plain
CODED_PAGES = (
    ("/lab/brotli", "br", "Brotli-coded page: a sentence only this page carries."),
    ("/lab/zstd", "zstd", "Zstandard-coded page: a sentence only this page carries."),
    ("/lab/deflate", "deflate", "Deflate-coded page: a sentence only this page carries."),
    ("/lab/deflate-raw", "deflate-raw", "Raw-deflate page: a sentence only this page carries."),
)


def _coded(coding: str, text: str) -> Callable[[], Reply]:
    title = text.split(":")[0]
    doc = page(f"{title} | {PUBLISHER}", f"<h1>{esc(title)}</h1><p>{esc(text)}</p>" * 3)
    return lambda: html(doc, codings=(coding,))


FLAKY_COOKIE = "flaky=retried"


def flaky(cookie: str) -> Reply:
    """503 with a cookie, then 200 once the client sends it back.

    Keyed on the client's own cookie jar, not a shared counter, so every crawl (and
    every test sharing one server) sees the same failed try and successful retry.
    """
    if FLAKY_COOKIE in cookie.replace(" ", "").split(";"):
        return html(page(f"Flaky | {PUBLISHER}", "<h1>Worked this time</h1>"), cacheable=False)
    set_cookie = (("Set-Cookie", f"{FLAKY_COOKIE}; Path=/lab/flaky"),)
    return html("<h1>Service unavailable</h1>\n", 503, headers=set_cookie, cacheable=False)


def lab_reply(path: str, cookie: str = "") -> Reply | None:
    """The reply for a /lab/ path, or None when the path is not part of the lab."""
    if path == "/lab/flaky":
        return flaky(cookie)
    route = ROUTES.get(path)
    return route() if route else None


ROUTES: dict[str, Callable[[], Reply]] = {
    "/lab/": index,
    "/lab/gzip": lambda: html(_filler("Compressed page", 40), gzip=True),
    "/lab/chunked": lambda: html(_filler("Chunked page", 60), chunked=True),
    "/lab/chunked-gzip": lambda: html(
        _filler("Chunked and compressed", 60), gzip=True, chunked=True
    ),
    "/lab/cookies": lambda: html(
        page("Cookies", "<h1>Three cookies</h1>"), headers=tuple(("Set-Cookie", c) for c in COOKIES)
    ),
    "/lab/redirect": lambda: redirect(301, "/lab/redirect/step-2"),
    "/lab/redirect/step-2": lambda: redirect(302, "/lab/redirect/final"),
    "/lab/redirect/final": lambda: html(page("Redirect target", "<h1>You made it</h1>")),
    "/lab/report.pdf": lambda: Reply(200, assets.pdf(), "application/pdf", validators=True),
    "/lab/latin1": lambda: Reply(
        200, _plain_page("Latin-1 page", LATIN1_TEXT, "iso-8859-1"), "text/html; charset=iso-8859-1"
    ),
    "/lab/cp1252": lambda: Reply(
        200,
        _plain_page("Windows-1252 page", CP1252_TEXT, "windows-1252"),
        "text/html; charset=windows-1252",
    ),
    "/lab/duplicate-a": lambda: html(_filler("Duplicate payload", 5)),
    "/lab/duplicate-b": lambda: html(_filler("Duplicate payload", 5)),
    "/lab/oversize": lambda: Reply(200, assets.oversize(), "text/plain; charset=utf-8"),
    "/lab/loop-a": lambda: redirect(302, "/lab/loop-b"),
    "/lab/loop-b": lambda: redirect(302, "/lab/loop-a"),
    **{path: _coded(coding, text) for path, coding, text in CODED_PAGES},
}
