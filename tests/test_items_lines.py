"""A bad line in the middle of an items file (JSON Lines): kept by the repair after a
crash, named and counted by `index --items`; the items around it are kept and used."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from newsarchive.feeds import repair_feed
from tests.test_foreign_archives import newsarchive
from tests.test_odd_records import SITE, _http, _page, _record


def _line(url: str, record_id: str, title: str = "") -> str:
    return json.dumps({"url": url, "warc_record_id": record_id, "title": title or url}) + "\n"


def test_the_repair_keeps_a_bad_middle_line_and_the_lines_around_it(tmp_path: Path) -> None:
    """Only the torn last line and the last lines the state lacks go: a damaged line in the
    middle stops the cutting there, and it and every line before it stay."""
    bad = '{"url": "b", "warc_record_id": "2", "tit\n'
    path = tmp_path / "items.jsonl"
    path.write_text(_line("a", "1") + bad + _line("c", "3") + _line("d", "4") + '{"url": "e"')
    said = repair_feed(path, lambda url, _record_id: url in ("a", "c"))
    assert path.read_text() == _line("a", "1") + bad + _line("c", "3")
    assert said == (
        "torn last line cut (11 bytes); last item d removed (the crawl state never recorded it)"
    )
    path.write_text(_line("a", "1") + _line("b", "2") + "not json\n" + _line("c", "3"))
    repair_feed(path, lambda url, _record_id: url == "a")  # b is kept: exported twice, not lost
    assert path.read_text().splitlines()[:3] == [_line("a", "1").strip(), _line("b", "2").strip(),
                                                 "not json"]  # fmt: skip


def test_index_names_and_counts_the_items_lines_that_are_no_item(tmp_path: Path) -> None:
    """Before: the line that is not JSON was named but not counted (exit 0), the JSON line
    without a url dropped without a word."""
    warc = tmp_path / "pages.warc"
    warc.write_bytes(b"".join(_record(f"{SITE}/{n}", _http(_page(f"Page {n}")), n) for n in (1, 2)))
    items = tmp_path / "items.jsonl"
    first, second = (f"<urn:uuid:6a0e4c52-0000-4000-8000-{n:012d}>" for n in (1, 2))
    items.write_text(
        _line(f"{SITE}/1", first, "Ferry late again")
        + '{"url": "' + SITE + '/2", "warc_record_id": "' + second + '", "ti\n'
        + '{"title": "no url here"}\n'
        + _line(f"{SITE}/2", second, "Harbour closed")
    )  # fmt: skip
    wacz = tmp_path / "a.wacz"
    done = newsarchive(
        "index", str(warc), "--cdxj", str(tmp_path / "a.cdxj"), "--wacz", str(wacz),
        "--items", str(items),
    )  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert f"{items}:2 skipped: not a JSON line" in done.stderr
    assert f"{items}:3 skipped: not an item (a JSON object with a url)" in done.stderr
    assert done.stderr.splitlines()[-1] == "index: skipped: 2 items lines skipped (named above)"
    with zipfile.ZipFile(wacz) as package:
        pages = package.read("pages/pages.jsonl").decode().splitlines()[1:]
    assert sorted(json.loads(line)["title"] for line in pages) == [
        "Ferry late again", "Harbour closed"]  # fmt: skip
