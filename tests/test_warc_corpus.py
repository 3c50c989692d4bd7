"""Others' archives, as they ship them: the WARC and ARC test files of pywb, warcio, jwarc
and FastWARC (`../shared/warc-corpus`, read in place, never copied here).

Every HTML capture that a plain warcio pass finds must come out of `extract`
as an item or be named in its warnings; every broken file is named; the
batch finishes. `index` must equal cdxj-indexer on every file cdxj-indexer reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from newsarchive.warc.digests import index_digest
from tests.plugins.cli_here import newsarchive_run
from tests.test_foreign_archives import _cdxj_lines

PROJECT = Path(__file__).resolve().parents[1]
HTML = ("text/html", "application/xhtml+xml")


def _corpus() -> Path | None:
    """$NEWSARCHIVE_WARC_CORPUS, else ../shared beside the checkout (or its worktrees' folder)."""
    candidates = [PROJECT.parent / "shared", PROJECT.parent.parent / "shared", Path("/work/shared")]
    if os.environ.get("NEWSARCHIVE_WARC_CORPUS"):
        return Path(os.environ["NEWSARCHIVE_WARC_CORPUS"])
    found = [c / "warc-corpus" for c in candidates if (c / "warc-corpus" / "README.md").exists()]
    return found[0] if found else None


CORPUS = _corpus()
# The corpus is other projects' test data, read in place and never copied here: a
# checkout without it beside it skips these tests, under CI too (conftest: shared_data).
pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.skipif(CORPUS is None, reason="../shared/warc-corpus not found"),
]
# Broken on purpose (the corpus README): each must be named, none may stop the batch.
BROKEN = [
    "fastwarc__clipped.warc.gz",  # its one record cut off
    "warcio__example-wrong-chunks.warc.gz",  # chunk sizes that lie
    "warcio__example-trunc.warc",  # a record cut and the next glued on
]


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return newsarchive_run(*args, cwd=PROJECT)  # in-process: cli_here.py


def html_captures(path: Path) -> set[tuple[str, str]]:
    """(url, date) of the HTML captures warcio alone sees in `path` (errors end the file)."""
    found = set()
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream, arc2warc=True):
                headers = record.http_headers
                if record.rec_type not in ("response", "revisit") or headers is None:
                    continue
                kind = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if headers.get_statuscode() == "200" and kind in HTML:
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    found.add((uri, record.rec_headers.get_header("WARC-Date")))
    except Exception:  # a broken file: what came before counts
        pass
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    assert CORPUS is not None
    out = tmp_path_factory.mktemp("corpus") / "items.jsonl"
    done = newsarchive("extract", "--all-pages", str(CORPUS), "-o", str(out))
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return done, items


def test_the_batch_finishes_naming_every_broken_file(extracted: tuple) -> None:
    done, items = extracted
    assert done.returncode == 3, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    for name in BROKEN:
        assert str(CORPUS / name) in done.stderr, name
    summary = done.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"extract: {len(items)} items; skipped: ")


def test_the_lz4_files_give_the_items_of_their_gzipped_twins(extracted: tuple) -> None:
    """FastWARC wrote the same records lz4-compressed and gzipped: same items, named alike
    (the `unknown` records of block-sized-records, in both)."""
    done, items = extracted
    assert CORPUS is not None
    for stem in ("fastwarc__warcfile.warc", "fastwarc__block-sized-records.warc"):
        lz4_lines, gz_lines = (
            [x.replace(ext, "") for x in done.stderr.splitlines() if str(CORPUS / stem) + ext in x]
            for ext in (".lz4", ".gz")
        )
        assert lz4_lines == gz_lines
        lz4, gz = ([_content(i) for i in items if i["warc_file"] == stem + ext]
                   for ext in (".lz4", ".gz"))  # fmt: skip
        assert lz4 == gz
    assert any(i["warc_file"] == "fastwarc__warcfile.warc.lz4" for i in items)


def _content(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("warc_file", "warc_offset")}


