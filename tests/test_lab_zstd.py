"""A crawl told to accept zstd (as Scrapy's default would) archives /lab/zstd as served, zstd,
and `extract`, `index` and `replay` still read the page."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

from tests.plugins.cli_here import newsarchive_run
from tests.plugins.crawling import PROJECT, CrawlResult, run_crawl
from tests.test_foreign_archives import replaying_archive
from tests.test_package import fetch

TEXT = b"Zstandard-coded page: a sentence only this page carries."


@pytest.fixture(scope="module")
def zstd_crawl(demo_site: Any, tmp_path_factory: pytest.TempPathFactory) -> CrawlResult:
    settings = {"DEFAULT_REQUEST_HEADERS": json.dumps({"Accept-Encoding": "zstd, br, gzip"})}
    args = {"url": demo_site.base_url + "/lab/zstd", "depth": "0"}
    return run_crawl("follow", args, settings, tmp_path_factory.mktemp("zstd-crawl"))


def newsarchive(*args: str) -> subprocess.CompletedProcess[str]:
    return newsarchive_run(*args, cwd=PROJECT, timeout=180)  # in-process: cli_here.py


def test_zstd_page_archived_as_served_and_read_back(
    zstd_crawl: CrawlResult, tmp_path: Path
) -> None:
    [warc] = zstd_crawl.warc_files()
    assert (
        b"Content-Encoding: zstd"
        in subprocess.run(["zcat", str(warc)], capture_output=True, check=True).stdout
    )
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", str(warc), "-o", str(out))
    assert done.returncode == 0, done.stderr
    [item] = [json.loads(line) for line in out.read_text().splitlines()]
    assert TEXT.decode() in item["body"]
    done = newsarchive("index", str(warc), "--cdxj", str(tmp_path / "index.cdxj"))
    assert done.returncode == 0, done.stderr
    assert '"status": "200"' in (tmp_path / "index.cdxj").read_text()


@pytest.mark.pywb
def test_replay_shows_the_zstd_page_to_any_client(zstd_crawl: CrawlResult) -> None:
    [warc] = zstd_crawl.warc_files()
    with warc.open("rb") as stream:
        [(url, date)] = [
            (r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date"))
            for r in ArchiveIterator(stream)
            if r.rec_type == "response" and r.rec_headers.get_header("WARC-Target-URI").endswith(
                "/lab/zstd")
        ]  # fmt: skip
    with replaying_archive(warc.parent) as (base, _):
        assert TEXT in fetch(f"{base}{iso_date_to_timestamp(date)}id_/{url}")


@pytest.mark.pywb
def test_replay_of_a_wacz_shows_the_zstd_page_too(zstd_crawl: CrawlResult, tmp_path: Path) -> None:
    """`replay x.wacz` unpacked the package into pywb as it was: the zstd page came back
    as its compressed bytes, where `replay` of the same WARC shows the page."""
    [warc] = zstd_crawl.warc_files()
    wacz = tmp_path / "zstd.wacz"
    done = newsarchive("index", str(warc), "--cdxj", str(tmp_path / "i.cdxj"), "--wacz", str(wacz))
    assert done.returncode == 0, done.stderr
    with warc.open("rb") as stream:
        [(url, date)] = [
            (r.rec_headers.get_header("WARC-Target-URI"), r.rec_headers.get_header("WARC-Date"))
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
            and r.rec_headers.get_header("WARC-Target-URI").endswith("/lab/zstd")
        ]
    with replaying_archive(wacz) as (base, _):
        shown = fetch(f"{base}{iso_date_to_timestamp(date)}id_/{url}")
        assert TEXT in shown
        # the copy stands in for the original: one capture of the page, not two
        listed = fetch(f"{base}cdx?url={url}&output=json").decode()
        assert len(listed.strip().splitlines()) == 1, listed
