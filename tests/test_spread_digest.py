"""A record spread over gzip members whose block digest also fails, as warcio's
`example-wrong-chunks.warc.gz` is: its WARC header and HTTP head in one member, its body in
the next, the blank lines after it opening a third with the next record.

Before, `index` named it spread over gzip members and `extract`, which reads it whole, named
a block digest mismatch: one record, two kinds of damage by the command. Both now name it
the same way (`spread_damage`): spread over several gzip members, and its block digest does
not match read as one gzip stream.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.test_foreign_archives import Archive, newsarchive, page

WRONG = "sha1:" + "Q" * 32  # a well-formed digest of no block here
SAID = (
    "record skipped: spread over several gzip members, and read as one gzip stream its "
    "block digest does not match"
)


@pytest.fixture
def spread_wrong(tmp_path: Path) -> tuple[Path, int]:
    """Pages /one, /two, /three, a gzip member a record but /two's: its header and head in
    one member, its body in the next, the blank lines after it with /three; /two's block
    digest names other bytes. The file and /two's offset."""
    archive = Archive("WARC/1.1", gzipped=False)
    bounds = [0]
    for second, name in enumerate(("one", "two", "three")):
        archive.response(f"/{name}", f"2026-01-01T10:00:0{second}Z", page(name.title()))
        bounds.append(len(archive.buffer.getvalue()))
    data = archive.buffer.getvalue()
    one, two, three = (data[bounds[n] : bounds[n + 1]] for n in range(3))
    head_end = two.index(b"\r\n") + 2
    two = two[:head_end] + f"WARC-Block-Digest: {WRONG}\r\n".encode() + two[head_end:]
    body, blank = two.index(b"<body>"), len(two) - 4
    assert two[blank:] == b"\r\n\r\n"
    parts = (one, two[:body], two[body:blank], two[blank:] + three)
    members = [gzip.compress(part) for part in parts]
    path = tmp_path / "spread-wrong.warc.gz"
    path.write_bytes(b"".join(members))
    return path, len(members[0])


def test_extract_names_it_as_index_does(spread_wrong: tuple[Path, int], tmp_path: Path) -> None:
    path, at = spread_wrong
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "i.jsonl"), str(path))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{at}: {SAID}" in done.stderr  # before: "block digest does not match"
    assert done.stderr.count(": record skipped: ") == 1
    assert done.stderr.splitlines()[-1] == "extract: 2 items; skipped: 1 record skipped"


def test_index_names_it_as_extract_does(spread_wrong: tuple[Path, int], tmp_path: Path) -> None:
    path, at = spread_wrong
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{at}: {SAID}" in done.stderr  # before: "spread over ... (its member ends"
    assert done.stderr.count(": record skipped: ") == 1
    assert done.stderr.splitlines()[-1] == "index: skipped: 1 record skipped (named above)"


def test_a_spread_record_whose_digest_holds_is_named_spread_alone(tmp_path: Path) -> None:
    """Its block digest right (none given: warcio judges none), `index` names the spread
    only, and `extract` reads it."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/two", "2026-01-01T10:00:00Z", page("Two"))
    two = archive.buffer.getvalue()
    path = tmp_path / "spread.warc.gz"
    cut = two.index(b"<body>")
    path.write_bytes(gzip.compress(two[:cut]) + gzip.compress(two[cut:]))
    done = newsarchive("index", str(path), "--cdxj", str(tmp_path / "a.cdxj"))
    assert f"{path}@0: record skipped: spread over several gzip members (" in done.stderr
    assert "block digest" not in done.stderr
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "i.jsonl"), str(path))
    assert done.returncode == 0 and "block digest" not in done.stderr, done.stderr
