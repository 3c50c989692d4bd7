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
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcio.timeutils import iso_date_to_timestamp

from newsarchive.package.beside import (
    CONVERTED_FROM_ARC,
    SOURCES,
    member_record,
    package_name,
    source_of,
)
from newsarchive.warc import spoolfiles

# py-wacz's inputs (the pages list, links to the WARCs) go in a temporary folder named
# after the run: one an `index` killed outright (SIGKILL) left is removed by a later run
SCRATCH_PREFIX = "newsarchive-wacz-"

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
    converted: dict[Path, Path] | None = None,
) -> WaczResult:
    """`wacz create` with our pages list, then `wacz validate`; raises PackageError on failure.
    `extra`: fields added to datapackage.json (py-wacz rewrites the pages list's header);
    `converted`: the ARC file each WARC of `warcs` converted from one was made from."""
    from newsarchive.package.pages import write_pages

    output.parent.mkdir(parents=True, exist_ok=True)
    remove_killed_partials(output)
    partial = partial_name(output, os.getpid())
    with contextlib.suppress(OSError):  # unwritable: py-wacz says so below
        spoolfiles.hold(partial)  # made and held: another pid space's run sees it is live
    try:
        with spoolfiles.scratch_folder(SCRATCH_PREFIX) as tmp:
            pages_file = Path(tmp) / "pages.jsonl"
            write_pages(pages_file, pages, title)
            create = ["create", "-f", "-o", str(partial), "-p", str(pages_file), "--title", title]
            links = _safe_names(warcs, Path(tmp) / "archive")
            sources = _sources(links, warcs, converted or {})  # before py-wacz reads them
            _wacz([*create, *map(str, links)], {**(extra or {}), SOURCES: sources})
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
        spoolfiles.let_go(partial)
    return result


def partial_name(output: Path, pid: int) -> Path:
    """The hidden name run `pid` makes `output` under before renaming it into place. Two runs
    writing one package at once each make their own (one shared name: the second's py-wacz
    wrote over the first's file, and the first validated, renamed or removed the second's);
    the last rename wins, each output whole. The pid space is in the name too (`PLACE`): a
    run in another container writing to the same folder may have the same pid."""
    return output.with_name(f".{output.stem}.{pid}-{spoolfiles.PLACE}.partial.wacz")


def remove_killed_partials(output: Path) -> list[Path]:
    """Remove the hidden packages of `index` runs of this pid space writing `output` that have
    ended (killed outright: a package as large as the archive, left for good); a live run's
    stays, and so does another pid space's (a container's, or one of a boot before this one),
    named on one line. One under the name of a version before pids (one
    for all runs), or with a pid alone, cannot be told from a live run's: named on one line
    with the command that removes it, and left. Says what it removed on one WARNING line;
    returns the files."""
    mine = re.compile(re.escape(f".{output.stem}.") + r"(\d+)-([0-9a-f]{8})\.partial\.wacz")
    earlier = re.compile(re.escape(f".{output.stem}.") + r"(\d+\.)?partial\.wacz")
    removed: list[Path] = []
    left: list[Path] = []
    elsewhere: list[Path] = []  # another pid space's: named, left (`spoolfiles.say_elsewhere`)
    for path in sorted(output.parent.glob(f".{glob.escape(output.stem)}.*partial.wacz")):
        owner = mine.fullmatch(path.name)
        if owner is None:
            if earlier.fullmatch(path.name) and spoolfiles.owned_entry(path):
                left.append(path)
            continue
        if owner.group(2) != spoolfiles.PLACE:
            if spoolfiles.owned_entry(path) and not spoolfiles.held(path):
                elsewhere.append(path)
            continue
        if spoolfiles.running(int(owner.group(1))) or spoolfiles.held(path):  # a reused pid
            continue
        with contextlib.suppress(FileNotFoundError):  # removed by another run meanwhile
            path.unlink()
            removed.append(path)
    if removed:
        names = ", ".join(str(path) for path in removed)
        logger.warning(
            "removed %d unfinished package(s) of index runs that ended: %s", len(removed), names
        )
    spoolfiles.say_left(left, f"unfinished package{'s' * (len(left) != 1)} of index runs", "file")
    some = "s" * (len(elsewhere) != 1)
    spoolfiles.say_elsewhere(elsewhere, f"unfinished package{some} of index runs", "file")
    return removed


# what tempfile adds to a prefix: 8 of these (a folder of a version before pids in the names)
_LEGACY_SCRATCH = r"[a-z0-9_]{8}"


def remove_killed_scratch(prefix: str = SCRATCH_PREFIX, what: str = "py-wacz") -> list[Path]:
    """Remove the temporary folders of `index` runs of this pid space that have ended (killed
    outright: SIGKILL, the OOM killer), named `prefix`, the run's pid and pid space
    (`spoolfiles.run_prefix`): a package's copies of WARCs are in them. A live run's, another
    user's, another container's stay. Those of earlier versions (`prefix` and tempfile's 8
    characters alone, or a pid alone) cannot be told from a live run's: named on one WARNING
    line with the command that removes them, and left. Links in them are not followed.
    Returns the folders removed."""
    said = f"{what} scratch {{}} of index runs that were killed"
    return spoolfiles.remove_ended(
        None, prefix, spoolfiles.remove_folder, said, "folder", earlier=_LEGACY_SCRATCH
    )


def _safe_names(warcs: list[Path], folder: Path) -> list[Path]:
    """Links to `warcs` under names a WACZ accepts.

    The package's datapackage.json names each file, and its validator allows
    only `[-a-z0-9._/]`: upper case or `~` (in our own WARC file names) fail it.
    """
    folder.mkdir()
    links = []
    for number, warc in enumerate(warcs):
        name = package_name(warc.name)
        if name.endswith(".gz") and not _gzipped(warc):
            name = name.removesuffix(".gz")  # bytes unchanged; replay tools read them by them
            logger.warning(
                "%s: not gzipped, though named .gz: in the WACZ as archive/%s (its validator "
                "reads a .gz member through gzip)", warc, name,
            )  # fmt: skip
        link = folder / name
        if link.exists():
            link = folder / f"{number}-{name}"
        link.symlink_to(warc.resolve())
        links.append(link)
    return links


def _gzipped(path: Path) -> bool:
    """Whether `path` starts as gzip does (one unreadable is left to py-wacz to name)."""
    try:
        with path.open("rb") as stream:
            return stream.read(2) == b"\x1f\x8b"
    except OSError:
        return True


def _sources(
    links: list[Path], warcs: list[Path], converted: dict[Path, Path]
) -> dict[str, dict[str, object]]:
    """The record of the file each member is made from, which lets a reader of the folder
    tell the member is that file without reading it (`beside.py`). A file changed while
    py-wacz copies it no longer matches its record; one gone has none (py-wacz says so).
    A WARC converted from an ARC file has the ARC file's record, marked so."""
    sources = {}
    for link, warc in zip(links, warcs, strict=True):
        with contextlib.suppress(OSError):
            sources[f"archive/{link.name}"] = member_record(warc)
            if warc in converted:
                made = source_of(converted[warc])
                sources[f"archive/{link.name}"].update({**made, CONVERTED_FROM_ARC: True})
    return sources


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
