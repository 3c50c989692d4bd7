"""Where a run's changes.jsonl goes, read from Scrapy settings (no crawl)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings

from newsarchive.changes.run import ChangesConfig


@pytest.mark.parametrize(
    ("feeds", "expected"),
    [
        ({"out/items.jsonl": {}}, "out/changes.jsonl"),
        ({"items/%(name)s-%(time)s.jsonl": {}}, "items/changes.jsonl"),
        ({"file:///srv/archive/items/x.jsonl": {}}, "/srv/archive/items/changes.jsonl"),
        ({"stdout:": {}}, "/data/items/changes.jsonl"),  # no local feed: items/ beside WARC_DIR
        ({"s3://bucket/x.jsonl": {}, "local/x.jsonl": {}}, "local/changes.jsonl"),
    ],
)
def test_changes_go_beside_the_items(feeds: dict[str, dict[str, str]], expected: str) -> None:
    settings = Settings({"FEEDS": feeds, "WARC_DIR": "/data/warc"})
    assert ChangesConfig.from_settings(settings).path == Path(expected)


def test_a_named_file_and_switching_off() -> None:
    named = Settings({"CHANGES_FILE": "/tmp/all-changes.jsonl", "FEEDS": {"a/b.jsonl": {}}})
    assert ChangesConfig.from_settings(named).path == Path("/tmp/all-changes.jsonl")
    with pytest.raises(NotConfigured, match="CHANGES_ENABLED"):
        ChangesConfig.from_settings(Settings({"CHANGES_ENABLED": False}))
