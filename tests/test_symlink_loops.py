"""A loop of symbolic links (a -> b -> a, a link to itself) among the archives given to
`extract`, `index`, `history` or `recompress`, named on the command line or met in a
folder: it is said to be a loop, counted apart, and the rest is read (exit 3).

Named on the command line it was `no such file` (exit 2, nothing read), as if the user had
mistyped a name that is there; in a folder it was `unreadable (OSError: [Errno 40] ...)`
(`recompress`: `not read`, exit 1, as a disk's error).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_compressed_warcs import VARIANTS
from tests.test_foreign_archives import Archive, page

PROJECT = Path(__file__).resolve().parents[1]
URL = "http://old.news.test/one"
LOOP_LINE = "skipped: a loop of symbolic links (each leads back to another): not read"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive", *args], cwd=PROJECT, capture_output=True,
        text=True, timeout=180,
    )  # fmt: skip


def _tree(top: Path) -> dict[str, Path]:
    """A good WARC, an lz4 WARC, links a -> b -> a, and a link to its own folder."""
    top.mkdir()
    archive = Archive()
    archive.response("/one", "2026-01-01T10:00:00Z", page("Story one"))
    good = archive.save(top / "good.warc.gz")
    lz4 = top / "good.warc.lz4"
    lz4.write_bytes(VARIANTS["checked.warc.lz4"]())
    (top / "a.warc.gz").symlink_to("b.warc.gz")
    (top / "b.warc.gz").symlink_to("a.warc.gz")
    (top / "itself").symlink_to("itself")
    return {"good": good, "lz4": lz4, "a": top / "a.warc.gz", "itself": top / "itself"}


def _args(command: str, inputs: list[Path], tmp_path: Path) -> list[str]:
    given = list(map(str, inputs))
    return {
        "extract": ["extract", *given, "-o", str(tmp_path / "items.jsonl")],
        "index": ["index", *given, "--cdxj", str(tmp_path / "index.cdxj")],
        "history": ["history", URL, "--reextract",
                    *(word for path in given for word in ("--warc", path))],
        "recompress": ["recompress", *given],
    }[command]  # fmt: skip


COMMANDS = ["extract", "index", "history", "recompress"]


@pytest.mark.parametrize("command", COMMANDS)
def test_loops_named_on_the_command_line_are_said_and_counted(tmp_path: Path, command: str) -> None:
    paths = _tree(tmp_path / "warc")
    good = paths["lz4" if command == "recompress" else "good"]
    if command == "recompress":  # its .warc.gz would be in the way
        paths["good"].unlink()
    done = _run(*_args(command, [paths["a"], paths["itself"], good], tmp_path))
    said = done.stderr + done.stdout
    assert done.returncode == 3, said
    assert "Traceback" not in said and "no such file" not in said, said
    lines = done.stderr.splitlines()
    for loop in (paths["a"], paths["itself"]):
        assert f"WARNING: {loop}: {LOOP_LINE}" in lines, said
    assert "2 symbolic link loops" in said, said
    assert "unreadable" not in said, said
    if command == "extract":
        assert "Story one" in (tmp_path / "items.jsonl").read_text(encoding="utf-8")
    elif command == "index":
        assert "old.news.test" in (tmp_path / "index.cdxj").read_text(encoding="utf-8")
    elif command == "history":
        assert "Story one" in done.stdout, said
    else:
        assert (paths["lz4"].with_name("good.warc.gz")).stat().st_size > 0


@pytest.mark.parametrize("command", COMMANDS)
def test_loops_in_a_folder_are_said_and_counted(tmp_path: Path, command: str) -> None:
    paths = _tree(tmp_path / "warc")
    paths["good"].unlink()  # recompress would leave the lz4 alone: good.warc.gz there
    if command != "recompress":  # index names an lz4 file unreadable by replay tools
        paths["lz4"].unlink()
    archive = Archive()
    archive.response("/one", "2026-01-01T10:00:00Z", page("Story one"))
    archive.save(tmp_path / "warc" / "kept.warc.gz")
    done = _run(*_args(command, [tmp_path / "warc"], tmp_path))
    said = done.stderr + done.stdout
    assert done.returncode == 3, said
    assert "Traceback" not in said, said
    lines = done.stderr.splitlines()
    assert f"WARNING: {paths['a']}: {LOOP_LINE}" in lines, said
    assert f"WARNING: {tmp_path / 'warc' / 'b.warc.gz'}: {LOOP_LINE}" in lines, said
    assert "2 symbolic link loops" in said and "unreadable" not in said, said


@pytest.mark.parametrize("command", ["replay", "recover"])
def test_replay_and_recover_of_a_loop_say_it_is_one(tmp_path: Path, command: str) -> None:
    """Their one path a loop: nothing else to do, exit 2, but not `no such file or folder`
    (`no such directory`) of a link that is there."""
    paths = _tree(tmp_path / "warc")
    done = _run(command, str(paths["itself"]))
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"{command}: {paths['itself']}: a loop of symbolic links (each leads back to another): "
        "give the file or folder itself"
    ], done.stderr
