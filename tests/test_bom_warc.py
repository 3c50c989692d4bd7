"""A plain WARC whose first bytes are a UTF-8 byte order mark (an editor or a tool added it):
`extract` and `index` named the whole file unreadable (`Unknown archive format, first line:
ï»¿WARC/1.1`, exit 3, nothing read)."""

from __future__ import annotations

import json
from base64 import b32encode
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_revisit_digests import BODY, SITE, _original, _page, _sha1


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "edited.warc"
    records = [
        _original(page, number, "sha1:" + b32encode(_sha1(_page(BODY[page]))).decode())
        for number, page in enumerate(("/a", "/b"), 1)
    ]
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(records))
    return path


def test_extract_and_index_read_past_the_byte_order_mark(archive: Path, tmp_path: Path) -> None:
    named = f"{archive}@0: record skipped: 3 bytes that start no record (a UTF-8 byte order mark)"
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(archive))
    assert done.returncode == 3 and done.stderr.startswith(named), done.stderr
    assert done.stderr.count("\n") == 2  # the mark's line and the summary's
    assert "extract: 2 items; skipped: 1 record skipped" in done.stderr
    titles = [json.loads(line)["title"] for line in items.read_text().splitlines()]
    assert titles == ["Harbour", "Tides"]
    cdxj = tmp_path / "i.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(archive))
    assert done.returncode == 3 and f"WARNING: {named}" in done.stderr, done.stderr
    lines = [json.loads(line.split(" ", 2)[2]) for line in cdxj.read_text().splitlines()]
    assert [entry["offset"] for entry in lines] == ["3", str(3 + len(_first(archive)))]


def _first(archive: Path) -> bytes:
    data = archive.read_bytes()[3:]
    return data[: data.index(b"WARC/1.1", 1)]


@pytest.mark.pywb
def test_replay_serves_the_pages_of_a_warc_with_a_byte_order_mark(archive: Path) -> None:
    from tests.test_package import fetch

    with replaying_archive(archive) as (base, _replaying):
        for number, page in enumerate(("/a", "/b"), 1):
            assert fetch(f"{base}2026050{number}090000id_/{SITE}{page}") == _page(BODY[page])
