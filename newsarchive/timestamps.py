"""Parsing and formatting the dates the crawl keeps (ISO 8601, UTC, `Z`)."""

from __future__ import annotations

from datetime import UTC, datetime


def iso_seconds(moment: datetime) -> str:
    """`2026-01-01T00:00:00Z`: a moment in UTC to the second (a naive one is taken as UTC)."""
    return aware(moment).astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def aware(moment: datetime) -> datetime:
    """A naive datetime is taken as UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_iso(text: str) -> datetime:
    """An ISO 8601 moment (`Z` accepted); naive ones are taken as UTC. Raises ValueError."""
    return aware(datetime.fromisoformat(text.replace("Z", "+00:00")))
