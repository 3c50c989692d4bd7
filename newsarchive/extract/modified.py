"""Whether a page's modification time is a modification: later than its publication.

Many CMSs state `dateModified` on every page, equal to `datePublished` where nobody ever
edited the article, or a few seconds after it (the first save after the publication time
the editor set). Users read `modified` as "this article was updated": such a stamp is none,
and neither is one before the publication (another record's time, or a wrong one).
Only where the page's metadata states the publication: a page dated by an "Updated 16:45"
line alone has that line for both, and its update is what it says.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from newsarchive.extract.dates import PUBLISHED_META
from newsarchive.extract.document import Document

# A CMS stamps the first save up to a minute or two after the stated publication time.
FIRST_SAVE = timedelta(minutes=2)


def page_updated(doc: Document, published: str | None, modified: str | None) -> str | None:
    """`updated` where the page's metadata (JSON-LD, the published metas) states when it
    was published, else `modified` as found."""
    if doc.article.get("datePublished") or doc.all_meta(*PUBLISHED_META):
        return updated(published, modified)
    return modified


def updated(published: str | None, modified: str | None) -> str | None:
    """`modified` where it is later than `published` (by more than a first save), else None;
    as found where either is missing or unreadable. A bare day counts only where it is a
    later day than the publication's (a stamp on the publication's day says no more)."""
    if not modified or not published:
        return modified
    pub, mod = _read(published), _read(modified)
    if pub is None or mod is None:
        return modified
    if not isinstance(mod, datetime):  # a bare day: only a later one says more
        return modified if mod > _day(pub) else None
    if not isinstance(pub, datetime):  # a time on the publication's bare day may be later
        return modified if mod.date() >= pub else None
    if (pub.tzinfo is None) != (mod.tzinfo is None):
        pub, mod = pub.replace(tzinfo=None), mod.replace(tzinfo=None)
    return modified if mod - pub > FIRST_SAVE else None


def _read(value: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        return None


def _day(d: date | datetime) -> date:
    return d.date() if isinstance(d, datetime) else d
