"""`check` and `demo` ask one helper whether they run inside the Scrapy project
(`commands.project.outside_project`): from a folder with no scrapy.cfg (nor above it) and
no SCRAPY_SETTINGS_MODULE they name the project's settings themselves. (The commands run
from such a folder: test_cli's demo test, test_check_twice's check test.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsarchive.commands.project import PROJECT_SETTINGS, outside_project

PROJECT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("folder", "variable", "outside"),
    [("elsewhere", None, True), ("project", None, False), ("elsewhere", PROJECT_SETTINGS, False)],
)
def test_outside_the_project_is_no_scrapy_cfg_and_no_settings_module(
    folder: str,
    variable: str | None,
    outside: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path if folder == "elsewhere" else PROJECT)
    monkeypatch.delenv("SCRAPY_SETTINGS_MODULE", raising=False)
    if variable is not None:
        monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", variable)
    assert outside_project() is outside


@pytest.mark.parametrize("command", ["check", "demo"])
@pytest.mark.parametrize("folder", ["elsewhere", "project"])
def test_a_settings_module_that_cannot_be_imported_is_one_line_and_exit_2(
    command: str, folder: str, tmp_path: Path
) -> None:
    """SCRAPY_SETTINGS_MODULE naming a module that is not there (a typo): one line naming it,
    exit 2, nothing crawled. Before, `check` ended in Scrapy's ModuleNotFoundError traceback
    (exit 1) and `demo` crawled with the project's settings in place of the user's (from
    another folder) or its crawl failed with a traceback (in the project)."""
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "no_such_settings_module_here"}
    env["PYTHONPATH"] = str(PROJECT)
    arguments = ["demo", "-a", "base_url=http://127.0.0.1:9"] if command == "check" else []
    arguments += [] if command == "check" else ["--out", str(tmp_path / "demo")]
    done = subprocess.run(
        [sys.executable, "-m", "newsarchive", command, *arguments],
        cwd=tmp_path if folder == "elsewhere" else PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "demo news site" not in done.stdout, done.stderr
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith(
        f"{command}: SCRAPY_SETTINGS_MODULE names 'no_such_settings_module_here'"
    )
