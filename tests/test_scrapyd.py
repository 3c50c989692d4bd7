"""Scheduling through scrapyd: deploy the project, schedule a demo crawl, find its output.

scrapyd runs on loopback (free port) in its own folder, which is also where
its jobs run: a job's WARCs, items, report and state land under that folder
exactly as the README says (`warc/`, `items/`, `reports/`, `state/`).
The project is deployed with `scrapyd-deploy` from a copy of the checkout, so
the egg build leaves nothing (setup.py, build/, *.egg-info) in the real one.
"""

from __future__ import annotations

import configparser
import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import allow_origin
from tests.plugins.pywb import free_port

PROJECT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ARTICLES = 20
# What a scheduled demo crawl needs beside the project's settings: local speed.
FAST = {"AUTOTHROTTLE_ENABLED": "0", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS_PER_DOMAIN": "8"}

SCRAPYD_CONF = """\
[scrapyd]
bind_address = 127.0.0.1
http_port = {port}
eggs_dir = {root}/eggs
logs_dir = {root}/logs
dbs_dir = {root}/dbs
items_dir =
jobs_to_keep = 5
max_proc = 1
poll_interval = 0.2
"""


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as response:
        result: dict[str, Any] = json.loads(response.read())
    assert result.get("status") == "ok", result
    return result


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    if not (BIN / "scrapyd").exists():
        pytest.skip("scrapyd is not installed (requirements-dev.txt)")
    root = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (root / "scrapyd.conf").write_text(SCRAPYD_CONF.format(port=port, root=root))
    log = (root / "scrapyd.log").open("wb")
    process = subprocess.Popen(
        [str(BIN / "scrapyd"), "--pidfile", str(root / "scrapyd.pid")],
        cwd=root,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # till it answers (30 s of polls, then on as if it did, could pass on a loaded box)
        deadline = time.monotonic() + 240
        while True:
            try:
                api(base, "daemonstatus.json")
                break
            except OSError:
                if process.poll() is not None:
                    raise AssertionError((root / "scrapyd.log").read_text()) from None
                assert time.monotonic() < deadline, "scrapyd did not answer in 240 s"
                time.sleep(0.1)
        yield base, root
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def deploy(base: str, workdir: Path) -> subprocess.CompletedProcess[str]:
    """`scrapyd-deploy local` from a copy of the project pointed at the test's scrapyd."""
    copy = workdir / "project"
    shutil.copytree(
        PROJECT / "newsarchive", copy / "newsarchive", ignore=shutil.ignore_patterns("__pycache__")
    )
    config = configparser.ConfigParser()
    config.read(PROJECT / "scrapy.cfg")
    config["deploy:local"]["url"] = base + "/"
    with (copy / "scrapy.cfg").open("w") as out:
        config.write(out)
    return subprocess.run(
        [str(BIN / "scrapyd-deploy"), "local", "-v", "test"],
        cwd=copy,
        capture_output=True,
        text=True,
        timeout=300,
    )


def wait_finished(base: str, job: str, timeout: float = 240) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        jobs = api(base, "listjobs.json?project=newsarchive")
        for finished in jobs["finished"]:
            if finished["id"] == job:
                return dict(finished)
        time.sleep(0.5)
    raise AssertionError(f"job {job} did not finish in {timeout} s")


def test_deployed_project_runs_a_scheduled_crawl(scrapyd: tuple[str, Path], tmp_path: Path) -> None:
    base, root = scrapyd
    deployed = deploy(base, tmp_path)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    assert '"status": "ok"' in deployed.stdout + deployed.stderr
    assert "news" in api(base, "listspiders.json?project=newsarchive")["spiders"]

    with DemoServer(articles=ARTICLES) as server:
        form = [("project", "newsarchive"), ("spider", "news"), ("site", "demo")]
        form += [("base_url", server.base_url)]
        form += [("setting", f"{name}={value}") for name, value in FAST.items()]
        form += [("setting", f"NETWORK_ALLOWED={allow_origin(server.base_url)}")]
        job = api(base, "schedule.json", form)["jobid"]
        finished = wait_finished(base, job)
    log = root / "logs" / "newsarchive" / "news" / f"{job}.log"
    assert finished.get("exit_code", 0) == 0, log.read_text()[-3000:]

    # where the README says a scheduled job's output lands (under scrapyd's folder)
    warcs = sorted((root / "warc").glob("*.warc.gz"))
    assert warcs and not list((root / "warc").glob("*.open"))
    items_files = sorted((root / "items").glob("news-*.jsonl"))
    assert len(items_files) == 1
    items = [json.loads(line) for line in items_files[0].read_text().splitlines()]
    assert len(items) == ARTICLES and all(item["title"] for item in items)
    report = json.loads(next((root / "reports").glob("demo-*.json")).read_text())
    assert report["articles"]["new"] == ARTICLES
    assert (root / "state" / "demo.sqlite").exists()
    archived = set()
    for path in warcs:
        with path.open("rb") as stream:
            archived |= {
                r.rec_headers.get_header("WARC-Target-URI")
                for r in ArchiveIterator(stream)
                if r.rec_type == "response"
            }
    assert {item["url"] for item in items} <= archived
    # the deploy built its egg in the copy (it writes setup.py there), not in the checkout
    assert (tmp_path / "project" / "setup.py").exists()
