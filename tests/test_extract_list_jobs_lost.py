"""`extract --input LIST -j N` (a list of saved pages, from a file or standard input, each
page in a worker): a worker killed (out of memory, SIGKILL) ended the run in one line, exit 1,
but did not count what was lost, as `extract ARCHIVES -j N` counts its shards
(`...; 3 of its 12 tasks lost, with the lines their workers logged`). Now it does, for a
list read from a file or from standard input (`--input -`, which was refused: no such file).

Real workers: the page extractor is swapped for one that kills its worker at one page
(forked workers inherit it), as tests/test_extract_jobs.py kills a shard's worker.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive import cli, exitcodes
from newsarchive.commands import extract_jobs

PROJECT = Path(__file__).resolve().parents[1]
PAGES = 12
SITE = "http://weir.news.test"


def _listing(tmp_path: Path) -> str:
    lines = []
    for number in range(PAGES):
        page = tmp_path / f"{number}.html"
        page.write_text(f"<html><title>Story {number}</title><body><p>The weir {number}.</p>")
        lines.append(json.dumps({"url": f"{SITE}/news/{number}", "path": str(page)}) + "\n")
    return "".join(lines)


def _dies_at_five(self: extract_jobs.Choice, job: tuple[str | None, object]) -> object:
    if getattr(job[1], "url", "").endswith("/5"):
        os._exit(9)  # in the forked worker: a process killed mid-run
    return ORIGINAL(self, job)


ORIGINAL = extract_jobs.Choice.extract


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_a_worker_killed_on_a_listed_page_counts_the_tasks_lost(
    tmp_path: Path, source: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    text = _listing(tmp_path)
    if source == "file":
        (tmp_path / "pages.jsonl").write_text(text)
        given = str(tmp_path / "pages.jsonl")
    else:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))
        given = "-"
    monkeypatch.setattr(extract_jobs.Choice, "extract", _dies_at_five)
    out = tmp_path / "items.jsonl"
    code = cli.main(["extract", "--input", given, "-j", "2", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == exitcodes.FAILED, err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert "a worker process died" in last and "no -o file written" in last, last
    lost = re.search(r"; (\d+) of its (\d+) tasks lost, with the lines their workers logged:", last)
    assert lost is not None, last
    assert 1 <= int(lost[1]) <= int(lost[2]) <= PAGES, last
    assert not out.exists()


def test_a_list_on_standard_input_is_read(tmp_path: Path) -> None:
    """`--input -`, paths as given (or from the working folder); a line that is no entry
    named as a list file's is, `<stdin>:LINE`."""
    text = _listing(tmp_path) + "not json\n"
    out = tmp_path / "items.jsonl"
    for jobs in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "newsarchive", "extract", "--input", "-", "-j", jobs,
             "-o", str(out)],
            cwd=PROJECT, input=text, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 3, done.stderr
        assert "Traceback" not in done.stderr
        assert f"<stdin>:{PAGES + 1}: record skipped: not JSON" in done.stderr, done.stderr
        urls = [json.loads(line)["url"] for line in out.read_text().splitlines()]
        assert urls == [f"{SITE}/news/{number}" for number in range(PAGES)]
        assert done.stderr.splitlines()[-1] == f"extract: {PAGES} items; skipped: 1 record skipped"
