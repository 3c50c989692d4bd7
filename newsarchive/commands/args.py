"""Argument types of the `python -m newsarchive` commands: a wrong value is one line, exit 2.

Each checks what the command would otherwise trip over later, half-way or with a
traceback: a worker count of 0, an output file in a folder that does not exist,
a binary file given as a list of pages, a port another program holds.
"""

from __future__ import annotations

import argparse
import socket
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

LIST_SNIFF = 64 * 1024  # bytes of an --input list looked at before the run


def whole_number(low: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            value = low - 1
        if value < low:
            raise argparse.ArgumentTypeError(
                f"must be a whole number of at least {low}, got {raw!r}"
            )
        return value

    return parse


def output_file(raw: str) -> Path:
    """A file to write: its folder must exist (a typo must not create a tree elsewhere)."""
    path = Path(raw)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{raw!r} is a folder; give a file name")
    folder = path.parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"folder {str(folder)!r} does not exist (of {raw!r})")
    return path


def text_list(raw: str) -> Path:
    """A JSON Lines list: an existing UTF-8 text file."""
    path = Path(raw)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{raw!r} is a folder; give a JSON Lines file")
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"no such file: {raw!r}")
    try:
        with path.open("rb") as stream:
            head = stream.read(LIST_SNIFF)
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {raw!r}: {exc.strerror}") from None
    if b"\0" in head or head.startswith(b"\x1f\x8b"):
        raise argparse.ArgumentTypeError(
            f"{raw!r} is a binary file, not a JSON Lines list of pages (UTF-8 text)"
        )
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut = len(head) == LIST_SNIFF and exc.start >= len(head) - 4
        if not cut:  # not just a character cut at the sniff's end (a short file has none)
            raise argparse.ArgumentTypeError(
                f"{raw!r} is not UTF-8 text (byte {exc.start}): give a JSON Lines list of pages"
            ) from None
    return path


def items_input(raw: str) -> Path:
    """Items: a folder of JSON Lines files, or one such file (UTF-8 text, as `text_list`);
    a missing one is left for the command to name with the other inputs. A pipe
    (`--items <(zcat items.jsonl.gz)`, `/dev/stdin`) is read as it comes, not looked at
    first: a look takes its lines (it was refused, "no such file: '/dev/fd/63'")."""
    path = Path(raw)
    if path.is_dir() or not path.exists() or not path.is_file():
        return path
    try:
        return text_list(raw)
    except argparse.ArgumentTypeError as exc:
        message = str(exc).replace("list of pages", "file of items")
        raise argparse.ArgumentTypeError(message) from None


def listen_port(raw: str) -> int:
    """0 (any free port) or a port on 127.0.0.1 that nothing else listens on."""
    try:
        port = int(raw)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be a port from 0 to 65535, got {raw!r}")
    if port and not _free(port):
        raise argparse.ArgumentTypeError(
            f"port {port} on 127.0.0.1 is in use or not allowed; give another (0: a free one)"
        )
    return port


def _free(port: int) -> bool:
    """As a server binds it (SO_REUSEADDR): only a listener on it makes it busy."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def http_url(raw: str) -> str:
    """An http(s) URL with a host: a port or a bare name given instead made every link
    of the output a relative one that leads nowhere."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(
            f"must be an http:// or https:// URL such as http://127.0.0.1:8080/newsarchive, "
            f"got {raw!r}"
        )
    return raw
