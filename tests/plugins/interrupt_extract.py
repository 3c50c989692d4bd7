"""Run as `python -m tests.plugins.interrupt_extract extract -j N ...`: `python -m newsarchive`
whose parent sends itself SIGINT (a real Ctrl-C) as it comes to the second archive file's
results, every line of the first file's said: an interrupt at a known point, however fast
the machine reads."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsarchive.interrupt import install_hook

install_hook("python -m newsarchive")

from newsarchive.cli import main  # noqa: E402 (after the hook, as newsarchive.__main__)
from newsarchive.commands import extract_jobs  # noqa: E402

merge_shard = extract_jobs._Merge.shard
files: list[Path] = []


def shard(self: Any, shard: Any, *results: Any) -> Iterator[Any]:
    if shard.path not in files:
        files.append(shard.path)
        if len(files) == 2:
            os.kill(os.getpid(), signal.SIGINT)
    yield from merge_shard(self, shard, *results)


extract_jobs._Merge.shard = shard  # type: ignore[method-assign]

raise SystemExit(main(log_lines=True))  # as newsarchive.__main__
