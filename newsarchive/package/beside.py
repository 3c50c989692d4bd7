"""WACZ packages in the folders given to a reader of WARCs, and which of their members are
the bytes of an archive file read beside them (`index WARC_DIR --wacz WARC_DIR/x.wacz`'s
layout): read once, from the folder."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from newsarchive.warc.files import ARCHIVE_NAME, file_or_unseen, is_folder

logger = logging.getLogger("newsarchive.warc.archives")  # the readers' lines' name

_BLOCK = 1 << 20
# datapackage.json's field of what each archive member was made from (`index --wacz`)
SOURCES = "newsarchive:sources"
# a member's record that says it is the WARC converted from the ARC file it names (`arcs.py`)
CONVERTED_FROM_ARC = "converted_from_arc"
_LARGEST_DATAPACKAGE = 64 << 20  # a field of hundreds of WARCs is some 100 KB


def source_of(path: Path, stat: os.stat_result | None = None) -> dict[str, object]:
    """What `index --wacz` records of a WARC it packages, stat'ed before py-wacz reads it.
    The change time and inode are the kernel's (no tool sets them): a file rewritten, even
    with its size and modification time put back (`touch -r`, `rsync -t`), or a copy, is
    not this one, and its bytes are compared."""
    stat = stat or path.stat()
    return {
        "name": path.name,
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "ctime_ns": stat.st_ctime_ns,
        "inode": stat.st_ino,
    }


def member_record(path: Path) -> dict[str, object]:
    """`source_of(path)` and the date py-wacz gives the member it copies from it (its local
    modification time, to the even second: `ZipInfo.from_file`): a member replaced later
    (`zip -u`), the record kept, is not the file's bytes."""
    stat = path.stat()
    moment = time.localtime(stat.st_mtime)
    return {**source_of(path, stat), "member_time": [*moment[:5], moment[5] - moment[5] % 2]}


def _unchanged(record: object, info: zipfile.ZipInfo, path: Path) -> bool:
    """Whether `path` is, unchanged, the file the member was made from (its record)."""
    if not isinstance(record, dict) or record.get("member_time") != list(info.date_time):
        return False
    return {k: v for k, v in record.items() if k != "member_time"} == source_of(path)


def recorded_sources(package: Path) -> dict[str, object]:
    """The package's record of the file each member was made from, by member name (none in
    one other tools made, or one unreadable: its members' bytes are compared)."""
    try:
        with zipfile.ZipFile(package) as opened:
            if opened.getinfo("datapackage.json").file_size > _LARGEST_DATAPACKAGE:
                return {}
            data = json.loads(opened.read("datapackage.json"))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        return {}
    sources = data.get(SOURCES) if isinstance(data, dict) else None
    return sources if isinstance(sources, dict) else {}


def is_package(path: Path) -> bool:
    """A regular file named `.wacz` (a FIFO or a folder so named is left to the readers)."""
    return path.suffix.lower() == ".wacz" and file_or_unseen(path)  # one unseen: named as read


def packages_in_folders(given: list[Path], leave_out: Iterable[Path] = ()) -> list[Path]:
    """The `.wacz` files in the folders of `given`, subfolders too, read as a package named
    is (they were passed over without a line: a folder of packages gave nothing, exit 0).
    A hidden `.NAME.PID-SPACE.partial.wacz` (an `index --wacz` writing it) is left out."""
    skip = {Path(os.path.realpath(path)) for path in leave_out}
    named = {Path(os.path.realpath(path)) for path in given if is_package(path)}
    found: dict[Path, Path] = {}
    for folder in given:
        if not is_folder(folder):
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() != ".wacz" or not file_or_unseen(path):
                continue
            real = Path(os.path.realpath(path))
            if path.name.startswith(".") and path.name.endswith(".partial.wacz"):
                logger.warning("left out %s: a package `index --wacz` is writing", path)
            elif real not in skip and real not in named:
                found.setdefault(real, path)
    return list(found.values())


def package_name(name: str) -> str:
    """The name `index --wacz` gives a WARC in its package: a WACZ's datapackage.json may
    name files with `[-a-z0-9._]` only (our own WARC names may hold capitals or `~`)."""
    return re.sub(r"[^-a-z0-9._]", "-", name.lower())


