"""`extract -j N`: what the extractor logs in a worker goes through this process's logging,
in archive order with its pages, as with one process (and as the crawl's workers send
theirs, newsarchive/workers.py).

The workers' records went to each worker's own stderr as they came, bare: past this
process's logging (its handlers, levels, a LOG_FILE a caller set up), among the lines of
other pages. Pages longer than --max-html log one warning each as they are read: real
workers, real pages, a handler of this process's counting what it gets.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.cli import main
from tests.test_foreign_archives import Archive, page

MAX_HTML = 300
PAGES = 12


def _long_page(number: int) -> bytes:
    return page(f"Story {number} " + "of the flood at the weir " * 30)


@pytest.fixture
def heard() -> Iterator[list[str]]:
    """The messages this process's logging gets from the extractor's loggers."""
    got: list[str] = []

    class Heard(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            got.append(record.getMessage())

    handler = Heard(logging.WARNING)
    target = logging.getLogger("newsarchive.extract")
    target.addHandler(handler)
    try:
        yield got
    finally:
        target.removeHandler(handler)


def _archives(folder: Path) -> list[Path]:
    folder.mkdir()
    made = []
    for half in range(2):
        warc = Archive("WARC/1.1")
        for number in range(half * PAGES // 2, (half + 1) * PAGES // 2):
            date = f"2026-03-01T10:{number:02d}:00Z"
            warc.response(f"/news/{number}", date, _long_page(number))
        made.append(warc.save(folder / f"run-{half}.warc.gz"))
    return made


def _expected(urls: list[str]) -> list[str]:
    """Each page's line, as the extractor says it (its HTML's length, the limit)."""
    sizes = [len(_long_page(int(url.rsplit("/", 1)[1])).decode()) for url in urls]
    return [
        f"{url}: {size} characters of HTML, read up to {MAX_HTML}"
        for url, size in zip(urls, sizes, strict=True)
    ]


def _extract(capsys: pytest.CaptureFixture[str], *argv: object) -> None:
    code = main(["extract", "--max-html", str(MAX_HTML), *map(str, argv)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()


def test_the_workers_records_come_through_this_processs_logging_in_order(
    tmp_path: Path, heard: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    warcs = _archives(tmp_path / "warcs")
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    _extract(capsys, *warcs, "-o", one)
    alone = list(heard)
    heard.clear()
    _extract(capsys, "-j", "2", "--shard-size", "4096", *warcs, "-o", many)
    urls = [json.loads(line)["url"] for line in one.read_text().splitlines()]
    assert len(urls) == PAGES and many.read_text() == one.read_text()
    assert alone == _expected(urls)  # one process: each page's line, in order
    assert heard == alone  # the workers': the same, through this process's handler


def test_a_listed_pages_workers_records_come_through_it_too(
    tmp_path: Path, heard: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`extract --input pages.jsonl -j 2`: each page in a worker, its line before the next."""
    listing = tmp_path / "pages.jsonl"
    lines = []
    for number in range(PAGES):
        (tmp_path / f"{number}.html").write_bytes(_long_page(number))
        entry = {"url": f"http://weir.news.test/news/{number}", "path": f"{number}.html"}
        lines.append(json.dumps(entry) + "\n")
    listing.write_text("".join(lines))
    _extract(capsys, "--input", listing, "-j", "2", "-o", tmp_path / "items.jsonl")
    assert heard == _expected([f"http://weir.news.test/news/{n}" for n in range(PAGES)])
