"""A folder under the archives given that cannot be listed (no read permission) holds WARCs
no command can see: `extract`, `index`, `history`, `recompress` and `recover` passed over it
without a word and exited 0 (1), as if the tree held only the rest (pathlib's rglob and
os.walk skip such folders silently). Each names it, counts it a skip and exits 3; `recover`
names it too, since a killed crawl's `.open` file may sit in it. Root reads every folder, so
the commands run without the capabilities that let it (setpriv), as another user would."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsarchive.warc.files import UNLISTED, unlisted_why
from tests.test_compressed_warcs import VARIANTS
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]


def _as_a_user(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m newsarchive ARGS` with permission bits obeyed (root's bypass dropped)."""
    command = [sys.executable, "-m", "newsarchive", *args]
    if os.geteuid() == 0:
        command = [*_dropping_root_bypass(), *command]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=180)


def _dropping_root_bypass() -> list[str]:
    """setpriv's words that take root's permission bypass away, or a skip saying why they
    cannot (in CI a skip fails: conftest's REQUIRE_ALL). Tried on a folder no one may list:
    a run that could list it would test nothing."""
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root, and setpriv (util-linux) is not installed to drop root's "
                    "permission bypass: root lists every folder")  # fmt: skip
    words = [setpriv, "--bounding-set", "-dac_override,-dac_read_search",
             "--inh-caps", "-all", "--"]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="test-unlistable-") as made:
        closed = Path(made) / "closed"
        closed.mkdir(mode=0)
        tried = subprocess.run([*words, "ls", str(closed)], capture_output=True, text=True)
        closed.chmod(0o700)
    if tried.returncode == 0 or "Permission denied" not in tried.stderr:
        pytest.skip(f"setpriv did not take root's permission bypass away: {tried.stderr.strip()}")
    return words


@pytest.fixture
def tree(tmp_path: Path) -> Iterator[Path]:
    """warc/one.warc.gz readable, warc/site/two.warc.gz and a killed crawl's .open file in
    a folder that cannot be listed."""
    top = tmp_path / "warc"
    hidden = top / "site"
    hidden.mkdir(parents=True)
    for folder, name in ((top, "one"), (hidden, "two")):
        archive = Archive()
        archive.response(f"/{name}", "2026-01-01T10:00:00Z", page(f"Story {name}"))
        archive.save(folder / f"{name}.warc.gz")
    shutil.copy(hidden / "two.warc.gz", hidden / "three.warc.gz.open")
    hidden.chmod(0)
    try:
        yield top
    finally:
        hidden.chmod(0o755)


@pytest.mark.parametrize("command", ["extract", "index", "history", "recompress"])
def test_a_folder_that_cannot_be_listed_is_named_and_counted(
    tree: Path, tmp_path: Path, command: str
) -> None:
    args = {
        "extract": ["extract", str(tree), "-o", str(tmp_path / "items.jsonl")],
        "index": ["index", str(tree), "--cdxj", str(tmp_path / "index.cdxj")],
        "history": ["history", "http://old.news.test/one", "--warc", str(tree), "--reextract"],
        "recompress": ["recompress", str(tree)],
    }[command]
    done = _as_a_user(*args)
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    line = (
        f"WARNING: {tree / 'site'}: skipped: a folder that cannot be listed (Permission "
        "denied): the archives in it are not read"
    )
    assert line in done.stderr.splitlines(), done.stderr
    # the summary said "skipped: 1 file unreadable", of a folder whose files it never saw
    assert "1 folder that cannot be listed" in done.stderr + done.stdout, done.stderr
    assert "file unreadable" not in done.stderr + done.stdout, done.stderr


def test_recover_names_a_folder_it_cannot_look_in(tree: Path) -> None:
    done = _as_a_user("recover", str(tree))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert (
        "WARNING: site: not looked in: a folder that cannot be listed (Permission denied); "
        "a killed crawl's .open file in it is not recovered"
    ) in done.stderr.splitlines(), done.stderr


def test_a_given_folder_that_cannot_be_listed_is_not_called_empty(tree: Path) -> None:
    """It said `no WARC or ARC files in DIR`, exit 2, as of an empty folder."""
    done = _as_a_user("extract", str(tree / "site"), "-o", str(tree.parent / "items.jsonl"))
    assert done.returncode == 3, done.stderr
    assert "no WARC or ARC files" not in done.stderr, done.stderr
    assert f"WARNING: {tree / 'site'}: skipped: a folder that cannot be listed" in done.stderr


