"""Module-level patterns compiled once per Python, not once per process.

Compiling the extraction modules' ~750 patterns was most of their import (0.4 s of CPU in
every process that extracts: each crawl's fork server, each `extract`). `re` parses a
pattern and generates the engine's code in Python; only the last step (`_sre.compile`, in
C) needs no more than that code. A module's patterns' code is kept as its bytecode is, in
`__pycache__` beside it, named for this Python and its engine (`_sre.MAGIC`). A pattern
the file lacks (new, or edited), or a file that cannot be read, is compiled as
`re.compile` does, and the module's file is written again at exit, with the patterns it
asked for this time (never where bytecode is not written, nor where it cannot be; only by
the process that compiled them, not a fork of it). A file whose CRC does not match is not
believed: a flipped bit can make engine code `_sre` accepts, a pattern that is wrong, not slow.
Where `re`'s internals take other arguments (another CPython), `re.compile` does it all.

The patterns are real `re.Pattern`s built from the same code: equal to `re.compile`'s,
as fast on every page, and a module's global is the object its tables hold (no proxy that
an `is` would tell apart).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import marshal
import os
import pkgutil
import re
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

try:  # CPython's own engine; elsewhere (or if it changes its shape) plain re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    ENGINE: str | None = f"{sys.hexversion:x}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover (CPython 3.11+ has them)
    ENGINE = None

# (flags, engine code, groups, group index, index group): `_sre.compile`'s arguments
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_MADE: dict[tuple[str, int], re.Pattern[str]] = {}  # every pattern made here
# the file's first bytes: this format, then the CRC-32 of the rest (a flipped bit in a group's
# name or a literal still makes code `_sre` accepts: a wrong pattern, not a slow one)
_MAGIC = b"NARX1"
_off = False  # this Python's engine takes other arguments: re.compile only, nothing written


def cache_path(source: str | None) -> Path | None:
    """Where the patterns of the module at `source` are kept (None: nowhere)."""
    if ENGINE is None or not source or not source.endswith(".py"):
        return None
    try:
        pyc = importlib.util.cache_from_source(source)  # honours PYTHONPYCACHEPREFIX
    except NotImplementedError:  # no cache tag: this Python keeps no bytecode either
        return None
    return Path(pyc).with_suffix(f".{ENGINE}.regex")


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        data = path.read_bytes()
        body = data[len(_MAGIC) + 4 :]
        if data[: len(_MAGIC) + 4] != _MAGIC + zlib.crc32(body).to_bytes(4, "big"):
            return {}  # damaged (or another format): compile anew
        kept = marshal.loads(body)
    except (OSError, EOFError, ValueError, TypeError):  # none yet, or unreadable: compile anew
        return {}
    return kept if isinstance(kept, dict) else {}


def dump(kept: dict[tuple[str, int], Entry]) -> bytes:
    """A kept file's bytes."""
    body = marshal.dumps(kept)
    return _MAGIC + zlib.crc32(body).to_bytes(4, "big") + body


