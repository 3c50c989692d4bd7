"""One form for the warning and skip lines of every archive-reading command:
`WARNING: <file or page>: <what>`, so one `grep '^WARNING: '` finds them in any of them.

`index` put `WARNING: ` before its lines while `extract`, `history`, `recover` and
`recompress` wrote the same kind of line bare (`FILE@0: record skipped: ...`,
`recover: FILE: left alone: ...`, `FILE: skipped: left alone: ...`): a user grepping one
command's output for its warnings missed the others'. Each command here meets a file it
names; every line it writes to stderr is then a warning, or its own line (starting with its
name), or for `index` a progress line (`INFO: `).
"""

from __future__ import annotations

import gzip
from base64 import b32encode
from pathlib import Path

import pytest

from tests.test_foreign_archives import newsarchive
from tests.test_revisit_digests import BODY, SITE, _original, _page, _sha1

MARK = "3 bytes that start no record (a UTF-8 byte order mark): read on after them"


def _records() -> bytes:
    return b"".join(
        _original(page, number, "sha1:" + b32encode(_sha1(_page(BODY[page]))).decode())
        for number, page in enumerate(("/a", "/b"), 1)
    )


def _lines(stderr: str, command: str) -> tuple[list[str], list[str]]:
    """(warning lines, lines in no form of the three)."""
    lines = stderr.splitlines()
    warnings = [line for line in lines if line.startswith("WARNING: ")]
    own = (f"{command}: ", "INFO: ") if command == "index" else (f"{command}: ",)
    return warnings, [line for line in lines if not line.startswith(("WARNING: ", *own))]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--all-pages", "-o", "{tmp}/items.jsonl", "{warc}"],
        ["index", "--cdxj", "{tmp}/index.cdxj", "{warc}"],
        ["history", SITE + "/a", "--warc", "{warc}", "--reextract"],
    ],
    ids=lambda args: args[0],
)
def test_a_record_skipped_is_one_warning_line_in_every_reader(
    tmp_path: Path, args: list[str]
) -> None:
    warc = tmp_path / "marked.warc"
    warc.write_bytes(b"\xef\xbb\xbf" + _records())
    done = newsarchive(*(a.format(tmp=tmp_path, warc=warc) for a in args))
    assert done.returncode == 3, done.stderr
    warnings, other = _lines(done.stderr, args[0])
    assert warnings == [f"WARNING: {warc}@0: record skipped: {MARK}"], done.stderr
    assert other == [], done.stderr


def test_recover_names_a_file_it_leaves_in_a_warning_line(tmp_path: Path) -> None:
    other = tmp_path / "heritrix.warc.open"  # another writer's: recover closes its own only
    other.write_bytes(_records())
    done = newsarchive("recover", str(tmp_path))
    warnings, unformed = _lines(done.stderr, "recover")
    assert warnings == [
        f"WARNING: {other}: left alone: recover closes .warc.gz.open files only; check it "
        "(`warcio check`) and rename it without .open"
    ], done.stderr  # was `recover: FILE: left alone: ...`, as if the command's own line
    assert unformed == [], done.stderr


def test_recompress_names_a_file_it_leaves_in_a_warning_line(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(_records(), mtime=0))  # one gzip stream: recompressed
    target = tmp_path / "whole.recompressed.warc.gz"
    target.write_bytes(b"an earlier copy")
    done = newsarchive("recompress", str(whole))
    warnings, unformed = _lines(done.stderr, "recompress")
    assert warnings == [
        f"WARNING: {whole}: skipped: left alone: {target} exists (remove or move it first)"
    ], done.stderr
    assert unformed == [], done.stderr
    assert target.read_bytes() == b"an earlier copy"


def test_a_file_name_with_a_newline_stays_on_its_warning_line(tmp_path: Path) -> None:
    """A name holding a line break (a file saved from a page title) is written escaped, as
    `ls` shows it: raw, the line's rest began a line of its own, which `grep '^WARNING: '`
    missed and a reader took for another line of the command's."""
    warc = tmp_path / "two\nlines.warc"
    warc.write_bytes(b"\xef\xbb\xbf" + _records())
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "items.jsonl"), str(warc))
    assert done.returncode == 3, done.stderr
    warnings, other = _lines(done.stderr, "extract")
    shown = str(warc).replace("\n", "\\n")
    assert warnings == [f"WARNING: {shown}@0: record skipped: {MARK}"], done.stderr
    assert other == [], done.stderr
