"""Where a section's listing ends, and why: the news spider's bookkeeping per section.

A listing has ended when the site says so (no "next" link, no "show more"
control, the API's `has_more`/total), when the run's limits say so (depth,
`since`, `max_articles`), or after a bounded number of pages in a row that
listed nothing new: one page of repeats is no proof of the end (a "show
more" asked from the wrong offset answers with what the page showed). Cursor
paging also ends where an answer carries no cursor, or one already followed
(a site handing its first cursor back at the end would loop forever), and
numbered pages where a page lists just what the one before it did. Pure
code, no Scrapy: the spider feeds it and copies the outcome into its stats.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import quote

from parsel import Selector
from w3lib.url import safe_url_string

from newsarchive.numbers import ascii_digits
from newsarchive.sites.base import WHOLE_FIELD, ShowMore
from newsarchive.spiders.sources import JsonCursor, ShowMoreAnswer, cursor_text, looks_like_url

DEFAULT_REPEAT_PAGES = 2  # pages in a row listing nothing new that end a section

# Why a section's listing ended, as the run report says it.
END_REASONS = {
    "last_page": "the page has no next page",
    "no_show_more": "the page has no 'show more' control",
    "end_marker": "the answer said it was the last",
    "total": "the answer's total was reached",
    "short_page": "an answer held fewer entries than asked for",
    "empty": "a page listed nothing",
    "repeats": "pages in a row listed nothing new",
    "depth": "the depth limit (-a depth)",
    "since": "it reached articles older than -a since",
    "max_articles": "the article limit (-a max_articles)",
    "unreadable": "an answer was not of the expected shape",
    "past_end": "the next page was not found (404, 410; 400 for a show-more answer)",
    "same_page": "a page listed just what the page before it did",
    "shared": "its next page is another section's (the same URL or form), read there once",
    "other_section": "its next page is another section's first page, read as that section's",
    "no_cursor": "the answer carried no cursor for the next one",
    "cursor_loop": "the answer's next cursor had been followed before (a loop)",
    "offsite_cursor": "the answer's next URL is off the site",
    "failed": "a listing page could not be fetched",
    "unfinished": "a listing request was dropped before its answer",
    "elsewhere": "another worker of a shared crawl read on to the end (this worker's run finished)",
}


@dataclass
class SectionListing:
    """What one section's listing pages have given so far."""

    pages: int = 0  # listing pages read (the section page, next pages, show-more answers)
    repeats: int = 0  # pages in a row that listed no article new to the section
    listed: set[str] = field(default_factory=set)  # article URLs its pages listed
    last: tuple[str, ...] = ()  # the links the page read last listed, in its order
    cursors: set[str] = field(default_factory=set)  # cursors (or their URLs) followed
    ended: str | None = None  # a key of END_REASONS once the section is done
    refused: str | None = None  # why its first page did not come (robots.txt, a status ...)

    def summary(self) -> dict[str, object]:
        return {"pages": self.pages, "articles": len(self.listed), "ended": self.ended}


