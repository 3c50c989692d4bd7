"""One line for a page that could not be fetched, in place of Scrapy's traceback.

Without an errback Scrapy logs every download that failed for good (a server
that closed the connection, sent no status line, cut its body short) with a
full traceback. A broken server is bad input, not a crawler error: the
spiders' requests carry this errback, the log gets one line naming the URL
and the reason, and the run report counts the failure by its reason.
"""

from __future__ import annotations

import logging

from scrapy.exceptions import (
    DownloadCancelledError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.statscollectors import StatsCollector
from twisted.python.failure import Failure

from newsarchive.network.download import NAMED_FAILURES, HeadersTimeout, SpoolWriteError

logger = logging.getLogger(__name__)


class LogsFetchFailures:
    """Spider mixin giving the errback as a spider method: a shared crawl
    (scrapy-redis) stores requests by their callbacks' and errbacks' method names,
    so a plain function cannot go into its queue."""

    def fetch_failed(self, failure: Failure) -> None:
        """The errback. A dropped request (IgnoreRequest: a refused address, an HTTP
        error status) goes on as without one: logged and counted where it was dropped
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
    logger.warning("could not fetch %s: %s", url, failure_reason(failure))


def count_http_error(stats: StatsCollector, failure: Failure) -> None:
    """Count an HTTP error status an errback handled (HttpErrorMiddleware counts it no more)
    the way HttpErrorMiddleware counts those it drops: the run report lists them."""
    if failure.check(HttpError):
        status = failure.value.response.status
        stats.inc_value("httperror/response_ignored_count")
        stats.inc_value(f"httperror/response_ignored_status_count/{status}")


# nginx's answer to plain HTTP on its TLS port ("The plain HTTP request was sent to HTTPS
# port"), and a proxy's to the scheme its backend does not speak: the scheme refused, not the page
SCHEME_REFUSED = 400
# failures of an answer the scheme gave (a body past DOWNLOAD_MAXSIZE, header lines past the
# limits, two Content-Lengths, a body cut after its headers with DOWNLOAD_FAIL_ON_DATALOSS)
# or of the crawler's own disk: the other scheme would not help
ANSWERED = (DownloadCancelledError, SpoolWriteError, ResponseDataLossError, *NAMED_FAILURES)


def scheme_refused(failure: Failure) -> bool:
    """Whether a download failed as one whose scheme the server may not serve: a 400, or no
    answer (refused, TLS handshake failed, timed out, cut) after Scrapy's retries; not
    another status (a 404 names the page, a 500 is the server's trouble in either scheme),
    nor a request dropped here (robots.txt, the network policy, the crawl state), nor an
    answer refused here or cut after its headers (`ANSWERED`, a body timed out: a page past
    DOWNLOAD_MAXSIZE, or slow, was downloaded again in the other scheme)."""
    if failure.check(HttpError):
        return bool(failure.value.response.status == SCHEME_REFUSED)
    if failure.check(DownloadTimeoutError) and not failure.check(HeadersTimeout):
        # its headers came (`download_with_limits`): a body slower than DOWNLOAD_TIMEOUT
        # where DOWNLOAD_MAX_TIME is off or longer, as slow in the other scheme
        return False
    return not failure.check(IgnoreRequest, *ANSWERED)


def failure_reason(failure: Failure) -> str:
    """Why a download failed, in a few words: the error's name and message, or the
    HTTP status a response was dropped for."""
    if failure.check(HttpError):
        response = failure.value.response
        tries = retries(response.request)
        return f"HTTP {response.status}" + (f" (after {tries} retries)" if tries else "")
    error = failure.type.__name__ if failure.type is not None else "error"
    reason = failure.getErrorMessage()
    return f"{error}: {reason}" if reason else error


def retries(request: object) -> int:
    meta = getattr(request, "meta", None) or {}
    return int(meta.get("retry_times", 0))


def refusal(failure: Failure) -> str:
    """Why a page was refused or dropped, the same for every page refused alike (no URL):
    a status, robots.txt, the network policy, a download error."""
    if failure.check(HttpError) or not failure.check(IgnoreRequest):
        return failure_reason(failure)
    message = failure.getErrorMessage()
    if message == "Forbidden by robots.txt":  # RobotsTxtMiddleware's
        return "robots.txt forbids it"
    if type(failure.value).__name__ == "RequestRefused":  # newsarchive.network's
        return f"the network policy refuses it ({message}; NETWORK_ALLOWED)"
    return message or (failure.type.__name__ if failure.type is not None else "dropped")


def sections_refused(why: dict[str, str]) -> str:
    """One line for sections all refused, grouped by why: `all 8 sections refused: HTTP
    403 (politics, us, ...)`."""
    by_reason: dict[str, list[str]] = {}
    for section, reason in why.items():
        by_reason.setdefault(reason, []).append(section)
    reasons = "; ".join(f"{reason} ({', '.join(names)})" for reason, names in by_reason.items())
    count = len(why)
    return (
        f"all {count} sections refused: {reasons}"
        if count > 1
        else f"its one section refused: {reasons}"
    )
