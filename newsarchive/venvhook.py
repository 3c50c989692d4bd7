"""`python -m newsarchive.venvhook`: put the Ctrl-C hook where Python finds it at start.

`make install` runs it with the venv's Python: `newsarchive/interrupt.py` (standard
library only) is copied into the venv's site-packages as `newsarchive_interrupt.py`,
and `newsarchive_interrupt.pth` imports it when any Python of the venv starts, before
Scrapy's own imports, which the package's hook comes too late for.
"""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

COPY = "newsarchive_interrupt"  # the module's name in site-packages


def install(site_packages: Path | None = None) -> Path:
    """Copy the hook into `site_packages` (the running Python's); returns the `.pth` file."""
    target = site_packages or Path(sysconfig.get_paths()["purelib"])
    source = Path(__file__).with_name("interrupt.py")
    (target / f"{COPY}.py").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    pth = target / f"{COPY}.pth"
    pth.write_text(f"import {COPY}; {COPY}.install_hook()\n", encoding="utf-8")
    return pth


if __name__ == "__main__":
    if sys.argv[1:]:
        sys.exit("usage: python -m newsarchive.venvhook (no arguments)")
    print(f"installed {install()}")
