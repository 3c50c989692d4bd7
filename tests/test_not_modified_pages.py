"""An article revisited with a 304 (a revisit without HTTP headers) is a page of its crawl.

Written here with warcio as a crawl and its re-crawl write them: the first run's article
and logo, the second run's server-not-modified revisits of both (no HTTP headers,
WARC-Refers-To naming the originals). Before: the WACZ's pages.jsonl left the revisited
article out (it lists captures with HTTP headers only); and given the second run's WARC
alone, `extract` named each revisit, the logo's too, on a line of its own.
"""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders

from tests.test_foreign_archives import (
    SITE,
    Archive,
    digest,
    newsarchive,
    page,
    replaying_archive,
)
from tests.test_package import fetch

PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(40)
ARTICLE = page("Harbour")


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    """(the first run's WARC, the second's)."""
    first = Archive("WARC/1.1")
    article = first.response("/article", "2026-01-01T10:00:00Z", ARTICLE)
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    logo = first.writer.create_warc_record(
        SITE + "/logo.png", "response", payload=BytesIO(PNG), length=len(PNG), http_headers=image,
        warc_headers_dict={"WARC-Date": "2026-01-01T10:00:01Z"},
    )  # fmt: skip
    first.writer.write_record(logo)
    second = Archive("WARC/1.1")
    originals = [
        ("/article", article, "2026-01-01T10:00:00Z", ARTICLE),
        ("/logo.png", logo.rec_headers.get_header("WARC-Record-ID"), "2026-01-01T10:00:01Z", PNG),
    ]
    for second_of, (path, record_id, date, body) in enumerate(originals):
        headers = {
            "WARC-Profile": PROFILE, "WARC-Refers-To": record_id,
            "WARC-Refers-To-Target-URI": SITE + path, "WARC-Refers-To-Date": date,
            "WARC-Payload-Digest": digest(body),
        }  # fmt: skip
        second.revisit(path, f"2026-01-02T10:00:0{second_of}Z", headers, None)
    folder = tmp_path / "warc"
    folder.mkdir()
    return first.save(folder / "run1.warc.gz"), second.save(folder / "run2.warc.gz")


@pytest.mark.pywb
def test_the_wacz_lists_the_article_revisited_with_a_304(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    items = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(items), str(runs[0].parent))
    assert done.returncode == 0, done.stderr
    wacz = tmp_path / "runs.wacz"
    done = newsarchive("index", str(runs[0].parent), "--items", str(items), "--wacz", str(wacz))
    assert done.returncode == 0, done.stderr
    assert "2 pages listed" in done.stdout  # before: 1, the 304's capture left out
    with zipfile.ZipFile(wacz) as package:
        lines = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    pages = sorted((json.loads(line)["url"], json.loads(line)["ts"]) for line in lines)
    assert pages == [
        (SITE + "/article", "2026-01-01T10:00:00Z"),
        (SITE + "/article", "2026-01-02T10:00:00Z"),
    ]
    with replaying_archive(wacz) as (base, _):  # the revisit replays its original's body
        assert fetch(f"{base}20260102100000id_/{SITE}/article") == ARTICLE


def test_revisits_of_originals_not_given_are_counted_in_one_line(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    """Given the second run's WARC alone: one line with the count, for `extract` (also
    with workers) and `index --wacz`, where each revisit had a line of its own."""
    line = (
        "2 revisits without HTTP headers (not modified) point to an original in none of the "
        f"files given: no page made of them (only the original tells a page's from an image's; "
        f"give the earlier crawls' WARCs too); the first at {runs[1]}@0"
    )
    for workers in ("1", "2"):
        items = tmp_path / f"items-{workers}.jsonl"
        done = newsarchive("extract", "--all-pages", "-j", workers, "-o", str(items), str(runs[1]))
        assert done.returncode == 3, done.stderr
        assert done.stderr.count(line) == 1, done.stderr
        assert "revisit whose original is in none" not in done.stderr
        assert "skipped: 2 revisits of originals not given" in done.stderr.splitlines()[-1]
    done = newsarchive("index", str(runs[1]), "--cdxj", str(tmp_path / "i.cdxj"),
                       "--wacz", str(tmp_path / "o.wacz"))  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert done.stderr.count(line) == 1, done.stderr


def test_a_304_of_an_image_with_its_original_given_is_no_page_and_no_skip(
    runs: tuple[Path, Path], tmp_path: Path
) -> None:
    done = newsarchive("extract", "--all-pages", "-o", str(tmp_path / "i.jsonl"),
                       str(runs[0].parent))  # fmt: skip
    assert done.returncode == 0 and "revisit" not in done.stderr, done.stderr
