"""`check` and `demo` ask one helper whether they run inside the Scrapy project
(`commands.project.outside_project`): from a folder with no scrapy.cfg (nor above it) and
no SCRAPY_SETTINGS_MODULE they name the project's settings themselves. (The commands run
from such a folder: test_cli's demo test, test_check_twice's check test.)"""

from __future__ import annotations

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