class ListingProgress:
    """Every section's listing progress in one run."""

    def __init__(self, repeat_pages: int = DEFAULT_REPEAT_PAGES, order: Iterable[str] = ()) -> None:
        if repeat_pages < 1:
            raise ValueError("LISTING_REPEAT_PAGES must be at least 1")
        self.repeat_pages = repeat_pages
        # the crawl's sections in its order (the profile's, or -a sections'): `section_of`
        self.order = tuple(order)
        self.sections: dict[str, SectionListing] = {}
        # the URL of each section's first page (as asked, and where redirected) -> the section
        self.first_pages: dict[str, str] = {}
        # a section -> those that ended `shared` on its page N (-> N): its listing from
        # there on is theirs
        self.followers: dict[str, dict[str, int]] = {}
        # each section -> the articles each of its pages listed (by page number): a section
        # ending `shared` on a page read already is given what it listed
        self.page_lists: dict[str, dict[int, set[str]]] = {}
        # article URL (as listed, and as asked: escaped) -> the first section, in the crawl's
        # order, whose listing named it (`section_of`); None: to build again (a page was read)
        self._named_by: dict[str, str] | None = None

    def section(self, name: str) -> SectionListing:
        return self.sections.setdefault(name, SectionListing())

    def read(
        self, name: str, listed: set[str], order: tuple[str, ...] = (), page: int = 0
    ) -> SectionListing:
        """Count one listing page of `name`, its page `page`, that listed these article URLs
        (`order`: all the links it listed, in page order)."""
        section = self.section(name)
        self._named_by = None
        section.pages += 1
        section.last = order
        new = listed - section.listed
        section.listed |= listed
        section.repeats = 0 if new else section.repeats + 1
        self.page_lists.setdefault(name, {}).setdefault(page, set()).update(listed)
        self._credit(name, {page: self.page_lists[name][page]})
        return section

    def follow(self, name: str, taker: str, page: int) -> None:
        """`name`'s next page is `taker`'s page `page` (read there once): what `taker`'s
        pages list from that one on is listed for `name` too, read before this or after.
        Which of the two reads it is the order of their answers; the articles each section
        counts are not."""
        if name == taker:
            return
        self.followers.setdefault(taker, {})[name] = page
        self._credit(taker, self.page_lists.get(taker, {}))

    def _credit(self, name: str, pages: dict[int, set[str]]) -> None:
        """Give `name`'s followers what these pages of its listed (each from the page it
        followed at), and theirs all of it (they read no page past the shared one)."""
        self._named_by = None
        for follower, start in self.followers.get(name, {}).items():
            got = set().union(*(listed for p, listed in pages.items() if p >= start))
            for each in (follower, *self.following(follower)):
                if each != name:
                    self.section(each).listed |= got

    def following(self, name: str) -> list[str]:
        """The sections that go on in `name`'s listing (`follow`), those going on in theirs
        too, in name order."""
        found: set[str] = set()
        todo = [name]
        while todo:
            for follower in self.followers.get(todo.pop(), {}):
                if follower != name and follower not in found:
                    found.add(follower)
                    todo.append(follower)
        return sorted(found)

    def stop(self, name: str, page: int, depth: int, full: bool, too_old: bool) -> str | None:
        """Why the section must not ask for another page (None: it may go on)."""
        section = self.section(name)
        if full:
            return "max_articles"
        if too_old:
            return "since"
        if section.repeats >= self.repeat_pages:
            return "repeats"
        if page >= depth:
            return "depth"
        return None

    def same_as_last(self, name: str, order: tuple[str, ...]) -> bool:
        """Whether a next page lists just what the page before it did, in the same order:
        a site answering any page number past its end with its last page. (The same
        links in another order, or a shifted listing, is only a page of repeats.)"""
        return bool(order) and order == self.section(name).last

    def follow_cursor(self, name: str, cursor: str) -> bool:
        """Take a cursor for the section's next request; False if it was followed before."""
        cursors = self.section(name).cursors
        if cursor in cursors:
            return False
        cursors.add(cursor)
        return True

    def followed(self, name: str, chain: tuple[str, ...]) -> None:
        """Note the cursors a request's listing followed so far, maybe by another worker of
        a shared crawl: a cursor among them, handed back, ends the section as a loop."""
        self.section(name).cursors.update(chain)

    def end(self, name: str, reason: str) -> None:
        self.section(name).ended = reason

    def claim(self, url: str, name: str) -> str:
        """The section whose first page `url` is: `name`, unless another section named it
        first (one URL in the profile twice): the two then share one listing."""
        owner = self.first_pages.setdefault(url, name)
        self.share(name, owner)
        return owner

    def share(self, name: str, owner: str) -> None:
        """`name`'s first page is `owner`'s (one URL in the profile twice, or a redirect to
        it): one listing, read once, so the two are refused or read together."""
        if name != owner:
            self.sections[name] = self.section(owner)
            self._named_by = None

    def refuse(self, name: str, why: str) -> None:
        """The section's first page did not come: the section gave nothing at all."""
        self.section(name).refused = why

    def all_refused(self, names: Iterable[str]) -> dict[str, str]:
        """Why each of these sections was refused, if every one was and none read a page
        (else nothing: a section that listed anything, or one not refused, keeps the run)."""
        why: dict[str, str] = {}
        for name in names:
            section = self.sections.get(name)
            if section is None or section.refused is None or section.pages:
                return {}
            why[name] = section.refused
        return why

    def section_of(self, url: str) -> str | None:
        """The first section, in the crawl's order (`order`; any other after, by name),
        whose listing named this article URL: one answer whichever listing came first. The
        URL as listed or as asked for (an item's: `café` escaped, `caf%C3%A9`)."""
        if self._named_by is None:
            rank = {name: at for at, name in enumerate(self.order)}
            self._named_by = {}
            for name in sorted(self.sections, key=lambda name: (rank.get(name, len(rank)), name)):
                for listed in self.sections[name].listed:
                    self._named_by.setdefault(listed, name)
                    self._named_by.setdefault(_as_asked(listed), name)
        return self._named_by.get(url) or self._named_by.get(_as_asked(url))


