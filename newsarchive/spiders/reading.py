"""What a section's listing page or "load more" answer offers the spider next.

The spider decides what to fetch; these say what a fetched listing page holds:
where an HTML page goes on (a next link, a fragment's query moved on, a POSTed
form, an AMP list), what a POSTed answer lists, a show-more answer with the total
its header gives. They hold no state of the crawl: a large page is read on a
worker thread (`read_ahead`) while the reactor goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from parsel import Selector
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.threads import deferToThread

from newsarchive.sites.base import Listing, ShowMore
from newsarchive.spiders.jsonlisting import (
    JsonListing,
    is_fragment,
    is_json,
    query_moved_on,
    read_json_listing,
)
from newsarchive.spiders.listing import (
    UNBUILDABLE,
    IsArticle,
    Resolve,
    amp_list,
    next_page,
    section_entries,
)
from newsarchive.spiders.paging import header_total
from newsarchive.spiders.postmore import PostMore, post_instead
from newsarchive.spiders.scriptpaging import fragment_cursor_next
from newsarchive.spiders.sources import Entry, ShowMoreAnswer, read_answer


@dataclass(frozen=True)
class ReadAhead:
    """What a worker thread read of a large listing page (`read_ahead`)."""

    json: JsonListing | None = None  # a JSON answer's links and next; None: unreadable
    selector: Selector | None = None  # the page parsed (cached on the response)
    next: tuple[str, str] | None = None  # its next page (`listing.next_page`)


# A listing page this large is parsed, and its JSON read, on a worker thread: a 2 MB
# __NEXT_DATA__ held the reactor's thread for tens of ms (benchmarks/listing_stall.py).
OFF_THREAD_BYTES = 256 * 1024


async def read_off_thread(
    response: TextResponse, listing: Listing, show_more: bool, page: int,
    is_article: IsArticle, resolve: Resolve,
) -> ReadAhead:  # fmt: skip
    """`read_ahead` on a worker thread, the reactor going on meanwhile."""
    read = deferToThread(read_ahead, response, listing, show_more, page, is_article, resolve)
    return await maybe_deferred_to_future(read)


def read_ahead(
    response: TextResponse, listing: Listing, show_more: bool, page: int,
    is_article: IsArticle, resolve: Resolve,
) -> ReadAhead:  # fmt: skip
    """The costly reading of a listing page, done before the spider looks at it: its JSON
    answer, or its parsed HTML and (a section without a profile's `show_more`) next page."""
    if is_json(response):
        return ReadAhead(json=read_json_listing(response.body, response.url))
    if show_more:
        return ReadAhead(selector=response.selector)
    found = next_page(response, listing, page, is_article, resolve)
    return ReadAhead(selector=response.selector, next=found)


@dataclass(frozen=True)
class NextStep:
    """Where an HTML listing page goes on; all None: it is the last."""

    url: str | None = None  # the next page to GET
    kind: str | None = None  # which rule found `url` (the stat `paging/next/<kind>`)
    post: PostMore | None = None  # a form to POST instead (WordPress's admin-ajax.php)
    amp: tuple[str, str, str] | None = None  # an AMP list: (first URL, items, bookmark)


def next_step(
    response: TextResponse, listing: Listing, page: int, listed: int,
    is_article: IsArticle, resolve: Resolve, ahead: ReadAhead | None = None,
) -> NextStep:  # fmt: skip
    """A section page's next page (`listed`: the articles it listed), else the
    load-more list an AMP page declares."""
    found = (
        ahead.next if ahead is not None else next_page(response, listing, page, is_article, resolve)
    )
    if found is None and page > 1 and is_fragment(response) and listed:
        # a "load more" answer of teasers alone: its script asks the next batch
        moved = query_moved_on(response.url, listed)
        if moved is None:  # or with the cursor its control carries
            moved = fragment_cursor_next(response.selector, response.url)
        found = (moved, "fragment") if moved is not None else None
    url, kind = found if found is not None else (None, None)
    if kind == UNBUILDABLE:  # counted by its kind; the section's last page
        return NextStep(None, kind)
    post = post_instead(response.selector, response.url, url, resolve)
    if post is not None:
        # a form POSTed, not the GET a script's URL suggests
        return NextStep(url, kind, post=post)
    return NextStep(url, kind, amp=amp_list(response) if url is None else None)


def post_answer(
    response: TextResponse, listing: Listing, is_article: IsArticle, resolve: Resolve
) -> tuple[list[Entry], bool]:
    """(entries, whether it says it is the last) of a POSTed "load more" answer:
    teasers' HTML, or JSON holding it."""
    if is_json(response):
        found = read_json_listing(response.body, response.url)
        return ([Entry(link) for link in found.links] if found else []), found is None or found.last
    return list(section_entries(response, listing, is_article, resolve)), False


def show_more_answer(spec: ShowMore, response: Response, offset: int) -> ShowMoreAnswer | None:
    """A "show more" answer as the profile says it comes, with the total its header
    gives in pages (WordPress's X-WP-TotalPages); None: not of that shape."""
    text = response.text if isinstance(response, TextResponse) else None
    answer = read_answer(spec, response.body, text)
    if answer is None or not spec.total_pages_header:
        return answer
    pages = response.headers.get(spec.total_pages_header)
    return header_total(answer, spec, pages.decode("latin-1") if pages else None, offset)
