"""Parsing and formatting the dates the crawl itself handles, in one place.

Machine-readable dates only: listings' and feeds' dates (`parse_feed_date`),
the ISO 8601 moments the crawl state, items and reports keep (`iso_seconds`,
`parse_iso`), WARC-Date (`warc_date`). Dates read from an article's page
(free text, a site's time zone) are the extractor's: `newsarchive.extract.dates`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime


def aware(moment: datetime) -> datetime:
    """A naive datetime is taken as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def iso_seconds(moment: datetime) -> str:
    """`2026-01-01T00:00:00Z`: a moment in UTC to the second (a naive one is taken as UTC)."""
    return aware(moment).astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def warc_date(moment: datetime) -> str:
    """WARC-Date: UTC with microseconds (WARC 1.1 allows sub-second precision)."""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


# A WARC date with a UTC offset in place of `Z` (Python's isoformat() writes `+00:00`)
_OFFSET_DATE = re.compile(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?\s*([+-]\d\d:?\d\d)")


def utc_warc_date(text: str) -> str:
    """A WARC date written with a UTC offset, as the `Z` moment the WARC standard asks for
    (`2024-01-02T03:04:05.5+02:00` is `2024-01-02T01:04:05.500000Z`); any other text as it is.

    warcio reads the offset's digits as more fields: an index stopped at `+02:00` and took
    `+0200` for microseconds, two hours off.
    """
    found = _OFFSET_DATE.fullmatch(text.strip())
    if found is None:
        return text
    moment, fraction, offset = found.groups()
    try:
        parsed = datetime.fromisoformat(moment + offset)
    except ValueError:
        return text
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    utc = parsed.replace(microsecond=micro).astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(timespec="microseconds" if fraction else "seconds") + "Z"


def parse_iso(text: str) -> datetime:
    """An ISO 8601 moment (`Z` accepted); naive ones are taken as UTC. Raises ValueError."""
    return aware(datetime.fromisoformat(text.replace("Z", "+00:00")))


def capture_day(fetched_at: str | None) -> date:
    """The day of a capture's ISO date; an unknown or unreadable one is today."""
    try:
        return datetime.fromisoformat((fetched_at or "").replace("Z", "+00:00")).date()
    except ValueError:
        return date.today()


def parse_feed_date(text: str | None) -> datetime | None:
    """A listing's, feed's or sitemap's date: ISO 8601, RFC 822 (RSS) or epoch
    seconds/milliseconds; None when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) in (10, 13):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
