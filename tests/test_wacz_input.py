"""A WACZ package (Browsertrix's, ArchiveWeb.page's, py-wacz's) given to `extract`, `history`
and `index`: the WARCs under its `archive/` are read as a folder of WARCs, stored or deflated
in the ZIP. Offsets point into the member file, as the package's own CDXJ points (`filename`
the name under `archive/`), and every line names a member `PACKAGE/archive/NAME`. Before,
each command said in one line that it was a package and stopped (exit 2)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.package.unpacked import SCRATCH_PREFIX
from newsarchive.warc.spoolfiles import hold, let_go, run_prefix
from tests.test_foreign_archives import SITE, Archive, newsarchive, page
from tests.test_warc_corpus import CORPUS


def _package(path: Path, members: dict[str, tuple[bytes, int]]) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        for name, (data, how) in members.items():
            package.writestr(name, data, how)
        package.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        package.writestr("datapackage.json", json.dumps({"profile": "data-package"}))
    return path


@pytest.fixture
def wacz(tmp_path: Path) -> Path:
    """A package of two WARCs: one gzipped and stored (as the spec asks), one plain and
    deflated (as some zip tools write it), with a revisit in the second of a page in the
    first, and the member names of Browsertrix's crawls."""
    first = Archive("WARC/1.1")
    first.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    first.response("/market", "2026-03-02T09:05:00Z", page("Fish Prices Fall"))
    second = Archive("WARC/1.0", gzipped=False)
    second.response("/harbour", "2026-03-03T09:00:00Z", page("Ferry Late Again"))
    second.revisit(
        "/market", "2026-03-03T09:05:00Z",
        {"WARC-Refers-To-Target-URI": SITE + "/market",
         "WARC-Refers-To-Date": "2026-03-02T09:05:00Z",
         "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
         "WARC-Payload-Digest": _payload_digest(first.buffer.getvalue(), SITE + "/market")},
        page("Fish Prices Fall"),
    )  # fmt: skip
    return _package(
        tmp_path / "crawl.wacz",
        {
            "archive/rec-20260302-crawl-0.warc.gz": (first.buffer.getvalue(), zipfile.ZIP_STORED),
            "archive/rec-20260303-crawl-1.warc": (
                second.buffer.getvalue(),
                zipfile.ZIP_DEFLATED,
            ),
        },
    )


def _payload_digest(warc: bytes, url: str) -> str:
    for record in ArchiveIterator(BytesIO(warc)):
        if record.rec_headers.get_header("WARC-Target-URI") == url:
            return str(record.rec_headers.get_header("WARC-Payload-Digest"))
    raise AssertionError(url)


def _member(wacz: Path, name: str) -> bytes:
    with zipfile.ZipFile(wacz) as package:
        return package.read("archive/" + name)


def _url_at(data: bytes, offset: int) -> str:
    record = next(iter(ArchiveIterator(BytesIO(data[offset:]))))
    return str(record.rec_headers.get_header("WARC-Target-URI"))


def test_extract_reads_the_warcs_of_a_wacz(wacz: Path, tmp_path: Path) -> None:
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(wacz))
    assert done.returncode == 0, done.stderr  # before: 2, "is a WACZ package"
    items = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(item["title"] for item in items) == [
        "Ferry Back On Time", "Ferry Late Again", "Fish Prices Fall", "Fish Prices Fall",
    ]  # fmt: skip
    for item in items:  # the member's own name and an offset into it, as the WACZ's CDXJ
        if item.get("warc_offset") is not None:
            data = _member(wacz, item["warc_file"])
            assert _url_at(data, item["warc_offset"]) == item["url"]
    assert {item["warc_file"] for item in items} == {
        "rec-20260302-crawl-0.warc.gz", "rec-20260303-crawl-1.warc",
    }  # fmt: skip


