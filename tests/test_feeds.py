"""Items files a killed or starved crawl leaves: whole lines only, the state's last word kept."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.exporters import (
    BaseItemExporter,
    CsvItemExporter,
    JsonItemExporter,
    JsonLinesItemExporter,
    XmlItemExporter,
)

from newsarchive.feedrepair import add_to_journal, finish_journal, repair_feed, repair_journal
from newsarchive.feeds import LineFile

PROJECT = Path(__file__).resolve().parents[1]


def line(n: int, record: str | None = None) -> bytes:
    item = {"url": f"http://news.test/a{n}", "warc_record_id": record or f"<urn:uuid:{n}>"}
    return json.dumps(item).encode() + b"\n"


def committed_up_to(last: int):  # type: ignore[no-untyped-def]
    return lambda url, record_id: int(url.rsplit("a", 1)[1]) <= last


def test_a_killed_runs_last_item_unknown_to_the_state_is_removed(tmp_path: Path) -> None:
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2) + line(3))
    assert "a3 removed" in repair_feed(feed, committed_up_to(2))
    assert feed.read_bytes() == line(1) + line(2)
    assert repair_feed(feed, committed_up_to(2)) == ""  # a second look changes nothing


def test_a_killed_runs_last_items_of_an_uncommitted_batch_are_removed(tmp_path: Path) -> None:
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(b"".join(line(n) for n in range(1, 7)) + line(7)[:9])
    done = repair_feed(feed, committed_up_to(3))
    assert "last 3 items removed, http://news.test/a4 to http://news.test/a6" in done
    assert feed.read_bytes() == line(1) + line(2) + line(3)
    feed.write_bytes(line(1) + line(2))
    repair_feed(feed, committed_up_to(0))  # nothing committed yet: every line goes
    assert feed.read_bytes() == b""


def test_a_torn_last_line_is_cut_and_a_committed_item_kept(tmp_path: Path) -> None:
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2) + line(3)[:17])
    assert repair_feed(feed, committed_up_to(2)) == "torn last line cut (17 bytes)"
    assert feed.read_bytes() == line(1) + line(2)


def test_a_device_or_pipe_a_run_wrote_to_is_not_read(tmp_path: Path) -> None:
    """`/dev/full` reads zeros for ever and a FIFO blocks: the repair reads regular files only
    (reading `/dev/full` as JSON Lines hung the next crawl at its start)."""
    fifo = tmp_path / "items.fifo"
    os.mkfifo(fifo)
    for device in (Path("/dev/full"), Path("/dev/null"), fifo):
        assert repair_feed(device, committed_up_to(0), json_lines=True) == ""


def test_only_the_record_the_state_names_counts_as_recorded(tmp_path: Path) -> None:
    """A changed article: the state still names its earlier capture's record."""
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2, "<urn:uuid:new>"))
    repair_feed(feed, lambda url, record_id: record_id != "<urn:uuid:new>")
    assert feed.read_bytes() == line(1)


def test_lines_without_an_archived_record_are_left_alone(tmp_path: Path) -> None:
    feed = tmp_path / "items.csv"
    feed.write_bytes(b"url,title\nhttp://news.test/a1,A\n")
    assert repair_feed(feed, lambda url, record_id: False) == ""
    assert feed.read_bytes() == b"url,title\nhttp://news.test/a1,A\n"
    single = tmp_path / "single.jsonl"
    single.write_bytes(line(1))
    repair_feed(single, lambda url, record_id: False)
    assert single.read_bytes() == b""  # the first line can be the one the state lacks


