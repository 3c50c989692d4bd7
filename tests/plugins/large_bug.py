"""The crawl of tests/plugins/large_write.py, whose large bodies meet a bug (an error that
is no OSError) in the archive's thread: `python -m tests.plugins.large_bug OUT_DIR`.

`SpooledBody.chunks` raises a RuntimeError when called off the reactor (main) thread, where
the archive's thread hashes a large body: what a bug of ours there does. Everything else is
the real crawl, and the exit status is the one `scrapy crawl` gives it.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from newsarchive.warc.exchange import SpooledBody
from tests.plugins import large_write


def main(out_dir: Path) -> None:
    real = SpooledBody.chunks

    def buggy(self: SpooledBody, limit: int | None = None) -> Iterator[bytes]:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("a bug in the archive's thread")
        return real(self, limit)

    SpooledBody.chunks = buggy  # type: ignore[method-assign]
    large_write.main(out_dir)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