def test_index_of_a_wacz_points_into_its_member_files(wacz: Path) -> None:
    done = newsarchive("index", str(wacz))
    assert done.returncode == 0, done.stderr
    cdxj = wacz.parent / "index.cdxj"  # beside the package, as beside a WARC given
    lines = [json.loads(line.split(" ", 2)[2]) for line in cdxj.read_text().splitlines()]
    assert len(lines) == 4
    for line in lines:
        data = _member(wacz, line["filename"])  # the name under archive/, not a scratch path
        assert _url_at(data, int(line["offset"])) == line["url"]


def test_history_reads_the_versions_in_a_wacz(wacz: Path) -> None:
    done = newsarchive("history", SITE + "/harbour", "--warc", str(wacz), "--format", "json")
    assert done.returncode == 0, done.stderr
    versions = json.loads(done.stdout)["articles"][0]["versions"]
    assert [v["title"] for v in versions] == ["Ferry Back On Time", "Ferry Late Again"]


def test_a_damaged_record_is_named_inside_its_package(tmp_path: Path) -> None:
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    good = archive.buffer.getvalue()
    archive.response("/market", "2026-03-02T09:05:00Z", page("Fish Prices Fall"))
    data = archive.buffer.getvalue()
    damaged = data[: len(good)] + data[len(good) :].replace(b"Content-Length", b"Content-Lenxth", 1)
    wacz = _package(tmp_path / "x.wacz", {"archive/data.warc": (damaged, zipfile.ZIP_STORED)})
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "o.jsonl"), str(wacz))
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {wacz}/archive/data.warc@{len(good)}: record skipped" in done.stderr
    assert "newsarchive-wacz-" not in done.stderr  # the scratch copy is never named


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 not really a zip"), "not a readable WACZ package"),
        (
            lambda p: _package(p, {"indexes/index.cdxj": (b"", zipfile.ZIP_STORED)}),
            "a WACZ package with no archive/ folder: nothing to read",
        ),
    ],
)
@pytest.mark.parametrize("command", ["extract", "index", "history"])
def test_a_package_that_cannot_be_read_is_one_line(
    tmp_path: Path, make: object, said: str, command: str
) -> None:
    wacz = tmp_path / "broken.wacz"
    make(wacz)  # type: ignore[operator]
    args = {
        "extract": ["extract", "--all-pages", str(wacz)],
        "index": ["index", str(wacz)],
        "history": ["history", SITE + "/harbour", "--warc", str(wacz)],
    }[command]
    done = newsarchive(*args)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines == [f"{command}: {wacz}: {said}" + lines[0].split(said, 1)[1]], lines
    assert said in lines[0]