def test_the_journal_names_each_feed_once_and_is_spent_by_a_repair(tmp_path: Path) -> None:
    journal = tmp_path / "state" / "demo.feeds.json"
    journal.parent.mkdir()
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2))
    add_to_journal(journal, feed)
    add_to_journal(journal, feed)
    assert json.loads(journal.read_text()) == {"files": [str(feed.resolve())], "json_lines": []}
    repair_journal(journal, committed_up_to(1), lambda: ())
    assert feed.read_bytes() == line(1)
    assert not journal.exists()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(b"\x00" * 64, id="zeros"),
        pytest.param(b'{"files": ["/tmp/a.jsonl"', id="torn"),
        pytest.param(b'["/tmp/a.jsonl"]', id="no-files-key"),
        pytest.param(b"\xff\xfe junk", id="not-utf8"),
    ],
)
def test_a_damaged_journal_is_named_and_kept_aside(
    tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """A journal damaged from outside was read as naming no file and deleted, silently:
    the killed run's items files went unrepaired with nothing said."""
    journal = tmp_path / "state" / "demo.feeds.json"
    journal.parent.mkdir()
    journal.write_bytes(damage)
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        assert repair_journal(journal, committed_up_to(1), lambda: ()) == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "items journal" in warnings[0] and "damaged" in warnings[0]
    assert "not repaired" in warnings[0]
    aside = journal.with_name("demo.feeds.json.damaged")
    assert aside.read_bytes() == damage  # kept as it was, for whoever looks into it
    assert not journal.exists()
    # the next run starts a fresh journal beside it
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1))
    add_to_journal(journal, feed)
    assert json.loads(journal.read_text())["files"] == [str(feed.resolve())]


def test_a_file_that_cannot_be_checked_stays_in_the_journal_until_one_can(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Checked later against the record ids the state named at the kill, not against the
    state of that day: a2 was archived again meanwhile (a new record id), yet its line in
    the killed run's file was committed then and stays; a3's was not and goes."""
    journal = tmp_path / "state" / "demo.feeds.json"
    journal.parent.mkdir()
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2) + line(3))
    add_to_journal(journal, feed, json_lines=True)
    away = feed.rename(tmp_path / "away")
    feed.mkdir()
    at_kill = ["<urn:uuid:1>", "<urn:uuid:2>"]
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        repair_journal(journal, lambda url, rid: rid in at_kill, lambda: iter(at_kill))
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "could not check the items file" in said[0]
    other = tmp_path / "next.jsonl"
    add_to_journal(journal, other, json_lines=True)
    with pytest.raises(OSError, match="not checked yet"):
        add_to_journal(journal, feed, json_lines=True)  # a later run appending to it
    finish_journal(journal)  # the clean end of that run keeps the entry
    assert list(json.loads(journal.read_text())["unchecked"]) == [str(feed.resolve())]
    assert json.loads(journal.read_text())["files"] == []
    feed.rmdir()
    away.rename(feed)
    now = ["<urn:uuid:1>", "<urn:uuid:2b>", "<urn:uuid:3b>"]
    repair_journal(journal, lambda url, rid: rid in now, lambda: iter(now))
    assert feed.read_bytes() == line(1) + line(2)
    assert not journal.exists() and not list(journal.parent.iterdir())  # its snapshot gone too


def test_an_unchecked_file_whose_snapshot_is_gone_is_named_and_dropped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Checking it against the state of the day could remove lines committed at the kill:
    it is left as it is, named once, and no longer kept (else a warning every run)."""
    journal = tmp_path / "demo.feeds.json"
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2))
    entry = {"json_lines": True, "record_ids": str(tmp_path / "gone.record-ids")}
    journal.write_text(json.dumps({"files": [], "unchecked": {str(feed): entry}}))
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        repair_journal(journal, committed_up_to(0), lambda: ())
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "not repaired" in said[0] and str(feed) in said[0]
    assert feed.read_bytes() == line(1) + line(2) and not journal.exists()


