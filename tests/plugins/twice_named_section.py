"""Test entry point: `scrapy crawl` with the demo profile naming one section URL twice.

No shipped profile does (tests/test_sites_registry.py would say so), so the demo's profile
is replaced in the registry before Scrapy's command line runs: `politics` and `us` both
at /politics/, `world` at its own page. Run as `python -m tests.plugins.twice_named_section
ARGS...` with the arguments of `scrapy crawl`.
"""

from __future__ import annotations

import dataclasses
import sys

from scrapy.cmdline import execute

from newsarchive import sites
from newsarchive.sites import demo

TWICE = {"politics": "/politics/", "us": "/politics/", "world": "/world/"}


def main() -> None:
    profile = dataclasses.replace(sites.SITES["demo"], sections=TWICE)
    sites.SITES["demo"] = demo.PROFILE = profile
    execute(["scrapy", *sys.argv[1:]])


if __name__ == "__main__":
    main()
