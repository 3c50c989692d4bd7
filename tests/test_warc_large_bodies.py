"""A large (spooled) body is hashed, compressed and written off the reactor thread.

Written on the reactor thread, a 200 MB body held the whole crawl for as long as its
digests and its gzip member took: no other answer was read, archived or parsed. Now
it goes to the archive's own thread (into a file for large bodies, beside the current
one), and the answer waits for its record (LargeBodyMiddleware) while the crawl goes on.

The crawl (tests/plugins/large_write.py) asks for a small page only once the large
body's write has begun, and that write waits until the small page has been parsed:
on the reactor thread it never would be (the plugin's gate gives up, and the order of
events says so). No durations are measured.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator

from tests.plugins.crawling import PROJECT, warcio_check


def run_plugin(out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.plugins.large_write", str(out)],
        cwd=PROJECT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["log"] = done.stderr
    return result


def records_of(path: Path) -> list[dict[str, Any]]:
    """Every record of a WARC file, its digests checked by warcio as it reads."""
    found = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, check_digests="raise")
        for record in records:
            payload = record.content_stream().read()
            found.append(
                {
                    "type": record.rec_type,
                    "uri": record.rec_headers.get_header("WARC-Target-URI") or "",
                    "id": record.rec_headers.get_header("WARC-Record-ID"),
                    "concurrent": record.rec_headers.get_header("WARC-Concurrent-To"),
                    "offset": records.get_record_offset(),
                    "sha1": hashlib.sha1(payload).hexdigest(),
                }
            )
    return found


def test_a_small_page_is_fetched_and_parsed_while_a_large_body_is_written(
    tmp_path: Path,
) -> None:
    result = run_plugin(tmp_path)
    events = result["events"]
    assert events == [
        "big write started",  # not "... on the reactor thread"
        "small asked",
        "small parsed",  # while the large body's write waited: the reactor was free
        "big write goes on",
        "big write finished",
        "big parsed",  # after its record was written: its item knows where it went
    ], events
    assert result["stats"]["finish_reason"] == "finished"
    assert result["stats"]["warc/spooled"] == 1

    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert files and not list((tmp_path / "warc").glob("*.open"))
    warcio_check(files)
    by_file = {path.name: records_of(path) for path in files}
    every = [record for found in by_file.values() for record in found]
    big = [r for r in every if r["uri"].endswith("/big")]
    small = [r for r in every if r["uri"].endswith("/small")]
    assert [r["type"] for r in big] == ["response", "request"]
    assert [r["type"] for r in small] == ["response", "request"]
    assert big[0]["sha1"] == result["big_sha1"]  # the body as served, whole
    # each exchange's records together, response first, in one file
    for pair in (big, small):
        (name,) = {name for name, found in by_file.items() if pair[0] in found}
        found = by_file[name]
        at = found.index(pair[0])
        assert found[at + 1] == pair[1] and pair[1]["concurrent"] == pair[0]["id"]

    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    (big_item,) = [item for item in items if item["url"].endswith("/big")]
    assert big[0]["id"] in big_item["record"]  # the ref the answer waited for
    assert f"offset={big[0]['offset']}," in big_item["record"]
