"""A changes.jsonl that cannot be written: refused before the crawl when its folder takes no
file, named and exit 1 when the write itself fails (a full disk). Before, both were a
`Scraper close failure` traceback at the end of a run that exited 0, its changes lost."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl, start_crawl

ARTICLES = 20  # revision 2 with edits: 3 articles changed, 2 pages changed only around them


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_changes_file_that_cannot_be_written_is_named_and_fails_the_run(
    tmp_path: Path,
) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "changes.jsonl").symlink_to("/dev/full")  # every write: "No space left on device"
    settings = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0.001"}
    with DemoServer(articles=ARTICLES, edits=True) as server:
        args = {"site": "demo", "base_url": server.base_url}
        run_crawl("news", args, settings, tmp_path / "run1")
        server.set_revision(2)
        second = {**settings, "CHANGES_FILE": str(full / "changes.jsonl")}
        result = start_crawl("news", args, second, tmp_path / "run2").wait(300)
    log = result.log
    assert result.returncode == 1, log[-3000:]
    assert "Traceback" not in log, log[-3000:]
    assert result.stats["changes/errors"] == 1
    assert "3 changed articles not listed in" in log and "No space left on device" in log
    last = log.strip().splitlines()[-1]
    assert last.endswith(
        "the crawl did not finish its job: the changed articles could not be listed in "
        "changes.jsonl: No space left on device "
        f"(ENOSPC): {full / 'changes.jsonl'} (though its spider closed as finished) (exit status 1)"
    )
    # the run report still lists them
    reports = sorted((tmp_path / "reports").glob("demo-*.json"))
    assert len(json.loads(reports[-1].read_text())["changes"]["articles"]) == 3
