"""`extract`, `index` and `replay` on archives other tools wrote, broken ones among them.

The archives are written here, record by record, the way other crawlers write
them: WARC/0.18, 1.0 and 1.1, ARC plain and gzipped, bodies in every content
coding, every kind of revisit, and files broken in the ways real ones are.
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import hashlib
import json
import signal
import subprocess
import sys
import time
import urllib.request
import zlib
from collections.abc import Iterator
from io import BytesIO, StringIO
from pathlib import Path

import brotli
import pytest
from cdxj_indexer.main import CDXJIndexer, write_cdx_index
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsarchive.package.wacz import PackageError, write_wacz
from newsarchive.warc.encodings import install_warcio_decoders, zstd_module
from tests.plugins.cli_here import newsarchive_run

PROJECT = Path(__file__).resolve().parents[1]
PYWB = PROJECT / ".venv-pywb" / "bin" / "wayback"
SITE = "http://old.news.test"


def page(title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><p>{title}.</p></body></html>".encode()


def http(body: bytes, coding: str | None = None, status: str = "200 OK") -> StatusAndHeaders:
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))]
    if coding:
        headers.append(("Content-Encoding", coding))
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1")


def digest(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


class Archive:
    """A WARC written with warcio: `response` and `revisit` add records, `save` writes it."""

    def __init__(self, version: str = "WARC/1.1", gzipped: bool = True) -> None:
        self.buffer = BytesIO()
        self.version = version
        self.gzipped = gzipped
        written = "WARC/1.0" if version == "WARC/0.18" else version
        self.writer = WARCWriter(self.buffer, gzip=gzipped, warc_version=written)

    def response(self, path: str, date: str, body: bytes, coding: str | None = None) -> str:
        record = self.writer.create_warc_record(
            SITE + path, "response", payload=BytesIO(body), length=len(body),
            http_headers=http(body, coding),
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        self.writer.write_record(record)
        return str(record.rec_headers.get_header("WARC-Record-ID"))

    def revisit(self, path: str, date: str, headers: dict[str, str], of: bytes | None) -> None:
        """A revisit of a capture of body `of`, with that capture's HTTP headers (None: none)."""
        http_headers = http(of) if of is not None else None
        record = self.writer.create_warc_record(
            SITE + path, "revisit", payload=BytesIO(b""), length=0, http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date, **headers},
        )  # fmt: skip
        self.writer.write_record(record)

    def save(self, path: Path) -> Path:
        data = self.buffer.getvalue()
        if self.version == "WARC/0.18":
            data = data.replace(b"WARC/1.0\r\n", b"WARC/0.18\r\n")
        path.write_bytes(data)
        return path


def arc_file(path: Path, records: list[tuple[str, str, bytes]], gzipped: bool) -> Path:
    """An ARC v1 file: a filedesc record, then one per (url, 14-digit date, body)."""
    head = b"1 0 newsarchive-test\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [(b"filedesc://test.arc 0.0.0.0 20100101000000 text/plain %d\n" % len(head)) + head]
    for url, date, body in records:
        block = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
        line = f"{url} 10.0.0.1 {date} text/html {len(block)}\n".encode()
        parts.append(line + block + b"\n")
    data = b"".join(gzip.compress(p) for p in parts) if gzipped else b"\n".join(parts)
    path.write_bytes(data)
    return path


