"""Mending a killed run's items files before the next run writes to them.

A crawl killed with SIGKILL (or a power loss) leaves its items files with what the crawl
state never heard of: a torn last line, the last items written after the state's last
commit, and sometimes damage in the middle of a JSON Lines file (a torn write later runs
appended after, junk bytes). Left there, the next run would export those articles a second
time and `index --items` would name the damage (exit 3). The crash-safe feed exporter
(`newsarchive.feeds`) names each file it writes in a journal beside the crawl state; the
next run reads the journal and repairs every file it names (`repair_journal`). Here only
files and a callback asking the state: no Scrapy, so the repair is tested on its own.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import json
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".feeds.json"  # beside the state file: state/<site>.feeds.json
TAIL_CHUNK = 64 * 1024
REJECTED_SUFFIX = ".rejected"  # beside the items file: its damaged lines, as they were
GLUED_TRIES = 100  # where a whole line may start inside a damaged one: `{"` tried this often

Committed = Callable[[str, str], bool]  # (url, WARC record id) -> does the state name it
RecordIds = Callable[[], Iterable[str]]  # every WARC record id the state names


def add_to_journal(journal: Path, feed: Path, json_lines: bool = False) -> None:
    """Name `feed` in the journal (and whether it is JSON Lines, whose damaged lines a repair
    may move aside: in other formats a line need not be a JSON object).

    A file an earlier run could not check is not written to (OSError): lines appended after
    the killed run's would hide its last lines from the repair, which reads from the end."""
    entries = _read(journal)
    name = str(feed.resolve())
    if name in entries.unchecked:
        raise OSError(
            f"the items file {name} of an unfinished run is not checked yet; not appending to it"
        )
    if name in entries.files and (name in entries.json_lines) == json_lines:
        return
    if name not in entries.files:
        entries.files.append(name)
    entries.json_lines.discard(name)
    if json_lines:
        entries.json_lines.add(name)
    _write(journal, entries)


def finish_journal(journal: Path) -> None:
    """The run's own files need no repair (the state committed every line): drop them, and
    keep the entries of files an earlier run could not check (the journal goes with them).
    A journal that cannot be rewritten (a full disk) stays as it was: the next run checks
    this run's files too and finds every line committed."""
    entries = _read(journal)
    entries.files, entries.json_lines = [], set()
    try:
        _write(journal, entries)
    except OSError as exc:
        logger.warning("cannot update the items journal %s: %s (left as it was)", journal, exc)


DAMAGED_SUFFIX = ".damaged"  # a journal no run could read, kept beside the state as it was
SNAPSHOT_SUFFIX = ".record-ids"  # beside the journal: the record ids the state named, one a line


@dataclass
class Entries:
    """What a journal names: the files the run writes (`files`, of them `json_lines`), and
    files of an earlier killed run that could not be checked, each with whether it is JSON
    Lines and the snapshot of the record ids the state named when it was killed."""

    files: list[str] = field(default_factory=list)
    json_lines: set[str] = field(default_factory=set)
    unchecked: dict[str, dict[str, Any]] = field(default_factory=dict)


def _read(journal: Path) -> Entries:
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Entries()
    return _named(data)


def _write(journal: Path, entries: Entries) -> None:
    """Written whole and renamed (a crash does not tear it); no entry left: no journal."""
    if not entries.files and not entries.unchecked:
        journal.unlink(missing_ok=True)
        return
    journal.parent.mkdir(parents=True, exist_ok=True)  # a state kept in Redis made no folder
    data: dict[str, Any] = {
        "files": entries.files,
        "json_lines": [f for f in entries.files if f in entries.json_lines],
    }
    if entries.unchecked:
        data["unchecked"] = entries.unchecked
    temp = journal.with_name(journal.name + ".tmp")
    temp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(temp, journal)


