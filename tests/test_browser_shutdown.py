"""A rendered crawl stopped by SIGTERM leaves no Chromium (nor Playwright driver) running.

The crawl's processes carry a marker in their environment, which Chromium and Playwright's
driver inherit: after the crawl's exit, none of them is left.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from pathlib import Path

import pytest

from newsarchive.demo.server import DemoServer
from newsarchive.settings import PLAYWRIGHT_LAUNCH_OPTIONS
from tests.plugins.crawling import ended_on_failure, start_crawl

CHROMIUM = Path(PLAYWRIGHT_LAUNCH_OPTIONS["executable_path"])
MARK = "NEWSARCHIVE_TEST_SHUTDOWN_MARK"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (Debian: chromium)"
    ),
]


def marked(mark: str) -> dict[int, str]:
    """pid -> name of the processes whose environment holds `mark`."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            name = (entry / "comm").read_text().strip()
        except OSError:  # gone meanwhile, or not ours
            continue
        if f"{MARK}={mark}".encode() in environ.split(b"\0"):
            found[int(entry.name)] = name
    return found


@pytest.mark.parametrize("signals", [1, 2, 9], ids=["graceful", "forced", "kill"])
def test_a_rendered_crawl_stopped_by_sigterm_leaves_no_browser(
    signals: int, demo_site: DemoServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mark = uuid.uuid4().hex
    monkeypatch.setenv(MARK, mark)
    settings = {"DOWNLOAD_DELAY": "0.2", "CONCURRENT_REQUESTS": "1"}
    args = {"site": "js-demo", "base_url": demo_site.base_url}
    with ended_on_failure() as crawls:
        crawl = start_crawl("news", args, settings, tmp_path)
        crawls.append(crawl)
        deadline = time.monotonic() + 240
        while not any("chrom" in name for name in marked(mark).values()):
            assert crawl.process.poll() is None, "the crawl ended before its browser started"
            assert time.monotonic() < deadline, "no browser started"
            time.sleep(0.05)
        crawl.process.send_signal(signal.SIGKILL if signals == 9 else signal.SIGTERM)
        if signals == 2:
            while "shutting down gracefully" not in crawl.log_path.read_text(errors="replace"):
                assert crawl.process.poll() is None, "the crawl ended before the second signal"
                assert time.monotonic() < deadline, "the first signal was never taken"
                time.sleep(0.01)
            crawl.process.send_signal(signal.SIGTERM)
        crawl.wait(timeout=120)
    # what the crawl's exit left: its browser may take a moment to see its parent gone
    left = marked(mark)
    until = time.monotonic() + 30
    while left and time.monotonic() < until:
        time.sleep(0.1)
        left = marked(mark)
    for pid in left:  # not left running for the next test
        os.kill(pid, signal.SIGKILL)
    assert not left, left
