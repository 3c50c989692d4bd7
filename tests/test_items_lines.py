"""A bad line in the middle of an items file (JSON Lines): moved aside by the repair after
a crash (`<file>.rejected`), named and counted by `index --items` where no repair saw it;
the items around it are kept and used."""

from __future__ import annotations

import errno
import json
import signal
import zipfile
from pathlib import Path

import pytest

from newsarchive import feedrepair
from newsarchive import settings as project_settings
from newsarchive.demo.server import DemoServer
from newsarchive.feedrepair import (
    add_to_journal,
    reject_damaged_lines,
    repair_feed,
    repair_journal,
)
from tests.plugins.crawling import run_crawl, start_crawl
from tests.test_crash_items import known_urls
from tests.test_foreign_archives import newsarchive
from tests.test_odd_records import SITE, _http, _page, _record


def _line(url: str, record_id: str, title: str = "") -> str:
    return json.dumps({"url": url, "warc_record_id": record_id, "title": title or url}) + "\n"


def test_the_repair_moves_damaged_middle_lines_aside_and_keeps_every_whole_line(
    tmp_path: Path,
) -> None:
    """Before: the cutting stopped at a damaged line, which stayed (and `index --items` named
    it); an item glued to a torn line was lost to the page list. Now each damaged line goes
    to `<file>.rejected`, as it was; the whole lines stay, in order, the glued one too."""
    torn = '{"url": "x", "warc_record_id": "9", "tit'
    junk = b"\x00" * 40 + b"\n"  # what a power loss leaves
    binary = b"\xff\xfe\x00garbage\n"
    path = tmp_path / "items.jsonl"
    lines = [_line("a", "1"), torn + _line("b", "2"), _line("c", "3")]
    path.write_bytes(lines[0].encode() + lines[1].encode() + junk + lines[2].encode() + binary
                     + b"{}\n" + b"\n" + _line("d", "4").encode() + b'{"url": "e"')  # fmt: skip
    rejected: list[int] = []
    said = repair_feed(path, lambda url, _id: url != "d", json_lines=True, rejected=rejected)
    assert path.read_text() == _line("a", "1") + _line("b", "2") + _line("c", "3") + "{}\n\n"
    aside = (tmp_path / "items.jsonl.rejected").read_bytes()
    assert aside == torn.encode() + b"\n" + junk + binary
    assert rejected == [2, 3, 5]
    assert said == (
        "torn last line cut (11 bytes); 3 damaged lines moved to items.jsonl.rejected: line "
        "2 (a torn line, the next line glued to it), 3 (not JSON), 5 (not UTF-8); "
        "last item d removed (the crawl state never recorded it)"
    )
    assert repair_feed(path, lambda url, _id: True, json_lines=True) == ""  # nothing more to do
    assert (tmp_path / "items.jsonl.rejected").read_bytes() == aside


def test_the_repair_moves_nothing_in_a_file_not_written_as_json_lines(tmp_path: Path) -> None:
    """A CSV or JSON array feed's lines are no JSON objects: only its end is looked at."""
    path = tmp_path / "items.json"
    text = "[\n" + _line("a", "1").strip() + ",\n" + _line("b", "2").strip() + "\n]\n"
    path.write_text(text)
    assert repair_feed(path, lambda url, _id: True) == ""
    assert path.read_text() == text
    assert not (tmp_path / "items.json.rejected").exists()


def test_the_journal_says_which_files_are_json_lines(tmp_path: Path) -> None:
    journal = tmp_path / "demo.feeds.json"
    jsonl, csv = tmp_path / "items.jsonl", tmp_path / "items.csv"
    for feed, lines in ((jsonl, True), (csv, False)):
        feed.write_text(_line("a", "1") + "not json\n" + _line("c", "3"))
        add_to_journal(journal, feed, json_lines=lines)
    assert repair_journal(journal, lambda url, _id: True, lambda: ()) == 1
    assert jsonl.read_text() == _line("a", "1") + _line("c", "3")
    assert csv.read_text() == _line("a", "1") + "not json\n" + _line("c", "3")
    journal.write_text(json.dumps({"files": [str(jsonl.resolve())]}))  # an older journal
    jsonl.write_text(_line("a", "1") + "not json\n")
    assert repair_journal(journal, lambda url, _id: True, lambda: ()) == 0  # format unknown: kept
    assert jsonl.read_text() == _line("a", "1") + "not json\n"


