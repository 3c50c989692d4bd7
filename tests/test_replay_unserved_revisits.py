"""`replay` of a revisit whose original is in none of the files given: pywb answers it 503, so
replay names each such revisit as it starts (with a count), and the ones whose original is
there not at all. Before, they were served 503 without a word."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from newsarchive.commands.replay import build_collection
from tests.test_foreign_archives import PYWB, SITE, Archive, digest, newsarchive, page


@pytest.fixture
def revisits(tmp_path: Path) -> Path:
    """A response of /kept, a revisit of it, and a revisit of /gone, whose original (an
    earlier crawl's) was not given."""
    archive = Archive("WARC/1.1")
    archive.response("/kept", "2026-03-01T09:00:00Z", page("Kept"))
    same = {
        "WARC-Payload-Digest": digest(page("Kept")),
        "WARC-Refers-To-Target-URI": SITE + "/kept",
        "WARC-Refers-To-Date": "2026-03-01T09:00:00Z",
        "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
    }
    archive.revisit("/kept", "2026-03-02T09:00:00Z", same, page("Kept"))
    gone = {**same, "WARC-Payload-Digest": digest(page("Gone")),
            "WARC-Refers-To-Target-URI": SITE + "/gone"}  # fmt: skip
    archive.revisit("/gone", "2026-03-02T09:05:00Z", gone, page("Gone"))
    folder = tmp_path / "warc"
    folder.mkdir()
    archive.save(folder / "run2.warc.gz")
    return folder


@pytest.mark.pywb
def test_replay_names_revisits_whose_original_is_not_given(
    revisits: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, tmp_path / "scratch", "c", revisits)
    said = [r.getMessage() for r in caplog.records]
    count = [line for line in said if "in none of the files given (no capture" in line]
    assert count == [
        "1 revisit refers to a record in none of the files given (no capture with its payload "
        "digest is indexed): pywb answers it 503; give the earlier crawls' WARCs too"
    ], said
    named = [line for line in said if "whose original is in none of the files given" in line]
    assert len(named) == 1 and f"{revisits / 'run2.warc.gz'}@" in named[0], said
    assert SITE + "/gone" in named[0] and "/kept" not in named[0]
    assert str(tmp_path / "scratch") not in " ".join(said)
    assert skips.count == 0  # served as pywb can: named, not a record skipped


@pytest.mark.pywb
def test_replay_names_revisits_of_another_url_without_its_name(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A revisit without WARC-Refers-To-Target-URI and without HTTP headers whose payload
    digest is indexed only under another URL: pywb looks for its original under the
    revisit's own URL, and answers 503. It was not named (the digest is indexed). A revisit
    of its own URL, or one with HTTP headers (served from a copy naming the original), is
    not named."""
    if not PYWB.exists():
        pytest.skip("pywb not installed (make install-pywb)")
    archive = Archive("WARC/1.1")
    archive.response("/story", "2026-03-01T09:00:00Z", page("Story"))
    agnostic = {
        "WARC-Payload-Digest": digest(page("Story")),
        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
    }
    archive.revisit("/story?amp=1", "2026-03-01T09:01:00Z", agnostic, None)  # 503
    archive.revisit("/story", "2026-03-02T09:00:00Z", agnostic, None)  # its own URL
    archive.revisit("/story?utm=x", "2026-03-02T09:01:00Z", agnostic, page("Story"))  # a copy
    folder = tmp_path / "warc"
    folder.mkdir()
    archive.save(folder / "run.warc.gz")
    with caplog.at_level(logging.WARNING):
        skips = build_collection(PYWB.parent, tmp_path / "scratch", "c", folder)
    said = [r.getMessage() for r in caplog.records]
    count = [line for line in said if "indexed only under another URL" in line]
    assert count == [
        "1 revisit without WARC-Refers-To-Target-URI or HTTP headers has its payload digest "
        "indexed only under another URL: pywb looks for its original under the revisit's own "
        "URL and answers it 503; open the URL named in its line (the same payload)"
    ], said
    named = [line for line in said if "whose original is under another URL" in line]
    assert len(named) == 1, said
    assert SITE + "/story?amp=1" in named[0] and f"{SITE}/story (" in named[0], said
    assert "utm" not in " ".join(said)
    assert skips.count == 0


def test_index_names_revisits_whose_original_is_not_given(revisits: Path, tmp_path: Path) -> None:
    """`index` without `--wacz` wrote the revisit's line without a word (`replay`, `extract`
    and `index --wacz` name it): the index it writes has pywb answer that page 503. It says
    so as `replay` does, the count and each such revisit; its line is written (the original
    may be in another index of the collection), so no record is skipped: exit 0."""
    cdxj = tmp_path / "index.cdxj"
    done = newsarchive("index", "--cdxj", str(cdxj), str(revisits))
    assert done.returncode == 0, done.stderr
    said = done.stderr.splitlines()
    assert (
        "WARNING: 1 revisit refers to a record in none of the files given (no capture with its "
        "payload digest is indexed): pywb answers it 503; give the earlier crawls' WARCs too"
    ) in said, said  # before: nothing said
    named = [line for line in said if "whose original is in none of the files given" in line]
    assert len(named) == 1 and SITE + "/gone" in named[0] and "/kept" not in named[0], said
    assert len(cdxj.read_text().splitlines()) == 3  # every line written, as before
