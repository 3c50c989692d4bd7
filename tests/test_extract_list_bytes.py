"""`extract --input LIST` of a list whose bytes are not UTF-8 where the argument check did not
look: a list shorter than 4 bytes past its bad byte (a UTF-16 BOM alone) was let through as
"a character cut at the sniff's end", and a bad line past the first 64 KiB raised
UnicodeDecodeError out of the run: a traceback, exit 1, no item of the good lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsarchive.commands.args import LIST_SNIFF

PROJECT = Path(__file__).resolve().parents[1]
PAGE = (
    "<html><head><title>Lock gates open</title></head><body><article><h1>Lock gates open"
    "</h1><p>The lock gates opened at noon for the first barges of the season.</p>"
    "</article></body></html>"
)


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "newsarchive", "extract", *args]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=180)


def test_a_short_list_that_is_not_utf8_is_refused_in_one_line(tmp_path: Path) -> None:
    listing = tmp_path / "pages.jsonl"
    listing.write_bytes(b"\xff\xfe")
    done = _extract("--input", str(listing))
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stderr.splitlines() == [
        f"python -m newsarchive extract: argument --input: {str(listing)!r} is not UTF-8 text "
        "(byte 0): give a JSON Lines list of pages (see --help)"
    ], done.stderr


def test_a_line_that_is_not_utf8_past_the_first_64_kib_is_named_and_the_rest_read(
    tmp_path: Path,
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    good = json.dumps({"id": "a", "url": "http://canal.news.test/gates", "path": "page.html"})
    first = [good] + [" " * 60] * (LIST_SNIFF // 60 + 10)  # blank lines: no entries
    bad = b'{"id": "b", "url": "http://canal.news.test/\xe9", "path": "page.html"}'
    listing = tmp_path / "pages.jsonl"
    listing.write_bytes("\n".join(first).encode() + b"\n" + bad + b"\n" + good.encode() + b"\n")
    out = tmp_path / "items.jsonl"
    done = _extract("--input", str(listing), "-o", str(out))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    bad_line = len(first) + 1
    said = f"WARNING: {listing}:{bad_line}: record skipped: not UTF-8 text (byte 43)"
    assert said in done.stderr.splitlines(), done.stderr
    items = out.read_text(encoding="utf-8").splitlines()
    assert len(items) == 2 and all("Lock gates open" in item for item in items)
