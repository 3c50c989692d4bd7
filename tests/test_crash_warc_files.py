"""A crawl killed just as its WARC writer opened a new file leaves a file recovery can close.

The writer showed a new file under its `.open` name before its warcinfo record had
left the process's buffer: a SIGKILL there (or a full disk refusing that record)
left an empty `.open` file. Recovery, finding no whole record in it, moved it aside
as `.damaged` (`recover` exit 3), and every later `index` of the folder named it as
unreadable and exited 3 (seen in benchmarks/fault_campaign.py's full-disk round).
Real `scrapy crawl` on the shared demo site.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from tests.plugins.cli_here import newsarchive_run
from tests.plugins.crawling import PROJECT, RunningCrawl, start_crawl


@pytest.fixture(scope="module")
def killed(demo_site: DemoServer, tmp_path_factory: pytest.TempPathFactory) -> RunningCrawl:
    """A run killed right after its writer opened its second WARC file."""
    out = tmp_path_factory.mktemp("killed-at-warc-file")
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAtWarcFile": 200}
    settings = {
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AT_WARC_FILE": "2",
        "WARC_MAX_FILE_SIZE": "100000",
    }
    crawl = start_crawl("news", {"site": "demo", "base_url": demo_site.base_url}, settings, out)
    assert crawl.process.wait(timeout=300) == -signal.SIGKILL, crawl.log_path.read_text()[-3000:]
    return crawl


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return newsarchive_run(*args, cwd=PROJECT)  # in-process: cli_here.py


def test_the_new_file_starts_with_its_warcinfo_and_recovery_closes_it(killed: RunningCrawl) -> None:
    (opened,) = killed.warc_dir.glob("*.warc.gz.open")
    assert opened.stat().st_size > 0
    done = newsarchive("recover", str(killed.warc_dir))
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{opened.name.removesuffix('.open')}: 1 record kept, 0 bytes cut" in done.stdout
    assert not list(killed.warc_dir.glob("*.damaged*"))
    assert not list(killed.warc_dir.glob(".*"))  # no hidden file left behind either
    indexed = newsarchive("index", str(killed.warc_dir))
    assert indexed.returncode == 0, indexed.stdout + indexed.stderr


def test_a_new_file_whose_warcinfo_the_disk_refuses_leaves_no_file(tmp_path: Path) -> None:
    """A file size limit (RLIMIT_FSIZE, EFBIG) stands in for a full disk: the first write
    past it fails as ENOSPC does. Before, the writer left a `.open` file holding 100 bytes
    of its warcinfo, which recovery moved aside as `.damaged`."""
    script = f"""
import resource, signal, sys
from pathlib import Path
from tests.test_warc_recover import _write_pairs, _writer
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (100, 100))
try:
    _write_pairs(_writer(Path({str(tmp_path)!r})), 1)
except OSError as exc:
    print("refused:", exc.strerror)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT, capture_output=True, text=True
    )
    assert done.stdout == "refused: File too large\n", done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
