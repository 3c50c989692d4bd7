"""The extraction modules' patterns kept compiled (newsarchive.extract.regexcache): a
process that finds them kept compiles (almost) none, each is the pattern `re.compile`
makes, a damaged kept file costs time only, and no table holds a pattern that an `is`
against its module's global would tell apart."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsarchive.extract
from newsarchive.extract import regexcache

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
    entries = regexcache._read(files[1])
    broken = {key: (entry[0], [255, 255], *entry[2:]) for key, entry in entries.items()}
    files[1].write_bytes(regexcache.dump(broken))
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


# A module of its own whose patterns reach the engine's corners: read back from its kept
# file, each must be the pattern re.compile makes, in every attribute and every match.
TRICKY = r'''
import re
from newsarchive.extract.regexcache import compiled_patterns
_compile = compiled_patterns(__name__)
SOURCES = [
    (r"(?<=\bby )(?P<first>\w+)\s+(?P<last>\w+)", 0),
    (r"(?<!\d)(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P=day)?", 0),
    (r"(?>ab|a)c|x++y|(?:\s*+,)?", 0),
    (r"[^\W\d_]+(?:['’-][^\W\d_]+)*", 0),
    (r"ß|İstanbul|straße", re.I),
    (r"Σ+ς", re.I | re.U),
    (r"^\w+$", re.A | re.M),
    (r"<p>.*?</p>", re.S),
    (r"""(?P<year>\d{4})  # the year
         -(?P<month>\d\d)  # its month""", re.X),
    (r"(?i)(?x) ÉTÉ \s (?P<n>\d+)", 0),
    (r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)", 0),
    (r"[\u0600-\u06ff]+|[\u4e00-\u9fff]{2,}", 0),
    (r"(a)|(b)|(?P<c>c)", 0),
]
PATTERNS = [_compile(source, flags) for source, flags in SOURCES]
'''

SAMPLES = [
    "written by Ana Lima on 3.4.3 for İSTANBUL STRASSE",
    "2026-12 ÉTÉ 42 <p>one\ntwo</p> abc xxy ,, ",
    "ΣΣΣΣ ΣΣς <ana@example.org> bob@example.org",
    "naïve O’Brien-Smith 数据库 مرحبا c b a",
]

COMPARE = """
import json, re, sys
sys.path.insert(0, sys.argv[1])
import tricky
from newsarchive.extract import regexcache
from tests.test_extract_regexcache import alike
print(json.dumps([regexcache._MODULES[-1].missed, alike(tricky)]))
"""


def behaviour(pattern: re.Pattern[str]) -> list[Any]:
    """What a caller of `pattern` can read of it."""
    seen: list[Any] = [
        pattern.pattern,
        pattern.flags,
        pattern.groups,
        dict(pattern.groupindex),
        pattern == pattern,
    ]
    for sample in SAMPLES:
        for found in pattern.finditer(sample):
            seen.append([found.span(), found.groups(), found.groupdict(), found.lastgroup])
        seen.append(pattern.sub("_", sample))
        seen.append(bool(pattern.fullmatch(sample)))
    return seen


def alike(module: Any) -> list[bool]:
    """Per pattern of `module`: whether it behaves as re.compile's of its source."""
    return [
        behaviour(made) == behaviour(re.compile(source, flags))
        for made, (source, flags) in zip(module.PATTERNS, module.SOURCES, strict=True)
    ]


def run_tricky(folder: Path, env: dict[str, str] | None = None) -> list[Any]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), **(env or {})}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", COMPARE, str(folder)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    found: list[Any] = json.loads(done.stdout)
    return found


def test_kept_patterns_read_back_alike_in_every_attribute(tmp_path: Path) -> None:
    (tmp_path / "tricky.py").write_text(TRICKY)
    first = run_tricky(tmp_path)
    assert first == [13, [True] * 13]
    kept = sorted(tmp_path.rglob("tricky.*.regex"))
    assert len(kept) == 1
    assert run_tricky(tmp_path) == [0, [True] * 13]  # read back: compiled none


def test_a_kept_file_that_names_groups_otherwise_is_not_believed(tmp_path: Path) -> None:
    """`==` between patterns compares their code only: a file whose group names were
    damaged (marshal's form, `_sre` content) must not give a pattern that reads them."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    run_tricky(tmp_path)
    [kept] = tmp_path.rglob("tricky.*.regex")
    data = kept.read_bytes()
    name = data.rindex(b"first")  # the group's name (the first is in the pattern's source)
    assert data.index(b"(?P<first>") < name
    kept.write_bytes(data[:name] + b"fIrst" + data[name + 5 :])
    assert run_tricky(tmp_path) == [13, [True] * 13]  # the file disbelieved: compiled anew


def test_the_kept_files_are_readable_as_bytecode_is(tmp_path: Path) -> None:
    """Installed by one user and run by another, the kept files must be readable
    as the `.pyc` beside them are (not the 0600 of a temporary file)."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    (tmp_path / "tricky.py").chmod(0o644)
    run_tricky(tmp_path)
    [kept] = tmp_path.rglob("tricky.*.regex")
    assert kept.stat().st_mode & 0o777 == 0o644


# The engine's internals are not an API: where `_sre.compile` or `re._compiler` differ
# (another CPython), every pattern is re.compile's and nothing is written.
ELSEWHERE = """
import json, re, sys, types, _sre
sys.path.insert(0, sys.argv[1])
from newsarchive.extract import regexcache
how = sys.argv[2]
if how == "signature":
    def compile(pattern, flags, code, groups, groupindex, indexgroup, extra):
        raise AssertionError("not this one")
    regexcache._sre = types.SimpleNamespace(compile=compile, MAGIC=_sre.MAGIC)
else:
    regexcache._compiler = types.SimpleNamespace()
import tricky
from tests.test_extract_regexcache import alike
print(json.dumps(alike(tricky)))
"""


@pytest.mark.parametrize("how", ["signature", "compiler"])
def test_other_engine_internals_fall_back_to_re_compile(tmp_path: Path, how: str) -> None:
    (tmp_path / "tricky.py").write_text(TRICKY)
    for _ in range(2):  # without, then with a kept file
        env = {**os.environ, "PYTHONPATH": str(PROJECT)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        done = subprocess.run(
            [sys.executable, "-c", ELSEWHERE, str(tmp_path), how],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and not done.stderr, done.stderr
        assert json.loads(done.stdout) == [True] * 13
        run_tricky(tmp_path)


FORKED = """
import os, sys
sys.path.insert(0, sys.argv[1])
import tricky
pid = os.fork()
if pid == 0:
    sys.exit(0)  # a child that ends as a program does: its exit handlers run
os.waitpid(pid, 0)
from pathlib import Path
print(len(list(Path(sys.argv[1]).rglob("*.regex"))))
"""


def test_a_forked_child_leaves_the_writing_to_its_parent(tmp_path: Path) -> None:
    """A fork of a process that compiled patterns inherits its exit handler: only the
    process that compiled them writes (once, not once per child)."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", FORKED, str(tmp_path)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "0"  # the child wrote nothing
    assert len(list(tmp_path.rglob("tricky.*.regex"))) == 1  # the parent did, at its exit


IMPORT_TIME = """
import re, sys
made = []
plain = re._compile
def noting(pattern, flags):
    caller = sys._getframe(1)
    while caller.f_code.co_filename == re.__file__:
        caller = caller.f_back
    where = caller.f_code.co_filename
    if "newsarchive/extract/" in where and isinstance(pattern, str):
        made.append(f"{where.rsplit('/', 1)[1]}:{caller.f_lineno} {pattern[:60]!r}")
    return plain(pattern, flags)
re._compile = noting
import importlib, pkgutil, newsarchive.extract
for info in pkgutil.walk_packages(newsarchive.extract.__path__, "newsarchive.extract."):
    importlib.import_module(info.name)
print("\\n".join(made))
"""


def test_import_time_patterns_go_through_the_kept_files() -> None:
    """A module-level `re.compile` (or one in a function called at import) in an
    extraction module is compiled anew in every process: it must be `_compile`."""
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_TIME],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""


# A writer held between writing its temporary file and renaming it into place, where a
# SIGKILL (the OOM killer, a container stopped) may find it: it says so, then waits.
HELD_BEFORE_RENAME = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
replace = os.replace
def held(source, target):
    if str(target).endswith(".regex"):
        print("held", flush=True)
        time.sleep(3600)
    replace(source, target)
os.replace = held
import tricky
"""


def _held_writer(folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    writer = subprocess.Popen(
        [sys.executable, "-c", HELD_BEFORE_RENAME, str(folder)],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline() == "held\n"  # at its exit, its file written, not renamed
    return writer


def _kill(writer: subprocess.Popen[str]) -> None:
    writer.kill()
    writer.wait()
    assert writer.stdout is not None
    writer.stdout.close()


def test_a_writer_killed_before_its_rename_leaves_nothing_behind(tmp_path: Path) -> None:
    """A process killed while writing a kept file left its temporary file in `__pycache__`
    for good, one more at each such kill. A later writer removes those of writers that
    have ended (never a live writer's), and reads and writes as if nothing happened."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    for _ in range(3):
        _kill(_held_writer(tmp_path))  # each later one found its elders' files
        assert len(list(tmp_path.rglob("*.tmp"))) == 1  # before: 1, 2, 3
    live = _held_writer(tmp_path)
    try:
        assert run_tricky(tmp_path) == [13, [True] * 13]  # no kept file yet: all compiled
        [left] = tmp_path.rglob("*.tmp")  # the live writer's alone
        assert f".{live.pid}." in left.name
        assert len(list(tmp_path.rglob("tricky.*.regex"))) == 1
        assert run_tricky(tmp_path) == [0, [True] * 13]  # the file the later writer kept
    finally:
        _kill(live)


def test_an_earlier_versions_left_temporary_files_go(tmp_path: Path) -> None:
    """Before, a temporary file had mkstemp's name alone (`tmpXXXXXXXX.tmp`): those killed
    writers left stay for good unless removed; one old enough to be no live writer's is."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    cache = tmp_path / "__pycache__"
    cache.mkdir()
    old, recent = cache / "tmpa1b2c3d4.tmp", cache / "tmpe5f6g7h8.tmp"
    for left in (old, recent):
        left.write_bytes(b"NARX1")
    os.utime(old, (1_700_000_000, 1_700_000_000))  # 2023
    run_tricky(tmp_path)
    assert sorted(p.name for p in cache.glob("*.tmp")) == [recent.name]


@pytest.mark.parametrize("pid", ["0", "99999999999999999999"])
def test_a_temporary_name_whose_pid_is_no_process_id_goes_quietly(tmp_path: Path, pid: str) -> None:
    """A temporary file beside a kept one whose name holds no pid a process can have (a hand's
    copy, another system's): `os.kill` of it raised OverflowError, a traceback at every exit
    and no file kept; pid 0 is this process's group, taken for a live writer: kept for good."""
    (tmp_path / "tricky.py").write_text(TRICKY)
    run_tricky(tmp_path)
    [kept] = tmp_path.rglob("tricky.*.regex")
    kept.unlink()
    left = kept.with_name(f"{kept.name}.{pid}.abcd1234.tmp")
    left.write_bytes(b"NARX1")
    assert run_tricky(tmp_path) == [13, [True] * 13]  # before (big pid): a traceback
    assert kept.exists()
    assert not left.exists()  # before (0): kept
