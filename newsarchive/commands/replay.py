"""`python -m newsarchive replay`: pywb over an archive, on loopback, until Ctrl-C.

    python -m newsarchive replay warc/demo            # a folder of WARCs
    python -m newsarchive replay warc/demo/demo.wacz  # a WACZ package

pywb runs from its own virtualenv (`.venv-pywb`, see the Makefile): it pins
libraries that clash with the crawler's. The collection is built in a scratch
folder (`--root` keeps it) so the archive itself is never modified. Its index
is ours (`newsarchive.package.cdxj`), not `wb-manager reindex`: a file or
record that cannot be read is named and left out, and the rest is served.
Bodies pywb cannot decode (zstd, stacked codings) are served from decoded
copies made in the scratch folder (`newsarchive.package.replayable`).
Stopped by Ctrl-C or SIGTERM, it exits 0; killed outright (SIGKILL), it takes
pywb with it on Linux (the child asks the kernel for a signal when its parent
dies), so no orphaned pywb keeps the port.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsarchive.commands.args import listen_port
from newsarchive.commands.parentdeath import end_with_parent
from newsarchive.commands.recompressed import copies_in_place
from newsarchive.package.beside import all_beside, archives_by_name, packages_in_folders
from newsarchive.package.captures import warc_files
from newsarchive.package.cdxj import write_cdxj
from newsarchive.package.replayable import COPIES_NAME, swap_in_copies, write_decoded_copies
from newsarchive.package.unpacked import (
    Unpacked,
    UnpackError,
    package_refused,
    pywb_unpacks_all,
    unpack_into,
    unzip_cannot_read,
)
from newsarchive.warc.archives import Skips, openable
from newsarchive.warc.files import LOOP_GIVEN, symlink_loop, unlisted_folders, unseen
from newsarchive.warc.spoolfiles import (
    let_go,
    new_scratch_folder,
    remove_stale,
    remove_stale_scratch,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PYWB_VENV = PROJECT_ROOT / ".venv-pywb"


# the log lines `python -m newsarchive` sets up for this command (cli.main)
LOG_LEVEL = logging.WARNING


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive",
        nargs="?",
        type=Path,
        default=Path("warc"),
        help="WARCs, a folder of them, or a .wacz (default: warc)",
    )
    parser.add_argument(
        "--port", type=listen_port, default=0, help="port on 127.0.0.1 (default: a free one)"
    )
    parser.add_argument(
        "--collection",
        type=_collection,
        default="newsarchive",
        help="pywb collection name (default: newsarchive)",
    )
    parser.add_argument(
        "--root", type=Path, help="folder for pywb's collections (default: temporary)"
    )
    parser.add_argument(
        "--pywb-venv",
        type=Path,
        default=Path(os.environ.get("NEWSARCHIVE_PYWB_VENV", DEFAULT_PYWB_VENV)),
        help="virtualenv holding pywb (wb-manager, wayback; default: .venv-pywb, or "
        "$NEWSARCHIVE_PYWB_VENV)",
    )


def _collection(raw: str) -> str:
    """A name pywb takes (letters, digits, `_`, `-`): checked before anything is built."""
    if not re.fullmatch(r"[\w-]+", raw):
        raise argparse.ArgumentTypeError(f"letters, digits, _ and - only, got {raw!r}")
    return raw


def run(args: argparse.Namespace) -> int:
    tools = args.pywb_venv / "bin"
    if not (tools / "wayback").exists():
        print(
            f"replay: pywb not found in {args.pywb_venv} (run `make install-pywb`)", file=sys.stderr
        )
        return 2
    refused = _refused(args.archive)
    if refused:
        print(f"replay: {refused}", file=sys.stderr)
        return 2
    root = args.root or new_scratch_folder()
    remove_stale()  # what a killed run held for joining segments
    remove_stale_scratch()  # a replay killed outright (SIGKILL) left its folder
    try:
        skips = build_collection(tools, root, args.collection, args.archive)
        if skips.count:
            print(f"replay: skipped: {skips.summary()} (named above)", file=sys.stderr)
        return serve(tools, root, args.collection, args.port or free_port())
    except CollectionError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.root is None:
            let_go(root)  # its lock's descriptor closed (one more each run of a calling program)
            shutil.rmtree(root, ignore_errors=True)


class CollectionError(RuntimeError):
    pass


def _refused(archive: Path) -> str | None:
    """Why nothing given can be served, found before pywb starts: a path not there, none of
    an archive, or one it may not read (each was exit 1, or `no closed WARC files` of a
    folder it could not list)."""
    hidden = unseen(archive)
    if hidden:
        return hidden
    if symlink_loop(archive):  # it was "no such file or folder", of a link that is there
        return f"{archive}: {LOOP_GIVEN}"
    if not archive.exists():
        return f"no such file or folder: {archive}"
    if archive.suffix == ".wacz":
        return package_refused(archive)
    try:  # a `.open` WARC or a file that is none: 2, as `extract` and `index` say it (was 1)
        with _quiet_names():  # its `left out` lines are said as the archive is read (twice)
            found = warc_files([archive])
    except ValueError as exc:
        return str(exc)
    unlisted = unlisted_folders([archive]).get(str(archive))
    if not found and unlisted:
        return f"{archive}: {unlisted.partition(':')[0]}: nothing to replay"
    if not found:  # a folder holding none: nothing to do, 2 as well (was 1)
        return no_warcs(archive)
    return _none_opens(archive, found)


@contextmanager
def _quiet_names() -> Iterator[None]:
    names = logging.getLogger("newsarchive.warc.archives")
    was = names.disabled
    names.disabled = True
    try:
        yield
    finally:
        names.disabled = was


def _none_opens(archive: Path, warcs: list[Path]) -> str | None:
    """Why not one of `warcs` opens, when each is refused for its permissions
    (`chmod -R 644 warc/`); other errors are named file by file as the archive is read."""
    refused: list[tuple[Path, str]] = []
    for warc in warcs:
        try:
            os.close(os.open(warc, os.O_RDONLY | os.O_NONBLOCK))
        except PermissionError as exc:
            refused.append((warc, str(exc.strerror)))
        except OSError:
            return None
        else:
            return None
    first, why = refused[0]
    more = f" and {len(refused) - 1} more" if len(refused) > 1 else ""
    return f"nothing in {archive} can be opened ({why}: {first}{more}): nothing to replay"


def _name_packages_beside(archive: Path, skips: Skips) -> None:
    """A package in the folder served is not served with it (pywb unpacks one package given
    alone): each is named and counted, unless it holds only the WARCs beside it (`index
    --wacz`'s layout). They were passed over without a line."""
    beside = archives_by_name([archive])
    for package in packages_in_folders([archive]):
        if not all_beside(package, beside):
            skips.file(
                package,
                "not served: `replay` serves the WARCs of a folder or one package given alone: "
                f"`python -m newsarchive replay {package}` serves it",
            )


def _readable_members(package: Path, folder: Path, skips: Skips) -> tuple[Path, dict[str, str]]:
    """The members of `package` that Python's zipfile reads, copied to `folder` (in replay's
    scratch folder), the others named and counted; the folder is served as WARCs are."""
    found = Unpacked()
    try:
        unpack_into(package, folder, found)
    except UnpackError as exc:
        raise CollectionError(str(exc)) from exc
    found.name_left_out(skips)
    return folder, found.aliases


def no_warcs(archive: Path) -> str:
    """What to say of a folder holding no closed WARC file: the package it holds, if any."""
    packages = sorted(archive.glob("*.wacz")) if archive.is_dir() else []
    said = f"no closed WARC files in {archive}"
    if packages:
        return f"{said} (it holds {packages[0].name}: replay {packages[0]})"
    return f"{said}; give a WARC file, a folder holding them, or a WACZ"


def build_collection(tools: Path, root: Path, name: str, archive: Path) -> Skips:
    """`wb-manager init`, then the WARCs linked and indexed (or a WACZ unpacked) in `root`."""
    root.mkdir(parents=True, exist_ok=True)
    skips = Skips()
    if not (root / "collections" / name).exists():
        _manager(tools, root, ["init", name])
    config = root / "config.yaml"
    if not config.exists():  # else wayback says `[Errno 2] No such file ... config.yaml` first
        config.write_text("# pywb's defaults (newsarchive replay)\ncollections_root: collections\n")
    copied: dict[str, str] = {}  # a package's member copied out: PACKAGE/archive/NAME
    if archive.suffix == ".wacz" and pywb_unpacks_all(archive) and not unzip_cannot_read(archive):
        _manager(tools, root, ["add", "--unpack-wacz", name, str(archive.resolve())])
        _decode_unpacked(root / "collections" / name)
        return skips
    if archive.suffix == ".wacz":  # pywb's unpacking stops at the member or leaves it out
        # emptied first: a kept --root holds an earlier package's copies, not this one's
        shutil.rmtree(root / "members", ignore_errors=True)
        archive, copied = _readable_members(archive, root / "members", skips)
    try:
        warcs = warc_files([archive])
    except ValueError as exc:
        raise CollectionError(str(exc)) from exc
    if not warcs:
        raise CollectionError(no_warcs(archive))
    if not copied:  # as `index` does: a zstd original was named skipped on every run, and a
        # gzipped-whole one indexed beside its copy, pywb given each capture twice
        warcs = copies_in_place("replay", warcs, "served")
    _name_packages_beside(archive, skips)
    # links, not copies (`wb-manager add` copies): an archive may hold gigabytes
    folder = root / "collections" / name / "archive"
    links = []
    for number, warc in enumerate(warcs):
        if not openable(warc, skips):  # named here, by the path given
            continue
        target = os.path.realpath(warc)  # not resolve(): a loop of links is named, not raised
        link = folder / warc.name
        there = link.is_symlink() or link.exists()
        if there and os.path.realpath(link) != target:
            link = folder / f"{number}-{warc.name}"
            there = link.is_symlink() or link.exists()
        if not there:  # else a kept --root from an earlier replay
            link.symlink_to(target)
        links.append(link)
        # what cannot be read is named as the user named it
        skips.aliases[str(link)] = copied.get(str(warc), str(warc))
    copies = folder / COPIES_NAME
    replaced = write_decoded_copies(links, copies)
    if not replaced:  # nothing pywb cannot decode: no copies to index (an empty file is no WARC)
        copies.unlink()
    for copy in replaced:  # served joined from its copy: its first segment is not left out
        if copy.joined:
            skips.joined_copies.add(f"{folder / copy.name}@{copy.offset}")
    index = root / "collections" / name / "indexes" / "index.cdxj"
    if write_cdxj([*links, *([copies] if replaced else [])], index, skips, root=folder) == 0:
        raise CollectionError(nothing_served(archive, skips))
    swap_in_copies(index, replaced)
    skips.say_unserved()
    return skips


def nothing_served(archive: Path, skips: Skips) -> str:
    """Why an index has no line: what could not be read (named above), or, where all was
    read, records of no kind replay serves (a warcinfo, requests): that was said "could
    not be read" too, as if the archive were damaged."""
    if skips.count:
        return f"nothing in {archive} could be read: nothing to replay"
    return (
        f"nothing to replay in {archive}: its records were read whole, but none is a "
        "response, revisit, resource or metadata record (what replay serves)"
    )


def _decode_unpacked(collection: Path) -> None:
    """An unpacked WACZ's zstd, stacked-coding and offset-dated responses served from
    decoded copies, as for WARCs: pywb was given the package as it was, and served
    those pages as their compressed bytes (a WACZ keeps what was served)."""
    indexes = collection / "indexes"
    if any(not p.name.endswith(".cdxj") for p in indexes.iterdir()):
        return  # a compressed index (.cdx.gz + .idx) whose lines cannot be swapped
    folder = collection / "archive"
    copies = folder / COPIES_NAME
    warcs = sorted(p for p in folder.iterdir() if p.is_file() and p.name != COPIES_NAME)
    replaced = write_decoded_copies(warcs, copies)
    if not replaced:
        copies.unlink()
        return
    own = indexes / "newsarchive-decoded-copies.cdxj"
    write_cdxj([copies], own, Skips(quiet=True), root=folder)
    for index in sorted(indexes.glob("*.cdxj")):  # the package's lines of the originals go
        swap_in_copies(index, replaced)


def serve(tools: Path, root: Path, name: str, port: int) -> int:
    """Run `wayback` in the foreground; print where to look first."""
    stopped: list[int] = []
    started: list[subprocess.Popen[bytes]] = []

    def stop(signum: int, _frame: object) -> None:
        stopped.append(signum)
        for wayback in started:
            wayback.terminate()

    # taken over before the "open" line: installed once pywb ran, a SIGTERM in between
    # ended `replay` at once, its scratch folder left behind
    earlier = signal.signal(signal.SIGTERM, stop)
    try:
        print(f"replay: open http://127.0.0.1:{port}/{name}/ (Ctrl-C stops pywb)", flush=True)
        print(f"replay: a page: http://127.0.0.1:{port}/{name}/<timestamp>/<url>", flush=True)
        if stopped:  # never started
            return 0
        # pywb in a process group of its own: a terminal's Ctrl-C (SIGINT to the foreground
        # group) reaches only us, and we stop pywb with SIGTERM; given SIGINT too, gevent
        # printed a KeyboardInterrupt traceback of 30 lines
        wayback = subprocess.Popen(
            [str(tools / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=root,
            preexec_fn=_ends_with_parent(os.getpid()) if sys.platform == "linux" else None,
            process_group=0,
        )  # fmt: skip
        started.append(wayback)
        if stopped:  # as pywb started: it got no SIGTERM from `stop`
            wayback.terminate()
        code = wayback.wait()
    except KeyboardInterrupt:
        for wayback in started:
            wayback.terminate()
            wayback.wait()
        return 0
    finally:  # a program calling `cli.main` gets its own SIGTERM back (it stayed on `stop`)
        signal.signal(signal.SIGTERM, earlier)
    # pywb ends with -SIGTERM when we stop it: that is the clean way out
    return 0 if stopped else code


def _ends_with_parent(parent: int) -> Callable[[], None]:
    """In the forked child, before pywb starts: SIGTERM when `replay` dies, even by
    SIGKILL, which no handler of ours sees; if the parent is already gone, end now."""

    def arrange() -> None:
        end_with_parent(parent, signal.SIGTERM)

    return arrange


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _manager(tools: Path, root: Path, args: list[str]) -> None:
    done = subprocess.run(
        [str(tools / "wb-manager"), *args], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        said = " ".join((done.stdout + done.stderr).split())  # one line
        raise CollectionError(f"wb-manager {args[0]} failed: {said}")