def _code(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile`, in plain ints."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        names[number] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, index, tuple(names)


class ModulePatterns:
    """`re.compile` for one module's import-time patterns, through its kept file. Neither
    holds a pattern's code once made (`_sre` copies it: ~7 MB of lists in all)."""

    def __init__(self, path: Path | None, source: str | None = None) -> None:
        self.path = path
        self.source = source  # its mode is the kept file's, as a `.pyc`'s is
        self._writer = 0  # the process that registered the writing at its exit
        self._kept = _read(path) if path is not None else {}
        self._asked: set[tuple[str, int]] = set()
        self._compiled: dict[tuple[str, int], Entry] = {}  # what the file lacked

    @property
    def missed(self) -> int:
        """Patterns compiled here: the kept file lacked them."""
        return len(self._compiled)

    def __call__(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        if self.path is None or _off or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        self._asked.add(key)
        made = _MADE.get(key)  # one object for one pattern in a process, as re's cache gave
        if made is None:
            made = _MADE[key] = self._make(key)
        return made

    def _make(self, key: tuple[str, int]) -> re.Pattern[str]:
        global _off
        pattern, flags = key
        entry = self._kept.pop(key, None)
        if entry is not None:
            with contextlib.suppress(Exception):
                compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
                return compiled
            # a damaged entry (`_sre` checks the code it is given): compiled anew
        try:
            entry = _code(pattern, flags)
            compiled = _sre.compile(pattern, *entry)
        except Exception:  # `re`'s internals are not an API: another CPython's differ
            _off = True
            return re.compile(pattern, flags)
        self._compiled[key] = entry
        if len(self._compiled) == 1:
            self._writer = os.getpid()
            atexit.register(self.write)
        return compiled

    def write(self, always: bool = False) -> None:
        """Keeps what the module asked for; as with bytecode, a failure only costs time.
        `always`: even where bytecode is not written (PYTHONDONTWRITEBYTECODE)."""
        if self.path is None or _off or not self._compiled:
            return
        if not always and (sys.dont_write_bytecode or self._writer != os.getpid()):
            return  # (a forked child inherits the handler: its parent writes, once)
        on_disk = _read(self.path)  # the code of the patterns that were kept, read again
        data = dump(
            {key: self._compiled.get(key) or on_disk.get(key) or _code(*key) for key in self._asked}
        )
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _remove_ended_writers(self.path)
            # named after this process: one a killed writer left is told from a live one's
            prefix = f"{self.path.name}.{os.getpid()}."
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=prefix, suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                # mkstemp's 0600 would keep it from every other user of an installed copy
                mode = os.stat(self.source).st_mode if self.source else 0o644
                os.chmod(temporary, (mode | 0o200) & 0o666)
                os.replace(temporary, self.path)  # a reader sees the old file or the new
            except OSError:
                os.unlink(temporary)
                raise


# how old an earlier version's temporary file (mkstemp's own name, `tmpXXXXXXXX.tmp`) must
# be to be no live writer's: a write takes milliseconds, and no pid in its name says
_UNNAMED_AGE = 600.0


def _remove_ended_writers(path: Path) -> None:
    """Removes the temporary files beside `path` of writers that ended before renaming
    theirs into place (SIGKILL, the OOM killer): each left one for good, one more at each
    kill. A live writer's stays (a pid of another pid namespace sharing the folder, taken
    for ended, costs that writer its file, as any failure here: time only)."""
    start = f"{path.name}."
    for entry in os.scandir(path.parent):
        name = entry.name
        if name.startswith(start) and name.endswith(".tmp"):
            pid = name[len(start) :].partition(".")[0]
            ended = pid.isascii() and pid.isdigit() and not _running(int(pid))
        else:
            unnamed = len(name) == 15 and name.startswith("tmp") and name.endswith(".tmp")
            ended = unnamed and _older(entry, _UNNAMED_AGE)
        if ended:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    """Whether `pid` may name a live writer, this one included. One no process can have
    (0 is `os.kill`'s own process group, one too big raised OverflowError) is none."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except OSError:  # another user's: running
        return True
    return True


def _older(entry: os.DirEntry[str], seconds: float) -> bool:
    return time.time() - entry.stat(follow_symlinks=False).st_mtime > seconds


def compiled_patterns(module: str) -> ModulePatterns:
    """The `re.compile` for `module`'s import-time patterns (call at its top, `__name__`).
    Patterns built at run time from a page's words stay with `re.compile`: kept, they
    would grow the file with every page."""
    found: Any = sys.modules.get(module)
    source = getattr(found, "__file__", None)
    patterns = ModulePatterns(cache_path(source), source)
    _MODULES.append(patterns)
    return patterns


_MODULES: list[ModulePatterns] = []  # every module's, for `keep_all`


def keep_all() -> int:
    """Imports every extraction module and writes the kept files that lacked a pattern, even
    where bytecode is not written (as tests/conftest.py compiles the package once for the
    suite's hundreds of processes); how many patterns were compiled."""
    import newsarchive.extract

    for info in pkgutil.walk_packages(newsarchive.extract.__path__, "newsarchive.extract."):
        importlib.import_module(info.name)
    for patterns in _MODULES:
        patterns.write(always=True)
    return sum(patterns.missed for patterns in _MODULES)
