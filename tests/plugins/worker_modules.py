"""Run in an extraction worker by tests: which of the crawl's heavy modules it has imported.

Kept apart from the test modules, which import Scrapy themselves (a worker
unpickling a function of theirs would import it too).
"""

from __future__ import annotations

import sys


def crawl_modules() -> list[str]:
    return sorted(name for name in ("scrapy", "twisted") if name in sys.modules)
