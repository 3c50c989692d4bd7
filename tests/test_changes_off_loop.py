"""A run that finds changed articles extracts their versions before where it extracts pages:
in the extraction workers, never in the crawl's own process.

Before, the changes pipeline read the version before from its WARC and extracted it in a
thread of the crawl's process: at the run's first change the process loaded the
extractor (lxml, the field cascades: a few tenths of a second of CPU) and then parsed
every version before on the reactor's core, holding the GIL the downloads wait for.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsarchive import settings as project_settings
from newsarchive.changes.run import read_changes
from newsarchive.demo.server import DemoServer
from tests.plugins.crawling import run_crawl

ARTICLES = 40  # revision 3 with edits: some articles changed, some pages only around them
EXTRACTOR = "newsarchive.extract.core"


def test_changed_articles_are_compared_without_the_extractor_in_the_crawls_process(
    tmp_path: Path,
) -> None:
    changes = tmp_path / "changes.jsonl"
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.loaded_modules.LoadedModules": 0}
    settings = {
        "WARC_DIR": str(tmp_path / "warc"),
        "CHANGES_FILE": str(changes),
        "EXTRACT_WORKERS": "1",
        "EXTENSIONS": json.dumps(extensions),
        "TEST_LOADED_MODULES": EXTRACTOR,
    }
    with DemoServer(articles=ARTICLES, edits=True) as server:
        args = {"site": "demo", "base_url": server.base_url}
        first = run_crawl("news", args, settings, tmp_path / "run1")
        server.set_revision(3)
        changed = {server.expected_article(n)["path"] for n in server.changed_articles}
        second = run_crawl("news", args, settings, tmp_path / "run2")
    found = read_changes(changes)
    assert found.torn == found.bad == 0
    listed = {"/" + entry["url"].split("/", 3)[3] for entry in found.entries}
    assert changed and changed <= listed  # the changes were found, by comparing articles
    assert second.stats["changes/articles"] == len(listed)
    assert "changes/unreadable" not in second.stats
    for run in (first, second):
        assert "test: modules loaded at the close: none" in run.log, run.log[-2000:]
