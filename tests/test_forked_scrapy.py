"""The forked `scrapy` runs of tests/forked_scrapy.py give what `python -m scrapy` gives: a
case that raised must still show its traceback and status, or test_cli_errors could not fail."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests import forked_scrapy
from tests.forked_scrapy import ForkedProcess, _Zygote, run_scrapy, spawn_scrapy

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def own_zygotes(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Zygotes of these tests' own, in the environment the test starts in: the worker's may
    have been started in a session environment an earlier test changed for good (then every
    later crawl of that worker starts afresh, as it must, and a fork here would be refused:
    CI saw `spawn_scrapy` answer None in one worker)."""
    monkeypatch.setattr(forked_scrapy, "_SESSION_ENV", dict(os.environ))
    monkeypatch.setattr(forked_scrapy, "_zygotes", {})
    yield
    for zygote in forked_scrapy._zygotes.values():
        zygote.close()


def test_each_forked_run_has_the_output_and_status_of_its_own_process(tmp_path: Path) -> None:
    (tmp_path / "boom.py").write_text('raise RuntimeError("spider file broken at import")\n')
    runs = {
        "raises": ["runspider", str(tmp_path / "boom.py")],
        "unknown spider": ["crawl", "nosuch"],
        "two spiders": ["crawl", "demo", "bbc"],
    }
    forked = run_scrapy(runs, cwd=PROJECT, out=tmp_path, at_once=2, timeout=300)
    for name, argv in runs.items():
        alone = subprocess.run(
            [sys.executable, "-m", "scrapy", *argv], cwd=PROJECT, capture_output=True, text=True
        )
        got = forked[name]
        assert (got.returncode, got.stdout) == (alone.returncode, alone.stdout), name
        assert got.stderr.splitlines()[-3:] == alone.stderr.splitlines()[-3:], name
    assert forked["raises"].returncode == 1
    assert "Traceback" in forked["raises"].stderr
    assert "RuntimeError: spider file broken at import" in forked["raises"].stderr
    assert "unknown spider 'nosuch'" in forked["unknown spider"].stderr


def _alone(argv: list[str]) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", *argv]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=120)


def test_a_spawned_run_answers_as_its_own_process_does(tmp_path: Path) -> None:
    """What start_crawl's forked crawls give the tests that wait on, signal and kill them."""
    # a SIGTERM while `scrapy crawl` starts (a spider module that sends it): the venv's hook
    # names it, as it does for `python -m scrapy`; then a run that waits, ended by a signal
    term = "SPIDER_MODULES=newsarchive.spiders,tests.plugins.terminate_import"
    (tmp_path / "boom.py").write_text('raise RuntimeError("spider file broken at import")\n')
    (tmp_path / "sleeps.py").write_text("import time\ntime.sleep(600)\n")
    for name, argv in {
        "term": ["crawl", "demo", "-s", term],
        "boom": ["runspider", str(tmp_path / "boom.py")],
        "unknown": ["crawl", "nosuch"],
    }.items():
        out = tmp_path / f"{name}.log"
        out.touch()
        process = spawn_scrapy(argv, cwd=PROJECT, out=out)
        assert process is not None
        code = process.wait(timeout=120)
        alone = _alone(argv)
        assert (code, process.returncode) == (alone.returncode, alone.returncode), name
        assert out.read_text().splitlines()[-2:] == alone.stderr.splitlines()[-2:], name
    assert "terminated (SIGTERM) while starting" in (tmp_path / "term.log").read_text()
    assert "RuntimeError: spider file broken at import" in (tmp_path / "boom.log").read_text()

    out = tmp_path / "sleeps.log"
    out.touch()
    process = spawn_scrapy(["runspider", str(tmp_path / "sleeps.py")], cwd=PROJECT, out=out)
    assert process is not None
    assert process.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        process.wait(timeout=0.5)
    assert Path(f"/proc/{process.pid}/cmdline").exists()  # a process of its own, by its pid
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=60) == -signal.SIGKILL
    assert process.poll() == -signal.SIGKILL


def test_a_run_in_a_changed_environment_is_not_forked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Libraries read the environment as they are imported (tldextract its cache folder):
    a fork could not give what a process started in the new one reads."""
    out = tmp_path / "out.log"
    out.touch()
    first = spawn_scrapy(["crawl", "nosuch"], cwd=PROJECT, out=out)
    assert first is not None and first.wait(timeout=120) != 0  # unknown spider
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "cache"))
    assert spawn_scrapy(["crawl", "nosuch"], cwd=PROJECT, out=out) is None


def test_a_crawl_given_an_ended_crawls_pid_is_still_running(tmp_path: Path) -> None:
    """pid_max is 32768 on some hosts: a session's crawls, threads and browsers wrap it, and
    a later crawl may be given an earlier one's pid. Its handle must not answer with the
    earlier one's exit status (its test would see it end at once). The zygote's own lines,
    through a real pipe: the kernel's pid reuse cannot be asked for."""
    out = tmp_path / "out.log"
    out.touch()
    zygote = _Zygote.__new__(_Zygote)
    zygote.changed, zygote.ended, zygote.started, zygote.gone = threading.Condition(), {}, [], False
    read, write = os.pipe()
    with os.fdopen(read, "rb") as stdout:
        zygote.process = SimpleNamespace(stdout=stdout)  # type: ignore[assignment]
        reader = threading.Thread(target=zygote._read)
        reader.start()
        lines = [{"pid": 4242, "job": 0}, {"ended": 0, "code": 0}, {"pid": 4242, "job": 1}]
        os.write(write, b"".join(json.dumps(line).encode() + b"\n" for line in lines))
        os.close(write)
        reader.join(60)
    first, later = (ForkedProcess(zygote, job, 4242, ["scrapy"]) for job in (0, 1))
    zygote.gone = False  # the pipe's end stands for a zygote still running
    assert first.poll() == 0
    assert later.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        later.wait(timeout=0.1)


