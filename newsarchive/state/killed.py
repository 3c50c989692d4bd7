"""What the next run knows of a run that was killed (kill -9, a power loss): it left no report.

The run lock names its holder until the run ends (newsarchive.state.lock); the WARC
files carry the writer's pid and start in their names; the crawl state's captures
name the file that holds each article it recorded. Together: when the killed run
started, its pid, the articles it archived whose items the state kept, and its files.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from newsarchive.state.lock import Holder
from newsarchive.state.store import StateStore
from newsarchive.warc.writer import files_of_process


@dataclass(frozen=True)
class KilledRun:
    pid: int
    started: str  # ISO, UTC, to the second
    items: int  # articles it archived whose capture, and so whose item, the state kept
    warc_files: tuple[str, ...]

    def describe(self) -> str:
        files = ", ".join(self.warc_files) or "none"
        return (
            f"the previous run of this crawl (pid {self.pid}, started {self.started}) did not "
            f"end: it was killed (kill -9, a power loss, the OOM killer) and wrote no report; "
            f"it archived {self.items} articles whose items are kept (the articles after its "
            f"state's last commit are fetched again now); its WARC files: {files}"
        )

    def as_report(self) -> dict[str, Any]:
        return {
            "ended": "killed",
            "pid": self.pid,
            "started": self.started,
            "items": self.items,
            "warc_files": list(self.warc_files),
        }


def killed_run(holder: Holder | None, store: StateStore, warc_dir: Path) -> KilledRun | None:
    """The run that held this crawl's lock and never let it go, as this run starts (before
    it archives anything: its captures still name the killed run's files)."""
    if holder is None:
        return None
    try:
        started = datetime.fromisoformat(holder.started)
    except ValueError:  # a lock file written over from outside
        return None
    files = files_of_process(warc_dir, holder.pid, started) if warc_dir.is_dir() else []
    named = set(files)
    items = sum(1 for c in store.captures() if c.warc_file in named and c.record_type == "response")
    return KilledRun(holder.pid, holder.started, items, tuple(files))
