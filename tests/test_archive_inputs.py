"""What `index`, `replay` and `migrate-state` say about odd input, as a user sees it.

Each damaged record is named once, on one line, under the name the user gave;
the WACZ's page list holds only pages replay can show; a state file that is
copied from is not changed. The archives are written here with warcio.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest

from newsarchive.commands.replay import build_collection
from newsarchive.state.store import Capture, CrawlState, Payload
from tests.test_distributed import RedisServer, redis_server  # noqa: F401 (session fixture)
from tests.test_foreign_archives import (
    PYWB,
    SITE,
    Archive,
    _cdxj_lines,
    digest,
    http,
    newsarchive,
    page,
)  # fmt: skip


def _overrun(archive: Archive) -> bytes:
    """The archive's bytes with its first record's Content-Length one byte short (and no block
    digest to fail), as some writers leave it: the byte left over stands before the blank lines."""
    data = archive.buffer.getvalue()
    head, rest = data.split(b"\r\n\r\n", 1)
    length = int(re.search(rb"Content-Length: (\d+)", head).group(1))  # type: ignore[union-attr]
    head = head.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % (length - 1))
    head = re.sub(rb"WARC-Block-Digest: [^\r]*\r\n", b"", head)
    return head + b"\r\n\r\n" + rest


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good file, one with a record cut short, one whose block fails its digest, and one
    whose first record overruns its Content-Length."""
    root = tmp_path_factory.mktemp("damaged")
    good = Archive("WARC/1.1")
    good.response("/good", "2026-03-01T10:00:00Z", page("Good"))
    good.save(root / "a-good.warc.gz")
    cut = Archive("WARC/1.1", gzipped=False)
    cut.response("/whole", "2026-03-01T10:00:01Z", page("Whole"))
    cut.response("/cut", "2026-03-01T10:00:02Z", page("Cut") * 40)
    data = cut.buffer.getvalue()
    (root / "b-cut.warc").write_bytes(data[: len(data) - 500])
    flipped = Archive("WARC/1.1", gzipped=False)
    flipped.response("/flipped", "2026-03-01T10:00:03Z", page("Flipped"))
    flipped.response("/sound", "2026-03-01T10:00:04Z", page("Sound"))
    data = flipped.buffer.getvalue()
    (root / "c-flipped.warc").write_bytes(data.replace(b"Flipped.</p>", b"Flopped.</p>", 1))
    overrun = Archive("WARC/1.1", gzipped=False)
    overrun.response("/overrun", "2026-03-01T10:00:05Z", page("Overrun"))
    overrun.response("/next", "2026-03-01T10:00:06Z", page("Next"))
    (root / "d-overrun.warc").write_bytes(_overrun(overrun))
    return root


def _urls(cdxj: Path) -> list[str]:
    return sorted(entry["url"] for _, _, entry in _cdxj_lines(cdxj.read_text(encoding="utf-8")))


def test_index_leaves_out_a_record_whose_block_fails_its_digest(
    damaged: Path, tmp_path: Path
) -> None:
    """cdxj-indexer indexes it; replay would serve the damaged bytes. `extract` skips it too."""
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(damaged / "c-flipped.warc"), "--cdxj", str(cdxj))
    assert done.returncode == 3, done.stderr
    assert _urls(cdxj) == [SITE + "/sound"]
    assert (
        f"{damaged / 'c-flipped.warc'}@0: record skipped: block digest does not match"
        in done.stderr
    )


