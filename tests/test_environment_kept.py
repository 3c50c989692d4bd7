"""tests/plugins/environment.py: a test that changes the test process's environment for good
fails at its teardown, naming the variables, and the next test finds the environment as
before; monkeypatch's changes, `environment_kept` and `project_settings` leave none. A check
that never fired would let a leak (Scrapy's SCRAPY_SETTINGS_MODULE) leave a worker's later
crawls unforked again, unseen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]

TESTS = """
import os

from scrapy.utils.project import get_project_settings

from tests.plugins.environment import environment_kept, project_settings

PROJECT = {project!r}


def test_leaks():
    os.environ["NEWSARCHIVE_LEAKED"] = "1"
    del os.environ["NEWSARCHIVE_GIVEN"]


def test_finds_the_environment_as_before():
    assert "NEWSARCHIVE_LEAKED" not in os.environ
    assert os.environ["NEWSARCHIVE_GIVEN"] == "yes"


def test_monkeypatch(monkeypatch):
    monkeypatch.setenv("NEWSARCHIVE_LEAKED", "2")
    monkeypatch.delenv("NEWSARCHIVE_GIVEN")


def test_kept():
    with environment_kept():
        os.environ["NEWSARCHIVE_LEAKED"] = "3"
        del os.environ["NEWSARCHIVE_GIVEN"]


def test_project_settings(monkeypatch):
    monkeypatch.chdir(PROJECT)
    assert project_settings()["BOT_NAME"]
    assert "SCRAPY_SETTINGS_MODULE" not in os.environ


def test_scrapys_own(monkeypatch):
    monkeypatch.chdir(PROJECT)
    assert get_project_settings()["BOT_NAME"]
"""


def test_a_test_changing_the_environment_fails_and_the_next_finds_it_as_before(
    tmp_path: Path,
) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")  # not the project's options
    (tmp_path / "test_leaks.py").write_text(TESTS.format(project=str(PROJECT)))
    env = {k: v for k, v in os.environ.items() if k not in ("SCRAPY_SETTINGS_MODULE", "CI")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), env.get("PYTHONPATH")]))
    env["NEWSARCHIVE_GIVEN"] = "yes"
    env["COLUMNS"] = "400"  # the summary's lines whole
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.plugins.environment",
         "-p", "no:cacheprovider", "-q", "-rA", "test_leaks.py"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    summary = [line for line in done.stdout.splitlines() if line.startswith(("PASSED", "ERROR"))]
    said = "Failed: the test changed the environment for good:"
    assert sorted(summary) == sorted([
        f"ERROR test_leaks.py::test_leaks - {said} NEWSARCHIVE_GIVEN, NEWSARCHIVE_LEAKED (put back"
        " for the next test; use monkeypatch.setenv, tests.plugins.environment.environment_kept"
        " or project_settings)",
        "PASSED test_leaks.py::test_leaks",
        "PASSED test_leaks.py::test_finds_the_environment_as_before",
        "PASSED test_leaks.py::test_monkeypatch",
        "PASSED test_leaks.py::test_kept",
        "PASSED test_leaks.py::test_project_settings",
        "PASSED test_leaks.py::test_scrapys_own",
        f"ERROR test_leaks.py::test_scrapys_own - {said} SCRAPY_SETTINGS_MODULE (put back for the"
        " next test; use monkeypatch.setenv, tests.plugins.environment.environment_kept or"
        " project_settings)",
    ]), done.stdout[-3000:]  # fmt: skip
    assert done.returncode == 1
