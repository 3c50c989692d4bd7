"""The originals `recompress` kept beside their copies, left out of a batch that reads the
copies: `extract`, `history` and `index` read each capture once."""

from __future__ import annotations

import sys
from pathlib import Path

from newsarchive.warc.files import recompressed_beside


def copies_in_place(command: str, archives: list[Path], done: str) -> list[Path]:
    """`archives` without each original whose copy (holding its every byte) is among them,
    said in one line a run, no skip: `index` named the original skipped on every run (exit
    3), and `extract` and `history` read both, each page two items, each capture twice."""
    superseded = recompressed_beside(archives)
    if superseded:
        print(f"{command}: {_line(superseded, done)}", file=sys.stderr)
    return [path for path in archives if path not in superseded]


def _line(superseded: dict[Path, Path], done: str) -> str:
    count = len(superseded)
    named = ", ".join(f"{path} (as {copy.name})" for path, copy in superseded.items())
    files = f"{count} file{'s' * (count != 1)}"
    them, originals = ("it", "the original") if count == 1 else ("them", "the originals")
    return (
        f"{files} left out, recompressed beside {them} (their records {done} from the "
        f"copies): {named}; remove {originals} once you no longer need {them}"
    )
