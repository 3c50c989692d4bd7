"""`scrapy list` that names a SPIDER_MODULES entry that is no module in one line, exit 2
(Scrapy's own showed its spider loader's ModuleNotFoundError as a traceback), and whose
output cut short by its reader (`| head -1`) is no BrokenPipeError traceback."""

from __future__ import annotations

import argparse
import os
import sys

from scrapy.commands.list import Command as ScrapyList

from newsarchive import exitcodes
from newsarchive.scrapy_commands.crawl import missing_spider_module


class Command(ScrapyList):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        assert self.settings is not None
        missing = missing_spider_module(self.settings.getlist("SPIDER_MODULES"))
        if missing:
            print(f"scrapy list: {missing} (exit status {exitcodes.BAD_INPUT})", file=sys.stderr)
            self.exitcode = exitcodes.BAD_INPUT
            return
        try:
            super().run(args, opts)
            sys.stdout.flush()
        except BrokenPipeError:  # `scrapy list | head -1`: the reader had what it wanted
            # Python's flush at exit would fail again on the closed pipe
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
