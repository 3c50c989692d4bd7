"""One line for a page that could not be fetched, in place of Scrapy's traceback.

Without an errback Scrapy logs every download that failed for good (a server
that closed the connection, sent no status line, cut its body short) with a
full traceback. A broken server is bad input, not a crawler error: the
spiders' requests carry this errback, the log gets one line naming the URL
and the reason, and the run report counts the failure by its reason.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)


def fetch_failed(failure: Failure) -> None:
    """The errback. A dropped request (IgnoreRequest: a refused address, an HTTP error
    status) goes on as without one: logged and counted where it was dropped
    (HttpErrorMiddleware counts the statuses the run report lists)."""
    if failure.check(IgnoreRequest):
        failure.raiseException()
    log_fetch_failure(failure)


def log_fetch_failure(failure: Failure) -> None:
    """One line naming the URL and why its download failed (none for a dropped request)."""
    if failure.check(IgnoreRequest):
        return
    request = getattr(failure, "request", None)
    url = request.url if request is not None else "a request"
    error = failure.type.__name__ if failure.type is not None else "error"
    reason = failure.getErrorMessage()
    logger.warning("could not fetch %s: %s%s", url, error, f": {reason}" if reason else "")
