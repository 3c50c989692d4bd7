"""`history` of captures read from the WARC files: an empty 200 is no version.

`extract` names and counts an article answered with an empty body (the crawl parses
none); `history` made a version of it (a change to nothing and back: three versions
of one page), and a capture whose extraction raised was named but not counted (exit 0).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_foreign_archives import newsarchive
from tests.test_read_errors import SITE, _http, record

PAGE = (
    b"<html><head><title>Harbour wall mended</title></head><body><article><h1>Harbour wall "
    b"mended</h1><p>The harbour wall was mended before the winter storms came in.</p>"
    b"<p>Boats went out again on Monday.</p></article></body></html>"
)


def test_an_empty_capture_is_named_and_counted_not_a_version(tmp_path: Path) -> None:
    url = f"{SITE}/1"  # the URL `record` gives number 1
    path = tmp_path / "runs.warc"
    captures = [_http(PAGE), _http(b""), _http(PAGE)]
    data = b"".join(
        record(1, block).replace(b"08:00:00Z", f"0{8 + n}:00:00Z".encode())
        .replace(b"000000000001>", f"00000000000{n}>".encode())
        for n, block in enumerate(captures, 1)
    )  # fmt: skip
    path.write_bytes(data)
    done = newsarchive("history", url, "--warc", str(path), "--reextract", "--format", "json")
    assert done.returncode == 3, done.stderr
    versions = json.loads(done.stdout)["articles"][0]["versions"]
    assert len(versions) == 1  # before: 3 (the page, the empty one, the page again)
    empty = data.index(b"WARC/1.0", data.index(b"WARC/1.0") + 1)
    assert done.stderr.splitlines() == [
        f"WARNING: not extracted: {url} (runs.warc@{empty}): HTTP 200 with an empty body: "
        "no version made (the crawl parses no empty article)",
        "history: skipped: 1 empty page (HTTP 200) (named above)",
    ]
