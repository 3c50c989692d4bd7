"""`python -m newsarchive replay`: pywb over an archive, on loopback, until Ctrl-C.

    python -m newsarchive replay warc/demo            # a folder of WARCs
    python -m newsarchive replay warc/demo/demo.wacz  # a WACZ package

pywb runs from its own virtualenv (`.venv-pywb`, see the Makefile): it pins
libraries that clash with the crawler's. The collection is built in a scratch
folder (`--root` keeps it) so the archive itself is never modified.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from newsarchive.commands.args import listen_port
from newsarchive.package.captures import warc_files

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PYWB_VENV = PROJECT_ROOT / ".venv-pywb"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "archive", nargs="?", type=Path, default=Path("warc"), help="WARCs or .wacz"
    )
    parser.add_argument(
        "--port", type=listen_port, default=0, help="port on 127.0.0.1 (default: a free one)"
    )
    parser.add_argument("--collection", default="newsarchive", help="pywb collection name")
    parser.add_argument(
        "--root", type=Path, help="folder for pywb's collections (default: temporary)"
    )
    parser.add_argument(
        "--pywb-venv",
        type=Path,
        default=Path(os.environ.get("NEWSARCHIVE_PYWB_VENV", DEFAULT_PYWB_VENV)),
        help="virtualenv holding pywb (wb-manager, wayback)",
    )


def run(args: argparse.Namespace) -> int:
    tools = args.pywb_venv / "bin"
    if not (tools / "wayback").exists():
        print(
            f"replay: pywb not found in {args.pywb_venv} (run `make install-pywb`)", file=sys.stderr
        )
        return 2
    if not args.archive.exists():
        print(f"replay: no such file or folder: {args.archive}", file=sys.stderr)
        return 2
    root = args.root or Path(tempfile.mkdtemp(prefix="newsarchive-replay-"))
    try:
        build_collection(tools, root, args.collection, args.archive)
        return serve(tools, root, args.collection, args.port or free_port())
    except CollectionError as exc:
        print(f"replay: {exc}", file=sys.stderr)
        return 1
    finally:
        if args.root is None:
            shutil.rmtree(root, ignore_errors=True)


class CollectionError(RuntimeError):
    pass


def build_collection(tools: Path, root: Path, name: str, archive: Path) -> None:
    """`wb-manager init`, then the WARCs linked and indexed (or a WACZ unpacked) in `root`."""
    root.mkdir(parents=True, exist_ok=True)
    if not (root / "collections" / name).exists():
        _manager(tools, root, ["init", name])
    if archive.suffix == ".wacz":
        _manager(tools, root, ["add", "--unpack-wacz", name, str(archive.resolve())])
        return
    warcs = warc_files([archive])
    if not warcs:
        raise CollectionError(f"no closed WARC files in {archive}")
    # links, not copies (`wb-manager add` copies): an archive may hold gigabytes
    folder = root / "collections" / name / "archive"
    for number, warc in enumerate(warcs):
        link = folder / warc.name
        if link.exists() and link.resolve() == warc.resolve():
            continue  # a kept --root from an earlier replay
        link = link if not link.exists() else folder / f"{number}-{warc.name}"
        link.symlink_to(warc.resolve())
    _manager(tools, root, ["reindex", name])


def serve(tools: Path, root: Path, name: str, port: int) -> int:
    """Run `wayback` in the foreground; print where to look first."""
    print(f"replay: open http://127.0.0.1:{port}/{name}/ (Ctrl-C stops pywb)", flush=True)
    print(f"replay: a page: http://127.0.0.1:{port}/{name}/<timestamp>/<url>", flush=True)
    wayback = subprocess.Popen(
        [str(tools / "wayback"), "-b", "127.0.0.1", "-p", str(port)], cwd=root
    )
    stop = lambda *_: wayback.terminate()  # noqa: E731
    signal.signal(signal.SIGTERM, stop)
    try:
        return wayback.wait()
    except KeyboardInterrupt:
        wayback.terminate()
        wayback.wait()
        return 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _manager(tools: Path, root: Path, args: list[str]) -> None:
    done = subprocess.run(
        [str(tools / "wb-manager"), *args], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise CollectionError(
            f"wb-manager {args[0]} failed:\n{(done.stdout + done.stderr).strip()}"
        )
