"""A killed run's archived pages are revisits in the next run, not second whole responses.

The SQLite state commits its payload rows in batches: a run SIGKILLed before its
batch committed left pages archived that the state did not know, and the next
run (fetching their articles again, as their captures were lost too) wrote
each as a whole response again. Real `scrapy crawl` on the shared demo site.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import signal
import sqlite3
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from newsarchive.state.ledger import LocalRunLedger
from newsarchive.state.run import CrawlStateRun
from newsarchive.state.store import CrawlState, Payload
from newsarchive.state.unsynced import read_payloads, remember_killed_runs_payloads
from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl, start_crawl

# nothing committed by count or time: only what the state commits of itself (a file's name)
UNCOMMITTED = {"STATE_COMMIT_WRITES": "100000", "STATE_COMMIT_SECONDS": "600"}


def whole_responses(warc_dir: Path, files: str = "*.warc.gz") -> Counter[tuple[str, str]]:
    """(URL, payload digest) of every whole response record, read to each file's end."""
    seen: Counter[tuple[str, str]] = Counter()
    for path in sorted(warc_dir.glob(files)):
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                if record.rec_type == "response" and not headers.get_header("WARC-Truncated"):
                    uri = headers.get_header("WARC-Target-URI")
                    seen[(uri, headers.get_header("WARC-Payload-Digest"))] += 1
                record.content_stream().read()
    return seen


def test_pages_of_a_killed_run_become_revisits(small_demo_site: DemoServer, tmp_path: Path) -> None:
    """Killed after its 25th item with nothing committed but the name of its WARC file, and
    `recover` closed that file before the next run, which reads it by name. The small demo
    site: its 60 articles leave the next run work past the 25 (the 300 cost five times it)."""
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc")}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {
        **shared,
        **UNCOMMITTED,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AFTER_ITEMS": "25",
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL
    recover = [sys.executable, "-m", "newsarchive", "recover", str(tmp_path / "warc")]
    subprocess.run(recover, cwd=PROJECT, check=True, capture_output=True)
    archived = whole_responses(tmp_path / "warc")

    last = run_crawl("news", args, shared, tmp_path / "last")

    twice = {key: n for key, n in whole_responses(tmp_path / "warc").items() if n > 1}
    assert not twice, f"{len(twice)} pages archived whole twice, e.g. {sorted(twice)[:3]}"
    assert "before its state was saved) were not recorded; recorded now" in last.log
    assert last.stats["state/payloads_recovered"] >= 25
    # the killed run's articles were fetched again (their captures were lost) as revisits
    refetched = {url for url, _ in archived} & {item["url"] for item in last.items()}
    assert len(refetched) >= 25
    assert last.stats["warc/revisits"] >= len(refetched)


def test_a_new_warc_file_commits_the_rows_of_the_one_before(tmp_path: Path) -> None:
    """Only the file being written can hold rows the state lacks: the first payload of a new
    file commits every row before it, with the file's name."""
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=1000, commit_seconds=600)
    run = CrawlStateRun(None, store, None, LocalRunLedger(), MemoryStatsCollector(get_crawler()))
    rows = [
        Payload(f"sha1:D{n}", f"http://news.test/a{n}", "2026", f"<urn:uuid:{n}>", name, n * 100)
        for n, name in enumerate(["a.warc.gz", "a.warc.gz", "b.warc.gz", "b.warc.gz"])
    ]
    for row in rows:
        run.remember_payload(row)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as other:  # what a kill leaves
        committed = {digest for (digest,) in other.execute("SELECT digest FROM payloads")}
        writing = other.execute("SELECT name FROM writing").fetchall()
    assert committed == {"sha1:D0", "sha1:D1", "sha1:D2"} and writing == [("b.warc.gz",)]
    run.close()
    assert CrawlState(path).writing() == []  # a run that ended leaves no file to read


def test_each_writers_file_is_named_and_a_payload_of_either_commits_nothing(
    tmp_path: Path,
) -> None:
    """The current file and the large bodies' file are written at once: both are named (a
    kill leaves the rows of either unknown), and a payload of the one not named last is no
    new file (named one at a time, every large body's row cost a commit, and a kill just
    after a large body was written lost its row: its file was not named). A writer's next
    file replaces its own name only, with the rows before committed."""
    path = tmp_path / "demo.sqlite"
    store = CrawlState(path, commit_writes=1000, commit_seconds=600)
    run = CrawlStateRun(None, store, None, LocalRunLedger(), MemoryStatsCollector(get_crawler()))

    def committed() -> tuple[set[str], list[str]]:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as other:  # what a kill leaves
            rows = {digest for (digest,) in other.execute("SELECT digest FROM payloads")}
            names = [name for (name,) in other.execute("SELECT name FROM writing ORDER BY name")]
        return rows, names

    run.warc_file_opened("a.warc.gz")
    run.warc_file_opened("big-a.warc.gz", "large")
    for n, name in enumerate(["a.warc.gz", "big-a.warc.gz", "a.warc.gz", "big-a.warc.gz"]):
        run.remember_payload(
            Payload(f"sha1:D{n}", f"http://news.test/{n}", "2026", f"<{n}>", name, n)
        )
    assert committed() == (set(), ["a.warc.gz", "big-a.warc.gz"])
    run.warc_file_opened("big-b.warc.gz", "large")
    assert committed() == (
        {"sha1:D0", "sha1:D1", "sha1:D2", "sha1:D3"},
        ["a.warc.gz", "big-b.warc.gz"],
    )
    run.close()
    assert CrawlState(path).writing() == []


