"""`python -m newsarchive extract`: bad input is reported and skipped, never ends the run."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.plugins.cli_here import newsarchive_run
from tests.plugins.crawling import PROJECT

FOX_PAGE = PROJECT / "tests" / "fixtures" / "extract" / "foxnews_mexico_troops.html"
FOX_URL = "https://www.foxnews.com/world/mexican-president-declines-trump-offer-us-troops"


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    """In this process, but a `-j` run in its own (tests/plugins/cli_here.py): what the
    command reads and says, without a process start for each (the start: test_cli.py)."""
    return newsarchive_run("extract", *args, timeout=120)


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_page_list_with_broken_entries_keeps_the_good_pages(tmp_path: Path) -> None:
    (tmp_path / "good.html.gz").write_bytes(gzip.compress(FOX_PAGE.read_bytes()))
    (tmp_path / "corrupt.html.gz").write_bytes(b"\x1f\x8b\x08\x00 not gzip at all")
    entries = [
        {"id": "a", "url": FOX_URL, "path": "good.html.gz"},
        {"id": "b", "url": FOX_URL, "path": "corrupt.html.gz"},
        {"id": "c", "url": FOX_URL, "path": "missing.html"},
        {"id": "d", "path": "good.html.gz"},
    ]
    listing = tmp_path / "pages.jsonl"
    text = "\n".join(json.dumps(e) for e in entries) + "\n{not json\n"
    listing.write_text(text, encoding="utf-8")
    done = _extract("--input", str(listing), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 3, done.stderr  # finished, each bad entry named and counted
    items = _lines(tmp_path / "out.jsonl")
    assert [item["id"] for item in items] == ["a"]
    assert items[0]["authors"] == ["Alexandra Koch"]
    assert items[0]["published"] == "2025-05-03T20:49:00-04:00"
    assert done.stderr.count("record skipped") == 4
    assert done.stderr.strip().splitlines()[-1] == "extract: 1 item; skipped: 4 records skipped"
    # each says what is wrong with which file, in words (it said FileNotFoundError(2, 'No
    # such file or directory') without the file, and KeyError('url'))
    said = done.stderr
    assert (
        f"{listing}:3: record skipped: No such file or directory: {tmp_path}/missing.html" in said
    )
    assert f"{listing}:4: record skipped: no url in it (give id, url, path)" in said
    assert f"{listing}:5: record skipped: not JSON (" in said
    assert "Error(" not in said


def _warc_with_pages(path: Path, pages: int) -> None:
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    body = FOX_PAGE.read_bytes()
    for n in range(pages):
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"{FOX_URL}-{n}",
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=headers,
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())


def test_a_warc_cut_short_gives_the_pages_before_the_damage(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    _warc_with_pages(whole, 3)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size - 200])
    done = _extract(str(cut), str(whole), "-o", str(tmp_path / "out.jsonl"))
    assert done.returncode == 3, done.stderr  # finished, with an input skipped
    urls = [item["url"] for item in _lines(tmp_path / "out.jsonl")]
    assert urls == [f"{FOX_URL}-0", f"{FOX_URL}-1", *(f"{FOX_URL}-{n}" for n in range(3))]
    assert f"{cut}@" in done.stderr and "cut short" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "extract: 5 items; skipped: 1 record skipped"


def test_worker_processes_give_the_same_items_in_the_same_order(tmp_path: Path) -> None:
    warc = tmp_path / "pages.warc.gz"
    _warc_with_pages(warc, 12)
    assert _extract(str(warc), "-o", str(tmp_path / "one.jsonl")).returncode == 0
    assert _extract(str(warc), "-j", "2", "-o", str(tmp_path / "two.jsonl")).returncode == 0
    one, two = _lines(tmp_path / "one.jsonl"), _lines(tmp_path / "two.jsonl")
    assert len(one) == 12 and one == two


def test_a_file_name_that_is_not_utf8_is_kept_in_the_items(tmp_path: Path) -> None:
    # a WARC copied from a system whose names are Latin-1: b"caf\xe9"
    warc = tmp_path / os.fsdecode(b"caf\xe9.warc.gz")
    _warc_with_pages(warc, 2)
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.jsonl"
        done = _extract(str(warc), "-j", jobs, "-o", str(out))
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
        items = _lines(out)  # valid UTF-8 JSON, the name's bytes escaped
        assert len(items) == 2
        assert {os.fsencode(str(item["warc_file"])) for item in items} == {b"caf\xe9.warc.gz"}


def test_an_interrupted_run_leaves_no_partial_output(tmp_path: Path) -> None:
    """Ctrl-C while items are being written: exit 130, no partial file, the earlier output
    whole. A run that ends before the signal lands (a fast box, a starved test) is run
    again on four times the pages, so the interrupted case is what gets checked."""
    warc = tmp_path / "pages.warc.gz"
    out = tmp_path / "out.jsonl"
    earlier = '{"an earlier run": true}\n'
    for pages in (600, 2400, 9600):
        _warc_with_pages(warc, pages)
        out.write_text(earlier, encoding="utf-8")
        command = [sys.executable, "-m", "newsarchive", "extract", str(warc), "-o", str(out)]
        running = subprocess.Popen(command, cwd=PROJECT, stderr=subprocess.PIPE, text=True)
        partial: list[Path] = []
        while running.poll() is None and not [p for p in partial if p.stat().st_size]:
            partial = list(tmp_path.glob(".out.jsonl.*.partial"))  # items being written
            time.sleep(0.01)
        # held still while the signal is sent: a starved test must not see it end in between
        running.send_signal(signal.SIGSTOP)
        try:
            if running.poll() is None:
                running.send_signal(signal.SIGINT)
        finally:
            running.send_signal(signal.SIGCONT)
        _, err = running.communicate(timeout=240)  # a loaded box: the end may take a while
        if running.returncode == 0:  # it had ended: its output is whole, try a longer run
            assert len(out.read_text(encoding="utf-8").splitlines()) == pages
            continue
        assert running.returncode == 130 and err.strip().splitlines()[-1] == "extract: interrupted"
        assert sorted(tmp_path.iterdir()) == [out, warc]  # no partial file left
        assert out.read_text(encoding="utf-8") == earlier
        return
    raise AssertionError("every run ended before it could be interrupted")


def test_output_onto_an_input_is_refused(tmp_path: Path) -> None:
    warc = tmp_path / "pages.warc.gz"
    _warc_with_pages(warc, 1)
    before = warc.read_bytes()
    done = _extract(str(tmp_path), "-o", str(warc))
    assert done.returncode == 2
    assert done.stderr.strip() == f"extract: -o {warc} is one of the inputs"
    assert warc.read_bytes() == before


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    warc = tmp_path / "pages.warc.gz"
    _warc_with_pages(warc, 2)
    out = tmp_path / "out.jsonl"
    done = _extract(str(warc), str(tmp_path), f"{tmp_path}/../{tmp_path.name}/pages.warc.gz",
                    "-o", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [item["url"] for item in _lines(out)] == [f"{FOX_URL}-0", f"{FOX_URL}-1"]


def _long_page(paragraphs: int) -> bytes:
    """An article whose body runs past a small --max-html: its head stays whole."""
    words = "the minister said on tuesday that talks with unions would resume after a long night"
    vocabulary = words.split()
    text = "".join(  # no two paragraphs alike
        f"<p>Part {n}: "
        + " ".join(vocabulary[(n * k + k) % len(vocabulary)] for k in range(40))
        + ".</p>"
        for n in range(paragraphs)
    )
    return (
        "<html><head><title>A long report</title>"
        '<meta name="author" content="Ana Lima"></head>'
        f"<body><article><h1>A long report</h1>{text}</article></body></html>"
    ).encode()


def test_max_html_reads_a_page_up_to_the_limit_in_every_mode(tmp_path: Path) -> None:
    """--max-html N is EXTRACT_MAX_HTML: the item says truncated, its head fields whole;
    0 is no limit; the same with -j 2 (shards) and with --input."""
    page = _long_page(600)  # ~140,000 characters
    warc = tmp_path / "long.warc.gz"
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    url = "https://news.example/world/a-long-report"  # no profile: the generic rules
    writer.write_record(
        writer.create_warc_record(
            url, "response", payload=BytesIO(page), length=len(page), http_headers=headers
        )
    )
    warc.write_bytes(buffer.getvalue())
    (tmp_path / "long.html").write_bytes(page)
    (tmp_path / "pages.jsonl").write_text(json.dumps({"url": url, "path": "long.html"}) + "\n")
    runs = {
        "default": [str(warc)],
        "cut": [str(warc), "--max-html", "20000"],
        "cut-j2": [str(warc), "--max-html", "20000", "-j", "2"],
        "cut-input": ["--input", str(tmp_path / "pages.jsonl"), "--max-html", "20000"],
        "no-limit": [str(warc), "--max-html", "0"],
    }
    items = {}
    for name, args in runs.items():
        done = _extract(*args, "-o", str(tmp_path / f"{name}.jsonl"))
        assert done.returncode == 0, done.stderr
        [items[name]] = _lines(tmp_path / f"{name}.jsonl")
    assert [items[n]["truncated"] for n in runs] == [False, True, True, True, False]
    whole = len(str(items["default"]["body"]))
    for name in ("cut", "cut-j2", "cut-input"):
        assert len(str(items[name]["body"])) < whole // 3, name
        assert items[name]["title"] == "A long report" and items[name]["authors"] == ["Ana Lima"]
    assert items["no-limit"]["body"] == items["default"]["body"]


def test_max_html_must_be_a_whole_number(tmp_path: Path) -> None:
    for wrong in ("-1", "1e6", "lots"):
        done = _extract(str(tmp_path / "x.warc.gz"), "--max-html", wrong)
        assert done.returncode == 2
        assert "argument --max-html: must be a whole number of at least 0" in done.stderr
        assert "Traceback" not in done.stderr


def test_a_foreign_file_s_control_bytes_are_shown_escaped(tmp_path: Path) -> None:
    """warcio quotes the first line of a file it cannot read: its ESC sequences reached the
    terminal as they were (this one clears the screen and sets the window title)."""
    foreign = tmp_path / "saved.warc"
    foreign.write_bytes(b"GIF89a\x1b[2J\x1b]0;title\x07\x00 not an archive\r\nmore\n")
    done = _extract(str(foreign))
    assert done.returncode == 3, done.stderr
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr and "\x00" not in done.stderr
    assert "first line: GIF89a\\x1b[2J\\x1b]0;title\\x07\\x00 not an archive)" in done.stderr