def test_a_record_that_overruns_its_length_is_one_line_naming_the_file(
    damaged: Path, tmp_path: Path
) -> None:
    """warcio prints a three-line block naming no file; the record is still read."""
    path = damaged / "d-overrun.warc"
    cdxj = tmp_path / "index.cdxj"
    for done in (
        newsarchive("index", str(path), "--cdxj", str(cdxj)),
        newsarchive("extract", "--all-pages", str(path), "-o", str(tmp_path / "items.jsonl")),
    ):
        assert done.returncode == 0, done.stderr
        notices = [line for line in done.stderr.splitlines() if "blank line" in line]
        said = f"{path}: 1 record not followed by a blank line"
        assert len(notices) == 1 and notices[0].removeprefix("WARNING: ").startswith(said), (
            done.stderr
        )
        assert "Remainder" not in done.stderr and "Offset:" not in done.stderr
    assert _urls(cdxj) == [SITE + "/next", SITE + "/overrun"]
    lines = (tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines()
    titles = [json.loads(line)["title"] for line in lines]
    assert titles == ["Overrun", "Next"]


def test_index_with_a_wacz_names_each_damaged_record_once(damaged: Path, tmp_path: Path) -> None:
    """The WACZ reads the files a second time: nothing is named or counted twice."""
    wacz = tmp_path / "archive.wacz"
    done = newsarchive(
        "index", str(damaged), "--cdxj", str(tmp_path / "index.cdxj"), "--wacz", str(wacz)
    )
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    for where in (f"{damaged / 'b-cut.warc'}@", f"{damaged / 'c-flipped.warc'}@0:"):
        assert len([line for line in lines if where in line and "record skipped" in line]) == 1
    assert len([line for line in lines if "blank line" in line]) == 1
    assert lines[-1] == "index: skipped: 2 records skipped (named above)"
    with zipfile.ZipFile(wacz) as package:
        names = package.namelist()
    assert "archive/a-good.warc.gz" in names and "archive/d-overrun.warc" in names
    # held as they are, their index without the damaged record (they were left out whole)
    assert "archive/b-cut.warc" in names and "archive/c-flipped.warc" in names
    for name in ("b-cut.warc", "c-flipped.warc"):
        said = f"{damaged / name}: in the WACZ as it is, its index without 1 record (named above)"
        assert len([line for line in lines if said in line]) == 1, done.stderr


def _pages(wacz: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wacz) as package:
        if "pages/pages.jsonl" not in package.namelist():  # py-wacz writes none for no page
            return []
        lines = package.read("pages/pages.jsonl").decode("utf-8").splitlines()
    return [json.loads(line) for line in lines[1:]]


@pytest.fixture(scope="module")
def revisited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An original in one file; in another its revisit, and a revisit of a capture in neither."""
    root = tmp_path_factory.mktemp("revisited")
    first = Archive("WARC/1.1")
    record_id = first.response("/kept", "2026-02-01T10:00:00Z", page("Kept"))
    first.save(root / "a-first.warc.gz")
    second = Archive("WARC/1.1")
    second.revisit("/kept", "2026-02-02T10:00:00Z", {
        "WARC-Refers-To": record_id, "WARC-Payload-Digest": digest(page("Kept")),
    }, of=page("Kept"))  # fmt: skip
    second.revisit("/orphan", "2026-02-02T10:00:01Z", {
        "WARC-Payload-Digest": digest(page("Gone")),
    }, of=page("Gone"))  # fmt: skip
    second.save(root / "b-second.warc.gz")
    return root


def test_the_wacz_lists_no_revisit_whose_original_is_in_no_file(
    revisited: Path, tmp_path: Path
) -> None:
    """replayweb.page would list a page it cannot show; its original in another file is fine."""
    wacz = tmp_path / "both.wacz"
    done = newsarchive(
        "index", str(revisited), "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(wacz)
    )
    # a page the package cannot show is counted, as extract counts it (exit 0 before)
    assert done.returncode == 3, done.stderr
    assert "skipped: 1 revisit of originals not given" in done.stderr, done.stderr
    assert [(p["url"], p["ts"]) for p in _pages(wacz)] == [
        (SITE + "/kept", "2026-02-01T10:00:00Z"),
        (SITE + "/kept", "2026-02-02T10:00:00Z"),
    ]
    orphan = f"{revisited / 'b-second.warc.gz'}@"
    assert f"revisit of {SITE}/orphan whose original is in none of these files" in done.stderr
    assert orphan in done.stderr
    alone = tmp_path / "alone.wacz"
    second = str(revisited / "b-second.warc.gz")
    done = newsarchive("index", second, "--cdxj", str(tmp_path / "b.cdxj"), "--wacz", str(alone))
    assert done.returncode == 3, done.stderr
    assert _pages(alone) == []
    assert "the WACZ lists no page" in done.stderr


def test_an_items_file_naming_no_capture_leaves_the_pages_listed_by_url(
    revisited: Path, tmp_path: Path
) -> None:
    """An empty items file (a run that archived no article) gave a WACZ with no page at all."""
    empty = tmp_path / "items.jsonl"
    empty.write_text("")
    wacz = tmp_path / "archive.wacz"
    done = newsarchive(
        "index", str(revisited), "--cdxj", str(tmp_path / "index.cdxj"),
        "--wacz", str(wacz), "--items", str(empty),
    )  # fmt: skip
    assert done.returncode == 3, done.stderr  # the orphan revisit, counted
    assert f"no item in {empty} names a capture in these files" in done.stderr
    assert [p["title"] for p in _pages(wacz)] == [SITE + "/kept"] * 2


@pytest.mark.pywb
def test_replay_names_what_it_cannot_read_by_the_path_given(
    damaged: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not by its link in replay's scratch folder, which is gone once replay stops."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    scratch = tmp_path / "scratch"
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, scratch, "c", damaged)
    said = caplog.text + capsys.readouterr().err
    assert skips.summary() == "2 records skipped"
    assert f"{damaged / 'b-cut.warc'}@" in said and f"{damaged / 'c-flipped.warc'}@0" in said
    assert f"{damaged / 'd-overrun.warc'}: 1 record not followed by a blank line" in said
    assert str(scratch) not in said


def _state(path: Path) -> None:
    store = CrawlState(path)
    capture = Capture(
        SITE + "/a", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", 200, "sha1:AAAA",
        None, None, None, "x.warc.gz", 0, "<urn:uuid:1>", "response", 1, "2026-01-01T00:00:00Z",
    )  # fmt: skip
    payload = Payload("sha1:AAAA", SITE + "/a", "2026-01-01T00:00:00Z", "<urn:uuid:1>")
    store.save([capture], [payload])
    store.close()


def test_migrate_state_changes_nothing_in_the_file_it_reads(
    redis_server: RedisServer,  # noqa: F811
    tmp_path: Path,
) -> None:
    """An empty file got the state's tables (and WAL journaling) before it was refused."""
    empty = tmp_path / "empty" / "demo.sqlite"
    empty.parent.mkdir()
    empty.touch()
    migrate = [sys.executable, "-m", "newsarchive", "migrate-state"]
    key = ["--key", "newsarchive:state:test-readonly"]
    done = subprocess.run(
        [*migrate, str(empty), redis_server.url, *key], capture_output=True, text=True
    )
    assert done.returncode == 2 and "not a crawl state" in done.stderr, done.stderr
    assert empty.stat().st_size == 0 and list(empty.parent.iterdir()) == [empty]
    state = tmp_path / "state" / "demo.sqlite"
    _state(state)
    before = hashlib.sha256(state.read_bytes()).hexdigest()
    done = subprocess.run(
        [*migrate, str(state), redis_server.url, *key], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "1 captures, 1 payloads and 0 requisites copied" in done.stdout
    assert hashlib.sha256(state.read_bytes()).hexdigest() == before
    assert list(state.parent.iterdir()) == [state]


def test_history_counts_what_it_could_not_read_in_the_warcs(revisited: Path) -> None:
    """It named the orphan revisit, then exited 0 as if every capture had been read."""
    done = newsarchive("history", SITE + "/kept", "--warc", str(revisited))
    assert done.returncode == 3, done.stderr
    assert "2 versions" not in done.stdout and "1 version in 2 captures" in done.stdout
    assert f"{revisited / 'b-second.warc.gz'}@" in done.stderr
    assert (
        done.stderr.strip().splitlines()[-1] == "history: skipped: 1 record skipped (named above)"
    )
    whole = newsarchive("history", SITE + "/kept", "--warc", str(revisited / "a-first.warc.gz"))
    assert whole.returncode == 0 and whole.stderr == "", whole.stderr


def test_a_pre_standard_warc_draft_is_named_as_such(tmp_path: Path) -> None:
    """WARC/0.10 puts length, type, URI and date on its first line: warcio reads none of it."""
    block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page("Draft")
    line = f"WARC/0.10 {len(block) + 100} response {SITE}/draft 20060101000000 <urn:x> text/html"
    draft = tmp_path / "draft.warc"
    draft.write_bytes(line.encode() + b"\r\n\r\n" + block + b"\r\n\r\n")
    for done in (
        newsarchive("index", str(draft), "--cdxj", str(tmp_path / "index.cdxj")),
        newsarchive("extract", str(draft), "-o", str(tmp_path / "items.jsonl")),
    ):
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert f"{draft}: skipped: WARC/0.10: a WARC draft from before WARC/0.17" in done.stderr


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of WARCs where one name links to nothing and another to itself."""
    root = tmp_path_factory.mktemp("linked")
    good = Archive("WARC/1.1")
    good.response("/linked", "2026-04-01T10:00:00Z", page("Linked"))
    good.save(root / "a-good.warc.gz")
    (root / "b-gone.warc.gz").symlink_to(root / "moved-away.warc.gz")
    (root / "c-loop.warc").symlink_to(root / "c-loop.warc")
    return root


def test_links_to_no_archive_in_a_folder_are_named_not_passed_over(
    linked: Path, tmp_path: Path
) -> None:
    """They were left out in silence (exit 0): a WARC moved away looked like a whole archive."""
    for done in (
        newsarchive("index", str(linked), "--cdxj", str(tmp_path / "index.cdxj")),
        newsarchive("extract", "--all-pages", str(linked), "-o", str(tmp_path / "items.jsonl")),
        newsarchive("extract", "-j", "2", str(linked), "-o", str(tmp_path / "items2.jsonl")),
    ):
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert f"{linked / 'b-gone.warc.gz'}: skipped: unreadable (FileNotFoundError" in done.stderr
        assert f"{linked / 'c-loop.warc'}: skipped: a loop of symbolic links (" in done.stderr
        assert "1 file unreadable, 1 symbolic link loop" in done.stderr.splitlines()[-1]
    assert _urls(tmp_path / "index.cdxj") == [SITE + "/linked"]


@pytest.mark.pywb
def test_replay_names_links_to_no_archive_and_serves_the_rest(
    linked: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A loop of links ended replay in a RuntimeError traceback."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    scratch = tmp_path / "scratch"
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, scratch, "c", linked)
    assert skips.summary() == "1 file unreadable, 1 symbolic link loop"
    assert f"{linked / 'b-gone.warc.gz'}: skipped" in caplog.text
    assert f"{linked / 'c-loop.warc'}: skipped" in caplog.text
    assert str(scratch) not in caplog.text
    index = scratch / "collections" / "c" / "indexes" / "index.cdxj"
    assert _urls(index) == [SITE + "/linked"]


def test_recover_names_an_open_file_of_another_writer_it_leaves_alone(tmp_path: Path) -> None:
    """`index` leaves `x.warc.open` out saying "recover it first"; recover passed it over in
    silence with exit 0, so the file stayed out of every index."""
    other = Archive("WARC/1.1", gzipped=False)
    other.response("/other", "2026-05-01T10:00:00Z", page("Other"))
    left = other.save(tmp_path / "heritrix.warc.open")
    done = newsarchive("recover", str(tmp_path))
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {left}: left alone: recover closes .warc.gz.open files only" in done.stderr
    assert left.exists()
    index = newsarchive("index", str(tmp_path), "--cdxj", str(tmp_path / "index.cdxj"))
    assert f"left out {left}: still open (recover it first)" in index.stderr


def test_pages_of_records_that_share_an_id_keep_their_own_capture_times(tmp_path: Path) -> None:
    """Record ids repeat across others' files (pywb's samples copy records between them): a
    page took the date of another URL's record with its id, py-wacz matched it to no record,
    and index exited 1 over a WACZ it had written."""
    first = Archive("WARC/1.1", gzipped=False)
    shared = first.response("/one", "2026-06-01T10:00:00Z", page("One"))
    first.save(tmp_path / "a.warc")
    second = Archive("WARC/1.1", gzipped=False)
    own = second.response("/two", "2026-06-02T10:00:00Z", page("Two"))
    data = second.buffer.getvalue().replace(own.encode(), shared.encode())
    (tmp_path / "b.warc").write_bytes(data)
    items = tmp_path / "items.jsonl"
    extracted = newsarchive("extract", "--all-pages", str(tmp_path), "-o", str(items))
    assert extracted.returncode == 0, extracted.stderr
    wacz = tmp_path / "archive.wacz"
    done = newsarchive(
        "index", str(tmp_path), "--cdxj", str(tmp_path / "index.cdxj"),
        "--wacz", str(wacz), "--items", str(items),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [(p["url"], p["ts"], p["title"]) for p in _pages(wacz)] == [
        (SITE + "/one", "2026-06-01T10:00:00Z", "One"),
        (SITE + "/two", "2026-06-02T10:00:00Z", "Two"),
    ]


def _with_block_digest(archive: Archive, digest: Callable[[bytes], str]) -> bytes:
    """The archive's one record with its WARC-Block-Digest replaced by `digest(block)`."""
    head, rest = archive.buffer.getvalue().split(b"\r\n\r\n", 1)
    length = int(re.search(rb"Content-Length: (\d+)", head).group(1))  # type: ignore[union-attr]
    value = digest(rest[:length]).encode()
    return re.sub(rb"WARC-Block-Digest: [^\r]*", b"WARC-Block-Digest: " + value, head) + (
        b"\r\n\r\n" + rest
    )


def test_block_digests_in_any_encoding_are_checked_and_a_malformed_one_is_not_judged(
    tmp_path: Path,
) -> None:
    """warcio compares a hex MD5 as base32 (a sound record skipped as damaged) and raises on a
    value it cannot decode (every later record of the file lost)."""
    digests: dict[str, Callable[[bytes], str]] = {
        "sha256-hex": lambda b: "sha256:" + hashlib.sha256(b).hexdigest(),
        "md5-hex": lambda b: "md5:" + hashlib.md5(b).hexdigest(),
        "sha512-base64": lambda b: (
            "sha512:" + base64.b64encode(hashlib.sha512(b).digest()).decode()
        ),
        "malformed": lambda b: "sha1:!!not-a-digest!!",
        "wrong": lambda b: "sha256:" + hashlib.sha256(b + b"x").hexdigest(),
        "after": lambda b: "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode(),
    }
    parts = []
    for n, (name, digest_of) in enumerate(digests.items()):
        archive = Archive("WARC/1.1", gzipped=False)
        archive.response(f"/{name}", f"2026-07-01T10:00:0{n}Z", page(name))
        parts.append(_with_block_digest(archive, digest_of))
    path = tmp_path / "digests.warc"
    path.write_bytes(b"".join(parts))
    cdxj, items = tmp_path / "index.cdxj", tmp_path / "items.jsonl"
    for done in (
        newsarchive("index", str(path), "--cdxj", str(cdxj)),
        newsarchive("extract", "--all-pages", str(path), "-o", str(items)),
    ):
        assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
        assert len([line for line in done.stderr.splitlines() if "skipped" in line]) == 2
        assert "record skipped: block digest does not match" in done.stderr
    kept = [SITE + f"/{name}" for name in digests if name != "wrong"]
    assert _urls(cdxj) == sorted(kept)
    assert len(items.read_text(encoding="utf-8").splitlines()) == len(kept)


def test_a_file_cut_inside_a_record_extract_passes_over_is_named(tmp_path: Path) -> None:
    """A 404 page (no item) cut off at the file's end: warcio ends quietly there, so extract
    said nothing and exited 0 (a gzipped member cut inside its header went the same way)."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/kept", "2026-08-01T10:00:00Z", page("Kept"))
    start = archive.buffer.tell()
    body = page("Missing") * 30
    record = archive.writer.create_warc_record(
        SITE + "/missing", "response", payload=BytesIO(body), length=len(body),
        http_headers=http(body, status="404 Not Found"),
        warc_headers_dict={"WARC-Date": "2026-08-01T10:00:01Z"},
    )  # fmt: skip
    archive.writer.write_record(record)
    data = archive.buffer.getvalue()
    end = start + (len(data) - start) // 2
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:end])
    done = newsarchive("extract", "--all-pages", str(path), "-o", str(tmp_path / "items.jsonl"))
    assert done.returncode == 3, done.stderr
    assert f"{path}@{start}: record skipped: cut short" in done.stderr
    assert len((tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines()) == 1
