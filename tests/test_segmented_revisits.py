"""A revisit whose original is a record split in segments (WARC-Segment-Number).

pywb and replayweb.page serve the record at an offset as it is, one segment, so
`index` leaves a first segment out; `replay` serves the record joined, from a
copy in its scratch collection (as it serves bodies pywb cannot decode), and a
revisit of it finds that copy by URL and payload digest. Before, the first
segment was left out of `replay`'s index and the revisit had no original:
pywb answered both with an error page.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive, replaying_archive
from tests.test_odd_records import SITE, _http, _page, _record
from tests.test_package import fetch
from tests.test_resync import _segmented

ORIGIN_ID = "<urn:uuid:6a0e4c52-0000-4000-8000-000000000101>"


def _revisit(block: bytes) -> bytes:
    """A revisit of the segmented response a day later, found by its id and its digest."""
    body = block.split(b"\r\n\r\n", 1)[1]
    digest = "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()
    head = block.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    lines = [
        "WARC/1.0",
        "WARC-Type: revisit",
        "WARC-Record-ID: <urn:uuid:6a0e4c52-0000-4000-8000-000000000201>",
        "WARC-Date: 2026-04-02T08:00:00Z",
        f"WARC-Target-URI: {SITE}/split",
        "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
        f"WARC-Refers-To: {ORIGIN_ID}",
        f"WARC-Refers-To-Target-URI: {SITE}/split",
        "WARC-Refers-To-Date: 2026-04-01T08:00:00Z",
        f"WARC-Payload-Digest: {digest}",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {len(head)}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + head + b"\r\n\r\n"


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, bytes]:
    segments, block = _segmented(3)
    folder = tmp_path / "in"
    folder.mkdir()
    other = _record(SITE + "/p0", _http(_page("Page 0")), 1)
    (folder / "split.warc").write_bytes(other + b"".join(segments) + _revisit(block))
    return folder, block


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_gives_the_revisit_the_joined_page(
    jobs: str, archive: tuple[Path, bytes], tmp_path: Path
) -> None:
    """Before, the revisit was an item of the first segment's third of the page (no body):
    its original was read again at its offset, which holds one segment."""
    folder, _ = archive
    out = tmp_path / "items.jsonl"
    done = newsarchive(
        "extract", "--all-pages", "-j", jobs, "--shard-size", "65536", str(folder), "-o", str(out)
    )
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in out.read_text().splitlines()]
    split = [item for item in items if item["url"] == SITE + "/split"]
    assert len(split) == 2 and all("word 5999" in item["body"] for item in split), done.stderr


@pytest.mark.pywb
def test_replay_serves_the_record_and_its_revisit_joined(archive: tuple[Path, bytes]) -> None:
    folder, block = archive
    body = block.split(b"\r\n\r\n", 1)[1]
    with replaying_archive(folder) as (base, _):
        assert fetch(f"{base}20260401080000id_/{SITE}/split") == body
        assert fetch(f"{base}20260402080000id_/{SITE}/split") == body
        assert fetch(f"{base}20260401080000id_/{SITE}/p0") == _page("Page 0")


def test_index_names_the_revisit_replay_tools_cannot_serve(archive: tuple[Path, bytes]) -> None:
    """Before, its line was indexed with no original line for pywb to find (an error page);
    now it is named and left out, as its original's first segment is."""
    folder, _ = archive
    cdxj = folder.parent / "index.cdxj"
    done = newsarchive("index", str(folder), "--cdxj", str(cdxj))
    assert done.returncode == 3, done.stderr
    path = folder / "split.warc"
    revisit_at = path.stat().st_size - len(_revisit(_segmented(3)[1]))
    assert f"{path}@{revisit_at}: record skipped: revisit of a record split in segments" in (
        done.stderr
    )
    assert done.stderr.splitlines()[-1] == "index: skipped: 2 records skipped (named above)"
    assert [line.split(" ")[0] for line in cdxj.read_text().splitlines()] == [
        "test,news,harbour)/p0"
    ]


def _wacz_of(folder: Path, wacz: Path) -> None:
    done = newsarchive("index", str(folder), "--wacz", str(wacz))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert "their revisits indexed with them" in done.stderr, done.stderr
    assert "whose original is in none of these files" not in done.stderr, done.stderr


@pytest.mark.pywb
def test_the_wacz_holds_the_revisit_and_pywb_serves_it_joined(
    archive: tuple[Path, bytes], tmp_path: Path
) -> None:
    """Before, the WACZ left the revisit out of its index (named as `index` names it) and out
    of its page list, named as a revisit whose original is in none of the files (it is, joined).
    pywb and replayweb.page 2.5.3 answered its date with the closest capture, the original."""
    folder, block = archive
    wacz = tmp_path / "split.wacz"
    _wacz_of(folder, wacz)
    with zipfile.ZipFile(wacz) as package:
        index = gzip.decompress(package.read("indexes/index.cdx.gz")).decode()
        pages = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    lines = [line.split(" ", 2) for line in index.splitlines()]
    split = [(ts, json.loads(text)) for key, ts, text in lines if key.endswith(")/split")]
    assert [(ts, entry["mime"]) for ts, entry in split] == [
        ("20260401080000", "text/html"),
        ("20260402080000", "warc/revisit"),
    ]
    assert split[0][1]["digest"] == split[1][1]["digest"]  # pywb finds it by URL and digest
    listed = sorted((json.loads(p)["url"], json.loads(p)["ts"]) for p in pages)
    assert (f"{SITE}/split", "2026-04-02T08:00:00Z") in listed
    body = block.split(b"\r\n\r\n", 1)[1]
    with replaying_archive(wacz) as (base, _):
        assert fetch(f"{base}20260402080000id_/{SITE}/split") == body
        assert fetch(f"{base}20260401080000id_/{SITE}/split") == body
