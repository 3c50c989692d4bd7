"""`python -m newsarchive index` and `replay` over two runs' WARCs, read back with real tools.

The WARCs are written with warcio the way the crawler writes them (a first run,
then a second with a changed article and a revisit referring to the first run's
file), so these tests stand apart from the crawler; test_incremental.py packages
a real crawl.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.plugins.cli_here import newsarchive_run

PROJECT = Path(__file__).resolve().parents[1]
PYWB = PROJECT / ".venv-pywb" / "bin" / "wayback"
SITE = "http://news.test"

# (file, url, date, body or None for a revisit of the first capture of that url, title)
CAPTURES = [
    ("run1.warc.gz", "/a/1.html", "2026-01-01T10:00:00Z", b"<title>One</title>first", "One"),
    ("run1.warc.gz", "/a/2.html", "2026-01-01T10:00:01Z", b"<title>Two</title>v1", "Two"),
    ("run2.warc.gz", "/a/1.html", "2026-01-02T10:00:00Z", None, "One"),
    ("run2.warc.gz", "/a/2.html", "2026-01-02T10:00:01Z", b"<title>Two</title>v2", "Two, updated"),
    ("run2.warc.gz", "/a/3.html", "2026-01-02T10:00:02Z", b"<title>Three</title>new", "Three"),
]


def _http(body: bytes) -> StatusAndHeaders:
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
    return StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """WARCs of two runs and the items they exported."""
    root = tmp_path_factory.mktemp("archive")
    (root / "warc").mkdir()
    (root / "items").mkdir()
    first: dict[str, tuple[str, str, str, bytes]] = {}  # url -> (record id, date, digest, body)
    items: dict[str, list[dict[str, str]]] = {"run1.warc.gz": [], "run2.warc.gz": []}
    writers: dict[str, WARCWriter] = {}
    handles = {}
    for name, path, date, body, title in CAPTURES:
        if name not in writers:
            handles[name] = (root / "warc" / name).open("wb")
            writers[name] = WARCWriter(handles[name], gzip=True, warc_version="WARC/1.1")
        url = SITE + path
        if body is None:
            record_id, ref_date, digest, same = first[url]
            # a revisit keeps the headers of its own fetch, which describe the same body
            record = writers[name].create_revisit_record(
                url, digest, url, ref_date, http_headers=_http(same)
            )
            record.rec_headers.replace_header("WARC-Date", date)
            record.rec_headers.add_header("WARC-Refers-To", record_id)
        else:
            record = writers[name].create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=_http(body),
                warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            first.setdefault(
                url,
                (
                    record.rec_headers.get_header("WARC-Record-ID"),
                    date,
                    record.rec_headers.get_header("WARC-Payload-Digest"),
                    body,
                ),
            )
        writers[name].write_record(record)
        item = {"url": url, "title": title, "fetched_at": date}
        item["warc_record_id"] = record.rec_headers.get_header("WARC-Record-ID")
        items[name].append(item)
    for handle in handles.values():
        handle.close()
    for name, lines in items.items():
        text = "".join(json.dumps(item) + "\n" for item in lines)
        (root / "items" / name.replace(".warc.gz", ".jsonl")).write_text(text)
    return root


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return newsarchive_run(*args, cwd=PROJECT)  # in-process: cli_here.py


@pytest.fixture(scope="module")
def wacz(archive: Path) -> Path:
    out = archive / "out" / "news.wacz"
    out.parent.mkdir(exist_ok=True)  # index refuses a missing output folder, as extract -o does
    done = newsarchive(
        "index", str(archive / "warc"), "--items", str(archive / "items"), "--wacz", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "5 pages listed" in done.stdout
    return out


def test_cdxj_index_lists_every_capture(wacz: Path, archive: Path) -> None:
    lines = (archive / "warc" / "index.cdxj").read_text().splitlines()
    assert len(lines) == len(CAPTURES)
    entries = [json.loads(line.split(" ", 2)[2]) for line in lines]
    assert {e["filename"] for e in entries} == {"run1.warc.gz", "run2.warc.gz"}
    assert sum(1 for e in entries if e.get("mime") == "warc/revisit") == 1


def test_wacz_validates_and_lists_every_article_capture_with_title(wacz: Path) -> None:
    validate = subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(wacz)], capture_output=True, text=True
    )
    assert validate.returncode == 0 and "valid" in validate.stdout, validate.stdout
    with zipfile.ZipFile(wacz) as package:
        names = set(package.namelist())
        lines = package.read("pages/pages.jsonl").decode().splitlines()
    assert {"datapackage.json", "indexes/index.cdx.gz", "archive/run1.warc.gz"} <= names
    header, pages = json.loads(lines[0]), [json.loads(line) for line in lines[1:]]
    assert header["format"] == "json-pages-1.0" and header["id"] == "pages"
    listed = {(p["url"].removeprefix(SITE), p["ts"], p["title"]) for p in pages}
    assert listed == {(path, date, title) for _, path, date, _, title in CAPTURES}


def test_index_refuses_missing_input(tmp_path: Path) -> None:
    done = newsarchive("index", str(tmp_path / "nowhere"))
    assert done.returncode == 2 and "no such file" in done.stderr


@contextlib.contextmanager
def replaying(archive: Path) -> Iterator[str]:
    """`python -m newsarchive replay ARCHIVE` as a user runs it; yields the URL it prints."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "replay", str(archive)],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("replay: open http://127.0.0.1:"), first
        base = first.split()[2]
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdout.close()  # else a ResourceWarning for the pipe, in whichever test runs next


@pytest.fixture(scope="module", params=["wacz", "warc folder"])
def replay(request: pytest.FixtureRequest, wacz: Path, archive: Path) -> Iterator[str]:
    with replaying(wacz if request.param == "wacz" else archive / "warc") as base:
        yield base


def _wait_until_up(url: str, process: subprocess.Popen[str] | None = None) -> None:
    """Until pywb answers at `url`. The replay process says when it never will (it ends);
    the deadline only stops a stuck one: 300 tries (~30 s) ran out at load 14 while pywb
    was still starting."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"replay ended ({process.returncode}) before {url} answered")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"pywb did not answer at {url}")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read())


@pytest.mark.pywb
def test_replay_serves_each_capture_and_resolves_the_revisit(replay: str) -> None:
    assert fetch(f"{replay}20260101100001id_/{SITE}/a/2.html") == b"<title>Two</title>v1"
    assert fetch(f"{replay}20260102100001id_/{SITE}/a/2.html") == b"<title>Two</title>v2"
    # the second run's revisit replays the first run's body
    assert fetch(f"{replay}20260102100000id_/{SITE}/a/1.html") == b"<title>One</title>first"


def test_an_items_line_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    """Past the first 64 KiB `index --items` looks at: the line goes, the others stay."""
    from newsarchive.package.pages import read_items

    good = json.dumps({"url": "http://127.0.0.1:9/a", "title": "A"}).encode() + b"\n"
    items = tmp_path / "items.jsonl"
    items.write_bytes(good * 2000 + b'{"url": "http://127.0.0.1:9/\xe9"}\n' + good)
    assert len(list(read_items([items]))) == 2001
