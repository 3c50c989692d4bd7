"""Writing the WACZ package of an archive.

py-wacz builds it (so it is what replayweb.page expects), run through
`newsarchive.package.wacz_tool` so that others' WARCs do not stop it; we only
supply what it cannot find alone: the list of article pages with their titles.
A package that fails is never left where it was asked for.
"""

from __future__ import annotations

import contextlib
import glob
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.timeutils import iso_date_to_timestamp

from newsarchive.warc import spoolfiles

# py-wacz's inputs (the pages list, links to the WARCs) go in a temporary folder named
# after the run: one an `index` killed outright (SIGKILL) left is removed by a later run
SCRATCH_PREFIX = "newsarchive-wacz-"
# s unchanged after which a hidden package under the name of a version before pids (one for
# all runs) is taken for a killed run's: its writer, if alive, would have renamed it by then
LEGACY_STALE = 3600.0

logger = logging.getLogger(__name__)


class PackageError(RuntimeError):
    """A packaging tool failed; the message carries its output."""


@dataclass(frozen=True)
class WaczResult:
    path: Path
    pages: int  # entries in the package's pages/pages.jsonl
    expected_pages: int
    unmatched: tuple[str, ...] = ()  # `URL at DATE` of each page py-wacz matched to no record


def write_wacz(
    warcs: list[Path],
    pages: list[dict[str, Any]],
    output: Path,
    title: str,
    extra: dict[str, Any] | None = None,
) -> WaczResult:
    """`wacz create` with our pages list, then `wacz validate`; raises PackageError on failure.
    `extra`: fields added to datapackage.json (py-wacz rewrites the pages list's header)."""
    from newsarchive.package.pages import write_pages

    output.parent.mkdir(parents=True, exist_ok=True)
    remove_killed_partials(output)
    partial = partial_name(output, os.getpid())
    try:
        with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-") as tmp:
            pages_file = Path(tmp) / "pages.jsonl"
            write_pages(pages_file, pages, title)
            create = ["create", "-f", "-o", str(partial), "-p", str(pages_file), "--title", title]
            _wacz([*create, *map(str, _safe_names(warcs, Path(tmp) / "archive"))], extra)
        _wacz(["validate", "-f", str(partial)])
        listed = _listed_pages(partial)
        unmatched = tuple(
            f"{page['url']} at {page['ts']}"
            for page in pages
            if (page["url"], _second(page["ts"])) not in listed
        )
        result = WaczResult(output, len(listed), len(pages), unmatched)
        partial.replace(output)
    except PackageError as exc:  # named as the user named it, not by its hidden partial
        raise PackageError(
            str(exc).replace(str(partial), f"{output} (as {partial.name})")
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return result


def partial_name(output: Path, pid: int) -> Path:
    """The hidden name run `pid` makes `output` under before renaming it into place. Two runs
    writing one package at once each make their own (one shared name: the second's py-wacz
    wrote over the first's file, and the first validated, renamed or removed the second's);
    the last rename wins, each output whole."""
    return output.with_name(f".{output.stem}.{pid}.partial.wacz")


def remove_killed_partials(output: Path) -> list[Path]:
    """Remove the hidden packages of `index` runs writing `output` that have ended (killed
    outright: a package as large as the archive, left for good), and one of a version
    before names carried a pid that has not changed for LEGACY_STALE seconds and that no live
    process may be using (`_legacy_left`). A live run's stays. Says what it removed on one
    WARNING line; returns the files."""
    mine = re.compile(re.escape(f".{output.stem}.") + r"(\d+)\.partial\.wacz")
    removed: list[Path] = []
    for path in sorted(output.parent.glob(f".{glob.escape(output.stem)}.*partial.wacz")):
        owner = mine.fullmatch(path.name)
        if owner is not None:
            if spoolfiles.running(int(owner.group(1))):
                continue
        elif path.name != f".{output.stem}.partial.wacz" or not _legacy_left(path):
            continue
        with contextlib.suppress(FileNotFoundError):  # removed by another run meanwhile
            path.unlink()
            removed.append(path)
    if removed:
        names = ", ".join(str(path) for path in removed)
        logger.warning(
            "removed %d unfinished package(s) of index runs that ended: %s", len(removed), names
        )
    return removed


def _legacy_left(path: Path) -> bool:
    """A package under the pid-less name left for good: this user's, unchanged for
    LEGACY_STALE seconds, named by no live process (that version's py-wacz validating it, an
    hour on a large one, changes nothing) and no `index` older than it (`_maybe_used`)."""
    newest = _newest_change(path) if spoolfiles.owned(path) else None
    if newest is None or time.time() - newest <= LEGACY_STALE:
        return False
    return not _maybe_used({path: newest})


# what tempfile adds to a prefix: 8 of these (a folder of a version before pids in the names)
_LEGACY_SCRATCH = r"[a-z0-9_]{8}"


def remove_killed_scratch(prefix: str = SCRATCH_PREFIX, what: str = "py-wacz") -> list[Path]:
    """Remove the temporary folders named `prefix` and the pid of an `index` that has ended
    (killed outright: SIGKILL, the OOM killer), and those of a version before pids in the
    names (`prefix` and tempfile's 8 characters alone) that nothing in has changed for
    LEGACY_STALE seconds (as `remove_killed_partials` takes such a package): they were left
    for good, a package's copies of WARCs in them. A live run's, another user's, a younger
    unnamed one stay; so does an unnamed one a live process may be using (`_maybe_used`:
    such a run's py-wacz reads its folder for hours, writing only the package elsewhere).
    Links in them (to WARCs) are not followed. Says what it removed on one WARNING line a
    kind; returns the folders."""
    said = f"{what} scratch {{}} of index runs that were killed"
    removed = spoolfiles.remove_ended(None, prefix, spoolfiles.remove_folder, said, "folder")
    return removed + _remove_legacy_scratch(prefix, what)


def _remove_legacy_scratch(prefix: str, what: str) -> list[Path]:
    legacy = re.compile(re.escape(prefix) + _LEGACY_SCRATCH)
    left: dict[Path, float] = {}  # unchanged for LEGACY_STALE: the newest time in it
    for path in sorted(Path(tempfile.gettempdir()).glob(f"{glob.escape(prefix)}*")):
        if not legacy.fullmatch(path.name) or not spoolfiles.owned(path):  # another user's
            continue
        newest = _newest_change(path)
        if newest is not None and time.time() - newest > LEGACY_STALE:
            left[path] = newest
    removed: list[Path] = []
    size = 0
    for path in sorted(set(left) - _maybe_used(left)):
        found = spoolfiles.remove_folder(path)  # None: a link, gone meanwhile, not ours
        if found is not None:
            removed.append(path)
            size += found
    if removed:
        logger.warning(
            "removed %d %s scratch folder%s of index runs of an earlier version, unchanged for "
            "an hour (%s; %s bytes)",
            len(removed), what, "s" * (len(removed) != 1),
            ", ".join(map(str, removed[:3])) + (", ..." if len(removed) > 3 else ""), f"{size:,}",
        )  # fmt: skip
    return removed


def _newest_change(folder: Path) -> float | None:
    """When anything in `folder` (itself, what is under it, links not followed) last changed
    (None: not readable, gone)."""
    try:
        newest = folder.lstat().st_mtime
        for top, folders, files in os.walk(folder):  # a link to a folder is not walked into
            for name in (*folders, *files):
                newest = max(newest, os.lstat(os.path.join(top, name)).st_mtime)
    except OSError:
        return None
    return newest


_PROC = Path("/proc")


def _maybe_used(folders: dict[Path, float]) -> set[Path]:
    """Of `folders` (with the newest time in each), those a live process other than this one
    may be using. A run of a version before pids in the names holds no lock to ask: what a
    process names (its arguments, and where links among them lead: py-wacz is given links in
    the wacz folder to copies in the package folder), its open files and working folder, and
    any `index` or py-wacz process started before the folder last changed (its owner, maybe:
    an old run reads all its WARCs with its package folder made and still empty) keep it.
    Without /proc (not Linux) nothing can be told: each stays."""
    if not folders:
        return set()
    try:
        pids = [entry for entry in _PROC.iterdir() if entry.name.isdigit()]
    except OSError:
        return set(folders)
    if not pids:
        return set(folders)
    booted = _boot_time()
    used: set[Path] = set()
    for entry in pids:
        if entry.name == str(os.getpid()):
            continue
        try:
            argv = [
                a.decode(errors="replace") for a in (entry / "cmdline").read_bytes().split(b"\0")
            ]
        except OSError:  # ended meanwhile
            continue
        named = _named_by(entry, argv)
        index = _an_index(argv)
        started = _started(entry, booted) if index else None
        for folder, newest in folders.items():
            owner = index and (started is None or started <= newest)  # made by it, maybe
            if owner or any(folder.name in text for text in named):
                used.add(folder)
    return used


def _named_by(entry: Path, argv: list[str]) -> list[str]:
    """What process `entry` names: its arguments and where links among them lead, its
    working folder, its open files (those of another user's process cannot be read)."""
    named = list(argv)
    for arg in argv:
        if "newsarchive-" in arg:
            with contextlib.suppress(OSError, ValueError):
                named.append(os.path.realpath(arg, strict=True))
    with contextlib.suppress(OSError):
        named.append(os.readlink(entry / "cwd"))
    with contextlib.suppress(OSError):
        for fd in (entry / "fd").iterdir():
            with contextlib.suppress(OSError):
                named.append(os.readlink(fd))
    return named


def _an_index(argv: list[str]) -> bool:
    """An `index` of newsarchive (`newsarchive index`, `python -m newsarchive index`), or the
    py-wacz it runs (`newsarchive.package.wacz_tool`, `wacz`)."""
    words = [arg.rsplit("/", 1)[-1] for arg in argv]
    if any(word in ("newsarchive.package.wacz_tool", "wacz") for word in words):
        return True
    return "newsarchive" in words and "index" in words


def _boot_time() -> float | None:
    with contextlib.suppress(OSError, ValueError):
        for line in (_PROC / "stat").read_text().splitlines():
            if line.startswith("btime "):
                return float(line.split()[1])
    return None


def _started(entry: Path, booted: float | None) -> float | None:
    """When process `entry` started (None: cannot be told, taken for older than any folder)."""
    if booted is None:
        return None
    try:
        fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        return booted + int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _safe_names(warcs: list[Path], folder: Path) -> list[Path]:
    """Links to `warcs` under names a WACZ accepts.

    The package's datapackage.json names each file, and its validator allows
    only `[-a-z0-9._/]`: upper case or `~` (in our own WARC file names) fail it.
    """
    folder.mkdir()
    links = []
    for number, warc in enumerate(warcs):
        name = re.sub(r"[^-a-z0-9._]", "-", warc.name.lower())
        link = folder / name
        if link.exists():
            link = folder / f"{number}-{name}"
        link.symlink_to(warc.resolve())
        links.append(link)
    return links


def _wacz(args: list[str], extra: dict[str, Any] | None = None) -> str:
    from newsarchive.package.wacz_tool import EXTRA_FIELDS, WRITE_FAILED

    env = {**os.environ, EXTRA_FIELDS: json.dumps(extra or {})}
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive.package.wacz_tool", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    output = done.stdout + done.stderr
    said = output.strip().splitlines()[-1:]
    if done.returncode != 0 and said and said[0].startswith(WRITE_FAILED):  # a full disk
        raise PackageError(f"wacz {args[0]}: {said[0]}")  # one line, no py-wacz chatter
    if done.returncode != 0 or "Validation failed" in output:
        raise PackageError(f"wacz {args[0]} failed (exit {done.returncode}):\n{output.strip()}")
    return output


def _listed_pages(wacz: Path) -> set[tuple[str, str]]:
    """(URL, 14-digit timestamp) of each page in the package's pages/pages.jsonl."""
    with zipfile.ZipFile(wacz) as package:
        if "pages/pages.jsonl" not in package.namelist():
            return set()
        lines = package.read("pages/pages.jsonl").decode("utf-8").splitlines()
    pages = (json.loads(line) for line in lines[1:] if line.strip())
    return {(page["url"], _second(page.get("ts", ""))) for page in pages if "url" in page}


def _second(date: str) -> str:
    try:
        return str(iso_date_to_timestamp(date))
    except (ValueError, TypeError, IndexError, OverflowError):  # Overflow: a run of digits
        return date
