"""Imported as a spider module (SPIDER_MODULES): Ctrl-C (SIGINT to its own process) while
Scrapy imports the project's spiders, before it takes the signal over."""

import os
import signal

os.kill(os.getpid(), signal.SIGINT)
