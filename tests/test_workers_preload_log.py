"""What a module the extraction fork server preloads logs as it is imported reaches the
crawl's own logging, once, under its logger's name (newsarchive/preloadlog.py).

It was the fork server's: printed by Python's last resort, bare on stderr (no time, level
or logger), not in LOG_FILE, not counted. Run in a process of its own: a fork server
already started by another test in this one would not preload the test's module.
Real workers (two, and one killed and replaced: each sends the held line).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

SCRIPT = """
import asyncio, logging, os, sys

from newsarchive.workers import ExtractWorkers, WorkerConfig, WorkerFailed

heard = []

class Heard(logging.Handler):
    def emit(self, record):
        heard.append((record.name, record.levelname, record.getMessage(), record.process))

logging.getLogger().addHandler(Heard())
logging.getLogger().setLevel(logging.WARNING)

async def main():
    workers = ExtractWorkers(WorkerConfig(2, 60.0, 8, 0, preload=("tests.plugins.loud_import",)))
    try:
        pids = set(await asyncio.gather(*(workers.run(os.getpid) for _ in range(8))))
        try:
            await workers.run(os._exit, 3)  # a worker dies: its replacement sends it too
        except WorkerFailed:
            pass
        pids.add(await workers.run(os.getpid))
        return pids
    finally:
        workers.close()

pids = asyncio.run(main())
print(len(pids) >= 2, heard, file=sys.stderr)
"""


def test_a_preloaded_modules_import_line_reaches_this_processs_logging_once() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert "loaded the fallback language table" not in "\n".join(lines[:-1]), lines  # not bare
    several, heard = lines[-1].split(" ", 1)
    assert several == "True", lines  # two workers at least sent what they held
    said = [entry for entry in eval(heard) if entry[0] == "newsarchive.extract.loud"]
    assert [entry[1:3] for entry in said] == [("WARNING", "loaded the fallback language table")]
