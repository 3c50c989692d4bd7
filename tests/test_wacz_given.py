"""A WACZ package (a ZIP of WARCs, as py-wacz or ArchiveWeb.page write it) given to
`recompress`: one line says what it is and what reads it (exit 2). Before, it was "not a
WARC or ARC file or directory", as if it held no archive. `extract`, `history` and `index`
read its WARCs (tests/test_wacz_input.py), `replay` serves it. Its unpacked WARCs give the
page as the package does."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.test_foreign_archives import Archive, newsarchive, page


@pytest.fixture
def wacz(tmp_path: Path) -> Path:
    """A package of one WARC holding /harbour, written by hand as other tools lay it out."""
    archive = Archive("WARC/1.1")
    archive.response("/harbour", "2026-03-02T09:00:00Z", page("Ferry Back On Time"))
    path = tmp_path / "others.wacz"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("archive/data.warc.gz", archive.buffer.getvalue(), zipfile.ZIP_STORED)
        package.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        package.writestr("datapackage.json", json.dumps({"profile": "data-package"}))
    return path


COMMANDS = [["recompress"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_a_wacz_is_named_a_package_with_what_to_give(
    wacz: Path, tmp_path: Path, command: list[str]
) -> None:
    args = [arg.format(out=tmp_path / "items.jsonl") for arg in command]
    done = newsarchive(*args, str(wacz))
    assert done.returncode == 2, done.stderr
    said = done.stderr.strip().splitlines()
    assert len(said) == 1, said
    assert f"{wacz} is a WACZ package (a ZIP holding WARCs): `extract`, `history`" in said[0]
    assert f"unpack it: unzip {wacz} 'archive/*'" in said[0]  # before: "not a WARC or ARC"


def test_its_unpacked_warcs_give_the_page(wacz: Path, tmp_path: Path) -> None:
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(wacz) as package:
        names = [name for name in package.namelist() if name.startswith("archive/")]
        package.extractall(unpacked, names)
    out = tmp_path / "items.jsonl"
    done = newsarchive("extract", "--all-pages", "-o", str(out), str(unpacked / "archive"))
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["title"] for line in out.read_text().splitlines()] == [
        "Ferry Back On Time"
    ]
