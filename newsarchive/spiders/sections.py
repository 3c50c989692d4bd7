"""Each profile section's listing in one crawl, and the stats that tell it.

`paging.ListingProgress` counts a section's pages and says why it ends (pure
code); `SectionListings` makes it and is its one owner in a crawl: every page
read, end, refusal, first page and cursor goes through it, and the
`listing/<section>/pages`, `/articles` and `/ended` stats the run report reads
are written as they change. The spider says which page was read and what it
listed, and asks whether to go on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import Crawler

from newsarchive import request_meta as meta_keys
from newsarchive.spiders.frontier import listing_key
from newsarchive.spiders.paging import ListingProgress, SectionListing


class SectionListings:
    def __init__(self, crawler: Crawler, depth: int, order: Iterable[str] = ()) -> None:
        # LISTING_REPEAT_PAGES: pages in a row listing nothing new that end a section;
        # `order`: the crawl's sections, in its order (`section_of`)
        repeat = crawler.settings.getint("LISTING_REPEAT_PAGES", 2)
        self.progress = ListingProgress(repeat, order)
        self.crawler = crawler  # its stats, read when written (they come with the crawl)
        self.depth = depth  # -a depth: listing pages read per section at most

    def start_over(self) -> None:
        """Forget every section's listing: a shared crawl's run started afresh while this
        worker stalled (newsarchive.signals.run_replaced), and its sections are read anew."""
        self.progress = ListingProgress(self.progress.repeat_pages, self.progress.order)

    def section(self, name: str) -> SectionListing:
        """What the section's listing gave so far (to read: it changes through here)."""
        return self.progress.section(name)

    def section_of(self, url: str) -> str | None:
        """The first section, in the crawl's order, whose listing named this article URL:
        the run report and the health alarms count an item naming no section under it, not
        under the listing whose answer came first."""
        return self.progress.section_of(url)

    # --- first pages: a URL two sections name, a redirect onto another's -------------

    # first pages are known as the duplicate filter and the frontier know a listing page
    # (`frontier.listing_key`): `/news/?x=1&y=2` and `/news/?y=2&x=1` are one page, read once

    def claim(self, url: str, section: str) -> str:
        """The section whose first page `url` is (`ListingProgress.claim`)."""
        return self.progress.claim(listing_key(url), section)

    def scheduled(self, url: str, section: str) -> None:
        """A section's first page (or a redirect of it) is asked for at `url`."""
        self.progress.first_pages.setdefault(listing_key(url), section)

    def first_page_of(self, url: str) -> str | None:
        """The section that asked for `url` as its first page (or was redirected to it)."""
        return self.progress.first_pages.get(listing_key(url))

    def share(self, section: str, owner: str) -> None:
        self.progress.share(section, owner)

    def all_refused(self, sections: Iterable[str]) -> dict[str, str]:
        return self.progress.all_refused(sections)

    # --- cursors -------------------------------------------------------------------

    def follow_cursor(self, section: str, cursor: str) -> bool:
        """Take a cursor for the section's next request; False if it was followed before."""
        return self.progress.follow_cursor(section, cursor)

    def followed(self, section: str, chain: tuple[str, ...]) -> None:
        self.progress.followed(section, chain)

    # --- pages read, ends ---------------------------------------------------------------

    def page_read(
        self, section: str, listed: set[str], page: int, order: tuple[str, ...] = (), *,
        full: bool, too_old: bool, same_ends: bool = False,
    ) -> bool:  # fmt: skip
        """Count a section's listing page (`listed`: the articles it listed, `order`: all
        its links); whether the section ended with it.

        Listings run newest first: a page that lists anything older than `since` is
        the last one needed. Pages that list no article their section had not listed
        before end it after LISTING_REPEAT_PAGES in a row (a site ignoring the page
        number would otherwise be asked again and again); articles found through
        another section, sitemap or feed do count as new to this one. `same_ends`: a
        next page listing just what the page before it did ends it too (a site
        answering any page past its end with its last).
        """
        same = same_ends and page > 1 and bool(listed)
        same = same and self.progress.same_as_last(section, order)
        self.progress.read(section, listed, order, page)
        reason = self.progress.stop(section, page, self.depth, full, too_old)
        if reason is None and same:
            reason = "same_page"
        if reason is not None:
            self.progress.end(section, reason)
        self.write(section)
        for follower in self.progress.following(section):  # their articles, listed here
            self.write(follower)
        return reason is not None

    def nothing_new(self, section: str) -> bool:
        """Whether the section's page read last listed no article new to it."""
        return self.progress.section(section).repeats > 0

    def end(self, section: str, reason: str) -> None:
        self.progress.end(section, reason)
        self.write(section)

    def shared(self, section: str, taker: str, page: int) -> None:
        """The section's next page is `taker`'s page `page`: it ends `shared`, and the
        articles `taker`'s pages list from that page on are counted for it too (its count,
        and the health alarms', does not depend on which of the two was answered first)."""
        self.progress.follow(section, taker, page)
        self.end(section, "shared")
        for follower in self.progress.following(section):
            self.write(follower)

    def refuse(self, section: str, why: str) -> None:
        """The section's first page did not come, or is no listing: it gave nothing."""
        self.end(section, "failed")
        self.progress.refuse(section, why)

    def close(self, sections: Iterable[str], why: str) -> None:
        """End the sections whose end was not read (`why`); write every one's stats (a
        section sharing another's listing has its stats written here)."""
        for section in sections:
            if self.progress.section(section).ended is None:
                self.end(section, why)
            else:
                self.write(section)

    def write(self, section: str) -> None:
        """listing/<section>/pages, /articles, /ended: what the run report reads."""
        for key, value in self.progress.section(section).summary().items():
            if value is not None:
                self.crawler.stats.set_value(f"listing/{section}/{key}", value)


@dataclass(frozen=True, slots=True)
class ArticleAsked:
    """What counting a scraped article under a section needs, kept when it is scraped (the
    listings are read at the close): the item's URL and the ones its request was redirected
    from, the first first (a listing named the article where it was: `/old` moved to
    `/new`), and the section whose listing asked for it (request meta)."""

    urls: tuple[str, ...]
    listing: str | None

    @classmethod
    def of(cls, url: str, response: Any = None) -> ArticleAsked:
        meta = getattr(response, "meta", None) or {}
        listing = meta.get(meta_keys.LISTING_SECTION)
        return cls((url, *meta.get("redirect_urls", ())), str(listing) if listing else None)


def credited_section(listings: SectionListings | None, asked: ArticleAsked) -> str | None:
    """The section an article naming none is counted under, in the run report's `sections`
    and the health alarms' per-section measures alike: the first, in the crawl's order,
    whose listing named it at any of its URLs (`SectionListings.section_of`), else the one
    whose listing asked for it (another worker's, in a shared crawl), else None (a sitemap's
    or feed's alone; no listings: not the news spider)."""
    if listings is not None:
        for url in asked.urls:
            if found := listings.section_of(url):
                return found
    return asked.listing