def _as_asked(url: str) -> str:
    """`url` as a request for it is made (Scrapy's `Request.url`: escaped as UTF-8)."""
    try:
        return safe_url_string(url)
    except ValueError:  # no URL w3lib can read
        return url


def first_offset(html: str, spec: ShowMore, teasers: int) -> int:
    """Where a section page's "show more" continues: what the page states, else the
    profile's fixed offset, else the number of teasers the page showed."""
    if spec.offset_pattern:
        match = re.search(spec.offset_pattern, html)
        if match and ascii_digits(match.group(1)):
            return int(match.group(1))
    return spec.first_offset if spec.first_offset is not None else teasers


def answer_end(answer: ShowMoreAnswer, spec: ShowMore, offset: int) -> str | None:
    """Why the listing ends with this answer, by what the answer itself says (None: go on)."""
    if answer.more is False:
        return "end_marker"
    if answer.total is not None and next_offset(answer, offset) >= answer.total:
        return "total"
    if not answer.entries:
        return "empty"
    if answer.more is None and answer.total is None and len(answer.entries) < spec.size:
        return "short_page"
    return None


@dataclass(frozen=True)
class Onward:
    """Where a listing goes after a show-more answer: it ends (`end`, a key of
    END_REASONS), or asks its next `cursor`, or the next `offset`."""

    end: str | None = None
    cursor: str | None = None
    offset: int | None = None


def onward(answer: ShowMoreAnswer, spec: ShowMore, offset: int, cursor: str | None) -> Onward:
    """The step after a show-more answer read at `offset` (or `cursor`, None for the
    first): a cursor-paged listing (the profile's, or one whose answers name next URLs)
    follows cursors, any other moves its offset on."""
    if spec.cursor is not None or cursor is not None or answer.cursor is not None:
        reason = cursor_end(answer)
        return Onward(end=reason) if reason is not None else Onward(cursor=answer.cursor)
    reason = answer_end(answer, spec, offset)
    return Onward(end=reason) if reason is not None else Onward(offset=next_offset(answer, offset))


def next_offset(answer: ShowMoreAnswer, offset: int) -> int:
    """The answer's own next offset, else this one plus what it held."""
    if answer.next_offset is not None and answer.next_offset > offset:
        return answer.next_offset
    return offset + len(answer.entries)


def cursor_end(answer: ShowMoreAnswer) -> str | None:
    """Why a cursor-paged listing ends with this answer (None: follow its cursor);
    a cursor seen before is `ListingProgress.follow_cursor`'s to find."""
    if answer.more is False:
        return "end_marker"
    if not answer.entries:
        return "empty"
    if answer.cursor is None:
        return "no_cursor"
    return None


