"""Lines said once (a folder whose file system cannot flush it; an import-time line every
extraction worker sends) keep their keys in a bounded memory: a program running many runs
in one process (`newsarchive.cli.main`, a scheduler's long process) grew both sets without
end. A key forgotten is said again, once.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

import pytest

from newsarchive import workers
from newsarchive.state import durable


def test_folders_that_cannot_be_flushed_are_remembered_in_a_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """fsync of a folder answers EINVAL (as some network and FUSE file systems do); none
    here does, so fsync answers so for folders alone. 300 runs' folders, each its note."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    folders = [tmp_path / f"run-{n}" for n in range(300)]
    with caplog.at_level(logging.WARNING, logger=durable.__name__):
        for folder in folders:
            folder.mkdir()
            durable.write_durably(folder / "note.json", b"{}")
            durable.write_durably(folder / "note.json", b"[]")  # the same folder: not again
        durable.write_durably(folders[0] / "note.json", b"{}")  # forgotten: said again, once
    said = [r.getMessage() for r in caplog.records if "cannot flush folder" in r.getMessage()]
    assert len(said) == 301, len(said)
    assert len(durable._unsynced) == 256
    assert (folders[0] / "note.json").read_bytes() == b"{}"


def _preloaded(number: int) -> bytes:
    record = logging.LogRecord(
        "newsarchive.extract.rules", logging.WARNING, __file__, 1, f"import line {number}",
        None, None,
    )  # fmt: skip
    record.created = 1_700_000_000.0 + number  # as the fork server's import logged it
    record.newsarchive_preloaded = True
    return workers._shipped(record)


def test_a_workers_preloaded_lines_are_said_once_in_a_bounded_memory(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Each worker sends the lines its fork server's imports logged: said once, though
    every worker sends them. 2,000 runs' lines: the memory keeps the latest 1,024."""
    with caplog.at_level(logging.WARNING, logger="newsarchive.extract.rules"):
        for number in range(2000):
            workers._emit(_preloaded(number))
            workers._emit(_preloaded(number))  # a second worker sends it: not said again
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("import line")]
    assert len(said) == 2000
    assert len(workers._preloaded_said) == 1024
