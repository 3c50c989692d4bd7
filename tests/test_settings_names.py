"""The README's Settings table and the settings the code reads name the same settings.

A user sets what the README names; `-s` names under this project's prefixes that
no code reads are refused as typos (newsarchive.checks), so a setting the code
reads but the checks do not know would be refused, and one the README names but
no code reads would do nothing.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsarchive.checks import OWN_PREFIXES, known_settings

PROJECT = Path(__file__).resolve().parents[1]
READ = re.compile(r'\.get(?:bool|int|float|list|dict|dictorlist)?\(\s*"([A-Z][A-Z0-9_]+)"')
CONSTANT = re.compile(r'^[A-Z_]+_SETTING = "([A-Z][A-Z0-9_]+)"', re.MULTILINE)


def settings_read() -> set[str]:
    """Names passed to a settings getter, or held in a `*_SETTING` constant."""
    names: set[str] = set()
    for source in (PROJECT / "newsarchive").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        names |= set(CONSTANT.findall(text))
        for line in text.splitlines():
            if "environ" not in line:  # os.environ.get: environment variables
                names |= set(READ.findall(line))
    return names


def settings_table() -> set[str]:
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split(" | ")[0] for line in table.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row)}


def test_the_scan_finds_settings() -> None:
    read = settings_read()
    assert {"WARC_DIR", "NEWSARCHIVE_RESUME", "BROWSER_SHOW_MORE_SELECTORS"} <= read
    assert "NEWSARCHIVE_PYWB_VENV" not in read  # an environment variable
    assert {"WARC_DIR", "NETWORK_ALLOWED", "EXTRACT_MAX_HTML"} <= settings_table()


def test_every_own_setting_the_code_reads_is_known_to_the_checks() -> None:
    own = {name for name in settings_read() if name.startswith(OWN_PREFIXES)}
    assert sorted(own - known_settings()) == []


def test_every_own_setting_the_code_reads_is_in_the_settings_table() -> None:
    own = {name for name in settings_read() if name.startswith(OWN_PREFIXES)}
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    assert sorted(n for n in own if not re.search(rf"`{n}`", readme)) == []
    # the user-facing NEWSARCHIVE_* ones in the table itself
    table = settings_table()
    assert sorted(n for n in own if n.startswith("NEWSARCHIVE_") and n not in table) == []


def test_every_setting_in_the_table_exists() -> None:
    assert sorted(settings_table() - known_settings()) == []
