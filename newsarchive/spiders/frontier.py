"""What one run of the news spider has asked for, and what it may still ask for.

Beside `Scope` (where a URL may go), the frontier keeps the run's bookkeeping:
which listings, articles and requisites were requested, the `since` and
`max_articles` limits, and which pages a browser renders. When a section's
listing ends is `paging.ListingProgress`'s. It asks nothing of Scrapy: the
spider yields the requests.

`max_articles` counts the articles this run fetches: a request the crawl state
drops as it is yielded (a known article unchanged since its capture) is taken
out of the count again, so known articles never use up a scheduled run's limit.
So is an article whose answer gave no item (failed, empty, undecodable, cut
short, not a text page): the articles the listings named past the limit wait
(`wait`), and the next of them takes the freed place (`next_waiting`), so a run
exports `max_articles` articles where the listings name that many good ones.

It only stops the spider yielding the same request twice; whether an article
is fetched (once per run, or again after a later listing date) is the crawl
state's decision (`newsarchive.state.run.CrawlStateRun.should_fetch`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator
from datetime import datetime
from enum import Enum
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from w3lib.url import canonicalize_url

from newsarchive import request_meta as meta_keys
from newsarchive.spiders.options import CrawlOptions
from newsarchive.spiders.scope import Scope
from newsarchive.spiders.sources import Entry, sitemap_period_end
from newsarchive.timestamps import aware
from newsarchive.urlkeys import article_identity


class Article(Enum):
    """What the frontier says of an article link."""

    NEW = "new"  # request it
    RELISTED = "relisted"  # requested before; a later listing dates its change later
    DUPLICATE = "duplicate"  # requested before, nothing new about it
    BEFORE_SINCE = "before_since"  # dated before `since`
    FULL = "full"  # `max_articles` reached


# The stat counting the article links of each kind not requested.
SKIPPED_STAT = {
    Article.DUPLICATE: "news/links_duplicate",
    Article.BEFORE_SINCE: "news/articles_skipped_since",
    Article.FULL: "news/articles_skipped_max",
}
MAX_WAITING = 10_000  # articles kept waiting for a refused one's place (a long sitemap)
MAX_SPELLINGS = 3  # later spellings of one article kept, asked when the one asked is not found


class Waiting(NamedTuple):
    """An article listed past `max_articles`, as it was listed."""

    article: str
    entry: Entry
    section: str | None
    # the Referer its request carries: the one Scrapy's RefererMiddleware gave it from the
    # listing's answer (the listing's own Referrer-Policy header, else REFERRER_POLICY)
    referrer: str | None
    again: bool = False  # asked for once already (its claim refused): past the dupefilter


class Frontier:
    def __init__(self, options: CrawlOptions, scope: Scope) -> None:
        self.options = options
        self.scope = scope
        self.start_over()

    def start_over(self) -> None:
        """Forget what was asked: a shared crawl's run started afresh while this worker
        stalled (newsarchive.signals.run_replaced), and the new run asks everything anew."""
        self.articles: set[str] = set()  # every article URL requested (requested once)
        # each article's identity (`article_identity`) -> the spelling of it first listed
        self._spellings: dict[str, str] = {}
        # each article's identity -> its later spellings (not one request with one asked)
        self._other_spellings: dict[str, list[str]] = {}
        self._counted: set[str] = set()  # those `max_articles` counts: not dropped as skipped
        self._listed_modified: dict[str, datetime | None] = {}  # what each request carried
        # every listing URL requested (pagination ends) -> the section whose listing asked
        # (None: a sitemap, a feed) and as which of its pages
        self._listings: dict[str, tuple[str | None, int]] = {}
        self._requisites: set[str] = set()  # every image, style, script requested
        # requisite links as pages name them, each resolved once (every article names
        # the site's same styles, scripts and logo: refused after the first)
        self._requisite_links: set[str] = set()
        # articles listed past `max_articles`, in listing order: they take a refused one's place
        # (each with its section and the Referer its request carries)
        self._waiting: OrderedDict[str, Waiting] = OrderedDict()
        # articles whose request passed the duplicate filter and was never fetched (a claim
        # refused over a shared run's limit: `wait_again`): asked again past it
        self._asked_unfetched: set[str] = set()

    # --- listings ------------------------------------------------------------

    def take_listing(self, url: str, section: str | None = None, page: int = 0) -> bool:
        """Whether to request this listing page (new, and articles still wanted), as
        `section`'s page `page` (None: no section's)."""
        key = listing_key(url)
        if key in self._listings or self.full():
            return False
        self._listings[key] = (section, page)
        return True

    def is_listing(self, url: str) -> bool:
        """Whether this run asked for `url` as a listing page (a section's, a next page)."""
        return listing_key(url) in self._listings

    def listing_taker(self, url: str, section: str) -> tuple[str, int] | None:
        """The other section whose listing asked for `url` already (its next page, the same
        "load more" form), and as which of its pages; None if none did, or `section` did."""
        taker, page = self._listings.get(listing_key(url), (None, 0))
        return (taker, page) if taker is not None and taker != section else None

    # --- articles ------------------------------------------------------------

    def spelled(self, article: str, written: str | None = None) -> str:
        """The spelling of `article` first listed this run: a site's templates link one
        story as `/story`, `/story/`, `/story/index.html`, with its host's default port
        or not, and each was fetched and itemed apart. One spelling is asked (as the site
        wrote it: a server may answer only that one); a redirect between them is archived
        as served when the first spelling is the moved one.

        `written`: the link as the page wrote it, where `article` is it in the scheme its
        listing was served in (`Scope.in_site_scheme`): the next spelling asked where that
        is not found."""
        identity = article_identity(article)
        first = self._spellings.setdefault(identity, article)
        for spelling in (article, written):
            if spelling is not None and spelling != first:
                others = self._other_spellings.setdefault(identity, [])
                asked = {canonicalize_url(one) for one in (first, *others)}
                if len(others) < MAX_SPELLINGS and canonicalize_url(spelling) not in asked:
                    others.append(spelling)
        return first

    def respelled(self, article: str) -> str | None:
        """The next spelling listed of an article whose asked one was not found (404, 410):
        a strictly routed site answers `/story` and not `/story/`, and a widget wrote the
        slash first. None: no other spelling listed, or each was asked."""
        others = self._other_spellings.get(article_identity(article))
        return others.pop(0) if others else None

    def learn_spellings(self, article: str, spellings: object) -> None:
        """The other spellings of `article` a request carried (`meta_keys.SPELLINGS`), where
        this run listed none of it: a shared crawl's worker fetches requests another worker's
        listing made, and its own frontier knew no written spelling to fall back to (the
        story was lost where its folded request failed there). What this worker listed
        itself stands: its spellings, and which of them were asked already. A story it
        listed in one spelling alone (its listing wrote `https://`, the lister's `http://`)
        takes them too: it had none to ask, and none asked (else lost so as well)."""
        identity = article_identity(article)
        if identity in self._other_spellings or not isinstance(spellings, list):
            return
        first = self._spellings.setdefault(identity, article)
        known = [one for one in spellings if isinstance(one, str) and one not in (article, first)]
        self._other_spellings[identity] = known[:MAX_SPELLINGS]

    def in_other_scheme(self, article: str, failed: str) -> str | None:
        """The next spelling listed of `article` in another scheme than `failed`, the one that
        gave no answer or refused it (`failures.scheme_refused`; the scheme of the URL that
        failed, after redirects): a link folded to its listing's scheme
        (`Scope.in_site_scheme`) keeps its written one here. The spellings left in the failed
        scheme are dropped: its connection failed, not the path (before, once both schemes
        failed, they took turns through the story's other spellings). None: none."""
        others = self._other_spellings.get(article_identity(article), [])
        others[:] = [one for one in others if urlsplit(one).scheme != failed]
        return others.pop(0) if others else None

    def wait_first(self, waiting: Waiting) -> None:
        """`waiting` takes the next place that frees (`respelled`: the place its article's
        not-found spelling frees at once)."""
        self._waiting[waiting.article] = waiting
        self._waiting.move_to_end(waiting.article, last=False)

    def article(self, article: str, entry: Entry) -> Article:
        """What to do with a link to `article` (an in-scope article URL)."""
        if article in self.articles:
            if self._relisted_as_modified(article, entry):
                # one the state skipped before would be fetched now: a new one for the limit
                uncounted = article not in self._counted
                return Article.FULL if uncounted and self.full() else Article.RELISTED
            return Article.DUPLICATE
        if self.day_in_range(entry) is False:
            return Article.BEFORE_SINCE
        if self.full():
            return Article.FULL
        return Article.NEW

    def requested(self, article: str, entry: Entry) -> bool:
        """An article request was made, carrying the entry's listing date; whether
        it put the article in the `max_articles` count (a re-listing of a counted one does not)."""
        self.articles.add(article)
        self._listed_modified[article] = entry.modified
        if article in self._counted:
            return False
        self._counted.add(article)
        return True

    def skipped(self, article: str) -> None:
        """The crawl state dropped the request that counted `article` (not fetched this run),
        or its answer gave no item: it does not use up `max_articles`."""
        self._counted.discard(article)

    def wait(
        self, article: str, entry: Entry, section: str | None, referrer: str | None = None
    ) -> None:
        """An article passed over as FULL: it may take the place of one refused later.
        `referrer`: the Referer its later request carries."""
        if article not in self.articles and len(self._waiting) < MAX_WAITING:
            again = article in self._asked_unfetched
            self._waiting.setdefault(article, Waiting(article, entry, section, referrer, again))

    def wait_again(self, waiting: Waiting) -> bool:
        """An article asked for whose claim a shared run refused (its articles at
        `max_articles`: another worker's claim took the last place first) waits again, first
        in line: not fetched, no longer counted here, it takes the next place that frees.
        Before, it was forgotten: no longer waiting, still counted, and a place freed later
        found nothing to take it when it was the last article listed.

        Whether it waits: not past MAX_WAITING, as `wait` (the caller counts it as not
        asked). Either way a later request for it passes the duplicate filter, which saw
        its first one (`asked_unfetched`)."""
        article = waiting.article
        self._counted.discard(article)
        self.articles.discard(article)
        self._listed_modified.pop(article, None)
        self._asked_unfetched.add(article)
        if article not in self._waiting and len(self._waiting) >= MAX_WAITING:
            return False
        self._waiting[article] = waiting._replace(again=True)
        self._waiting.move_to_end(article, last=False)
        return True

    def asked_unfetched(self, article: str) -> bool:
        """Whether `article` was asked for once, unfetched (`wait_again`): its request
        passed the duplicate filter, and a new one for it must go past it. Before, an
        article waiting again that a listing named again was asked plainly: dropped there,
        counted in `news/articles_dropped`, and never asked again."""
        return article in self._asked_unfetched

    def next_waiting(self) -> Waiting | None:
        """The next waiting article to request, while the limit has room (None: none)."""
        while self._waiting and not self.full():
            article = next(iter(self._waiting))
            waiting = self._waiting.pop(article)
            if self.article(article, waiting.entry) is Article.NEW:
                return waiting
        return None

    def waiting_for(self, places: int) -> Iterator[Waiting]:
        """Up to `places` waiting articles to request, however many this worker counts: a
        shared crawl's places are the run's (freed in a worker that had none waiting), and
        this worker's count still holds articles another worker's fetch gave no item of.
        The caller takes the next batch when the crawl state skipped some of these."""
        while places > 0 and self._waiting:
            article = next(iter(self._waiting))
            waiting = self._waiting.pop(article)
            if article not in self.articles:
                places -= 1
                yield waiting

    def _relisted_as_modified(self, article: str, entry: Entry) -> bool:
        """A later listing dates the article's last change after what its request carried."""
        before = self._listed_modified.get(article)
        if entry.modified is None:
            return False
        return before is None or aware(entry.modified) > aware(before)

    def day_in_range(self, entry: Entry) -> bool | None:
        """False when the entry is dated before `since`; None when its date is unknown."""
        if self.options.since is None:
            return True
        day = self.scope.day(entry.published, entry.url)
        return None if day is None else day >= self.options.since

    def sitemap_before_since(self, child: Entry) -> bool:
        """A child sitemap last changed (lastmod, on the site's calendar) before `since`,
        or, without a lastmod, an archive whose URL names a period that ended before it."""
        since = self.options.since
        if since is None:
            return False
        if child.published is not None:
            return self.day_in_range(child) is False
        end = sitemap_period_end(child.url)
        return end is not None and end < since

    def full(self) -> bool:
        """`max_articles` reached: that many articles requested and not skipped by the state."""
        limit = self.options.max_articles
        return limit is not None and len(self._counted) >= limit

    # --- requisites ----------------------------------------------------------

    def requisites(self, links: Iterable[str]) -> Iterator[str]:
        """The URLs to request of the requisite links a page names: in scope, new."""
        for link in links:
            if link in self._requisite_links:  # resolved before: taken or refused then
                continue
            self._requisite_links.add(link)
            url = self.scope.resolve(link)
            if url is not None and self.take_requisite(url):
                yield url

    def take_requisite(self, url: str) -> bool:
        """Whether to request this image, style or script (new, and not an article)."""
        if url in self._requisites or url in self.articles:
            return False
        self._requisites.add(url)
        return True

    # --- rendering -----------------------------------------------------------

    def render_listing(self, section: str) -> dict[str, Any]:
        """Meta asking newsarchive.browser to render (and drive) a section page, if it must."""
        profile, render = self.options.profile, self.options.render
        if render is False or (render is None and section not in profile.render_sections):
            return {}
        drive = {"show_more": profile.show_more_selector, "scroll": profile.infinite_scroll}
        return {meta_keys.RENDER: drive}

    def article_meta(
        self, article: str, entry: Entry, section: str | None, relisted: bool = False
    ) -> dict[str, Any]:
        """An article request's meta (`requested`: it counts under `max_articles`); the
        listing's dates go with it for the crawl state (`newsarchive.state.middleware`)."""
        counted = self.requested(article, entry)
        meta = {**self.render_article(article), meta_keys.ARTICLE: True}
        if counted:
            meta[meta_keys.COUNTED] = article  # as listed (a redirect changes request.url)
        if others := self._other_spellings.get(article_identity(article)):
            meta[meta_keys.SPELLINGS] = list(others)
        if entry.modified is not None:
            meta[meta_keys.LISTED_MODIFIED] = aware(entry.modified)
        if section is not None:
            meta[meta_keys.LISTING_SECTION] = section
        if relisted:
            meta[meta_keys.RELISTED] = True
        return meta

    def render_article(self, url: str) -> dict[str, Any]:
        profile, render = self.options.profile, self.options.render
        if render is False or (render is None and not profile.renders_article(_path(url))):
            return {}
        return {meta_keys.RENDER: True}


def listing_key(url: str) -> str:
    """A listing's identity as Scrapy's duplicate filter reads its URL (a section's first
    page's too: `SectionListings.claim`) (escapes of plain
    letters undone, the query's pairs sorted, no fragment): `?page=2&sort=new` and
    `?sort=new&page=2` are one page, asked once, and a section going on at the other form
    ends `shared`. Taken as two, the second request was dropped by the filter unanswered, its
    section left `unfinished`. A "load more" form's key (`PostMore.key`) is as it is."""
    if " POST " in url:
        return url
    try:
        return canonicalize_url(url)
    except ValueError:  # no URL w3lib can read: as it is
        return url


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")
