"""Test plugin: serves `tests/fixtures/sites/<site>/` from a stdlib server on 127.0.0.1:<port 0>.

Each site gets its own origin (so root-relative links work) and its own
request log. A URL maps to a file like this:

    /politics                      -> politics, politics.html or politics/index.html
    /api/search?from=30&size=30    -> api/search@from=30&size=30 (+ .json/.xml/.html)
    /sitemap.xml?type=news         -> sitemap.xml@type=news.xml

In the query part "/" is written "_" (a file name cannot hold it) and the
value is unquoted first. The content type follows the file's extension.
Unknown paths get 404 (and are logged like any other request).
"""

from __future__ import annotations

import json
import mimetypes
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.forked_scrapy import spawn_scrapy
from tests.plugins.crawling import allow_origin

REPO = Path(__file__).resolve().parents[2]
SITES_DIR = REPO / "tests" / "fixtures" / "sites"
# A loopback origin needs none of the politeness meant for real sites.
LOCAL_SPEED = ("AUTOTHROTTLE_ENABLED=0", "DOWNLOAD_DELAY=0", "CONCURRENT_REQUESTS_PER_DOMAIN=8")
EXTENSIONS = ("", ".html", ".json", ".xml", ".rss")
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/gzip",
}


def fixture_file(root: Path, target: str) -> Path | None:
    """The file that answers `target` (path and query), or None."""
    parts = urlsplit(target)
    path = unquote(parts.path).lstrip("/")
    if ".." in Path(path).parts:
        return None
    if parts.query:
        stem = f"{path}@{unquote(parts.query).replace('/', '_')}"
        candidates = [root / f"{stem}{ext}" for ext in EXTENSIONS]
    else:
        base = root / path
        candidates = [base.with_name(base.name + ext) for ext in EXTENSIONS] if path else []
        candidates.append(base / "index.html")
    return next((c for c in candidates if c.is_file()), None)


def content_type(path: Path) -> str:
    """By extension; a file without one is a page."""
    if not path.suffix:
        return TYPES[".html"]
    guessed = mimetypes.guess_type(path.name)[0]
    return TYPES.get(path.suffix) or guessed or "application/octet-stream"


class FixtureServer:
    """One site's fixture directory served on a free loopback port, as a context manager."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []  # path + query of every request, in arrival order
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def paths(self) -> set[str]:
        with self._lock:
            return set(self.requests)

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    def __enter__(self) -> FixtureServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server._lock:
                    server.requests.append(self.path)
                found = fixture_file(server.root, self.path)
                if found is None:
                    self.send_error(404)
                    return
                body = found.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", content_type(found))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass  # the request log above is what tests read

        return Handler


class FixtureSites:
    """Starts one `FixtureServer` per site on first use; stops them all at the end."""

    def __init__(self, root: Path = SITES_DIR) -> None:
        self.root = root
        self._servers: dict[str, FixtureServer] = {}

    def server(self, site: str) -> FixtureServer:
        if site not in self._servers:
            directory = self.root / site
            if not directory.is_dir():
                raise LookupError(f"no fixtures for site {site!r} in {self.root}")
            self._servers[site] = FixtureServer(directory).__enter__()
        return self._servers[site]

    def close(self) -> None:
        for server in self._servers.values():
            server.__exit__(None, None, None)
        self._servers.clear()


@pytest.fixture(scope="session")
def fixture_sites() -> Iterator[FixtureSites]:
    """Per-site fixture servers: `fixture_sites.server("foxnews").base_url`."""
    sites = FixtureSites()
    try:
        yield sites
    finally:
        sites.close()


def run_scrapy(
    command: list[str], out_dir: Path, settings: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run `command` (a `scrapy crawl`) with every relative output path inside `out_dir`.

    The crawl runs in `out_dir` with the project's settings module named in
    the environment, so the WARCs, crawl state, run reports and default item
    feeds of a test never land in (or read from) the checkout's own folders.
    Forked as `start_crawl`'s crawls are, answering as `subprocess.run` would.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    command = [*command, "-O", f"{out_dir / 'items.jsonl'}:jsonlines"]
    origins = [arg.removeprefix("base_url=") for arg in command if arg.startswith("base_url=")]
    allowed = tuple(f"NETWORK_ALLOWED={allow_origin(origin)}" for origin in origins[:1])
    for setting in LOCAL_SPEED + allowed + settings:
        command += ["-s", setting]
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="newsarchive.settings")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    with tempfile.TemporaryDirectory(prefix="run-scrapy-") as kept:
        out, err = Path(kept, "stdout"), Path(kept, "stderr")
        out.touch()
        err.touch()
        # forked from the worker's process that imported Scrapy once (tests/forked_scrapy.py):
        # half a crawl's CPU; a crawl whose test looks at what it imported starts afresh
        fresh = command[:3] != [sys.executable, "-m", "scrapy"] or any(
            setting.startswith("TEST_LOADED_MODULES=") for setting in settings
        )
        forked = None
        if not fresh:
            forked = spawn_scrapy(command[3:], cwd=REPO, out=out, err=err, env=env, folder=out_dir)
        if forked is None:
            return subprocess.run(
                command, cwd=out_dir, env=env, capture_output=True, text=True, timeout=300
            )
        try:
            code = forked.wait(timeout=300)
        except subprocess.TimeoutExpired:
            forked.kill()
            forked.wait()
            raise
        return subprocess.CompletedProcess(command, code, out.read_text(), err.read_text())


@dataclass
class SiteCrawl:
    """What one `scrapy crawl <site>` against a fixture server did."""

    returncode: int
    log: str
    requests: list[str]  # pages (listings, feeds, articles) the server was asked for, in order
    items: list[dict[str, object]]
    warc_dir: Path
    requisites: list[str]  # images, styles and scripts of those pages, in order


# What the spiders fetch as page requisites (newsarchive.spiders.requisites): files by
# their ending, and the image resizer paths (AP's /dims4/...) the fixtures use.
REQUISITE_ENDINGS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js")
IMAGE_SERVICES = ("/dims4/",)


def is_requisite(path: str) -> bool:
    bare = path.split("?", 1)[0].lower()
    return bare.endswith(REQUISITE_ENDINGS) or bare.startswith(IMAGE_SERVICES)


def crawl_site(
    server: FixtureServer, spider: str, out_dir: Path, *args: str, settings: tuple[str, ...] = ()
) -> SiteCrawl:
    """Run the real `scrapy crawl` in a subprocess, the profile mapped onto `server`.

    `args` are spider arguments (`"sections=politics"`), `settings` extra
    `NAME=VALUE` Scrapy settings. The server's log is cleared first.
    """
    server.clear()
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"base_url={server.base_url}"]
    for arg in args:
        command += ["-a", arg]
    done = run_scrapy(command, out_dir, settings)
    items = out_dir / "items.jsonl"
    lines = items.read_text(encoding="utf-8").splitlines() if items.exists() else []
    return SiteCrawl(
        returncode=done.returncode,
        log=done.stderr,
        requests=[path for path in server.requests if not is_requisite(path)],
        items=[json.loads(line) for line in lines],
        warc_dir=out_dir / "warc",  # WARC_DIR is relative: inside out_dir
        requisites=[path for path in server.requests if is_requisite(path)],
    )