def test_only_what_came_after_the_last_committed_row_is_read(
    demo_crawl: CrawlResult, tmp_path: Path
) -> None:
    """The killed run's file is read from its last payload row the state committed (a 1 GB
    file read whole took minutes at warcio's ~7 MB/s): the bytes before it are zeroed here,
    and the rows after it are still all found."""
    source = demo_crawl.warc_files()[0]
    name = source.name
    found, error = read_payloads(source, name)
    assert not error and len(found) > 20
    kept = 10
    store = CrawlState(tmp_path / "state.sqlite")
    store.save((), found[:kept])
    store.set_writing(name)
    copy = tmp_path / "warc" / (name + ".open")  # as a killed run left it
    copy.parent.mkdir()
    data = bytearray(source.read_bytes())
    data[: found[kept - 1].warc_offset] = bytes(found[kept - 1].warc_offset)
    copy.write_bytes(bytes(data))
    stats = MemoryStatsCollector(get_crawler())

    remember_killed_runs_payloads(store, copy.parent, stats)

    digests = {payload.digest for payload in found}
    assert {payload.digest for payload in store.payloads()} == digests
    assert stats.get_value("state/payloads_recovered") == len(digests) - kept
    assert store.payload(found[-1].digest) == found[-1]  # where the record is
    assert store.writing() == []  # read once


def _invented_warc(path: Path, gzip: bool, tag: str = "") -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for n in range(3):
            # hex digests: a body that compresses little, so a cut lands inside it
            words = (hashlib.sha256(f"{tag}{n}-{i}".encode()).hexdigest() for i in range(40))
            body = f"<p>Invented article {n}: {' '.join(words)}</p>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"http://news.test/{n}", "response", payload=io.BytesIO(body), length=len(body),
                    http_headers=headers,
                )
            )  # fmt: skip


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("cut", [40, 300])
def test_a_last_record_cut_short_is_not_recorded(tmp_path: Path, gzip: bool, cut: int) -> None:
    """A file the WARC extension did not cut back (recovery off, or left alone): its torn last
    response got a row, and the next run's page became a revisit of a record that is not whole."""
    path = tmp_path / "killed.warc"
    _invented_warc(path, gzip)
    whole, error = read_payloads(path, path.name)
    assert len(whole) == 3 and not error
    path.write_bytes(path.read_bytes()[:-cut])

    found, error = read_payloads(path, path.name)

    assert found == whole[:2]
    assert "cut short" in error


def test_an_unreadable_file_is_named_in_a_short_line(tmp_path: Path) -> None:
    """warcio quotes the bad first line whole: a megabyte of zeros made a 4 MB log line."""
    path = tmp_path / "killed.warc.gz"
    path.write_bytes(bytes(1 << 20))
    found, error = read_payloads(path, path.name)
    assert found == [] and error.startswith("ArchiveLoadFailed") and len(error) <= 200


def _member_starts(data: bytes) -> list[int]:
    """Where each gzip member of `data` starts (each record is one)."""
    starts, rest = [0], data
    while rest:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        inflater.decompress(rest)
        starts.append(starts[-1] + len(rest) - len(inflater.unused_data))
        rest = inflater.unused_data
    return starts[:-1]