def test_every_html_capture_gives_an_item_or_is_named(extracted: tuple) -> None:
    done, items = extracted
    assert CORPUS is not None
    got = {(i["url"], i["fetched_at"]) for i in items}
    for path in sorted(CORPUS.iterdir()):
        missing = html_captures(path) - got
        if missing:  # only from a file whose damage is named
            assert str(path) in done.stderr, (path.name, sorted(missing))
    # the ARC files and the revisits (same file, other file, URL-agnostic) gave items
    files = {i["warc_file"] for i in items}
    assert {
        "pywb__example.arc",
        "pywb__example.arc.gz",
        "warcio__example-space-in-url.arc",
    } <= files
    agnostic = [i for i in items if i["warc_file"] == "pywb__example-url-agnostic-revisit.warc.gz"]
    assert [i["title"] for i in agnostic] == ["Example Domain"]
    dupes = [i for i in items if i["url"] == "http://www.iana.org/" and
             i["warc_file"] == "pywb__dupes.warc.gz"]  # fmt: skip
    # the page of its original in pywb__iana.warc.gz (its title is the site's name: no title)
    assert dupes and "IANA Customer Survey" in dupes[0]["body"]


_REFERENCES = """
import json, sys
from pathlib import Path
from tests.test_foreign_archives import reference_index
out = {}
for path in sorted(Path(sys.argv[1]).iterdir()):
    try:
        out[path.name] = reference_index(path)
    except Exception:
        out[path.name] = None
print(json.dumps(out))
"""