def test_a_folder_gone_since_its_parent_was_listed_is_no_skip(tmp_path: Path) -> None:
    """Removed (or replaced by a file) between the walk's listing of its parent and its own:
    nothing in it was lost, and a run beside a user tidying the tree exited 3 naming a folder
    "that cannot be listed (No such file or directory)"."""
    gone, file = tmp_path / "gone", tmp_path / "file"
    file.write_text("")
    for missing in (gone, file / "sub"):
        with pytest.raises(OSError) as raised:
            os.scandir(missing)
        assert unlisted_why(raised.value) is None, raised.value
    denied = PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(tmp_path))
    assert unlisted_why(denied) == UNLISTED.format(why="Permission denied")


@pytest.fixture
def unentered(tmp_path: Path) -> Iterator[Path]:
    """`chmod -R 644 warc/`, a common slip: warc/ lists its names but no file in it opens,
    and warc/site cannot be listed. A killed crawl's .open file at the top."""
    top = tmp_path / "warc"
    hidden = top / "site"
    hidden.mkdir(parents=True)
    for folder, name in ((top, "one"), (hidden, "two")):
        archive = Archive()
        archive.response(f"/{name}", "2026-01-01T10:00:00Z", page(f"Story {name}"))
        archive.save(folder / f"{name}.warc.gz")
    shutil.copy(top / "one.warc.gz", top / "four.warc.gz.open")
    subprocess.run(["chmod", "-R", "644", str(top)], check=True)
    try:
        yield top
    finally:
        subprocess.run(["chmod", "-R", "u+rwX", str(top)], check=True)


@pytest.mark.parametrize("command", ["extract", "index", "recompress"])
def test_files_in_a_folder_not_entered_are_named_and_counted(
    unentered: Path, tmp_path: Path, command: str
) -> None:
    """It stopped the run at the first file: `extract: Permission denied: .../one.warc.gz`,
    exit 1, nothing said of the rest."""
    out = tmp_path / ("items.jsonl" if command == "extract" else "index.cdxj")
    flag = "-o" if command == "extract" else "--cdxj"
    output = [] if command == "recompress" else [flag, str(out)]
    done = _as_a_user(command, str(unentered), *output)  # recompress: was `not read`, exit 1
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    said = done.stderr + done.stdout
    assert f"WARNING: {unentered / 'one.warc.gz'}: skipped: unreadable (" in said, said
    assert "Permission denied" in said and "1 file unreadable" in said, said
    assert "1 folder that cannot be listed" in said, said


def test_recover_names_an_open_file_it_cannot_open(unentered: Path) -> None:
    """It stopped at it (`recover: Permission denied`, exit 1); an .open file that took no
    opening was said to be "left alone: a running crawl is writing it"."""
    done = _as_a_user("recover", str(unentered))
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert (
        "WARNING: four.warc.gz.open: not recovered: it cannot be opened (Permission denied)"
    ) in lines, done.stderr
    assert "recover: 1 file(s) that cannot be opened, not recovered (named above)" in lines
    assert "running crawl" not in done.stdout + done.stderr


def test_recover_names_an_unreadable_open_file_in_a_folder_it_reads(tmp_path: Path) -> None:
    top = tmp_path / "warc"
    top.mkdir()
    archive = Archive()
    archive.response("/one", "2026-01-01T10:00:00Z", page("Story one"))
    archive.save(top / "one.warc.gz.open")
    (top / "one.warc.gz.open").chmod(0)
    done = _as_a_user("recover", str(top))
    assert done.returncode == 3, done.stderr
    assert (
        "WARNING: one.warc.gz.open: not recovered: it cannot be opened (Permission denied)"
    ) in done.stderr.splitlines(), done.stderr
    assert "running crawl" not in done.stdout + done.stderr


@pytest.mark.parametrize("command", ["extract", "index", "history", "recompress"])
def test_a_folder_given_in_a_folder_not_entered_is_one_line(
    unentered: Path, tmp_path: Path, command: str
) -> None:
    """`extract warc/site` with warc/ not entered: it said `not a WARC or ARC file or
    directory: warc/site`, of a folder that is there; replay and recover say why, exit 2."""
    given = unentered / "site"
    args = {
        "extract": ["extract", str(given), "-o", str(tmp_path / "items.jsonl")],
        "index": ["index", str(given), "--cdxj", str(tmp_path / "index.cdxj")],
        "history": ["history", "http://old.news.test/one", "--warc", str(given)],
        "recompress": ["recompress", str(given)],
    }[command]
    done = _as_a_user(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{command}: {given}: cannot be looked at (Permission denied): its folder "
        f"{unentered} cannot be entered"
    ], done.stderr


