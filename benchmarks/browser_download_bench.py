"""Memory of a file a rendered page downloads: peak RSS of the crawl process (run by hand).

    .venv/bin/python benchmarks/browser_download_bench.py [--mib 200] [--project DIR ...]

A local server (in this process) serves a MIB MiB file as an attachment, and a page
that sets `location` to it. Two crawls, each rendering one request: the file asked for
itself (`asked`), and the page that hands it over (`page`). Each --project (a checkout
of newsarchive; default this one) is crawled in turn, so a checkout before a change and
one after are measured in one run. Peak RSS is the crawl process's VmHWM (Chromium's
own processes are not in it: they write the download to disk).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from tests.plugins.crawling import allow_origin, parse_stats  # noqa: E402

SPIDER = """
from scrapy import Request, Spider


class RenderOne(Spider):
    name = "render-one"

    def __init__(self, url="", **kwargs):
        super().__init__(**kwargs)
        self.url = url

    async def start(self):
        yield Request(self.url, meta={"newsarchive_render": True}, callback=self.parse)

    def parse(self, response):
        yield {"url": response.url, "length": len(response.body)}
"""
PAGE = (
    b"<!doctype html><title>Your file</title><p>On its way."
    b"<script>addEventListener('load', () => { location.href = '/big.bin'; })</script>"
)
SETTINGS = {
    "STATE_ENABLED": "0",
    "REPORT_ENABLED": "0",
    "ROBOTSTXT_OBEY": "0",
    "LOGSTATS_INTERVAL": "0",
    "MEMUSAGE_ENABLED": "0",
    "RETRY_TIMES": "0",
    "DOWNLOAD_DELAY": "0",
    "DOWNLOAD_MAX_TIME": "0",
    "DOWNLOAD_TIMEOUT": "600",
    "PLAYWRIGHT_DOWNLOAD_TIMEOUT": "600000",
    "WARC_DEDUP_INDEX": "newsarchive.warc.dedup.MemoryDedupIndex",
}


def serve(size: int) -> ThreadingHTTPServer:
    block = bytes(range(256)) * 4096  # 1 MiB

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            if self.path == "/page":
                self._head("text/html", len(PAGE))
                self.wfile.write(PAGE)
                return
            self._head("application/octet-stream", size, attachment=True)
            try:
                for _ in range(size // len(block)):
                    self.wfile.write(block)
            except OSError:
                pass  # cancelled

        def _head(self, kind: str, length: int, attachment: bool = False) -> None:
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(length))
            if attachment:
                self.send_header("Content-Disposition", "attachment; filename=big.bin")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def peak_rss_mb(command: list[str], cwd: Path, log: Path) -> float:
    """The command's own VmHWM, read until it exits."""
    peak = 0
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        status = Path(f"/proc/{process.pid}/status")
        while process.poll() is None:
            try:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
            except OSError:
                pass
            time.sleep(0.05)
    if process.returncode:
        raise SystemExit(f"crawl failed:\n{log.read_text(errors='replace')[-3000:]}")
    return peak / 1024


def crawl(project: Path, url: str, origin: str, out: Path) -> tuple[float, float, dict]:
    spider = out / "render_one.py"
    spider.write_text(SPIDER, encoding="utf-8")
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"url={url}"]
    given = {**SETTINGS, "WARC_DIR": str(out / "warc"), "NETWORK_ALLOWED": allow_origin(origin)}
    for name, value in given.items():
        command += ["-s", f"{name}={value}"]
    started = time.monotonic()
    peak = peak_rss_mb(command, project, out / "crawl.log")
    stats = parse_stats((out / "crawl.log").read_text(errors="replace"))
    return peak, time.monotonic() - started, stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=200)
    parser.add_argument("--project", type=Path, action="append")
    args = parser.parse_args()
    server = serve(args.mib * 1024 * 1024)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    for project in args.project or [PROJECT]:
        for name, path in (("asked", "/big.bin"), ("page", "/page")):
            with tempfile.TemporaryDirectory() as tmp:
                peak, took, stats = crawl(project, origin + path, origin, Path(tmp))
                warc = sum(p.stat().st_size for p in Path(tmp, "warc").glob("*.warc.gz"))
            kept = {
                k: v
                for k, v in stats.items()
                if k.startswith("browser/") and ("download" in k or "fetched" in k)
            }
            print(
                f"{project}  {name:5}  peak RSS {peak:7.1f} MB  {took:5.1f} s"
                f"  WARC {warc / 2**20:6.1f} MiB  {kept}",
                flush=True,
            )
    server.shutdown()


if __name__ == "__main__":
    main()
