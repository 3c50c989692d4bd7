"""The run report built from a crawl's stats (the end-to-end runs check the file it writes)."""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsarchive.report import build_report, summary_lines

STARTED = datetime.now(UTC) - timedelta(seconds=5)

STATS = {
    "state/articles/new": 3,
    "state/articles/changed": 1,
    "state/articles/unchanged": 2,
    "state/articles/not_modified": 1,
    "state/skipped/unchanged": 40,
    "state/section/politics/new": 5,  # the items' count wins for new and changed
    "state/section/politics/unchanged": 30,
    "state/section/world/changed": 1,
    "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 40,
    "downloader/exception_type_count/twisted.internet.error.TimeoutError": 2,
    # three URLs timed out three times each (two retries each): three failures, not nine
    "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError": 9,
    "retry/reason_count/scrapy.exceptions.DownloadTimeoutError": 6,
    # retried once and then answered: no failure
    "downloader/exception_type_count/twisted.web._newclient.ResponseNeverReceived": 1,
    "retry/reason_count/twisted.web._newclient.ResponseNeverReceived": 1,
    "httperror/response_ignored_status_count/304": 1,
    "httperror/response_ignored_status_count/404": 1,
    "extract/items": 4,
    "extract/missing/authors": 2,
    "extract/failed/ValueError": 1,
    "item_scraped_count": 4,
    "warc/files": 1,
    "warc/bytes": 12345,
    "warc/records": 20,
    "warc/revisits": 3,
}


def test_report_counts_outcomes_failures_sections_and_coverage(tmp_path: Path) -> None:
    (tmp_path / "old.warc.gz").write_bytes(b"")
    old = STARTED.timestamp() - 3600
    os.utime(tmp_path / "old.warc.gz", (old, old))
    (tmp_path / "new.warc.gz").write_bytes(b"x")
    items = {"politics": Counter(new=2), "world": Counter(changed=1)}
    report = build_report(STATS, items, tmp_path, STARTED)

    assert report["articles"] == {
        "new": 3,
        "changed": 1,
        "unchanged": 2,
        "not_modified": 1,
        "skipped_unchanged": 40,
    }
    # the policy's own skips and 304s are not failures
    assert report["failed"] == {
        "HTTP 404": 1,
        "download error scrapy.exceptions.DownloadTimeoutError": 3,
        "download error twisted.internet.error.TimeoutError": 2,
        "extraction ValueError": 1,
    }
    assert report["sections"] == {
        "politics": {"new": 2, "unchanged": 30},
        "world": {"changed": 1},
    }
    assert report["warc"]["files"] == ["new.warc.gz"]  # only this run's files
    assert report["warc"]["bytes"] == 12345 and report["warc"]["revisits"] == 3
    assert report["items"]["coverage"]["authors"] == 0.5
    assert report["items"]["coverage"]["title"] == 1.0
    lines = summary_lines(report)
    assert lines[0] == "articles: 3 new, 1 changed, 43 unchanged, 7 failed"
    assert "authors 50%" in lines[2]


def test_without_state_items_are_new_and_sections_come_from_items(tmp_path: Path) -> None:
    stats = {"extract/items": 5, "item_scraped_count": 5}
    sections = {"Politics": Counter(new=4), "World": Counter(new=1)}
    report = build_report(stats, sections, tmp_path, STARTED)
    assert report["articles"]["new"] == 5
    assert report["sections"] == {"Politics": {"new": 4}, "World": {"new": 1}}
    assert report["warc"]["files"] == []


def test_hidden_files_beside_the_warcs_are_not_listed_as_the_runs(tmp_path: Path) -> None:
    """With no writer to ask, the report lists the WARC files changed since the run started:
    not a crawl's hidden `.NAME.warc.gz.creating` (killed as it created a file) nor a
    `recompress` output's `.x.warc.gz.PID.partial`, which no reader takes either."""
    for name in ("run.warc.gz", ".next.warc.gz.creating", ".run.warc.gz.4242.partial"):
        (tmp_path / name).write_bytes(b"x")
    report = build_report({}, {}, tmp_path, STARTED)
    assert report["warc"]["files"] == ["run.warc.gz"]
    assert report["warc"]["file_count"] == 1


def test_a_second_report_in_the_same_second_gets_its_own_file(tmp_path: Path) -> None:
    """Back-to-back runs, or two workers of one shared crawl: no report overwrites another."""
    from newsarchive.report import _write_new

    first = _write_new(tmp_path, "demo-20261129T050000Z", '{"worker": 1}')
    second = _write_new(tmp_path, "demo-20261129T050000Z", '{"worker": 2}')
    assert first.name == "demo-20261129T050000Z.json"
    assert second.name == "demo-20261129T050000Z_2.json"
    assert sorted(tmp_path.iterdir()) == [first, second]  # names sort in run order
    assert first.read_text() == '{"worker": 1}\n'
    assert second.read_text() == '{"worker": 2}\n'
