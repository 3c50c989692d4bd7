"""Whether a page's modification time can stand beside its publication time.

An archive keeps what the page states: a `dateModified` equal to `datePublished` (a CMS
stamping both where nobody edited the article) or a few seconds after it (the first save)
says "not updated since publication", which a user compares for themselves; it is kept.
A stamp before the publication contradicts it (another record's time, or a wrong one) and
is none, whether the metadata or the printed lines state it ("Aktualisiert 13:05" above
"Erstellt 14:05": the labels say which is which, and the update cannot precede the
publication; not swapped, as the labelled publication stands). A page dated by an "Updated
16:45" line alone has that line for both, equal times, and its update is what it says.
"""

from __future__ import annotations

from datetime import date, datetime


def updated(published: str | None, modified: str | None) -> str | None:
    """`modified` unless it is before `published`; as found where either is missing or
    unreadable. A bare day is compared as a day (the publication's own day stands)."""
    if not modified or not published:
        return modified
    pub, mod = _read(published), _read(modified)
    if pub is None or mod is None:
        return modified
    if not isinstance(mod, datetime):
        return modified if mod >= _day(pub) else None
    if not isinstance(pub, datetime):
        return modified if mod.date() >= pub else None
    if (pub.tzinfo is None) != (mod.tzinfo is None):
        pub, mod = pub.replace(tzinfo=None), mod.replace(tzinfo=None)
    return modified if mod >= pub else None


def _read(value: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        return None


def _day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d
