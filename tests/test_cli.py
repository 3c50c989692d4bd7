"""The command line dispatcher lists every command."""

import subprocess
import sys

from newsarchive.cli import COMMANDS


def test_help_lists_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsarchive", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for name in COMMANDS:
        assert name in out