def test_a_zygote_started_in_a_tests_changed_environment_forks_later_crawls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's zygote is started by its first crawl, in whatever environment that test
    set (test_browser_shutdown sets one): later crawls, in the session's, are still forked."""
    out = tmp_path / "out.log"
    out.touch()
    with monkeypatch.context() as changed:
        changed.setenv("NEWSARCHIVE_TEST_MARK", "first crawl's test")
        assert spawn_scrapy(["crawl", "nosuch"], cwd=PROJECT, out=out) is None
    later = spawn_scrapy(["crawl", "nosuch"], cwd=PROJECT, out=out)
    try:
        assert later is not None
        assert later.wait(timeout=120) != 0  # unknown spider
    finally:
        for zygote in forked_scrapy._zygotes.values():
            zygote.close()


PROBE = """
import json, os, sys
import newsarchive
settings = os.environ.get("SCRAPY_SETTINGS_MODULE")
print(json.dumps([sys.path, os.getcwd(), settings, newsarchive.__file__]))
print("the probe's own error line", file=sys.stderr)
sys.exit(3)
"""


def test_a_run_in_a_folder_of_its_own_with_pythonpath_sees_what_a_new_process_sees(
    tmp_path: Path,
) -> None:
    """tests/plugins/fixture_server.run_scrapy's crawls: run in their output folder, the
    checkout named by PYTHONPATH (nothing of it installed in the venv) and the settings
    module by SCRAPY_SETTINGS_MODULE, stdout and stderr apart. A fork must find the project's
    modules, folder and settings where a new `python -m scrapy` there finds them."""
    folder = tmp_path / "run"
    folder.mkdir()
    (tmp_path / "probe.py").write_text(PROBE)
    argv = ["runspider", str(tmp_path / "probe.py")]
    # the checkout before a PYTHONPATH the user gave the session, as run_scrapy's
    pythonpath = os.pathsep.join(filter(None, [str(PROJECT), os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="newsarchive.settings", PYTHONPATH=pythonpath)
    out, err = tmp_path / "out", tmp_path / "err"
    out.touch()
    err.touch()
    forked = spawn_scrapy(argv, cwd=PROJECT, out=out, err=err, env=env, folder=folder)
    assert forked is not None
    code = forked.wait(timeout=120)
    alone = subprocess.run(
        [sys.executable, "-m", "scrapy", *argv],
        cwd=folder, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert (code, out.read_text()) == (alone.returncode, alone.stdout)
    assert code == 3
    # Scrapy's own start lines (their times apart), then the probe's
    forked_err, alone_err = err.read_text().splitlines(), alone.stderr.splitlines()
    assert forked_err[-1] == alone_err[-1] == "the probe's own error line"
    assert len(forked_err) == len(alone_err) > 1
    path, cwd, settings, package = json.loads(alone.stdout)
    # runspider's own first: the spider file's folder
    assert (path[:3], cwd, settings) == (
        [str(tmp_path), str(folder), str(PROJECT)],
        str(folder),
        env["SCRAPY_SETTINGS_MODULE"],
    )
    assert package == str(PROJECT / "newsarchive" / "__init__.py")


@pytest.mark.parametrize(
    ("zygotes", "runs", "added"),
    [
        ("", "/repo", ["/repo"]),  # run_scrapy's crawls in a session without PYTHONPATH
        ("/user", "/repo:/user", ["/repo"]),  # ... and in one whose user set it
        ("/user", "/user", []),
        ("/user", "", None),  # a folder the zygote imports from, gone from a new process's
        ("/user", "/user:/repo", None),  # or after the new folder: found later than there
        ("", "", []),
    ],
)
def test_pythonpath_forks_only_where_its_folders_come_before_the_zygotes(
    zygotes: str, runs: str, added: list[str] | None
) -> None:
    """A new interpreter puts PYTHONPATH's folders in sys.path after the script's own; a fork
    can only put folders in front of those the zygote was started with."""
    zygote_env, run_env = {"PYTHONPATH": zygotes}, {"PYTHONPATH": runs}
    assert forked_scrapy._forks_as_new(zygote_env, run_env) == (added is not None)
    if added is not None:
        assert forked_scrapy._added_path(zygote_env, run_env) == added
