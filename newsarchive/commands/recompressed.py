"""The originals `recompress` kept beside their copies, left out of a batch that reads the
copies: `extract`, `history` and `index` read each capture once."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from newsarchive.warc.files import Beside, recompressed_beside


def copies_in_place(
    command: str, archives: list[Path], done: str, aliases: Mapping[str, str] | None = None
) -> list[Path]:
    """`archives` without each original whose copy (holding its every record) is among them,
    said in one line a run, no skip: `index` named the original skipped on every run (exit
    3), and `extract` and `history` read both, each page two items, each capture twice. An
    original beside a file of its copy's name that does not hold it is read, and why said:
    its skip line (`index`: zstd ... recompress it) told to do what was done."""
    shown = dict(aliases or {})  # a WACZ's member named as in its package, not unpacked
    beside = recompressed_beside(archives, shown)
    if beside.found:
        print(f"{command}: {_line(beside, done, shown)}", file=sys.stderr)
    for path, (copy, why) in beside.refused.items():
        print(
            f"{command}: {shown.get(str(path), path)} is read, not left out for {copy.name} "
            f"beside it: {why}",
            file=sys.stderr,
        )
    if beside.cache_note:  # the pairs are compared again next run: no loss, said once
        print(
            f"{command}: the cache of checked copies {beside.cache_note}: the copies are "
            "compared again",
            file=sys.stderr,
        )
    return [path for path in archives if path not in beside.found]


def _line(beside: Beside, done: str, shown: dict[str, str]) -> str:
    superseded = beside.found
    count = len(superseded)
    named = ", ".join(
        f"{shown.get(str(path), path)} (as {copy.name}"
        + (f"; {beside.junk[path]}, not copied" if path in beside.junk else "")
        + ")"
        for path, copy in superseded.items()
    )
    files = f"{count} file{'s' * (count != 1)}"
    them, originals = ("it", "the original") if count == 1 else ("them", "the originals")
    line = (
        f"{files} left out, recompressed beside {them} (their records {done} from the "
        f"copies): {named}; remove {originals} once you no longer need {them}"
    )
    if beside.reused:  # no file read for it: found so on an earlier run, unchanged since
        pairs = "its copy" if count == 1 else "the copies"
        pairs = pairs if beside.reused >= count else f"{beside.reused} of the copies"
        line += f" ({pairs} checked on an earlier run, unchanged since)"
    return line