def test_a_crawl_after_a_kill_moves_the_damaged_lines_aside_and_index_finds_none(
    small_demo_site: DemoServer, tmp_path: Path
) -> None:
    """A real crawl killed after 20 items; damage that an earlier crash could have left in
    the middle of its items file (a torn line with the next glued on, zeros, junk bytes);
    the next run's repair: before, the damage stayed and `index --items` named 3 lines (exit
    3) and lost the glued item's title; now every whole line the state knows stays, the
    damage is in `items.jsonl.rejected`, logged and counted, and `index` exits 0. The small
    demo site: its size asserts nothing here, and the next run has 40 articles left, not 280."""
    args = {"site": "demo", "base_url": small_demo_site.base_url}
    shared = {"WARC_DIR": str(tmp_path / "warc"), "STATE_RECHECK_AGE": "0"}
    extensions = {**project_settings.EXTENSIONS, "tests.plugins.crashpoint.KillAfterItems": 200}
    killing = {
        **shared,
        "EXTENSIONS": json.dumps(extensions),
        "TEST_KILL_AFTER_ITEMS": "20",
        "STATE_COMMIT_WRITES": "15",  # commits on a count of writes only: some lines committed
        "STATE_COMMIT_SECONDS": "600",
    }
    killed = start_crawl("news", args, killing, tmp_path / "killed")
    assert killed.process.wait(timeout=300) == -signal.SIGKILL
    written = killed.items_path.read_bytes().splitlines(keepends=True)
    assert len(written) == 20
    torn = written[9][:45]  # a write cut short, then the next line written after it
    damaged = [*written[:4], torn + written[4], *written[5:8], b"\x00" * 64 + b"\n",
               *written[8:12], b"\xff\xfe\x01\x02 junk\n", *written[12:]]  # fmt: skip
    killed.items_path.write_bytes(b"".join(damaged))
    known = known_urls(tmp_path / "state" / "demo.sqlite")
    kept = [line for line in written if json.loads(line)["url"] in known]
    assert 5 <= len(kept) < 20  # the glued line's item among them
    last = run_crawl("news", args, shared, tmp_path / "last")
    assert last.returncode == 0, last.log[-3000:]
    assert killed.items_path.read_bytes() == b"".join(kept)
    rejected = killed.items_path.with_name("items.jsonl.rejected").read_bytes()
    assert rejected == torn + b"\n" + b"\x00" * 64 + b"\n" + b"\xff\xfe\x01\x02 junk\n"
    assert "3 damaged lines moved to items.jsonl.rejected: line 5 (a torn line" in last.log
    assert last.stats["feeds/rejected_lines"] == 3
    done = newsarchive(
        "index", str(tmp_path / "warc"), "--cdxj", str(tmp_path / "a.cdxj"),
        "--items", str(killed.items_path), "--items", str(last.items_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "skipped" not in done.stderr


def test_index_names_and_counts_the_items_lines_that_are_no_item(tmp_path: Path) -> None:
    """Before: the line that is not JSON was named but not counted (exit 0), the JSON line
    without a url dropped without a word."""
    warc = tmp_path / "pages.warc"
    warc.write_bytes(b"".join(_record(f"{SITE}/{n}", _http(_page(f"Page {n}")), n) for n in (1, 2)))
    items = tmp_path / "items.jsonl"
    first, second = (f"<urn:uuid:6a0e4c52-0000-4000-8000-{n:012d}>" for n in (1, 2))
    items.write_text(
        _line(f"{SITE}/1", first, "Ferry late again")
        + '{"url": "' + SITE + '/2", "warc_record_id": "' + second + '", "ti\n'
        + '{"title": "no url here"}\n'
        + _line(f"{SITE}/2", second, "Harbour closed")
    )  # fmt: skip
    wacz = tmp_path / "a.wacz"
    done = newsarchive(
        "index", str(warc), "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(wacz),
        "--items", str(items),
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert f"{items}:2 skipped: not a JSON line" in done.stderr
    assert f"{items}:3 skipped: not an item (a JSON object with a url)" in done.stderr
    assert done.stderr.splitlines()[-1] == "index: skipped: 2 items lines skipped (named above)"
    with zipfile.ZipFile(wacz) as package:
        pages = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    assert sorted(json.loads(line)["title"] for line in pages) == [
        "Ferry late again", "Harbour closed"]  # fmt: skip


def test_a_repair_failing_on_a_full_disk_leaves_no_copy_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy of the file's whole lines stayed (hidden, as large as the file) when writing
    it failed, on a disk that was full already; the file is left as it was."""
    path = tmp_path / "items.jsonl"
    data = (_line("a", "1") + "\x00" * 40 + "\n" + _line("b", "2")).encode()
    path.write_bytes(data)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(feedrepair.os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        reject_damaged_lines(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["items.jsonl", "items.jsonl.rejected"]
    assert path.read_bytes() == data


def test_index_items_without_wacz_checks_the_items_against_the_archive(tmp_path: Path) -> None:
    """`index --items` without `--wacz` read no item and said nothing, exit 0, though the
    crawl's repair lines advise it as the check of an items file: a damaged line went
    unnamed and an item whose record is in none of the files passed. Now both are named,
    the damaged line counted (exit 3), and one line says what was checked."""
    warc = tmp_path / "pages.warc"
    warc.write_bytes(b"".join(_record(f"{SITE}/{n}", _http(_page(f"Page {n}")), n) for n in (1, 2)))
    items = tmp_path / "items.jsonl"
    first, second, gone = (f"<urn:uuid:6a0e4c52-0000-4000-8000-{n:012d}>" for n in (1, 2, 9))
    items.write_text(
        _line(f"{SITE}/1", first) + "{\"url\": \"torn\n" + _line(f"{SITE}/2", gone)
        + _line(f"{SITE}/3", gone) + _line(f"{SITE}/2", second)
    )  # fmt: skip

    done = newsarchive(
        "index", str(warc), "--cdxj", str(tmp_path / "a.cdxj"), "--items", str(items)
    )

    assert done.returncode == 3, done.stderr
    assert f"{items}:2 skipped: not a JSON line" in done.stderr
    assert f"item of {SITE}/2: its record {gone} is not in these files" in done.stderr
    assert f"item of {SITE}/3: no archived capture of it in these files" in done.stderr
    assert (
        "index: 4 items in 1 items file checked (no --wacz: no page list written): 2 point at "
        "their record in these files, 1 at none but their URL has another capture, 1 have no "
        "capture here"
    ) in done.stdout
    assert done.stderr.splitlines()[-1] == "index: skipped: 1 items line skipped (named above)"
