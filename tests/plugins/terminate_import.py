"""Imported as a spider module (SPIDER_MODULES): SIGTERM to its own process while Scrapy
imports the project's spiders, before its reactor runs and it takes the signal over."""

import os
import signal

os.kill(os.getpid(), signal.SIGTERM)