@pytest.mark.shared_data
@pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found")
@pytest.mark.parametrize("how", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_others_archives_in_a_wacz_read_as_in_their_folder(tmp_path: Path, how: int) -> None:
    """Every file of the corpus (broken ones among them) packed into one WACZ, read in place
    from ../shared: the same items, CDXJ lines and named skips as the folder gives, every
    line naming the member in its package."""
    assert CORPUS is not None
    wacz = _package(
        tmp_path / "corpus.wacz",
        {"archive/" + p.name: (p.read_bytes(), how) for p in sorted(CORPUS.iterdir())
         if p.name != "README.md"},
    )  # fmt: skip
    said = {}
    for source in (CORPUS, wacz):
        out, cdxj = tmp_path / f"{source.name}.jsonl", tmp_path / f"{source.name}.cdxj"
        extracted = newsarchive("extract", "--all-pages", "-o", str(out), str(source))
        indexed = newsarchive("index", "--cdxj", str(cdxj), str(source))
        for done in (extracted, indexed):
            assert done.returncode == 3, done.stderr[-2000:]
            assert "Traceback" not in done.stderr
        named = (extracted.stderr + indexed.stderr).replace(f"{wacz}/archive", str(CORPUS))
        lines = named.splitlines()
        hints = [line for line in lines if "recompress /" in line or "unzip " in line]
        said[source] = (out.read_text(), _by_name(cdxj), [x for x in lines if x not in hints])
        if source == wacz:  # a member gzipped whole: unpacked first, never a scratch path
            assert len(hints) == 4, hints
            assert all(f"unzip {wacz} 'archive/" in line for line in hints), hints
            assert "newsarchive-wacz-" not in named
    assert said[wacz] == said[CORPUS]
    assert said[wacz][0].count("\n") == 95  # the README's figure


def _by_name(cdxj: Path) -> list[str]:
    """The lines with each file as its name alone: the folder's are named from the CDXJ's
    folder (`../../shared/...`), the package's members by their name under `archive/`."""
    lines = []
    for line in cdxj.read_text().splitlines():
        key, date, fields = line.split(" ", 2)
        parsed = json.loads(fields)
        parsed["filename"] = Path(parsed["filename"]).name
        lines.append(f"{key} {date} {json.dumps(parsed)}")
    return lines


def _two_pages() -> tuple[bytes, bytes]:
    first = Archive("WARC/1.1")
    first.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    second = Archive("WARC/1.1")
    second.response("/market", "2026-03-02T09:05:00Z", page("Fish Prices Fall"))
    return first.buffer.getvalue(), second.buffer.getvalue()


@pytest.mark.parametrize("command", ["extract", "index"])
def test_a_member_name_said_twice_is_named_not_lost(tmp_path: Path, command: str) -> None:
    """A ZIP may hold two members of one name (a tool appending to a package): replay tools
    read the last. The earlier was overwritten by the later copy without a word (exit 0)."""
    first, second = _two_pages()
    wacz = tmp_path / "twice.wacz"
    with zipfile.ZipFile(wacz, "w") as package:
        package.writestr("archive/data.warc.gz", first, zipfile.ZIP_STORED)
        with pytest.warns(UserWarning, match="Duplicate name"):
            package.writestr("archive/data.warc.gz", second, zipfile.ZIP_STORED)
    out = tmp_path / "out"
    args = ["extract", "--all-pages", "-o", str(out)] if command == "extract" else [
        "index", "--cdxj", str(out)]  # fmt: skip
    done = newsarchive(*args, str(wacz))
    assert done.returncode == 3, done.stderr
    assert f"{wacz}/archive/data.warc.gz: skipped: " in done.stderr
    assert "another member of the same name" in done.stderr
    assert "Fish Prices Fall" in out.read_text() or "/market" in out.read_text()  # the last
    assert "/harbour" not in out.read_text()


def test_a_member_name_leaving_the_archive_folder_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`archive/../../x.warc.gz` is named and counted (it was a line, and exit 0), and
    nothing is written outside the scratch folder."""
    first, second = _two_pages()
    scratch = tmp_path / "deep" / "tmp"
    scratch.mkdir(parents=True)
    monkeypatch.setattr("tempfile.tempdir", str(scratch))  # TMPDIR, in this process
    wacz = tmp_path / "escape.wacz"
    with zipfile.ZipFile(wacz, "w") as package:
        package.writestr("archive/../../x.warc.gz", first, zipfile.ZIP_STORED)
        package.writestr("archive/ok.warc.gz", second, zipfile.ZIP_STORED)
    out = tmp_path / "o.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(wacz))
    assert done.returncode == 3, done.stderr
    assert f"{wacz}/archive/../../x.warc.gz: skipped: " in done.stderr
    assert [json.loads(line)["title"] for line in out.read_text().splitlines()] == [
        "Fish Prices Fall"
    ]
    assert not list(tmp_path.rglob("x.warc.gz"))
    assert list(scratch.iterdir()) == []  # the scratch folder removed after


def test_a_killed_runs_copies_go_and_a_running_ones_stay(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scratch folder of a run killed outright is removed by the next run that reads a
    package; that of a run still going (its pid alive, or its lock held) is left whole."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    dead = int(ended.stdout)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"]) as alive:
        try:
            killed = scratch / f"{run_prefix(SCRATCH_PREFIX, dead)}old"
            going = scratch / f"{run_prefix(SCRATCH_PREFIX, alive.pid)}now"
            locked = scratch / f"{run_prefix(SCRATCH_PREFIX, dead)}locked"
            for folder in (killed, going, locked):
                (folder / "0").mkdir(parents=True)
                (folder / "0" / "data.warc.gz").write_bytes(b"a copy")
            hold(locked)  # a live run's lock, whatever its pid says
            first, _ = _two_pages()
            wacz = _package(tmp_path / "x.wacz", {"archive/a.warc.gz": (first, 0)})
            done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "o"), str(wacz))
            let_go(locked)
        finally:
            alive.kill()
    assert done.returncode == 0, done.stderr
    assert "removed 1 scratch folder of WACZ packages' WARCs" in done.stderr
    assert sorted(p.name for p in scratch.iterdir()) == sorted([going.name, locked.name])
    assert (going / "0" / "data.warc.gz").read_bytes() == b"a copy"


def test_index_refuses_two_packages_holding_one_member_name(tmp_path: Path) -> None:
    """Two packages each with `archive/data.warc.gz` (py-wacz's name for its one WARC): the
    CDXJ's `filename` is the name under `archive/`, so their lines could not be told apart,
    and replay would read one package's offsets in the other's file. It wrote both, exit 0."""
    first, second = _two_pages()
    one = _package(tmp_path / "one.wacz", {"archive/data.warc.gz": (first, 0)})
    two = _package(tmp_path / "two.wacz", {"archive/data.warc.gz": (second, 0)})
    cdxj = tmp_path / "both.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(one), str(two))
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"index: {one}/archive/data.warc.gz and {two}/archive/data.warc.gz: one name in the "
        "CDXJ (filename data.warc.gz), which could not tell their lines apart: index each "
        "package on its own"
    ]
    assert not cdxj.exists()


def test_sigterm_removes_the_copies(tmp_path: Path) -> None:
    """`extract x.wacz` stopped by SIGTERM (a service manager, `timeout`) removes its copy of
    the package's WARCs, as Ctrl-C does: before, the copy (the package's size) stayed in the
    temporary folder until a later run read a package."""
    archive = Archive("WARC/1.1")
    for number in range(300):  # more items than a pipe holds: the run waits, writing
        archive.response(f"/p{number}", "2026-03-02T09:00:00Z", page(f"Storm Report {number}"))
    wacz = _package(tmp_path / "x.wacz", {"archive/a.warc.gz": (archive.buffer.getvalue(), 0)})
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    run = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "extract", "--all-pages", str(wacz)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    assert run.stdout is not None
    run.stdout.readline()  # an item written: its copy is made, and the run goes on
    assert [p.name for p in scratch.iterdir() if p.name.startswith(SCRATCH_PREFIX)]
    run.send_signal(signal.SIGTERM)
    run.stdout.read()
    _, said = run.communicate()
    assert run.returncode == -signal.SIGTERM, said  # ended by the signal, as before
    assert list(scratch.iterdir()) == [], said
    assert b"Traceback" not in said


def test_an_encrypted_member_is_named_not_a_traceback(tmp_path: Path) -> None:
    """A member encrypted in the ZIP (a password needed) is a file skipped, named; the
    others are read. It was zipfile's RuntimeError, a traceback."""
    first, second = _two_pages()
    wacz = _package(tmp_path / "x.wacz", {"archive/a.warc.gz": (first, 0),
                                          "archive/b.warc.gz": (second, 0)})  # fmt: skip
    data = bytearray(wacz.read_bytes())
    data[data.find(b"PK\x03\x04") + 6] |= 1  # the first member's "encrypted" flag, both places
    data[data.find(b"PK\x01\x02") + 8] |= 1
    wacz.write_bytes(bytes(data))
    out = tmp_path / "o.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(wacz))
    assert done.returncode == 3, done.stderr
    assert f"{wacz}/archive/a.warc.gz: skipped: not read: encrypted" in done.stderr
    assert [json.loads(line)["title"] for line in out.read_text().splitlines()] == [
        "Fish Prices Fall"
    ]
