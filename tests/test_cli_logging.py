"""The commands' log lines (`WARNING: FILE: ...`) are set up by `python -m newsarchive` only.

A command run through `newsarchive.cli.main` from a program of its own (a library use, a
test) set up the process's logging itself (`logging.basicConfig`): the program's own
`basicConfig` after it did nothing, its lines then in newsarchive's format and level.
Real processes: a program that calls `main` on a damaged archive, then sets up its logging.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.plugins.lz4_frames import unchecked as _lz4
from tests.test_frame_cut_records import _warc_records

PROJECT = Path(__file__).resolve().parents[1]

EMBEDDER = """
import logging, sys
from newsarchive.cli import main
code = main(["extract", "--all-pages", sys.argv[1], "-o", sys.argv[2]])
logging.basicConfig(format="EMBEDDER %(levelname)s %(message)s", level=logging.INFO)
logging.getLogger("embedder").info("its own line")
main(["extract", "--all-pages", sys.argv[1], "-o", sys.argv[2]])
sys.exit(code)
"""


def _cut_archive(tmp_path: Path) -> Path:
    path = tmp_path / "cut.warc.lz4"
    packed = _lz4(b"".join(_warc_records()))
    path.write_bytes(packed[: len(packed) - 40])
    return path


def test_a_program_calling_main_keeps_its_own_logging(tmp_path: Path) -> None:
    path = _cut_archive(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", EMBEDDER, str(path), str(tmp_path / "items.jsonl")],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert "EMBEDDER INFO its own line" in lines, done.stderr  # its format and level
    # the second run's skip line goes through the program's handler
    assert any(
        line.startswith(f"EMBEDDER WARNING {path}: rest skipped: cut short") for line in lines
    ), done.stderr


# `python -m newsarchive`, and the fault campaign's stand-in for it (its kill points unarmed)
LAUNCHERS = {
    "python -m newsarchive": ["-m", "newsarchive"],
    "fault_points.command": ["-c", "from benchmarks.fault_points import command; command()"],
}


@pytest.mark.parametrize("launcher", sorted(LAUNCHERS))
def test_the_command_line_sets_up_its_lines(tmp_path: Path, launcher: str) -> None:
    path = _cut_archive(tmp_path)
    done = subprocess.run(
        [sys.executable, *LAUNCHERS[launcher], "extract", "--all-pages", str(path),
         "-o", str(tmp_path / "items.jsonl")],
        cwd=PROJECT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    lines = done.stderr.splitlines()
    assert any(line.startswith(f"WARNING: {path}: rest skipped: cut short") for line in lines)
    assert lines[-1].startswith("extract: 2 items; skipped: 1 file unreadable"), done.stderr


def test_recover_quiets_warcio_for_its_own_run_only(tmp_path: Path) -> None:
    """`recover` quiets warcio's notices while it reads; a program calling `main` reads on
    after it and still gets them (warcio's logger was left at ERROR: a later `extract` in the
    same process lost its "WARC-Target-URI with spaces" line)."""
    import logging

    from newsarchive.cli import main

    warcio_log = logging.getLogger("warcio")
    was = warcio_log.level
    try:
        warcio_log.setLevel(logging.INFO)
        assert main(["recover", str(tmp_path)]) == 0
        assert warcio_log.level == logging.INFO
    finally:
        warcio_log.setLevel(was)


def test_warcio_notices_after_a_run_are_the_program_s_own(tmp_path: Path) -> None:
    """After `main` returns, a program reading with warcio itself gets each of warcio's
    notices on each read (the filter that makes them one line a file stayed on warcio's
    logger for the process's life and let each notice's text through once: the program's
    second read of a file said nothing, and a second command run lost what the first said)."""
    import logging
    from io import BytesIO

    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    from newsarchive.cli import main

    path = tmp_path / "spaces.warc"
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number in range(2):
        uri = f"http://quay{number}.test/{tmp_path.name}/tide tables"
        body = b"<html><body><p>The tide tables for the quay.</p></body></html>"
        record = writer.create_warc_record(uri, "resource", payload=BytesIO(body), length=len(body))
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())

    said: list[str] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: said.append(record.getMessage())  # type: ignore[method-assign]

    def warcio_said() -> int:
        said.clear()
        with path.open("rb") as stream:
            for _ in ArchiveIterator(stream):
                pass
        return sum("Replacing spaces" in line for line in said)

    warcio_log = logging.getLogger("warcio.recordloader")
    warcio_log.addHandler(handler)
    try:
        assert main(["extract", "--all-pages", str(path), "-o", str(tmp_path / "a.jsonl")]) == 0
        assert warcio_said() == 2
        assert warcio_said() == 2
    finally:
        warcio_log.removeHandler(handler)