def _named(data: object) -> Entries:
    if not isinstance(data, dict):
        return Entries()
    files, json_files = data.get("files"), data.get("json_lines")  # none in older journals
    names = [f for f in files if isinstance(f, str)] if isinstance(files, list) else []
    json_lines = {f for f in json_files if f in names} if isinstance(json_files, list) else set()
    unchecked = data.get("unchecked")
    kept = {
        name: entry
        for name, entry in (unchecked.items() if isinstance(unchecked, dict) else ())
        if isinstance(entry, dict)
    }
    return Entries(names, json_lines, kept)


def repair_journal(journal: Path, committed: Committed, record_ids: RecordIds) -> int:
    """Repair every feed a killed run named; the journal is then started afresh.

    Returns the number of damaged lines moved aside (`repair_feed`). A journal that cannot
    be read (damaged from outside: it is written whole, then renamed) is moved aside and
    named on one line: the files it named are not repaired, and saying so beats a silence.

    A file that cannot be checked (an I/O error, a folder in its place) stays in the journal,
    named on one line, with a snapshot of the record ids the state names now (`record_ids`):
    what it named when the run was killed. The first run that can read the file repairs it
    against that snapshot, not against the state of its day, in which this run and later
    ones may have archived its last articles again."""
    entries = _read_journal(journal)
    rejected_in_all = 0
    kept: dict[str, dict[str, Any]] = {}
    snapshot: str | None = None
    for name in entries.files:
        try:
            rejected_in_all += _repair_one(name, committed, name in entries.json_lines)
        except OSError as exc:
            if snapshot is None:
                snapshot = _snapshot(journal, record_ids)
            kept[name] = {"json_lines": name in entries.json_lines, "record_ids": snapshot or None}
            _not_checked(name, exc, journal)
    for name, entry in entries.unchecked.items():
        try:
            named = _read_snapshot(entry.get("record_ids"))
        except OSError as exc:  # gone: the file can no longer be checked as it should be
            _no_snapshot(name, exc)
            continue
        try:
            json_lines = entry.get("json_lines") is True
            rejected_in_all += _repair_one(name, _in(named), json_lines)
        except OSError as exc:
            kept[name] = entry
            _not_checked(name, exc, journal)
    try:
        _write(journal, Entries(unchecked=kept))
        _drop_snapshots(journal, {str(entry.get("record_ids")) for entry in kept.values()})
    except OSError as exc:  # a full disk: the next run checks the same files again
        logger.warning("cannot update the items journal %s: %s (left as it was)", journal, exc)
    return rejected_in_all


def _repair_one(name: str, committed: Committed, json_lines: bool) -> int:
    rejected: list[int] = []
    cut = repair_feed(Path(name), committed, json_lines, rejected)
    if cut:
        level = logging.WARNING if rejected else logging.INFO
        logger.log(level, "items file %s of an unfinished run: %s", name, cut)
    return len(rejected)


def _not_checked(name: str, exc: OSError, journal: Path) -> None:
    logger.warning(
        "could not check the items file %s of an unfinished run (%s): kept in %s, the first "
        "run that can read it removes its last lines the crawl state never recorded",
        name,
        exc.strerror or exc,
        journal,
    )


def _no_snapshot(name: str, exc: OSError) -> None:
    logger.warning(
        "items file %s of an unfinished run not repaired: the record ids to check it against "
        "cannot be read (%s); dropped from the journal, check the file with `index --items`",
        name,
        exc,
    )