def _references_in_a_fresh_process(folder: Path) -> dict[str, list | None]:
    """cdxj-indexer's lines for each file, made in a process of their own, as a user runs it:
    in this one, what earlier tests read (warcio's readers, cdxj-indexer's state) changed
    them once (a warcinfo line of fastwarc__warcfile.warc appeared after four other files)."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", _REFERENCES, str(folder)],
        cwd=root, capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    loaded = json.loads(done.stdout)
    return {
        name: None if lines is None else [(key, stamp, entry) for key, stamp, entry in lines]
        for name, lines in loaded.items()
    }


def test_index_equals_cdxj_indexer_on_every_file_it_reads(tmp_path: Path) -> None:
    assert CORPUS is not None
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", str(CORPUS), "--cdxj", str(cdxj))
    assert done.returncode == 3 and "Traceback" not in done.stderr, done.stderr[-3000:]
    ours = _cdxj_lines(cdxj.read_text(encoding="utf-8"))
    compared = 0
    references = _references_in_a_fresh_process(CORPUS)
    for path in sorted(CORPUS.iterdir()):
        if path.name == "README.md":
            continue
        expected = references[path.name]
        if expected is None:
            assert str(path) in done.stderr, path.name  # cdxj-indexer fails: we name it
            continue
        # a record the file ends inside, or whose block digest fails, is named and left out
        # (cdxj-indexer indexes it as whole)
        named = f"{path}@{{}}: record skipped: "
        expected = [line for line in expected if named.format(line[2]["offset"]) not in done.stderr]
        expected = [_one_digest_form(line) for line in expected]
        assert [line for line in ours if line[2]["filename"] == path.name] == expected, path.name
        compared += 1
    assert f"{CORPUS / 'fastwarc__clipped.warc.gz'}@0: record skipped: cut short" in done.stderr
    lz4 = CORPUS / "fastwarc__warcfile.warc.lz4"  # pywb cannot serve it: named, with what to do
    assert f"{lz4}: skipped: lz4-compressed WARC: pywb and WACZ cannot read lz4" in done.stderr
    trunc = CORPUS / "warcio__example-trunc.warc"
    assert f"{trunc}@1197: record skipped: block digest does not match" in done.stderr
    # warcio's three-line notice of a record that overruns is one line naming the file
    assert "Remainder:" not in done.stderr
    assert (
        f"{trunc}: 1 record not followed by a blank line (its Content-Length may be wrong), "
        "read on; at offset 2560, found " in done.stderr
    )
    assert compared >= 30


def _one_digest_form(line: tuple[str, str, dict[str, str]]) -> tuple[str, str, dict[str, str]]:
    """cdxj-indexer's line with the digest in the form the index gives it: a SHA-1 in base16
    (pywb's own example2.warc.gz) is written in base32, as its revisits may quote it."""
    key, stamp, entry = line
    if "digest" in entry:
        entry = {**entry, "digest": index_digest(entry["digest"])}
    return key, stamp, entry


def _records_named(stderr: str) -> set[str]:
    """`FILE@OFFSET` of each record a command named as skipped."""
    return {line.split(": record skipped")[0].removeprefix("WARNING: ") for line in
            stderr.splitlines() if ": record skipped: " in line}  # fmt: skip


def test_every_command_names_the_same_records(extracted: tuple, tmp_path: Path) -> None:
    """`index` named 6 records (not `pywb__bad.arc`'s ARC file header at 0, which has no
    length number: cdxj-indexer passes file headers to no check), `index --wacz` 7 (its
    package pass named the header late) and `extract` 7: one check now names them all."""
    done, _ = extracted
    assert CORPUS is not None
    by_extract = _records_named(done.stderr)
    assert f"{CORPUS / 'pywb__bad.arc'}@0" in by_extract and len(by_extract) == 7
    plain = newsarchive("index", str(CORPUS), "--cdxj", str(tmp_path / "a.cdxj"))
    wacz = tmp_path / "a.wacz"
    packaged = newsarchive(
        "index", str(CORPUS), "--cdxj", str(tmp_path / "b.cdxj"), "--wacz", str(wacz)
    )
    for run in (plain, packaged):
        assert _records_named(run.stderr) == by_extract, run.stderr[-3000:]
        assert "7 records skipped" in run.stderr.splitlines()[-1]
        # warcio's notice, once and naming the file, where the package's second pass said
        # it again (and warcio named no file)
        spaces = CORPUS / "warcio__example-space-in-target-uri.warc.gz"
        said = f"{spaces}: 1 WARC-Target-URI with spaces, read with %20 as warcio and "
        assert run.stderr.count(said) == 1 and "Replacing spaces" not in run.stderr
    # the README's figure: 31 of the 37 files in the package (it said 32), the 6 left out named
    with zipfile.ZipFile(wacz) as package:
        members = [name for name in package.namelist() if name.startswith("archive/")]
    assert len(members) == 31 and packaged.stderr.count(": left out of the WACZ (") == 6


def test_no_item_holds_c1_control_characters(extracted: tuple) -> None:
    """C1 controls (U+0080-U+009F) in text are windows-1252 bytes read as latin-1: FastWARC's
    warcfile holds two pages declared iso-8859-1 with such bytes (`Giro d\x92Italia`)."""
    _, items = extracted
    text = json.dumps(items, ensure_ascii=False)
    assert len(items) == 95 and not any("\x80" <= c <= "\x9f" for c in text)


def test_history_reads_the_files_extract_reads(extracted: tuple) -> None:
    """`history --warc FOLDER` took only names ending .warc(.gz|.lz4|.zst): ARC files and
    `pywb__example-bad.warc.gz.bad` went unread without a word (7 captures of
    example.com, 3 of the 7 records named); it now takes what `extract` takes."""
    done, _ = extracted
    assert CORPUS is not None
    history = newsarchive("history", "--warc", str(CORPUS), "--reextract", "http://example.com/")
    assert history.returncode == 3, history.stderr[-3000:]
    assert _records_named(history.stderr) == _records_named(done.stderr)
    # since history groups an article's spellings (crawl2-38): 8 at "http://example.com/", two
    # at "http://example.com" (pywb's dupes) and one at "http://test@example.com/"
    assert "1 version in 11 captures" in history.stdout
    assert "at http://example.com (pywb__dupes.warc.gz)" in history.stdout
    assert "(pywb__example.arc.gz)" in history.stdout
