"""Writing the CDXJ index and the WACZ package of an archive.

Both use the reference tools (cdxj-indexer, py-wacz) so what we produce is what
pywb and replayweb.page expect; we only supply what they cannot find alone:
the list of article pages with their titles.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdxj_indexer.main import write_cdx_index


class PackageError(RuntimeError):
    """A packaging tool failed; the message carries its output."""


@dataclass(frozen=True)
class WaczResult:
    path: Path
    pages: int  # entries in the package's pages/pages.jsonl
    expected_pages: int


def write_cdxj(warcs: list[Path], output: Path) -> int:
    """Sorted CDXJ index of `warcs` (paths relative to the index's folder); returns lines."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as out:
        write_cdx_index(
            out,
            [str(p) for p in warcs],
            {"sort": True, "post_append": True, "dir_root": str(output.parent)},
        )
    with output.open(encoding="utf-8") as lines:
        return sum(1 for _ in lines)


def write_wacz(
    warcs: list[Path], pages: list[dict[str, Any]], output: Path, title: str
) -> WaczResult:
    """`wacz create` with our pages list, then `wacz validate`; raises PackageError on failure."""
    from newsarchive.package.pages import write_pages

    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="newsarchive-wacz-") as tmp:
        pages_file = Path(tmp) / "pages.jsonl"
        write_pages(pages_file, pages, title)
        create = ["create", "-f", "-o", str(output), "-p", str(pages_file), "--title", title]
        _wacz([*create, *map(str, _safe_names(warcs, Path(tmp) / "archive"))])
    _wacz(["validate", "-f", str(output)])
    return WaczResult(output, _count_pages(output), len(pages))


def _safe_names(warcs: list[Path], folder: Path) -> list[Path]:
    """Links to `warcs` under names a WACZ accepts.

    The package's datapackage.json names each file, and its validator allows
    only `[-a-z0-9._/]`: upper case or `~` (in our own WARC file names) fail it.
    """
    folder.mkdir()
    links = []
    for number, warc in enumerate(warcs):
        name = re.sub(r"[^-a-z0-9._]", "-", warc.name.lower())
        link = folder / name
        if link.exists():
            link = folder / f"{number}-{name}"
        link.symlink_to(warc.resolve())
        links.append(link)
    return links


def _wacz(args: list[str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "wacz", *args], capture_output=True, text=True, check=False
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or "Validation failed" in output:
        raise PackageError(f"wacz {args[0]} failed (exit {done.returncode}):\n{output.strip()}")
    return output


def _count_pages(wacz: Path) -> int:
    with zipfile.ZipFile(wacz) as package:
        if "pages/pages.jsonl" not in package.namelist():
            return 0
        lines = package.read("pages/pages.jsonl").decode("utf-8").splitlines()
    return sum(1 for line in lines[1:] if line.strip() and "url" in json.loads(line))