def _snapshot(journal: Path, record_ids: RecordIds) -> str:
    """Write the record ids the state names beside the journal; its name ("" when it cannot
    be written, a full disk: named, and the file is left unrepaired by the run that reads it;
    raised, it stopped the items feed from opening and the run's items were written nowhere)."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    path = journal.with_name(f"{journal.name}.{stamp}-{os.getpid()}{SNAPSHOT_SUFFIX}")
    temp = path.with_name(path.name + ".tmp")
    try:
        with temp.open("w", encoding="utf-8") as out:
            for record_id in record_ids():
                out.write(record_id + "\n")
        os.replace(temp, path)
    except OSError as exc:
        logger.warning("cannot write the record ids to check items files against %s: %s", path, exc)
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return ""
    return str(path)


def _in(named: set[str]) -> Committed:
    return lambda _url, record_id: record_id in named


def _read_snapshot(name: object) -> set[str]:
    if not isinstance(name, str):
        raise OSError(f"no snapshot of the crawl state named for it ({name!r})")
    return set(Path(name).read_text(encoding="utf-8").split())


def _drop_snapshots(journal: Path, used: set[str]) -> None:
    for path in journal.parent.glob(f"{glob.escape(journal.name)}.*{SNAPSHOT_SUFFIX}*"):
        if str(path) not in used:
            path.unlink(missing_ok=True)


def _read_journal(journal: Path) -> Entries:
    """`_read`, with a journal that is there but unreadable moved aside and named."""
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return Entries()
    except OSError as exc:
        logger.warning(
            "cannot read the items journal %s: %s; items files not repaired", journal, exc
        )
        return Entries()
    problem = ""
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError too
        problem = f"not JSON ({exc})"
    else:
        if not isinstance(data, dict) or not isinstance(data.get("files"), list):
            problem = "no list of files in it"
    if not problem:
        return _named(data)
    aside = journal.with_name(journal.name + DAMAGED_SUFFIX)
    try:
        os.replace(journal, aside)
    except OSError as exc:
        aside_text = f"could not move it aside: {exc}"
    else:
        aside_text = f"moved to {aside}"
    logger.warning(
        "the items journal %s is damaged (%s): the items files of an unfinished run it named "
        "are not repaired (check them with `index --items`); %s",
        journal,
        problem,
        aside_text,
    )
    return Entries()


def repair_feed(
    path: Path, committed: Committed, json_lines: bool = False, rejected: list[int] | None = None
) -> str:
    """Cut a killed run's torn last line, and its last items the state lacks; in a
    JSON Lines file, move its damaged lines to `<file>.rejected` (`reject_damaged_lines`).

    The state commits in the order of the lines, so its items are the file's
    first ones: lines are removed from the end up to the last one it names.
    Returns what was done ("" for nothing); the numbers of the lines moved aside
    are added to `rejected`. Lines that are not JSON objects with `url` and
    `warc_record_id` (other formats) are left alone. Only a regular file is read: a
    device or pipe a run wrote its items to (`/dev/full`, a FIFO) has no lines to mend,
    and reading one could block or never end; a folder in the file's place is an error
    (the file may come back), a file that is gone has nothing left to mend.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder in its place", str(path))
    if not path.is_file():
        return ""
    done = []
    with path.open("r+b") as stream:
        size = stream.seek(0, os.SEEK_END)
        end = _line_start(stream, size)  # after the last newline
        if end < size:
            stream.truncate(end)
            done.append(f"torn last line cut ({size - end} bytes)")
    if json_lines:
        moved = reject_damaged_lines(path)
        if moved:
            done.append(_rejected(path, moved))
            if rejected is not None:
                rejected.extend(number for number, _reason in moved)
    with path.open("r+b") as stream:
        end = stream.seek(0, os.SEEK_END)
        removed: list[str] = []
        while end:
            start = _line_start(stream, end - 1)
            stream.seek(start)
            url, record_id = _item_ref(stream.read(end - start))
            if not url or not record_id or committed(url, record_id):
                break
            removed.append(url)
            end = start
        if removed:
            stream.truncate(end)
            done.append(_removed(removed))
    return "; ".join(done)


