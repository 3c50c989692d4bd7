"""Memory of large downloads: peak RSS of a crawl fetching 8 big files at once (run by hand).

    .venv/bin/python benchmarks/download_bench.py [--files 8] [--mib 64] [--rounds 1]

A local server (in this process) serves a page linking FILES bodies of MIB MiB
each; the `follow` spider fetches them all at once (concurrency 16) and
archives them. Variants, each run in turn: Scrapy's own HTTP/1.1 handler
(bodies held whole in memory, the state before newsarchive.network.download),
then the project's handler spooling bodies past DOWNLOAD_SPOOL_SIZE to a
temporary file. Each for a media type (video/mp4: the body stays on disk)
and for text/html (the body is read back for the spider after spooling).
Peak RSS is the crawl process's VmHWM.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from benchmarks.crawl_bench import measured  # noqa: E402
from tests.plugins.crawling import crawl_command, parse_stats  # noqa: E402

SETTINGS = {
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "FEEDS": "{}",
    "LOGSTATS_INTERVAL": "0",
    "MEMUSAGE_ENABLED": "0",
    "ROBOTSTXT_OBEY": "0",
    "STATE_ENABLED": "0",
    "REPORT_ENABLED": "0",
    "WARC_DEDUP_INDEX": "newsarchive.warc.dedup.MemoryDedupIndex",
    "DOWNLOAD_MAX_TIME": "0",
    "DOWNLOAD_TIMEOUT": "600",
}
STOCK = '{"http": "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"}'
VARIANTS = {
    "Scrapy's handler (whole bodies in memory)": {"DOWNLOAD_HANDLERS": STOCK},
    "newsarchive handler, DOWNLOAD_SPOOL_SIZE 4 MiB": {"DOWNLOAD_SPOOL_SIZE": str(4 << 20)},
}


def serve(files: int, size: int) -> ThreadingHTTPServer:
    block = bytes(range(256)) * 4096  # 1 MiB; every file differs in its first bytes

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            kind, _, name = self.path.strip("/").partition("/")
            if not name:
                links = "".join(f'<a href="/{kind}/{n}">{n}</a>' for n in range(files))
                self._head(200, "text/html", len(links.encode()))
                self.wfile.write(links.encode())
                return
            content_type = "video/mp4" if kind == "video" else "text/html; charset=latin-1"
            self._head(200, content_type, size)
            self.wfile.write(f"{name:>16}".encode())
            left = size - 16
            while left > 0:
                piece = block[: min(left, len(block))]
                self.wfile.write(piece)
                left -= len(piece)

        def _head(self, status: int, content_type: str, length: int) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(length))
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def crawl(base: str, kind: str, settings: dict[str, str], work: Path) -> tuple[float, int]:
    out = Path(tempfile.mkdtemp(dir=work))
    command = crawl_command("follow", {"url": f"{base}/{kind}/", "depth": "1"}, settings, out)
    command = command[: command.index("-O")]
    _, rss, _ = measured(command, out / "crawl.log", PROJECT)
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    return rss, int(stats.get("warc/bytes", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--mib", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=1)
    options = parser.parse_args()
    server = serve(options.files, options.mib << 20)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    results: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(options.rounds):
            for kind in ("video", "html"):
                for name, extra in VARIANTS.items():
                    rss, warc = crawl(base, kind, {**SETTINGS, **extra}, Path(tmp))
                    results.setdefault((kind, name), []).append(rss)
                    print(f"{kind:5} {name}: peak RSS {rss:.0f} MB, WARC {warc / 1e6:.0f} MB")
    server.shutdown()
    rounds = options.rounds
    print(f"\n{options.files} concurrent downloads of {options.mib} MiB, median of {rounds}")
    print("| body type | handler | peak RSS |\n|---|---|---:|")
    for (kind, name), values in results.items():
        label = "video/mp4" if kind == "video" else "text/html"
        print(f"| {label} | {name} | {statistics.median(values):.0f} MB |")


if __name__ == "__main__":
    main()