@pytest.mark.parametrize("command", ["extract", "index", "history", "recompress"])
def test_a_file_given_in_a_folder_not_entered_is_named_and_the_rest_read(
    unentered: Path, tmp_path: Path, command: str
) -> None:
    """`extract warc/one.warc.gz other.warc.gz`: the first's `exists()` raised, stopping the
    run (`extract: Permission denied`, exit 1) before the readable one was read."""
    readable = tmp_path / "other.warc.gz"
    archive = Archive()
    archive.response("/one", "2026-01-01T10:00:00Z", page("Story one"))
    archive.save(readable)
    if command == "recompress":  # an lz4 WARC it writes a .warc.gz of (was `not read`, exit 1)
        readable = tmp_path / "other.warc.lz4"
        readable.write_bytes(VARIANTS["checked.warc.lz4"]())
    given = [str(unentered / "one.warc.gz"), str(readable)]
    args = {
        "extract": ["extract", *given, "-o", str(tmp_path / "items.jsonl")],
        "index": ["index", *given, "--cdxj", str(tmp_path / "index.cdxj")],
        "history": ["history", "http://old.news.test/one", "--reextract",
                    *(word for path in given for word in ("--warc", path))],
        "recompress": ["recompress", *given],
    }[command]  # fmt: skip
    done = _as_a_user(*args)
    assert done.returncode == 3, done.stderr
    assert f"WARNING: {unentered / 'one.warc.gz'}: skipped: unreadable (" in done.stderr
    assert "1 file unreadable" in done.stderr + done.stdout, done.stderr
    if command == "extract":
        assert "Story one" in (tmp_path / "items.jsonl").read_text(encoding="utf-8")
    elif command == "index":
        assert "old.news.test" in (tmp_path / "index.cdxj").read_text(encoding="utf-8")
    elif command == "recompress":
        assert (tmp_path / "other.warc.gz").stat().st_size > 0
    else:
        assert "Story one" in done.stdout, done.stdout


def test_index_with_its_default_cdxj_in_a_folder_not_entered_is_refused_in_one_line(
    unentered: Path, tmp_path: Path
) -> None:
    """The CDXJ goes to `warc/index.cdxj` unless --cdxj says otherwise: looking at it raised
    (`index: Permission denied: .../index.cdxj`, exit 1), where an output no file can be made
    for is a refusal before anything is read (2)."""
    done = _as_a_user("index", str(unentered), "--wacz", str(tmp_path / "archive.wacz"))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"index: cannot write {unentered / 'index.cdxj'}: Permission denied"
    ), done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "archive.wacz").exists()


@pytest.mark.parametrize("command", ["replay", "recover"])
def test_a_path_given_in_a_folder_not_entered_is_one_line(unentered: Path, command: str) -> None:
    """`replay warc/one.warc.gz`, `recover warc/site` with warc/ not entered: looking at the
    path raised, `replay: Permission denied: PATH`, exit 1, as of a system error."""
    given = unentered / ("one.warc.gz" if command == "replay" else "site")
    done = _as_a_user(command, str(given))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{command}: {given}: cannot be looked at (Permission denied): its folder "
        f"{unentered} cannot be entered"
    ], done.stderr


def test_replay_of_a_folder_whose_archives_cannot_be_opened_is_one_line(unentered: Path) -> None:
    """It named each file skipped, `still open` twice for the .open file, then `nothing in
    warc could be read`, exit 1: an input it may not read, found before pywb starts (2)."""
    done = _as_a_user("replay", str(unentered))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"replay: nothing in {unentered} can be opened (Permission denied: "
        f"{unentered / 'one.warc.gz'}): nothing to replay"
    ], done.stderr


def test_replay_of_a_folder_that_cannot_be_listed_is_not_called_empty(tree: Path) -> None:
    """It said `no closed WARC files in DIR`, of a folder whose files it never saw."""
    done = _as_a_user("replay", str(tree / "site"))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"replay: {tree / 'site'}: a folder that cannot be listed (Permission denied): "
        "nothing to replay"
    ], done.stderr