def test_a_damaged_member_is_named_and_read_past(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A gzip member of the killed run's file that does not inflate (a flipped byte): the
    reading stopped there quietly (a 60-article demo kill: 26 payloads after the damage were
    never recorded, their pages fetched whole again) and the line quoted the member's raw
    bytes, control characters and newlines in it. Now the stretch is named and counted, and
    the records after it are read."""
    path = tmp_path / "warc" / "killed.warc.gz.open"
    path.parent.mkdir()
    _invented_warc(path, gzip=True)
    whole, _ = read_payloads(path, path.name)
    data = bytearray(path.read_bytes())
    starts = _member_starts(bytes(data))
    data[(starts[1] + starts[2]) // 2] ^= 0xFF  # inside the second record's member
    path.write_bytes(bytes(data))
    store = CrawlState(tmp_path / "state.sqlite")
    store.set_writing("killed.warc.gz")
    stats = MemoryStatsCollector(get_crawler())

    with caplog.at_level(logging.WARNING, logger="newsarchive.state.unsynced"):
        remember_killed_runs_payloads(store, path.parent, stats)

    assert {p.digest for p in store.payloads()} == {whole[0].digest, whole[2].digest}
    assert stats.get_value("state/unsynced_damaged") == 1
    lines = [r.getMessage() for r in caplog.records]
    damage = [line for line in lines if "is damaged at offset" in line]
    assert len(damage) == 1 and "a gzip member does not inflate" in damage[0]
    assert all(line.isprintable() for line in lines)


def test_the_files_a_killed_run_opened_after_the_named_one_are_read_too(tmp_path: Path) -> None:
    """The state hears of a WARC file with its first payload: a run killed right after a
    rotation left the new file's records unknown, the file before still named, and the
    next run archived their pages whole again (a fault campaign of 8 kills at random
    moments on the demo: 1 page whole twice). The files the same writer opened after the
    named one are read too; another writer's are not."""
    folder = tmp_path / "warc"
    folder.mkdir()
    stamp, crawlhost = "20261203165200737", "10061-vm"
    named = f"newsarchive-{stamp}-00002-{crawlhost}.warc.gz"
    _invented_warc(folder / named, gzip=True)
    rotated = f"newsarchive-{stamp}-00003-{crawlhost}.warc.gz"
    _invented_warc(folder / (rotated + ".open"), gzip=True, tag="rotated")
    other = f"newsarchive-{stamp}-00004-777-vm.warc.gz"  # another process's file
    _invented_warc(folder / other, gzip=True, tag="other")
    store = CrawlState(tmp_path / "state.sqlite")
    store.set_writing(named)
    found, _ = read_payloads(folder / named, named)
    store.save((), found)  # the named file's rows were committed

    remember_killed_runs_payloads(store, folder, MemoryStatsCollector(get_crawler()))

    files = {payload.warc_file for payload in store.payloads()}
    assert files == {named, rotated}
    assert store.writing() == []


@pytest.mark.parametrize(
    ("nth", "file_size"),
    [(1, "1000000000"), (2, "60000")],
    ids=["first-file", "rotated-file"],
)
def test_a_kill_as_a_files_first_payload_commits_leaves_it_known(
    demo_server_factory: Callable[..., DemoServer], tmp_path: Path, nth: int, file_size: str
) -> None:
    """SIGKILLed just before the state commits the first payload row of the run's Nth WARC
    file. The state named a file with its first payload, in that same commit: killed
    there, the next run knew nothing of the run's first file and archived its pages whole
    a second time (a fault campaign's `state:2` kill; robots.txt and the first pages). The
    state now names a file as the writer opens it, before any record of it is written."""
    demo = demo_server_factory(articles=20)
    args = {"site": "demo", "base_url": demo.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "WARC_MAX_FILE_SIZE": file_size}
    extensions = {
        **project_settings.EXTENSIONS,
        "tests.plugins.payload_commit_kill.KillAtFilePayload": 0,
    }
    killing = {
        **shared,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AT_FILE_PAYLOAD": str(nth),
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL, killed.log_path.read_text()[-3000:]
    # its last file still `.open` (the next run's start-up closes it): read up to the kill
    archived = whole_responses(tmp_path / "warc", "*.warc.gz*")
    assert archived, "the killed run archived nothing"
    killed_files = {path.name.removesuffix(".open") for path in (tmp_path / "warc").iterdir()}

    last = run_crawl("news", args, shared, tmp_path / "last")

    twice = {key: n for key, n in whole_responses(tmp_path / "warc").items() if n > 1}
    assert not twice, f"{len(twice)} pages archived whole twice, e.g. {sorted(twice)[:3]}"
    assert last.stats.get("state/payloads_recovered", 0) >= 1
    # what the killed run archived and the last one fetched again is a revisit there: any
    # page (which pages came before the kill depends on the box's speed: on a loaded one
    # the first commit, after STATE_COMMIT_SECONDS, held no article and no item matched)
    new_files = sorted(
        p for p in (tmp_path / "warc").glob("*.warc.gz") if p.name not in killed_files
    )
    revisited = _revisit_urls(new_files)
    refetched = {url for url, _ in archived} & revisited
    assert len(refetched) >= 1, (sorted(archived)[:5], sorted(revisited)[:5])
    assert last.stats["warc/revisits"] >= len(refetched)


def _revisit_urls(paths: list[Path]) -> set[str]:
    urls: set[str] = set()
    for path in paths:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type == "revisit":
                    urls.add(record.rec_headers.get_header("WARC-Target-URI"))
    return urls