def first_cursor(html: str, spec: ShowMore) -> str | None:
    """The cursor a section page's "load more" starts from: what the profile's `first`
    selector finds (None when the page has no such control), else the profile's `start`."""
    cursor = spec.cursor
    if cursor is None:
        return None
    if cursor.first is None:
        return cursor.start
    found = cursor_text(Selector(text=html).css(cursor.first).get(), cursor.join)
    return _as_json_cursor(found, cursor.join, objects=bool(cursor.field))


def _as_json_cursor(text: str | None, join: str | None, objects: bool) -> str | None:
    """A page's cursor text that is JSON of a shape an answer's cursor is sent back as
    (a list of scalars; an object where the profile names the field): a `JsonCursor`, so
    the first request's body carries the list as the later ones do (it went as a string).
    Its text as written (the query unchanged); a joined list profile's, and others, as text."""
    if text is None or join is not None or not text.startswith(("[", "{")):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return JsonCursor(text) if isinstance(cursor_text(value, objects=objects), JsonCursor) else text


def first_request(
    html: str, spec: ShowMore, section: str, teasers: int
) -> tuple[str, int, str | None] | None:
    """(path, or a URL as the page gives it; offset; cursor) of a section page's first
    "show more" request; None when the page offers none (no first cursor, or a token with
    no template to put it in)."""
    if spec.cursor is None:
        offset = first_offset(html, spec, teasers)
        return show_more_url(spec, section, offset=offset), offset, None
    cursor = first_cursor(html, spec)
    if cursor is None or not (spec.url or looks_like_url(cursor)):
        return None
    target = cursor if looks_like_url(cursor) else show_more_url(spec, section, cursor=cursor)
    return target, 0, cursor


def show_more_url(spec: ShowMore, section: str, offset: int = 0, cursor: str | None = None) -> str:
    """The next request's profile path: the template filled in, a cursor URL-quoted
    (a cursor that is a URL is the request itself: the spider joins it instead)."""
    return spec.url.format(
        section=spec.values.get(section, section),
        offset=offset,
        size=spec.size,
        page=offset // spec.size + 1,
        cursor=quote(cursor or "", safe=""),
    )


# the headers of a profile's JSON "load more" POST (`ShowMore.body`)
JSON_POST = {"Content-Type": "application/json", "Accept": "application/json"}


def show_more_body(
    spec: ShowMore, section: str, offset: int = 0, cursor: str | None = None
) -> bytes | None:
    """The JSON body the next "load more" POSTs (compact, its keys in the profile's
    order), each whole-field string filled in; None: the profile's show-more is a GET."""
    if spec.body is None:
        return None
    fields: dict[str, object] = {
        "section": spec.values.get(section, section),
        "offset": offset,
        "size": spec.size,
        "page": offset // spec.size + 1,
        # no cursor yet: JSON's null ("" is a cursor to a server); a list or object as given
        "cursor": (cursor.json_value() if isinstance(cursor, JsonCursor) else cursor) or None,
    }
    filled = _filled(spec.body, fields)
    return json.dumps(filled, ensure_ascii=False, separators=(",", ":")).encode()


def _filled(value: object, fields: Mapping[str, object]) -> object:
    if isinstance(value, str):
        whole = WHOLE_FIELD.fullmatch(value)
        return fields[whole[1]] if whole else value
    if isinstance(value, Mapping):
        return {key: _filled(item, fields) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_filled(item, fields) for item in value]
    return value


def header_total(
    answer: ShowMoreAnswer, spec: ShowMore, pages: str | None, offset: int
) -> ShowMoreAnswer:
    """The answer with the total its header gives in pages (WordPress's X-WP-TotalPages),
    when its body states none: on the last page, what has been listed up to it."""
    if answer.total is not None or pages is None or not ascii_digits(pages.strip()):
        return answer
    if offset // spec.size + 1 >= int(pages):
        return replace(answer, total=offset + len(answer.entries))
    return replace(answer, total=int(pages) * spec.size)
