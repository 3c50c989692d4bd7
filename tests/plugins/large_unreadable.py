"""The crawl of tests/plugins/large_write.py, whose large bodies cannot be read back from
their spool files in the archive's thread: `python -m tests.plugins.large_unreadable OUT_DIR`.

A failing disk under the spool folder answers a read with EIO; no loopback test can make
one, so `SpooledBody.chunks` raises it when called off the reactor (main) thread, where
the archive's thread hashes a large body. Everything else is the real crawl.
"""

from __future__ import annotations

import errno
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from newsarchive.warc.exchange import SpooledBody
from tests.plugins import large_write


def main(out_dir: Path) -> None:
    real = SpooledBody.chunks

    def unreadable(self: SpooledBody, limit: int | None = None) -> Iterator[bytes]:
        if threading.current_thread() is not threading.main_thread():
            raise OSError(errno.EIO, "Input/output error")
        return real(self, limit)

    SpooledBody.chunks = unreadable  # type: ignore[method-assign]
    large_write.main(out_dir)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