def reject_damaged_lines(path: Path) -> list[tuple[int, str]]:
    """Move the lines of a JSON Lines file that are no JSON object to `<file>.rejected`.

    What a line that is one (an item or not) says is not judged: only damage is
    moved (a torn write that later lines were appended after, junk such as the
    zeros a power loss leaves). A damaged line that ends in a whole JSON object
    (a torn write's start, then the next whole line) keeps that object as its
    line. The side file gets the lines first, then the file is replaced: a kill
    between the two leaves them in both. Returns (line number, reason) of each
    line moved, its number counted in the file as it was.
    """
    damaged = list(_damaged_lines(path))
    if not damaged:
        return []
    by_number = {number: keep for number, keep, _reason in damaged}
    side = path.with_name(path.name + REJECTED_SUFFIX)
    temp = path.with_name(f".{path.name}.repair")
    try:
        with path.open("rb") as lines, side.open("ab") as aside, temp.open("wb") as kept:
            for number, line in enumerate(lines, 1):
                if number not in by_number:
                    kept.write(line)
                elif glued := by_number[number]:  # the torn start aside, as a line of its own
                    aside.write(line[:glued] + b"\n")
                    kept.write(line[glued:])
                else:
                    aside.write(line)
            aside.flush()
            os.fsync(aside.fileno())
            kept.flush()
            os.fsync(kept.fileno())
        shutil.copymode(path, temp)
        os.replace(temp, path)
    except BaseException:
        # a full disk: the half-written copy (up to the file's size) would stay, hidden
        temp.unlink(missing_ok=True)
        raise
    return [(number, reason) for number, _keep, reason in damaged]


def _damaged_lines(path: Path) -> Iterator[tuple[int, int, str]]:
    """(line number, where a whole object starts in it or 0, reason) of each damaged line."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip() or _json_object(line):
                continue
            glued = _glued_object(line)
            reason = "a torn line, the next line glued to it" if glued else _what_is_wrong(line)
            yield number, glued, reason


def _json_object(line: bytes) -> bool:
    """Read as `index --items` reads it (json.loads of the bytes)."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:  # UnicodeDecodeError too
        return False


def _glued_object(line: bytes) -> int:
    """Where a whole JSON object that ends the line starts in it (0: none found)."""
    start = line.find(b'{"', 1)
    for _ in range(GLUED_TRIES):
        if start < 0:
            return 0
        if _json_object(line[start:]):
            return start
        start = line.find(b'{"', start + 1)
    return 0


def _what_is_wrong(line: bytes) -> str:
    try:
        json.loads(line.decode("utf-8"))  # the bytes' own reading guesses UTF-16 from junk
    except UnicodeDecodeError:
        return "not UTF-8"
    except ValueError:
        return "not JSON"
    return "not a JSON object"


def _rejected(path: Path, moved: list[tuple[int, str]]) -> str:
    shown = ", ".join(f"{number} ({reason})" for number, reason in moved[:5])
    more = f" and {len(moved) - 5} more" if len(moved) > 5 else ""
    lines = "line" if len(moved) == 1 else "lines"
    return f"{len(moved)} damaged {lines} moved to {path.name}{REJECTED_SUFFIX}: line {shown}{more}"


def _removed(urls: list[str]) -> str:
    if len(urls) == 1:
        return f"last item {urls[0]} removed (the crawl state never recorded it)"
    return (
        f"last {len(urls)} items removed, {urls[-1]} to {urls[0]} "
        "(the crawl state never recorded them)"
    )


def _line_start(stream: IO[bytes], end: int) -> int:
    """Offset just after the last newline before `end` (0 if none)."""
    position = end
    while position > 0:
        step = min(TAIL_CHUNK, position)
        stream.seek(position - step)
        chunk = stream.read(step)
        found = chunk.rfind(b"\n")
        if found >= 0:
            return position - step + found + 1
        position -= step
    return 0


def _item_ref(line: bytes) -> tuple[str | None, str | None]:
    try:
        data = json.loads(line)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    url, record_id = data.get("url"), data.get("warc_record_id")
    return (
        url if isinstance(url, str) else None,
        record_id if isinstance(record_id, str) else None,
    )
