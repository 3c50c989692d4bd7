"""A spool folder that cannot take a large body stops the crawl and says so.

A body past DOWNLOAD_SPOOL_SIZE goes on in a temporary file in DOWNLOAD_SPOOL_DIR. When
that disk was full (or turned read-only), the write failed inside Twisted's body reader,
the connection closed, and the page was named as the server's fault: archived as
`WARC-Truncated: disconnect` on each of three tries, `body cut short on every try`.
Now the failing write is named (the folder, the system's error), nothing of that page is
archived, it is not retried, and the crawl stops with one line and exit status 1: every
later large body would fail alike.

A file size limit (RLIMIT_FSIZE, EFBIG) stands in for the full disk, as in
test_exit_status.py: the demo's 3 MiB /lab/oversize passes it in its spool file, while
the crawl's small WARC, state and items stay under it.
"""

from __future__ import annotations

import resource
import signal
import subprocess
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from newsarchive import exitcodes
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, crawl_command

LIMIT = 1 << 20  # bytes any one file of the crawl's process may have


def test_a_spool_disk_that_is_full_is_named_and_stops_the_crawl(
    demo_site: DemoServer, tmp_path: Path
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    args = {"url": demo_site.base_url + "/lab/", "depth": "1"}
    settings = {"DOWNLOAD_SPOOL_SIZE": str(64 * 1024), "DOWNLOAD_SPOOL_DIR": str(spool)}
    command = crawl_command("follow", args, settings, tmp_path)
    log = tmp_path / "crawl.log"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # ignored stays ignored across exec
        resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))

    with log.open("wb") as out:
        done = subprocess.run(
            command, cwd=PROJECT, stdout=out, stderr=subprocess.STDOUT, preexec_fn=limit,
            timeout=300,
        )  # fmt: skip
    text = log.read_text(encoding="utf-8")
    last = text.strip().splitlines()[-1]
    assert done.returncode == exitcodes.FAILED, text[-3000:]
    assert last.startswith("scrapy crawl: the crawl did not finish its job: spool_write_error ("), (
        last
    )
    assert f"could not be written to DOWNLOAD_SPOOL_DIR {spool}: File too large (EFBIG)" in last
    assert "Traceback" not in text
    oversize = [line for line in text.splitlines() if "/lab/oversize" in line]
    assert not [line for line in oversize if "disconnect" in line or "cut short" in line], oversize
    assert not [line for line in oversize if "Retrying" in line], oversize  # the disk, not the site
    assert sum("could not fetch" in line and "SpoolWriteError" in line for line in oversize) == 1
    # read back: what the crawl archived before the full spool is whole; of the page
    # whose body could not be spooled, no record
    archived: list[str] = []
    for path in sorted((tmp_path / "warc").glob("*.warc.gz")):
        with path.open("rb") as stream:
            archived += [
                record.rec_headers.get_header("WARC-Target-URI")
                for record in ArchiveIterator(stream)
                if record.rec_type == "response"
            ]
    assert demo_site.base_url + "/lab/" in archived, archived
    assert not [uri for uri in archived if uri.endswith("/lab/oversize")], archived
