"""The incremental policy: pure decisions about one known article, no I/O.

Listings, feeds and sitemaps are always fetched (they are how a run learns what
changed). A known article is fetched again only when its listing says it was
modified after what we hold, or when the re-check age has passed; and then
conditionally, so an unchanged page costs a 304 and a revisit record.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from newsarchive.state.store import Capture, Requisite
from newsarchive.timestamps import aware, parse_iso

NEW = "new"
LISTED_CHANGED = "listed_changed"
RECHECK_AGE = "recheck_age"


def refetch_reason(
    capture: Capture | None,
    listed_modified: datetime | None,
    now: datetime,
    recheck_age: timedelta | None,
) -> str | None:
    """Why to fetch this article now, or None to skip it."""
    if capture is None:
        return NEW
    if listed_modified is not None and listed_modified > _baseline(capture):
        return LISTED_CHANGED
    if recheck_age is not None and now - parse_iso(capture.checked_at) >= recheck_age:
        return RECHECK_AGE
    return None


def _baseline(capture: Capture) -> datetime:
    """What a listing date is compared with: the date the listing gave at our capture.

    Sites keep old modification dates, so comparing them with our capture time
    would miss changes made before we first looked; without a listed date at
    capture time, our capture time is all we know.
    """
    return parse_iso(capture.listed_modified or capture.captured_at)


def conditional_headers(capture: Capture | Requisite) -> dict[str, str]:
    headers = {}
    if capture.etag:
        headers["If-None-Match"] = capture.etag
    if capture.last_modified:
        headers["If-Modified-Since"] = capture.last_modified
    return headers


def as_datetime(value: object) -> datetime | None:
    """A listing date from request meta: a datetime or an ISO 8601 string."""
    if isinstance(value, datetime):
        return aware(value)
    if isinstance(value, str) and value:
        try:
            return parse_iso(value)
        except ValueError:
            return None
    return None