def newsarchive(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """The command in this test process (tests/plugins/cli_here.py: what it reads and says
    is the point of these tests, not a process's start); a `-j` run in a process of its own."""
    return newsarchive_run(*args, cwd=PROJECT, timeout=timeout)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Archives of several tools and ages, with the titles of the pages they hold."""
    root = tmp_path_factory.mktemp("foreign")
    zstd = zstd_module()
    assert zstd is not None
    # WARC/1.1, gzipped: a body in every coding a server sends
    coded = Archive("WARC/1.1")
    bodies = {
        "br": brotli.compress(page("Brotli")),
        "zstd": zstd.compress(page("Zstandard")),
        "deflate": zlib.compress(page("Deflate")),
        "x-gzip": gzip.compress(page("Xgzip")),
        "gzip, br": brotli.compress(gzip.compress(page("Stacked"))),
    }
    for n, (coding, body) in enumerate(bodies.items()):
        coded.response(f"/coded/{n}", f"2024-05-01T10:00:0{n}Z", body, coding)
    raw = raw_deflate(page("Raw"))
    coded.response("/coded/raw-deflate", "2024-05-01T10:00:09Z", raw, "deflate")
    coded.save(root / "b-coded.warc.gz")
    # WARC/1.0, plain: an original, and a revisit of it as we write them
    # (WARC-Refers-To, and a WARC-Block-Digest on the revisit)
    ten = Archive("WARC/1.0", gzipped=False)
    first = ten.response("/ten", "2015-01-01T00:00:00Z", page("Ten"))
    ten.revisit("/ten", "2015-01-02T00:00:00Z", {
        "WARC-Refers-To": first, "WARC-Payload-Digest": digest(page("Ten")),
        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
    }, of=page("Ten"))  # fmt: skip
    ten.save(root / "c-ten.warc")
    # WARC/0.18: revisits naming their originals by URI and date only, and by
    # digest only, one with no HTTP headers at all; the originals are in a file
    # that comes later in the batch
    old = Archive("WARC/0.18", gzipped=False)
    old.revisit("/late", "2009-06-02T00:00:00Z", {
        "WARC-Refers-To-Target-URI": SITE + "/late",
        "WARC-Refers-To-Date": "2009-06-01T00:00:00Z",
        "WARC-Payload-Digest": digest(page("Late")),
        "WARC-Profile": "http://netpreserve.org/warc/0.18/revisit/identical-payload-digest",
    }, of=page("Late"))  # fmt: skip
    old.revisit("/bare", "2009-06-03T00:00:00Z", {
        "WARC-Payload-Digest": digest(page("Bare")),
        "WARC-Profile": "http://netpreserve.org/warc/0.18/revisit/identical-payload-digest",
    }, of=None)  # fmt: skip
    old.save(root / "a-old.warc")
    later = Archive("WARC/1.0")
    later.response("/late", "2009-06-01T00:00:00Z", page("Late"))
    later.response("/bare", "2009-06-01T00:00:01Z", page("Bare"))
    later.save(root / "d-later.warc.gz")
    # ARC, plain and gzipped
    arc_file(root / "e-old.arc", [(SITE + "/arc", "20050101000000", page("Arc"))], False)
    arc_file(root / "f-old.arc.gz", [(SITE + "/arcgz", "20050101000001", page("Arcgz"))], True)
    # broken: a malformed date between two good records; a file cut short; no archive at all
    dated = Archive("WARC/1.1")
    dated.response("/before-bad-date", "2020-01-01T00:00:00Z", page("Before"))
    dated.response("/bad-date", "2020-13-45T99:00:00Z", page("Baddate"))
    dated.response("/after-bad-date", "2020-01-01T00:00:02Z", page("After"))
    dated.save(root / "g-dated.warc.gz")
    whole = Archive("WARC/1.1")
    whole.response("/cut-1", "2021-01-01T00:00:00Z", page("Cutfirst"))
    whole.response("/cut-2", "2021-01-01T00:00:01Z", page("Cutsecond") * 20)
    data = whole.buffer.getvalue()
    (root / "h-cut.warc.gz").write_bytes(data[: len(data) - 100])
    (root / "i-lz4.warc.lz4").write_bytes(b'\x04"M\x18' + b"\x00" * 40)
    (root / "j-junk.warc").write_bytes(b"this is not an archive\r\n" * 5)
    return root


READABLE = ["b-coded.warc.gz", "c-ten.warc", "a-old.warc", "d-later.warc.gz",
            "e-old.arc", "f-old.arc.gz"]  # fmt: skip
EXPECTED_TITLES = {
    "Brotli", "Zstandard", "Deflate", "Xgzip", "Stacked", "Raw", "Ten", "Late", "Bare",
    "Arc", "Arcgz", "Before", "Baddate", "After", "Cutfirst",
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    out = tmp_path_factory.mktemp("extracted") / "items.jsonl"
    done = newsarchive("extract", "--all-pages", str(folder), "-o", str(out))
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done, items


def test_extract_gives_every_readable_capture_whatever_its_coding_or_format(
    extracted: tuple,
) -> None:
    done, items = extracted
    titles = [item["title"] for item in items]
    # "Ten" twice (original and revisit); "Late" and "Bare" twice (revisit, original)
    assert sorted(titles) == sorted([*EXPECTED_TITLES, "Ten", "Late", "Bare"]), done.stderr
    by_url = {(i["url"], i["fetched_at"]): i for i in items}
    late = by_url[(SITE + "/late", "2009-06-02T00:00:00Z")]
    assert late["title"] == "Late" and late["warc_file"] == "a-old.warc"
    arc = by_url[(SITE + "/arc", "2005-01-01T00:00:00Z")]
    assert arc["warc_file"] == "e-old.arc" and arc["warc_offset"] > 0


def test_extract_names_each_broken_file_counts_them_and_exits_3(
    extracted: tuple, folder: Path
) -> None:
    done, _ = extracted
    assert done.returncode == 3, done.stderr
    for name in ("h-cut.warc.gz", "i-lz4.warc.lz4", "j-junk.warc"):
        assert str(folder / name) in done.stderr
    # an lz4 frame header and nothing after it: the file, and where it broke, named
    assert f"{folder / 'i-lz4.warc.lz4'}: skipped: lz4 frame unreadable (" in done.stderr
    assert "at offset 0" in done.stderr
    assert "Traceback" not in done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last == (
        "extract: 18 items; skipped: 3 files unreadable (2 wholly, 1 from some record on)"
    )


def test_extract_with_two_workers_gives_what_one_gives(
    extracted: tuple, folder: Path, tmp_path: Path
) -> None:
    """Revisits resolved across files (originals in a later one), every format, the same skips."""
    done, items = extracted
    out = tmp_path / "items.jsonl"
    two = newsarchive("extract", "--all-pages", "-j", "2", str(folder), "-o", str(out))
    assert two.returncode == done.returncode == 3, two.stderr
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == items
    assert two.stderr.strip().splitlines()[-1] == done.stderr.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def indexed(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    out = tmp_path_factory.mktemp("indexed")
    done = newsarchive("index", str(folder), "--cdxj", str(out / "index.cdxj"))
    return done, out / "index.cdxj"


def _cdxj_lines(text: str) -> list[tuple[str, str, dict]]:
    lines = []
    for line in text.splitlines():
        key, ts, fields = line.split(" ", 2)
        entry = json.loads(fields)
        entry["filename"] = entry["filename"].rsplit("/", 1)[-1]
        lines.append((key, ts, entry))
    return lines


def reference_index(path: Path) -> list[tuple[str, str, dict]]:
    """cdxj-indexer's own lines for one file, as py-wacz runs it (sorted, post-append),
    with the payload digests it gives without post-append (with it, a record lacking
    WARC-Payload-Digest gets the digest of empty input). warcio gets working br and
    zstd decoders first, or cdxj-indexer stops at the first br body (warcio 1.8.1
    with brotli 1.2). Raises where cdxj-indexer fails."""
    install_warcio_decoders()

    def run(**options: bool) -> list[tuple[str, str, dict]]:
        # py-wacz's waczindexer appends "warcinfo" to cdxj-indexer's class-wide record list
        # when imported: once any test in this worker imported it, cdxj-indexer indexed an
        # ARC's filedesc header too. Its own list, as a process that never imported py-wacz has.
        records = CDXJIndexer.DEFAULT_RECORDS
        kept = records[:]
        records[:] = [kind for kind in kept if kind != "warcinfo"]
        try:
            out = StringIO()
            write_cdx_index(out, [str(path)], {"sort": True, **options})
        finally:
            records[:] = kept
        return _cdxj_lines(out.getvalue())

    digests = {e["offset"]: e.get("digest") for _, _, e in run()}
    lines = run(post_append=True)
    for _, _, entry in lines:
        if digests[entry["offset"]] is not None:
            entry["digest"] = digests[entry["offset"]]
    return lines


def test_index_equals_cdxj_indexer_on_every_readable_file(indexed: tuple, folder: Path) -> None:
    _, cdxj = indexed
    ours = _cdxj_lines(cdxj.read_text(encoding="utf-8"))
    for name in READABLE:
        expected = reference_index(folder / name)
        assert expected, name
        assert [line for line in ours if line[2]["filename"] == name] == expected, name


def test_index_skips_the_bad_record_and_the_bad_files_and_exits_3(
    indexed: tuple, folder: Path
) -> None:
    done, cdxj = indexed
    assert done.returncode == 3, done.stderr
    urls = {entry["url"] for _, _, entry in _cdxj_lines(cdxj.read_text(encoding="utf-8"))}
    assert {SITE + "/before-bad-date", SITE + "/after-bad-date"} <= urls
    assert SITE + "/bad-date" not in urls
    assert f"{folder / 'g-dated.warc.gz'}@" in done.stderr and "not indexed" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("index: skipped: 3 files unreadable")


def test_resource_and_arc_records_get_their_own_digest(indexed: tuple) -> None:
    _, cdxj = indexed
    arc = [e for _, _, e in _cdxj_lines(cdxj.read_text()) if e["url"] == SITE + "/arc"]
    assert arc[0]["digest"] == digest(page("Arc"))


def test_wacz_with_one_capture_in_two_files(tmp_path: Path) -> None:
    """Two processes of one crawl fetched the same page in the same second."""
    body = page("Twice")
    for name, fraction in (("one.warc.gz", "100"), ("two.warc.gz", "900")):
        archive = Archive("WARC/1.1")
        archive.response("/twice", f"2026-01-01T10:00:00.{fraction}000Z", body)
        archive.save(tmp_path / name)
    items = tmp_path / "items.jsonl"
    items.write_text("".join(
        json.dumps({"url": SITE + "/twice", "title": "Twice",
                    "fetched_at": f"2026-01-01T10:00:00.{f}000Z"}) + "\n"
        for f in ("100", "900")
    ))  # fmt: skip
    out = tmp_path / "out" / "twice.wacz"
    out.parent.mkdir(exist_ok=True)  # index refuses a missing output folder, as extract -o does
    done = newsarchive("index", str(tmp_path), "--items", str(items), "--wacz", str(out))
    assert done.returncode == 0, done.stderr
    assert "1 page listed" in done.stdout and out.exists()


def test_a_wacz_that_fails_validation_is_not_left_behind(tmp_path: Path) -> None:
    archive = Archive("WARC/1.1")
    archive.response("/only", "2026-01-01T10:00:00Z", page("Only") * 50)
    data = archive.buffer.getvalue()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 40])  # its gzip member never ends
    out = tmp_path / "out.wacz"
    pages = [{"url": SITE + "/only", "ts": "2026-01-01T10:00:00Z", "title": "Only"}]
    with pytest.raises(PackageError):
        write_wacz([cut], pages, out, "test")
    assert list(tmp_path.iterdir()) == [cut]


@contextlib.contextmanager
def replaying_archive(archive: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """`newsarchive replay ARCHIVE` up and answering: (its collection URL, the process)."""
    from tests.test_package import _wait_until_up

    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    process = subprocess.Popen(
        [sys.executable, "-m", "newsarchive", "replay", str(archive)],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        assert first.startswith("replay: open http://127.0.0.1:"), process.stderr.read()
        base = first.split()[2]
        _wait_until_up(base, process)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()  # as a user's Ctrl-C: replay stops its pywb
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        process.stdout.close()  # the pipes, else a ResourceWarning each in a later test
        process.stderr.close()


@pytest.mark.pywb
def test_replay_serves_what_is_readable_and_exits_0_on_sigterm(folder: Path) -> None:
    with replaying_archive(folder) as (base, replaying):
        _check_replay(base, replaying)


def _check_replay(base: str, replaying: subprocess.Popen[str]) -> None:
    from tests.test_package import fetch

    assert replaying.stderr is not None
    assert fetch(f"{base}20050101000000id_/{SITE}/arc") == page("Arc")
    assert fetch(f"{base}20200101000002id_/{SITE}/after-bad-date") == page("After")
    # every coding replays as the page, those pywb cannot decode (zstd, x-gzip,
    # a stack) from decoded copies: a client that accepts no coding gets HTML
    titles = ["Brotli", "Zstandard", "Deflate", "Xgzip", "Stacked"]
    for n, title in enumerate(titles):
        assert fetch(f"{base}2024050110000{n}id_/{SITE}/coded/{n}") == page(title), title
    assert fetch(f"{base}20240501100009id_/{SITE}/coded/raw-deflate") == page("Raw")
    # and the late original of a revisit in an earlier file
    assert fetch(f"{base}20090602000000id_/{SITE}/late") == page("Late")
    replaying.send_signal(signal.SIGTERM)
    assert replaying.wait(timeout=30) == 0
    errors = replaying.stderr.read()
    assert "replay: skipped: 3 files unreadable" in errors and "Traceback" not in errors


@pytest.mark.pywb
def test_replay_of_a_sound_archive_names_nothing_skipped(tmp_path: Path) -> None:
    """Nothing here needs a decoded copy: replay's own (empty) copies file is no skipped input."""
    from tests.test_package import fetch

    archive = Archive("WARC/1.1")
    archive.response("/sound", "2026-01-01T10:00:00Z", page("Sound"))
    archive.save(tmp_path / "sound.warc.gz")
    with replaying_archive(tmp_path) as (base, replaying):
        assert fetch(f"{base}20260101100000id_/{SITE}/sound") == page("Sound")
        replaying.send_signal(signal.SIGTERM)
        assert replaying.wait(timeout=30) == 0
        assert replaying.stderr is not None and replaying.stdout is not None
        errors, said = replaying.stderr.read(), replaying.stdout.read()
    assert "skipped" not in errors and "Traceback" not in errors, errors
    assert "No such file" not in said, said  # pywb's own line when it finds no config.yaml


def test_index_names_a_record_cut_short_and_leaves_it_out(tmp_path: Path) -> None:
    """The file ends inside its last record: replay would serve that page cut off."""
    archive = Archive("WARC/1.1", gzipped=False)
    archive.response("/whole", "2026-01-01T10:00:00Z", page("Whole"))
    archive.response("/cut", "2026-01-01T10:00:01Z", page("Cut") * 40)
    data = archive.buffer.getvalue()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) - 500])
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(cut), "--cdxj", str(cdxj))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr
    assert [entry["url"] for _, _, entry in _cdxj_lines(cdxj.read_text())] == [SITE + "/whole"]
    assert f"{cut}@" in done.stderr and "record skipped: cut short" in done.stderr
    assert done.stderr.strip().splitlines()[-1] == "index: skipped: 1 record skipped (named above)"


