"""An items file that takes only appends (`chattr +a`) and that -O would write over stops
the crawl at its start, in one line, before anything is fetched; -o (append) goes ahead.

The start check opened the file for appending, which such a file allows: the run went
ahead, and the feed's own open (O_TRUNC) failed after the start pages had been fetched and
archived. A real append-only file: `chattr +a` on the test's own file (root, as the
read-only-disk tests; CI runs them as root). Nothing answers on port 9 of loopback.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_feed_unwritable_start import _crawl, _refused

EARLIER = '{"earlier": 1}\n'


@pytest.fixture
def append_only(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "items.jsonl"
    target.write_text(EARLIER)
    assert os.geteuid() == 0, "chattr +a needs root (CI runs these tests as root)"
    made = subprocess.run(["chattr", "+a", str(target)], capture_output=True, text=True)
    assert made.returncode == 0, f"chattr +a on {target}'s filesystem: {made.stderr}"
    try:
        with pytest.raises(PermissionError):  # the precondition: it is append-only
            os.close(os.open(target, os.O_WRONLY))
        yield target
    finally:
        subprocess.run(["chattr", "-a", str(target)], check=True)  # else it cannot be removed


def test_an_append_only_items_file_to_be_written_over_refuses_the_run(
    tmp_path: Path, append_only: Path
) -> None:
    done = _crawl(tmp_path, "-O", f"{append_only}:jsonlines")
    assert _refused(done, tmp_path) == (
        f"scrapy crawl: setting FEEDS (-o, -O): the items file '{append_only}' cannot"
        " be written over (Operation not permitted: it takes only appends, chattr +a); add to "
        "it with -o, or give another file (nothing was fetched) (exit status 2)"
    )
    assert append_only.read_text() == EARLIER
    assert "Spider opened" not in done.stderr


def test_an_append_only_items_file_appended_to_lets_the_run_go_ahead(
    tmp_path: Path, append_only: Path
) -> None:
    done = _crawl(tmp_path, "-o", f"{append_only}:jsonlines")
    assert done.returncode == 1, done.stderr  # went ahead: the start page cannot be fetched
    assert "Spider opened" in done.stderr, done.stderr
    assert "cannot be written" not in done.stderr, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert append_only.read_text() == EARLIER  # no item, nothing appended
