"""Which changes a run listed in `changes.jsonl` before the crawl state committed them.

A change's line goes out as it is found, before the state records the article: a run
killed later keeps it (the lines waited for the run's end, and a kill lost those of the
articles the state had committed by then: no later run found them changed again). An
article the killed run listed but whose capture the state had not committed is fetched
again by the next run, which finds the same change (the same version before) and must
not list it twice: the killed run's listed changes are kept in a small file beside the
state, one per run (`<state>.changes.<pid>.json`), read by the runs after it and dropped
once a run ends with its state committed. No Scrapy here.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

from newsarchive.state.durable import remove_leftovers, sync_folder, write_durably
from newsarchive.warc.spoolfiles import running

logger = logging.getLogger(__name__)

Key = tuple[str, str]  # (url, the WARC record id of the version before)
Committed = Callable[[str, str], bool]  # (url, WARC record id) -> does the state name it


def key_of(entry: dict[str, object]) -> Key:
    return str(entry.get("url")), str(entry.get("previous_warc_record_id"))


class ListedChanges:
    """This run's listed changes (its own file) and those of killed runs before it."""

    def __init__(self, state_path: Path, pid: int | None = None) -> None:
        self.pid = os.getpid() if pid is None else pid
        self._prefix = state_path.name.removesuffix(".sqlite") + ".changes."
        self.path = state_path.with_name(f"{self._prefix}{self.pid}.json")
        self.earlier: dict[Key, str] = {}  # -> the record id of the capture its line names
        self._mine: dict[Key, str] = {}
        self._read: list[Path] = []
        self._met: set[Key] = set()  # killed runs' changes this run found again
        pattern = re.compile(re.escape(self._prefix) + r"(\d+)\.json")
        for found in sorted(state_path.parent.glob(glob.escape(self._prefix) + "*.json")):
            owner = pattern.fullmatch(found.name)
            # a live run's (another worker's): it drops its own. One under this run's pid is
            # an earlier run's (this one wrote none yet): a crawl run as pid 1 in a container
            if owner is None or (int(owner[1]) != self.pid and running(int(owner[1]))):
                continue
            self.earlier.update(_keys(found))
            self._read.append(found)

    def listed(self, key: Key) -> bool:
        """Listed already, by a killed run whose capture the state then lacked."""
        if key in self.earlier:
            self._met.add(key)
            return True
        return False

    def add(self, key: Key, record_id: str) -> None:
        """Note a change whose line this run wrote, naming capture `record_id` (after the
        line: a kill between the two lists it twice, never not at all)."""
        self._mine[key] = record_id
        self._write({**self.earlier, **self._mine})  # carried on should this run die too

    def finish(self, committed: Committed) -> None:
        """The state committed every capture this run listed. Left to tell a later run:
        the killed runs' changes whose capture the state lacks and that this run did not
        come to (a limit stopped it)."""
        left = {
            key: record_id
            for key, record_id in self.earlier.items()
            if key not in self._met and not committed(key[0], record_id)
        }
        self.earlier, self._mine = left, {}
        try:
            if left:
                self._write(left)
            else:
                self.path.unlink(missing_ok=True)
                sync_folder(self.path.parent)
        except OSError as exc:
            logger.warning("cannot update %s (%s): it is read again next run", self.path, exc)
            return
        for path in self._read:
            remove_leftovers(path)  # its temporary file, if a kill cut its writing
            if path == self.path:  # an earlier run's of this pid: written over already
                continue
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def _write(self, keys: dict[Key, str]) -> None:
        """The note whole, on disk (`write_durably`): a kill or power cut mid-write leaves the
        last note whole, never an empty or cut one (which lost every change it named)."""
        rows = [[url, before, record_id] for (url, before), record_id in sorted(keys.items())]
        write_durably(self.path, json.dumps(rows).encode("utf-8"))


def _keys(path: Path) -> dict[Key, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        logger.warning("cannot read %s (%s): changes it names may be listed twice", path, exc)
        return {}
    rows = data if isinstance(data, list) else []
    return {(str(r[0]), str(r[1])): str(r[2]) for r in rows if isinstance(r, list) and len(r) == 3}
