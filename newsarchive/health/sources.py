"""What a check finds in a site's sitemaps and feeds, and its verdict on each (pure).

A crawl reads articles from the profile's sitemaps and feeds (and, for `-a url=`,
the news sitemaps robots.txt names and the feeds section pages name) as well as
from its sections. `check` asks each once (an index: its newest child only) and
says what a crawl would find there: how many of the site's articles, and how old
the newest is. A news sitemap holds the last two days: older is stale. A feed
whose newest item is weeks old has stopped being written.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from newsarchive.numbers import counted
from newsarchive.spiders.sources import Entry

OK, WARN, FAIL = "ok", "WARN", "FAIL"
STALE = {"news sitemap": timedelta(days=2), "sitemap": timedelta(days=7), "feed": timedelta(days=7)}
NEWS_NAMESPACE = b"google.com/schemas/sitemap-news/"
MAX_SOURCES = 3  # of each kind: a check stays short whatever robots.txt and pages name
PROFILE = "profile"  # found_by of a profile's own source: an error there fails the check


@dataclass
class SourceCheck:
    kind: str  # "sitemap" or "feed"
    url: str
    found_by: str  # PROFILE, "robots.txt", "section page"
    status: int | None = None  # None: not fetched
    error: str | None = None
    listed: int = 0  # URLs it lists
    articles: int = 0  # of them, the site's articles
    newest: datetime | None = None
    news: bool = False  # a Google News sitemap
    children: int = 0  # an index's child sitemaps (one of them read)
    child: str | None = None

    def take(self, entries: list[Entry], articles: int) -> None:
        """Count what one sitemap (or the index's child read) or feed lists."""
        self.listed += len(entries)
        self.articles += articles
        dates = [d for e in entries for d in (e.published, e.modified) if d is not None]
        newest = max(dates, key=_comparable, default=None)
        if newest is not None and (
            self.newest is None or _comparable(newest) > _comparable(self.newest)
        ):
            self.newest = newest


def is_news_sitemap(body: bytes) -> bool:
    """Whether a sitemap's opening names Google News's namespace; a .xml.gz file served
    as is (not a Content-Encoding) is read inflated, as the crawl reads it."""
    head = body[:4096]
    if body[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, 4096)
        except zlib.error:
            return False
    return NEWS_NAMESPACE in head


def _comparable(when: datetime) -> float:
    return when.timestamp()  # a naive date (the site's own day) as local time: close enough


def newest_child(children: list[Entry]) -> Entry:
    """The child of an index a check reads: the last changed, else the first named."""
    dated = [c for c in children if c.published is not None]
    return max(dated, key=lambda c: _comparable(c.published)) if dated else children[0]  # type: ignore[arg-type]


def source_verdict(check: SourceCheck, now: datetime) -> tuple[str, str]:
    """(OK/WARN/FAIL, what was seen) for one sitemap or feed."""
    bad = FAIL if check.found_by == PROFILE else WARN
    if check.status is None:
        return bad, f"not fetched ({check.error or 'no answer'}); a crawl reads nothing from it"
    if check.status != 200:
        return bad, f"HTTP {check.status}; a crawl reads nothing from it"
    kind = "news sitemap" if check.news else check.kind
    said = counted(check.articles, "article") + (
        f" of {counted(check.listed, 'URL')}" if check.listed != check.articles else ""
    )
    if check.children:
        said = f"index of {counted(check.children, 'sitemap')}, newest read: {said}"
    if check.articles == 0:
        if check.kind == "feed" and not check.listed:
            return WARN, "lists no item"
        return WARN, f"{said}: lists no article of the site"
    if check.newest is None:
        return OK, f"{said}, undated"
    age = now - (check.newest if check.newest.tzinfo else check.newest.astimezone())
    said += f", newest {_age(age)} old"
    if age > STALE[kind]:
        return (
            WARN,
            f"{said}: stale (a {kind} is expected to list the last {STALE[kind].days} days)",
        )
    return OK, said


def _age(age: timedelta) -> str:
    hours = age.total_seconds() / 3600
    return f"{max(hours, 0):.0f} h" if hours < 48 else f"{age.days} days"


def source_name(check: SourceCheck, base_url: str) -> str:
    """The source as the line shows it: its path on the checked origin, else its URL."""
    parts = urlsplit(check.url)
    if f"{parts.scheme}://{parts.netloc}" == base_url.rstrip("/"):
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return check.url