def archives_by_name(given: list[Path]) -> dict[str, list[Path]]:
    """The archive files given and in the folders given, by name and by the name a package
    gives them: a package's member of that name and bytes is one of them (`index WARC_DIR
    --wacz WARC_DIR/x.wacz`'s layout)."""
    by_name: dict[str, list[Path]] = {}
    for path in given:
        files = sorted(path.rglob("*")) if is_folder(path) else [path]
        for file in files:
            if ARCHIVE_NAME.search(file.name) and file_or_unseen(file):
                names: tuple[str, ...] = (file.name, package_name(file.name))
                # a plain file named `.gz` is packaged without it (`wacz._safe_names`); a
                # candidate only: its size and bytes are compared
                names += tuple(name.removesuffix(".gz") for name in names if name.endswith(".gz"))
                for name in dict.fromkeys(names):
                    by_name.setdefault(name, []).append(file)
    return by_name


def _candidates(name: str, beside: dict[str, list[Path]]) -> list[Path]:
    """The files beside that a member of this name may be: also under the name without the
    number `index --wacz` puts before a name two WARCs would share ("1-name")."""
    found = list(beside.get(name, []))
    numbered = _NUMBERED.match(name)
    if numbered:
        found += [path for path in beside.get(numbered.group(1), []) if path not in found]
    return found


_NUMBERED = re.compile(r"^\d+-(.+)$")


def _read_beside(
    info: zipfile.ZipInfo, name: str, beside: dict[str, list[Path]], sources: dict[str, object]
) -> Path | None:
    """The archive file read beside the package that holds the member's bytes, if any: the
    very file it was made from, unchanged since (the cron layout: no byte read, where a
    CRC-32 read every WARC of the folder at each run), else one whose CRC-32 is the member's."""
    record = sources.get(info.filename)
    if isinstance(record, dict) and record.get(CONVERTED_FROM_ARC):
        return _arc_beside(record, info, PurePosixPath(name).name, beside)
    for path in _candidates(PurePosixPath(name).name, beside):
        try:
            if path.stat().st_size != info.file_size:
                continue
            if _unchanged(record, info, path):
                return path
            crc = 0
            with path.open("rb") as stream:
                while block := stream.read(_BLOCK):
                    crc = zlib.crc32(block, crc)
        except OSError:  # named as its reader opens it
            continue
        if crc == info.CRC:
            return path
    return None


def _arc_beside(
    record: dict[str, object], info: zipfile.ZipInfo, name: str, beside: dict[str, list[Path]]
) -> Path | None:
    """The ARC file beside the package that the member (`NAME.warc.gz`) was converted from,
    unchanged since (by its record only: the member's bytes are not the ARC's)."""
    made = {key: value for key, value in record.items() if key != CONVERTED_FROM_ARC}
    for path in _candidates(name.removesuffix(".warc.gz"), beside):
        with contextlib.suppress(OSError):  # named as its reader opens it
            if _unchanged(made, info, path):
                return path
    return None


def not_beside(
    package: Path, members: list[tuple[zipfile.ZipInfo, str]], beside: dict[str, list[Path]]
) -> list[tuple[zipfile.ZipInfo, str]]:
    """The members that are not the bytes of an archive file read beside the package (read
    twice, each of their pages was two captures); those that are, said: one line where all
    are (a package of the folder it lies in, as `index --wacz` writes it: at INFO, which
    `index` shows, `extract` and `history` do not), else a warning each."""
    sources = recorded_sources(package) if members else {}
    same = {info.filename: _read_beside(info, name, beside, sources) for info, name in members}
    if all(same.values()):  # the cron layout: nothing lost, a warning at each run was noise
        logger.info(
            "%s: not read: its %d archive file%s the same bytes as files read beside it",
            package, len(members), " is" if len(members) == 1 else "s are",
        )  # fmt: skip
        return []
    for member, path in same.items():
        if path is not None:
            logger.warning(
                "%s/%s: not read from the package: the same bytes as %s, read there",
                package, member, path,
            )  # fmt: skip
    return [(info, name) for info, name in members if same[info.filename] is None]


def all_beside(package: Path, beside: dict[str, list[Path]]) -> bool:
    """Whether every archive member of `package` is the bytes of a file in `beside`."""
    try:
        with zipfile.ZipFile(package) as opened:
            infos = [
                i for i in opened.infolist() if ARCHIVE_NAME.search(i.filename.rpartition("/")[2])
            ]
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    sources = recorded_sources(package)
    return bool(infos) and all(_read_beside(i, i.filename, beside, sources) for i in infos)
