"""Verdicts on archive files that cost a full read, remembered between runs.

Whether a recompressed copy holds its original (`copies.differs`) and whether a `.warc.gz`
is written a member a record (`recompress`'s probe) are each found by decompressing whole
files: every `index`, `extract`, `history`, `replay` and `recompress` of a folder paid it
again for files unchanged since. A verdict is kept with each file's size, modification
and change times and inode: a file rewritten (even with its size and modification time
put back, `touch -r`, `rsync -t`), moved or replaced is looked at again.

The file is a cache in the user's cache folder (`$XDG_CACHE_HOME/newsarchive`, else
`~/.cache/newsarchive`), never beside the archives: archive folders are often read-only,
shared, or listed in fixity manifests (BagIt) that a file of ours would break, and a
reader of WARCs writes nothing into them. Lost, damaged or unwritable, it costs the
reads again, never the run: it is written whole and renamed into place (a crash leaves
the old one or the new one), and one that cannot be read is said once and replaced.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NAME = "archive-checks.json"
_VERSION = 1
# entries kept at most (a run that checked more keeps its own): some 300 bytes each
_MOST = 50_000


def cache_file() -> Path:
    """Where the verdicts are kept: `$NEWSARCHIVE_CACHE_DIR/archive-checks.json` (a test
    suite's, a job's own), else `$XDG_CACHE_HOME/newsarchive/` (a relative XDG_CACHE_HOME is
    ignored, as the XDG spec asks), else under `~/.cache`."""
    own = os.environ.get("NEWSARCHIVE_CACHE_DIR", "")
    if own:
        return Path(own) / NAME
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "newsarchive" / NAME


def stamp(path: Path) -> list[int] | None:
    """What a verdict on `path` holds for: None if it cannot be looked at (never remembered)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


@dataclass
class Look:
    """A key of the cache, its files' stamps now, and the verdict kept for them (a list of
    one, so that None may be a verdict), if any."""

    key: str
    stamps: list[list[int] | None]
    verdict: list[Any] | None = None


class Remembered:
    """The verdicts of one kind (`kind`), read once a run and written back if any changed."""

    def __init__(self, kind: str, path: Path | None = None) -> None:
        self.kind = kind
        self.path = path or cache_file()
        self.unreadable: str | None = None  # why the file could not be used (said once)
        self.reused = 0  # verdicts taken from an earlier run
        self._entries, self.unreadable = _load(self.path)
        self._new: dict[str, dict[str, Any]] = {}

    def get(self, paths: list[Path]) -> Look | None:
        """What is kept for `paths` as they are now (`Look.verdict` None: nothing, or
        kept for them as they were); None if one cannot be looked at (never remembered)."""
        stamps = [stamp(path) for path in paths]
        if any(one is None for one in stamps):
            return None
        key = "\0".join([self.kind, *(os.path.abspath(path) for path in paths)])
        look = Look(key, stamps)
        held = self._entries.get(key)
        if isinstance(held, dict) and held.get("stamps") == stamps and "verdict" in held:
            self.reused += 1
            look.verdict = [held["verdict"]]
        return look

    def put(self, look: Look, verdict: Any) -> None:
        self._new[look.key] = {"stamps": look.stamps, "verdict": verdict}

    def save(self) -> str | None:
        """Write the verdicts found this run (merged into the file as it is now: another
        run may have written it meanwhile); why it could not be written, or None."""
        if not self._new:
            return None
        entries, _ = _load(self.path)
        entries.update(self._new)
        if len(entries) > _MOST:  # the oldest first in the file: theirs go first
            keep = list(entries.items())[-_MOST:]
            entries = dict(keep)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=f".{NAME}.", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump({"version": _VERSION, "entries": entries}, out)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise
        except OSError as exc:
            return exc.strerror or str(exc)
        self._new.clear()
        return None


def _load(path: Path) -> tuple[dict[str, Any], str | None]:
    """The entries kept in `path`, and why they could not be read (None: read, or none yet)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, getattr(exc, "strerror", None) or str(exc)
    try:
        held = json.loads(text)
    except ValueError:
        return {}, "not JSON (cut short, or written over)"
    if not isinstance(held, dict) or held.get("version") != _VERSION:
        return {}, "not a cache of this version"
    entries = held.get("entries")
    if not isinstance(entries, dict):
        return {}, "no entries in it"
    return entries, None
