"""An hourly run that finds nothing new: no items file, and the run still says so.

Scrapy's FEED_STORE_EMPTY made the default feed (a new file each run) write a
0-byte items file every such run: an hourly cron collected one an hour."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import PROJECT, crawl_command

ARTICLES = 10


def _run(base_url: str, out_dir: Path, **args: str) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl news -a site=demo` with the project's default items feed (no -o/-O)."""
    args = {"site": "demo", "base_url": base_url, **args}
    command = crawl_command("news", args, {}, out_dir)
    assert command[-2] == "-O"
    return subprocess.run(
        command[:-2], cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False
    )


def test_a_run_with_no_new_item_makes_no_items_file(tmp_path: Path) -> None:
    with DemoServer(articles=ARTICLES) as server:
        first = _run(server.base_url, tmp_path)
        assert first.returncode == 0, first.stderr[-3000:]
        second = _run(server.base_url, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    items = sorted((tmp_path / "items").iterdir())
    assert len(items) == 1, items  # the first run's; the second made none (it made an empty one)
    assert len(items[0].read_text().splitlines()) == ARTICLES
    assert f"articles: 0 new, 0 changed, {ARTICLES} unchanged, 0 failed" in second.stderr
    reports = sorted((tmp_path / "reports").glob("demo-*.json"))
    assert len(reports) == 2
    last = json.loads(reports[-1].read_text())
    assert last["articles"]["new"] == 0 and last["status"] == "ok"
    assert not list((tmp_path / "state").glob("*.feeds.json"))  # no journal left behind
    index = subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", str(tmp_path / "warc"),
         "--items", str(tmp_path / "items"), "--wacz", str(tmp_path / "archive.wacz")],
        cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert index.returncode == 0, index.stderr[-3000:]


def test_a_first_run_with_no_item_leaves_an_items_folder_for_index(tmp_path: Path) -> None:
    """cron's `index warc --items items` after it: the folder is there, empty (`follow`
    archives pages and makes no item unless asked to)."""
    with DemoServer(articles=ARTICLES) as server:
        args = {"url": server.base_url + "/", "depth": "1"}
        command = crawl_command("follow", args, {}, tmp_path)[:-2]
        done = subprocess.run(
            command, cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False
        )
    assert done.returncode == 0, done.stderr[-3000:]
    assert list((tmp_path / "warc").glob("*.warc.gz"))
    assert list((tmp_path / "items").iterdir()) == []
    index = subprocess.run(
        [sys.executable, "-m", "newsarchive", "index", str(tmp_path / "warc"),
         "--items", str(tmp_path / "items"), "--cdxj", str(tmp_path / "index.cdxj")],
        cwd=PROJECT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert index.returncode == 0, index.stderr[-3000:]