def test_a_full_disk_at_the_repair_is_named_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The snapshot of record ids, then the journal, cannot be written (ENOSPC; a folder in
    the journal's temp file's place). Raised, the error kept the items feed from opening
    (a signal handler's traceback, the run's items written nowhere). Now each is named; the
    file stays unchecked without a snapshot, and the run that can read it leaves it as it is."""
    journal = tmp_path / "state" / "demo.feeds.json"
    journal.parent.mkdir()
    feed = tmp_path / "items.jsonl"
    feed.write_bytes(line(1) + line(2))
    add_to_journal(journal, feed, json_lines=True)
    away = feed.rename(tmp_path / "away")
    feed.mkdir()

    def full_disk() -> Iterator[str]:
        yield "<urn:uuid:1>"
        raise OSError(errno.ENOSPC, "No space left on device")

    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        repair_journal(journal, committed_up_to(1), full_disk)
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 2 and "No space left on device" in said[0]
    assert "could not check the items file" in said[1]
    assert sorted(p.name for p in journal.parent.iterdir()) == [journal.name]  # no temp left
    assert json.loads(journal.read_text())["unchecked"][str(feed.resolve())]["record_ids"] is None

    feed.rmdir()
    away.rename(feed)
    caplog.clear()
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        repair_journal(journal, committed_up_to(1), lambda: ())
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1 and "not repaired" in said[0]
    assert not journal.exists() and feed.read_bytes() == line(1) + line(2)

    add_to_journal(journal, feed, json_lines=True)  # killed again; the folder is back
    before = journal.read_text()
    feed.rename(away)
    feed.mkdir()
    temp = journal.with_name(journal.name + ".tmp")
    temp.mkdir()  # the journal cannot be rewritten
    caplog.clear()
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        repair_journal(journal, committed_up_to(1), lambda: iter(["<urn:uuid:1>"]))
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 2 and "could not check" in said[0] and "cannot update" in said[1]
    assert journal.read_text() == before  # the next run checks the file again


def test_no_journal_is_no_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="newsarchive.feedrepair"):
        assert repair_journal(tmp_path / "demo.feeds.json", committed_up_to(1), lambda: ()) == 0
    assert not caplog.records


WRITER = """
import resource, signal, sys
from collections.abc import Iterator
from pathlib import Path
from newsarchive.feeds import LineFile
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))
out = LineFile(Path(sys.argv[1]), overwrite=True)
for n in range(100):
    try:
        out.write(b'{"n": %d, "pad": "%s"}\\n' % (n, b"x" * 70))
    except OSError as exc:
        print(n, exc.errno)
        break
"""


def test_a_write_that_fails_half_way_leaves_no_torn_line(tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk: the write that crosses it fails."""
    path = tmp_path / "items.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", WRITER, str(path)],
        cwd=PROJECT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    failed_at, errno = map(int, done.stdout.split())
    data = path.read_bytes()
    assert 0 < failed_at < 100 and errno == 27  # EFBIG
    assert data.endswith(b"\n") and len(data.splitlines()) == failed_at
    assert [json.loads(x)["n"] for x in data.splitlines()] == list(range(failed_at))


def test_line_file_appends_unless_told_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(b"old\n")
    appended = LineFile(path, overwrite=False)
    appended.write(b"new\n")
    appended.close()
    assert path.read_bytes() == b"old\nnew\n"
    replaced = LineFile(path, overwrite=True)
    replaced.write(b"only\n")
    replaced.close()
    assert path.read_bytes() == b"only\n"


@pytest.mark.parametrize(
    ("exporter", "expected"),
    [
        (CsvItemExporter, "url,n\nhttp://news.test/a0,0\nhttp://news.test/a1,1\n"),
        (JsonLinesItemExporter, '{"url": "http://news.test/a0", "n": 0}\n'),
        (JsonItemExporter, '[{"url": "http://news.test/a0", "n": 0},'),
        (XmlItemExporter, "<item><url>http://news.test/a0</url><n>0</n></item>"),
    ],
)
def test_every_feed_format_writes_through_line_file(
    tmp_path: Path, exporter: type[BaseItemExporter], expected: str
) -> None:
    out = LineFile(tmp_path / "items", overwrite=True)
    export = exporter(out)
    export.start_exporting()
    for n in range(2):
        export.export_item({"url": f"http://news.test/a{n}", "n": n})
        assert expected.split("\n")[0][:20] in (tmp_path / "items").read_text()  # not buffered
    export.finish_exporting()
    out.close()
    assert expected in (tmp_path / "items").read_text()
