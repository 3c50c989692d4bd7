"""The extraction modules' patterns kept compiled (newsarchive.extract.regexcache): a
process that finds them kept compiles (almost) none, each is the pattern `re.compile`
makes, a damaged kept file costs time only, and no table holds a pattern that an `is`
against its module's global would tell apart."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsarchive.extract

PROJECT = Path(__file__).resolve().parents[1]

# Every extraction module imported; per module: what it compiled itself, what it asked
# for, and whether each kept pattern is the one re.compile makes of the same source.
IMPORT_ALL = """
import _sre, json, re
from newsarchive.extract import regexcache
regexcache.keep_all()
rows = {}
for kept in regexcache._MODULES:
    if kept.path is None:
        continue
    same = all(
        _sre.compile(pattern, *entry) == re.compile(pattern, flags)
        for (pattern, flags), entry in regexcache._read(kept.path).items()
    )
    rows[kept.path.name] = [kept.missed, len(kept._asked), same]
print(json.dumps(rows))
"""


def import_all(prefix: Path, write: bool = True) -> dict[str, list[Any]]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "PYTHONPYCACHEPREFIX": str(prefix)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL], env=env, capture_output=True, text=True, check=True
    )
    rows: dict[str, list[Any]] = json.loads(done.stdout)
    return rows


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A pycache of the extraction modules' patterns, written by a first process."""
    prefix = tmp_path_factory.mktemp("pycache")
    first = import_all(prefix)
    assert sum(missed for missed, _, _ in first.values()) > 500  # all compiled, once
    return prefix


def test_a_second_process_compiles_next_to_nothing(kept: Path) -> None:
    rows = import_all(kept)
    asked = sum(count for _, count, _ in rows.values())
    missed = sum(missed for missed, _, _ in rows.values())
    # (a pattern built from a set in the order the set gives is drawn anew in each process)
    assert asked > 500
    assert missed == 0


def test_kept_patterns_are_the_ones_re_compile_makes(kept: Path) -> None:
    rows = import_all(kept)
    assert rows
    assert [name for name, (_, _, same) in rows.items() if not same] == []


def test_a_damaged_kept_file_costs_time_only(kept: Path) -> None:
    files = sorted(kept.rglob("titlelogos.*.regex")) + sorted(kept.rglob("zones.*.regex"))
    assert len(files) == 2
    files[0].write_bytes(b"\x00not marshal")
    # marshal's own form, but each engine code one `_sre` refuses
    entries = marshal.loads(files[1].read_bytes())
    broken = {key: (entry[0], [255, 255], *entry[2:]) for key, entry in entries.items()}
    files[1].write_bytes(marshal.dumps(broken))
    rows = import_all(kept, write=False)
    for file in files:
        assert rows[file.name][0] == rows[file.name][1] > 0  # compiled anew, every one
    import_all(kept)  # written where bytecode is
    rows = import_all(kept)
    assert rows[files[0].name][0] == 0
    assert rows[files[1].name][0] == 0
    assert all(same for _, _, same in rows.values())


def reachable_patterns(value: Any, depth: int = 0) -> list[Any]:
    """The patterns a module-level value holds (tuples, lists, sets, dicts, classes)."""
    if depth > 5:
        return []
    if isinstance(value, re.Pattern) or isinstance(getattr(value, "pattern", None), str):
        return [value]  # (or whatever stands for one: a lazy stand-in answers `.pattern`)
    if isinstance(value, dict):
        value = [*value.keys(), *value.values()]
    elif isinstance(value, type) and value.__module__.startswith("newsarchive.extract"):
        value = list(vars(value).values())
    if isinstance(value, (list, tuple, set, frozenset)):
        return [p for item in value for p in reachable_patterns(item, depth + 1)]
    return []


def extraction_modules() -> list[str]:
    prefix = "newsarchive.extract."
    return [info.name for info in pkgutil.walk_packages(newsarchive.extract.__path__, prefix)]


def two_objects(name: str) -> str | None:
    """The first pattern `name`'s module-level values hold as two objects, if any."""
    module = importlib.import_module(name)
    held: dict[tuple[str, int], Any] = {}
    for value in vars(module).values():
        for pattern in reachable_patterns(value):
            first = held.setdefault((pattern.pattern, getattr(pattern, "flags", 0)), pattern)
            if first is not pattern:
                return f"{name}: two objects for {pattern.pattern[:80]!r}"
    return None


# In a process of its own: a cache a test's pages filled at run time (document.close_of's
# closing tags) holds patterns no `is` compares, made after the import.
ONE_OBJECT = """
from tests.test_extract_regexcache import extraction_modules, two_objects
print([found for found in map(two_objects, extraction_modules()) if found])
"""


def test_one_pattern_is_one_object() -> None:
    """Code compares patterns by identity (`rx is _NUMERIC`, `rx in (_A, _B)`): a table
    built at import must hold the very object its module's global is, and a pattern
    compiled twice from one source must be one object, or such a test is silently false."""
    done = subprocess.run(
        [sys.executable, "-c", ONE_OBJECT],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
