"""Test plugin: `python -m newsarchive ARGS...` that pauses once py-wacz made its package.

Run as `python -c "from tests.plugins.paused_index import main; main()" index ...` with
PAUSE_DIR set: once `wacz create` has written the package under its hidden name, the run
writes PAUSE_DIR/created (its pid) and waits for PAUSE_DIR/go before it validates and
renames the package. A test orders two runs by these files, not by time.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

WAIT_AT_MOST = 120.0  # s, should the test never say go


def main() -> None:
    from newsarchive.package import wacz

    pause = Path(os.environ["PAUSE_DIR"])
    run_tool = wacz._wacz

    def pausing_tool(args: list[str], extra: Any = None) -> str:
        said = run_tool(args, extra)
        if args[0] == "create":
            (pause / "created").write_text(str(os.getpid()))
            deadline = time.monotonic() + WAIT_AT_MOST
            while not (pause / "go").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
        return said

    wacz._wacz = pausing_tool
    from newsarchive.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:], log_lines=True))  # as `python -m newsarchive` runs it
