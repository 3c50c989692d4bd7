"""Exit statuses of `scrapy crawl` and `python -m newsarchive ...`: what cron and scrapyd see.

A run that did not finish its job exits nonzero, with the reason on the last line.
"""

from __future__ import annotations

OK = 0
FAILED = 1  # the run started but did not finish its job (start or write error, signal, timeout)
BAD_INPUT = 2  # a wrong argument, setting or input: nothing was done
PARTIAL = 3  # done, but some inputs could not be read: skipped or moved aside (and said so)
DEGRADED = 4  # done, but run alarms say the site profile stopped working (FAIL_ON_ALARM)
LOCKED = 75  # EX_TEMPFAIL: another run of the same crawl holds its state; try again later
