"""Static files of the demo site, made in code: CSS, scripts, PNG and JPEG images, a PDF.

All bytes are deterministic (zlib at a fixed level, no timestamps), so two
servers serve identical files and an archive can be compared byte for byte.
"""

from __future__ import annotations

import struct
import zlib
from functools import lru_cache

from newsarchive.demo import jpeg

CSS = """\
body { font-family: Georgia, serif; margin: 0 auto; max-width: 960px; color: #1a1a1a; }
.masthead { display: flex; align-items: center; gap: 1rem; border-bottom: 3px solid #003366; }
.sections ul, .site-footer ul, .tags, .pagination { list-style: none; display: flex; gap: .8rem; }
.headline, .headline__text, .Page-headline h1 { font-size: 2.2rem; line-height: 1.15; }
.sub-headline, .headline__sub-description, .standfirst { font-size: 1.2rem; color: #444; }
.author-byline, .byline, .Page-authors, .article-date, .timestamp { font-size: .9rem; }
figure img { width: 100%; height: auto; } figcaption { font-size: .8rem; color: #666; }
.promo, .newsletter-signup, .ad-slot, .related-content, .Enhancement { background: #f2f4f7; }
.teaser { display: flex; gap: .6rem; margin: .4rem 0; } .teaser time { color: #777; }
.visually-hidden { position: absolute; left: -9999px; }
.site-footer { border-top: 1px solid #ccc; margin-top: 2rem; font-size: .8rem; }
"""

JS_NEWS = """\
// Fills /js-news/ from /api/js-news and drives its "Show more" button until the API is done.
(function () {
  var list = document.getElementById("js-news-list");
  var button = document.getElementById("js-news-more");
  var endpoint = list.getAttribute("data-endpoint");
  var next = 0;
  function add(item) {
    var li = document.createElement("li");
    li.className = "teaser";
    var img = document.createElement("img");
    img.src = item.image; img.alt = ""; img.width = 80; img.height = 45;
    var link = document.createElement("a");
    link.href = item.url; link.textContent = item.title;
    li.appendChild(img); li.appendChild(link); list.appendChild(li);
  }
  function load() {
    button.disabled = true;
    fetch(endpoint + "?offset=" + next)
      .then(function (response) { return response.json(); })
      .then(function (data) {
        data.items.forEach(add);
        next = data.next_offset;
        button.hidden = !data.has_more;
        button.disabled = false;
        document.body.setAttribute("data-js-news", data.has_more ? "more" : "done");
      });
  }
  button.addEventListener("click", load);
  load();
})();
"""

JS_ARTICLE = """\
// Renders the body of a /js-article/ page from its JSON endpoint (data-src).
(function () {
  var body = document.getElementById("js-article-body");
  fetch(body.getAttribute("data-src"))
    .then(function (response) { return response.json(); })
    .then(function (data) {
      body.textContent = "";
      data.paragraphs.forEach(function (text) {
        var p = document.createElement("p");
        p.textContent = text;
        body.appendChild(p);
      });
      document.body.setAttribute("data-rendered", "1");
    });
})();
"""


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


@lru_cache(maxsize=64)
def png(width: int, height: int, seed: int) -> bytes:
    """An RGB PNG of 4x4 coloured tiles (small once compressed); `seed` picks the colours."""
    red, green, blue = (seed * 67) % 256, (seed * 131 + 40) % 256, (seed * 29 + 90) % 256
    rows = []
    for y in range(height):
        band = y * 4 // height * 24
        row = bytearray([0])  # filter type: none
        for x in range(width):
            tile = x * 4 // width * 16
            row += bytes(((red + band) % 256, (green + tile) % 256, (blue + band + tile) % 256))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + _chunk(b"IEND", b"")
    )


@lru_cache(maxsize=16)
def lead_jpeg(seed: int) -> bytes:
    """A 160x96 JPEG of coloured tiles (a lead image)."""
    tiles = [
        [
            ((seed * 67 + x * 12) % 256, (seed * 131 + y * 20) % 256, (seed * 29 + 90) % 256)
            for x in range(20)
        ]
        for y in range(12)
    ]
    return jpeg.encode(tiles)


def image(name: str) -> tuple[bytes, str] | None:
    """The bytes and type served at /images/<name>, or None."""
    stem, dot, ext = name.rpartition(".")
    if dot != "." or ext not in ("png", "jpg"):
        return None
    kind, _, number = stem.partition("-")
    if ext == "jpg":
        return (lead_jpeg(int(number)), "image/jpeg") if kind == "lead" and _index(number) else None
    data = _png(stem, kind, number)
    return (data, "image/png") if data is not None else None


def _index(number: str) -> bool:
    return number.isdigit() and number == str(int(number)) and int(number) < 12


def _png(stem: str, kind: str, number: str) -> bytes | None:
    if stem == "logo":
        return png(120, 30, 1)
    if stem == "live-banner":
        return png(320, 40, 5)
    if not _index(number):
        return None
    if kind == "thumb":
        return png(80, 45, int(number) + 50)
    return None


@lru_cache(maxsize=1)
def pdf() -> bytes:
    """A one-page PDF with correct xref offsets (a binary file for archivers)."""
    text = b"BT /F1 18 Tf 72 720 Td (Demo News annual report) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@lru_cache(maxsize=1)
def oversize(size: int = 3 * 1024 * 1024) -> bytes:
    """`size` bytes of numbered lines (for truncation tests)."""
    line = b"%07d this line is part of a deliberately oversize response from Demo News.\n"
    count = size // len(line % 0) + 1
    return b"".join(line % i for i in range(count))[:size]
