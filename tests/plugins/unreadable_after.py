"""`python -m newsarchive` whose files named `*.eio.*` cannot be read past their first
AFTER bytes: `python -m tests.plugins.unreadable_after AFTER COMMAND ARGS...`.

A failing disk answers a read with EIO; no loopback test can make one (as in
tests/plugins/large_unreadable.py), so the files `recompress` and `extract` open (through
`open_regular`, to probe them and to read them) that are named so read as such a disk:
the bytes before AFTER, then OSError(EIO). Everything else is the real command on real files.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from pathlib import Path
from typing import IO, Any

from newsarchive.commands import recompress
from newsarchive.warc import files, framed, reading
from newsarchive.warc import recompress as recompressing


class FailingRead(io.FileIO):
    """A real file whose disk fails reads past `after` bytes with EIO."""

    def __init__(self, path: Path, after: int) -> None:
        super().__init__(path, "r")
        self.after = after

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self.tell() + max(size, 1) > self.after:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return super().read(size)

    def readinto(self, buffer: Any) -> int:
        if self.tell() + max(len(memoryview(buffer)), 1) > self.after:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return super().readinto(buffer)


def main() -> int:
    after = int(sys.argv[1])
    real = recompress.open_regular

    def opened(path: Path) -> IO[bytes]:
        if ".eio." not in path.name:
            return real(path)
        real(path).close()  # refused as the real one refuses (a FIFO, a link to nothing)
        return io.BufferedReader(FailingRead(path, after))

    plain_open = Path.open

    def path_opened(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if ".eio." not in self.name or mode != "rb":
            return plain_open(self, mode, *args, **kwargs)
        return io.BufferedReader(FailingRead(self, after))

    Path.open = path_opened  # type: ignore[method-assign]  # `extract -j`'s ranges read so
    recompress.open_regular = opened  # type: ignore[assignment]
    recompressing.open_regular = opened  # type: ignore[assignment]  # the reading, too
    reading.open_regular = opened  # type: ignore[assignment]  # `extract`'s reading
    framed.open_regular = opened  # type: ignore[assignment]  # (its lz4 and zstd probe)
    files.open_regular = opened  # type: ignore[assignment]  # a copy compared to its original
    from newsarchive.cli import main as cli

    return cli(sys.argv[2:], log_lines=True)  # as `python -m newsarchive` runs it


if __name__ == "__main__":
    raise SystemExit(main())