@pytest.mark.pywb
def test_replay_killed_outright_takes_its_pywb_with_it(tmp_path: Path) -> None:
    """kill -9 of `replay` reaches no handler of ours; pywb must not live on holding the port."""
    archive = Archive("WARC/1.1")
    archive.response("/kept", "2026-01-01T10:00:00Z", page("Kept"))
    archive.save(tmp_path / "kept.warc.gz")
    with replaying_archive(tmp_path) as (base, replaying):
        children = Path(f"/proc/{replaying.pid}/task/{replaying.pid}/children").read_text().split()
        assert len(children) == 1, children
        wayback = int(children[0])
        replaying.kill()
        replaying.wait()
        for _ in range(300):
            if not _alive(wayback):
                break
            time.sleep(0.1)
        assert not _alive(wayback), "pywb outlived its replay command"
        with pytest.raises(OSError):
            urllib.request.urlopen(base, timeout=5)


def _alive(pid: int) -> bool:
    """A process that exists and is not a zombie (an orphan is reaped by init)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def test_a_record_of_a_type_warc_does_not_define_is_named(tmp_path: Path) -> None:
    """FastWARC's test file holds records of type `unknown`: WARC 1.1 asks readers to pass
    over a type they do not know, so nothing is skipped (exit 0), but a file of them gave
    `0 items` without a word why."""
    archive = Archive("WARC/1.1")
    archive.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    odd = archive.writer.create_warc_record(
        "", "unknown", payload=BytesIO(b"abc" * 50), length=150,
        warc_headers_dict={"WARC-Date": "2026-03-02T09:01:00Z"},
    )  # fmt: skip
    archive.writer.write_record(odd)
    warc = archive.save(tmp_path / "odd.warc.gz")
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(warc))
    assert done.returncode == 0, done.stderr
    assert len(out.read_text().splitlines()) == 1
    assert (
        f"WARNING: {warc}: a record of a type WARC does not define (unknown) passed over, "
        "as the standard asks readers to"
    ) in done.stderr
